/* What a computation read, and whether any of it changed since.
 *
 * While a set is being recorded, every table and column a statement names
 * (SQLite's authorizer, when the statement is prepared; a cached statement
 * brings the columns it named when it was prepared) goes into it.  Its
 * version then changes exactly when a row of one of those tables is added
 * or removed, or one of those columns changes (change_marks, schema/0017),
 * or a table whose writes are not logged changes at all.  A computation
 * that depends on nothing but the database and its arguments can therefore
 * be kept while the version of its set stays the same: report/todo.c keeps
 * each part's to-dos so. */
#ifndef ZHIBU_DB_READS_H
#define ZHIBU_DB_READS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct db;

/* A set of (table, column) names of one connection. */
struct db_readset {
	uint64_t *bits;
	size_t words;
};

void db_readset_free(struct db_readset *rs);

/* Record into rs (emptied first) what is read until db_reads_stop.  Sets
 * nest: what is read goes into every set being recorded. */
void db_reads_start(struct db *db, struct db_readset *rs);
void db_reads_stop(struct db *db);
/* What rs holds counts as read now: for a list read earlier and reused
 * instead of read again. */
void db_reads_add(struct db *db, const struct db_readset *rs);

/* The set as text, one "table.column" a line in byte order ("table." for
 * a table whose rows were counted without a column): the same in every
 * process.  malloc'd. */
char *db_readset_text(struct db *db, const struct db_readset *rs);

/* The version now of what such a text names.  False on a database error
 * (db_error). */
bool db_reads_version(struct db *db, const char *text, uint64_t *out);

#endif
