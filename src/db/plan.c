#include "db/plan.h"

#include <stdio.h>
#include <string.h>

#include "db/db_private.h"
#include "rules/meetings.h"
#include "rules/plan.h"

int plan_get(struct db *db, int year, struct plan *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	sqlite3_stmt *st = db_stmt(db, "SELECT coalesce(adopted_on, ''), coalesce(adopted_meeting_id, 0) "
				       "FROM plans WHERE year = :year");
	if (!st)
		return -1;
	db_bind_int(st, ":year", year);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		db_column_copy(st, 0, out->adopted_on, sizeof out->adopted_on);
		out->meeting_id = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return -1;
	}
	return rc == SQLITE_ROW;
}

bool plan_adopt(struct db *db, int year, const char *on, long long meeting_id)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO plans(year, adopted_on, adopted_meeting_id) VALUES (:year, :on, :meeting) "
		"ON CONFLICT(year) DO UPDATE SET adopted_on = excluded.adopted_on, "
		"adopted_meeting_id = excluded.adopted_meeting_id");
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	db_bind_text(st, ":on", on);
	db_bind_id(st, ":meeting", meeting_id);
	return db_step_done(db, st);
}

bool plan_next_seq(struct db *db, int year, int *seq)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT coalesce(max(seq), 0) + 1 FROM plan_items WHERE year = :year");
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	long long v;
	if (!db_step_int(db, st, &v))
		return false;
	*seq = (int)v;
	return true;
}

bool plan_item_add(struct db *db, const struct plan_item *it, long long *id)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO plan_items(year, seq, area, task, measures, owner, due, indicator, target, status, "
		"done_on, evidence, void_reason) VALUES (:year, :seq, :area, :task, :measures, :owner, :due, "
		":indicator, :target, :status, :done_on, :evidence, :void_reason)");
	if (!st)
		return false;
	db_bind_int(st, ":year", it->year);
	db_bind_int(st, ":seq", it->seq);
	db_bind_text(st, ":area", it->area);
	db_bind_text(st, ":task", it->task);
	db_bind_text(st, ":measures", it->measures);
	db_bind_text(st, ":owner", it->owner);
	db_bind_text(st, ":due", it->due);
	db_bind_opt(st, ":indicator", it->indicator);
	if (it->indicator[0])
		db_bind_int(st, ":target", it->target);
	else
		db_bind_null(st, ":target");
	db_bind_text(st, ":status", it->status[0] ? it->status : "未开始");
	db_bind_opt(st, ":done_on", it->done_on);
	db_bind_text(st, ":evidence", it->evidence);
	db_bind_text(st, ":void_reason", it->void_reason);
	return db_insert_done(db, st, id);
}

#define ITEM_COLUMNS "id, year, seq, area, task, measures, owner, due, coalesce(indicator, ''), " \
	"coalesce(target, 0), status, coalesce(done_on, ''), evidence, void_reason"

static void read_item(sqlite3_stmt *st, struct plan_item *it)
{
	it->id = sqlite3_column_int64(st, 0);
	it->year = sqlite3_column_int(st, 1);
	it->seq = sqlite3_column_int(st, 2);
	db_column_copy(st, 3, it->area, sizeof it->area);
	db_column_copy(st, 4, it->task, sizeof it->task);
	db_column_copy(st, 5, it->measures, sizeof it->measures);
	db_column_copy(st, 6, it->owner, sizeof it->owner);
	db_column_copy(st, 7, it->due, sizeof it->due);
	db_column_copy(st, 8, it->indicator, sizeof it->indicator);
	it->target = sqlite3_column_int(st, 9);
	db_column_copy(st, 10, it->status, sizeof it->status);
	db_column_copy(st, 11, it->done_on, sizeof it->done_on);
	db_column_copy(st, 12, it->evidence, sizeof it->evidence);
	db_column_copy(st, 13, it->void_reason, sizeof it->void_reason);
}

bool plan_item_get(struct db *db, long long id, struct plan_item *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " ITEM_COLUMNS " FROM plan_items WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_item(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		db_set_error(db, "计划#%lld ?", id);
	else if (rc != SQLITE_ROW)
		db_set_sqlite_error(db, NULL);
	return rc == SQLITE_ROW;
}

bool plan_item_update_status(struct db *db, const struct plan_item *it)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE plan_items SET status = :status, done_on = :done_on, "
				       "evidence = :evidence, void_reason = :void_reason WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":status", it->status);
	db_bind_opt(st, ":done_on", it->done_on);
	db_bind_text(st, ":evidence", it->evidence);
	db_bind_text(st, ":void_reason", it->void_reason);
	db_bind_int(st, ":id", it->id);
	return db_step_done(db, st);
}

bool plan_items_each(struct db *db, int year, plan_item_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " ITEM_COLUMNS " FROM plan_items WHERE year = :year ORDER BY seq");
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	struct plan_item it;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_item(st, &it);
		fn(ctx, &it);
	}
	return db_reset(db, st);
}

bool plan_indicator_value(struct db *db, int indicator, int year, const char *as_of, long long *value)
{
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-12-31", year);
	if (strcmp(as_of, to) < 0)
		snprintf(to, sizeof to, "%s", as_of);
	sqlite3_stmt *st;
	if (indicator == PI_NEW_MEMBERS)
		st = db_stmt(db, "SELECT count(*) FROM members WHERE join_date BETWEEN :from AND :to");
	else if (indicator == PI_FULL_MEMBERS)
		st = db_stmt(db, "SELECT count(*) FROM members WHERE full_date BETWEEN :from AND :to");
	else
		st = db_stmt(db, "SELECT count(*) FROM meetings WHERE kind = :kind AND cancelled = 0 "
				 "AND date BETWEEN :from AND :to");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	if (indicator >= PI_MEETING_FIRST)
		db_bind_text(st, ":kind", plan_indicator_name(indicator));
	return db_step_int(db, st, value);
}

bool plan_years_each(struct db *db, void (*fn)(void *ctx, int year), void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT year FROM plans UNION SELECT year FROM plan_items ORDER BY 1");
	if (!st)
		return false;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ctx, sqlite3_column_int(st, 0));
	return db_reset(db, st);
}
