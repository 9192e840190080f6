/* 整改台账 reports and to-dos. */
#ifndef ZHIBU_REPORT_RECTIFY_H
#define ZHIBU_REPORT_RECTIFY_H
#include <stdbool.h>

#include "core/date.h"

struct db;
struct sheet;
struct todo_list;

/* The 整改台账 of one batch (batch_id) or of all (0), as of a date.  NULL on a
 * database error. */
struct sheet *rectify_ledger_sheet(struct db *db, long long batch_id, struct date as_of);
/* Per batch: 问题数, 已销号, 整改中, 长期坚持, 超期, 完成率, 报告报送期限, 报送日期. */
struct sheet *rectify_summary_sheet(struct db *db, struct date as_of);
/* The to-dos: items past their deadline, batch reports not sent, 长期坚持
 * items with no progress in a quarter. */
bool rectify_todo(struct db *db, struct todo_list *l);
/* The status an item had on as_of: 已销号 after as_of shows 整改中. */
const char *rectify_status_on(const char *status, const char *closed_on, struct date as_of);

/* Counts over the items of batches with feedback in [from, to] (for the 述职数据表). */
struct rectify_counts {
	long long all, closed, voided, open, long_term, overdue, repeated;
};
struct rectify_item;
/* Count one item by the status it had on as_of. */
void rectify_count(struct rectify_counts *n, const struct rectify_item *it, struct date as_of);

#endif
