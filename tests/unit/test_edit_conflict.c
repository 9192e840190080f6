/* Unit tests of the edit forms' saves (issue 11): a save writes only the
 * fields the user changed, and is refused, naming what changed, when
 * another writer changed the record after the form loaded it.  Members,
 * dues fixings, minutes and candidates' personal records. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/candidate.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/meeting.h"
#include "db/member.h"

struct fixture {
	char dir[64];
	struct db *db;
};

static int setup_db(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char *err = NULL, path[128];
	strcpy(f->dir, "/tmp/zhibu-test-edit-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	setenv("ZHIBU_TODAY", "2026-11-20", 1);
	setenv("LANGUAGE", "en", 1);
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

static long long add_member(struct db *db)
{
	struct member m;
	member_init(&m);
	strcpy(m.name, "李四");
	strcpy(m.sex, "女");
	strcpy(m.id_number, "310104197511030224");
	strcpy(m.kind, "正式");
	strcpy(m.category, "在职");
	strcpy(m.join_date, "2001-07-01");
	strcpy(m.full_date, "2002-07-01");
	strcpy(m.phone, "13912345678");
	strcpy(m.work_unit, "教务处");
	assert_true(member_insert(db, &m));
	return m.id;
}

static void test_member(void **state)
{
	struct db *db = ((struct fixture *)*state)->db;
	long long id = add_member(db);
	struct member loaded, edited, other, back;
	char why[512];
	assert_true(member_get(db, id, &loaded));
	/* No other writer: only the field changed is written. */
	edited = loaded;
	strcpy(edited.work_unit, "图书馆");
	assert_true(member_save_edit(db, &loaded, &edited, why, sizeof why));
	assert_true(member_get(db, id, &back));
	assert_string_equal(back.work_unit, "图书馆");
	/* Another writer changes the phone and status after the form loaded. */
	loaded = back;
	other = back;
	strcpy(other.phone, "13800000001");
	strcpy(other.status, "流动");
	assert_true(member_update(db, &other));
	edited = loaded;
	strcpy(edited.work_unit, "后勤处");
	assert_false(member_save_edit(db, &loaded, &edited, why, sizeof why));
	assert_non_null(strstr(why, "(Phone, Status)"));
	assert_string_equal(edited.work_unit, "后勤处"); /* what was typed stays */
	assert_true(member_get(db, id, &back));
	assert_string_equal(back.phone, "13800000001");
	assert_string_equal(back.status, "流动");
	assert_string_equal(back.work_unit, "图书馆");
}

static void test_fixing(void **state)
{
	struct db *db = ((struct fixture *)*state)->db;
	long long id = add_member(db);
	struct dues_fixing loaded = { .member_id = id, .year = 2026, .amount = 1500, .computed = 1500,
				      .reviewed = true }, edited, other, back;
	char why[512];
	strcpy(loaded.category, "在职");
	strcpy(loaded.fixed_on, "2026-01-05");
	/* A new fixing, while another writer adds one: refused. */
	edited = loaded;
	other = loaded;
	assert_true(dues_fixing_save(db, &other));
	assert_false(dues_fixing_save_edit(db, &loaded, &edited, why, sizeof why));
	assert_non_null(strstr(why, "another zhibu"));
	/* Loaded, changed by another writer, saved: refused naming it. */
	assert_true(dues_fixing_get(db, id, 2026, &loaded));
	other = loaded;
	other.amount = 2000;
	strcpy(other.reason, "困难");
	strcpy(other.approval, "上级党委同意");
	assert_true(dues_fixing_save(db, &other));
	edited = loaded;
	strcpy(edited.note, "复核");
	assert_false(dues_fixing_save_edit(db, &loaded, &edited, why, sizeof why));
	assert_non_null(strstr(why, "(Another amount, Reason for it, Approved by)"));
	/* Loaded again: only the note is written. */
	assert_true(dues_fixing_get(db, id, 2026, &loaded));
	edited = loaded;
	strcpy(edited.note, "复核");
	assert_true(dues_fixing_save_edit(db, &loaded, &edited, why, sizeof why));
	assert_true(dues_fixing_get(db, id, 2026, &back));
	assert_string_equal(back.note, "复核");
	assert_int_equal(back.amount, 2000);
}

static void test_minute(void **state)
{
	struct db *db = ((struct fixture *)*state)->db;
	struct meeting m, loaded, edited, back;
	meeting_init(&m);
	meeting_init(&loaded);
	meeting_init(&edited);
	meeting_init(&back);
	assert_null(minute_set_field(&m, MIN_KIND, "党课"));
	assert_null(minute_set_field(&m, MIN_DATE, "2026-09-15"));
	assert_null(minute_set_field(&m, MIN_TITLE, "学党史"));
	meeting_set_text(&m.agenda, "学党史");
	assert_true(meeting_insert(db, &m));
	assert_true(meeting_get(db, m.id, &loaded));
	assert_true(meeting_get(db, m.id, &edited));
	/* Another writer changes the decisions. */
	meeting_set_text(&m.decisions, "通过");
	assert_true(meeting_update(db, &m));
	strcpy(edited.place, "活动室");
	assert_false(meeting_save_edit(db, &loaded, &edited));
	assert_non_null(strstr(db_error(db), "(Decisions)"));
	assert_true(meeting_get(db, m.id, &back));
	assert_string_equal(back.decisions, "通过");
	assert_string_equal(back.place, "");
	/* Opened again: the form holds what is stored now. */
	meeting_done(&loaded);
	meeting_init(&loaded);
	meeting_done(&edited);
	meeting_init(&edited);
	assert_true(meeting_get(db, m.id, &loaded));
	assert_true(meeting_get(db, m.id, &edited));
	strcpy(edited.place, "活动室");
	meeting_set_text(&edited.discussion, "讨论");
	assert_true(meeting_save_edit(db, &loaded, &edited));
	meeting_done(&back);
	meeting_init(&back);
	assert_true(meeting_get(db, m.id, &back));
	assert_string_equal(back.place, "活动室");
	assert_string_equal(back.discussion, "讨论");
	assert_string_equal(back.decisions, "通过");
	meeting_done(&m);
	meeting_done(&loaded);
	meeting_done(&edited);
	meeting_done(&back);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_member, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_fixing, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_minute, setup_db, teardown_db),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
