/* Dues (党费) as sheets: the quarterly or yearly report handed upward, the
 * 党费收缴公示 notice, the arrears list; and the dues items of `zhibu check`. */
#ifndef ZHIBU_REPORT_DUES_H
#define ZHIBU_REPORT_DUES_H
#include <stdbool.h>

#include "core/date.h"

struct db;
struct sheet;
struct todo_list;

struct dues_period {
	int year;
	int quarter;          /* 1..4, or 0 for the whole year */
	struct date as_of;    /* payments dated later do not count */
};

/* The first month (month_index) and the number of months of a period. */
void dues_period_months(const struct dues_period *p, int *first, int *months);

/* 序号, 姓名, 人员类别, 核定基数, 比例, 月应交, one column per month, 本季应交
 * (本年应交), 本季实交 (本年实交), 欠交, 交至年月, 备注, and a 合计 row.
 * NULL on a database error (db_error says why). */
struct sheet *dues_report_sheet(struct db *db, const struct dues_period *p);
/* The 党费收缴公示 to post: each member's payment, totals, the remittance. */
struct sheet *dues_notice_sheet(struct db *db, const struct dues_period *p);
/* Members with arrears at as_of, the most months first. */
struct sheet *dues_arrears_sheet(struct db *db, struct date as_of);

/* The yearly fixing table (核定表) of a year. */
struct sheet *dues_fixings_sheet(struct db *db, int year);
/* One member's payments, with their numbers (for reversals). */
struct sheet *dues_history_sheet(struct db *db, long long member_id);
/* Remittances (上缴) of a year; year 0 = all. */
struct sheet *dues_remittances_sheet(struct db *db, int year);

/* `zhibu check`: arrears at the warning and 自行脱党 thresholds, the
 * quarter's remittance not yet recorded, the year's fixings missing or
 * awaiting review. */
bool dues_todo(struct db *db, struct todo_list *l);

#endif
