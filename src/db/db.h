/* The database: one SQLite file.  Only src/db includes <sqlite3.h>; the rest
 * of the program sees these functions and the record kinds' own headers. */
#ifndef ZHIBU_DB_H
#define ZHIBU_DB_H
#include <stdbool.h>

#define ZHIBU_APPLICATION_ID 0x7a686275 /* "zhbu" */

struct db;

enum db_mode {
	DB_CREATE,   /* create the file (and its folder) when missing */
	DB_EXISTING, /* the file must exist */
};

/* Open and migrate to the current schema.  On failure returns NULL and sets
 * *err to a translated message (free it). */
struct db *db_open(const char *path, enum db_mode mode, char **err);
/* Open for reading only, never migrating or writing (the committee's
 * inputs: branch files and packages; zhibu --read-only).  Nothing is
 * created beside the file unless a -wal is there (a writer may be busy:
 * then SQLite reads through the log and keeps its -shm).  The caller checks
 * the schema version. */
struct db *db_open_readonly(const char *path, char **err);
void db_close(struct db *db);
const char *db_path(const struct db *db);

/* The schema version this program writes, and the file's. */
int db_schema_version(void);
int db_file_version(struct db *db);

/* Transactions nest: only the outermost begin/commit touch SQLite.  Writes
 * use BEGIN IMMEDIATE so that a second writer waits at the start, not in the
 * middle.  A rollback anywhere makes the outermost commit roll back. */
bool db_begin(struct db *db);
bool db_commit(struct db *db);
void db_rollback(struct db *db);

/* The last error, translated where the user can cause it. */
const char *db_error(const struct db *db);

/* Run a statement with no parameters and no result (PRAGMA, maintenance). */
bool db_exec(struct db *db, const char *sql);

#endif
