/* The document model and its writers: the text form, a sheet as a
 * document, and the PDF's pages (a forced break, signatures that do not
 * stand alone on a page). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"

#include "io/doc.h"
#include "io/output.h"
#include "io/sheet.h"

static char *text_of(const struct doc *d)
{
	return doc_text_string(d);
}

static void test_text(void **state)
{
	(void)state;
	struct doc *d = doc_new("公示", 16);
	doc_title(d, "关于拟接收张三同志为中共预备党员的公示");
	doc_para(d, "经党支部委员会审查。");
	doc_kv(d, "时间", "2026-06-26");
	doc_kv(d, "地点", "党员活动室");
	doc_signature(d, "测试党支部");
	doc_date(d, "2026年11月20日");
	char *t = text_of(d);
	/* Title centred in 72 columns (38 characters: 76 columns, so none). */
	assert_non_null(strstr(t, "关于拟接收张三同志为中共预备党员的公示\n\n　　经党支部委员会审查。\n\n时间：2026-06-26\n地点：党员活动室\n"));
	/* Signature and date ending at column 72, together. */
	char want[256];
	snprintf(want, sizeof want, "\n\n%62s测试党支部\n%58s2026年11月20日\n", "", "");
	assert_non_null(strstr(t, want));
	free(t);
	doc_free(d);
}

static void test_cn_date(void **state)
{
	(void)state;
	char out[32];
	doc_cn_date("2026-01-05", out);
	assert_string_equal(out, "2026年1月5日");
	doc_cn_date("not a date", out);
	assert_string_equal(out, "not a date");
}

static void test_from_sheet(void **state)
{
	(void)state;
	struct sheet *s = sheet_new("党费收缴公示", "测试党支部", "公示");
	sheet_add_column(s, "姓名", CELL_TEXT);
	sheet_add_column(s, "实交", CELL_MONEY);
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, "张三");
	sheet_set(s, 1, "15.00");
	sheet_add_row(s, ROW_TOTAL);
	sheet_set(s, 0, "合计");
	sheet_set(s, 1, "15.00");
	sheet_add_footer(s, "如有疑问，请向支部委员会反映。");
	struct doc *d = doc_from_sheet(s);
	assert_false(d->landscape);
	assert_int_equal(d->nblocks, 4); /* title, subtitle, table, footer */
	const struct doc_block *t = &d->blocks[2];
	assert_int_equal(t->kind, DOC_TABLE);
	assert_int_equal(t->nrows, 3);   /* header, row, total */
	assert_true(t->row_bold[0] && !t->row_bold[1] && t->row_bold[2]);
	assert_int_equal(t->align[1], DOC_RIGHT_ALIGN);
	char *text = text_of(d);
	assert_non_null(strstr(text, "姓名   实交\n张三  15.00\n合计  15.00\n"));
	free(text);
	doc_free(d);
	sheet_free(s);
	/* Eight columns: across the page. */
	s = sheet_new("宽表", "", "宽表");
	for (int c = 0; c < 8; c++)
		sheet_add_column(s, "列", CELL_TEXT);
	d = doc_from_sheet(s);
	assert_true(d->landscape);
	doc_free(d);
	sheet_free(s);
}

/* The PDF written to a file and read back with pdfinfo / pdftotext. */
static char *run(const char *cmd)
{
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	char *buf = calloc(1, 1 << 16);
	size_t n = fread(buf, 1, (1 << 16) - 1, p);
	buf[n] = '\0';
	pclose(p);
	return buf;
}

static void write_pdf(const struct doc *d, const char *path)
{
	char *err = NULL;
	bool ok = doc_write(d, OUT_PDF, ENC_UTF8, path, &err);
	if (!ok)
		fprintf(stderr, "%s\n", err ? err : "?");
	assert_true(ok);
	free(err);
}

static void test_pdf_pages(void **state)
{
	(void)state;
	char path[] = "/tmp/zhibu-test-doc-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	struct doc *d = doc_new("测试", 12);
	doc_title(d, "第一页");
	doc_para(d, "正文。");
	doc_page_break(d);
	doc_page_break(d); /* a second break at the top of a page adds none */
	doc_title(d, "第二页");
	write_pdf(d, path);
	char cmd[256];
	snprintf(cmd, sizeof cmd, "pdfinfo '%s' | grep -E '^(Pages|Page size)'", path);
	char *out = run(cmd);
	assert_non_null(strstr(out, "Pages:           2\n"));
	assert_non_null(strstr(out, "595.276 x 841.89 pts (A4)"));
	free(out);
	doc_free(d);

	/* Enough lines to fill the first page and a little more: the
	 * signature must share its page with the body's last lines. */
	for (int n = 20; n <= 32; n++) {
		d = doc_new("测试", 12);
		doc_title(d, "标题");
		for (int i = 0; i < n; i++)
			doc_paraf(d, "第%d段，一行字。", i + 1);
		doc_signature(d, "签字栏");
		write_pdf(d, path);
		snprintf(cmd, sizeof cmd, "pdftotext -f 2 -l 2 '%s' - 2>/dev/null", path);
		out = run(cmd);
		if (strstr(out, "签字栏"))
			assert_non_null(strstr(out, "段，一行字。")); /* never alone */
		free(out);
		doc_free(d);
	}
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_cn_date),
		cmocka_unit_test(test_from_sheet),
		cmocka_unit_test(test_pdf_pages),
	};
	return cmocka_run_group_tests_name("doc", tests, NULL, NULL);
}
