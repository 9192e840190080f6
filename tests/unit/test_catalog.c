/* Unit tests of the table of reports (report/catalog.c) behind the 报表
 * screen: every kind once, the defaults of a request, the period and the
 * file name of each kind (no folder separators or characters a file name
 * cannot hold, never cut inside a character), and building one with the
 * same code as the command line. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "db/branch.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/catalog.h"

static const struct report_kind *kind(enum report_id id)
{
	for (int i = 0; i < report_kind_count; i++)
		if (report_kinds[i].id == id)
			return &report_kinds[i];
	fail_msg("no report %d", id);
	return NULL;
}

static void test_every_kind(void **state)
{
	(void)state;
	bool seen[REPORT_ID_COUNT] = { false };
	for (int i = 0; i < report_kind_count; i++) {
		const struct report_kind *k = &report_kinds[i];
		assert_true(k->id >= 0 && k->id < REPORT_ID_COUNT);
		assert_false(seen[k->id]);
		seen[k->id] = true;
		assert_true(k->formats != 0);
		assert_true(*k->file_label && *k->title && *k->command);
	}
	for (int i = 0; i < REPORT_ID_COUNT; i++)
		assert_true(seen[i]);
}

static void test_names(void **state)
{
	(void)state;
	struct date today = { 2026, 11, 20 };
	struct report_request r;
	char name[512], period[32];
	report_request_init(&r, kind(REPORT_DUES_QUARTER), today);
	assert_int_equal(r.year, 2026);
	assert_int_equal(r.quarter, 4);
	assert_false(r.full_id);
	r.quarter = 3;
	report_file_name("计算机学院教工第一党支部", &r, OUT_XLSX, name, sizeof name);
	assert_string_equal(name, "计算机学院教工第一党支部-党费季报-2026Q3.xlsx");

	report_request_init(&r, kind(REPORT_DUES_YEAR), today);
	report_period_label(&r, period, sizeof period);
	assert_string_equal(period, "2026");
	report_request_init(&r, kind(REPORT_DUES_NOTICE), today);
	report_period_label(&r, period, sizeof period);
	assert_string_equal(period, "2026Q4");
	r.quarter = 0;
	report_period_label(&r, period, sizeof period);
	assert_string_equal(period, "2026");

	report_request_init(&r, kind(REPORT_STATS), today);
	r.as_of = (struct date){ 2026, 12, 31 };
	report_file_name("支部", &r, OUT_CSV, name, sizeof name);
	assert_string_equal(name, "支部-党员统计表-2026-12-31.csv");

	report_request_init(&r, kind(REPORT_MINUTES), today);
	r.meeting_kind = 0;
	report_file_name("支部", &r, OUT_TXT, name, sizeof name);
	assert_string_equal(name, "支部-会议记录-支部党员大会-2026.txt");

	report_request_init(&r, kind(REPORT_NOTICE), today);
	strcpy(r.person, "王芳");
	r.notice = 2;
	report_file_name("支部", &r, OUT_TXT, name, sizeof name);
	assert_string_equal(name, "支部-转正公示-王芳-2026-11-20.txt");

	/* A branch name with a slash, a colon, a leading dot. */
	report_request_init(&r, kind(REPORT_ROSTER), today);
	report_file_name(".甲/乙:丙", &r, OUT_XLSX, name, sizeof name);
	assert_null(strchr(name, '/'));
	assert_null(strchr(name, ':'));
	assert_true(name[0] != '.');
	/* Cut to the buffer, never inside a character. */
	report_file_name("计算机学院教工第一党支部", &r, OUT_XLSX, name, 20);
	assert_string_equal(name, "计算机学院教");
}

static void test_build(void **state)
{
	(void)state;
	char dir[] = "/tmp/zhibu-test-catalog-XXXXXX", path[128], *err = NULL, cmd[160];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/t.db", dir);
	struct db *db = db_open(path, DB_CREATE, &err);
	assert_non_null(db);
	struct branch b = { .name = "测试党支部" };
	strcpy(b.created_on, "2026-01-01");
	assert_true(branch_save(db, &b));
	struct report_request r;
	struct sheet *s;
	char *text;
	const char *why;
	report_request_init(&r, kind(REPORT_STATS), (struct date){ 2026, 11, 20 });
	assert_true(report_build(db, &r, &s, &text, &why));
	assert_non_null(s);
	assert_null(text);
	assert_true(s->ncharts > 0);
	sheet_free(s);
	report_request_init(&r, kind(REPORT_NOTICE), (struct date){ 2026, 11, 20 });
	strcpy(r.person, "无此人");
	assert_false(report_build(db, &r, &s, &text, &why));
	assert_non_null(why);
	assert_null(s);
	report_request_init(&r, kind(REPORT_MINUTES), (struct date){ 2026, 11, 20 });
	assert_false(report_build(db, &r, &s, &text, &why));  /* no minutes recorded */
	assert_non_null(why);
	db_close(db);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_kind),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_build),
	};
	return cmocka_run_group_tests_name("catalog", tests, NULL, NULL);
}
