#include "db/stats.h"

#include "db/db_private.h"

static const char *column_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? (const char *)t : "";
}

static bool read_groups(struct db *db, struct stats *s)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, name FROM party_groups ORDER BY sort_key, name");
	if (!st)
		return false;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		stats_add_group(s, sqlite3_column_int64(st, 0), column_text(st, 1));
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool stats_collect(struct db *db, struct stats *s)
{
	char as_of[DATE_ISO_SIZE], year_start[DATE_ISO_SIZE];
	date_format(s->as_of, as_of);
	date_format((struct date){ s->as_of.y, 1, 1 }, year_start);
	if (!read_groups(db, s))
		return false;
	/* Members who left before the year began can count nowhere. */
	sqlite3_stmt *st = db_stmt(db,
		"SELECT sex, ethnicity, education, category, kind, status, birth_date, join_date, "
		"full_date, status_date, coalesce(group_id, 0) FROM members "
		"WHERE join_date <= :as_of AND NOT (status IN ('转出', '去世', '出党') "
		"AND coalesce(status_date, '') < :year_start)");
	if (!st)
		return false;
	db_bind_text(st, ":as_of", as_of);
	db_bind_text(st, ":year_start", year_start);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct stats_person p = {
			.sex = column_text(st, 0), .ethnicity = column_text(st, 1),
			.education = column_text(st, 2), .category = column_text(st, 3),
			.kind = column_text(st, 4), .status = column_text(st, 5),
			.birth_date = column_text(st, 6), .join_date = column_text(st, 7),
			.full_date = column_text(st, 8), .status_date = column_text(st, 9),
			.group_id = sqlite3_column_int64(st, 10),
		};
		stats_add(s, &p);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	stats_finish(s);
	return true;
}
