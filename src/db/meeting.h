/* Minutes (会议记录) in the database: the record, its attendance and its
 * votes; the requirements; and the counting behind the compliance calendar,
 * `zhibu check` and `zhibu report meetings`.  Minutes are never deleted: a
 * meeting that did not take place is cancelled and then counts for nothing.
 *
 * For the calendar screen: meeting_year_load() gives a year of cells (each
 * kind × each of its periods: done / missing / not yet / not required, with
 * counts) in one call; meeting_filter_period() + meeting_each() list the
 * meetings behind one cell.  For the minutes screen: meeting_get(),
 * meeting_load_attendance(), then minute_set_field() / meeting_set_text()
 * and meeting_update(); meeting_attend() for one attendance row. */
#ifndef ZHIBU_MEETING_H
#define ZHIBU_MEETING_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "rules/meetings.h"
#include "rules/minute.h"

struct db;

/* ---- Members by name */

enum member_match { MATCH_FOUND, MATCH_NONE, MATCH_NOT_YET, MATCH_AMBIGUOUS, MATCH_ERROR };

/* The member a minute means by name on day (ISO): "#12" is member 12; else
 * the one member of that name who had joined by then (when several, the one
 * still on the roster that day).  Sets *id when found; otherwise buf says
 * why (translated: unknown, not yet a member, or ambiguous with the
 * candidates listed; the database error for MATCH_ERROR). */
enum member_match meeting_member_by_name(struct db *db, const char *name, const char *day,
					 long long *id, char *buf, size_t size);

/* ---- Minutes */

/* Resolve the names of m against the roster on its date: the party group
 * (must exist), 主持人, 记录人 and 主讲人 (a member, else kept as the name of
 * someone from outside; ambiguous is a problem) and every attendee (must be
 * a member; listed once).  Returns the number of problems reported. */
int meeting_resolve(struct db *db, struct meeting *m, minute_problem_fn *report, void *ctx);
/* Insert a resolved and checked minute with its attendance: the listed
 * attendees, then (unless m->attendance_unrecorded) everyone else who should
 * attend (meeting_scope_of) as absent, or as present when nobody was listed
 * present.  Sets m->id and m->turnout. */
bool meeting_insert(struct db *db, struct meeting *m);
/* Update the record of m->id (not its attendance). */
bool meeting_update(struct db *db, const struct meeting *m);
/* Save the minute's edit page: loaded as the page loaded it, edited as the
 * user left it.  As member_save_edit: refused (false, db_error naming what
 * changed) when another writer changed the minute meanwhile; else only the
 * fields the user changed are written. */
bool meeting_save_edit(struct db *db, const struct meeting *loaded, struct meeting *edited);
/* Read a minute (out must be initialised; its attendance is not read) with
 * its turnout.  False when there is none (no error then). */
bool meeting_get(struct db *db, long long id, struct meeting *out);
/* Read the attendance into m->att, in roster order. */
bool meeting_load_attendance(struct db *db, struct meeting *m);
bool meeting_cancel(struct db *db, long long id, const char *reason);
/* The id of a minute of the same kind, day, group and topic, or 0. */
long long meeting_find_same(struct db *db, const struct meeting *m);

/* ---- Attendance */

/* Record one member as present or absent (with a reason), adding the row
 * when the member was not on the list. */
bool meeting_attend(struct db *db, long long meeting_id, long long member_id, bool present,
		    const char *reason);
/* Who should attend a meeting of kind k (of party group group_id, or 0) on
 * day: the list a new minute starts from (meeting_scope_of).  Calls fn with
 * each member's id. */
typedef void member_id_fn(void *ctx, long long member_id);
bool meeting_expected_each(struct db *db, enum meeting_kind k, long long group_id, const char *day,
			   member_id_fn *fn, void *ctx);
/* Take a member off the list (recorded by mistake). */
bool meeting_unattend(struct db *db, long long meeting_id, long long member_id);
bool meeting_turnout_get(struct db *db, long long meeting_id, struct meeting_turnout *out);

/* ---- Votes */

struct motion {
	long long id;
	char text[512];
	int yes, no, abstain;
	int expected, present; /* voting members at the time of the vote */
	char result[24];       /* 通过, 未通过, 不足法定人数 */
	const char *why;       /* translated; NULL when passed */
};

/* Record the vote on a motion at meeting_id, with the turnout of voting
 * members from its attendance.  The result (and why) is in *out.  Refused,
 * with db_error saying why, when the meeting does not vote or the counts do
 * not add up. */
bool meeting_vote(struct db *db, long long meeting_id, const char *motion, int yes, int no,
		  int abstain, struct vote_result *out, long long *motion_id);
typedef void motion_fn(void *ctx, const struct motion *mo);
bool meeting_motions_each(struct db *db, long long meeting_id, motion_fn *fn, void *ctx);

/* ---- Lists */

struct meeting_filter {
	long long id;                  /* 0: any */
	int kind;                      /* -1: any */
	char from[DATE_ISO_SIZE];      /* "" = no bound */
	char to[DATE_ISO_SIZE];
	long long group_id;            /* 0: any */
	bool include_cancelled;
};
void meeting_filter_init(struct meeting_filter *f);
/* The meetings of one calendar cell: kind k (or -1) in period p. */
void meeting_filter_period(struct meeting_filter *f, int k, struct period p);

/* Call fn for each minute f selects, by date (attendance not read; the
 * turnout is).  m is valid during the call only. */
typedef void meeting_fn(void *ctx, const struct meeting *m);
bool meeting_each(struct db *db, const struct meeting_filter *f, meeting_fn *fn, void *ctx);

/* ---- Requirements */

bool meeting_requirements_get(struct db *db, struct meeting_requirement req[MK_COUNT]);
bool meeting_requirement_set(struct db *db, enum meeting_kind k, const struct meeting_requirement *r);

/* ---- Compliance */

/* The day records start from (meeting_tracked_from: the meetings.since
 * setting, else the first minute, else today). */
struct date meeting_tracking_start(struct db *db, struct date today);

/* One kind in one period for the branch, or for one group when the
 * requirement is per group. */
struct meeting_due {
	enum meeting_kind kind;
	struct period period;
	long long group_id;            /* 0 for the branch */
	char group[MINUTE_NAME_SIZE];
	int required, held;
	enum meeting_state state;
};
typedef void meeting_due_fn(void *ctx, const struct meeting_due *d);
/* Every kind's periods that overlap [from, to], by kind then period (then
 * group), as on day today.  Kinds with nothing required come once per period
 * for the branch (required 0). */
bool meeting_dues_each(struct db *db, struct date from, struct date to, struct date today,
		       meeting_due_fn *fn, void *ctx);

/* One cell of the calendar: a kind in one of its periods. */
struct meeting_cell {
	struct period period;
	enum meeting_state state;  /* the worst of its units: missing, not yet, done */
	int held;                  /* meetings held in the period (all groups) */
	int required;              /* per unit */
	int units;                 /* 1, or the party groups that must meet */
	int units_short;           /* units below the requirement */
};

struct meeting_year {
	int year;
	struct date today, tracked_from;
	struct meeting_requirement req[MK_COUNT];
	int ncells[MK_COUNT];                 /* 12, 4, 2 or 1: the kind's periods */
	struct meeting_cell cells[MK_COUNT][12];
	int month_held[MK_COUNT][12];         /* meetings per month, every kind */
	/* A 支部委员会 tagged 党建工作专题 at least once each half year
	 * (records.md §C4.2): a requirement of its own, a row of its own. */
	struct meeting_cell topic[2];
};
/* The tag and the kind of that requirement. */
#define MEETING_TOPIC_TAG "党建工作专题"
bool meeting_year_load(struct db *db, int year, struct date today, struct meeting_year *out);

/* ---- Attendance rates */

struct attendance_rate {
	long long member_id;
	char name[MINUTE_NAME_SIZE];
	char group[MINUTE_NAME_SIZE];
	char kind[8];
	int expected, present;
};
typedef void attendance_rate_fn(void *ctx, const struct attendance_rate *r);
/* Every current member (and anyone recorded in the range), in roster order,
 * with the meetings from..to they should have attended and did. */
bool meeting_attendance_rates(struct db *db, const char *from, const char *to,
			      attendance_rate_fn *fn, void *ctx);

/* Tag a meeting (党建工作专题, 理论学习 ...: schema/0010's meeting_tags); a tag
 * given twice is kept once. */
bool meeting_tag_add(struct db *db, long long meeting_id, const char *tag);

#endif
