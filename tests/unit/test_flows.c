/* 流动, 失联, 停止党籍 (issue 18): each deadline of rules/flows.c, with the
 * month-end clamping, the contact period counted from the last contact,
 * and the search needed before 停止党籍. */
#include <string.h>

#include "unit.h"

#include "core/date.h"
#include "rules/flows.h"

static void assert_date(struct date d, const char *iso)
{
	char s[DATE_ISO_SIZE];
	date_format(d, s);
	assert_string_equal(s, iso);
}

static void test_away(void **state)
{
	(void)state;
	struct flow_due d[2];
	assert_int_equal(flow_deadlines("流动", "2026-03-15", "", 3, d), 2);
	assert_int_equal(d[0].kind, FLOW_DUE_TRANSFER);
	assert_date(d[0].due, "2026-09-15");
	assert_int_equal(d[1].kind, FLOW_DUE_CONTACT);
	assert_date(d[1].due, "2026-06-15");
	/* Month end: 2026-08-31 + 6 months = 2027-02-28. */
	assert_int_equal(flow_deadlines("流动", "2026-08-31", NULL, 3, d), 2);
	assert_date(d[0].due, "2027-02-28");
	assert_date(d[1].due, "2026-11-30");
	/* A contact moves the next one on; one from before she left does not. */
	flow_deadlines("流动", "2026-03-15", "2026-07-02", 3, d);
	assert_date(d[1].due, "2026-10-02");
	flow_deadlines("流动", "2026-03-15", "2025-12-01", 3, d);
	assert_date(d[1].due, "2026-06-15");
	/* The period is a setting. */
	flow_deadlines("流动", "2026-03-15", "2026-07-02", 1, d);
	assert_date(d[1].due, "2026-08-02");
}

static void test_lost_and_stopped(void **state)
{
	(void)state;
	struct flow_due d[2];
	assert_int_equal(flow_deadlines("失联", "2026-08-31", "", 3, d), 1);
	assert_int_equal(d[0].kind, FLOW_DUE_STOP);
	assert_date(d[0].due, "2027-02-28");
	assert_int_equal(flow_deadlines("停止党籍", "2024-02-29", "", 3, d), 1);
	assert_int_equal(d[0].kind, FLOW_DUE_EXPEL);
	assert_date(d[0].due, "2026-02-28");
	assert_int_equal(flow_deadlines("停止党籍", "2025-01-31", "", 3, d), 1);
	assert_date(d[0].due, "2027-01-31");
	/* No deadline without a status date or for other statuses. */
	assert_int_equal(flow_deadlines("失联", "", "", 3, d), 0);
	assert_int_equal(flow_deadlines("正常", "2026-01-01", "", 3, d), 0);
	assert_int_equal(flow_deadlines("转出", "2026-01-01", "", 3, d), 0);
	assert_string_equal(flow_due_text(FLOW_DUE_STOP), "失联满6个月：查找未果的研究停止党籍");
	assert_string_equal(flow_due_text(FLOW_DUE_EXPEL), "停止党籍满2年：确实无法取得联系的按自行脱党除名");
	assert_string_equal(flow_due_text(FLOW_DUE_TRANSFER), "外出满6个月，应转移组织关系或说明原因");
}

static void test_stop_allowed(void **state)
{
	(void)state;
	assert_false(flow_stop_allowed(0, NULL));
	assert_false(flow_stop_allowed(0, "  "));
	assert_true(flow_stop_allowed(0, "本人书面表示不再联系"));
	assert_true(flow_stop_allowed(1, NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_away),
		cmocka_unit_test(test_lost_and_stopped),
		cmocka_unit_test(test_stop_allowed),
	};
	return cmocka_run_group_tests(tests, 0, 0);
}
