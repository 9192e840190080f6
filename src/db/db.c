#include "db/db_private.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/migrations.h"
#include "db/writer.h"
#include "io/paths.h"

void db_set_error(struct db *db, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(db->err, sizeof db->err, fmt, ap);
	va_end(ap);
}

void db_set_sqlite_error(struct db *db, const char *sql)
{
	int code = sqlite3_extended_errcode(db->h);
	char who[512];
	if ((code == SQLITE_BUSY || code == SQLITE_LOCKED || (code & 0xff) == SQLITE_BUSY) &&
	    writer_describe(db->path, who, sizeof who))
		db_set_error(db, "%s", who);
	else if (code == SQLITE_BUSY || code == SQLITE_LOCKED || (code & 0xff) == SQLITE_BUSY)
		db_set_error(db, _("the database is busy: another zhibu is writing to it; try again in a moment"));
	else if ((code & 0xff) == SQLITE_FULL)
		db_set_error(db, _("the disk is full: nothing was written"));
	else if ((code & 0xff) == SQLITE_READONLY)
		db_set_error(db, _("the database file is read-only"));
	else
		db_set_error(db, "%s%s%s", sqlite3_errmsg(db->h), sql ? " -- " : "", sql ? sql : "");
}

const char *db_error(const struct db *db)
{
	return db->err;
}

const char *db_path(const struct db *db)
{
	return db->path;
}

static size_t stmt_slot(const struct db_cached_stmt *cache, size_t cap, const char *sql)
{
	size_t i = ((uintptr_t)sql >> 3) * 0x9e3779b97f4a7c15u & (cap - 1);
	while (cache[i].sql && cache[i].sql != sql)
		i = (i + 1) & (cap - 1);
	return i;
}

static void stmt_cache_grow(struct db *db)
{
	size_t cap = db->cache_cap ? db->cache_cap * 2 : 128;
	struct db_cached_stmt *bigger = calloc(cap, sizeof *bigger);
	if (!bigger)
		abort();
	for (size_t i = 0; i < db->cache_cap; i++)
		if (db->cache[i].sql)
			bigger[stmt_slot(bigger, cap, db->cache[i].sql)] = db->cache[i];
	free(db->cache);
	db->cache = bigger;
	db->cache_cap = cap;
}

sqlite3_stmt *db_stmt(struct db *db, const char *sql)
{
	if (db->cache_count * 2 >= db->cache_cap)
		stmt_cache_grow(db);
	struct db_cached_stmt *slot = &db->cache[stmt_slot(db->cache, db->cache_cap, sql)];
	if (slot->sql) {
		sqlite3_reset(slot->stmt);
		sqlite3_clear_bindings(slot->stmt);
		return slot->stmt;
	}
	sqlite3_stmt *st;
	if (sqlite3_prepare_v3(db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		db_set_sqlite_error(db, sql);
		return NULL;
	}
	slot->sql = sql;
	slot->stmt = st;
	db->cache_count++;
	return st;
}

bool db_step_done(struct db *db, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		db_set_sqlite_error(db, sqlite3_sql(st));
		sqlite3_reset(st);
		return false;
	}
	sqlite3_reset(st);
	return true;
}

static int param_index(sqlite3_stmt *st, const char *name)
{
	int i = sqlite3_bind_parameter_index(st, name);
	if (i == 0) {
		fprintf(stderr, "zhibu: internal error: no parameter %s in %s\n", name, sqlite3_sql(st));
		abort();
	}
	return i;
}

void db_bind_text(sqlite3_stmt *st, const char *name, const char *value)
{
	sqlite3_bind_text(st, param_index(st, name), value ? value : "", -1, SQLITE_TRANSIENT);
}

void db_bind_opt(sqlite3_stmt *st, const char *name, const char *value)
{
	if (value && *value)
		sqlite3_bind_text(st, param_index(st, name), value, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, param_index(st, name));
}

void db_bind_int(sqlite3_stmt *st, const char *name, long long value)
{
	sqlite3_bind_int64(st, param_index(st, name), value);
}

void db_bind_null(sqlite3_stmt *st, const char *name)
{
	sqlite3_bind_null(st, param_index(st, name));
}

void db_bind_id(sqlite3_stmt *st, const char *name, long long id)
{
	if (id)
		db_bind_int(st, name, id);
	else
		db_bind_null(st, name);
}

bool db_insert_done(struct db *db, sqlite3_stmt *st, long long *id)
{
	if (!db_step_done(db, st))
		return false;
	*id = sqlite3_last_insert_rowid(db->h);
	return true;
}

long long db_step_id(struct db *db, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	long long id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return -1;
	}
	return id;
}

void db_column_copy(sqlite3_stmt *st, int i, char *dst, size_t size)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	text_copy(dst, size, t ? (const char *)t : "");
}

bool db_exec(struct db *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db->h, sql, NULL, NULL, &msg) != SQLITE_OK) {
		db_set_sqlite_error(db, NULL);
		sqlite3_free(msg);
		return false;
	}
	return true;
}

bool db_begin(struct db *db)
{
	if (db->depth++ > 0)
		return true;
	db->failed = false;
	if (!db_exec(db, "BEGIN IMMEDIATE")) {
		db->depth = 0;
		return false;
	}
	writer_mark(db->path);
	return true;
}

bool db_commit(struct db *db)
{
	if (db->depth == 0)
		return false;
	if (--db->depth > 0)
		return !db->failed;
	writer_test_hold();
	writer_clear(db->path);
	if (db->failed) {
		db_exec(db, "ROLLBACK");
		return false;
	}
	if (!db_exec(db, "COMMIT")) {
		char keep[sizeof db->err];
		memcpy(keep, db->err, sizeof keep);
		db_exec(db, "ROLLBACK");
		memcpy(db->err, keep, sizeof keep);
		return false;
	}
	return true;
}

void db_rollback(struct db *db)
{
	if (db->depth == 0)
		return;
	if (--db->depth > 0) {
		db->failed = true;
		return;
	}
	char keep[sizeof db->err];
	memcpy(keep, db->err, sizeof keep);
	writer_clear(db->path);
	db_exec(db, "ROLLBACK");
	memcpy(db->err, keep, sizeof keep);
}

/* zhibu_now(): the time the change log records.  With ZHIBU_TODAY pinned it
 * is that day at 00:00:00, so that test output does not depend on the clock. */
static void sql_now(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	char buf[32];
	const char *pinned = getenv("ZHIBU_TODAY");
	struct date d;
	if (pinned && date_parse_iso(pinned, &d)) {
		char iso[DATE_ISO_SIZE];
		date_format(d, iso);
		snprintf(buf, sizeof buf, "%s 00:00:00", iso);
	} else {
		time_t now = time(NULL);
		struct tm tm;
		localtime_r(&now, &tm);
		strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
	}
	sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

int db_schema_version(void)
{
	return migrations[migration_count - 1].version;
}

static int pragma_int(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	return v;
}

int db_file_version(struct db *db)
{
	return pragma_int(db, "PRAGMA user_version");
}

/* Before a migration touches an existing file, keep a copy of it. */
static bool backup_before_migration(struct db *db, int from, int to)
{
	char *dir = paths_backup_dir(db->path);
	char stamp[32], *file = NULL;
	time_t now = time(NULL);
	struct tm tm;
	bool ok = false;
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	if (!dir || !paths_make_dir(dir)) {
		db_set_error(db, _("cannot create the backup folder %s: %s"), dir ? dir : "?", strerror(errno));
		goto out;
	}
	if (asprintf(&file, "%s/zhibu-v%d-before-v%d-%s.db", dir, from, to, stamp) < 0)
		goto out;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->h, "VACUUM INTO ?1", -1, &st, NULL) != SQLITE_OK) {
		db_set_sqlite_error(db, NULL);
		goto out;
	}
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	ok = sqlite3_step(st) == SQLITE_DONE;
	if (!ok)
		db_set_error(db, _("cannot back up the database before upgrading it: %s"), sqlite3_errmsg(db->h));
	sqlite3_finalize(st);
	if (ok)
		chmod(file, 0600);
out:
	free(file);
	free(dir);
	return ok;
}

static bool migrate(struct db *db)
{
	int app = pragma_int(db, "PRAGMA application_id");
	int have = db_file_version(db);
	int want = db_schema_version();
	int tables = pragma_int(db, "SELECT count(*) FROM sqlite_schema");

	if (app != ZHIBU_APPLICATION_ID && !(app == 0 && have == 0 && tables == 0)) {
		db_set_error(db, _("%s is not a zhibu database"), db->path);
		return false;
	}
	if (have > want) {
		db_set_error(db, _("%s was written by a newer zhibu (schema %d; this program knows up to %d): "
				   "update zhibu to open it"), db->path, have, want);
		return false;
	}
	if (have == want)
		return true;
	if (have > 0 && !backup_before_migration(db, have, want))
		return false;
	db->upgraded = have > 0;
	for (int i = 0; i < migration_count; i++) {
		const struct migration *m = &migrations[i];
		char pragma[64];
		if (m->version <= have)
			continue;
		if (!db_begin(db))
			return false;
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", m->version);
		if (!db_exec(db, m->sql) || !db_exec(db, pragma)) {
			char keep[sizeof db->err];
			snprintf(keep, sizeof keep, "%s", db->err);
			db_rollback(db);
			db_set_error(db, _("cannot apply migration %s: %s"), m->name, keep);
			return false;
		}
		if (!db_commit(db))
			return false;
	}
	char pragma[64];
	snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d", ZHIBU_APPLICATION_ID);
	return db_exec(db, pragma);
}

/* Create the file 0600 (its folder 0700) before SQLite opens it, so that
 * personal data is never readable by others, not even for a moment. */
static bool create_private_file(const char *path, char **err)
{
	char *dir = paths_dirname(path);
	bool ok = dir && paths_make_dir(dir);
	free(dir);
	if (!ok) {
		if (asprintf(err, _("cannot create the folder for %s: %s"), path, strerror(errno)) < 0)
			*err = NULL;
		return false;
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST) {
		if (asprintf(err, _("cannot create %s: %s"), path, strerror(errno)) < 0)
			*err = NULL;
		return false;
	}
	if (fd >= 0)
		close(fd);
	return true;
}

/* Test only: ZHIBU_TEST_MAX_PAGES=N caps the file at N pages (SQLite's
 * max_page_count), so that a test can fill the "disk" during a write. */
static bool test_max_pages(struct db *db)
{
	const char *v = getenv("ZHIBU_TEST_MAX_PAGES");
	char *end, pragma[64];
	if (!v || !*v)
		return true;
	long n = strtol(v, &end, 10);
	if (*end || n < 1)
		return true;
	snprintf(pragma, sizeof pragma, "PRAGMA max_page_count = %ld", n);
	return db_exec(db, pragma);
}

struct db *db_open(const char *path, enum db_mode mode, char **err)
{
	struct stat st;
	*err = NULL;
	if (stat(path, &st) != 0) {
		if (mode == DB_EXISTING) {
			if (asprintf(err, _("no database at %s (run: zhibu init)"), path) < 0)
				*err = NULL;
			return NULL;
		}
		if (!create_private_file(path, err))
			return NULL;
	}
	struct db *db = calloc(1, sizeof *db);
	if (!db)
		abort();
	db->path = strdup(path);
	/* One thread uses a connection: SQLite's own mutexes only cost time. */
	if (sqlite3_open_v2(path, &db->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		if (asprintf(err, _("cannot open %s: %s"), path, sqlite3_errmsg(db->h)) < 0)
			*err = NULL;
		db_close(db);
		return NULL;
	}
	sqlite3_extended_result_codes(db->h, 1);
	sqlite3_busy_timeout(db->h, 3000);
	sqlite3_create_function(db->h, "zhibu_now", 0, SQLITE_UTF8, NULL, sql_now, NULL, NULL);
	bool ok = pragma_int(db, "PRAGMA schema_version") >= 0;
	if (!ok)
		db_set_error(db, _("%s is not a zhibu database"), path);
	ok = ok && db_exec(db, "PRAGMA foreign_keys = ON") &&
	     db_exec(db, "PRAGMA journal_mode = WAL") &&
	     db_exec(db, "PRAGMA synchronous = NORMAL") &&
	     /* statement journals of bulk writes in memory, not in temp files */
	     db_exec(db, "PRAGMA temp_store = MEMORY") && migrate(db) && test_max_pages(db);
	if (!ok) {
		if (asprintf(err, "%s", db->err) < 0)
			*err = NULL;
		db_close(db);
		return NULL;
	}
	return db;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	for (size_t i = 0; i < db->cache_cap; i++)
		if (db->cache[i].stmt)
			sqlite3_finalize(db->cache[i].stmt);
	free(db->cache);
	sqlite3_close(db->h);
	free(db->path);
	free(db);
}
