/* 党务公开 and 意见建议 as sheets and texts: the 公开目录, the year's 党务公开
 * 登记表, the 意见建议办理登记表 (with the box openings), the 公开栏 text of
 * one disclosure and the 意见建议办理情况公示, and the rows of `zhibu check`
 * (categories 公开 and 意见). */
#ifndef ZHIBU_REPORT_DISCLOSURE_H
#define ZHIBU_REPORT_DISCLOSURE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct db;
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

/* The 内容摘要 zhibu can fill for a disclosure of catalogue row c for the
 * period label: for a 党费 row, the dues collected and remitted in the
 * period.  1 when filled; 0 (out "") when zhibu fills nothing for the row;
 * -1 on a database error (db_error says why). */
int disclosure_summary_from(struct db *db, const char *source, const char *period, char *out, size_t size);

/* The check sources (report/todo.c). */
bool disclosure_todo(struct db *db, struct todo_list *l);
bool feedback_todo(struct db *db, struct todo_list *l);

#endif
