/* Unit tests of the 首页 summary (report/home.c, db/home.c): the schema
 * keeps every write visible to the fingerprint (a new table that logs
 * nothing must be read by it), the fingerprint follows writes and not
 * reads, the cache gives back what was written only for the same
 * fingerprint and day and survives a damaged file, the political birthdays
 * of a month. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/home.h"
#include "db/member.h"
#include "report/home.h"

struct fixture {
	char dir[64];
	struct db *db;
};

static int setup_db(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char *err = NULL, path[128];
	strcpy(f->dir, "/tmp/zhibu-test-home-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(path, sizeof path, "%s/cache", f->dir);
	setenv("XDG_CACHE_HOME", path, 1);
	setenv("ZHIBU_TODAY", "2026-11-20", 1);
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

static long long add_member(struct db *db, const char *name, const char *idnum, const char *kind,
			    const char *joined, const char *status)
{
	struct member m;
	member_init(&m);
	strcpy(m.name, name);
	strcpy(m.sex, idnum[16] % 2 ? "男" : "女");
	strcpy(m.id_number, idnum);
	strcpy(m.kind, kind);
	strcpy(m.category, "在职");
	strcpy(m.join_date, joined);
	if (!strcmp(kind, "正式")) {
		struct date d;
		assert_true(date_parse_iso(joined, &d));
		d.y++;
		date_format(d, m.full_date);
	}
	strcpy(m.status, status);
	assert_true(member_insert(db, &m));
	return m.id;
}

static uint64_t fingerprint(struct db *db)
{
	uint64_t fp;
	assert_true(home_fingerprint(db, &fp));
	return fp;
}

static void test_schema_is_covered(void **state)
{
	struct fixture *f = *state;
	char gaps[1024];
	assert_true(home_fingerprint_gaps(f->db, gaps, sizeof gaps));
	if (*gaps)
		fail_msg("writes to these tables reach neither change_log nor home_fingerprint (db/home.c): %s", gaps);
}

static void test_fingerprint_follows_writes(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	uint64_t a = fingerprint(db);
	assert_true(fingerprint(db) == a);
	long long id = add_member(db, "陈一", "110105199511210012", "正式", "2018-06-01", "正常");
	uint64_t b = fingerprint(db);
	assert_true(b != a);
	long long n = 0;
	assert_true(home_member_kinds(db, &n, &n));   /* reading changes nothing */
	assert_true(fingerprint(db) == b);
	assert_true(member_set_status(db, id, "流动", "2026-10-01", ""));
	uint64_t c = fingerprint(db);
	assert_true(c != b);
	assert_true(settings_set(db, "dues.warn_months", "4"));
	uint64_t d = fingerprint(db);
	assert_true(d != c);
	/* A payment is inserted without a log row. */
	struct dues_payment p = { .member_id = id, .month = month_index(2026, 10), .amount = 1500 };
	strcpy(p.paid_on, "2026-10-05");
	assert_true(dues_payment_insert(db, &p));
	assert_true(fingerprint(db) != d);
}

static void test_cache(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	struct date today = { 2026, 11, 20 }, tomorrow = { 2026, 11, 21 };
	struct branch b = { .name = "测试党支部" };
	strcpy(b.created_on, "2026-01-01");
	assert_true(branch_save(db, &b));
	add_member(db, "陈二", "110105199511200041", "正式", "2017-11-01", "正常");
	add_member(db, "陈三", "110105199011210059", "预备", "2026-05-20", "正常");

	struct home_summary h, r;
	bool cached;
	assert_true(home_summary_get(db, today, &h, &cached));
	assert_false(cached);
	assert_int_equal(h.full, 1);
	assert_int_equal(h.probationary, 1);
	assert_int_equal(h.birthdays_total, 1);
	assert_string_equal(h.birthdays[0].name, "陈二");
	assert_int_equal(h.birthdays[0].years, 9);

	/* Read back as it was, for the same fingerprint and day only. */
	assert_true(home_summary_get(db, today, &r, &cached));
	assert_true(cached);
	assert_int_equal(r.full, h.full);
	assert_int_equal(r.todos.count, h.todos.count);
	for (size_t i = 0; i < h.todos.count; i++)
		assert_string_equal(r.todos.items[i].item, h.todos.items[i].item);
	assert_string_equal(r.birthdays[0].name, "陈二");
	home_summary_done(&r);
	assert_false(home_cache_read(db_path(db), fingerprint(db), tomorrow, &r));
	assert_false(home_cache_read(db_path(db), fingerprint(db) + 1, today, &r));

	/* Another write: computed again. */
	add_member(db, "陈四", "110105199011200088", "正式", "2011-11-11", "正常");
	assert_true(home_summary_get(db, today, &r, &cached));
	assert_false(cached);
	assert_int_equal(r.full, 2);
	assert_int_equal(r.birthdays_total, 2);
	assert_string_equal(r.birthdays[0].name, "陈二");  /* the 1st before the 11th */
	assert_string_equal(r.birthdays[1].name, "陈四");
	home_summary_done(&r);
	home_summary_done(&h);

	/* A damaged file is not read: every cache file cut short. */
	char cmd[256];
	snprintf(cmd, sizeof cmd, "for f in '%s'/cache/zhibu/*.cache; do head -c 100 \"$f\" > \"$f.x\" && mv \"$f.x\" \"$f\"; done",
		 f->dir);
	assert_int_equal(system(cmd), 0);
	assert_false(home_cache_read(db_path(db), fingerprint(db), today, &r));
	assert_true(home_summary_get(db, today, &r, &cached));
	assert_false(cached);
	assert_int_equal(r.full, 2);
	home_summary_done(&r);
}

static void test_birthdays(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	add_member(db, "乙", "110105199011210059", "正式", "2001-11-30", "正常");
	add_member(db, "甲", "110105199511210012", "正式", "1996-11-02", "正常");
	add_member(db, "丙", "110105196511210094", "正式", "1990-11-15", "转出");  /* left */
	add_member(db, "丁", "110105196511200128", "预备", "2026-11-03", "正常");  /* this year */
	add_member(db, "戊", "110105200002290136", "正式", "2000-10-31", "正常");  /* October */
	struct home_summary h;
	assert_true(home_summary_load(db, (struct date){ 2026, 11, 20 }, &h));
	assert_int_equal(h.birthdays_total, 2);
	assert_int_equal(h.nbirthdays, 2);
	assert_string_equal(h.birthdays[0].name, "甲");
	assert_int_equal(h.birthdays[0].years, 30);
	assert_string_equal(h.birthdays[1].name, "乙");
	assert_int_equal(h.birthdays[1].years, 25);
	assert_int_equal(h.full, 3);
	assert_int_equal(h.probationary, 1);
	home_summary_done(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_schema_is_covered, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_fingerprint_follows_writes, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_cache, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_birthdays, setup_db, teardown_db),
	};
	return cmocka_run_group_tests_name("home", tests, NULL, NULL);
}
