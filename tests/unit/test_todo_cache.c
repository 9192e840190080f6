/* Unit tests of what a computation read (db/reads.c) and of the to-dos each
 * part keeps between runs (report/todo_cache.c): a recording holds the
 * columns read, from cached statements and reused lists too; its version
 * follows writes to those columns and to nothing else, and every table
 * whose writes are not logged has one; after each kind of
 * write the to-dos read back are exactly those collected afresh; a damaged
 * cache file is collected over. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/home.h"
#include "db/meeting.h"
#include "db/member.h"
#include "db/reads.h"
#include "db/training.h"
#include "report/todo.h"

struct fixture {
	char dir[64], cache[96], nocache[96];
	struct db *db;
};

static int setup_db(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char *err = NULL, path[128];
	strcpy(f->dir, "/tmp/zhibu-test-todo-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->cache, sizeof f->cache, "%s/cache", f->dir);
	/* A folder under a plain file: no cache can be written there. */
	snprintf(path, sizeof path, "%s/plain", f->dir);
	FILE *p = fopen(path, "w");
	assert_non_null(p);
	fclose(p);
	snprintf(f->nocache, sizeof f->nocache, "%s/plain/cache", f->dir);
	setenv("XDG_CACHE_HOME", f->cache, 1);
	setenv("ZHIBU_TODAY", "2026-11-20", 1);
	snprintf(path, sizeof path, "%s/t.db", f->dir);
	f->db = db_open(path, DB_CREATE, &err);
	assert_non_null(f->db);
	struct demo d = { .db = f->db, .members = 60, .today = date_today() };
	rng_seed(&d.rng, 11);
	assert_true(db_begin(f->db));
	assert_true(demo_members(&d) && demo_dues(&d) && demo_meetings(&d) && demo_candidates(&d) &&
		    demo_disclosures(&d) && demo_flows(&d) && demo_transfers(&d) && demo_hours(&d) &&
		    demo_org(&d));
	assert_true(db_commit(f->db));
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

static char *recorded(struct db *db, struct db_readset *rs)
{
	char *text = db_readset_text(db, rs);
	db_readset_free(rs);
	return text;
}

static void test_records_columns_read(void **state)
{
	struct fixture *f = *state;
	struct db_readset rs = { 0 };
	long long full, probationary;
	db_reads_start(f->db, &rs);
	assert_true(home_member_kinds(f->db, &full, &probationary));
	db_reads_stop(f->db);
	char *text = recorded(f->db, &rs);
	assert_non_null(strstr(text, "members.kind\n"));
	assert_non_null(strstr(text, "members.status\n"));
	assert_null(strstr(text, "members.phone\n"));
	/* The statement is cached now: a second recording still sees it. */
	db_reads_start(f->db, &rs);
	assert_true(home_member_kinds(f->db, &full, &probationary));
	db_reads_stop(f->db);
	char *again = recorded(f->db, &rs);
	assert_string_equal(text, again);
	free(again);
	/* Nothing recorded while nobody records. */
	assert_true(home_member_kinds(f->db, &full, &probationary));
	free(text);
}

static void count_member(void *ctx, const struct hours_member *m)
{
	(void)m;
	++*(int *)ctx;
}

static void test_reused_list_counts_as_read(void **state)
{
	struct fixture *f = *state;
	struct db_readset rs = { 0 };
	int n = 0;
	assert_true(hours_members_each(f->db, 2026, 0, count_member, &n)); /* kept for the next */
	db_reads_start(f->db, &rs);
	assert_true(hours_members_each(f->db, 2026, 0, count_member, &n));
	db_reads_stop(f->db);
	char *text = recorded(f->db, &rs);
	assert_true(n > 0);
	assert_non_null(strstr(text, "members.name\n"));
	free(text);
}

static uint64_t version(struct db *db, const char *text)
{
	uint64_t v;
	assert_true(db_reads_version(db, text, &v));
	return v;
}

static void test_version_follows_what_was_read(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	const char *names = "members.name\nmembers.status\n", *fixings = "dues_fixings.amount\n";
	uint64_t a = version(db, names), fx = version(db, fixings);
	struct member m;
	assert_true(member_get(db, 3, &m));
	strcpy(m.phone, "13900000003");
	assert_true(member_update(db, &m));
	assert_true(version(db, names) == a); /* a column not read */
	strcpy(m.name, "测试名");
	assert_true(member_update(db, &m));
	uint64_t b = version(db, names);
	assert_true(b != a);
	assert_true(member_set_status(db, 3, "流动", "2026-11-01", "外出务工"));
	assert_true(version(db, names) != b);
	assert_true(version(db, fixings) == fx); /* another table */
	/* A payment is not logged when inserted: its table's newest row counts. */
	uint64_t p = version(db, "dues_payments.amount\n");
	struct dues_payment pay = { .member_id = 4, .month = month_index(2026, 11), .amount = 100,
				    .paid_on = "2026-11-20", .voluntary = true };
	assert_true(dues_payment_insert(db, &pay));
	assert_true(version(db, "dues_payments.amount\n") != p);
	/* The settings are not logged: hashed whole. */
	uint64_t s = version(db, "settings.value\n");
	assert_true(settings_set(db, "dues.warn_months", "5"));
	assert_true(version(db, "settings.value\n") != s);
}

/* Every table whose writes are not logged has a version of its own. */
static void test_unlogged_tables_have_versions(void **state)
{
	struct fixture *f = *state;
	for (int i = 0; home_unlogged_tables[i]; i++) {
		char line[128];
		uint64_t v;
		snprintf(line, sizeof line, "%s.\n", home_unlogged_tables[i]);
		if (!db_reads_version(f->db, line, &v))
			fail_msg("no version for %s (db/reads.c): %s", home_unlogged_tables[i], db_error(f->db));
	}
}

/* The to-dos collected now, with the cache or without it, as text. */
static char *collected(struct fixture *f, bool cached, size_t *computed)
{
	struct todo_list l;
	setenv("XDG_CACHE_HOME", cached ? f->cache : f->nocache, 1);
	todo_list_init(&l, date_today(), 30);
	assert_true(todo_collect(f->db, &l));
	if (computed)
		*computed = l.parts_computed;
	size_t size = l.count * sizeof(struct todo) + 1, at = 0;
	char *text = malloc(size);
	assert_non_null(text);
	for (size_t i = 0; i < l.count; i++)
		at += (size_t)snprintf(text + at, size - at, "%s|%s|%s|%s|%d|%s\n", l.items[i].category,
				       l.items[i].period, l.items[i].item, l.items[i].due, l.items[i].state,
				       l.items[i].link);
	text[at] = '\0';
	todo_list_done(&l);
	return text;
}

static void assert_cache_right(struct fixture *f, const char *after)
{
	char *fresh = collected(f, false, NULL), *kept = collected(f, true, NULL);
	if (strcmp(fresh, kept))
		fail_msg("after %s the cached to-dos differ from those collected afresh", after);
	free(fresh);
	free(kept);
}

static void test_cache_reads_back_only_what_is_current(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	size_t computed;
	free(collected(f, true, &computed));
	assert_true(computed > 10);
	free(collected(f, true, &computed));
	assert_int_equal(computed, 0);

	/* A payment: the dues only. */
	struct dues_payment pay = { .member_id = 5, .month = month_index(2026, 10), .amount = 2000,
				    .paid_on = "2026-11-20" };
	assert_true(dues_payment_insert(db, &pay));
	char *kept = collected(f, true, &computed);
	assert_int_equal(computed, 1);
	free(kept);
	assert_cache_right(f, "a payment");

	struct member m;
	assert_true(member_get(db, 7, &m));
	strcpy(m.name, "改名字");
	assert_true(member_update(db, &m));
	assert_cache_right(f, "a member renamed");
	assert_true(member_set_status(db, 8, "转出", "2026-11-02", "调动"));
	assert_cache_right(f, "a member moved out");
	assert_true(settings_set(db, "dues.warn_months", "2"));
	assert_cache_right(f, "a setting");
	assert_true(meeting_cancel(db, 1, "测试"));
	assert_cache_right(f, "a minute cancelled");
	setenv("ZHIBU_TODAY", "2026-12-05", 1);
	assert_cache_right(f, "another day");
	setenv("ZHIBU_TODAY", "2026-11-20", 1);
}

static void test_damaged_cache_is_collected_over(void **state)
{
	struct fixture *f = *state;
	char *fresh = collected(f, false, NULL), cmd[256];
	free(collected(f, true, NULL));
	snprintf(cmd, sizeof cmd,
		 "for c in '%s'/zhibu/todo-*.cache; do dd if=/dev/urandom of=\"$c\" bs=1 seek=200 count=3000 "
		 "conv=notrunc 2>/dev/null; done", f->cache);
	assert_int_equal(system(cmd), 0);
	size_t computed;
	char *kept = collected(f, true, &computed);
	assert_true(computed > 0);
	assert_string_equal(fresh, kept);
	free(kept);
	snprintf(cmd, sizeof cmd, "for c in '%s'/zhibu/todo-*.cache; do : > \"$c\"; done", f->cache);
	assert_int_equal(system(cmd), 0);
	kept = collected(f, true, NULL);
	assert_string_equal(fresh, kept);
	free(kept);
	free(fresh);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_records_columns_read, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_reused_list_counts_as_read, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_version_follows_what_was_read, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_unlogged_tables_have_versions, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_cache_reads_back_only_what_is_current, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_damaged_cache_is_collected_over, setup_db, teardown_db),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
