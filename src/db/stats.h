/* The members read for 党员统计 (rules/stats.h): the party groups, then one
 * row per member who could count on the as-of date (joined by then and not
 * gone before its year began), in one pass. */
#ifndef ZHIBU_DB_STATS_H
#define ZHIBU_DB_STATS_H
#include <stdbool.h>

#include "rules/stats.h"

struct db;

/* Fill s (stats_init'ed with its as-of date) and finish it.  False on a
 * database error (db_error says why). */
bool stats_collect(struct db *db, struct stats *s);

#endif
