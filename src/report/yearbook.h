/* 述职数据表: the year (or half year) in numbers, every number traceable to
 * the records behind it.  Three chained sheets: 汇总 (序号, 项目, 本期数据,
 * 要求/计划, 完成情况, 依据), 明细 (项目序号, 记录类型, 编号, 日期, 说明: what
 * each number counted and what it left out, with why) and 问题清单 (序号,
 * 问题, 依据: every shortfall as one sentence).  The footer gives the as-of
 * date, the date made and a fingerprint of the data.
 *
 * Indicators are rows of one table in yearbook.c; the parts still being
 * built (公开, 意见, 学时, 谈话, 转接) have rows without a function there:
 * a part that lands fills its row's function. */
#ifndef ZHIBU_REPORT_YEARBOOK_H
#define ZHIBU_REPORT_YEARBOOK_H

#include "core/date.h"

struct db;
struct sheet;

/* half: 0 the whole year, 1 or 2.  Records dated after as_of (clipped to the
 * period's end) do not count.  NULL on a database error. */
struct sheet *yearbook_sheets(struct db *db, int year, int half, struct date as_of);
/* The 问题清单 of a yearbook (the third sheet), or NULL. */
const struct sheet *yearbook_problems(const struct sheet *s);

#endif
