/* 党员统计表 as a sheet: every part of rules/stats.h with its count and
 * share, and a bar chart of each part beside it in XLSX. */
#ifndef ZHIBU_REPORT_STATS_H
#define ZHIBU_REPORT_STATS_H
#include "core/date.h"

struct db;
struct sheet;
struct stats;

/* 分类, 项目, 人数, 占比.  NULL on a database error (db_error says why). */
struct sheet *stats_sheet(struct db *db, struct date as_of);
/* The same from counts already collected; branch names the branch. */
struct sheet *stats_sheet_from(const struct stats *st, const char *branch);

#endif
