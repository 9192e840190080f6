/* 年度党建工作计划: the plan table, how far it has got, and its to-dos. */
#ifndef ZHIBU_REPORT_PLAN_H
#define ZHIBU_REPORT_PLAN_H
#include <stdbool.h>

#include "core/date.h"

struct db;
struct sheet;
struct todo_list;
struct plan_item;

/* An item as of a date: its value (bound items), its status (computed for
 * bound items: 已完成 when value ≥ target), and whether it is overdue. */
struct plan_progress {
	long long value;
	char status[16];
	bool overdue;
};
bool plan_item_progress(struct db *db, const struct plan_item *it, struct date as_of, struct plan_progress *p);

/* 年度党建工作计划表 and 计划落实情况 (per area), chained.  NULL on a database error. */
struct sheet *plan_sheet(struct db *db, int year, struct date as_of);
/* The plan not adopted by 01-31, open items by their due date, and the
 * half-yearly 支委会 tagged 党建工作专题; from the first year with a plan. */
bool plan_todo(struct db *db, struct todo_list *l);

#endif
