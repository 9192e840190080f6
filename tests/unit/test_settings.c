/* Unit tests of the settings catalogue (rules/settings.c) behind the 设置
 * screen and zhibu disclose settings: every key once, every default a value
 * its own check takes, and each kind of check refusing what it should. */
#include "unit.h"

#include <string.h>

#include "rules/settings.h"

static void test_defaults_valid(void **state)
{
	(void)state;
	assert_true(setting_count > 20);
	for (size_t k = 0; k < setting_count; k++) {
		const struct setting_def *s = &setting_defs[k];
		assert_ptr_equal(setting_find(s->key), s); /* each key once */
		assert_non_null(s->help);
		assert_non_null(s->mark);
		if (setting_problem(s, s->fallback))
			fail_msg("%s: its default %s is refused", s->key, s->fallback);
	}
	assert_null(setting_find("no.such"));
}

static void test_checks(void **state)
{
	(void)state;
	const struct setting_def *warn = setting_find("dues.warn_months");
	assert_non_null(warn);
	assert_null(setting_problem(warn, "4"));
	assert_non_null(setting_problem(warn, "0"));
	assert_non_null(setting_problem(warn, "121"));
	assert_non_null(setting_problem(warn, "4 个月"));
	assert_non_null(setting_problem(warn, ""));
	const struct setting_def *rounding = setting_find("dues.rounding_fen");
	assert_null(setting_problem(rounding, "10"));
	assert_non_null(setting_problem(rounding, "5"));
	const struct setting_def *adopt = setting_find("plan.adopt_by");
	assert_null(setting_problem(adopt, "03-31"));
	assert_non_null(setting_problem(adopt, "13-01"));
	assert_non_null(setting_problem(adopt, "03-31x"));
	const struct setting_def *since = setting_find("meetings.since");
	assert_null(setting_problem(since, ""));
	assert_null(setting_problem(since, "2026-01-01"));
	assert_non_null(setting_problem(since, "2026-02-30"));
	const struct setting_def *box = setting_find("feedback.box_period");
	assert_null(setting_problem(box, "季度"));
	assert_non_null(setting_problem(box, "周"));
	const struct setting_def *with = setting_find("talks.member_with");
	assert_null(setting_problem(with, "书记"));
	assert_non_null(setting_problem(with, "组织委员"));
	const struct setting_def *pairs = setting_find("talks.member_pairs");
	assert_string_equal(pairs->fallback, "0");
	assert_null(setting_problem(pairs, "1"));
	assert_non_null(setting_problem(pairs, "2"));
	const struct setting_def *phone = setting_find("branch.phone");
	assert_null(setting_problem(phone, "010-12345678"));
	assert_non_null(setting_problem(phone, "1\n2"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults_valid),
		cmocka_unit_test(test_checks),
	};
	return cmocka_run_group_tests_name("settings", tests, NULL, NULL);
}
