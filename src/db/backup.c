#include "db/backup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db_private.h"
#include "db/writer.h"
#include "io/paths.h"

#define WAIT_MS 3000 /* as long as the busy timeout of db_open */

/* ---- copying ---------------------------------------------------------- */

/* Copy the whole main database of src into dst in one step (one read
 * transaction on src, one write transaction on dst), waiting a little when
 * another connection holds a lock.  Returns an SQLite result code; the
 * message is then on dst. */
static int copy_pages(sqlite3 *dst, sqlite3 *src)
{
	sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
	if (!b)
		return sqlite3_extended_errcode(dst);
	int rc, waited = 0;
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
		if (waited >= WAIT_MS)
			break;
		sqlite3_sleep(50);
		waited += 50;
	}
	int finish = sqlite3_backup_finish(b);
	return rc == SQLITE_DONE ? finish : rc;
}

static bool exec_simple(sqlite3 *h, const char *sql)
{
	return sqlite3_exec(h, sql, NULL, NULL, NULL) == SQLITE_OK;
}

static bool sync_path(const char *path, bool dir)
{
	int fd = open(path, (dir ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool ok = fsync(fd) == 0 || (dir && (errno == EINVAL || errno == EBADF));
	close(fd);
	return ok;
}

/* Put the finished temporary copy at path without overwriting anything:
 * a hard link fails when path exists; where links are not supported (a
 * FAT memory stick) check, then rename. */
static bool put_in_place(const char *tmp, const char *path)
{
	if (link(tmp, path) == 0) {
		unlink(tmp);
		return true;
	}
	if (errno == EEXIST)
		return false;
	struct stat st;
	if (lstat(path, &st) == 0) {
		errno = EEXIST;
		return false;
	}
	return rename(tmp, path) == 0;
}

static char *temp_name(const char *path)
{
	char *tmp;
	if (asprintf(&tmp, "%s.tmp-%ld", path, (long)getpid()) < 0)
		abort();
	return tmp;
}

/* Remove a temporary copy and whatever SQLite kept beside it. */
static void remove_temp(const char *tmp)
{
	static const char *const suffix[] = { "", "-journal", "-wal", "-shm" };
	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		char *p;
		if (asprintf(&p, "%s%s", tmp, suffix[i]) < 0)
			abort();
		unlink(p);
		free(p);
	}
}

/* The copy itself, from an open connection.  err gets a translated
 * sentence on failure. */
static bool copy_database(sqlite3 *src, const char *path, char *err, size_t errsize)
{
	char *tmp = temp_name(path);
	sqlite3 *dst = NULL;
	bool ok = false;
	/* A temporary of this name can only be left by a killed process that
	 * had the same process id. */
	remove_temp(tmp);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		snprintf(err, errsize, _("cannot write %s: %s"), path, errno_text(errno));
		free(tmp);
		return false;
	}
	close(fd);
	if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		snprintf(err, errsize, _("cannot write %s: %s"), path, sqlite3_errmsg(dst));
		goto out;
	}
	sqlite3_extended_result_codes(dst, 1);
	sqlite3_busy_timeout(dst, WAIT_MS);
	int rc = copy_pages(dst, src);
	if (rc != SQLITE_OK) {
		if ((rc & 0xff) == SQLITE_FULL || rc == SQLITE_IOERR_WRITE)
			snprintf(err, errsize, _("the disk is full: the copy was not made"));
		else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
			snprintf(err, errsize, _("the database is busy: another zhibu is writing to it; try again in a moment"));
		else
			snprintf(err, errsize, "%s", sqlite3_errmsg(dst));
		goto out;
	}
	/* A copy is one self-contained file: no write-ahead log beside it. */
	if (!exec_simple(dst, "PRAGMA journal_mode = DELETE")) {
		snprintf(err, errsize, "%s", sqlite3_errmsg(dst));
		goto out;
	}
	if (sqlite3_close(dst) != SQLITE_OK) {
		snprintf(err, errsize, _("cannot write %s: %s"), path, sqlite3_errmsg(dst));
		goto out;
	}
	dst = NULL;
	if (!sync_path(tmp, false)) {
		snprintf(err, errsize, _("cannot write %s: %s"), path, errno_text(errno));
		goto out;
	}
	if (!put_in_place(tmp, path)) {
		if (errno == EEXIST)
			snprintf(err, errsize, _("%s already exists: name another file"), path);
		else
			snprintf(err, errsize, _("cannot write %s: %s"), path, errno_text(errno));
		goto out;
	}
	char *dir = paths_dirname(path);
	sync_path(dir, true);
	free(dir);
	ok = true;
out:
	if (dst)
		sqlite3_close(dst);
	if (!ok)
		remove_temp(tmp);
	free(tmp);
	return ok;
}

bool backup_to(struct db *db, const char *path)
{
	char err[512];
	struct stat st;
	if (lstat(path, &st) == 0) {
		db_set_error(db, _("%s already exists: name another file"), path);
		return false;
	}
	if (!copy_database(db->h, path, err, sizeof err)) {
		db_set_error(db, "%s", err);
		return false;
	}
	return true;
}

/* ---- the backups folder ------------------------------------------------ */

/* The name of the database file without its extension: the copies of
 * zhibu.db are zhibu-..., those of 支部B.db 支部B-..., so that databases that
 * share a folder keep their own copies.  Heap string. */
static char *db_stem(const char *db_path)
{
	const char *base = strrchr(db_path, '/');
	base = base ? base + 1 : db_path;
	const char *dot = strrchr(base, '.');
	char *stem = dot && dot != base ? strndup(base, (size_t)(dot - base)) : strdup(base);
	if (!stem)
		abort();
	return stem;
}

/* STEM-YYYY-MM-DD.db or STEM-YYYY-MM-DD-<digits and dashes>.db: the copies
 * that pruning may remove.  date gets the YYYY-MM-DD part. */
static bool backup_name(const char *name, const char *stem, char date[DATE_ISO_SIZE])
{
	size_t len = strlen(name), h = strlen(stem) + 1;
	if (len < h + 10 + 3 || strncmp(name, stem, h - 1) != 0 || name[h - 1] != '-' ||
	    strcmp(name + len - 3, ".db") != 0)
		return false;
	struct date d;
	char iso[DATE_ISO_SIZE];
	memcpy(iso, name + h, 10);
	iso[10] = '\0';
	if (!date_parse_iso(iso, &d))
		return false;
	for (size_t i = h + 10; i < len - 3; i++)
		if (name[i] != '-' && (name[i] < '0' || name[i] > '9'))
			return false;
	if (date)
		memcpy(date, iso, DATE_ISO_SIZE);
	return true;
}

/* Newest first; the daily copy (the shorter name) is older than the copies
 * taken later on the same day. */
static int newest_first(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	size_t nx = strlen(x) - 3, ny = strlen(y) - 3;
	size_t n = nx < ny ? nx : ny;
	int c = strncmp(x, y, n);
	if (c)
		return -c;
	return nx < ny ? 1 : nx > ny ? -1 : 0;
}

struct names {
	char **v;
	size_t n, cap;
};

static void names_add(struct names *l, const char *s)
{
	l->v = grow_array(l->v, l->n, &l->cap, 32, sizeof *l->v);
	l->v[l->n] = strdup(s);
	if (!l->v[l->n])
		abort();
	l->n++;
}

static void names_free(struct names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* A temporary file of a copy whose process is gone: STEM-...tmp-PID[-...]. */
static bool stale_temp(const char *name, const char *stem)
{
	const char *t = strstr(name, ".tmp-");
	size_t n = strlen(stem);
	if (!t || strncmp(name, stem, n) != 0 || name[n] != '-')
		return false;
	char *end;
	long pid = strtol(t + 5, &end, 10);
	if (pid <= 0 || (*end != '\0' && *end != '-'))
		return false;
	return pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* The backups of the database with this stem in dir, newest first. */
static bool list_backups(const char *dir, const char *stem, struct names *out, bool clean_temps,
			 int *removed)
{
	DIR *d = opendir(dir);
	memset(out, 0, sizeof *out);
	if (!d)
		return errno == ENOENT;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (backup_name(e->d_name, stem, NULL)) {
			names_add(out, e->d_name);
		} else if (clean_temps && stale_temp(e->d_name, stem)) {
			char *p;
			if (asprintf(&p, "%s/%s", dir, e->d_name) < 0)
				abort();
			if (unlink(p) == 0 && removed)
				(*removed)++;
			free(p);
		}
	}
	closedir(d);
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, newest_first);
	return true;
}

int backup_prune(const char *db_path, int keep, const char *spare)
{
	struct names l;
	int removed = 0;
	char *dir = paths_backup_dir(db_path), *stem = db_stem(db_path);
	if (keep < 1)
		keep = 1;
	bool ok = list_backups(dir, stem, &l, true, &removed);
	free(stem);
	if (!ok) {
		free(dir);
		return -1;
	}
	for (size_t i = (size_t)keep; i < l.n; i++) {
		char *p;
		if (spare && !strcmp(l.v[i], spare))
			continue;
		if (asprintf(&p, "%s/%s", dir, l.v[i]) < 0)
			abort();
		if (unlink(p) == 0)
			removed++;
		free(p);
	}
	names_free(&l);
	free(dir);
	return removed;
}

int backup_count(const char *db_path, char *newest, size_t size)
{
	struct names l;
	char *dir = paths_backup_dir(db_path), *stem = db_stem(db_path);
	if (size)
		newest[0] = '\0';
	bool ok = list_backups(dir, stem, &l, false, NULL);
	free(dir);
	free(stem);
	if (!ok)
		return -1;
	if (l.n && size)
		snprintf(newest, size, "%s", l.v[0]);
	int n = (int)l.n;
	names_free(&l);
	return n;
}

static bool has_backup_of(const char *dir, const char *stem, const char *iso)
{
	struct names l;
	bool found = false;
	if (!list_backups(dir, stem, &l, false, NULL))
		return false;
	for (size_t i = 0; i < l.n && !found; i++) {
		char date[DATE_ISO_SIZE];
		found = backup_name(l.v[i], stem, date) && !strcmp(date, iso);
	}
	names_free(&l);
	return found;
}

static int keep_setting(struct db *db)
{
	long long keep = settings_get_int(db, BACKUP_KEEP_SETTING, BACKUP_KEEP_DEFAULT);
	return keep < 1 ? 1 : keep > 100000 ? 100000 : (int)keep;
}

static char *backup_folder(struct db *db)
{
	char *dir = paths_backup_dir(db->path);
	if (!paths_make_dir(dir)) {
		db_set_error(db, _("cannot create the backup folder %s: %s"), dir, errno_text(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

/* The stamp of a copy taken now: today (which ZHIBU_TODAY pins) and, when
 * with_time, the clock time. */
static void stamp(char *out, size_t size, bool with_time)
{
	char iso[DATE_ISO_SIZE], hms[16];
	time_t now = time(NULL);
	struct tm tm;
	date_format(date_today(), iso);
	localtime_r(&now, &tm);
	strftime(hms, sizeof hms, "%H%M%S", &tm);
	if (with_time)
		snprintf(out, size, "%s-%s", iso, hms);
	else
		snprintf(out, size, "%s", iso);
}

/* DIR/STEM-<today>-<HHMMSS><what>.db for the database at db_path, with a
 * counter after the time when a copy of the same second exists. */
static char *unique_name(const char *dir, const char *db_path, const char *what)
{
	char st[48], *path = NULL, *stem = db_stem(db_path);
	stamp(st, sizeof st, true);
	for (int n = 1; n < 1000; n++) {
		struct stat sb;
		free(path);
		if ((n == 1 ? asprintf(&path, "%s/%s-%s%s.db", dir, stem, st, what)
			    : asprintf(&path, "%s/%s-%s-%d%s.db", dir, stem, st, n, what)) < 0)
			abort();
		if (lstat(path, &sb) != 0)
			break;
	}
	free(stem);
	return path;
}

bool backup_now(struct db *db, char **out)
{
	char *dir = backup_folder(db);
	if (out)
		*out = NULL;
	if (!dir)
		return false;
	char *path = unique_name(dir, db->path, "");
	bool ok = backup_to(db, path);
	if (ok)
		backup_prune(db->path, keep_setting(db), strrchr(path, '/') + 1);
	if (ok && out)
		*out = path;
	else
		free(path);
	free(dir);
	return ok;
}

/* A copy of a damaged file would push a sound copy out of the folder. */
static bool quick_check(struct db *db)
{
	sqlite3_stmt *st = db_stmt(db, "PRAGMA quick_check(1)");
	if (!st)
		return false;
	char result[256] = "";
	if (db_step(db, st) == SQLITE_ROW)
		db_column_copy(st, 0, result, sizeof result);
	if (!db_reset(db, st))
		return false;
	if (strcmp(result, "ok") != 0) {
		for (char *c = result; *c; c++)
			if (*c == '\n')
				*c = ' ';
		db->damaged = true;
		db_set_error(db, _("the database fails its check (%s): the copy was not made"), result);
		return false;
	}
	return true;
}

bool backup_daily(struct db *db, bool *made)
{
	char iso[DATE_ISO_SIZE];
	if (made)
		*made = false;
	/* The copy kept before the upgrade this open just made is the copy of
	 * the day as the file was; the next start takes one in the new form. */
	if (db->upgraded)
		return true;
	char *dir = backup_folder(db);
	if (!dir)
		return false;
	date_format(date_today(), iso);
	bool ok = true;
	char *stem = db_stem(db->path);
	/* The first commands of a day started at once: one copies, the others
	 * wait for it on the folder's lock and then find its copy. */
	int lock = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (lock >= 0)
		flock(lock, LOCK_EX);
	if (!has_backup_of(dir, stem, iso)) {
		char *path;
		if (asprintf(&path, "%s/%s-%s.db", dir, stem, iso) < 0)
			abort();
		ok = quick_check(db) && backup_to(db, path);
		if (ok && made)
			*made = true;
		if (ok)
			backup_prune(db->path, keep_setting(db), strrchr(path, '/') + 1);
		free(path);
	}
	if (lock >= 0)
		close(lock);
	free(stem);
	free(dir);
	return ok;
}

/* ---- checks ------------------------------------------------------------ */

static long long query_int(sqlite3 *h, const char *sql, bool *ok)
{
	sqlite3_stmt *st;
	long long v = -1;
	*ok = false;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		v = sqlite3_column_int64(st, 0);
		*ok = true;
	}
	sqlite3_finalize(st);
	return v;
}

bool backup_check_file(const char *path, struct backup_check *c)
{
	memset(c, 0, sizeof *c);
	c->members = -1;
	struct stat sb;
	if (stat(path, &sb) != 0) {
		snprintf(c->problem, sizeof c->problem, _("cannot read it: %s"), errno_text(errno));
		return false;
	}
	if (!S_ISREG(sb.st_mode)) {
		snprintf(c->problem, sizeof c->problem, "%s", _("not a regular file"));
		return false;
	}
	if (db_file_damage(path, c->problem, sizeof c->problem))
		return false;
	sqlite3 *h = NULL;
	bool ok;
	if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		snprintf(c->problem, sizeof c->problem, _("cannot open it: %s"), sqlite3_errmsg(h));
		sqlite3_close(h);
		return false;
	}
	sqlite3_busy_timeout(h, WAIT_MS);
	query_int(h, "PRAGMA schema_version", &ok);
	char readonly[512];
	bool immutable = false;
	if (!ok && db_file_readonly(path, readonly, sizeof readonly)) {
		/* On a read-only disk SQLite cannot set up the shared memory of the
		 * write-ahead log: nobody can write there, so read it as it is. */
		sqlite3_close(h);
		h = NULL;
		char *uri = malloc(strlen(path) * 3 + 32), *u = uri;
		if (!uri)
			abort();
		u += sprintf(u, "file:");
		for (const char *q = path; *q; q++)
			u += strchr("%?#", *q) ? sprintf(u, "%%%02X", (unsigned char)*q) : sprintf(u, "%c", *q);
		strcpy(u, "?immutable=1");
		if (sqlite3_open_v2(uri, &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK)
			query_int(h, "PRAGMA schema_version", &ok);
		immutable = ok;
		free(uri);
	}
	if (!ok) {
		snprintf(c->problem, sizeof c->problem, "%s", _("not an SQLite database"));
		sqlite3_close(h);
		return false;
	}
	c->readable = true;
	c->zhibu = query_int(h, "PRAGMA application_id", &ok) == ZHIBU_APPLICATION_ID;
	c->version = (int)query_int(h, "PRAGMA user_version", &ok);
	c->version_ok = c->version >= 1 && c->version <= db_schema_version();

	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h, "PRAGMA journal_mode", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW) {
			const unsigned char *m = sqlite3_column_text(st, 0);
			c->wal = m && !strcmp((const char *)m, "wal");
		}
		sqlite3_finalize(st);
	}
	if (immutable) { /* the mode as the file's header says (18: 2 for WAL) */
		unsigned char hdr[19];
		FILE *f = fopen(path, "rb");
		c->wal = f && fread(hdr, 1, sizeof hdr, f) == sizeof hdr && hdr[18] == 2;
		if (f)
			fclose(f);
	}
	char *integrity = c->integrity;
	if (sqlite3_prepare_v2(h, "PRAGMA integrity_check(20)", -1, &st, NULL) == SQLITE_OK) {
		int rc;
		/* The first message, after the "*** in database main ***" line. */
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *m = (const char *)sqlite3_column_text(st, 0);
			if (m && !strncmp(m, "*** in database", 15)) {
				m = strchr(m, '\n');
				if (!m++)
					continue;
			}
			snprintf(integrity, sizeof c->integrity, "%s", m ? m : "");
			integrity[strcspn(integrity, "\n")] = '\0';
			c->integrity_ok = !strcmp(integrity, "ok");
			break;
		}
		if (rc != SQLITE_ROW) {
			snprintf(integrity, sizeof c->integrity, "%s", sqlite3_errmsg(h));
		}
		sqlite3_finalize(st);
	} else {
		snprintf(integrity, sizeof c->integrity, "%s", sqlite3_errmsg(h));
	}
	if (sqlite3_prepare_v2(h, "PRAGMA foreign_key_check", -1, &st, NULL) == SQLITE_OK) {
		while (sqlite3_step(st) == SQLITE_ROW)
			c->fk_problems++;
		sqlite3_finalize(st);
	}
	if (c->zhibu)
		c->members = query_int(h, "SELECT count(*) FROM members", &ok);
	sqlite3_close(h);

	if (!c->zhibu)
		snprintf(c->problem, sizeof c->problem, "%s", _("not a zhibu database"));
	else if (c->version > db_schema_version())
		snprintf(c->problem, sizeof c->problem,
			 _("written by a newer zhibu (schema %d; this program knows up to %d): update zhibu first"),
			 c->version, db_schema_version());
	else if (!c->version_ok)
		snprintf(c->problem, sizeof c->problem, "%s", _("holds no zhibu schema"));
	else if (!c->integrity_ok)
		snprintf(c->problem, sizeof c->problem, _("damaged: %s"), integrity);
	else if (c->fk_problems)
		snprintf(c->problem, sizeof c->problem,
			 _("damaged: %lld records point to records that do not exist"), c->fk_problems);
	return c->problem[0] == '\0';
}

/* ---- restore ----------------------------------------------------------- */

static bool same_file(const char *a, const char *b)
{
	struct stat x, y;
	return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/* A byte copy, for a current file too damaged for SQLite to read. */
static bool copy_bytes(const char *from, const char *to)
{
	int in = open(from, O_RDONLY | O_CLOEXEC);
	if (in < 0)
		return errno == ENOENT;
	int out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	bool ok = out >= 0;
	char buf[65536];
	ssize_t n;
	while (ok && (n = read(in, buf, sizeof buf)) > 0)
		ok = write(out, buf, (size_t)n) == n;
	if (out >= 0) {
		ok = ok && fsync(out) == 0;
		close(out);
	}
	close(in);
	return ok;
}

static char *before_restore_name(const char *db_path)
{
	char *dir = paths_backup_dir(db_path);
	if (!paths_make_dir(dir)) {
		free(dir);
		return NULL;
	}
	char *path = unique_name(dir, db_path, "-before-restore");
	free(dir);
	return path;
}

/* Keep the current database, readable or not, before it is replaced. */
static bool keep_current(sqlite3 *cur, bool readable, const char *db_path, char **kept, char **err)
{
	char msg[512];
	char *path = before_restore_name(db_path);
	if (!path) {
		*err = text_printf(_("cannot create the backup folder beside %s: %s"), db_path, errno_text(errno));
		return false;
	}
	bool ok;
	if (readable) {
		ok = copy_database(cur, path, msg, sizeof msg);
	} else {
		char *wal_from, *wal_to;
		if (asprintf(&wal_from, "%s-wal", db_path) < 0 || asprintf(&wal_to, "%s-wal", path) < 0)
			abort();
		ok = copy_bytes(db_path, path) && copy_bytes(wal_from, wal_to);
		snprintf(msg, sizeof msg, "%s", errno_text(errno));
		free(wal_from);
		free(wal_to);
	}
	if (!ok) {
		*err = text_printf(_("cannot keep a copy of the current database (%s); nothing was restored: %s"),
			path, msg);
		free(path);
		return false;
	}
	*kept = path;
	return true;
}

/* The current file cannot be read as a database: copy the backup beside it
 * and rename it over (no other zhibu can be using a file it cannot read). */
static bool replace_whole_file(sqlite3 *src, const char *db_path, char **err)
{
	char *tmp;
	char msg[512];
	if (asprintf(&tmp, "%s.restore", db_path) < 0)
		abort();
	unlink(tmp);
	bool ok = copy_database(src, tmp, msg, sizeof msg);
	if (ok) {
		db_unlink_files(db_path, false);
		ok = rename(tmp, db_path) == 0;
		snprintf(msg, sizeof msg, "%s", errno_text(errno));
	}
	if (!ok) {
		unlink(tmp);
		*err = text_printf(_("cannot replace %s: %s"), db_path, msg);
	}
	free(tmp);
	return ok;
}

static int page_size(sqlite3 *h)
{
	bool ok;
	return (int)query_int(h, "PRAGMA page_size", &ok);
}

/* Copy src over the readable database cur in one write transaction. */
static bool copy_in_place(sqlite3 *cur, sqlite3 *src, const char *db_path, char **err)
{
	/* Into a database in WAL mode the backup API copies only between equal
	 * page sizes; otherwise leave WAL for the copy (which needs the file to
	 * ourselves) and come back to it. */
	bool leave_wal = page_size(cur) != page_size(src);
	if (leave_wal && !exec_simple(cur, "PRAGMA journal_mode = DELETE")) {
		*err = text_printf(_("cannot restore into %s while another zhibu has it open: close it and try again"),
			db_path);
		return false;
	}
	writer_mark(db_path);
	int rc = copy_pages(cur, src);
	writer_clear(db_path);
	if (leave_wal)
		exec_simple(cur, "PRAGMA journal_mode = WAL");
	if (rc != SQLITE_OK) {
		char who[512];
		if (((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) && writer_describe(db_path, who, sizeof who))
			*err = text_printf("%s", who);
		else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
			*err = text_printf("%s", _("the database is busy: another zhibu is writing to it; try again in a moment"));
		else if ((rc & 0xff) == SQLITE_FULL)
			*err = text_printf("%s", _("the disk is full: nothing was written"));
		else
			*err = text_printf(_("cannot restore into %s: %s"), db_path, sqlite3_errmsg(cur));
		return false;
	}
	/* Move the restored pages from the log into the file itself. */
	exec_simple(cur, "PRAGMA wal_checkpoint(TRUNCATE)");
	return true;
}

/* The file's first 100 bytes say SQLite and zhibu (application_id at 68),
 * even when the pages after them are damaged. */
static bool zhibu_header(const char *path)
{
	unsigned char h[100];
	FILE *f = fopen(path, "rb");
	bool ok = f && fread(h, 1, sizeof h, f) == sizeof h && !memcmp(h, "SQLite format 3", 16) &&
		  ((unsigned long)h[68] << 24 | (unsigned long)h[69] << 16 | (unsigned long)h[70] << 8 | h[71]) ==
			  ZHIBU_APPLICATION_ID;
	if (f)
		fclose(f);
	return ok;
}

/* The file restored is a new state of the database, whatever change
 * numbers it shares with the one replaced: what was kept beside the old one
 * (db/reads.h) must not be taken for it.  A file older than schema 17 has no
 * identity: it is given one when it is upgraded. */
static void renew_identity(const char *db_path)
{
	sqlite3 *h = NULL;
	if (sqlite3_open_v2(db_path, &h, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
		sqlite3_busy_timeout(h, WAIT_MS);
		exec_simple(h, "UPDATE change_marks SET last = abs(random()) WHERE tbl = '' AND field = 'file'");
	}
	sqlite3_close(h);
}

bool backup_restore(const char *db_path, const char *file, char **kept, char **err)
{
	struct backup_check c;
	*kept = NULL;
	*err = NULL;
	if (!backup_check_file(file, &c)) {
		*err = text_printf(_("%s cannot be restored: %s"), file, c.problem);
		return false;
	}
	if (same_file(file, db_path)) {
		*err = text_printf(_("%s is the database itself: name a backup"), file);
		return false;
	}
	struct stat sb;
	bool existed = stat(db_path, &sb) == 0 && sb.st_size > 0;
	char newest[256];
	/* A file whose header is damaged was zhibu's when its copies are kept
	 * beside it. */
	if (existed && !zhibu_header(db_path) && backup_count(db_path, newest, sizeof newest) <= 0) {
		*err = text_printf(_("%s is not a zhibu database: it is left as it is (move it away to restore there)"),
			db_path);
		return false;
	}
	if (!existed) {
		char *dir = paths_dirname(db_path);
		bool made = paths_make_dir(dir);
		free(dir);
		int fd = made ? open(db_path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600) : -1;
		if (fd < 0) {
			*err = text_printf(_("cannot create %s: %s"), db_path, errno_text(errno));
			return false;
		}
		close(fd);
	}
	sqlite3 *cur = NULL, *src = NULL;
	bool ok = false;
	if (sqlite3_open_v2(db_path, &cur, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		*err = text_printf(_("cannot open %s: %s"), db_path, sqlite3_errmsg(cur));
		goto out;
	}
	sqlite3_extended_result_codes(cur, 1);
	sqlite3_busy_timeout(cur, WAIT_MS);
	bool readable;
	long long app = query_int(cur, "PRAGMA application_id", &readable);
	bool tables_ok;
	long long tables = query_int(cur, "SELECT count(*) FROM sqlite_schema", &tables_ok);
	readable = readable && tables_ok;
	if (readable && app != ZHIBU_APPLICATION_ID && tables > 0) {
		*err = text_printf(_("%s is not a zhibu database: it is left as it is"), db_path);
		goto out;
	}
	if (existed && !keep_current(cur, readable, db_path, kept, err))
		goto out;
	if (sqlite3_open_v2(file, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		*err = text_printf(_("cannot open %s: %s"), file, sqlite3_errmsg(src));
		goto out;
	}
	sqlite3_busy_timeout(src, WAIT_MS);
	if (readable) {
		if (!exec_simple(cur, "PRAGMA journal_mode = WAL")) {
			*err = text_printf(_("cannot restore into %s: %s"), db_path, sqlite3_errmsg(cur));
			goto out;
		}
		ok = copy_in_place(cur, src, db_path, err);
	} else {
		sqlite3_close(cur);
		cur = NULL;
		ok = replace_whole_file(src, db_path, err);
	}
out:
	sqlite3_close(src);
	sqlite3_close(cur);
	if (ok)
		renew_identity(db_path);
	return ok;
}
