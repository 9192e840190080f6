/* Unit tests of 党员统计 (rules/stats.c): the age bands at their edges on a
 * pinned date (a member who turns 31 that day is 31), who is on the roster
 * on a date, 正式/预备 on a date, 少数民族 and 大专及以上, the year's changes,
 * shares rounded half up, and the rows a whole count leaves. */
#include "unit.h"

#include <string.h>

#include "core/date.h"
#include "rules/stats.h"

static struct date day(const char *iso)
{
	struct date d;
	assert_true(date_parse_iso(iso, &d));
	return d;
}

static int band(const char *birth, const char *on)
{
	return stats_age_band(day(birth), day(on));
}

static void test_age_band_edges(void **state)
{
	(void)state;
	const char *on = "2026-11-20";
	/* Each edge: the day before the birthday, and the birthday itself. */
	static const struct { const char *birth; int band; } cases[] = {
		{ "2008-11-20", 0 },                       /* 18 */
		{ "1995-11-21", 0 }, { "1995-11-20", 1 },  /* 30 | 31 */
		{ "1990-11-21", 1 }, { "1990-11-20", 2 },  /* 35 | 36 */
		{ "1985-11-21", 2 }, { "1985-11-20", 3 },  /* 40 | 41 */
		{ "1980-11-21", 3 }, { "1980-11-20", 4 },  /* 45 | 46 */
		{ "1975-11-21", 4 }, { "1975-11-20", 5 },  /* 50 | 51 */
		{ "1970-11-21", 5 }, { "1970-11-20", 6 },  /* 55 | 56 */
		{ "1965-11-21", 6 }, { "1965-11-20", 7 },  /* 60 | 61 */
		{ "1921-07-01", 7 },                       /* 105 */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int got = band(cases[i].birth, on);
		if (got != cases[i].band)
			fail_msg("born %s, on %s: band %d, expected %d", cases[i].birth, on, got, cases[i].band);
	}
	assert_string_equal(stats_age_band_label(0), "30岁及以下");
	assert_string_equal(stats_age_band_label(1), "31至35岁");
	assert_string_equal(stats_age_band_label(7), "61岁及以上");
	assert_string_equal(stats_age_band_label(-1), "未知");
	/* Born on 29 February: a year older on 1 March of a common year. */
	assert_int_equal(band("1996-02-29", "2027-02-28"), 0);
	assert_int_equal(band("1996-02-29", "2027-03-01"), 1);
	assert_int_equal(band("1996-02-29", "2028-02-29"), 1);
}

static struct stats_person person(const char *join, const char *kind, const char *full,
				  const char *status, const char *status_date)
{
	return (struct stats_person){
		.sex = "男", .ethnicity = "汉族", .education = "大学本科", .category = "在职",
		.kind = kind, .status = status, .birth_date = "1980-01-01", .join_date = join,
		.full_date = full, .status_date = status_date,
	};
}

static void test_on_roster(void **state)
{
	(void)state;
	struct stats_person p = person("2026-05-20", "预备", "", "正常", "");
	assert_false(stats_on_roster(&p, day("2026-05-19")));
	assert_true(stats_on_roster(&p, day("2026-05-20")));
	/* Away, out of contact, suspended: still on the roster. */
	p.status = "流动";
	assert_true(stats_on_roster(&p, day("2026-11-20")));
	p.status = "停止党籍";
	assert_true(stats_on_roster(&p, day("2026-11-20")));
	/* Gone on the day of the status, on the roster the day before. */
	p = person("2000-07-01", "正式", "2001-07-01", "转出", "2026-06-30");
	assert_true(stats_on_roster(&p, day("2026-06-29")));
	assert_false(stats_on_roster(&p, day("2026-06-30")));
	/* Gone without a date: gone at any date. */
	p.status_date = "";
	assert_false(stats_on_roster(&p, day("2001-01-01")));
	/* No 入党日期: nowhere. */
	p = person("", "正式", "", "正常", "");
	assert_false(stats_on_roster(&p, day("2026-11-20")));
}

static void test_kind_on(void **state)
{
	(void)state;
	struct stats_person p = person("2025-03-01", "正式", "2026-03-01", "正常", "");
	assert_string_equal(stats_kind_on(&p, day("2026-02-28")), "预备");
	assert_string_equal(stats_kind_on(&p, day("2026-03-01")), "正式");
	p.full_date = "";   /* an old member without 转正日期 */
	assert_string_equal(stats_kind_on(&p, day("2026-03-01")), "正式");
	p.kind = "预备";
	assert_string_equal(stats_kind_on(&p, day("2026-11-20")), "预备");
}

static void test_minority_college_share(void **state)
{
	(void)state;
	assert_false(stats_is_minority("汉族"));
	assert_true(stats_is_minority("回族"));
	assert_true(stats_is_minority("维吾尔族"));
	assert_false(stats_is_minority(""));
	assert_false(stats_is_minority(NULL));
	assert_true(stats_is_college("研究生"));
	assert_true(stats_is_college("大学本科"));
	assert_true(stats_is_college("大学专科"));
	assert_false(stats_is_college("中专"));
	assert_false(stats_is_college(""));

	char s[16];
	stats_share(1, 8, s, sizeof s);
	assert_string_equal(s, "12.5%");
	stats_share(1, 3, s, sizeof s);
	assert_string_equal(s, "33.3%");
	stats_share(2, 3, s, sizeof s);
	assert_string_equal(s, "66.7%");
	stats_share(1, 16, s, sizeof s);    /* 6.25% rounds half up */
	assert_string_equal(s, "6.3%");
	stats_share(5, 5, s, sizeof s);
	assert_string_equal(s, "100.0%");
	stats_share(0, 0, s, sizeof s);
	assert_string_equal(s, "0.0%");
}

static long long row_n(const struct stats *s, enum stats_part part, const char *label)
{
	for (int i = 0; i < s->parts[part].count; i++)
		if (!strcmp(s->parts[part].rows[i].label, label))
			return s->parts[part].rows[i].n;
	return -1; /* no such row */
}

static void test_count(void **state)
{
	(void)state;
	struct stats s;
	stats_init(&s, day("2026-11-20"));
	stats_add_group(&s, 7, "第一党小组");
	stats_add_group(&s, 3, "第二党小组");
	stats_add_group(&s, 9, "第三党小组");

	struct stats_person a = person("2018-06-01", "正式", "2019-06-01", "正常", "");
	a.birth_date = "1995-11-20";   /* 31 today */
	a.group_id = 7;
	stats_add(&s, &a);
	struct stats_person b = person("2026-05-20", "预备", "", "正常", "");
	b.sex = "女";
	b.ethnicity = "回族";
	b.education = "中专";
	b.category = "学生";
	b.birth_date = "2000-02-29";
	b.group_id = 3;
	stats_add(&s, &b);
	struct stats_person c = person("2025-03-01", "正式", "2026-03-01", "正常", "");
	c.ethnicity = "";
	c.education = "";
	c.birth_date = "";
	stats_add(&s, &c);             /* no group, no birth date */
	struct stats_person gone = person("1980-01-01", "正式", "1981-01-01", "去世", "2026-08-15");
	gone.group_id = 7;
	stats_add(&s, &gone);
	struct stats_person last_year = person("1980-01-01", "正式", "1981-01-01", "转出", "2025-12-20");
	stats_add(&s, &last_year);
	stats_finish(&s);

	assert_int_equal(s.total, 3);
	assert_int_equal(row_n(&s, STATS_TOTAL, "合计"), 3);
	assert_int_equal(row_n(&s, STATS_SEX, "男"), 2);
	assert_int_equal(row_n(&s, STATS_SEX, "女"), 1);
	assert_int_equal(row_n(&s, STATS_SEX, "未填"), -1);      /* optional, 0: left out */
	assert_int_equal(row_n(&s, STATS_ETHNICITY, "汉族"), 1);
	assert_int_equal(row_n(&s, STATS_ETHNICITY, "少数民族"), 1);
	assert_int_equal(row_n(&s, STATS_ETHNICITY, "未填"), 1);
	assert_int_equal(row_n(&s, STATS_EDUCATION, "大专及以上"), 1);
	assert_true(s.parts[STATS_EDUCATION].rows[0].subtotal);
	assert_int_equal(stats_chart_first(&s, STATS_EDUCATION), 1);
	assert_int_equal(row_n(&s, STATS_EDUCATION, "大学本科"), 1);
	assert_int_equal(row_n(&s, STATS_EDUCATION, "中专"), 1);
	assert_int_equal(row_n(&s, STATS_EDUCATION, "研究生"), 0);
	assert_int_equal(row_n(&s, STATS_EDUCATION, "未填"), 1);
	assert_int_equal(row_n(&s, STATS_AGE, "30岁及以下"), 1);
	assert_int_equal(row_n(&s, STATS_AGE, "31至35岁"), 1);
	assert_int_equal(row_n(&s, STATS_AGE, "未知"), 1);
	assert_int_equal(row_n(&s, STATS_CATEGORY, "在职"), 2);
	assert_int_equal(row_n(&s, STATS_CATEGORY, "学生"), 1);
	/* Groups in the order given, empty ones too, then 未分组. */
	assert_int_equal(s.parts[STATS_GROUP].count, 4);
	assert_string_equal(s.parts[STATS_GROUP].rows[0].label, "第一党小组");
	assert_int_equal(s.parts[STATS_GROUP].rows[0].n, 1);
	assert_string_equal(s.parts[STATS_GROUP].rows[1].label, "第二党小组");
	assert_int_equal(s.parts[STATS_GROUP].rows[1].n, 1);
	assert_int_equal(s.parts[STATS_GROUP].rows[2].n, 0);
	assert_string_equal(s.parts[STATS_GROUP].rows[3].label, "未分组");
	assert_int_equal(s.parts[STATS_GROUP].rows[3].n, 1);
	assert_int_equal(row_n(&s, STATS_KIND, "正式党员"), 2);
	assert_int_equal(row_n(&s, STATS_KIND, "预备党员"), 1);
	/* The year's changes count those who left since. */
	assert_int_equal(row_n(&s, STATS_CHANGES, "入党"), 1);
	assert_int_equal(row_n(&s, STATS_CHANGES, "转正"), 1);
	assert_int_equal(row_n(&s, STATS_CHANGES, "去世"), 1);
	assert_int_equal(row_n(&s, STATS_CHANGES, "转出"), 0);
	assert_int_equal(row_n(&s, STATS_CHANGES, "出党"), 0);
	stats_done(&s);

	/* The same members on an earlier date: c was 预备, b not yet joined,
	 * the one who died still there. */
	stats_init(&s, day("2026-02-01"));
	stats_add(&s, &a);
	stats_add(&s, &b);
	stats_add(&s, &c);
	stats_add(&s, &gone);
	stats_finish(&s);
	assert_int_equal(s.total, 3);
	assert_int_equal(row_n(&s, STATS_KIND, "正式党员"), 2);
	assert_int_equal(row_n(&s, STATS_KIND, "预备党员"), 1);
	assert_int_equal(row_n(&s, STATS_AGE, "30岁及以下"), 1);  /* a is 30 on 2026-02-01 */
	assert_int_equal(row_n(&s, STATS_CHANGES, "入党"), 0);
	assert_int_equal(row_n(&s, STATS_CHANGES, "去世"), 0);
	assert_int_equal(row_n(&s, STATS_GROUP, "未分组"), 3);   /* no groups given */
	stats_done(&s);
}

/* A committee's statistics are its branches' added up, row by row by label;
 * an optional row one branch has (未填) appears; the groups stay out. */
static void test_merge(void **state)
{
	(void)state;
	struct stats one, two, all;
	stats_init(&one, day("2026-11-20"));
	stats_add_group(&one, 1, "第一党小组");
	struct stats_person a = person("2018-06-01", "正式", "2019-06-01", "正常", "");
	a.group_id = 1;
	stats_add(&one, &a);
	stats_finish(&one);
	stats_init(&two, day("2026-11-20"));
	struct stats_person b = person("2026-05-20", "预备", "", "正常", "");
	b.sex = "女";
	b.education = "";
	stats_add(&two, &b);
	stats_add(&two, &a);
	stats_finish(&two);

	stats_init(&all, day("2026-11-20"));
	stats_merge(&all, &one);
	stats_merge(&all, &two);
	stats_finish(&all);
	assert_int_equal(all.total, 3);
	assert_int_equal(row_n(&all, STATS_TOTAL, "合计"), 3);
	assert_int_equal(row_n(&all, STATS_SEX, "男"), 2);
	assert_int_equal(row_n(&all, STATS_SEX, "女"), 1);
	assert_int_equal(row_n(&all, STATS_EDUCATION, "未填"), 1);
	assert_int_equal(row_n(&all, STATS_EDUCATION, "大专及以上"), 2);
	assert_true(all.parts[STATS_EDUCATION].rows[0].subtotal);
	assert_int_equal(row_n(&all, STATS_KIND, "正式党员"), 2);
	assert_int_equal(row_n(&all, STATS_KIND, "预备党员"), 1);
	assert_int_equal(row_n(&all, STATS_CHANGES, "入党"), 1);
	assert_int_equal(all.parts[STATS_GROUP].count, 0);
	stats_done(&one);
	stats_done(&two);
	stats_done(&all);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_age_band_edges),
		cmocka_unit_test(test_on_roster),
		cmocka_unit_test(test_kind_on),
		cmocka_unit_test(test_minority_college_share),
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_merge),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
