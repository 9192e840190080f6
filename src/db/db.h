/* The database: one SQLite file.  Only src/db includes <sqlite3.h>; the rest
 * of the program sees these functions and the record kinds' own headers. */
#ifndef ZHIBU_DB_H
#define ZHIBU_DB_H
#include <stdbool.h>
#include <stddef.h>

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
/* Whether db was opened by db_open_readonly. */
bool db_readonly(const struct db *db);
/* Another connection to db's file, opened as db was (for reading in another
 * thread: a connection is used by one thread at a time). */
struct db *db_open_again(struct db *db, char **err);
void db_close(struct db *db);
const char *db_path(const struct db *db);
/* Remove the files SQLite keeps beside the database at PATH (-wal, -shm,
 * -journal); with the database too when WHOLE (a file this run created and
 * the user left before anything was written). */
void db_unlink_files(const char *path, bool whole);

/* What is wrong with the file at path, looked at without SQLite: not an
 * SQLite file, or cut short (smaller than its header says).  False when
 * neither (an empty or missing file is neither); else true with out set
 * (translated). */
bool db_file_damage(const char *path, char *out, size_t size);
/* Why zhibu cannot write the file at path: a read-only disk, a file or
 * folder without write permission, a -shm file left read-only.  False when
 * it can; else true with out set (translated). */
bool db_file_readonly(const char *path, char *out, size_t size);

/* The schema version this program writes, and the file's. */
int db_schema_version(void);
int db_file_version(struct db *db);
/* Changes when another connection commits to the file (PRAGMA
 * data_version): the app reloads what it shows.  -1 on failure. */
int db_data_version(struct db *db);
/* The rows this connection has written since it opened: grows with each
 * write of this process, whichever function made it. */
long long db_change_count(struct db *db);

/* Transactions nest: only the outermost begin/commit touch SQLite.  Writes
 * use BEGIN IMMEDIATE so that a second writer waits at the start, not in the
 * middle.  A rollback anywhere makes the outermost commit roll back. */
bool db_begin(struct db *db);
bool db_commit(struct db *db);
void db_rollback(struct db *db);
/* Reads that must see one state of the file (a computation kept beside the
 * version of what it read): a read transaction, when none is open.  Give
 * db_read_end what db_read_begin returned. */
bool db_read_begin(struct db *db);
void db_read_end(struct db *db, bool began);

/* The last error, translated where the user can cause it. */
const char *db_error(const struct db *db);

/* Sticky: true once SQLite has reported the file damaged (SQLITE_CORRUPT,
 * SQLITE_NOTADB, an I/O error) on this connection (db NULL: on any
 * connection of the process).  What was read since may be incomplete:
 * nothing read may be written out or shown as the truth. */
bool db_failed(const struct db *db);
/* The message for a damaged file (translated). */
const char *db_damaged_message(void);

/* Run a statement with no parameters and no result (PRAGMA, maintenance). */
bool db_exec(struct db *db, const char *sql);

#endif
