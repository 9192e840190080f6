/* Shared by the files of src/db: the connection and statement helpers. */
#ifndef ZHIBU_DB_PRIVATE_H
#define ZHIBU_DB_PRIVATE_H
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "db/reads.h"

struct db {
	sqlite3 *h;
	char *path;
	int depth;          /* transaction nesting */
	bool failed;        /* a nested rollback happened */
	bool damaged;       /* SQLite found the file corrupt, not a database, or unreadable */
	bool upgraded;      /* this open migrated the file (a copy was kept first) */
	bool readonly;      /* opened by db_open_readonly */
	char err[512];
	/* Prepared statements by the address of their SQL literal: an open
	 * addressing table that grows and never evicts, so that a statement a
	 * caller is still stepping is never finalized under it. */
	struct db_cached_stmt {
		const char *sql;
		sqlite3_stmt *stmt;
		struct db_readset reads; /* what it names (reads.c) */
		unsigned epoch;          /* the recording it was last counted in */
	} *cache;
	size_t cache_cap, cache_count;
	/* What statements read (reads.c): the names seen, the sets being
	 * recorded, the set of the cached statement being prepared. */
	struct db_read_names {
		char **names;
		size_t n, cap;
		uint32_t *slots;    /* open addressing: name number + 1 */
		size_t slot_cap;
	} read_names;
	struct db_readset *recording[4], *preparing;
	int nrecording;
	unsigned read_epoch;
	/* hours_members_each's last whole-branch list (training.c), kept while
	 * nothing is written: the 学时 and 谈话 to-dos both read it. */
	struct hours_members_memo *members_memo;
};

/* reads.c: the authorizer that records what statements read (db_open),
 * its names (db_close), and a cached statement's reads counted each time
 * db_stmt gives it. */
void db_reads_watch(struct db *db);
void db_reads_forget(struct db *db);
void db_reads_used(struct db *db, struct db_cached_stmt *slot);

/* Free the list hours_members_each kept (db_close). */
void hours_members_forget(struct db *db);

/* A prepared, reset statement for an SQL literal, cached for the life of the
 * connection.  NULL on error (db_error says why). */
sqlite3_stmt *db_stmt(struct db *db, const char *sql);
/* Reset a statement after stepping it, checking what the steps ended with
 * (as Fossil's db_reset): false, with db_error set and, for a damaged file,
 * db_failed, when a step failed.  A read loop ends with it to tell an error
 * from the end of the rows. */
bool db_reset(struct db *db, sqlite3_stmt *st);
/* Step a statement that gives at most one row: SQLITE_ROW, SQLITE_DONE, or
 * (after recording the error like db_reset) anything else. */
int db_step(struct db *db, sqlite3_stmt *st);
/* Step an INSERT and give the new row's id; false on error. */
bool db_insert_done(struct db *db, sqlite3_stmt *st, long long *id);
/* Step a statement that selects one id: the id, 0 when no row, -1 on
 * error; reset it. */
long long db_step_id(struct db *db, sqlite3_stmt *st);
/* Step a cached statement that returns no rows; reset it; false on error. */
bool db_step_done(struct db *db, sqlite3_stmt *st);
/* Step a cached statement that returns one row and give its first column
 * as an integer; reset it; false on error. */
bool db_step_int(struct db *db, sqlite3_stmt *st, long long *out);
/* Record the SQLite error of the connection, with the SQL that failed. */
void db_set_sqlite_error(struct db *db, const char *sql);
/* Record a message (already translated). */
void db_set_error(struct db *db, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Edit forms (issue 11): a record as the form loaded it, as it is in the
 * file now, and as the user edited it.  A column of a record struct: text
 * (compared as a C string) or a number (compared byte for byte), with the
 * label that names it to the user (a msgid); or a heap string (char *,
 * freed and copied when applied). */
struct db_column {
	size_t offset, size;
	enum { DB_COL_TEXT, DB_COL_VALUE, DB_COL_STRING } kind; /* STRING: a char * the record owns */
	const char *label;
};
#define DB_TEXT(type, member, label) { offsetof(type, member), sizeof ((type *)0)->member, DB_COL_TEXT, label }
#define DB_VALUE(type, member, label) { offsetof(type, member), sizeof ((type *)0)->member, DB_COL_VALUE, label }
#define DB_STRING(type, member, label) { offsetof(type, member), sizeof ((type *)0)->member, DB_COL_STRING, label }
/* Whether another writer changed the record since the form loaded it:
 * false when now equals loaded; else true with why naming the columns that
 * differ (translated, for the form's message). */
bool db_record_changed(struct db *db, const struct db_column *cols, size_t n, const void *loaded,
		       const void *now, char *why, size_t why_size);
/* Apply to now only the columns the user changed (edited differs from
 * loaded): what an update then writes. */
void db_record_apply(const struct db_column *cols, size_t n, void *now, const void *loaded,
		     const void *edited);

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
