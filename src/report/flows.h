/* 流动党员登记表 and 失联党员情况表 (records.md C12.5), and the 党籍 rows of
 * `zhibu check` and 首页: away 6 months, no contact in the period, 失联
 * 6 months, 停止党籍 2 years. */
#ifndef ZHIBU_REPORT_FLOWS_H
#define ZHIBU_REPORT_FLOWS_H
#include <stdbool.h>

#include "core/date.h"

struct db;
struct sheet;
struct todo_list;

/* The two tables on as_of (members whose status began by then). */
struct sheet *flows_sheet(struct db *db, struct date as_of);
bool flows_todo(struct db *db, struct todo_list *l);

#endif
