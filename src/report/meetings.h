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

/* zhibu report meetings --year YEAR.  NULL on a database error. */
struct sheet *meetings_report(struct db *db, int year);

/* One printable 会议记录 per minute that f selects, chained (one worksheet
 * each in XLSX) into *out (NULL when none matched).  False on a database
 * error (db_error says why). */
bool minutes_sheets(struct db *db, const struct meeting_filter *f, struct sheet **out);

/* The check source (report/todo.c): a period that ended without its
 * required meetings is overdue, the current one is due soon; periods of
 * this year and the last are looked at. */
bool meetings_todo(struct db *db, struct todo_list *l);

#endif
