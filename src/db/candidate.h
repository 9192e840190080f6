/* Candidates (发展党员: 申请人, 积极分子, 发展对象, 预备党员) in the database.
 * Every write is one transaction, checked first by src/rules/pipeline.h;
 * a refused write returns false with the reasons in *pp (pp->count > 0),
 * a database error returns false with pp->count == 0 (db_error says why).
 * Rules that may be set aside are written anyway when override is a reason
 * (not NULL or blank): the reason is recorded for each rule set aside.
 *
 * For the screens:
 *   board        candidate_board(): every person with stage, next step,
 *                its earliest day and deadline, and the worst state
 *   person page  candidate_get(), then pipeline_checklist() and
 *                pipeline_items() on its dossier; candidate_history()
 *   forms        candidate_record_step() and the other candidate_record_*,
 *                candidate_approve(), candidate_member_by_name() */
#ifndef ZHIBU_CANDIDATE_H
#define ZHIBU_CANDIDATE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "core/workday.h"
#include "rules/pipeline.h"
#include "rules/roster.h"

struct db;

struct candidate {
	long long id;             /* 0 until stored */
	/* The personal record, checked as for members (member_set_field,
	 * member_check): name, sex, ethnicity, birth_date, id_number,
	 * education, category, work_unit, phone, note.  The roster fields
	 * (kind, join_date, group, status) are not used. */
	struct member person;
	long long member_id;      /* the roster row once admitted, else 0 */
	char created_on[DATE_ISO_SIZE];
	struct pipeline_dossier d;
};

void candidate_init(struct candidate *c);

/* The branch's settings (公示 working days, quarterly 思想汇报, holidays).
 * cal receives the holidays; s->calendar points at it.  Free with
 * workdays_done(cal). */
bool candidate_settings_load(struct db *db, struct pipeline_settings *s, struct workdays *cal);
/* The holidays and make-up days alone, into cal (workdays_init'ed here;
 * free with workdays_done). */
bool candidate_holidays_load(struct db *db, struct workdays *cal);
bool candidate_settings_set_notice_days(struct db *db, int days);
bool candidate_settings_set_thought_reports(struct db *db, bool on);
/* A day off (working = false) or a worked weekend day (true). */
bool candidate_holiday_set(struct db *db, const char *date, bool working, const char *name);
typedef void candidate_holiday_fn(void *ctx, const char *date, bool working, const char *name);
bool candidate_holiday_each(struct db *db, candidate_holiday_fn *fn, void *ctx);

/* One candidate with the whole dossier.  False when there is none. */
bool candidate_get(struct db *db, long long id, struct candidate *out);
/* Save the personal record's edit form of candidate id: loaded as the form
 * loaded it, edited as the user left it.  As member_save_edit: refused,
 * with why naming what changed, when another writer changed the record
 * meanwhile; else only the fields the user changed are written. */
bool candidate_save_person_edit(struct db *db, long long id, const struct member *loaded, struct member *edited,
				char *why, size_t why_size);
/* Candidates whose name is text, or whose ID number is text: returns how
 * many (-1 on error), the first one's id in *id. */
int candidate_find(struct db *db, const char *text, long long *id);
/* Every candidate with the dossier, in the order they were entered; fn
 * returns false to stop.  A few statements in all, however many people. */
typedef bool candidate_fn(void *ctx, const struct candidate *c);
bool candidate_each(struct db *db, candidate_fn *fn, void *ctx);

/* The board: one card per person. */
struct candidate_card {
	long long id;
	char name[96];
	enum pipeline_stage stage;
	struct pipeline_item next;     /* label "" when nothing is pending */
	enum pipeline_state state;     /* the worst of all the person's deadlines */
	int overdue;                   /* how many deadlines are past */
};
/* Everyone in the pipeline (申请人 .. 预备党员; also the finished ones when
 * finished is true), by stage, then the most urgent first, then name.
 * *cards is malloc'ed (free it). */
bool candidate_board(struct db *db, struct date as_of, int soon_days, bool finished,
		     struct candidate_card **cards, size_t *n);

/* A member of the roster for 培养联系人 / 入党介绍人: current members called
 * name (or with that ID number).  Returns how many (-1 on error); the first
 * is in *out. */
int candidate_member_by_name(struct db *db, const char *name, struct pipeline_person *out);
/* People named in one text (names separated by 、, see pipeline_next_name),
 * each a current member: at most max into out.  Calls report with a
 * translated sentence for each name that is not exactly one member (and
 * once when there are too many).  Returns how many were found, -1 on a
 * database error. */
typedef void candidate_report_fn(void *ctx, const char *why);
int candidate_people_parse(struct db *db, const char *list, struct pipeline_person *out, int max,
			   candidate_report_fn *report, void *ctx);

/* Add a person with the history so far: c->d may hold any steps, people,
 * assessments and 思想汇报 (PM_HISTORY order rules).  When the history
 * reaches the higher committee's approval (17), the person is entered in
 * the roster as 预备党员 (or linked to the roster row with the same ID
 * number); at 24 as 正式.  Sets c->id. */
bool candidate_add(struct db *db, struct candidate *c, const char *override, struct date today,
		   struct pipeline_problems *pp);
/* Correct the personal record (not the dossier). */
bool candidate_update_person(struct db *db, const struct candidate *c);

/* Record (or correct) step n.  people: for 5 and 9 (they replace the ones
 * recorded).  At 17 the person becomes 预备党员 in the roster (入党日期 = the
 * vote of step 15); at 19 the party group is set in the roster; at 24 the
 * member becomes 正式 (转正日期 = the end of the probation). */
bool candidate_record_step(struct db *db, long long id, int n, const struct pipeline_step *s,
			   const struct pipeline_person *people, int npeople, const char *override,
			   struct date today, struct pipeline_problems *pp);
/* The higher committee's approval: step 17, or 24 after admission. */
bool candidate_approve(struct db *db, long long id, const char *date, const char *doc_number,
		       const char *override, struct date today, struct pipeline_problems *pp);
/* Steps 6 and 21: the stage is taken from the date. */
bool candidate_record_assessment(struct db *db, long long id, const char *date, const char *result,
				 const char *note, const char *override, struct date today,
				 struct pipeline_problems *pp);
bool candidate_record_report(struct db *db, long long id, const char *date, const char *note,
			     const char *override, struct date today, struct pipeline_problems *pp);
/* A 公示 (to "" = after the setting's working days); replaces the one of
 * that kind.  *to_out (may be NULL) gets the last day. */
bool candidate_record_notice(struct db *db, long long id, enum pipeline_notice kind, const char *from,
			     const char *to, const char *override, struct date today, char *to_out,
			     struct pipeline_problems *pp);
/* 延长预备期 (months 6-12), 取消预备党员资格 (the member leaves the roster:
 * status 出党 with the reason), 终止培养. */
bool candidate_record_decision(struct db *db, long long id, enum pipeline_decision kind,
			       const char *date, int months, const char *reason, struct date today,
			       struct pipeline_problems *pp);

/* The person's history from the change log: when, what, old, new. */
typedef void candidate_change_fn(void *ctx, const char *at, const char *field,
				 const char *old_value, const char *new_value);
bool candidate_history(struct db *db, long long id, candidate_change_fn *fn, void *ctx);

#endif
