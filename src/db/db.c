#include "db/db_private.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/pinyin.h"
#include "core/strokes.h"
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

/* Damage anywhere in the process: SQLite's error log sees every error,
 * also those of a lookup that reads a failed step as "not found". */
static bool damage_seen;

static bool is_damage(int code)
{
	int primary = code & 0xff;
	return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR;
}

static void error_log(void *ctx, int code, const char *msg)
{
	(void)ctx;
	(void)msg;
	if (is_damage(code))
		damage_seen = true;
}

bool db_failed(const struct db *db)
{
	return damage_seen || (db && db->damaged);
}

const char *db_damaged_message(void)
{
	return _("the database file is damaged: run zhibu doctor, or restore a backup with zhibu restore");
}

void db_set_sqlite_error(struct db *db, const char *sql)
{
	int code = sqlite3_extended_errcode(db->h);
	char who[512];
	/* A loop that stepped on after the failure no longer holds its code. */
	if (is_damage(code) || damage_seen) {
		db->damaged = true;
		db_set_error(db, "%s", db_damaged_message());
	} else if ((code == SQLITE_BUSY || code == SQLITE_LOCKED || (code & 0xff) == SQLITE_BUSY) &&
	    writer_describe(db->path, who, sizeof who))
		db_set_error(db, "%s", who);
	else if (code == SQLITE_BUSY || code == SQLITE_LOCKED || (code & 0xff) == SQLITE_BUSY)
		db_set_error(db, _("the database is busy: another zhibu is writing to it; try again in a moment"));
	else if ((code & 0xff) == SQLITE_FULL)
		db_set_error(db, _("the disk is full: nothing was written"));
	else if ((code & 0xff) == SQLITE_READONLY && db_file_readonly(db->path, who, sizeof who))
		db_set_error(db, "%s", who); /* which: the disk, the file, its folder, its -shm */
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
		db_reads_used(db, slot);
		return slot->stmt;
	}
	sqlite3_stmt *st;
	struct db_readset reads = { 0 };
	db->preparing = &reads;
	int rc = sqlite3_prepare_v3(db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
	db->preparing = NULL;
	if (rc != SQLITE_OK) {
		db_readset_free(&reads);
		db_set_sqlite_error(db, sql);
		return NULL;
	}
	slot->sql = sql;
	slot->stmt = st;
	slot->reads = reads;
	db->cache_count++;
	db_reads_used(db, slot);
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

bool db_reset(struct db *db, sqlite3_stmt *st)
{
	if (sqlite3_reset(st) == SQLITE_OK)
		return true;
	db_set_sqlite_error(db, sqlite3_sql(st));
	return false;
}

int db_step(struct db *db, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, sqlite3_sql(st));
		sqlite3_reset(st);
	}
	return rc;
}

bool db_step_int(struct db *db, sqlite3_stmt *st, long long *out)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	else
		db_set_sqlite_error(db, sqlite3_sql(st));
	sqlite3_reset(st);
	return rc == SQLITE_ROW;
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

static bool column_differs(const struct db_column *c, const void *a, const void *b)
{
	const char *x = (const char *)a + c->offset, *y = (const char *)b + c->offset;
	switch (c->kind) {
	case DB_COL_TEXT:
		return strncmp(x, y, c->size) != 0;
	case DB_COL_STRING:
		return strcmp(*(char *const *)(const void *)x, *(char *const *)(const void *)y) != 0;
	default:
		return memcmp(x, y, c->size) != 0;
	}
}

bool db_record_changed(struct db *db, const struct db_column *cols, size_t n, const void *loaded,
		       const void *now, char *why, size_t why_size)
{
	char names[512] = "";
	const char *last = NULL;
	for (size_t i = 0; i < n; i++) {
		/* Columns shown as one field share their label: named once. */
		if (!column_differs(&cols[i], loaded, now) || (last && !strcmp(last, cols[i].label)))
			continue;
		if (*names)
			strncat(names, _(", "), sizeof names - strlen(names) - 1);
		strncat(names, _(cols[i].label), sizeof names - strlen(names) - 1);
		last = cols[i].label;
	}
	if (!*names)
		return false;
	snprintf(why, why_size, _("another zhibu changed this record while the form was open (%s): nothing "
				  "was saved; what you typed is still here: Esc, open the record again and "
				  "type your change there"), names);
	db_set_error(db, "%s", why);
	return true;
}

void db_record_apply(const struct db_column *cols, size_t n, void *now, const void *loaded, const void *edited)
{
	for (size_t i = 0; i < n; i++)
		if (!column_differs(&cols[i], loaded, edited)) {
			continue;
		} else if (cols[i].kind == DB_COL_STRING) {
			char **to = (char **)(void *)((char *)now + cols[i].offset);
			char *copy = strdup(*(char *const *)(const void *)((const char *)edited + cols[i].offset));
			if (!copy)
				abort();
			free(*to);
			*to = copy;
		} else {
			memcpy((char *)now + cols[i].offset, (const char *)edited + cols[i].offset, cols[i].size);
		}
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

bool db_read_begin(struct db *db)
{
	return sqlite3_get_autocommit(db->h) && db_exec(db, "BEGIN");
}

void db_read_end(struct db *db, bool began)
{
	if (began)
		db_exec(db, "COMMIT");
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
	char buf[DATE_TIME_SIZE];
	date_now_text(buf);
	sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* zhibu_pinyin_match(name, letters): the screens' pinyin search of a name
 * (pinyin_matches), 1 or 0. */
static void sql_pinyin_match(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const unsigned char *name = sqlite3_value_text(argv[0]);
	const unsigned char *q = sqlite3_value_text(argv[1]);
	sqlite3_result_int(ctx, name && q && pinyin_matches((const char *)name, (const char *)q));
}

/* zhibu_sortkey(name, 'strokes' | 'pinyin'): the key of the roster's 姓氏笔画
 * or pinyin order (strokes_sort_key, pinyin_sort_key), compared as bytes. */
static void sql_sortkey(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const unsigned char *name = sqlite3_value_text(argv[0]);
	const unsigned char *mode = sqlite3_value_text(argv[1]);
	char key[512];
	if (!name || !mode) {
		sqlite3_result_null(ctx);
		return;
	}
	if (!strcmp((const char *)mode, "strokes"))
		strokes_sort_key((const char *)name, key, sizeof key);
	else
		pinyin_sort_key((const char *)name, key, sizeof key);
	sqlite3_result_text(ctx, key, -1, SQLITE_TRANSIENT);
}

static void create_functions(sqlite3 *h)
{
	sqlite3_create_function(h, "zhibu_now", 0, SQLITE_UTF8, NULL, sql_now, NULL, NULL);
	sqlite3_create_function(h, "zhibu_pinyin_match", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
				sql_pinyin_match, NULL, NULL);
	sqlite3_create_function(h, "zhibu_sortkey", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
				sql_sortkey, NULL, NULL);
}

/* What every connection of zhibu has, however it was opened. */
static void connection_setup(struct db *db)
{
	sqlite3_extended_result_codes(db->h, 1);
	sqlite3_busy_timeout(db->h, 3000);
	create_functions(db->h);
	db_reads_watch(db);
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

int db_data_version(struct db *db)
{
	return pragma_int(db, "PRAGMA data_version");
}

long long db_change_count(struct db *db)
{
	return (long long)sqlite3_total_changes64(db->h);
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
		db_set_error(db, _("cannot create the backup folder %s: %s"), dir ? dir : "?", errno_text(errno));
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

static bool refuse_foreign(struct db *db)
{
	int app = pragma_int(db, "PRAGMA application_id");
	int have = db_file_version(db);
	int tables = pragma_int(db, "SELECT count(*) FROM sqlite_schema");
	if (app != ZHIBU_APPLICATION_ID && !(app == 0 && have == 0 && tables == 0)) {
		db_set_error(db, _("%s is not a zhibu database"), db->path);
		return false;
	}
	return true;
}

/* After a migration, inside its transaction: every reference still finds
 * its row (foreign keys are off while migrations run). */
static bool foreign_keys_hold(struct db *db)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->h, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_set_error(db, _("a reference of %s row %lld finds no row in %s"), sqlite3_column_text(st, 0),
			     (long long)sqlite3_column_int64(st, 1), sqlite3_column_text(st, 2));
	else if (rc != SQLITE_DONE)
		db_set_sqlite_error(db, NULL);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE;
}

static bool migrate(struct db *db)
{
	int have = db_file_version(db);
	int want = db_schema_version();

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
	/* A migration may rebuild a table (SQLite's way of changing a CHECK):
	 * foreign keys are off while it runs, as SQLite asks, and checked
	 * before it commits. */
	if (!db_exec(db, "PRAGMA foreign_keys = OFF"))
		return false;
	for (int i = 0; i < migration_count; i++) {
		const struct migration *m = &migrations[i];
		char pragma[64];
		if (m->version <= have)
			continue;
		if (!db_begin(db))
			return false;
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", m->version);
		if (!db_exec(db, m->sql) || !foreign_keys_hold(db) || !db_exec(db, pragma)) {
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
	return db_exec(db, pragma) && db_exec(db, "PRAGMA foreign_keys = ON");
}

/* Create the file 0600 (its folder 0700) before SQLite opens it, so that
 * personal data is never readable by others, not even for a moment. */
static bool create_private_file(const char *path, char **err)
{
	char *dir = paths_dirname(path);
	bool ok = dir && paths_make_dir(dir);
	free(dir);
	if (!ok) {
		if (asprintf(err, _("cannot create the folder for %s: %s"), path, errno_text(errno)) < 0)
			*err = NULL;
		return false;
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST) {
		if (asprintf(err, _("cannot create %s: %s"), path, errno_text(errno)) < 0)
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

bool db_file_damage(const char *path, char *out, size_t size)
{
	unsigned char h[100];
	struct stat sb;
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size == 0)
		return false;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, h, sizeof h);
	close(fd);
	if (n < (ssize_t)sizeof h || memcmp(h, "SQLite format 3", 16) != 0) {
		snprintf(out, size, _("%s is not an SQLite database file (nor a zhibu database)"), path);
		return true;
	}
	long long page = h[16] << 8 | h[17];
	if (page == 1)
		page = 65536;
	unsigned long long pages = (unsigned long long)h[28] << 24 | h[29] << 16 | h[30] << 8 | h[31];
	/* The page count is valid when written by the same change (bytes 24
	 * and 92). */
	bool valid = !memcmp(h + 24, h + 92, 4) && pages > 0;
	if (valid && (unsigned long long)sb.st_size < pages * (unsigned long long)page) {
		snprintf(out, size, _("%s is cut short (%lld bytes of %llu): it was not copied whole; "
				      "restore a backup with zhibu restore"),
			 path, (long long)sb.st_size, pages * (unsigned long long)page);
		return true;
	}
	return false;
}

bool db_file_readonly(const char *path, char *out, size_t size)
{
	struct statvfs vfs;
	char *dir = paths_dirname(path), *shm = NULL;
	bool found = true;
	if (dir && statvfs(dir, &vfs) == 0 && (vfs.f_flag & ST_RDONLY))
		snprintf(out, size, _("%s is on a read-only disk: copy it to a writable folder "
				      "(or make the disk writable) to use it"), path);
	else if (access(path, F_OK) == 0 && access(path, W_OK) != 0)
		snprintf(out, size, _("%s is read-only (its permissions): run chmod 600 %s"), path, path);
	else if (dir && access(dir, W_OK) != 0)
		snprintf(out, size, _("the folder %s is read-only: zhibu keeps its journal beside the file"), dir);
	else if (asprintf(&shm, "%s-shm", path) >= 0 && access(shm, F_OK) == 0 && access(shm, W_OK) != 0)
		snprintf(out, size, _("%s is read-only (left so when the database was opened read-only): "
				      "remove it while no zhibu runs, or run chmod 600 %s"), shm, shm);
	else
		found = false;
	free(shm);
	free(dir);
	return found;
}

/* A failed open said why in general terms: the file itself may say more. */
static void explain_open_failure(const char *path, char **err)
{
	char why[1024];
	if (!db_file_damage(path, why, sizeof why) && !db_file_readonly(path, why, sizeof why))
		return;
	free(*err);
	if (asprintf(err, "%s", why) < 0)
		*err = NULL;
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
	static bool logging;
	if (!logging) {
		/* Before SQLite initializes, or it refuses (then damage is still
		 * seen where the wrappers check). */
		sqlite3_config(SQLITE_CONFIG_LOG, error_log, NULL);
		/* No count of the memory SQLite holds: nothing reads it, and
		 * keeping it takes a global lock on every allocation (an import
		 * makes millions). */
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		logging = true;
	}
	char why[1024];
	if (db_file_damage(path, why, sizeof why)) {
		if (asprintf(err, "%s", why) < 0)
			*err = NULL;
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
		explain_open_failure(path, err);
		return NULL;
	}
	connection_setup(db);
	bool ok = pragma_int(db, "PRAGMA schema_version") >= 0;
	if (!ok)
		db_set_error(db, _("%s is not a zhibu database"), path);
	/* A file of another program is refused before anything is written to
	 * it (not even the switch to WAL). */
	ok = ok && refuse_foreign(db) && db_exec(db, "PRAGMA foreign_keys = ON") &&
	     db_exec(db, "PRAGMA journal_mode = WAL") &&
	     db_exec(db, "PRAGMA synchronous = NORMAL") &&
	     /* statement journals of bulk writes in memory, not in temp files */
	     db_exec(db, "PRAGMA temp_store = MEMORY") && migrate(db) && test_max_pages(db);
	if (!ok) {
		if (asprintf(err, "%s", db->err) < 0)
			*err = NULL;
		db_close(db);
		explain_open_failure(path, err);
		return NULL;
	}
	return db;
}

void db_unlink_files(const char *path, bool whole)
{
	static const char *const suffix[] = { "-wal", "-shm", "-journal" };
	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		char *side;
		if (asprintf(&side, "%s%s", path, suffix[i]) < 0)
			abort();
		unlink(side);
		free(side);
	}
	if (whole)
		unlink(path);
}

void db_close(struct db *db)
{
	if (!db)
		return;
	for (size_t i = 0; i < db->cache_cap; i++)
		if (db->cache[i].stmt) {
			sqlite3_finalize(db->cache[i].stmt);
			db_readset_free(&db->cache[i].reads);
		}
	free(db->cache);
	db_reads_forget(db);
	hours_members_forget(db);
	sqlite3_close(db->h);
	free(db->path);
	free(db);
}

/* A database with a write-ahead log beside it may have a writer. */
static bool has_wal_file(const char *path)
{
	char *wal;
	struct stat st;
	if (asprintf(&wal, "%s-wal", path) < 0)
		abort();
	bool has = stat(wal, &st) == 0 && st.st_size > 0;
	free(wal);
	return has;
}

struct db *db_open_readonly(const char *path, char **err)
{
	/* With a write-ahead log beside it, read through the log (SQLite then
	 * keeps its -shm beside it); anything else — a package, a copied file —
	 * is read as it lies, creating nothing beside it. */
	bool immutable = !has_wal_file(path);
	*err = NULL;
	char *uri = sqlite3_mprintf("file:%q?mode=ro%s", path, immutable ? "&immutable=1" : "");
	if (!uri)
		abort();
	struct db *db = calloc(1, sizeof *db);
	if (!db)
		abort();
	db->path = strdup(path);
	int rc = sqlite3_open_v2(uri, &db->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	sqlite3_free(uri);
	if (rc == SQLITE_OK) {
		connection_setup(db);
		db->readonly = true;
		if (pragma_int(db, "PRAGMA schema_version") >= 0)
			return db;
	}
	if ((sqlite3_extended_errcode(db->h) & 0xff) == SQLITE_NOTADB) {
		if (asprintf(err, "%s", _("not an SQLite database")) < 0)
			*err = NULL;
	} else if (asprintf(err, _("cannot open %s: %s"), path, sqlite3_errmsg(db->h)) < 0) {
		*err = NULL;
	}
	db_close(db);
	return NULL;
}

bool db_readonly(const struct db *db)
{
	return db->readonly;
}

struct db *db_open_again(struct db *db, char **err)
{
	if (db->readonly)
		return db_open_readonly(db->path, err);
	/* Not db_open: its look at the file's header opens and closes the
	 * file, and closing any descriptor of a file drops every POSIX lock
	 * this process holds on it (db's too): another process would then
	 * take db's file for unused and remove its -wal.  SQLite's own opens
	 * keep the locks; the file was checked and migrated when db opened. */
	struct db *again = calloc(1, sizeof *again);
	if (!again)
		abort();
	again->path = strdup(db->path);
	if (!again->path)
		abort();
	if (sqlite3_open_v2(db->path, &again->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		if (asprintf(err, _("cannot open %s: %s"), db->path, sqlite3_errmsg(again->h)) < 0)
			*err = NULL;
		db_close(again);
		return NULL;
	}
	connection_setup(again);
	return again;
}
