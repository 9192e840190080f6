#include "db/review.h"

#include <string.h>

#include "db/db_private.h"

#define REVIEW_COLUMNS "id, year, held_on, expected, returned, areas, threshold, coalesce(reported_on, ''), " \
	"coalesce(fed_back_meeting_id, 0), status"

static void read_review(sqlite3_stmt *st, struct review *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->year = sqlite3_column_int(st, 1);
	db_column_copy(st, 2, r->held_on, sizeof r->held_on);
	r->expected = sqlite3_column_int(st, 3);
	r->returned = sqlite3_column_int(st, 4);
	db_column_copy(st, 5, r->areas, sizeof r->areas);
	r->threshold = sqlite3_column_int(st, 6);
	db_column_copy(st, 7, r->reported_on, sizeof r->reported_on);
	r->fed_back_meeting_id = sqlite3_column_int64(st, 8);
	db_column_copy(st, 9, r->status, sizeof r->status);
}

static int one_review(struct db *db, sqlite3_stmt *st, struct review *out)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_review(st, out);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return -1;
	}
	return rc == SQLITE_ROW;
}

bool review_add(struct db *db, const struct review *r, long long *id)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO reviews(year, held_on, expected, returned, areas, threshold) "
		"VALUES (:year, :held, :expected, :returned, :areas, :threshold)");
	if (!st)
		return false;
	db_bind_int(st, ":year", r->year);
	db_bind_text(st, ":held", r->held_on);
	db_bind_int(st, ":expected", r->expected);
	db_bind_int(st, ":returned", r->returned);
	db_bind_text(st, ":areas", r->areas);
	db_bind_int(st, ":threshold", r->threshold);
	return db_insert_done(db, st, id);
}

bool review_get(struct db *db, long long id, struct review *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " REVIEW_COLUMNS " FROM reviews WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	int n = one_review(db, st, out);
	if (n == 0)
		db_set_error(db, "测评#%lld ?", id);
	return n == 1;
}

int review_of_year(struct db *db, int year, struct review *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " REVIEW_COLUMNS " FROM reviews WHERE year = :year "
				       "AND status <> '作废' ORDER BY held_on DESC, id DESC LIMIT 1");
	if (!st)
		return -1;
	db_bind_int(st, ":year", year);
	return one_review(db, st, out);
}

bool review_set_reported(struct db *db, long long id, const char *on)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE reviews SET reported_on = :on WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":on", on);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}

bool review_set_fed_back(struct db *db, long long id, long long meeting_id)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE reviews SET fed_back_meeting_id = :m WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":m", meeting_id);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}

bool reviews_each(struct db *db, review_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " REVIEW_COLUMNS " FROM reviews WHERE status <> '作废' "
				       "ORDER BY held_on, id");
	if (!st)
		return false;
	struct review r;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_review(st, &r);
		fn(ctx, &r);
	}
	return db_reset(db, st);
}

bool review_counts(struct db *db, long long id, long long *ballots, long long *totals)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT (SELECT count(*) FROM review_ballots WHERE review_id = :id), "
				       "(SELECT count(*) FROM review_totals WHERE review_id = :id)");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*ballots = sqlite3_column_int64(st, 0);
		*totals = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool review_ballot_add(struct db *db, long long review_id, const char *seq, const int *scores, int nareas)
{
	bool valid = true;
	for (int i = 0; i < nareas; i++)
		valid = valid && scores[i] >= 0;
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO review_ballots(review_id, seq, valid) VALUES (:r, :seq, :valid)");
	if (!st)
		return false;
	db_bind_int(st, ":r", review_id);
	db_bind_text(st, ":seq", seq);
	db_bind_int(st, ":valid", valid);
	long long ballot;
	if (!db_insert_done(db, st, &ballot))
		return false;
	for (int i = 0; i < nareas; i++) {
		if (scores[i] < 0)
			continue;
		st = db_stmt(db, "INSERT INTO review_scores(ballot_id, area_idx, score) VALUES (:b, :a, :s)");
		if (!st)
			return false;
		db_bind_int(st, ":b", ballot);
		db_bind_int(st, ":a", i);
		db_bind_int(st, ":s", scores[i]);
		long long id;
		if (!db_insert_done(db, st, &id))
			return false;
	}
	return true;
}

bool review_total_add(struct db *db, long long review_id, int area, long long total, long long n)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO review_totals(review_id, area_idx, total, n) "
				       "VALUES (:r, :a, :t, :n)");
	if (!st)
		return false;
	db_bind_int(st, ":r", review_id);
	db_bind_int(st, ":a", area);
	db_bind_int(st, ":t", total);
	db_bind_int(st, ":n", n);
	long long id;
	return db_insert_done(db, st, &id);
}

bool review_tally(struct db *db, const struct review *r, int nareas, struct review_tally *t)
{
	memset(t, 0, sizeof *t);
	long long ballots, totals;
	if (!review_counts(db, r->id, &ballots, &totals))
		return false;
	t->from_totals = totals > 0;
	sqlite3_stmt *st = t->from_totals
		? db_stmt(db, "SELECT area_idx, total, n FROM review_totals WHERE review_id = :id")
		: db_stmt(db, "SELECT s.area_idx, sum(s.score), count(*) FROM review_scores s "
			      "JOIN review_ballots b ON b.id = s.ballot_id WHERE b.review_id = :id AND b.valid = 1 "
			      "GROUP BY s.area_idx");
	if (!st)
		return false;
	db_bind_int(st, ":id", r->id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int a = sqlite3_column_int(st, 0);
		if (a < 0 || a >= nareas || a >= REVIEW_MAX_AREAS)
			continue;
		t->sum[a] = sqlite3_column_int64(st, 1);
		t->n[a] = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	if (t->from_totals) {
		for (int i = 0; i < nareas; i++)
			if (t->n[i] > t->valid)
				t->valid = t->n[i];
		t->invalid = r->returned - t->valid;
		return true;
	}
	st = db_stmt(db, "SELECT coalesce(sum(valid), 0), count(*) - coalesce(sum(valid), 0) FROM review_ballots "
			 "WHERE review_id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", r->id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		t->valid = sqlite3_column_int64(st, 0);
		t->invalid = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool review_void(struct db *db, long long id, const char *reason)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE reviews SET status = '作废', void_reason = :reason WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":reason", reason);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}

int review_ballot_exists(struct db *db, long long review_id, const char *seq)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT EXISTS (SELECT 1 FROM review_ballots WHERE review_id = :r AND seq = :seq)");
	if (!st)
		return -1;
	db_bind_int(st, ":r", review_id);
	db_bind_text(st, ":seq", seq);
	long long v;
	return db_step_int(db, st, &v) ? v != 0 : -1;
}
