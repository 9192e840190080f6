/* What fuzzing found (make fuzz, tests/fuzz): each input that once broke a
 * property, as a regression test.  The inputs themselves are also kept in
 * tests/fuzz/corpus and replayed under the sanitizers by make check. */
#include "unit.h"

#include <string.h>

#include "core/money.h"
#include "rules/roster.h"

/* fuzz_money: "1000000000.01" was accepted as 100000000001 分, one 分 over
 * MONEY_MAX: the limit was checked on the 元 only. */
static void test_money_limit_counts_the_fen(void **state)
{
	(void)state;
	fen_t v = 7;
	const char *why = NULL;
	assert_false(money_parse(" 1000000000.01 ", &v, &why));
	assert_string_equal(why, "amount is too large");
	assert_int_equal(v, 7);
	assert_true(money_parse("1000000000.00", &v, &why));
	assert_int_equal(v, MONEY_MAX);
	assert_false(money_parse("999999999.999", &v, &why));
}

/* fuzz_roster: a phone number of valid characters but longer than the
 * field was refused as too long, yet its first 31 bytes had been copied
 * into the record: a refused value changed the form's record. */
static void test_refused_value_leaves_record_unchanged(void **state)
{
	(void)state;
	struct member m, before;
	member_init(&m);
	assert_null(member_set_field(&m, MF_PHONE, "13800138000"));
	before = m;
	const char *why = member_set_field(&m, MF_PHONE, "13-000---313-000---3---------------0");
	assert_non_null(why);
	assert_string_equal(why, "too long");
	assert_memory_equal(&m, &before, sizeof m);
	assert_string_equal(m.phone, "13800138000");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_money_limit_counts_the_fen),
		cmocka_unit_test(test_refused_value_leaves_record_unchanged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
