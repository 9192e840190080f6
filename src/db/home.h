/* What the 首页 screen reads besides the other parts' own queries: members
 * by kind, the political birthdays (入党纪念日) of a month, and a
 * fingerprint of everything the screen shows, so that its summary can be
 * kept between starts (report/home.c) and computed again only when the
 * records changed. */
#ifndef ZHIBU_DB_HOME_H
#define ZHIBU_DB_HOME_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/date.h"

struct db;

/* Members on the roster now (not 转出, 去世, 出党), 正式 and 预备. */
bool home_member_kinds(struct db *db, long long *full, long long *probationary);

/* Members on the roster whose 入党日期 falls in month m of an earlier year,
 * by day, then name: fn for each of the first `limit`; *total counts all. */
typedef void home_birthday_fn(void *ctx, long long id, const char *name, const char *join_date);
bool home_birthdays_each(struct db *db, int year, int month, int limit, home_birthday_fn *fn,
			 void *ctx, long long *total);

/* Changes when anything in the database changes: the newest change_log row
 * (every table that keeps a log), and in full the tables whose writes are
 * not logged (home_unlogged_tables).  Cheap: a few index look-ups and the
 * small tables. */
bool home_fingerprint(struct db *db, uint64_t *out);
/* The tables home_fingerprint reads itself, NULL-terminated: a new table
 * whose writes do not reach change_log must be added there (a unit test
 * holds the schema to it). */
extern const char *const home_unlogged_tables[];
/* For the test that holds the schema to it: the tables of the database
 * that neither log their inserts, updates and deletes (or refuse deletes)
 * nor are read by home_fingerprint, into out (space-separated, "" when
 * none).  False on a database error. */
bool home_fingerprint_gaps(struct db *db, char *out, size_t size);

#endif
