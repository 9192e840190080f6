#include "db/branch.h"

#include <stdio.h>
#include <stdlib.h>

#include "db/db_private.h"

bool branch_get(struct db *db, struct branch *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT name, higher_committee, created_on FROM branch WHERE id = 1");
	if (!st)
		return false;
	bool found = db_step(db, st) == SQLITE_ROW;
	if (found) {
		db_column_copy(st, 0, out->name, sizeof out->name);
		db_column_copy(st, 1, out->higher_committee, sizeof out->higher_committee);
		db_column_copy(st, 2, out->created_on, sizeof out->created_on);
	}
	sqlite3_reset(st);
	return found;
}

bool branch_save(struct db *db, const struct branch *b)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO branch(id, name, higher_committee, created_on) "
		"VALUES (1, :name, :higher, :created) "
		"ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
		"higher_committee = excluded.higher_committee");
	if (!st)
		return false;
	db_bind_text(st, ":name", b->name);
	db_bind_text(st, ":higher", b->higher_committee);
	db_bind_text(st, ":created", b->created_on);
	return db_step_done(db, st);
}

bool settings_get(struct db *db, const char *key, char *out, size_t size, const char *fallback)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT value FROM settings WHERE key = :key");
	bool found = false;
	if (st) {
		db_bind_text(st, ":key", key);
		found = db_step(db, st) == SQLITE_ROW;
		if (found)
			db_column_copy(st, 0, out, size);
		sqlite3_reset(st);
	}
	if (!found)
		snprintf(out, size, "%s", fallback ? fallback : "");
	return found;
}

long long settings_get_int(struct db *db, const char *key, long long fallback)
{
	char buf[32], *end;
	if (!settings_get(db, key, buf, sizeof buf, NULL))
		return fallback;
	long long v = strtoll(buf, &end, 10);
	return *buf && !*end ? v : fallback;
}

bool settings_set(struct db *db, const char *key, const char *value)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO settings(key, value) VALUES (:key, :value) "
		"ON CONFLICT(key) DO UPDATE SET value = excluded.value");
	if (!st)
		return false;
	db_bind_text(st, ":key", key);
	db_bind_text(st, ":value", value);
	return db_step_done(db, st);
}
