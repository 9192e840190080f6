/* Backups of the database file: consistent copies (SQLite's backup API)
 * into the backups/ folder beside it, once a day on start and on request;
 * the checks that say whether a file is a sound zhibu database (doctor,
 * restore); and restoring a backup in place, in one transaction. */
#ifndef ZHIBU_BACKUP_H
#define ZHIBU_BACKUP_H
#include <stdbool.h>
#include <stddef.h>

struct db;

#define BACKUP_KEEP_DEFAULT 30      /* setting backup.keep */
#define BACKUP_KEEP_SETTING "backup.keep"

/* Copy the open database to path: a consistent snapshot even while another
 * zhibu writes, created 0600, written under a temporary name, synced and
 * then put in place, so that path never holds half a copy.  An existing
 * file is not overwritten.  On failure returns false with db_error set. */
bool backup_to(struct db *db, const char *path);

/* The copies of a database are named after its file without the extension:
 * those of zhibu.db are zhibu-YYYY-MM-DD.db and so on, so that databases
 * that share a folder each keep their own. */

/* Take a backup into backups/ now (zhibu-YYYY-MM-DD-HHMMSS.db), then keep
 * only the newest backup.keep.  *out gets its path (heap; may be NULL). */
bool backup_now(struct db *db, char **out);

/* The backup on start: unless backups/ already holds one from today, take
 * zhibu-YYYY-MM-DD.db and prune.  *made (may be NULL) says whether a copy
 * was made.  On failure returns false with db_error set. */
bool backup_daily(struct db *db, bool *made);

/* Keep the newest keep (at least 1) of the automatic and manual backups of
 * the database at db_path (backups/zhibu-YYYY-MM-DD[-HHMMSS].db), and spare
 * (a file name in backups/, or NULL): the copies kept before a migration or
 * a restore are never removed.  Also removes temporary files left by a copy
 * that was killed.  Returns the number of files removed, -1 on error. */
int backup_prune(const char *db_path, int keep, const char *spare);

/* The backups of the database at db_path: how many, and the newest name
 * (empty when none). */
int backup_count(const char *db_path, char *newest, size_t size);

/* What the checks found in a database file. */
struct backup_check {
	bool readable;        /* SQLite could open and read it */
	bool zhibu;           /* application_id says zhibu */
	int version;          /* user_version: the schema it was written with */
	bool version_ok;      /* 1 .. the schema this program knows */
	bool integrity_ok;    /* PRAGMA integrity_check */
	char integrity[256];  /* its first line */
	long long fk_problems;/* rows of PRAGMA foreign_key_check */
	bool wal;             /* in WAL mode (the live database should be) */
	long long members;    /* -1 when unknown */
	char problem[512];    /* the first problem, translated ("" when none) */
};

/* Run the checks on the database file at path without changing it.
 * Returns true when every check passed. */
bool backup_check_file(const char *path, struct backup_check *c);

/* Replace the database at db_path with the backup in file.  The backup
 * must pass every check and be no newer than this program.  The current
 * database is first copied into backups/ (zhibu-...-before-restore.db;
 * *kept gets its path, heap, NULL when there was none), then the backup is
 * copied over it in one transaction (other zhibu see the old or the new
 * data, never a mix) and the write-ahead log is checkpointed.  On failure
 * returns false with *err set (heap, translated) and the database as it
 * was. */
bool backup_restore(const char *db_path, const char *file, char **kept, char **err);

#endif
