/* Unit tests of the meeting rules: periods, compliance, quorum and
 * majority, 民主评议, and reading a minute's fields and text form. */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include "rules/meetings.h"
#include "rules/minute.h"

static struct date d(int y, int m, int dd)
{
	return (struct date){ y, m, dd };
}

static void assert_date(struct date got, int y, int m, int dd)
{
	assert_int_equal(got.y, y);
	assert_int_equal(got.m, m);
	assert_int_equal(got.d, dd);
}

static void assert_label(struct period p, const char *want)
{
	char label[PERIOD_LABEL_SIZE];
	period_format(p, label);
	assert_string_equal(label, want);
}

/* ---- Periods */

static void test_period_of(void **state)
{
	(void)state;
	assert_label(period_of(PERIOD_MONTH, d(2026, 10, 31)), "2026-10");
	assert_label(period_of(PERIOD_QUARTER, d(2026, 7, 1)), "2026Q3");
	assert_label(period_of(PERIOD_QUARTER, d(2026, 6, 30)), "2026Q2");
	assert_label(period_of(PERIOD_HALF, d(2026, 6, 30)), "2026H1");
	assert_label(period_of(PERIOD_HALF, d(2026, 7, 1)), "2026H2");
	assert_label(period_of(PERIOD_YEAR, d(2026, 12, 31)), "2026");
}

static void test_period_bounds(void **state)
{
	(void)state;
	struct period feb = period_of(PERIOD_MONTH, d(2024, 2, 10));
	assert_date(period_first_day(feb), 2024, 2, 1);
	assert_date(period_last_day(feb), 2024, 2, 29);          /* leap year */
	assert_date(period_last_day(period_of(PERIOD_MONTH, d(2026, 2, 1))), 2026, 2, 28);
	struct period q3 = period_of(PERIOD_QUARTER, d(2026, 8, 15));
	assert_date(period_first_day(q3), 2026, 7, 1);
	assert_date(period_last_day(q3), 2026, 9, 30);
	struct period h2 = period_of(PERIOD_HALF, d(2026, 11, 20));
	assert_date(period_first_day(h2), 2026, 7, 1);
	assert_date(period_last_day(h2), 2026, 12, 31);
	struct period y = period_of(PERIOD_YEAR, d(2026, 3, 3));
	assert_date(period_first_day(y), 2026, 1, 1);
	assert_date(period_last_day(y), 2026, 12, 31);
}

static void test_period_next_and_parse(void **state)
{
	(void)state;
	assert_label(period_next(period_of(PERIOD_MONTH, d(2026, 12, 1))), "2027-01");
	assert_label(period_next(period_of(PERIOD_QUARTER, d(2026, 12, 1))), "2027Q1");
	assert_label(period_next(period_of(PERIOD_HALF, d(2026, 1, 1))), "2026H2");
	assert_label(period_next(period_of(PERIOD_YEAR, d(2026, 1, 1))), "2027");
	assert_int_equal(periods_per_year(PERIOD_MONTH), 12);
	assert_int_equal(periods_per_year(PERIOD_HALF), 2);

	static const char *const good[] = { "2026-10", "2026Q3", "2026H2", "2026", NULL };
	for (const char *const *s = good; *s; s++) {
		struct period p;
		assert_true(period_parse(*s, &p));
		assert_label(p, *s);
	}
	struct period p;
	assert_true(period_parse("2026q1", &p));
	assert_label(p, "2026Q1");
	static const char *const bad[] = { "2026-13", "2026Q5", "2026H3", "26", "2026-1x", "abc", "", NULL };
	for (const char *const *s = bad; *s; s++)
		assert_false(period_parse(*s, &p));
}

/* ---- Requirements and compliance */

static void test_requirement_defaults(void **state)
{
	(void)state;
	struct meeting_requirement r[MK_COUNT];
	meeting_requirements_default(r);
	assert_int_equal(r[MK_GENERAL].period, PERIOD_QUARTER);
	assert_int_equal(r[MK_GENERAL].count, 1);
	assert_int_equal(r[MK_COMMITTEE].period, PERIOD_MONTH);
	assert_int_equal(r[MK_GROUP].period, PERIOD_MONTH);
	assert_true(r[MK_GROUP].per_group);
	assert_false(r[MK_COMMITTEE].per_group);
	assert_int_equal(r[MK_LECTURE].period, PERIOD_QUARTER);
	assert_int_equal(r[MK_THEME_DAY].period, PERIOD_MONTH);
	assert_int_equal(r[MK_ORG_LIFE].period, PERIOD_YEAR);
	assert_int_equal(r[MK_EVALUATION].period, PERIOD_YEAR);
	assert_int_equal(r[MK_DEMOCRATIC_LIFE].count, 0);
	assert_int_equal(r[MK_OTHER].count, 0);
	char text[128];
	meeting_requirement_describe(&r[MK_GROUP], text, sizeof text);
	assert_string_equal(text, "1 a month, each party group");
	meeting_requirement_describe(&r[MK_OTHER], text, sizeof text);
	assert_string_equal(text, "not required");
	struct meeting_requirement half = { PERIOD_HALF, 2, false };
	meeting_requirement_describe(&half, text, sizeof text);
	assert_string_equal(text, "2 every half-year");
}

static void test_state_of(void **state)
{
	(void)state;
	struct date today = d(2026, 11, 20), since = d(2025, 1, 1);
	struct period oct = period_of(PERIOD_MONTH, d(2026, 10, 1));
	struct period nov = period_of(PERIOD_MONTH, today);
	struct period q4 = period_of(PERIOD_QUARTER, today);
	assert_int_equal(meeting_state_of(1, 1, oct, today, since), MSTATE_DONE);
	assert_int_equal(meeting_state_of(1, 3, oct, today, since), MSTATE_DONE);
	assert_int_equal(meeting_state_of(1, 0, oct, today, since), MSTATE_MISSING);
	assert_int_equal(meeting_state_of(2, 1, oct, today, since), MSTATE_MISSING);
	assert_int_equal(meeting_state_of(1, 0, nov, today, since), MSTATE_UPCOMING);
	assert_int_equal(meeting_state_of(1, 0, q4, today, since), MSTATE_UPCOMING);
	assert_int_equal(meeting_state_of(0, 0, oct, today, since), MSTATE_NOT_REQUIRED);
	/* The last day of the period is still in time. */
	assert_int_equal(meeting_state_of(1, 0, oct, d(2026, 10, 31), since), MSTATE_UPCOMING);
	assert_int_equal(meeting_state_of(1, 0, oct, d(2026, 11, 1), since), MSTATE_MISSING);
	/* Before records were kept: not counted, unless it was held. */
	struct period old = period_of(PERIOD_MONTH, d(2024, 12, 1));
	assert_int_equal(meeting_state_of(1, 0, old, today, since), MSTATE_NOT_REQUIRED);
	assert_int_equal(meeting_state_of(1, 1, old, today, since), MSTATE_DONE);
	/* A period that ends after records start counts whole. */
	struct period q = period_of(PERIOD_QUARTER, d(2024, 12, 1));
	assert_int_equal(meeting_state_of(1, 0, q, today, d(2024, 12, 15)), MSTATE_MISSING);
}

static void test_tracked_from(void **state)
{
	(void)state;
	struct date today = d(2026, 11, 20);
	assert_date(meeting_tracked_from("2025-03-01", "2020-01-01", today), 2025, 3, 1);
	assert_date(meeting_tracked_from("", "2020-01-01", today), 2020, 1, 1);
	assert_date(meeting_tracked_from(NULL, "", today), 2026, 11, 20);
	assert_date(meeting_tracked_from("not a date", NULL, today), 2026, 11, 20);
}

/* ---- Who attends, quorum and majority */

static void test_scope(void **state)
{
	(void)state;
	assert_int_equal(meeting_scope_of(MK_GENERAL, false), SCOPE_BRANCH);
	assert_int_equal(meeting_scope_of(MK_COMMITTEE, false), SCOPE_COMMITTEE);
	assert_int_equal(meeting_scope_of(MK_GROUP, true), SCOPE_GROUP);
	assert_int_equal(meeting_scope_of(MK_THEME_DAY, false), SCOPE_BRANCH);
	assert_int_equal(meeting_scope_of(MK_THEME_DAY, true), SCOPE_GROUP);
	assert_int_equal(meeting_scope_of(MK_TALK, false), SCOPE_LISTED);
	assert_true(meeting_kind_votes(MK_GENERAL));
	assert_true(meeting_kind_votes(MK_COMMITTEE));
	assert_false(meeting_kind_votes(MK_GROUP));
	assert_false(meeting_kind_allows_group(MK_GENERAL));
	assert_true(meeting_kind_allows_group(MK_LECTURE));
}

static struct vote_result vote(enum meeting_kind k, int voting_expected, int voting_present,
			       int yes, int no, int abstain, bool *valid)
{
	/* Two probationary members attend as well: they never count. */
	struct meeting_turnout t = { voting_expected + 2, voting_present + 2, voting_expected, voting_present };
	return meeting_vote_check(k, &t, yes, no, abstain, valid);
}

static void test_quorum(void **state)
{
	(void)state;
	bool valid;
	/* More than half of the 10 voting members must attend: 6 will do, 5 not. */
	struct vote_result r = vote(MK_GENERAL, 10, 6, 6, 0, 0, &valid);
	assert_true(valid);
	assert_true(r.quorate);
	assert_true(r.passed);
	assert_null(r.why);
	assert_string_equal(meeting_vote_result_name(&r), "通过");
	r = vote(MK_GENERAL, 10, 5, 5, 0, 0, &valid);
	assert_true(valid);
	assert_false(r.quorate);
	assert_false(r.passed);
	assert_string_equal(r.why, "not quorate: no more than half of the voting members attended");
	assert_string_equal(meeting_vote_result_name(&r), "不足法定人数");
	/* The committee: 3 of 5 is quorate. */
	r = vote(MK_COMMITTEE, 5, 3, 3, 0, 0, &valid);
	assert_true(r.quorate && r.passed);
	r = vote(MK_COMMITTEE, 5, 2, 2, 0, 0, &valid);
	assert_false(r.quorate);
}

static void test_majority(void **state)
{
	(void)state;
	bool valid;
	/* A motion needs more than half of those who should attend, not of
	 * those present: 5 of 10 fails even with 8 present. */
	struct vote_result r = vote(MK_GENERAL, 10, 8, 5, 2, 1, &valid);
	assert_true(valid);
	assert_true(r.quorate);
	assert_false(r.passed);
	assert_string_equal(r.why, "not passed: votes for are not more than half of the voting members who should attend");
	assert_string_equal(meeting_vote_result_name(&r), "未通过");
	r = vote(MK_GENERAL, 10, 8, 6, 2, 0, &valid);
	assert_true(r.passed);
	/* Odd numbers: 4 of 7 passes, 3 of 7 does not. */
	assert_true(vote(MK_GENERAL, 7, 7, 4, 3, 0, &valid).passed);
	assert_false(vote(MK_GENERAL, 7, 7, 3, 3, 1, &valid).passed);
}

static void test_vote_refused(void **state)
{
	(void)state;
	bool valid = true;
	struct vote_result r = vote(MK_GROUP, 10, 8, 8, 0, 0, &valid);
	assert_false(valid);
	assert_string_equal(r.why, "only a 支部党员大会 or a 支部委员会 decides by vote");
	r = vote(MK_GENERAL, 10, 6, 5, 1, 1, &valid);
	assert_false(valid);
	assert_string_equal(r.why, "more votes than voting members present");
	r = vote(MK_GENERAL, 10, 6, -1, 0, 0, &valid);
	assert_false(valid);
	/* Only probationary members expected: nobody can vote. */
	struct meeting_turnout t = { 3, 3, 0, 0 };
	r = meeting_vote_check(MK_GENERAL, &t, 0, 0, 0, &valid);
	assert_false(valid);
	assert_string_equal(r.why, "no voting (full) member was expected at this meeting: record its attendance first");
}

/* ---- 民主评议 */

static void test_grades(void **state)
{
	(void)state;
	assert_int_equal(grade_max_excellent(9), 3);
	assert_int_equal(grade_max_excellent(10), 3);
	assert_int_equal(grade_max_excellent(12), 4);
	assert_int_equal(grade_max_excellent(2), 0);
	assert_int_equal(grade_parse("优秀"), GRADE_EXCELLENT);
	assert_int_equal(grade_parse(" 基本合格 "), GRADE_BASIC);
	assert_int_equal(grade_parse("良好"), -1);
	char buf[256];
	struct grade_tally ok = { { 3, 5, 1, 0 } };
	assert_int_equal(grade_tally_total(&ok), 9);
	assert_null(grade_tally_check(&ok, buf, sizeof buf));
	struct grade_tally too_many = { { 4, 5, 0, 0 } };
	assert_string_equal(grade_tally_check(&too_many, buf, sizeof buf),
			    "4 graded 优秀 of 9: at most a third (3) may be");
	struct grade_tally none = { { 0 } };
	assert_null(grade_tally_check(&none, buf, sizeof buf));
	struct grade_tally one = { { 1, 0, 0, 0 } };
	assert_non_null(grade_tally_check(&one, buf, sizeof buf));
}

/* ---- Fields of a minute */

static void test_kinds_and_roles(void **state)
{
	(void)state;
	assert_int_equal(meeting_kind_parse("支部委员会"), MK_COMMITTEE);
	assert_int_equal(meeting_kind_parse("支委会"), MK_COMMITTEE);
	assert_int_equal(meeting_kind_parse("党员大会"), MK_GENERAL);
	assert_int_equal(meeting_kind_parse(" 党小组会 "), MK_GROUP);
	assert_int_equal(meeting_kind_parse("茶话会"), -1);
	assert_int_equal(period_kind_parse("季度"), PERIOD_QUARTER);
	assert_int_equal(period_kind_parse("每月"), PERIOD_MONTH);
	assert_int_equal(period_kind_parse("周"), -1);
	assert_int_equal(branch_role_parse("支部书记"), ROLE_SECRETARY);
	assert_int_equal(branch_role_parse("纪检委员"), ROLE_DISCIPLINE);
	assert_false(branch_role_single(ROLE_MEMBER));
	assert_true(branch_role_single(ROLE_DEPUTY));
}

static void test_time(void **state)
{
	(void)state;
	char t[6];
	const char *why;
	static const char *const good[][2] = {
		{ "9:00", "09:00" }, { "09:05", "09:05" }, { "14：30", "14:30" }, { "14时30分", "14:30" },
		{ "9点", "09:00" }, { " 23:59 ", "23:59" },
		{ "1600", "16:00" }, { "0930", "09:30" },
	};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		assert_true(meeting_time_parse(good[i][0], t, &why));
		assert_string_equal(t, good[i][1]);
	}
	static const char *const bad[] = { "24:00", "9:5", "9", "9:60", "下午", "", "160", "16000", "2460", NULL };
	for (const char *const *s = bad; *s; s++) {
		why = NULL;
		assert_false(meeting_time_parse(*s, t, &why));
		assert_string_equal(why, "not a time of day (use HH:MM, e.g. 14:30)");
	}
}

struct names {
	char text[512];
};

static void collect(void *ctx, const char *name, const char *reason)
{
	struct names *n = ctx;
	strcat(n->text, name);
	strcat(n->text, "|");
	strcat(n->text, reason);
	strcat(n->text, ";");
}

static void assert_names(const char *list, const char *want)
{
	struct names n = { "" };
	assert_null(name_list_parse(list, collect, &n));
	assert_string_equal(n.text, want);
}

static void assert_list_refused(const char *list, const char *why)
{
	struct names n = { "" };
	assert_string_equal(name_list_parse(list, collect, &n), why);
}

static void test_name_lists(void **state)
{
	(void)state;
	assert_names("张三、李四(出差)、王五（病假）", "张三|;李四|出差;王五|病假;");
	assert_names("张三，李四, 王五；赵六;欧阳建国", "张三|;李四|;王五|;赵六|;欧阳建国|;");
	assert_names(" 张三 、、 李四 ", "张三|;李四|;");
	assert_names("张三（出差、培训）、李四(照顾（生病的）家人)", "张三|出差、培训;李四|照顾（生病的）家人;");
	assert_names("#12、张三（ 事假 ）", "#12|;张三|事假;");
	assert_names("", "");
	assert_list_refused("张三(出差", "a bracket is not closed");
	assert_list_refused("（出差）", "a reason in brackets has no name before it");
	assert_list_refused("张三)", "a closing bracket without an opening one");
	assert_list_refused("张三(出差)李四", "put 、 between the names");
}

static void problem(void *ctx, enum minute_field f, const char *why)
{
	char *out = ctx;
	strcat(out, f < MIN_COUNT ? minute_fields[f].header : "-");
	strcat(out, ": ");
	strcat(out, why);
	strcat(out, "\n");
}

static void test_minute_fields(void **state)
{
	(void)state;
	struct meeting m;
	meeting_init(&m);
	assert_null(minute_set_field(&m, MIN_KIND, "支委会"));
	assert_int_equal(m.kind, MK_COMMITTEE);
	assert_string_equal(minute_set_field(&m, MIN_KIND, "茶话会"),
			    "must be one of 支部党员大会, 支部委员会, 党小组会, 党课, 主题党日, "
			    "组织生活会, 民主生活会, 民主评议党员, 谈心谈话, 其他");
	assert_string_equal(minute_set_field(&m, MIN_DATE, ""), "required");
	assert_null(minute_set_field(&m, MIN_DATE, "2026年10月8日"));
	assert_string_equal(m.date, "2026-10-08");
	assert_null(minute_set_field(&m, MIN_START, "14:30"));
	assert_null(minute_set_field(&m, MIN_END, "16:00"));
	/* 议题 as typed: the numbering is the secretary's (issue 20). */
	assert_null(minute_set_field(&m, MIN_AGENDA, "1. 研究发展党员工作\n2、讨论党费\n（3）其他事项\n\n"));
	assert_string_equal(m.agenda, "1. 研究发展党员工作\n2、讨论党费\n（3）其他事项");
	assert_null(minute_set_field(&m, MIN_AGENDA, "一、传达学习\n（一）学习党章\n三、其他事项\n（四）讨论党费\n1.5倍课时补贴"));
	assert_string_equal(m.agenda, "一、传达学习\n（一）学习党章\n三、其他事项\n（四）讨论党费\n1.5倍课时补贴");
	assert_null(minute_set_field(&m, MIN_DISCUSSION, "\n\n　　第一段。  \n\n第二段。\n\n"));
	assert_string_equal(m.discussion, "　　第一段。\n\n第二段。");
	assert_null(minute_set_field(&m, MIN_ABSENT, "王五(出差)"));
	assert_null(minute_set_field(&m, MIN_PRESENT, "张三、李四"));
	assert_int_equal(m.natt, 3);
	assert_false(m.att[0].present);
	assert_string_equal(m.att[0].reason, "出差");
	assert_string_equal(m.att[2].name, "李四");

	char out[1024] = "";
	assert_int_equal(minute_check(&m, d(2026, 11, 20), problem, out), 0);
	assert_int_equal(minute_check(&m, d(2026, 10, 1), problem, out), 1);
	assert_string_equal(out, "日期: is in the future\n");

	/* A 党小组会 needs its group; the branch's own meetings have none. */
	out[0] = '\0';
	m.kind = MK_GROUP;
	assert_null(minute_set_field(&m, MIN_END, "14:00"));
	assert_null(minute_set_field(&m, MIN_ABSENT, "李四"));
	assert_int_equal(minute_check(&m, d(2026, 11, 20), problem, out), 3);
	assert_string_equal(out, "党小组: a 党小组会 names its party group\n"
				 "结束时间: is before the start time\n"
				 "缺席: 李四 is listed twice\n");
	out[0] = '\0';
	m.kind = MK_GENERAL;
	m.natt = 3;
	assert_null(minute_set_field(&m, MIN_GROUP, "第一党小组"));
	assert_null(minute_set_field(&m, MIN_END, "16:00"));
	assert_int_equal(minute_check(&m, d(2026, 11, 20), problem, out), 1);
	assert_string_equal(out, "党小组: a meeting of the whole branch belongs to no party group\n");
	meeting_done(&m);
}

static void test_minute_text(void **state)
{
	(void)state;
	struct meeting m, back;
	meeting_init(&m);
	meeting_init(&back);
	assert_null(minute_set_field(&m, MIN_KIND, "党课"));
	assert_null(minute_set_field(&m, MIN_DATE, "2026-09-15"));
	assert_null(minute_set_field(&m, MIN_TITLE, "专题党课：学党史"));
	assert_null(minute_set_field(&m, MIN_SPEAKER, "学院党委书记 陈志远"));
	assert_null(minute_set_field(&m, MIN_PRESENT, "张三、李四"));
	assert_null(minute_set_field(&m, MIN_ABSENT, "王五（出差）"));
	assert_null(minute_set_field(&m, MIN_AGENDA, "学党史\n谈体会"));
	assert_null(minute_set_field(&m, MIN_DISCUSSION, "第一行\n\n第三行：有冒号"));
	char *text = minute_to_text(&m, true);
	char out[1024] = "";
	assert_int_equal(minute_from_text(&back, text, true, problem, out), 0);
	assert_string_equal(out, "");
	assert_int_equal(back.kind, MK_LECTURE);
	assert_string_equal(back.date, "2026-09-15");
	assert_string_equal(back.title, m.title);
	assert_string_equal(back.speaker, m.speaker);
	assert_string_equal(back.agenda, "学党史\n谈体会");
	assert_string_equal(back.discussion, "第一行\n\n第三行：有冒号");
	assert_int_equal(back.natt, 3);
	assert_string_equal(back.att[2].name, "王五");
	assert_string_equal(back.att[2].reason, "出差");
	char *again = minute_to_text(&back, true);
	assert_string_equal(again, text);
	free(again);
	free(text);

	/* Without attendance: 出席 and 缺席 are not part of the text. */
	text = minute_to_text(&m, false);
	assert_null(strstr(text, "出席："));
	free(text);
	meeting_done(&back);
	meeting_init(&back);
	assert_int_equal(minute_from_text(&back, "开场白\n类型：党课\n出席：张三\n主题: a\nb\n# comment\n", false,
					  problem, out), 3);
	assert_string_equal(out, "-: a line before the first field\n"
				 "出席: attendance is recorded apart from the minute's text\n"
				 "主题: takes one line\n");
	assert_string_equal(back.title, "a");
	meeting_done(&back);
	meeting_done(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period_of),
		cmocka_unit_test(test_period_bounds),
		cmocka_unit_test(test_period_next_and_parse),
		cmocka_unit_test(test_requirement_defaults),
		cmocka_unit_test(test_state_of),
		cmocka_unit_test(test_tracked_from),
		cmocka_unit_test(test_scope),
		cmocka_unit_test(test_quorum),
		cmocka_unit_test(test_majority),
		cmocka_unit_test(test_vote_refused),
		cmocka_unit_test(test_grades),
		cmocka_unit_test(test_kinds_and_roles),
		cmocka_unit_test(test_time),
		cmocka_unit_test(test_name_lists),
		cmocka_unit_test(test_minute_fields),
		cmocka_unit_test(test_minute_text),
	};
	return cmocka_run_group_tests_name("meetings", tests, NULL, NULL);
}
