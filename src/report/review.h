/* 民主测评 of the branch committee: the result table, the blank form, to-dos. */
#ifndef ZHIBU_REPORT_REVIEW_H
#define ZHIBU_REPORT_REVIEW_H
#include <stdbool.h>

#include "core/date.h"
#include "rules/review.h"

struct db;
struct sheet;
struct todo_list;
struct review;

/* A review's numbers, read from its ballots or totals. */
struct review_result {
	struct review_areas areas;
	long long avg100[REVIEW_MAX_AREAS];
	long long overall100;
	long long valid, invalid;
	bool below;             /* overall below the threshold */
};
bool review_compute(struct db *db, const struct review *r, struct review_result *out);

/* 民主测评结果汇总表 of the year: 应参评, 实参评, 参评率, 有效票, 无效票, each
 * area's average, 总平均分, 结果.  NULL on a database error. */
struct sheet *review_sheet(struct db *db, int year);
/* The blank 支部委员会班子民主测评表 to print (text; PDF when that writer exists). */
struct sheet *review_form_sheet(struct db *db, int year);
/* Report the result upward (held_on + 15 days), feed it back at a 党员大会
 * (by the end of the next quarter). */
bool review_todo(struct db *db, struct todo_list *l);

#endif
