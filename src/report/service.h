/* 志愿服务, 承诺践诺 and 先锋岗 as sheets (records.md C7): the year's
 * activities with 次数, 人次 and 人数, each member's times and hours, the
 * pledges with their evaluations and the posts; and the 承诺 rows of
 * `zhibu check`. */
#ifndef ZHIBU_REPORT_SERVICE_H
#define ZHIBU_REPORT_SERVICE_H
#include <stdbool.h>

#include "core/date.h"

struct db;
struct sheet;
struct todo_list;

/* zhibu report service --year YEAR [--as-of DATE]: NULL on a database error. */
struct sheet *service_sheet(struct db *db, int year, struct date as_of);
/* The check source: pledges of this year and the last not yet 已践诺, due
 * the year's 12-31. */
bool pledges_todo(struct db *db, struct todo_list *l);

#endif
