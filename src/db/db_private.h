/* Shared by the files of src/db: the connection and statement helpers. */
#ifndef ZHIBU_DB_PRIVATE_H
#define ZHIBU_DB_PRIVATE_H
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#include "db/db.h"

struct db {
	sqlite3 *h;
	char *path;
	int depth;          /* transaction nesting */
	bool failed;        /* a nested rollback happened */
	bool upgraded;      /* this open migrated the file (a copy was kept first) */
	char err[512];
	/* Prepared statements by the address of their SQL literal: an open
	 * addressing table that grows and never evicts, so that a statement a
	 * caller is still stepping is never finalized under it. */
	struct db_cached_stmt {
		const char *sql;
		sqlite3_stmt *stmt;
	} *cache;
	size_t cache_cap, cache_count;
};

/* A prepared, reset statement for an SQL literal, cached for the life of the
 * connection.  NULL on error (db_error says why). */
sqlite3_stmt *db_stmt(struct db *db, const char *sql);
/* Step an INSERT and give the new row's id; false on error. */
bool db_insert_done(struct db *db, sqlite3_stmt *st, long long *id);
/* Step a statement that selects one id: the id, 0 when no row, -1 on
 * error; reset it. */
long long db_step_id(struct db *db, sqlite3_stmt *st);
/* Step a cached statement that returns no rows; reset it; false on error. */
bool db_step_done(struct db *db, sqlite3_stmt *st);
/* Record the SQLite error of the connection, with the SQL that failed. */
void db_set_sqlite_error(struct db *db, const char *sql);
/* Record a message (already translated). */
void db_set_error(struct db *db, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Bind helpers: an empty C string binds as '' ; db_bind_opt binds NULL for "". */
void db_bind_text(sqlite3_stmt *st, const char *name, const char *value);
void db_bind_opt(sqlite3_stmt *st, const char *name, const char *value);
void db_bind_int(sqlite3_stmt *st, const char *name, long long value);
void db_bind_null(sqlite3_stmt *st, const char *name);
/* A row id: NULL for 0, which means "none". */
void db_bind_id(sqlite3_stmt *st, const char *name, long long id);
/* Copy column i as text into dst ("" for NULL). */
void db_column_copy(sqlite3_stmt *st, int i, char *dst, size_t size);

#endif
