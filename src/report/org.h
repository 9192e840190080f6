/* The 组织 records as sheets and to-dos: the committee's terms (换届), the
 * archive index (文件材料目录) and the submissions upward (报送登记表),
 * records.md C8 and C11. */
#ifndef ZHIBU_REPORT_ORG_H
#define ZHIBU_REPORT_ORG_H
#include <stdbool.h>

#include "core/date.h"
#include "db/archive.h"

struct db;
struct sheet;
struct term;
struct todo_list;

/* Settings. */
#define TERM_KEY_BRANCH_KIND "branch.kind"         /* 村, 社区 → 5-year terms */
#define TERM_KEY_REQUEST_MONTHS "term.request_months" /* default 1 */
#define ARCHIVE_KEY_BY "archive.by"                /* MM-DD of the next year, default 06-30 */

/* A term's end and the day its request is due (setting term.request_months). */
void term_dates(struct db *db, const struct term *t, struct date *end, struct date *request_due);

/* 支部委员会届次: every term with its dates and the committee on the day elected. */
struct sheet *terms_sheet(struct db *db);
/* 文件材料目录 of a year: by category, 件号 order. */
struct sheet *documents_sheet(struct db *db, int year);
/* 报送登记表: every submission, and those the yearly rules ask for in as_of's year. */
struct sheet *submissions_sheet(struct db *db, struct date as_of);

/* The submissions not sent, then those the yearly rules ask for in as_of's
 * year, from the day the branch was set up, not yet recorded (the to-do
 * of a yearly one shows from the first day of its month). */
bool submissions_pending(struct db *db, struct date as_of, submission_fn *fn, void *ctx);

/* The 换届, 档案 and 报送 to-dos. */
bool org_todo(struct db *db, struct todo_list *l);

#endif
