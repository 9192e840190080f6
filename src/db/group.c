#include "db/group.h"

#include "db/db_private.h"

long long group_id_by_name(struct db *db, const char *name, bool create)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id FROM party_groups WHERE name = :name");
	if (!st)
		return 0;
	db_bind_text(st, ":name", name);
	long long id = db_step(db, st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (id || !create)
		return id;
	st = db_stmt(db, "INSERT INTO party_groups(name, sort_key) "
			 "VALUES (:name, (SELECT coalesce(max(sort_key), 0) + 1 FROM party_groups))");
	if (!st)
		return 0;
	db_bind_text(st, ":name", name);
	if (!db_step_done(db, st))
		return 0;
	return sqlite3_last_insert_rowid(db->h);
}

bool group_each(struct db *db, group_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT g.id, g.name, coalesce(g.leader_id, 0), coalesce(l.name, ''), "
		"(SELECT count(*) FROM members m WHERE m.group_id = g.id "
		" AND m.status NOT IN ('转出', '去世', '出党')) "
		"FROM party_groups g LEFT JOIN members l ON l.id = g.leader_id "
		"ORDER BY g.sort_key, g.name");
	if (!st)
		return false;
	struct party_group g;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		g.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, g.name, sizeof g.name);
		g.leader_id = sqlite3_column_int64(st, 2);
		db_column_copy(st, 3, g.leader_name, sizeof g.leader_name);
		g.members = sqlite3_column_int64(st, 4);
		fn(ctx, &g);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool group_rename(struct db *db, long long id, const char *name)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE party_groups SET name = :name WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":name", name);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}

bool group_set_leader(struct db *db, long long id, long long member_id)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE party_groups SET leader_id = :leader WHERE id = :id");
	if (!st)
		return false;
	db_bind_id(st, ":leader", member_id);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}
