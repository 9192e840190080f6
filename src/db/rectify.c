#include "db/rectify.h"

#include <string.h>

#include "core/i18n.h"
#include "db/db_private.h"

static void read_batch(sqlite3_stmt *st, struct rectify_batch *b)
{
	b->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, b->title, sizeof b->title);
	db_column_copy(st, 2, b->source, sizeof b->source);
	db_column_copy(st, 3, b->source_ref, sizeof b->source_ref);
	db_column_copy(st, 4, b->feedback_on, sizeof b->feedback_on);
	db_column_copy(st, 5, b->report_due, sizeof b->report_due);
	db_column_copy(st, 6, b->report_sent_on, sizeof b->report_sent_on);
}

#define BATCH_COLUMNS "id, title, source, source_ref, feedback_on, report_due, report_sent_on"

static int one_batch(struct db *db, sqlite3_stmt *st, struct rectify_batch *out)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_batch(st, out);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return -1;
	}
	return rc == SQLITE_ROW;
}

int rectify_batch_find(struct db *db, const char *title, struct rectify_batch *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " BATCH_COLUMNS " FROM rectify_batches WHERE title = :title");
	if (!st)
		return -1;
	db_bind_text(st, ":title", title);
	return one_batch(db, st, out);
}

bool rectify_batch_get(struct db *db, long long id, struct rectify_batch *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " BATCH_COLUMNS " FROM rectify_batches WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	int n = one_batch(db, st, out);
	if (n == 0)
		db_set_error(db, "整改批#%lld ?", id);
	return n == 1;
}

bool rectify_batch_add(struct db *db, const struct rectify_batch *b, long long *id)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO rectify_batches(title, source, source_ref, feedback_on, report_due, report_sent_on) "
		"VALUES (:title, :source, :ref, :feedback, :due, :sent)");
	if (!st)
		return false;
	db_bind_text(st, ":title", b->title);
	db_bind_text(st, ":source", b->source);
	db_bind_text(st, ":ref", b->source_ref);
	db_bind_text(st, ":feedback", b->feedback_on);
	db_bind_opt(st, ":due", b->report_due);
	db_bind_opt(st, ":sent", b->report_sent_on);
	return db_insert_done(db, st, id);
}

bool rectify_batch_report_sent(struct db *db, long long id, const char *on)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE rectify_batches SET report_sent_on = :on WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":on", on);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}

bool rectify_batches_each(struct db *db, const char *as_of, rectify_batch_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " BATCH_COLUMNS " FROM rectify_batches "
				       "WHERE feedback_on <= :as_of ORDER BY feedback_on, id");
	if (!st)
		return false;
	db_bind_text(st, ":as_of", as_of);
	struct rectify_batch b;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_batch(st, &b);
		fn(ctx, &b);
	}
	return db_reset(db, st);
}

bool rectify_next_seq(struct db *db, long long batch_id, int *seq)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT coalesce(max(seq), 0) + 1 FROM rectify_items WHERE batch_id = :b");
	if (!st)
		return false;
	db_bind_int(st, ":b", batch_id);
	long long v;
	if (!db_step_int(db, st, &v))
		return false;
	*seq = (int)v;
	return true;
}

bool rectify_item_add(struct db *db, const struct rectify_item *it, long long *id)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO rectify_items(batch_id, seq, problem, measures, leader, unit, person, deadline, "
		"long_term, status, closed_on, verifier, evidence, void_reason, repeat_of, feedback_id) "
		"VALUES (:batch, :seq, :problem, :measures, :leader, :unit, :person, :deadline, :long_term, "
		":status, :closed_on, :verifier, :evidence, :void_reason, :repeat_of, :feedback)");
	if (!st)
		return false;
	db_bind_int(st, ":batch", it->batch_id);
	db_bind_int(st, ":seq", it->seq);
	db_bind_text(st, ":problem", it->problem);
	db_bind_text(st, ":measures", it->measures);
	db_bind_text(st, ":leader", it->leader);
	db_bind_text(st, ":unit", it->unit);
	db_bind_text(st, ":person", it->person);
	db_bind_opt(st, ":deadline", it->deadline);
	db_bind_int(st, ":long_term", it->long_term);
	db_bind_text(st, ":status", it->status[0] ? it->status : "未启动");
	db_bind_opt(st, ":closed_on", it->closed_on);
	db_bind_text(st, ":verifier", it->verifier);
	db_bind_text(st, ":evidence", it->evidence);
	db_bind_text(st, ":void_reason", it->void_reason);
	db_bind_id(st, ":repeat_of", it->repeat_of);
	db_bind_id(st, ":feedback", it->feedback_id);
	return db_insert_done(db, st, id);
}

#define ITEM_SQL(WHERE) \
	"SELECT i.id, i.batch_id, i.seq, i.problem, i.measures, i.leader, i.unit, i.person, " \
	"coalesce(i.deadline, ''), i.long_term, i.status, coalesce(i.closed_on, ''), i.verifier, i.evidence, " \
	"i.void_reason, coalesce(i.repeat_of, 0), b.title, b.source, b.feedback_on, " \
	"coalesce(p.on_date, ''), coalesce(p.text, ''), " \
	"(i.repeat_of IS NOT NULL OR EXISTS (SELECT 1 FROM rectify_items e " \
	"  JOIN rectify_batches eb ON eb.id = e.batch_id WHERE trim(e.problem) = trim(i.problem) " \
	"  AND e.id <> i.id AND substr(eb.feedback_on, 1, 4) < substr(b.feedback_on, 1, 4))), " \
	"coalesce(i.feedback_id, 0) " \
	"FROM rectify_items i JOIN rectify_batches b ON b.id = i.batch_id " \
	"LEFT JOIN rectify_progress p ON p.id = (SELECT q.id FROM rectify_progress q " \
	"  WHERE q.item_id = i.id AND q.on_date <= :as_of ORDER BY q.on_date DESC, q.id DESC LIMIT 1) " \
	WHERE

static void read_item(sqlite3_stmt *st, struct rectify_item *it)
{
	it->id = sqlite3_column_int64(st, 0);
	it->batch_id = sqlite3_column_int64(st, 1);
	it->seq = sqlite3_column_int(st, 2);
	db_column_copy(st, 3, it->problem, sizeof it->problem);
	db_column_copy(st, 4, it->measures, sizeof it->measures);
	db_column_copy(st, 5, it->leader, sizeof it->leader);
	db_column_copy(st, 6, it->unit, sizeof it->unit);
	db_column_copy(st, 7, it->person, sizeof it->person);
	db_column_copy(st, 8, it->deadline, sizeof it->deadline);
	it->long_term = sqlite3_column_int(st, 9) != 0;
	db_column_copy(st, 10, it->status, sizeof it->status);
	db_column_copy(st, 11, it->closed_on, sizeof it->closed_on);
	db_column_copy(st, 12, it->verifier, sizeof it->verifier);
	db_column_copy(st, 13, it->evidence, sizeof it->evidence);
	db_column_copy(st, 14, it->void_reason, sizeof it->void_reason);
	it->repeat_of = sqlite3_column_int64(st, 15);
	db_column_copy(st, 16, it->batch_title, sizeof it->batch_title);
	db_column_copy(st, 17, it->source, sizeof it->source);
	db_column_copy(st, 18, it->feedback_on, sizeof it->feedback_on);
	db_column_copy(st, 19, it->last_on, sizeof it->last_on);
	db_column_copy(st, 20, it->last_text, sizeof it->last_text);
	it->repeated = sqlite3_column_int(st, 21) != 0;
	it->feedback_id = sqlite3_column_int64(st, 22);
}

bool rectify_item_get(struct db *db, long long id, struct rectify_item *out)
{
	sqlite3_stmt *st = db_stmt(db, ITEM_SQL("WHERE i.id = :id"));
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":as_of", "9999-12-31");
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_item(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		db_set_error(db, _("no 整改 item 整改#%lld"), id);
	else if (rc != SQLITE_ROW)
		db_set_sqlite_error(db, NULL);
	return rc == SQLITE_ROW;
}

bool rectify_items_each(struct db *db, long long batch_id, const char *as_of, rectify_item_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, ITEM_SQL("WHERE (:batch = 0 OR i.batch_id = :batch) "
						"AND b.feedback_on <= :as_of ORDER BY b.feedback_on, b.id, i.seq"));
	if (!st)
		return false;
	db_bind_int(st, ":batch", batch_id);
	db_bind_text(st, ":as_of", as_of);
	struct rectify_item *it = sqlite3_malloc(sizeof *it);
	if (!it) {
		sqlite3_reset(st);
		db_set_error(db, "out of memory");
		return false;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_item(st, it);
		fn(ctx, it);
	}
	sqlite3_free(it);
	return db_reset(db, st);
}

bool rectify_item_update_status(struct db *db, const struct rectify_item *it)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE rectify_items SET status = :status, closed_on = :closed_on, verifier = :verifier, "
		"evidence = :evidence, void_reason = :void_reason WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":status", it->status);
	db_bind_opt(st, ":closed_on", it->closed_on);
	db_bind_text(st, ":verifier", it->verifier);
	db_bind_text(st, ":evidence", it->evidence);
	db_bind_text(st, ":void_reason", it->void_reason);
	db_bind_int(st, ":id", it->id);
	return db_step_done(db, st);
}

bool rectify_progress_add(struct db *db, long long item_id, const char *on, const char *text,
			  const char *status_after)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO rectify_progress(item_id, on_date, text, status_after) "
				       "VALUES (:item, :on, :text, :status)");
	if (!st)
		return false;
	db_bind_int(st, ":item", item_id);
	db_bind_text(st, ":on", on);
	db_bind_text(st, ":text", text);
	db_bind_text(st, ":status", status_after);
	long long id;
	return db_insert_done(db, st, &id);
}

bool rectify_progress_each(struct db *db, long long item_id, rectify_progress_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT on_date, text, status_after FROM rectify_progress "
				       "WHERE item_id = :item ORDER BY on_date, id");
	if (!st)
		return false;
	db_bind_int(st, ":item", item_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ctx, (const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
		   (const char *)sqlite3_column_text(st, 2));
	return db_reset(db, st);
}

bool rectify_progress_between(struct db *db, long long item_id, const char *from, const char *to, bool *any)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT EXISTS (SELECT 1 FROM rectify_progress WHERE item_id = :item "
				       "AND on_date BETWEEN :from AND :to)");
	if (!st)
		return false;
	db_bind_int(st, ":item", item_id);
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	long long v;
	if (!db_step_int(db, st, &v))
		return false;
	*any = v != 0;
	return true;
}
