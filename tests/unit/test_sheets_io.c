/* Spreadsheets in and out (issue 13) and the CSV cases of issue 11: the
 * formula guard, line ends, the separator, UTF-16, day numbers, and the
 * .xlsx reader on a workbook libxlsxwriter writes. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "io/csv.h"
#include "io/encoding.h"
#include "io/grid.h"
#include "io/output.h"

static void test_formula_guard(void **state)
{
	(void)state;
	assert_true(csv_formula_like("=1+1"));
	assert_true(csv_formula_like("-2+3+cmd|' /C calc'!A0"));
	assert_true(csv_formula_like("+1+cmd|' /C calc'!A0"));
	assert_true(csv_formula_like("@SUM(A1)"));
	assert_true(csv_formula_like("\t=1"));
	assert_true(csv_formula_like("\r=1"));
	assert_false(csv_formula_like("党小组长"));
	assert_false(csv_formula_like(""));
	assert_true(csv_plain_number("-3.00"));
	assert_true(csv_plain_number("12.5%"));
	assert_false(csv_plain_number("-2+3"));
	assert_false(csv_plain_number("-"));
	assert_string_equal(csv_unguard("'-2+3"), "-2+3");
	assert_string_equal(csv_unguard("'abc"), "'abc");
}

/* A number in a number column goes out as it is; the same text in a text
 * column is guarded. */
static void test_csv_guard_by_column(void **state)
{
	(void)state;
	struct sheet *s = sheet_new("t", "", "t");
	sheet_add_column(s, "金额", CELL_MONEY);
	sheet_add_column(s, "备注", CELL_TEXT);
	sheet_add_row(s, 0);
	sheet_set(s, 0, "-3.00");
	sheet_set(s, 1, "-3.00");
	sheet_add_row(s, 0);
	sheet_set(s, 0, "-2+3");
	sheet_set(s, 1, "+1+cmd|' /C calc'!A0");
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_true(sheet_write_csv(s, f, ENC_UTF8));
	fclose(f);
	assert_string_equal(buf, "\xef\xbb\xbf金额,备注\r\n-3.00,'-3.00\r\n'-2+3,'+1+cmd|' /C calc'!A0\r\n");
	free(buf);
	sheet_free(s);
}

static size_t line_of_record(const char *text, int n)
{
	struct csv_reader *r = csv_reader_new(text, strlen(text));
	struct csv_row row = { 0 };
	const char *why;
	for (int i = 0; i < n; i++)
		assert_true(csv_next(r, &row, &why));
	csv_reader_free(r);
	return row.line;
}

static void test_line_ends(void **state)
{
	(void)state;
	assert_int_equal(line_of_record("a\rb\rc\r", 3), 3);
	assert_int_equal(line_of_record("a\r\nb\r\nc\r\n", 3), 3);
	assert_int_equal(line_of_record("a\nb\nc\n", 3), 3);
	assert_int_equal(line_of_record("\"x\ry\",1\rb\r", 2), 3);
	assert_int_equal(line_of_record("a\r\r\nb", 2), 3);
	assert_int_equal(text_line_of("a\rb\r\nc\nd", 8), 4);
}

static void test_separator(void **state)
{
	(void)state;
	const char *tabs = "a\tb\tc\n1\t2,5\t3\n", *commas = "a,b,c\n\"x\ty\",2,3\n";
	assert_int_equal(csv_detect_separator(tabs, strlen(tabs)), '\t');
	assert_int_equal(csv_detect_separator(commas, strlen(commas)), ',');
	const char *t = "姓名\t备注\n张三\t\"a,b\"\n";
	struct csv_reader *r = csv_reader_new(t, strlen(t));
	csv_set_separator(r, '\t');
	struct csv_row row;
	const char *why;
	assert_true(csv_next(r, &row, &why));
	assert_true(csv_next(r, &row, &why));
	assert_int_equal(row.nfields, 2);
	assert_string_equal(row.fields[1], "a,b");
	csv_reader_free(r);
}

static void test_utf16(void **state)
{
	(void)state;
	enum text_encoding enc;
	size_t len, bad;
	const char *why;
	char *s = encoding_to_utf8("\xff\xfe\xd3\x59\x0d\x54\x09\x00", 8, ENC_AUTO, &enc, &len, &bad, &why);
	assert_non_null(s);
	assert_int_equal(enc, ENC_UTF16);
	assert_string_equal(s, "姓名\t");
	free(s);
	s = encoding_to_utf8("\xfe\xff\x59\xd3\x54\x0d", 6, ENC_AUTO, &enc, &len, &bad, &why);
	assert_non_null(s);
	assert_string_equal(s, "姓名");
	free(s);
	assert_null(encoding_to_utf8("\xff\xfe\x00\xd8", 4, ENC_AUTO, &enc, &len, &bad, &why));
}

static void test_serial_dates(void **state)
{
	(void)state;
	char d[11];
	assert_true(grid_serial_date(1, false, d));
	assert_string_equal(d, "1900-01-01");
	assert_true(grid_serial_date(59, false, d));
	assert_string_equal(d, "1900-02-28");
	assert_false(grid_serial_date(60, false, d)); /* Lotus's 1900-02-29 */
	assert_true(grid_serial_date(61, false, d));
	assert_string_equal(d, "1900-03-01");
	assert_true(grid_serial_date(29353.75, false, d));
	assert_string_equal(d, "1980-05-12");
	assert_true(grid_serial_date(27891, true, d));
	assert_string_equal(d, "1980-05-12");
	assert_false(grid_serial_date(0, false, d));
	assert_false(grid_serial_date(-5, false, d));
	assert_false(grid_serial_date(1e300, false, d));
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *data = malloc(1 << 20);
	*len = fread(data, 1, 1 << 20, f);
	fclose(f);
	return data;
}

/* Shared strings, numbers, a date cell, a boolean, a merged range, a
 * second sheet chosen by name. */
static void test_xlsx_reader(void **state)
{
	(void)state;
	char path[] = "/tmp/zhibu-test-XXXXXX.xlsx";
	int fd = mkstemps(path, 5);
	assert_true(fd >= 0);
	close(fd);
	lxw_workbook *wb = workbook_new(path);
	lxw_worksheet *a = workbook_add_worksheet(wb, "第一页");
	lxw_worksheet *b = workbook_add_worksheet(wb, "第二页");
	lxw_format *date = workbook_add_format(wb);
	format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
	worksheet_merge_range(a, 0, 0, 0, 2, "花名册", NULL);
	worksheet_write_string(a, 1, 0, "姓名", NULL);
	worksheet_write_string(a, 1, 2, "入党日期", NULL);
	worksheet_write_string(a, 2, 0, "张三", NULL);
	worksheet_write_number(a, 2, 1, 13800138000.0, NULL);
	lxw_datetime dt = { 2005, 6, 30, 0, 0, 0 };
	worksheet_write_datetime(a, 2, 2, &dt, date);
	worksheet_write_boolean(a, 4, 1, 1, NULL);
	worksheet_write_number(b, 0, 0, 450103196107289012.0, NULL);
	assert_int_equal(workbook_close(wb), LXW_NO_ERROR);

	size_t len;
	char *data = slurp(path, &len);
	unlink(path);
	assert_int_equal(grid_sniff(data, len), GRID_XLSX);
	struct grid g;
	enum gcell_kind k;
	assert_true(grid_read_xlsx(&g, data, len, NULL));
	assert_string_equal(g.sheet, "第一页");
	assert_int_equal(g.nsheets, 2);
	assert_int_equal(g.nrows, 4);
	assert_string_equal(grid_cell(&g, 0, 2, &k), "花名册"); /* merged */
	assert_string_equal(grid_cell(&g, 1, 2, &k), "入党日期");
	assert_string_equal(grid_cell(&g, 2, 1, &k), "13800138000");
	assert_int_equal(k, GCELL_NUMBER);
	assert_string_equal(grid_cell(&g, 2, 2, &k), "2005-06-30");
	assert_int_equal(k, GCELL_DATE);
	assert_int_equal(g.rows[3].line, 5);
	assert_string_equal(grid_cell(&g, 3, 1, &k), "TRUE");
	assert_string_equal(grid_cell(&g, 3, 7, &k), "");
	assert_int_equal(k, GCELL_EMPTY);
	grid_free(&g);

	assert_true(grid_read_xlsx(&g, data, len, "第二页"));
	assert_string_equal(grid_cell(&g, 0, 0, &k), "4.50103196107289e+17");
	assert_int_equal(k, GCELL_NUMBER);
	grid_free(&g);
	assert_false(grid_read_xlsx(&g, data, len, "第三页"));
	assert_string_equal(g.why, "the workbook has no sheet named 第三页 (its sheets: 第一页、第二页)");
	grid_free(&g);
	/* Cut short: damaged, never empty. */
	assert_false(grid_read_xlsx(&g, data, len / 2, NULL));
	grid_free(&g);
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formula_guard),
		cmocka_unit_test(test_csv_guard_by_column),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_separator),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_serial_dates),
		cmocka_unit_test(test_xlsx_reader),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
