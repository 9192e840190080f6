#include "db/term.h"

#include "core/i18n.h"
#include "db/db_private.h"

#define TERM_COLUMNS \
	"id, seq, elected_on, years, coalesce(request_sent_on, ''), coalesce(approved_on, ''), approval_ref, " \
	"extended_months, extension_ref "

static void term_read(sqlite3_stmt *st, struct term *t)
{
	t->id = sqlite3_column_int64(st, 0);
	t->seq = sqlite3_column_int(st, 1);
	db_column_copy(st, 2, t->elected_on, sizeof t->elected_on);
	t->years = sqlite3_column_int(st, 3);
	db_column_copy(st, 4, t->request_sent_on, sizeof t->request_sent_on);
	db_column_copy(st, 5, t->approved_on, sizeof t->approved_on);
	db_column_copy(st, 6, t->approval_ref, sizeof t->approval_ref);
	t->extended_months = sqlite3_column_int(st, 7);
	db_column_copy(st, 8, t->extension_ref, sizeof t->extension_ref);
}

bool term_insert(struct db *db, struct term *t)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO branch_terms(seq, elected_on, years) "
		"SELECT coalesce(max(seq), 0) + 1, :elected, :years FROM branch_terms WHERE status = '有效'");
	if (!st)
		return false;
	db_bind_text(st, ":elected", t->elected_on);
	db_bind_int(st, ":years", t->years);
	if (!db_insert_done(db, st, &t->id))
		return false;
	return term_latest(db, t) == 1;
}

int term_latest(struct db *db, struct term *out)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT " TERM_COLUMNS "FROM branch_terms WHERE status = '有效' ORDER BY elected_on DESC, id DESC LIMIT 1");
	if (!st)
		return -1;
	int rc = db_step(db, st);
	if (rc == SQLITE_ROW)
		term_read(st, out);
	if (!db_reset(db, st))
		return -1;
	return rc == SQLITE_ROW;
}

static bool changed_one(struct db *db, long long id)
{
	if (sqlite3_changes(db->h) == 1)
		return true;
	db_set_error(db, _("no valid term %lld"), id);
	return false;
}

bool term_set_request(struct db *db, long long id, const char *date)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE branch_terms SET request_sent_on = :date WHERE id = :id AND status = '有效'");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":date", date);
	return db_step_done(db, st) && changed_one(db, id);
}

bool term_set_approval(struct db *db, long long id, const char *date, const char *ref)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE branch_terms SET approved_on = :date, approval_ref = :ref WHERE id = :id AND status = '有效'");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":date", date);
	db_bind_text(st, ":ref", ref);
	return db_step_done(db, st) && changed_one(db, id);
}

bool term_set_extension(struct db *db, long long id, int months, const char *ref)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE branch_terms SET extended_months = :months, "
		" extension_ref = CASE WHEN extension_ref = '' THEN :ref ELSE extension_ref || '；' || :ref END "
		"WHERE id = :id AND status = '有效'");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_int(st, ":months", months);
	db_bind_text(st, ":ref", ref);
	return db_step_done(db, st) && changed_one(db, id);
}

bool terms_each(struct db *db, term_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT " TERM_COLUMNS "FROM branch_terms WHERE status = '有效' ORDER BY elected_on DESC, id DESC");
	if (!st)
		return false;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct term t;
		term_read(st, &t);
		fn(ctx, &t);
	}
	return db_reset(db, st);
}

int term_find_seq(struct db *db, int seq, long long *id)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id FROM branch_terms WHERE seq = :seq ORDER BY status = '有效' DESC, id DESC LIMIT 1");
	if (!st)
		return -1;
	db_bind_int(st, ":seq", seq);
	int rc = db_step(db, st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	if (!db_reset(db, st))
		return -1;
	return rc == SQLITE_ROW;
}
