/* Meetings as sheets: the year's report (held against requirements, what is
 * missing, each member's attendance), printable minutes, and the meeting
 * rows of `zhibu check`. */
#ifndef ZHIBU_REPORT_MEETINGS_H
#define ZHIBU_REPORT_MEETINGS_H
#include <stdbool.h>
#include <stddef.h>

struct db;
struct sheet;
struct todo_list;
struct meeting_filter;
struct meeting;
typedef void meeting_fn(void *ctx, const struct meeting *m); /* as db/meeting.h */

/* zhibu report meetings --year YEAR.  NULL on a database error. */
struct sheet *meetings_report(struct db *db, int year);

/* One printable 会议记录 per minute that f selects, chained (one worksheet
 * each in XLSX) into *out (NULL when none matched).  False on a database
 * error (db_error says why). */
bool minutes_sheets(struct db *db, const struct meeting_filter *f, struct sheet **out);

/* Each minute f selects, its attendance read, to fn.  False on a database
 * error. */
bool minutes_each(struct db *db, const struct meeting_filter *f, meeting_fn *fn, void *ctx);

/* The facts at the head of a minute as label and value, in the order of the
 * printed minutes: a cancellation, kind (and group), 主题, time, place, 主持人,
 * 记录人, 主讲人, 应到 and 实到. */
typedef void minute_fact_fn(void *ctx, const char *label, const char *value);
void minute_facts(const struct meeting *m, minute_fact_fn *fn, void *ctx);

/* The check source (report/todo.c): a period that ended without its
 * required meetings is overdue, the current one is due soon; periods of
 * this year and the last are looked at. */
bool meetings_todo(struct db *db, struct todo_list *l);

#endif
