/* 党务公开 and 意见建议 as sheets and texts: the 公开目录, the year's 党务公开
 * 登记表, the 意见建议办理登记表 (with the box openings), the 公开栏 text of
 * one disclosure and the 意见建议办理情况公示, and the rows of `zhibu check`
 * (categories 公开 and 意见). */
#ifndef ZHIBU_REPORT_DISCLOSURE_H
#define ZHIBU_REPORT_DISCLOSURE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "rules/disclosure.h"

struct db;
struct disclosure_item;
struct doc;
struct feedback;
struct sheet;
struct todo_list;

/* zhibu report disclosure-catalog.  NULL on a database error. */
struct sheet *disclosure_catalog_sheet(struct db *db);
/* zhibu report disclosures --year YEAR --as-of DATE. */
struct sheet *disclosure_register_sheet(struct db *db, int year, struct date as_of);
/* zhibu report feedback --year YEAR --as-of DATE (with the box openings of
 * the year chained as a second sheet). */
struct sheet *feedback_register_sheet(struct db *db, int year, struct date as_of);

/* The 公开栏 text of one disclosure; heap string, or NULL with *why. */
char *disclosure_notice_text(struct db *db, long long id, const char **why);
/* The 意见建议办理情况公示 of a year, as of a day, without senders' names. */
char *feedback_notice_text(struct db *db, int year, struct date as_of, const char **why);

/* The same two as documents to print (PDF): the title, the paragraphs, the
 * branch's name and the date at the bottom right.  NULL with *why. */
struct doc *disclosure_notice_doc(struct db *db, long long id, const char **why);
struct doc *feedback_notice_doc(struct db *db, int year, struct date as_of, const char **why);

/* The 内容摘要 zhibu can fill for a disclosure of catalogue row c for the
 * period label: for a 党费 row, the period's 应交, 实交 and 收缴率 with the
 * dues collected and remitted; for a 发展党员 row, the stages of the
 * pipeline today with the names of the 发展对象 and 预备党员.  1 when filled; 0 (out "") when zhibu fills nothing for the row;
 * -1 on a database error (db_error says why). */
int disclosure_summary_from(struct db *db, const char *source, const char *period, char *out, size_t size);

/* The 公开 calendar of a year as of a day (the screen): each catalogue row
 * in order, then the 目录外 ones (item NULL).  A 定期 row has one cell per
 * period of the year (months its length in months); another row one cell
 * per disclosure of the year, or a single empty one. */
struct disclosure_cell {
	char period[8];                 /* "" when not 定期 */
	int months;                     /* 1, 3, 6, 12; 0 when not 定期 */
	int state;                      /* enum disclosure_state; -1: 不适用 */
	long long id;                   /* the disclosure, 0 when none */
	char status[16];                /* its status */
	char due[DATE_ISO_SIZE];        /* "" when not 定期 */
	char published_on[DATE_ISO_SIZE];
	char title[304];
};
typedef void disclosure_cell_fn(void *ctx, const struct disclosure_item *item, const struct disclosure_cell *cell);
bool disclosure_calendar(struct db *db, int year, struct date as_of, disclosure_cell_fn *fn, void *ctx);

/* The state of an opinion on a day (按时答复, 超期答复, 待答复, 超期未答复):
 * replies after the day do not count yet. */
enum feedback_state feedback_state_on(const struct feedback *f, struct date as_of);

/* The check sources (report/todo.c). */
bool disclosure_todo(struct db *db, struct todo_list *l);
bool feedback_todo(struct db *db, struct todo_list *l);

#endif
