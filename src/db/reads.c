#include "db/reads.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "db/db_private.h"
#include "db/home.h"

/* ---- Names: "table.column", each given a number on first sight */

static void names_grow(struct db_read_names *t)
{
	size_t cap = t->slot_cap ? t->slot_cap * 2 : 256;
	uint32_t *slots = calloc(cap, sizeof *slots);
	if (!slots)
		abort();
	for (size_t i = 0; i < t->n; i++) {
		size_t s = hash_bytes(HASH_START, t->names[i], strlen(t->names[i])) & (cap - 1);
		while (slots[s])
			s = (s + 1) & (cap - 1);
		slots[s] = (uint32_t)i + 1;
	}
	free(t->slots);
	t->slots = slots;
	t->slot_cap = cap;
}

static size_t name_number(struct db_read_names *t, const char *table, const char *column)
{
	char name[256];
	snprintf(name, sizeof name, "%s.%s", table, column);
	if ((t->n + 1) * 2 > t->slot_cap)
		names_grow(t);
	size_t s = hash_bytes(HASH_START, name, strlen(name)) & (t->slot_cap - 1);
	while (t->slots[s]) {
		if (!strcmp(t->names[t->slots[s] - 1], name))
			return t->slots[s] - 1;
		s = (s + 1) & (t->slot_cap - 1);
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->names = realloc(t->names, t->cap * sizeof *t->names);
		if (!t->names)
			abort();
	}
	t->names[t->n] = strdup(name);
	if (!t->names[t->n])
		abort();
	t->slots[s] = (uint32_t)++t->n;
	return t->n - 1;
}

/* ---- Sets */

static void set_add(struct db_readset *rs, size_t bit)
{
	size_t w = bit / 64;
	if (w >= rs->words) {
		size_t words = w + 8;
		rs->bits = realloc(rs->bits, words * sizeof *rs->bits);
		if (!rs->bits)
			abort();
		memset(rs->bits + rs->words, 0, (words - rs->words) * sizeof *rs->bits);
		rs->words = words;
	}
	rs->bits[w] |= 1ULL << (bit % 64);
}

static void set_merge(struct db_readset *to, const struct db_readset *from)
{
	for (size_t w = from->words; w-- > 0;)
		if (from->bits[w]) {
			set_add(to, w * 64); /* sized to hold word w */
			for (size_t i = 0; i <= w; i++)
				to->bits[i] |= from->bits[i];
			return;
		}
}

void db_readset_free(struct db_readset *rs)
{
	free(rs->bits);
	rs->bits = NULL;
	rs->words = 0;
}

/* ---- Recording */

/* SQLite asks, while it prepares a statement, about every column it will
 * read: recorded into the cached statement being prepared, or else into
 * every set being recorded.  Reads inside triggers are a write's. */
static int authorize(void *ctx, int action, const char *table, const char *column, const char *schema,
		     const char *trigger)
{
	struct db *db = ctx;
	(void)schema;
	if (action != SQLITE_READ || trigger || !table || (!db->preparing && !db->nrecording))
		return SQLITE_OK;
	size_t n = name_number(&db->read_names, table, column ? column : "");
	if (db->preparing)
		set_add(db->preparing, n);
	else
		for (int i = 0; i < db->nrecording; i++)
			set_add(db->recording[i], n);
	return SQLITE_OK;
}

void db_reads_watch(struct db *db)
{
	sqlite3_set_authorizer(db->h, authorize, db);
}

void db_reads_forget(struct db *db)
{
	struct db_read_names *t = &db->read_names;
	for (size_t i = 0; i < t->n; i++)
		free(t->names[i]);
	free(t->names);
	free(t->slots);
	memset(t, 0, sizeof *t);
}

void db_reads_used(struct db *db, struct db_cached_stmt *slot)
{
	/* Once per recording: the sets cannot lose what was merged. */
	if (!db->nrecording || slot->epoch == db->read_epoch)
		return;
	slot->epoch = db->read_epoch;
	db_reads_add(db, &slot->reads);
}

void db_reads_start(struct db *db, struct db_readset *rs)
{
	if ((size_t)db->nrecording >= sizeof db->recording / sizeof db->recording[0])
		abort(); /* nested deeper than any caller does */
	if (rs->bits)
		memset(rs->bits, 0, rs->words * sizeof *rs->bits);
	db->recording[db->nrecording++] = rs;
	db->read_epoch++;
}

void db_reads_stop(struct db *db)
{
	if (db->nrecording > 0)
		db->nrecording--;
}

void db_reads_add(struct db *db, const struct db_readset *rs)
{
	for (int i = 0; i < db->nrecording; i++)
		set_merge(db->recording[i], rs);
}

static int by_bytes(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char *db_readset_text(struct db *db, const struct db_readset *rs)
{
	const struct db_read_names *t = &db->read_names;
	const char **names = calloc(t->n + 1, sizeof *names);
	size_t n = 0, len = 1;
	if (!names)
		abort();
	for (size_t i = 0; i < t->n && i / 64 < rs->words; i++)
		if (rs->bits[i / 64] & (1ULL << (i % 64))) {
			names[n++] = t->names[i];
			len += strlen(t->names[i]) + 1;
		}
	qsort(names, n, sizeof *names, by_bytes);
	char *text = malloc(len), *at = text;
	if (!text)
		abort();
	*at = '\0';
	for (size_t i = 0; i < n; i++)
		at += sprintf(at, "%s\n", names[i]);
	free(names);
	return text;
}

/* ---- Versions */

/* The tables whose inserts (or all whose writes) do not reach change_log
 * (home_unlogged_tables): what says they changed.  Those only ever added to
 * (deletes refused; their updates, if any, logged) by their newest row; the
 * small ones whole. */
static const struct {
	const char *table, *sql;
} unlogged[] = {
	{ "change_log", "SELECT max(id) FROM change_log" },
	{ "dues_payments", "SELECT max(id) FROM dues_payments" },
	{ "pipeline_overrides", "SELECT max(id) FROM pipeline_overrides" },
	{ "change_marks", "SELECT max(last) FROM change_marks" },
	{ "branch", "SELECT * FROM branch" },
	{ "settings", "SELECT * FROM settings" },
	{ "meeting_requirements", "SELECT * FROM meeting_requirements" },
	{ "holidays", "SELECT * FROM holidays" },
	{ "party_groups", "SELECT * FROM party_groups" },
};

static bool listed(const char *const *list, const char *table)
{
	for (; *list; list++)
		if (!strcmp(*list, table))
			return true;
	return false;
}

static bool hash_rows(struct db *db, sqlite3_stmt *st, uint64_t *h)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			const unsigned char *v = sqlite3_column_text(st, i);
			*h = hash_bytes(*h, v ? (const void *)v : "\x01", v ? (size_t)sqlite3_column_bytes(st, i) : 1);
			*h = hash_bytes(*h, "\x1f", 1);
		}
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, sqlite3_sql(st));
		sqlite3_reset(st);
		return false;
	}
	sqlite3_reset(st);
	return true;
}

/* A table not logged: false (the version unknown) when it is not in the
 * list above, which a unit test holds to home_unlogged_tables. */
static bool hash_unlogged(struct db *db, const char *table, uint64_t *h)
{
	for (size_t i = 0; i < sizeof unlogged / sizeof unlogged[0]; i++)
		if (!strcmp(unlogged[i].table, table)) {
			sqlite3_stmt *st = db_stmt(db, unlogged[i].sql);
			return st && hash_rows(db, st, h);
		}
	db_set_error(db, "db_reads_version: no version for table %s", table);
	return false;
}

/* Whether the lines from `lines` on of the table's run name column. */
static bool names_column(const char *lines, size_t table_len, const char *column)
{
	size_t n = strlen(column);
	for (const char *at = lines; *at && !strncmp(at, lines, table_len + 1); at = strchr(at, '\n') + 1)
		if (!strncmp(at + table_len + 1, column, n) && at[table_len + 1 + n] == '\n')
			return true;
	return false;
}

/* The marks of a table's changes that what was read depends on: its rows'
 * coming and going ('' and anything not a column) and the columns read. */
static bool hash_marks(struct db *db, const char *table, const char *lines, size_t table_len, uint64_t *h)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT m.field, m.last, EXISTS (SELECT 1 FROM pragma_table_info(:t) p WHERE p.name = m.field) "
		"FROM change_marks m WHERE m.tbl = :t ORDER BY m.field");
	if (!st)
		return false;
	db_bind_text(st, ":t", table);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *field = (const char *)sqlite3_column_text(st, 0);
		if (sqlite3_column_int(st, 2) && !names_column(lines, table_len, field ? field : ""))
			continue;
		long long last = sqlite3_column_int64(st, 1);
		*h = hash_bytes(*h, field ? field : "", field ? strlen(field) + 1 : 1);
		*h = hash_bytes(*h, &last, sizeof last);
	}
	return db_reset(db, st) && rc == SQLITE_DONE;
}

bool db_reads_version(struct db *db, const char *text, uint64_t *out)
{
	uint64_t h = HASH_START;
	/* The schema, and the file's own mark (schema/0017). */
	sqlite3_stmt *st = db_stmt(db,
		"SELECT schema_version, (SELECT last FROM change_marks WHERE tbl = '' AND field = 'file') "
		"FROM pragma_schema_version");
	if (!st || !hash_rows(db, st, &h))
		return false;
	/* The lines are in byte order: a table's lines follow each other. */
	for (const char *at = text; *at;) {
		const char *dot = strchr(at, '.');
		if (!dot)
			break;
		size_t len = (size_t)(dot - at);
		char table[128];
		snprintf(table, sizeof table, "%.*s", (int)len, at);
		h = hash_bytes(h, table, len + 1);
		/* SQLite's own tables and table-valued functions (json_each,
		 * pragma_*) have no marks: what they give follows from the schema
		 * and their arguments. */
		if (!hash_marks(db, table, at, len, &h) ||
		    (listed(home_unlogged_tables, table) && !hash_unlogged(db, table, &h)))
			return false;
		while (*at && !strncmp(at, table, len) && at[len] == '.')
			at = strchr(at, '\n') + 1;
	}
	*out = h;
	return true;
}
