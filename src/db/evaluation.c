#include "db/evaluation.h"

#include <stdio.h>

#include "core/i18n.h"
#include "db/db_private.h"
#include "db/meeting_sql.h"

int evaluation_can_grade(struct db *db, int year, long long member_id)
{
	char day[DATE_ISO_SIZE];
	date_format((struct date){ year, 12, 31 }, day);
	sqlite3_stmt *st = db_stmt(db,
		"SELECT name, join_date <= :day, " SQL_VOTING_ON("m", ":day") " FROM members m WHERE id = :id");
	if (!st)
		return -1;
	db_bind_text(st, ":day", day);
	db_bind_int(st, ":id", member_id);
	char name[MINUTE_NAME_SIZE] = "";
	int rc = sqlite3_step(st);
	bool joined = false, full = false;
	if (rc == SQLITE_ROW) {
		db_column_copy(st, 0, name, sizeof name);
		joined = sqlite3_column_int(st, 1);
		full = sqlite3_column_int(st, 2);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return -1;
	}
	if (rc == SQLITE_DONE)
		db_set_error(db, _("no member #%lld"), member_id);
	else if (!joined)
		db_set_error(db, _("%s was not yet a member in %d"), name, year);
	else if (!full)
		db_set_error(db, _("%s was a probationary member at the end of %d: takes part in 民主评议 but is not graded"),
			     name, year);
	return rc == SQLITE_ROW && joined && full;
}

bool evaluation_set(struct db *db, int year, long long member_id, enum grade g, const char *note)
{
	if (evaluation_can_grade(db, year, member_id) != 1)
		return false;
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO evaluations(year, member_id, grade, note) VALUES (:year, :member, :grade, :note) "
		"ON CONFLICT(year, member_id) DO UPDATE SET grade = excluded.grade, note = excluded.note");
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	db_bind_int(st, ":member", member_id);
	db_bind_text(st, ":grade", grade_names[g]);
	db_bind_text(st, ":note", note);
	return db_step_done(db, st);
}

bool evaluation_tally(struct db *db, int year, struct grade_tally *out)
{
	struct grade_tally t = { { 0 } };
	sqlite3_stmt *st = db_stmt(db, "SELECT grade, count(*) FROM evaluations WHERE year = :year GROUP BY grade");
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int g = grade_parse((const char *)sqlite3_column_text(st, 0));
		if (g >= 0)
			t.count[g] += sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	*out = t;
	return true;
}

bool evaluation_each(struct db *db, int year, evaluation_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT e.member_id, m.name, coalesce(g.name, ''), e.grade, e.note FROM evaluations e "
		"JOIN members m ON m.id = e.member_id LEFT JOIN party_groups g ON g.id = m.group_id "
		"WHERE e.year = :year ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id");
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct evaluation e = { .year = year };
		e.member_id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, e.name, sizeof e.name);
		db_column_copy(st, 2, e.group, sizeof e.group);
		int g = grade_parse((const char *)sqlite3_column_text(st, 3));
		e.grade = g < 0 ? GRADE_GOOD : (enum grade)g;
		db_column_copy(st, 4, e.note, sizeof e.note);
		fn(ctx, &e);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}
