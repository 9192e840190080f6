#include "db/package.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/idnum.h"
#include "db/backup.h"
#include "db/db_private.h"
#include "db/home.h"
#include "io/paths.h"

/* ---- masking ----------------------------------------------------------- */

/* zhibu_mask_id(id, rowid): the first and last four digits with the row id
 * between them, 18 characters as the column requires and unique as its
 * UNIQUE constraint requires: 4501*00000012*1234. */
static void sql_mask_id(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *id = (const char *)sqlite3_value_text(argv[0]);
	long long row = sqlite3_value_int64(argv[1]);
	char out[32];
	size_t n = id ? strlen(id) : 0;
	snprintf(out, sizeof out, "%.4s*%08lld*%s", id ? id : "", row % 100000000, n >= 4 ? id + n - 4 : "");
	sqlite3_result_text(ctx, out, -1, SQLITE_TRANSIENT);
}

static void sql_mask_phone(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *p = (const char *)sqlite3_value_text(argv[0]);
	char out[64];
	phone_mask(p ? p : "", out, sizeof out);
	sqlite3_result_text(ctx, out, -1, SQLITE_TRANSIENT);
}

/* Every column that holds an ID or phone number (the test
 * tests/cli/rollup.sh fails when the schema gains one that is not here),
 * then the change log's copies of them. */
static const char *const mask_sql[] = {
	"UPDATE members SET id_number = zhibu_mask_id(id_number, id), phone = zhibu_mask_phone(phone)",
	"UPDATE candidates SET id_number = zhibu_mask_id(id_number, id), phone = zhibu_mask_phone(phone)",
	"UPDATE transfers SET id_number = zhibu_mask_id(id_number, id)",
	"UPDATE change_log SET old_value = '', new_value = '' WHERE field IN ('id_number', 'phone')",
	"INSERT OR REPLACE INTO package_manifest(key, value) VALUES ('masked', '1')",
	NULL,
};

static bool run_all(sqlite3 *h, const char *const *sql)
{
	for (; *sql; sql++)
		if (sqlite3_exec(h, *sql, NULL, NULL, NULL) != SQLITE_OK)
			return false;
	return true;
}

/* ---- the manifest ------------------------------------------------------ */

static const char manifest_create[] =
	"CREATE TABLE IF NOT EXISTS package_manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID";

static bool manifest_put(sqlite3 *h, const char *key, const char *value)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h, "INSERT OR REPLACE INTO package_manifest(key, value) VALUES (?1, ?2)", -1,
			       &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	bool ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_finalize(st);
	return ok;
}

static bool manifest_write(sqlite3 *h, const struct package_manifest *m)
{
	char schema[16], fp[24];
	snprintf(schema, sizeof schema, "%d", m->schema);
	snprintf(fp, sizeof fp, "%016llx", (unsigned long long)m->fingerprint);
	return sqlite3_exec(h, manifest_create, NULL, NULL, NULL) == SQLITE_OK &&
	       manifest_put(h, "branch", m->branch) && manifest_put(h, "higher", m->higher) &&
	       manifest_put(h, "made_at", m->made_at) && manifest_put(h, "zhibu_version", m->zhibu_version) &&
	       manifest_put(h, "schema", schema) && manifest_put(h, "fingerprint", fp) &&
	       manifest_put(h, "masked", m->masked ? "1" : "0");
}

/* Read the manifest of an open input; m->present is false when there is
 * none (a branch database).  False on a read error. */
static bool manifest_read(struct db *db, struct package_manifest *m)
{
	memset(m, 0, sizeof *m);
	sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'package_manifest'");
	if (!st)
		return false;
	int rc = sqlite3_step(st);
	bool has = rc == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return false;
	if (!has)
		return true;
	/* Not cached: the table exists in packages only. */
	sqlite3_stmt *q;
	if (sqlite3_prepare_v2(db->h, "SELECT key, value FROM package_manifest", -1, &q, NULL) != SQLITE_OK)
		return false;
	m->present = true;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(q, 0);
		const char *v = (const char *)sqlite3_column_text(q, 1);
		if (!k || !v)
			continue;
		if (!strcmp(k, "branch"))
			snprintf(m->branch, sizeof m->branch, "%s", v);
		else if (!strcmp(k, "higher"))
			snprintf(m->higher, sizeof m->higher, "%s", v);
		else if (!strcmp(k, "made_at"))
			snprintf(m->made_at, sizeof m->made_at, "%s", v);
		else if (!strcmp(k, "zhibu_version"))
			snprintf(m->zhibu_version, sizeof m->zhibu_version, "%s", v);
		else if (!strcmp(k, "schema"))
			m->schema = atoi(v);
		else if (!strcmp(k, "fingerprint"))
			m->fingerprint = strtoull(v, NULL, 16);
		else if (!strcmp(k, "masked"))
			m->masked = !strcmp(v, "1");
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE;
}

/* ---- export ------------------------------------------------------------ */

/* The copy is made, given its manifest, masked and vacuumed in a private
 * folder beside path, then renamed over path. */
bool package_export(struct db *db, const char *path, bool masked, char **err)
{
	struct package_manifest m = { .present = true, .masked = masked, .schema = db_file_version(db) };
	struct branch b;
	struct db *pk = NULL;
	char *dir = paths_dirname(path), *work = NULL, *tmp = NULL, *e = NULL;
	bool ok = false;
	*err = NULL;

	if (!dir || asprintf(&work, "%s/.zhibu-package-XXXXXX", dir) < 0)
		abort();
	if (!mkdtemp(work)) {
		*err = text_printf(_("cannot write %s: %s"), path, errno_text(errno));
		free(work);
		free(dir);
		return false;
	}
	if (asprintf(&tmp, "%s/package.db", work) < 0)
		abort();

	/* One snapshot: the fingerprint and the copy in one read transaction
	 * (a deferred one: the backup API refuses a source in a write
	 * transaction). */
	if (!db_exec(db, "BEGIN DEFERRED")) {
		*err = text_printf("%s", db_error(db));
		goto out;
	}
	bool copied = branch_get(db, &b) && home_fingerprint(db, &m.fingerprint) && backup_to(db, tmp);
	if (!copied)
		*err = text_printf("%s", db_error(db));
	db_exec(db, "COMMIT");
	if (!copied)
		goto out;
	snprintf(m.branch, sizeof m.branch, "%s", b.name);
	snprintf(m.higher, sizeof m.higher, "%s", b.higher_committee);
	snprintf(m.zhibu_version, sizeof m.zhibu_version, "%s", ZHIBU_VERSION);
	date_now_text(m.made_at);

	pk = db_open(tmp, DB_EXISTING, &e);
	if (!pk) {
		*err = text_printf(_("cannot write %s: %s"), path, e ? e : "");
		goto out;
	}
	sqlite3_create_function(pk->h, "zhibu_mask_id", 2, SQLITE_UTF8, NULL, sql_mask_id, NULL, NULL);
	sqlite3_create_function(pk->h, "zhibu_mask_phone", 1, SQLITE_UTF8, NULL, sql_mask_phone, NULL, NULL);
	bool written = db_begin(pk) && manifest_write(pk->h, &m) && (!masked || run_all(pk->h, mask_sql));
	if (!written) {
		db_set_sqlite_error(pk, NULL);
		db_rollback(pk);
	}
	/* One self-contained file, and masked values gone from freed pages. */
	if (!written || !db_commit(pk) || !db_exec(pk, "PRAGMA journal_mode = DELETE") || !db_exec(pk, "VACUUM")) {
		*err = text_printf(_("cannot write %s: %s"), path, db_error(pk));
		goto out;
	}
	db_close(pk);
	pk = NULL;
	chmod(tmp, 0600);

	/* Read it back as the committee will. */
	struct package_input in;
	char *why = NULL;
	if (!package_input_open(tmp, &in, true, &why)) {
		*err = text_printf(_("the package written to %s does not read back: %s"), path, why ? why : "");
		free(why);
		package_input_close(&in);
		goto out;
	}
	package_input_close(&in);
	if (rename(tmp, path) != 0) {
		*err = text_printf(_("cannot write %s: %s"), path, errno_text(errno));
		goto out;
	}
	ok = true;
out:
	if (pk)
		db_close(pk);
	free(e);
	paths_remove_temp_dir(work);
	free(tmp);
	free(work);
	free(dir);
	return ok;
}

/* ---- inputs ------------------------------------------------------------ */


static long long query_int(struct db *db, const char *sql, bool *ok)
{
	sqlite3_stmt *st;
	long long v = 0;
	*ok = false;
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		v = sqlite3_column_int64(st, 0);
		*ok = true;
	}
	sqlite3_finalize(st);
	return v;
}

static bool quick_check(struct db *db, char *out, size_t size)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->h, "PRAGMA quick_check(1)", -1, &st, NULL) != SQLITE_OK) {
		snprintf(out, size, "%s", sqlite3_errmsg(db->h));
		return false;
	}
	bool ok = false;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *m = (const char *)sqlite3_column_text(st, 0);
		ok = m && !strcmp(m, "ok");
		/* The first message, after a "*** in database main ***" line. */
		if (m && !strncmp(m, "*** in database", 15) && strchr(m, '\n'))
			m = strchr(m, '\n') + 1;
		snprintf(out, size, "%s", m ? m : "");
	} else {
		snprintf(out, size, "%s", sqlite3_errmsg(db->h));
	}
	sqlite3_finalize(st);
	out[strcspn(out, "\n")] = '\0';
	return ok;
}

/* Inputs that passed quick_check, by the file's identity (device, inode,
 * size, modification time to the nanosecond): a committee reads the same
 * packages for report after report, and quick_check — a pass over every
 * page — is most of the time of each.  A file that changed in any of these
 * is checked again.  The list is kept in the cache folder, a line a file;
 * past CHECKED_MAX lines it starts again. */
#define CHECKED_MAX 20000
struct checked {
	unsigned long long dev, ino, size, sec, nsec;
};
static struct checked *checked;
static size_t nchecked, checked_cap;
static bool checked_loaded;

static struct checked file_identity(const struct stat *st)
{
	return (struct checked){ (unsigned long long)st->st_dev, (unsigned long long)st->st_ino,
				 (unsigned long long)st->st_size, (unsigned long long)st->st_mtim.tv_sec,
				 (unsigned long long)st->st_mtim.tv_nsec };
}

static char *checked_path(bool make)
{
	char *dir = paths_cache_dir(make), *path = NULL;
	if (dir && asprintf(&path, "%s/checked-inputs", dir) < 0)
		abort();
	free(dir);
	return path;
}

static void checked_load(void)
{
	char *path = checked_path(false);
	FILE *f = path ? fopen(path, "r") : NULL;
	struct checked c;
	checked_loaded = true;
	while (f && fscanf(f, "%llu %llu %llu %llu %llu", &c.dev, &c.ino, &c.size, &c.sec, &c.nsec) == 5) {
		checked = grow_array(checked, nchecked, &checked_cap, 256, sizeof *checked);
		checked[nchecked++] = c;
	}
	if (f)
		fclose(f);
	if (nchecked > CHECKED_MAX && path) {
		unlink(path);
		nchecked = 0;
	}
	free(path);
}

static bool checked_has(const struct checked *k)
{
	if (!checked_loaded)
		checked_load();
	for (size_t i = 0; i < nchecked; i++)
		if (!memcmp(&checked[i], k, sizeof *k))
			return true;
	return false;
}

/* Best effort: without a cache folder the next run checks again. */
static void checked_add(const struct checked *k)
{
	char *path = checked_path(true);
	FILE *f = path ? fopen(path, "a") : NULL;
	if (f) {
		fprintf(f, "%llu %llu %llu %llu %llu\n", k->dev, k->ino, k->size, k->sec, k->nsec);
		fclose(f);
	}
	free(path);
	checked = grow_array(checked, nchecked, &checked_cap, 256, sizeof *checked);
	checked[nchecked++] = *k;
}

/* An input of an older schema: a private copy, upgraded by db_open. */
static bool open_upgraded_copy(struct package_input *in, char **why)
{
	if (!(in->tmpdir = paths_temp_dir())) {
		*why = text_printf(_("cannot make a private copy to upgrade: %s"), errno_text(errno));
		return false;
	}
	char *copy, *err = NULL;
	if (asprintf(&copy, "%s/input.db", in->tmpdir) < 0)
		abort();
	bool ok = backup_to(in->db, copy);
	if (!ok)
		*why = text_printf("%s", db_error(in->db));
	db_close(in->db);
	in->db = NULL;
	if (ok) {
		in->db = db_open(copy, DB_EXISTING, &err);
		if (!in->db) {
			*why = text_printf(_("cannot upgrade it: %s"), err ? err : "");
			ok = false;
		}
		free(err);
	}
	free(copy);
	in->upgraded = ok;
	return ok;
}

bool package_input_open(const char *path, struct package_input *in, bool full_check, char **why)
{
	struct stat sb;
	char *err = NULL, msg[256];
	bool ok;
	memset(in, 0, sizeof *in);
	*why = NULL;
	in->path = strdup(path);
	if (stat(path, &sb) != 0) {
		*why = text_printf(_("cannot read it: %s"), errno_text(errno));
		return false;
	}
	if (!S_ISREG(sb.st_mode)) {
		*why = text_printf("%s", _("not a regular file"));
		return false;
	}
	in->mtime = (long long)sb.st_mtime;
	in->db = db_open_readonly(path, &err);
	if (!in->db) {
		*why = text_printf("%s", err ? err : "");
		free(err);
		return false;
	}
	query_int(in->db, "PRAGMA schema_version", &ok);
	if (!ok) {
		*why = text_printf("%s", _("not an SQLite database"));
		goto fail;
	}
	if (query_int(in->db, "PRAGMA application_id", &ok) != ZHIBU_APPLICATION_ID) {
		*why = text_printf("%s", _("not a zhibu database"));
		goto fail;
	}
	in->version = (int)query_int(in->db, "PRAGMA user_version", &ok);
	if (in->version > db_schema_version()) {
		*why = text_printf(_("written by a newer zhibu (schema %d; this program knows up to %d): update zhibu first"),
			in->version, db_schema_version());
		goto fail;
	}
	if (in->version < 1) {
		*why = text_printf("%s", _("holds no zhibu schema"));
		goto fail;
	}
	struct checked identity = file_identity(&sb);
	if (full_check && !checked_has(&identity)) {
		if (!quick_check(in->db, msg, sizeof msg)) {
			*why = text_printf(_("damaged (SQLite's check says: %s)"), msg);
			goto fail;
		}
		checked_add(&identity);
	}
	if (!manifest_read(in->db, &in->manifest)) {
		*why = text_printf(_("damaged: %s"), sqlite3_errmsg(in->db->h));
		goto fail;
	}
	if (in->version < db_schema_version() && !open_upgraded_copy(in, why))
		goto fail;
	if (!branch_get(in->db, &in->branch)) {
		/* No branch row, or a damaged file that could not say. */
		if (!full_check && !quick_check(in->db, msg, sizeof msg))
			*why = text_printf(_("damaged (SQLite's check says: %s)"), msg);
		else
			*why = text_printf("%s", _("the branch has not been set up (zhibu init)"));
		goto fail;
	}
	if (in->manifest.present &&
	    (in->manifest.schema != in->version || strcmp(in->manifest.branch, in->branch.name))) {
		*why = text_printf("%s", _("the package's manifest does not agree with its data"));
		goto fail;
	}
	return true;
fail:
	return false;
}

void package_input_close(struct package_input *in)
{
	if (in->db)
		db_close(in->db);
	if (in->tmpdir) {
		paths_remove_temp_dir(in->tmpdir);
		free(in->tmpdir);
	}
	free(in->path);
	memset(in, 0, sizeof *in);
}
