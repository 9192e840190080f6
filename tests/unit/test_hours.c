/* 学时 (records.md C5): each counting rule of issue 17 — the spread of a
 * training over its days, the daily cap across a 党课 and a 主题党日 on the
 * same day, no rounding per meeting, pro rata required hours, a minute
 * without times, the 支委会 tag — on the pure rules and through the
 * database (one read of the attendance for the branch). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"

#include "core/date.h"
#include "db/db.h"
#include "db/member.h"
#include "db/role.h"
#include "db/training.h"
#include "report/hours.h"
#include "report/todo.h"
#include "rules/hours.h"
#include "rules/roster.h"
#include "rules/talks.h"

static void test_spread(void **state)
{
	(void)state;
	/* 1000 minutes over 3 days: the remainder on the first. */
	assert_int_equal(hours_spread(1000, 3, 0), 334);
	assert_int_equal(hours_spread(1000, 3, 1), 333);
	assert_int_equal(hours_spread(1000, 3, 2), 333);
	assert_int_equal(hours_spread(480, 1, 0), 480);
}

static void test_daily_cap(void **state)
{
	(void)state;
	/* A 党课 of 300 and a 主题党日 of 300 on one day: 480 count. */
	assert_int_equal(hours_cap_day(300 + 300, 480), 480);
	assert_int_equal(hours_cap_day(60, 480), 60);
	assert_int_equal(hours_cap_day(600, 0), 600);
}

static void test_format(void **state)
{
	(void)state;
	char t[HOURS_TEXT_SIZE];
	/* 8 党小组会 of 50 minutes: 400 minutes = 6.7, not 8 × 0.8. */
	hours_format(8 * 50, 60, t);
	assert_string_equal(t, "6.7");
	hours_format(3, 60, t); /* 0.05 -> 0.1: half up */
	assert_string_equal(t, "0.1");
	hours_format(2, 60, t);
	assert_string_equal(t, "0.0");
	hours_format(-720, 60, t);
	assert_string_equal(t, "-12.0");
	hours_format(-3, 60, t);
	assert_string_equal(t, "-0.1");
	hours_format(1200, 60, t);
	assert_string_equal(t, "20.0");
}

static void test_required(void **state)
{
	(void)state;
	struct date oct = { 2026, 10, 15 }, march = { 2026, 3, 2 }, old = { 2001, 7, 1 };
	assert_int_equal(hours_months_on_roster(2026, &oct, NULL), 3);
	assert_int_equal(hours_required(32, 3), 8);      /* joined in October */
	assert_int_equal(hours_months_on_roster(2026, &old, &march), 3);
	assert_int_equal(hours_required(56, 3), 14);
	assert_int_equal(hours_required(32, 1), 3);      /* 2.67 rounded up */
	assert_int_equal(hours_months_on_roster(2026, &old, NULL), 12);
	assert_int_equal(hours_required(32, 12), 32);
	struct date later = { 2027, 1, 1 };
	assert_int_equal(hours_months_on_roster(2026, &later, NULL), 0);
}

static void test_parse(void **state)
{
	(void)state;
	int m;
	const char *why;
	assert_true(hours_parse("8", 60, &m, &why));
	assert_int_equal(m, 480);
	assert_true(hours_parse("1.5", 60, &m, &why));
	assert_int_equal(m, 90);
	assert_true(hours_parse("0.25", 60, &m, &why));
	assert_int_equal(m, 15);
	assert_false(hours_parse("0", 60, &m, &why));
	assert_false(hours_parse("1.555", 60, &m, &why));
	assert_false(hours_parse("八", 60, &m, &why));
	assert_false(hours_parse("", 60, &m, &why));
	struct hours_settings s;
	hours_settings_default(&s);
	assert_null(hours_count_kinds_parse(&s, "党课、主题党日"));
	assert_true(s.count_kind[MK_LECTURE] && s.count_kind[MK_THEME_DAY] && !s.count_kind[MK_GROUP]);
	assert_non_null(hours_count_kinds_parse(&s, "党课、午餐"));
}

static void test_talks_coverage(void **state)
{
	(void)state;
	/* Committee 1 (secretary), 2, 3; members 10, 11, 12. */
	long long committee[] = { 1, 2, 3 }, members[] = { 10, 11, 12 };
	bool secretary[] = { true, false, false };
	struct talk_party p[] = {
		{ 100, 1, true }, { 100, 2, false },                   /* 1-2 */
		{ 101, 2, true }, { 101, 10, false }, { 101, 11, false }, /* 2 with 10 and 11 */
		{ 102, 10, true }, { 102, 3, false },                  /* a member talks to 3: counts */
		{ 103, 11, false }, { 103, 12, false },                /* nobody talked: counts for nothing */
	};
	struct talks_coverage c = { committee, 3, secretary, members, 3, false, NULL, NULL, NULL, 0, NULL };
	talks_coverage_count(&c, p, sizeof p / sizeof p[0]);
	assert_int_equal(c.pairs[0 * 3 + 1], 1);   /* 1-2 */
	assert_int_equal(c.pairs[0 * 3 + 2], 0);   /* 1-3 missing */
	assert_int_equal(c.pairs[1 * 3 + 2], 0);   /* 2-3 missing */
	assert_int_equal(talks_missing_pairs(&c), 2);
	assert_int_equal(c.member_talks[0], 2);    /* 10: talks 101 and 102 */
	assert_int_equal(c.member_talks[1], 1);
	assert_int_equal(c.member_talks[2], 0);
	assert_int_equal(talks_missing_members(&c), 1);
	talks_coverage_done(&c);
	/* talks.member_with = 书记: only talks with 1 count. */
	c.with_secretary = true;
	talks_coverage_count(&c, p, sizeof p / sizeof p[0]);
	assert_int_equal(talks_missing_members(&c), 3);
	assert_null(c.people_bits);                /* talks.member_pairs off: nothing counted */
	assert_int_equal(talks_missing_people_pairs(&c), 0);
	talks_coverage_done(&c);
}

/* talks.member_pairs: every two people on the roster, one of them the talker. */
static void test_talks_people_pairs(void **state)
{
	(void)state;
	long long committee[] = { 1, 2, 3 }, members[] = { 10, 11, 12 }, people[] = { 12, 1, 10, 2, 11, 3 };
	bool secretary[] = { true, false, false };
	struct talk_party p[] = {
		{ 100, 1, true }, { 100, 2, false },                      /* 1-2 */
		{ 101, 2, true }, { 101, 10, false }, { 101, 11, false }, /* 2-10, 2-11; not 10-11 */
		{ 102, 10, true }, { 102, 3, false }, { 102, 99, false }, /* 10-3; 99 has left */
		{ 103, 11, true }, { 103, 12, true },                     /* two talkers: 11-12 */
		{ 104, 12, true }, { 104, 1, false },                     /* 12-1 */
		{ 105, 1, true }, { 105, 12, false },                     /* 1-12 again */
	};
	struct talks_coverage c = { committee, 3, secretary, members, 3, false, NULL, NULL, people, 6, NULL };
	talks_coverage_count(&c, p, sizeof p / sizeof p[0]);
	assert_true(talks_people_talked(&c, 1, 3));  /* 1-2 */
	assert_true(talks_people_talked(&c, 3, 1));
	assert_true(talks_people_talked(&c, 3, 2));  /* 2-10 */
	assert_true(talks_people_talked(&c, 3, 4));  /* 2-11 */
	assert_false(talks_people_talked(&c, 2, 4)); /* 10-11: neither talked */
	assert_true(talks_people_talked(&c, 2, 5));  /* 10-3 */
	assert_true(talks_people_talked(&c, 0, 4));  /* 11-12 */
	assert_true(talks_people_talked(&c, 0, 1));  /* 12-1, twice: one pair */
	assert_false(talks_people_talked(&c, 0, 5)); /* 12-3 */
	assert_int_equal(talks_missing_people_pairs(&c), 15 - 6);
	assert_int_equal(talks_missing_pairs(&c), 2); /* the committee's pairs as before */
	talks_coverage_done(&c);
	assert_null(c.people_bits);

	/* The largest roster counted: the last pair's bit. */
	long long many[TALKS_PEOPLE_MAX];
	for (size_t i = 0; i < TALKS_PEOPLE_MAX; i++)
		many[i] = (long long)i + 1000;
	struct talk_party last[] = { { 1, 1000 + TALKS_PEOPLE_MAX - 1, true }, { 1, 1000 + TALKS_PEOPLE_MAX - 2, false } };
	struct talks_coverage m = { committee, 0, secretary, members, 0, false, NULL, NULL, many, TALKS_PEOPLE_MAX, NULL };
	talks_coverage_count(&m, last, 2);
	assert_true(talks_people_talked(&m, TALKS_PEOPLE_MAX - 2, TALKS_PEOPLE_MAX - 1));
	assert_false(talks_people_talked(&m, 0, TALKS_PEOPLE_MAX - 1));
	assert_int_equal(talks_missing_people_pairs(&m), TALKS_PEOPLE_MAX * (TALKS_PEOPLE_MAX - 1) / 2 - 1);
	talks_coverage_done(&m);
}

/* ---- Through the database */

struct fixture {
	char dir[64];
	struct db *db;
};

static int setup_db(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char *err = NULL, path[128];
	strcpy(f->dir, "/tmp/zhibu-test-hours-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	setenv("ZHIBU_TODAY", "2026-12-05", 1);
	snprintf(path, sizeof path, "%s/t.db", f->dir);
	f->db = db_open(path, DB_CREATE, &err);
	assert_non_null(f->db);
	*state = f;
	return 0;
}

static int teardown_db(void **state)
{
	struct fixture *f = *state;
	char cmd[160];
	db_close(f->db);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f);
	return 0;
}

static long long add_member(struct db *db, const char *name, const char *idnum, const char *joined)
{
	struct member m;
	member_init(&m);
	strcpy(m.name, name);
	strcpy(m.sex, "男");
	strcpy(m.id_number, idnum);
	strcpy(m.kind, "正式");
	strcpy(m.category, "在职");
	strcpy(m.join_date, joined);
	assert_true(member_insert(db, &m));
	return m.id;
}

static const struct hours_row *row_of(const struct hours_year *y, long long id)
{
	for (size_t i = 0; i < y->nrows; i++)
		if (y->rows[i].m.id == id)
			return &y->rows[i];
	fail_msg("member %lld is not in the year", id);
	return NULL;
}

static void test_year(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	long long a = add_member(db, "甲", "110101199001011234", "2001-07-01");
	long long b = add_member(db, "乙", "110101199001021234", "2026-10-15");
	assert_true(role_assign(db, ROLE_SECRETARY, a, "2020-01-01"));
	/* A 党课 of 300 minutes and a 主题党日 of 300 on 03-02 (cap 480); a
	 * 党小组会 without times; a 支委会 of 60, tagged, and one not tagged. */
	assert_true(db_exec(db,
		"INSERT INTO party_groups(id, name) VALUES (1, '一组');"
		"INSERT INTO meetings(id, kind, title, date, start_time, end_time) VALUES "
		" (1, '党课', '党课', '2026-03-02', '08:00', '13:00'),"
		" (2, '主题党日', '主题党日', '2026-03-02', '14:00', '19:00'),"
		" (4, '支部委员会', '学习', '2026-04-01', '09:00', '10:00'),"
		" (5, '支部委员会', '工作', '2026-04-02', '09:00', '10:00');"
		"INSERT INTO meetings(id, kind, title, date, group_id) VALUES (3, '党小组会', '无时间', '2026-03-10', 1);"
		"INSERT INTO meeting_attendance(meeting_id, member_id, present) VALUES "
		" (1, 1, 1), (2, 1, 1), (3, 1, 1), (4, 1, 1), (5, 1, 1), (1, 2, 0);"
		"INSERT INTO meeting_tags(meeting_id, tag) VALUES (4, '理论学习');"));
	/* A 3-day 集中培训 of 1000 minutes, the last day in the next year. */
	struct training t = { 0, "集中轮训", TK_CENTRAL, "党校", "2026-12-30", "2027-01-01", 1000, true, true };
	assert_true(training_insert(db, &t));
	assert_true(training_add_person(db, t.id, a, 0));
	assert_true(training_add_person(db, t.id, b, 0));

	struct hours_year y;
	assert_true(hours_year_load(db, 2026, (struct date){ 2026, 12, 31 }, 0, &y));
	const struct hours_row *ra = row_of(&y, a), *rb = row_of(&y, b);
	/* 480 (capped day) + 60 (tagged 支委会) + 334 + 333 (the training's 2026 days). */
	assert_int_equal(ra->total, 480 + 60 + 334 + 333);
	assert_int_equal(ra->kind_minutes[MK_LECTURE], 300);
	assert_int_equal(ra->kind_minutes[MK_COMMITTEE], 60);
	assert_int_equal(ra->kind_minutes[MK_GROUP], 0);
	assert_int_equal(ra->centralized, 1);
	assert_int_equal(ra->required, 56);
	assert_int_equal(ra->m.identity, HID_SECRETARY);
	assert_int_equal(rb->required, 8);          /* joined in October */
	assert_int_equal(rb->total, 334 + 333);
	/* The minute without times is listed once, counted 0. */
	assert_int_equal(y.nitems, 1);
	assert_int_equal(y.items[0].id, 3);
	hours_year_done(&y);

	/* One member's detail: every counted minute and training, the one without times too. */
	assert_true(hours_year_load(db, 2026, (struct date){ 2026, 12, 31 }, a, &y));
	assert_int_equal(y.nrows, 1);
	assert_int_equal(y.nitems, 5);
	hours_year_done(&y);

	/* As of 12-05 the training has not happened: the to-dos from 12-01. */
	struct todo_list l;
	todo_list_init(&l, (struct date){ 2026, 12, 5 }, 30);
	assert_true(hours_todo(db, &l));
	assert_int_equal(l.count, 3);
	bool short_a = false, central_a = false;
	for (size_t i = 0; i < l.count; i++) {
		short_a |= !strcmp(l.items[i].item, "甲 学时 9.0/56");
		central_a |= !strcmp(l.items[i].item, "甲（支委）未参加集中培训");
		assert_string_equal(l.items[i].due, "2026-12-31");
	}
	assert_true(short_a && central_a);
	todo_list_done(&l);
	/* Before 12-01: nothing. */
	todo_list_init(&l, (struct date){ 2026, 11, 30 }, 30);
	assert_true(hours_todo(db, &l));
	assert_int_equal(l.count, 0);
	todo_list_done(&l);
}

/* The trainings kept as spans: a training day with a meeting is capped with
 * it, and two trainings on one day (a "heavy" member) are capped day by day. */
static void test_training_cap(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	long long a = add_member(db, "甲", "110101199001011234", "2001-07-01");
	long long b = add_member(db, "乙", "110101199001021234", "2001-07-01");
	assert_true(db_exec(db,
		"INSERT INTO meetings(id, kind, title, date, start_time, end_time) VALUES "
		" (1, '党课', '党课', '2026-05-02', '08:00', '13:00');"
		"INSERT INTO meeting_attendance(meeting_id, member_id, present) VALUES (1, 1, 1), (1, 2, 1);"));
	/* 900 minutes over 05-01..05-03: 300 a day; with the 党课 on 05-02 that day is 600, capped 480. */
	struct training t = { 0, "轮训", TK_CENTRAL, "党校", "2026-05-01", "2026-05-03", 900, true, true };
	assert_true(training_insert(db, &t));
	assert_true(training_add_person(db, t.id, a, 0));
	assert_true(training_add_person(db, t.id, b, 0));
	/* 乙 also a 600-minute lecture on 05-03 and 05-04: 300 a day; 05-03 is 600, capped 480. */
	struct training u = { 0, "讲座", TK_LECTURE, "学院", "2026-05-03", "2026-05-04", 600, false, true };
	assert_true(training_insert(db, &u));
	assert_true(training_add_person(db, u.id, b, 0));

	struct hours_year y;
	assert_true(hours_year_load(db, 2026, (struct date){ 2026, 12, 31 }, 0, &y));
	const struct hours_row *ra = row_of(&y, a), *rb = row_of(&y, b);
	assert_int_equal(ra->total, 300 + 480 + 300);
	assert_int_equal(rb->total, 300 + 480 + 480 + 300);
	assert_int_equal(rb->central_minutes, 900);
	assert_int_equal(rb->other_minutes, 600);
	hours_year_done(&y);
	/* The totals alone (the to-dos, the 述职数据表): the same, without minutes by kind. */
	assert_true(hours_year_totals(db, 2026, (struct date){ 2026, 12, 31 }, &y));
	assert_int_equal(row_of(&y, b)->total, 300 + 480 + 480 + 300);
	assert_int_equal(row_of(&y, a)->kind_minutes[MK_LECTURE], 0);
	hours_year_done(&y);
	/* As of 05-03: 05-04 is not counted yet. */
	assert_true(hours_year_load(db, 2026, (struct date){ 2026, 5, 3 }, 0, &y));
	assert_int_equal(row_of(&y, b)->total, 300 + 480 + 480);
	hours_year_done(&y);
}

static void count_member(void *ctx, const struct hours_member *m)
{
	(void)m;
	(*(int *)ctx)++;
}

static int members_of(struct db *db, int year)
{
	int n = 0;
	assert_true(hours_members_each(db, year, 0, count_member, &n));
	return n;
}

/* The member list is read once for the 学时 and 谈话 to-dos, and read again
 * after any write: by this connection, or committed by another one. */
static void test_member_list_kept(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	add_member(db, "甲", "110101199001011234", "2001-07-01");
	assert_int_equal(members_of(db, 2026), 1);
	assert_int_equal(members_of(db, 2026), 1);
	add_member(db, "乙", "110101199001021234", "2020-07-01");
	assert_int_equal(members_of(db, 2026), 2);
	assert_int_equal(members_of(db, 2019), 1); /* another year: read for it */
	assert_int_equal(members_of(db, 2026), 2);
	char *err = NULL, path[128];
	snprintf(path, sizeof path, "%s/t.db", f->dir);
	struct db *other = db_open(path, DB_EXISTING, &err);
	assert_non_null(other);
	add_member(other, "丙", "110101199001031234", "2021-07-01");
	db_close(other);
	assert_int_equal(members_of(db, 2026), 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spread),
		cmocka_unit_test(test_daily_cap),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_required),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_talks_coverage),
		cmocka_unit_test(test_talks_people_pairs),
		cmocka_unit_test_setup_teardown(test_year, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_training_cap, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_member_list_kept, setup_db, teardown_db),
	};
	return cmocka_run_group_tests(tests, 0, 0);
}
