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
/* Each member 流动, 失联 or 停止党籍 on as_of, by status then date, with
 * her deadlines (n of them in due: flow_deadlines). */
struct flow_member;
struct flow_due;
typedef void flows_fn(void *ctx, const struct flow_member *m, const struct flow_due *due, int n);
bool flows_each(struct db *db, struct date as_of, flows_fn *fn, void *ctx);
bool flows_todo(struct db *db, struct todo_list *l);

#endif
