/* The form's checks (member_set_field, shared by the full-screen form and
 * the importer) against bad values typed in: a table of field, value and the
 * exact message; each refusal leaves the record exactly as it was.  The
 * importers' bad files are in tests/cli/hostile.sh. */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "rules/roster.h"

static const struct bad {
	enum member_field field;
	const char *value;
	const char *why;
} bad[] = {
	{ MF_NAME, "", "required" },
	{ MF_NAME, " \t ", "required" },
	{ MF_NAME, "\xe3\x80\x80", "required" }, /* an ideographic space */
	{ MF_NAME, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "a name has at most 30 characters" },
	{ MF_SEX, "", "required" },
	{ MF_SEX, "M", "must be 男 or 女" },
	{ MF_SEX, "男 女", "must be 男 or 女" },
	{ MF_ETHNICITY, "汉", "an ethnicity ends in 族 (e.g. 汉族)" },
	{ MF_BIRTH_DATE, "1990-02-30", "no such date" },
	{ MF_BIRTH_DATE, "1990-1-1-1", "not a date (use YYYY-MM-DD)" },
	{ MF_BIRTH_DATE, "0000-01-01", "no such date" },
	{ MF_BIRTH_DATE, "99999999", "no such date" },
	{ MF_ID_NUMBER, "", "required" },
	{ MF_ID_NUMBER, "11010819900101077", "ID number must have 18 characters" },
	{ MF_ID_NUMBER, "11010819900101077Y", "ID number must be 17 digits and a check digit or X" },
	{ MF_ID_NUMBER, "1101081990010107 3", "ID number must be 17 digits and a check digit or X" },
	{ MF_ID_NUMBER, "110108199001010774", "ID number check digit is wrong" },
	{ MF_ID_NUMBER, "110108199013010778", "ID number holds no real birth date" },
	{ MF_EDUCATION, "博士后", "must be one of 研究生, 大学本科, 大学专科, 中专, 高中, 初中, 小学及以下" },
	{ MF_CATEGORY, "", "required" },
	{ MF_CATEGORY, "退伍", "must be one of 在职, 离退休, 学生, 农民, 失业, 困难, 其他" },
	{ MF_KIND, "积极分子", "must be 正式 or 预备" },
	{ MF_JOIN_DATE, "", "required" },
	{ MF_JOIN_DATE, "2026-13-01", "no such date" },
	{ MF_FULL_DATE, "明天", "not a date (use YYYY-MM-DD)" },
	{ MF_PHONE, "138-0000-000a", "a phone number holds digits, spaces, + - ( ) only" },
	{ MF_PHONE, "123456", "a phone number has 7 to 15 digits" },
	{ MF_PHONE, "1234567890123456", "a phone number has 7 to 15 digits" },
	{ MF_PHONE, "(010)  1234 - 5678     ----------", "too long" },
	{ MF_STATUS, "开除", "must be one of 正常, 流动, 失联, 停止党籍, 转出, 去世, 出党" },
	{ MF_WORK_UNIT, NULL, "too long" },  /* 300 bytes */
	{ MF_NOTE, NULL, "too long" },       /* 600 bytes */
	{ MF_GROUP, NULL, "too long" },      /* 100 bytes */
};

static void test_bad_values_refused_record_unchanged(void **state)
{
	(void)state;
	struct member good, m;
	member_init(&good);
	assert_null(member_set_field(&good, MF_NAME, "孙七"));
	assert_null(member_set_field(&good, MF_SEX, "男"));
	assert_null(member_set_field(&good, MF_ID_NUMBER, "110108199001010773"));
	assert_null(member_set_field(&good, MF_CATEGORY, "在职"));
	assert_null(member_set_field(&good, MF_KIND, "正式"));
	assert_null(member_set_field(&good, MF_JOIN_DATE, "2015-07-01"));
	assert_null(member_set_field(&good, MF_PHONE, "13800000000"));
	assert_null(member_set_field(&good, MF_NOTE, "备注"));
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char big[700];
		const char *value = bad[i].value;
		if (!value) {
			size_t n = bad[i].field == MF_NOTE ? 600 : bad[i].field == MF_WORK_UNIT ? 300 : 100;
			memset(big, 'x', n);
			big[n] = '\0';
			value = big;
		}
		m = good;
		const char *why = member_set_field(&m, bad[i].field, value);
		if (!why || strcmp(why, bad[i].why) != 0) {
			fprintf(stderr, "case %zu (%s = \"%.40s\"): got \"%s\", expected \"%s\"\n", i,
				member_fields[bad[i].field].header, value, why ? why : "(accepted)", bad[i].why);
			fail();
		}
		assert_memory_equal(&m, &good, sizeof m);
	}
	printf("forms: %zu bad values refused with their message, the record unchanged\n",
	       sizeof bad / sizeof bad[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bad_values_refused_record_unchanged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
