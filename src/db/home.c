#include "db/home.h"

#include <stdio.h>
#include <string.h>

#include "core/hash.h"
#include "db/db_private.h"

bool home_member_kinds(struct db *db, long long *full, long long *probationary)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*) FILTER (WHERE kind = '正式'), count(*) FILTER (WHERE kind = '预备') "
		"FROM members WHERE status NOT IN ('转出', '去世', '出党')");
	if (!st)
		return false;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*full = sqlite3_column_int64(st, 0);
		*probationary = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool home_birthdays_each(struct db *db, int year, int month, int limit, home_birthday_fn *fn,
			 void *ctx, long long *total)
{
	char mm[8], first[DATE_ISO_SIZE];
	snprintf(mm, sizeof mm, "%02d", month);
	snprintf(first, sizeof first, "%04d-01-01", year);
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id, name, join_date, count(*) OVER () FROM members "
		"WHERE status NOT IN ('转出', '去世', '出党') AND substr(join_date, 6, 2) = :month "
		"AND join_date < :year_start ORDER BY substr(join_date, 9, 2), name, id");
	if (!st)
		return false;
	db_bind_text(st, ":month", mm);
	db_bind_text(st, ":year_start", first);
	int rc, n = 0;
	*total = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*total = sqlite3_column_int64(st, 3);
		if (n++ >= limit)
			break;
		fn(ctx, sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
		   (const char *)sqlite3_column_text(st, 2));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

/* change_marks follows change_log (schema/0017). */
const char *const home_unlogged_tables[] = {
	"branch", "settings", "change_log", "dues_payments", "meeting_requirements", "holidays",
	"pipeline_overrides", "party_groups", "change_marks", NULL,
};

bool home_fingerprint(struct db *db, uint64_t *out)
{
	/* Payments are inserted without a log row (there are millions) and are
	 * never changed but by a logged update; pipeline_overrides rows are
	 * logged when inserted and never changed; a party group's deletion (no
	 * write path deletes one) would not be logged: counted. */
	sqlite3_stmt *st = db_stmt(db,
		"SELECT (SELECT coalesce(max(id), 0) FROM change_log), "
		"(SELECT coalesce(max(id), 0) FROM dues_payments), "
		"(SELECT coalesce(max(id), 0) FROM pipeline_overrides), "
		"(SELECT count(*) FROM party_groups), "
		"(SELECT schema_version FROM pragma_schema_version), "
		"(SELECT group_concat(quote(name) || quote(higher_committee) || quote(created_on)) FROM branch), "
		"(SELECT group_concat(quote(key) || quote(value)) FROM settings), "
		"(SELECT group_concat(quote(kind) || quote(period) || quote(count) || quote(per_group)) "
		" FROM meeting_requirements), "
		"(SELECT group_concat(quote(date) || quote(working) || quote(name)) FROM holidays)");
	if (!st)
		return false;
	int rc = sqlite3_step(st);
	uint64_t h = HASH_START;
	if (rc == SQLITE_ROW) {
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			const unsigned char *t = sqlite3_column_text(st, i);
			int n = sqlite3_column_bytes(st, i);
			h = hash_bytes(h, t ? (const char *)t : "", (size_t)n);
			h = hash_bytes(h, "\x1f", 1);
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	*out = h;
	return true;
}

static bool listed(const char *table)
{
	for (int i = 0; home_unlogged_tables[i]; i++)
		if (!strcmp(home_unlogged_tables[i], table))
			return true;
	return false;
}

bool home_fingerprint_gaps(struct db *db, char *out, size_t size)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT t.name, "
		"EXISTS (SELECT 1 FROM sqlite_schema g WHERE g.type = 'trigger' AND g.tbl_name = t.name "
		" AND upper(g.sql) LIKE '%AFTER INSERT ON%' AND upper(g.sql) LIKE '%INSERT INTO CHANGE_LOG%'), "
		"EXISTS (SELECT 1 FROM sqlite_schema g WHERE g.type = 'trigger' AND g.tbl_name = t.name "
		" AND upper(g.sql) LIKE '%AFTER UPDATE%' AND upper(g.sql) LIKE '%INSERT INTO CHANGE_LOG%'), "
		"EXISTS (SELECT 1 FROM sqlite_schema g WHERE g.type = 'trigger' AND g.tbl_name = t.name "
		" AND ((upper(g.sql) LIKE '%BEFORE DELETE ON%' AND upper(g.sql) LIKE '%RAISE(%') "
		"  OR (upper(g.sql) LIKE '%AFTER DELETE ON%' AND upper(g.sql) LIKE '%INSERT INTO CHANGE_LOG%'))) "
		"FROM sqlite_schema t WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%' ORDER BY t.name");
	if (!st)
		return false;
	int rc;
	size_t n = 0;
	out[0] = '\0';
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		bool logged = sqlite3_column_int(st, 1) && sqlite3_column_int(st, 2) && sqlite3_column_int(st, 3);
		if (name && !logged && !listed(name)) {
			int w = snprintf(out + n, size - n, "%s%s", n ? " " : "", name);
			if (w > 0 && (size_t)w < size - n)
				n += (size_t)w;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}
