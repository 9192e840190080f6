/* The package a branch sends up (上报包) and the inputs a committee reads.
 *
 * A package is a consistent copy of the branch's database (SQLite's backup
 * API) in rollback-journal mode, with a manifest table (package_manifest:
 * branch, higher committee, made at, zhibu and schema version, the data's
 * fingerprint, masked or not), 0600, checked after writing.  Masked, the ID
 * and phone numbers are replaced in every table and in the change log, and
 * the file is vacuumed so that no freed page keeps the old values.
 *
 * An input is a package or a branch's own database.  It is opened for
 * reading only and never written: a file of an older schema is copied into
 * a private temporary folder (0700) and the copy is upgraded. */
#ifndef ZHIBU_PACKAGE_H
#define ZHIBU_PACKAGE_H
#include <stdbool.h>
#include <stdint.h>

#include "core/date.h"
#include "db/branch.h"

struct db;

#define PACKAGE_MASKED_SETTING "package.masked" /* 1: packages are masked unless --unmasked */

struct package_manifest {
	bool present;               /* false: a branch database, not a package */
	char branch[128], higher[128];
	char made_at[DATE_TIME_SIZE]; /* YYYY-MM-DD HH:MM:SS */
	char zhibu_version[16];
	int schema;
	uint64_t fingerprint;
	bool masked;
};

/* Write the package of db to path (replacing a file there only once the new
 * one is complete and checked).  False with *err set (heap, translated). */
bool package_export(struct db *db, const char *path, bool masked, char **err);

struct package_input {
	char *path;                 /* as given */
	struct db *db;              /* open for reading (or the upgraded copy) */
	struct package_manifest manifest;
	struct branch branch;
	int version;                /* the schema the file was written with */
	bool upgraded;              /* read through an upgraded private copy */
	long long mtime;            /* the file's modification time */
	char *tmpdir;               /* the private copy's folder, or NULL */
};

/* Check and open one input: a regular file, SQLite, zhibu's application_id,
 * a schema no newer than this program's, a manifest that agrees with the
 * data, a branch set up, and with full_check PRAGMA quick_check (a pass over
 * every page: what to do once before reading an input; without it, enough to
 * learn which branch a file holds).  A file that passed quick_check is
 * remembered in the cache folder until its size, time or inode changes.  False with *why set (heap, translated)
 * when the input must be skipped. */
bool package_input_open(const char *path, struct package_input *in, bool full_check, char **why);
void package_input_close(struct package_input *in);

#endif
