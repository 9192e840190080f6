/* The roster (党员花名册) as a sheet: the same columns as the import, so that
 * an export imports again unchanged. */
#ifndef ZHIBU_REPORT_ROSTER_H
#define ZHIBU_REPORT_ROSTER_H
#include <stdbool.h>
#include <stddef.h>

struct db;
struct sheet;

struct roster_options {
	bool include_left; /* --all: also members who left */
	bool full_id;      /* --full-id: ID and phone numbers unmasked */
	int sort;          /* --sort: 0 the 花名册 order (group, joined), else an enum member_sort */
};

/* NULL on a database error (db_error says why). */
struct sheet *roster_sheet(struct db *db, const struct roster_options *o);

/* "branch name  date" for report subtitles. */
void report_subtitle(struct db *db, const char *period, char *out, size_t size);
/* The same for one meeting's minute: the day it was held, not a period. */
void report_subtitle_held(struct db *db, const char *date, char *out, size_t size);

#endif
