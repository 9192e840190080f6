/* 组织关系转接 (issue 18): the letter's expiry counting the day of issue,
 * the 回执 one month after it with month-end clamping, the states, and the
 * 大写 of every month and of day counts 1..120. */
#include <stdio.h>
#include <string.h>

#include "unit.h"

#include "core/date.h"
#include "rules/transfer.h"

static struct date d(int y, int m, int dd)
{
	return (struct date){ y, m, dd };
}

static void assert_date(struct date got, struct date want)
{
	char a[DATE_ISO_SIZE], b[DATE_ISO_SIZE];
	date_format(got, a);
	date_format(want, b);
	assert_string_equal(a, b);
}

static void test_expiry(void **state)
{
	(void)state;
	/* 30 days counting the day of issue */
	assert_date(transfer_expiry(d(2026, 11, 1), 30), d(2026, 11, 30));
	assert_date(transfer_expiry(d(2026, 11, 20), 1), d(2026, 11, 20));
	assert_date(transfer_expiry(d(2026, 12, 15), 30), d(2027, 1, 13));
	assert_date(transfer_expiry(d(2028, 2, 1), 29), d(2028, 2, 29));
	assert_date(transfer_expiry(d(2026, 1, 1), 90), d(2026, 3, 31));
}

static void test_receipt_due(void **state)
{
	(void)state;
	assert_date(transfer_receipt_due(d(2026, 1, 31)), d(2026, 2, 28));
	assert_date(transfer_receipt_due(d(2028, 1, 31)), d(2028, 2, 29));
	assert_date(transfer_receipt_due(d(2026, 3, 31)), d(2026, 4, 30));
	assert_date(transfer_receipt_due(d(2026, 12, 15)), d(2027, 1, 15));
	/* issued 2026-01-02 for 30 days: expires 01-31, 回执 due 02-28 */
	assert_date(transfer_receipt_due(transfer_expiry(d(2026, 1, 2), 30)), d(2026, 2, 28));
}

static void test_state(void **state)
{
	(void)state;
	/* issued 09-01, 30 days: expires 09-30, due 10-30 */
	assert_int_equal(transfer_state(d(2026, 9, 1), 30, false, d(2026, 10, 30)), TRANSFER_WAITING);
	assert_int_equal(transfer_state(d(2026, 9, 1), 30, false, d(2026, 10, 31)), TRANSFER_OVERDUE);
	assert_int_equal(transfer_state(d(2026, 9, 1), 30, true, d(2026, 12, 31)), TRANSFER_RECEIVED);
	assert_string_equal(transfer_state_names[TRANSFER_OVERDUE], "回执超期");
}

static void test_daxie_months(void **state)
{
	(void)state;
	static const char *const want[13] = { NULL, "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾",
					      "拾壹", "拾贰" };
	char buf[128], exp[128];
	for (int m = 1; m <= 12; m++) {
		transfer_daxie_month(2026, m, buf, sizeof buf);
		snprintf(exp, sizeof exp, "贰零贰陆年%s月", want[m]);
		assert_string_equal(buf, exp);
	}
	transfer_daxie_month(2030, 1, buf, sizeof buf);
	assert_string_equal(buf, "贰零叁零年壹月");
	transfer_daxie_date(d(2026, 11, 20), buf, sizeof buf);
	assert_string_equal(buf, "贰零贰陆年拾壹月贰拾日");
	transfer_daxie_date(d(2026, 1, 31), buf, sizeof buf);
	assert_string_equal(buf, "贰零贰陆年壹月叁拾壹日");
}

/* An independent spelling for 1..199, as the forms write day counts. */
static void spell(int n, char *out, size_t size)
{
	static const char *const dg[10] = { "", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
	int h = n / 100, t = n / 10 % 10, o = n % 10;
	out[0] = '\0';
	if (!h) {
		if (!t)
			snprintf(out, size, "%s", dg[o]);
		else
			snprintf(out, size, "%s拾%s", t == 1 ? "" : dg[t], dg[o]);
		return;
	}
	if (!t && !o)
		snprintf(out, size, "%s佰", dg[h]);
	else if (!t)
		snprintf(out, size, "%s佰零%s", dg[h], dg[o]);
	else
		snprintf(out, size, "%s佰%s拾%s", dg[h], dg[t], dg[o]);
}

static void test_daxie_days(void **state)
{
	(void)state;
	char buf[64], exp[64];
	struct { int n; const char *s; } fixed[] = {
		{ 1, "壹" }, { 9, "玖" }, { 10, "拾" }, { 11, "拾壹" }, { 19, "拾玖" }, { 20, "贰拾" }, { 21, "贰拾壹" },
		{ 30, "叁拾" }, { 45, "肆拾伍" }, { 60, "陆拾" }, { 90, "玖拾" }, { 99, "玖拾玖" }, { 100, "壹佰" },
		{ 101, "壹佰零壹" }, { 110, "壹佰壹拾" }, { 111, "壹佰壹拾壹" }, { 120, "壹佰贰拾" }, { 180, "壹佰捌拾" },
		{ 0, "零" }, { 1005, "壹仟零伍" }, { 2026, "贰仟零贰拾陆" },
	};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		transfer_daxie_number(fixed[i].n, buf, sizeof buf);
		assert_string_equal(buf, fixed[i].s);
	}
	for (int n = 1; n <= 180; n++) {
		transfer_daxie_number(n, buf, sizeof buf);
		spell(n, exp, sizeof exp);
		assert_string_equal(buf, exp);
	}
	transfer_daxie_number(-1, buf, sizeof buf);
	assert_string_equal(buf, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_expiry),
		cmocka_unit_test(test_receipt_due),
		cmocka_unit_test(test_state),
		cmocka_unit_test(test_daxie_months),
		cmocka_unit_test(test_daxie_days),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
