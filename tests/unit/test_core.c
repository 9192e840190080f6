/* Unit tests of src/core: money, dates, ID numbers, text width. */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/idnum.h"
#include "core/money.h"
#include "core/text.h"

static fen_t money_ok(const char *s)
{
	fen_t v = -1;
	const char *why = NULL;
	assert_true(money_parse(s, &v, &why));
	assert_null(why);
	return v;
}

static void money_refused(const char *s, const char *expected_why)
{
	fen_t v = 12345;
	const char *why = NULL;
	assert_false(money_parse(s, &v, &why));
	assert_int_equal(v, 12345); /* unchanged */
	assert_string_equal(why, expected_why);
}

static void test_money_forms(void **state)
{
	(void)state;
	assert_int_equal(money_ok("15"), 1500);
	assert_int_equal(money_ok("15.5"), 1550);
	assert_int_equal(money_ok("15.50"), 1550);
	assert_int_equal(money_ok("¥15.50"), 1550);
	assert_int_equal(money_ok("￥15.50"), 1550);
	assert_int_equal(money_ok("1,234.50"), 123450);
	assert_int_equal(money_ok("1,234,567"), 123456700);
	assert_int_equal(money_ok("0.20"), 20);
	assert_int_equal(money_ok("0"), 0);
	assert_int_equal(money_ok("15元"), 1500);
	assert_int_equal(money_ok(" 15.00 "), 1500);
	assert_int_equal(money_ok("15."), 1500);
}

static void test_money_refusals(void **state)
{
	(void)state;
	money_refused("15.555", "amount has more than two decimals");
	money_refused("-15", "amount must not be negative");
	money_refused("¥-1.00", "amount must not be negative");
	money_refused("abc", "not an amount (e.g. 15.50)");
	money_refused("", "not an amount (e.g. 15.50)");
	money_refused("12,34.00", "not an amount (e.g. 15.50)");
	money_refused("1,2345", "not an amount (e.g. 15.50)");
	money_refused("15.5x", "not an amount (e.g. 15.50)");
	money_refused(".5", "not an amount (e.g. 15.50)");
	money_refused("99999999999", "amount is too large");
}

static void test_money_format_and_rate(void **state)
{
	(void)state;
	char buf[MONEY_SIZE];
	money_format(1550, buf);
	assert_string_equal(buf, "15.50");
	money_format(5, buf);
	assert_string_equal(buf, "0.05");
	money_format(-300, buf);
	assert_string_equal(buf, "-3.00");
	money_format(123456700, buf);
	assert_string_equal(buf, "1234567.00");
	/* 0.5% of 3000.00 = 15.00; half up at the 分. */
	assert_int_equal(money_apply_rate(300000, 50), 1500);
	assert_int_equal(money_apply_rate(300001, 100), 3000); /* 30.0001 -> 30.00 */
	assert_int_equal(money_apply_rate(100, 50), 1);         /* 0.5 分 -> 1 分 */
	assert_int_equal(money_apply_rate(99, 50), 0);          /* 0.495 分 -> 0 */
}

static struct date parsed(const char *s)
{
	struct date d = { 0, 0, 0 };
	const char *why = NULL;
	assert_true(date_parse(s, &d, &why));
	return d;
}

static void assert_date(struct date d, int y, int m, int day)
{
	assert_int_equal(d.y, y);
	assert_int_equal(d.m, m);
	assert_int_equal(d.d, day);
}

static void test_date_forms(void **state)
{
	(void)state;
	assert_date(parsed("2026-03-01"), 2026, 3, 1);
	assert_date(parsed("2026/3/1"), 2026, 3, 1);
	assert_date(parsed("2026.3.1"), 2026, 3, 1);
	assert_date(parsed("2026年3月1日"), 2026, 3, 1);
	assert_date(parsed("2026年3月1"), 2026, 3, 1);
	assert_date(parsed("20260301"), 2026, 3, 1);
	assert_date(parsed("2024-02-29"), 2024, 2, 29);
	char iso[DATE_ISO_SIZE];
	date_format(parsed("2026/3/1"), iso);
	assert_string_equal(iso, "2026-03-01");
}

static void test_date_refusals(void **state)
{
	(void)state;
	const char *bad_dates[] = { "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", NULL };
	const char *bad_forms[] = { "", "2026", "26-3-1", "2026-03-01x", "March 1", "2026--03-01", "202603011", NULL };
	struct date d = { 1, 2, 3 };
	const char *why;
	for (int i = 0; bad_dates[i]; i++) {
		assert_false(date_parse(bad_dates[i], &d, &why));
		assert_string_equal(why, "no such date");
	}
	for (int i = 0; bad_forms[i]; i++) {
		assert_false(date_parse(bad_forms[i], &d, &why));
		assert_string_equal(why, "not a date (use YYYY-MM-DD)");
	}
	assert_date(d, 1, 2, 3); /* never written on failure */
}

static void test_date_arithmetic(void **state)
{
	(void)state;
	struct date d = { 2026, 1, 31 };
	assert_date(date_add_months(d, 1), 2026, 2, 28);
	assert_date(date_add_months(d, -2), 2025, 11, 30);
	assert_date(date_add_months((struct date){ 2024, 2, 29 }, 12), 2025, 2, 28);
	assert_date(date_add_days((struct date){ 2026, 12, 31 }, 1), 2027, 1, 1);
	assert_date(date_from_days(date_to_days((struct date){ 1949, 10, 1 })), 1949, 10, 1);
	assert_int_equal(date_to_days((struct date){ 1970, 1, 1 }), 0);
	assert_int_equal(date_weekday((struct date){ 2026, 11, 20 }), 4); /* a Friday */
	assert_int_equal(date_weekday((struct date){ 2026, 11, 23 }), 0); /* a Monday */
	assert_int_equal(date_years_between((struct date){ 2008, 11, 21 }, (struct date){ 2026, 11, 20 }), 17);
	assert_int_equal(date_years_between((struct date){ 2008, 11, 20 }, (struct date){ 2026, 11, 20 }), 18);
	assert_true(date_cmp((struct date){ 2026, 1, 2 }, (struct date){ 2026, 1, 3 }) < 0);
}

static void test_months_and_quarters(void **state)
{
	(void)state;
	int y, m, q;
	const char *why;
	assert_true(month_parse("2026-03", &y, &m, &why));
	assert_int_equal(y * 100 + m, 202603);
	assert_true(month_parse("2026年3月", &y, &m, &why));
	assert_int_equal(m, 3);
	assert_false(month_parse("2026-13", &y, &m, &why));
	assert_string_equal(why, "not a month (use YYYY-MM)");
	char buf[8];
	month_format(month_index(2026, 12), buf);
	assert_string_equal(buf, "2026-12");
	assert_true(quarter_parse("2026Q1", &y, &q, &why));
	assert_int_equal(q, 1);
	assert_true(quarter_parse("2026q4", &y, &q, &why));
	assert_false(quarter_parse("2026Q5", &y, &q, &why));
	assert_false(quarter_parse("2026-Q1", &y, &q, &why));
	assert_int_equal(quarter_of_month(3), 1);
	assert_int_equal(quarter_of_month(4), 2);
	assert_int_equal(quarter_of_month(12), 4);
}

static void test_today_pinned(void **state)
{
	(void)state;
	struct date d;
	setenv("ZHIBU_TODAY", "2026-02-28", 1);
	assert_true(date_today_checked(&d));
	assert_date(d, 2026, 2, 28);
	setenv("ZHIBU_TODAY", "2026-02-30", 1);
	assert_false(date_today_checked(&d));
	unsetenv("ZHIBU_TODAY");
	assert_true(date_today_checked(&d));
}

static void id_ok(const char *s, const char *norm, int y, int m, int d, enum sex sex)
{
	char out[IDNUM_SIZE];
	struct date birth;
	enum sex got;
	const char *why = NULL;
	assert_true(idnum_parse(s, out, &birth, &got, &why));
	assert_string_equal(out, norm);
	assert_date(birth, y, m, d);
	assert_int_equal(got, sex);
}

static void id_refused(const char *s, const char *expected)
{
	char out[IDNUM_SIZE];
	const char *why = NULL;
	assert_false(idnum_parse(s, out, NULL, NULL, &why));
	assert_string_equal(why, expected);
}

static void test_idnum(void **state)
{
	(void)state;
	id_ok("11010519491231002X", "11010519491231002X", 1949, 12, 31, SEX_FEMALE);
	id_ok("11010519491231002x", "11010519491231002X", 1949, 12, 31, SEX_FEMALE);
	id_ok("440524188001010014", "440524188001010014", 1880, 1, 1, SEX_MALE);
	assert_int_equal(idnum_check_char("11010519491231002"), 'X');
	id_refused("110105194912310021", "ID number check digit is wrong");
	id_refused("11010519491231002", "ID number must have 18 characters");
	id_refused("1101051949123100299", "ID number must have 18 characters");
	id_refused("11010519491231002Y", "ID number must be 17 digits and a check digit or X");
	id_refused("1101051949123A002X", "ID number must be 17 digits and a check digit or X");
	id_refused("110105194902300028", "ID number holds no real birth date");
	char masked[IDNUM_SIZE];
	idnum_mask("11010519491231002X", masked);
	assert_string_equal(masked, "1101**********002X");
	idnum_mask("12345", masked);
	assert_string_equal(masked, "*****");
}

static void test_text_width(void **state)
{
	(void)state;
	assert_int_equal(text_width("abc"), 3);
	assert_int_equal(text_width("张三"), 4);
	assert_int_equal(text_width("张a三"), 5);
	assert_int_equal(text_width("，。"), 4);   /* full-width punctuation */
	assert_int_equal(text_width("ＡＢ"), 4);   /* full-width Latin */
	assert_int_equal(text_width("é"), 1);      /* e + combining acute */
	assert_int_equal(text_width("𠀀"), 2);     /* CJK extension B */
	assert_int_equal(utf8_chars("张a三"), 3);
}

static void test_text_fit_never_splits(void **state)
{
	(void)state;
	char out[64];
	/* 欧阳建国 is 8 columns: in 5 it shows two characters and the mark. */
	assert_int_equal(text_fit(out, sizeof out, "欧阳建国", 5), 5);
	assert_string_equal(out, "欧阳…");
	/* In 6, a third character would need 7 with the mark: still two. */
	assert_int_equal(text_fit(out, sizeof out, "欧阳建国", 6), 5);
	assert_string_equal(out, "欧阳…");
	assert_int_equal(text_fit(out, sizeof out, "欧阳建国", 8), 8);
	assert_string_equal(out, "欧阳建国");
	assert_int_equal(text_pad(out, sizeof out, "张三", 6, false), 6);
	assert_string_equal(out, "张三  ");
	assert_int_equal(text_pad(out, sizeof out, "15.00", 8, true), 8);
	assert_string_equal(out, "   15.00");
	assert_int_equal(text_pad(out, sizeof out, "欧阳建国", 6, false), 6);
	assert_string_equal(out, "欧阳… ");
}

static void test_text_trim_copy(void **state)
{
	(void)state;
	char s[64] = "\xe3\x80\x80 张三 \t\xe3\x80\x80";
	assert_string_equal(text_trim(s), "张三");
	char small[5];
	assert_false(text_copy(small, sizeof small, "张三")); /* 6 bytes: cut before 三 */
	assert_string_equal(small, "张");
	assert_true(text_blank(" \t\xe3\x80\x80"));
	assert_false(text_blank(" x "));
	size_t bad;
	assert_false(utf8_valid("ab\xff", 3, &bad));
	assert_int_equal(bad, 2);
	assert_false(utf8_valid("\xd5\xc5\xc8\xfd", 4, &bad)); /* 张三 in GBK */
	assert_true(utf8_valid("张三", strlen("张三"), &bad));
}

static void test_text_halfwidth(void **state)
{
	(void)state;
	char id[] = "１１０１０５１９４９１２３１００２Ｘ";
	text_halfwidth(id);
	assert_string_equal(id, "11010519491231002X");
	char mixed[] = "张三\xe3\x80\x80１３８－0013";
	text_halfwidth(mixed);
	assert_string_equal(mixed, "张三 138-0013");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_money_forms),
		cmocka_unit_test(test_money_refusals),
		cmocka_unit_test(test_money_format_and_rate),
		cmocka_unit_test(test_date_forms),
		cmocka_unit_test(test_date_refusals),
		cmocka_unit_test(test_date_arithmetic),
		cmocka_unit_test(test_months_and_quarters),
		cmocka_unit_test(test_today_pinned),
		cmocka_unit_test(test_idnum),
		cmocka_unit_test(test_text_width),
		cmocka_unit_test(test_text_fit_never_splits),
		cmocka_unit_test(test_text_trim_copy),
		cmocka_unit_test(test_text_halfwidth),
	};
	return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
