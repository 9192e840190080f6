/* 换届 and the archive deadline (rules/term.c): a term's end with the
 * month-end clamping, the request date, the one-year extension limit. */
#include "unit.h"

#include <string.h>

#include "core/date.h"
#include "rules/term.h"

static void expect(struct date got, const char *iso)
{
	char buf[DATE_ISO_SIZE];
	date_format(got, buf);
	assert_string_equal(buf, iso);
}

static void test_default_years(void **state)
{
	(void)state;
	assert_int_equal(term_default_years("其他"), 3);
	assert_int_equal(term_default_years(""), 3);
	assert_int_equal(term_default_years(NULL), 3);
	assert_int_equal(term_default_years("村"), 5);
	assert_int_equal(term_default_years("社区"), 5);
}

static void test_end_and_request(void **state)
{
	(void)state;
	expect(term_end((struct date){ 2023, 11, 20 }, 3, 0), "2026-11-20");
	expect(term_end((struct date){ 2024, 2, 29 }, 3, 0), "2027-02-28");
	expect(term_end((struct date){ 2024, 2, 29 }, 4, 0), "2028-02-29");
	expect(term_end((struct date){ 2021, 5, 10 }, 5, 0), "2026-05-10");
	/* extended months count from the end, clamped: 2025-08-31 + 6 = 2026-02-28 */
	expect(term_end((struct date){ 2022, 8, 31 }, 3, 6), "2026-02-28");
	expect(term_end((struct date){ 2023, 11, 20 }, 3, 12), "2027-11-20");
	/* the request one month before: 2026-03-31 - 1 month = 2026-02-28 */
	expect(term_request_due((struct date){ 2026, 3, 31 }, 1), "2026-02-28");
	expect(term_request_due((struct date){ 2026, 1, 15 }, 1), "2025-12-15");
	expect(date_add_months((struct date){ 2026, 1, 31 }, 1), "2026-02-28");
}

static void test_extension_limit(void **state)
{
	(void)state;
	assert_true(term_extension_allowed(0, 12));
	assert_true(term_extension_allowed(6, 6));
	assert_false(term_extension_allowed(6, 7));
	assert_false(term_extension_allowed(0, 13));
	assert_false(term_extension_allowed(12, 1));
	assert_false(term_extension_allowed(0, 0));
	assert_false(term_extension_allowed(0, -1));
}

static void test_archive_due(void **state)
{
	(void)state;
	expect(archive_due(2025, NULL), "2026-06-30");
	expect(archive_due(2025, "06-30"), "2026-06-30");
	expect(archive_due(2025, "03-31"), "2026-03-31");
	expect(archive_due(2027, "02-30"), "2028-02-29");
	expect(archive_due(2025, "junk"), "2026-06-30");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_years),
		cmocka_unit_test(test_end_and_request),
		cmocka_unit_test(test_extension_limit),
		cmocka_unit_test(test_archive_due),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
