/* 学时 as sheets (records.md C5): the 党员教育培训学时登记表 of a year, one
 * member's counted minutes and trainings, and the 学时 rows of `zhibu
 * check` (from 12-01).  The attendance is read once for the whole branch. */
#ifndef ZHIBU_REPORT_HOURS_H
#define ZHIBU_REPORT_HOURS_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "db/training.h"

struct db;
struct sheet;
struct todo_list;

/* One member's year. */
struct hours_row {
	struct hours_member m;
	long kind_minutes[MK_COUNT];   /* counted minutes by kind of meeting (before the daily cap) */
	long central_minutes, other_minutes; /* trainings: 集中培训, the others */
	long total;                    /* every day summed and capped */
	int centralized;               /* 集中培训 attended (次) */
	int required;                  /* whole 学时 */
	bool apart;                    /* 流动, 失联, 停止党籍: listed apart, no to-do */
};

/* A line of one member's detail, or a minute without times. */
struct hours_item {
	enum hours_source_kind source;
	long long id, member_id;
	int kind;
	char date[DATE_ISO_SIZE];
	char title[256];
	int minutes;                   /* -1: no start or end time; counted in the year */
	bool counts;
};

struct hours_year {
	struct hours_settings set;
	int year;
	struct hours_row *rows;
	size_t nrows, cap_rows;
	struct hours_item *items;      /* the detail (one member), else only minutes without times */
	size_t nitems, cap_items;
};

/* Compute the year up to as_of (at most 12-31) for every member, or for
 * member_id only (then with its detail).  False on a database error. */
bool hours_year_load(struct db *db, int year, struct date as_of, long long member_id, struct hours_year *out);
/* The same for every member without the minutes by kind (kind_minutes stay
 * 0): the totals the to-dos and the 述职数据表 need, a little faster. */
bool hours_year_totals(struct db *db, int year, struct date as_of, struct hours_year *out);
void hours_year_done(struct hours_year *y);
/* The minutes a row must reach. */
long hours_required_minutes(const struct hours_year *y, const struct hours_row *r);

/* zhibu report hours --year YEAR [--as-of DATE]: the register, the members
 * listed apart and the minutes without times.  NULL on a database error. */
struct sheet *hours_sheet(struct db *db, int year, struct date as_of);
/* zhibu report hours --member NAME --year YEAR.  NULL on a database error. */
struct sheet *hours_member_sheet(struct db *db, int year, long long member_id);

/* A member's year in a few lines, for the member's page: 学时 against the
 * requirement, talks, pledges and service. */
struct member_year {
	char hours[HOURS_TEXT_SIZE];
	int required, centralized;
	bool apart;
	int talks, pledges, fulfilled, services;
	char service_hours[HOURS_TEXT_SIZE];
};
/* False on a database error (false with nothing set when the member was
 * not on the roster in the year is not an error: *found false). */
bool member_year_load(struct db *db, long long member_id, int year, struct date as_of, struct member_year *out,
		      bool *found);

/* The check source: from 12-01, members short of their hours and committee
 * members without a 集中培训, due 12-31. */
bool hours_todo(struct db *db, struct todo_list *l);

#endif
