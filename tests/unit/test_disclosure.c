/* The due-date rules of 党务公开 and 意见建议 (records.md C1.5, C2.5): the
 * grace after a routine period, the 公开期 in working days across a holiday
 * block, the day of receipt not counted, the 3 -> 10 working-day extension,
 * the archive date; the states and the order of the steps. */
#include "unit.h"

#include <string.h>

#include "core/date.h"
#include "core/workday.h"
#include "rules/disclosure.h"

static struct date D(int y, int m, int d)
{
	return (struct date){ y, m, d };
}

#define assert_date(got, y, m, d) do { \
	struct date g_ = (got); \
	char a_[DATE_ISO_SIZE], b_[DATE_ISO_SIZE]; \
	date_format(g_, a_); \
	date_format(D(y, m, d), b_); \
	assert_string_equal(a_, b_); \
} while (0)

/* 国庆 2026 as a branch would enter it: 10-01 .. 10-07 off, the Sunday before
 * and the Saturday after worked. */
static void national_day(struct workdays *w)
{
	workdays_init(w);
	for (int d = 1; d <= 7; d++)
		workdays_add(w, D(2026, 10, d), false);
	workdays_add(w, D(2026, 9, 27), true);
	workdays_add(w, D(2026, 10, 10), true);
}

static struct period P(const char *label)
{
	struct period p;
	assert_true(period_parse(label, &p));
	return p;
}

static void test_routine_grace(void **state)
{
	(void)state;
	assert_date(disclosure_due(P("2026Q1"), 30), 2026, 4, 30);   /* the example */
	assert_date(disclosure_due(P("2026Q4"), 30), 2027, 1, 30);
	assert_date(disclosure_due(P("2026-02"), 30), 2026, 3, 30);
	assert_date(disclosure_due(P("2026H1"), 0), 2026, 6, 30);
	assert_date(disclosure_due(P("2026"), 15), 2027, 1, 15);
	struct disclosure_settings s;
	disclosure_settings_default(&s);
	assert_int_equal(s.grace_days, 30);
	assert_int_equal(s.prompt_days, 15);
	assert_int_equal(s.reply_workdays, 10);
	assert_int_equal(s.request_workdays, 3);
	assert_int_equal(s.request_ext_workdays, 10);
}

static void test_notice_period(void **state)
{
	(void)state;
	struct workdays w;
	national_day(&w);
	/* Natural days: the publication day is the first. */
	assert_date(disclosure_until(&w, D(2026, 9, 30), 7, false), 2026, 10, 6);
	/* Working days: 09-30 counts, then 10-08, 10-09, 10-10 (worked Saturday), 10-12. */
	assert_date(disclosure_until(&w, D(2026, 9, 30), 5, true), 2026, 10, 12);
	/* Published on a holiday: the first working day after it is the first. */
	assert_date(disclosure_until(&w, D(2026, 10, 3), 1, true), 2026, 10, 8);
	/* A worked Sunday counts. */
	assert_date(disclosure_until(&w, D(2026, 9, 27), 2, true), 2026, 9, 28);
	/* Without holidays, Monday for 5 working days ends on Friday. */
	struct workdays none;
	workdays_init(&none);
	assert_date(disclosure_until(&none, D(2026, 11, 2), 5, true), 2026, 11, 6);
	workdays_done(&none);
	workdays_done(&w);
}

static void test_reply_deadline(void **state)
{
	(void)state;
	struct workdays w;
	national_day(&w);
	struct disclosure_settings s;
	disclosure_settings_default(&s);
	s.calendar = &w;
	/* The day of receipt does not count, even when it is a working day. */
	assert_date(feedback_due(&w, D(2026, 11, 2), 1), 2026, 11, 3);
	assert_date(feedback_due_for(&s, "意见箱", D(2026, 11, 2)), 2026, 11, 16);
	/* Received on a Friday: the count starts on Monday. */
	assert_date(feedback_due(&w, D(2026, 11, 6), 1), 2026, 11, 9);
	/* Across the holiday block: 10-08, 09, 10, 12 .. 16, 19, 20. */
	assert_date(feedback_due_for(&s, "座谈会", D(2026, 9, 30)), 2026, 10, 20);
	workdays_done(&w);
}

static void test_request_extension(void **state)
{
	(void)state;
	struct workdays w;
	workdays_init(&w);
	struct disclosure_settings s;
	disclosure_settings_default(&s);
	s.calendar = &w;
	/* 依申请公开: 3 working days, extended once to 10. */
	assert_date(feedback_due_for(&s, "依申请公开", D(2026, 11, 5)), 2026, 11, 10);
	assert_date(feedback_extended_due(&s, D(2026, 11, 5)), 2026, 11, 19);
	/* Other channels keep 10. */
	assert_date(feedback_due_for(&s, "来信", D(2026, 11, 5)), 2026, 11, 19);
	workdays_done(&w);
}

static void test_archive_date(void **state)
{
	(void)state;
	struct disclosure_settings s;
	disclosure_settings_default(&s);
	assert_date(disclosure_archive_due(&s, 2026), 2027, 6, 30);
	s.archive_month = 2;
	s.archive_day = 30;  /* a setting past the month's end is clamped */
	assert_date(disclosure_archive_due(&s, 2027), 2028, 2, 29);
	assert_date(disclosure_archive_due(&s, 2026), 2027, 2, 28);
}

static void test_states(void **state)
{
	(void)state;
	struct date due = D(2026, 4, 30), early = D(2026, 4, 20), late = D(2026, 5, 2);
	assert_int_equal(disclosure_state_of(due, &early, D(2026, 11, 20)), DS_ON_TIME);
	assert_int_equal(disclosure_state_of(due, &due, D(2026, 11, 20)), DS_ON_TIME);
	assert_int_equal(disclosure_state_of(due, &late, D(2026, 11, 20)), DS_LATE);
	assert_int_equal(disclosure_state_of(due, NULL, D(2026, 4, 30)), DS_PENDING);
	assert_int_equal(disclosure_state_of(due, NULL, D(2026, 5, 1)), DS_MISSING);
	assert_string_equal(disclosure_state_names[DS_MISSING], "缺");
	assert_int_equal(feedback_state_of(due, &early, D(2026, 11, 20)), FS_ON_TIME);
	assert_int_equal(feedback_state_of(due, &late, D(2026, 11, 20)), FS_LATE);
	assert_int_equal(feedback_state_of(due, NULL, D(2026, 4, 30)), FS_OPEN);
	assert_int_equal(feedback_state_of(due, NULL, D(2026, 5, 1)), FS_OVERDUE);
	assert_string_equal(feedback_state_names[FS_OVERDUE], "超期未答复");
}

static void test_steps(void **state)
{
	(void)state;
	struct disclosure_steps s = {
		.proposed = "2026-10-20", .reviewed = "2026-10-21", .approved = "2026-10-24",
		.published = "2026-10-25", .published_out = "", .taken_down = "", .archived = "",
		.secrecy_checked = true, .scope = "先党内后党外",
	};
	assert_null(disclosure_steps_check(&s));
	/* No override: publishing without 审批 names 第十五条. */
	s.approved = "";
	const char *why = disclosure_steps_check(&s);
	assert_non_null(why);
	assert_non_null(strstr(why, DISCLOSURE_RULE_15));
	s.approved = "2026-10-24";
	s.secrecy_checked = false;
	assert_non_null(strstr(disclosure_steps_check(&s), DISCLOSURE_RULE_15));
	s.secrecy_checked = true;
	/* 党外 before 党内 is refused; after is fine. */
	s.published_out = "2026-10-24";
	assert_non_null(disclosure_steps_check(&s));
	s.published_out = "2026-10-28";
	assert_null(disclosure_steps_check(&s));
	s.scope = "党内";
	assert_non_null(disclosure_steps_check(&s));
	s.scope = "先党内后党外";
	s.archived = "2026-10-01";
	assert_non_null(disclosure_steps_check(&s));
	s.archived = "2027-03-01";
	assert_null(disclosure_steps_check(&s));
	s.reviewed = "2026-10-19";
	assert_non_null(disclosure_steps_check(&s));
}

static void test_forms(void **state)
{
	(void)state;
	char out[128];
	assert_null(disclosure_forms_check("党员大会，公开栏; 网站", out, sizeof out));
	assert_string_equal(out, "党员大会、公开栏、网站");
	assert_non_null(disclosure_forms_check("公开栏、黑板报", out, sizeof out));
	assert_non_null(disclosure_forms_check("", out, sizeof out));
	assert_non_null(disclosure_value(feedback_channels, "依申请公开"));
	assert_null(disclosure_value(feedback_results, "同意"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_routine_grace),
		cmocka_unit_test(test_notice_period),
		cmocka_unit_test(test_reply_deadline),
		cmocka_unit_test(test_request_extension),
		cmocka_unit_test(test_archive_date),
		cmocka_unit_test(test_states),
		cmocka_unit_test(test_steps),
		cmocka_unit_test(test_forms),
	};
	return cmocka_run_group_tests_name("disclosure", tests, NULL, NULL);
}
