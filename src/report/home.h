/* The 首页 summary: every to-do of `zhibu check` (todo_collect), and the
 * branch at a glance: members by kind, candidates by stage, the quarter's
 * dues collection so far, the quarter's meetings kind by kind, the
 * political birthdays (入党纪念日) of the month.
 *
 * Computing it reads the whole branch (a third of a second on 20,000
 * members with ten years of records), so the summary is kept in a cache
 * file beside nothing else (XDG_CACHE_HOME/zhibu/) under a fingerprint of
 * the database (db/home.h) and the day: a start with nothing changed reads
 * it back in a millisecond. */
#ifndef ZHIBU_REPORT_HOME_H
#define ZHIBU_REPORT_HOME_H
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>

#include "core/date.h"
#include "core/money.h"
#include "report/todo.h"
#include "rules/meetings.h"
#include "rules/pipeline.h"

#define HOME_TODO_DAYS 30       /* due soon: within a month, as zhibu check */
#define HOME_BIRTHDAYS_MAX 48   /* names kept; the count covers them all */
#define HOME_MEETING_CELLS 3    /* a quarter's months */

struct home_birthday {
	long long id;
	char name[96];
	char join_date[DATE_ISO_SIZE];
	int years;                  /* since 入党日期, this year */
};

/* One kind of meeting required in the quarter: its periods that overlap
 * the quarter (three months, the quarter, the half-year or the year). */
struct home_meeting {
	enum meeting_kind kind;
	int ncells;
	struct home_meeting_cell {
		struct period period;
		enum meeting_state state;
		int held, required;     /* required: per unit (group) */
	} cells[HOME_MEETING_CELLS];
};

struct home_summary {
	struct date today;
	long long full, probationary;          /* on the roster now */
	int stages[PS_BOARD_COUNT];            /* 申请人 .. 预备党员 */
	int quarter_first, quarter_months;     /* month_index of the quarter's first month; months to date */
	bool dues_owed;                        /* something is owed in the quarter so far */
	fen_t owed, collected;                 /* the quarter so far (collected counts up to what was owed) */
	struct home_meeting meetings[MK_COUNT];
	int nmeetings;
	struct home_birthday birthdays[HOME_BIRTHDAYS_MAX];
	int nbirthdays;
	long long birthdays_total;
	struct todo_list todos;                /* most urgent first */
	int overdue, soon;                     /* counts of todos */
};

/* Compute the summary for today.  False on a database error (db_error). */
bool home_summary_load(struct db *db, struct date today, struct home_summary *h);
void home_summary_done(struct home_summary *h);

/* The cache: the summary computed for the database at db_path, on
 * h->today, when the database had fingerprint fp.  home_cache_read is true
 * only when the file holds exactly that (h filled; free with
 * home_summary_done); writing is best effort (false when it failed). */
bool home_cache_read(const char *db_path, uint64_t fp, struct date today, struct home_summary *h);
bool home_cache_write(const char *db_path, uint64_t fp, const struct home_summary *h);

/* What a cache file belongs to besides the records: the database file, the
 * program, the language of its texts.  And the file of a kind of cache for
 * that key: XDG_CACHE_HOME/zhibu/KIND-KEY.cache, else ~/.cache/zhibu/...;
 * NULL when there is no home (malloc'd). */
uint64_t home_cache_key(const char *db_path);
char *home_cache_path(const char *kind, uint64_t key, bool make_dir);
/* Replace that file with what write puts in a file beside it, renamed
 * when complete; best effort (false when it failed, nothing left). */
typedef bool home_cache_write_fn(FILE *f, const void *ctx);
bool home_cache_replace(const char *kind, uint64_t key, home_cache_write_fn *write, const void *ctx);

/* The to-dos of the cached summary into *out (as todo_collect for today and
 * HOME_TODO_DAYS would give them), when the cache is current; false when it
 * is not (out untouched): `zhibu check` then collects them itself. */
bool home_todos_cached(struct db *db, struct date today, struct todo_list *out);

/* The summary, from the cache when it is current, else computed (and
 * cached).  *cached says which.  False on a database error. */
bool home_summary_get(struct db *db, struct date today, struct home_summary *h, bool *cached);

#endif
