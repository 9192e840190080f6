/* 发展党员: the 25 steps of developing a new member (domain.md §4,
 * 发展党员工作细则 2014) as pure rules.  A person's records come in as a
 * struct pipeline_dossier; from it these functions derive the stage (never
 * stored), every deadline, the checklist of the 25 steps, and whether a new
 * record may be written (a step out of order or too early is refused with
 * the reason, unless the user overrides it with a recorded reason).
 *
 * The future screens call, through src/db/candidate.h:
 *   board:        candidate_board()   -> stage, next step, its dates, state
 *   person page:  candidate_get() then pipeline_checklist() and
 *                 pipeline_items(); a form asks for pipeline_steps[n].needs.
 * Domain values (stage and step names, 正常/即将到期/超期) are Chinese data as
 * the forms write them; sentences for the user are translated. */
#ifndef ZHIBU_PIPELINE_H
#define ZHIBU_PIPELINE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "core/workday.h"
#include "rules/roster.h"
#include "rules/vote.h"

#define PIPELINE_STEPS 25
#define PIPELINE_MAX_PEOPLE 4        /* current 培养联系人 or 入党介绍人 kept per role */
#define PIPELINE_MAX_ASSESSMENTS 24  /* the most recent ones; the total is counted */
#define PIPELINE_MAX_REPORTS 48      /* 思想汇报 dates, the most recent */
#define PIPELINE_MAX_OVERRIDES 16
#define PIPELINE_MAX_ITEMS 32
#define PIPELINE_MAX_PROBLEMS 12
#define PIPELINE_NOTICE_DAYS 5       /* [practice] 公示 length in working days */
#define PIPELINE_SOON_DAYS 30        /* "due soon" on the board and in the report */

/* Where a person is: derived from the steps recorded. */
enum pipeline_stage {
	PS_APPLICANT,   /* 申请人: application handed in */
	PS_ACTIVIST,    /* 积极分子: step 3 */
	PS_TARGET,      /* 发展对象: step 7, until the higher committee approves */
	PS_PROBATION,   /* 预备党员: step 17 */
	PS_FULL,        /* 已转正: step 24 */
	PS_STOPPED,     /* 已终止: development ended before admission */
	PS_CANCELLED,   /* 已取消: probationary membership cancelled */
	PS_COUNT
};
#define PS_BOARD_COUNT 4 /* the board shows the first four */
const char *pipeline_stage_name(enum pipeline_stage s);

/* What a step's record holds besides its date: a form asks only for these. */
enum pipeline_need {
	NEED_WHO = 1 << 0,         /* 2, 16: who held the talk */
	NEED_CONTACTS = 1 << 1,    /* 5: one or two 培养联系人 */
	NEED_INTRODUCERS = 1 << 2, /* 9: two 入党介绍人 */
	NEED_RESULT = 1 << 3,      /* 10: 合格 / 不合格 */
	NEED_TRAINING = 1 << 4,    /* 11: to which day, how many class hours */
	NEED_VOTE = 1 << 5,        /* 15, 23: 应到 实到 赞成 反对 弃权 */
	NEED_NUMBER = 1 << 6,      /* 17, 24: the approval's document number */
	NEED_GROUP = 1 << 7,       /* 19: the party group */
	NEED_MEETING = 1 << 8,     /* may link the minute of the meeting */
	NEED_ASSESSMENT = 1 << 9,  /* 6, 21: recorded as assessments (result, note) */
};

struct pipeline_step_info {
	int phase;          /* 1..5: the five stages of the 细则 */
	const char *name;   /* as the forms name it: 递交入党申请书 ... */
	unsigned needs;     /* enum pipeline_need */
};
/* Indexed by step number 1..25; [0] is empty. */
extern const struct pipeline_step_info pipeline_steps[PIPELINE_STEPS + 1];
/* The five stages of the 细则, [1..5]. */
extern const char *const pipeline_phase_names[6];

/* One recorded step (date "" = not recorded). */
struct pipeline_step {
	char date[DATE_ISO_SIZE];
	char end_date[DATE_ISO_SIZE]; /* 11: the training's last day */
	int hours;                    /* 11: class hours, 0 = not given */
	char who[96];                 /* 2, 16: who held the talk; 19: the party group */
	char result[16];              /* 10: 合格 / 不合格 */
	char doc_number[64];          /* 17, 24 (and the 备案 steps): document number */
	bool has_vote;                /* 15, 23 */
	struct vote_count vote;
	long long meeting_id;         /* 0 = none */
	char note[256];
};

/* A 培养联系人 or 入党介绍人: a member of the roster as it is now. */
struct pipeline_person {
	long long member_id;
	char name[96];
	char kind[8];       /* 正式 / 预备 */
	char status[16];    /* 党籍状态 */
	char from_date[DATE_ISO_SIZE];
};

struct pipeline_assessment {
	char date[DATE_ISO_SIZE];
	char stage[16];     /* 积极分子 / 发展对象 / 预备党员 */
	char result[32];
	char note[128];
};

enum pipeline_notice { PN_TARGET, PN_ADMIT, PN_FULL, PN_COUNT };
/* 发展对象 / 接收 / 转正 */
extern const char *const pipeline_notice_kinds[PN_COUNT];
int pipeline_notice_by_name(const char *name);

/* The step a 公示 of that kind needs first (7, or 17 for 转正), and the
 * step it must end before (12, 15, 23). */
int pipeline_notice_needs(enum pipeline_notice k);
int pipeline_notice_step(enum pipeline_notice k);

enum pipeline_decision { PD_EXTEND, PD_CANCEL, PD_STOP, PD_COUNT };
/* 延长预备期 / 取消预备党员资格 / 终止培养 */
extern const char *const pipeline_decision_kinds[PD_COUNT];

/* The rules that refuse a record.  The first ones may be set aside with a
 * recorded reason (an override); the others may not. */
enum pipeline_rule {
	PR_AGE,         /* applicant under 18 */
	PR_ORDER,       /* a step it follows is not recorded */
	PR_BEFORE,      /* dated before a step it follows */
	PR_ONE_YEAR,    /* 发展对象 less than a year after 积极分子 */
	PR_PROBATION,   /* 转正 before the probation ends */
	PR_NOTICE,      /* during the 公示, or a 公示 shorter than N working days */
	PR_LATE,        /* approval more than 3 months after the vote */
	PR_TRAINING,    /* training shorter than 3 days and 24 class hours */
	/* the rules above can be overridden, the ones below cannot */
	PR_FUTURE,      /* dated after today */
	PR_PEOPLE,      /* not one or two 培养联系人 / not two 入党介绍人 / not a full member */
	PR_VOTE,        /* the vote was not quorate or did not pass */
	PR_REVIEW,      /* the political review concluded 不合格 */
	PR_ENDED,       /* development ended, or already 转正 */
	PR_INVALID,     /* anything else that cannot be */
	PR_COUNT
};
/* A stable name for the override table: "age", "order", ... */
const char *pipeline_rule_code(enum pipeline_rule r);
bool pipeline_rule_overridable(enum pipeline_rule r);

struct pipeline_problem {
	enum pipeline_rule rule;
	int step;           /* the step being checked; 0 for other records */
	char why[256];      /* translated */
};
struct pipeline_problems {
	int count;
	struct pipeline_problem p[PIPELINE_MAX_PROBLEMS];
};
/* Problems that an override cannot set aside. */
int pipeline_problems_hard(const struct pipeline_problems *pp);
/* Add a problem (for checks made outside these rules, e.g. the roster). */
void pipeline_problem_add(struct pipeline_problems *pp, enum pipeline_rule r, int step, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

struct pipeline_override {
	int step;
	char rule[16];
};

/* Everything recorded about one person's development. */
struct pipeline_dossier {
	char birth_date[DATE_ISO_SIZE];
	char created_on[DATE_ISO_SIZE];  /* entered in zhibu */
	struct pipeline_step steps[PIPELINE_STEPS + 1];
	struct pipeline_person contacts[PIPELINE_MAX_PEOPLE];
	int ncontacts;
	struct pipeline_person introducers[PIPELINE_MAX_PEOPLE];
	int nintroducers;
	struct pipeline_assessment assessments[PIPELINE_MAX_ASSESSMENTS]; /* by date */
	int nassessments, assessments_total;
	char reports[PIPELINE_MAX_REPORTS][DATE_ISO_SIZE];  /* 思想汇报 received, by date */
	int nreports, reports_total;
	struct { char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE]; } notices[PN_COUNT];
	struct { char date[DATE_ISO_SIZE]; int months; char reason[256]; } decisions[PD_COUNT];
	struct pipeline_override overrides[PIPELINE_MAX_OVERRIDES];
	int noverrides;
};

void pipeline_dossier_init(struct pipeline_dossier *d);
/* Append a record read in date order (keeps the most recent when full). */
void pipeline_dossier_add_assessment(struct pipeline_dossier *d, const struct pipeline_assessment *a);
void pipeline_dossier_add_report(struct pipeline_dossier *d, const char *date);
void pipeline_dossier_add_override(struct pipeline_dossier *d, int step, const char *rule);

/* The branch's settings for the pipeline. */
struct pipeline_settings {
	int notice_days;               /* 公示 length in working days */
	bool thought_reports;          /* 思想汇报 expected each quarter */
	const struct workdays *calendar;
};

enum pipeline_stage pipeline_stage_of(const struct pipeline_dossier *d);
static inline bool pipeline_step_done(const struct pipeline_dossier *d, int n)
{
	return d->steps[n].date[0] != '\0';
}
/* The day the probation ends: the branch vote + 1 year (+ the extension).
 * False before the vote. */
bool pipeline_probation_end(const struct pipeline_dossier *d, struct date *out);
/* The day a 公示 from `from` ends: after notice_days working days. */
struct date pipeline_notice_end(const struct pipeline_settings *s, struct date from);

/* Deadlines and next steps. */
enum pipeline_state { PST_OK, PST_SOON, PST_OVERDUE };
/* 正常 / 即将到期 / 超期 */
const char *pipeline_state_name(enum pipeline_state s);

enum pipeline_item_kind { PI_STEP, PI_ASSESSMENT, PI_REPORT };
struct pipeline_item {
	enum pipeline_item_kind kind;
	int step;                        /* the step it is (6 or 21 for assessments, 0 for 思想汇报) */
	char label[64];                  /* 确定发展对象, 培养教育考察, 思想汇报（2026Q3） */
	char earliest[DATE_ISO_SIZE];    /* "" = now, or not known yet */
	char deadline[DATE_ISO_SIZE];    /* "" = none */
	enum pipeline_state state;       /* from the deadline against as_of */
	bool ready;                      /* a step that can be recorded now */
};
/* What is still to do in the person's stage, each with its earliest day and
 * its deadline: talk within 1 month of the application; assessment every 6
 * months; 发展对象 from 积极分子 + 1 year; approval within 3 months of the
 * vote; 转正 at the end of the probation; 思想汇报 each quarter when the
 * setting asks for it.  Returns the number of items (at most max). */
int pipeline_items(const struct pipeline_dossier *d, const struct pipeline_settings *s,
		   struct date as_of, int soon_days, struct pipeline_item *out, int max);
/* The item to show as "next": the most urgent overdue or due-soon one, else
 * the first step that can be done now, else the nearest date.  -1 if none. */
int pipeline_next(const struct pipeline_item *items, int n);
enum pipeline_state pipeline_worst(const struct pipeline_item *items, int n);

/* The person page: one line per step. */
enum pipeline_check_state {
	PC_DONE,      /* recorded */
	PC_OPEN,      /* in the person's stage, still to do */
	PC_MISSING,   /* a later step is recorded but this one is not */
	PC_LATER,     /* a later stage */
	PC_CLOSED,    /* development ended before it */
};
struct pipeline_checkline {
	int step;
	enum pipeline_check_state state;
	char date[DATE_ISO_SIZE];
	char detail[256];     /* what was recorded: who, people, result, vote, number */
	char missing[256];    /* what the record lacks (translated), "" when complete */
	char earliest[DATE_ISO_SIZE], deadline[DATE_ISO_SIZE];
	enum pipeline_state due;
};
/* Fill out[1..25]. */
void pipeline_checklist(const struct pipeline_dossier *d, const struct pipeline_settings *s,
			struct date as_of, int soon_days,
			struct pipeline_checkline out[PIPELINE_STEPS + 1]);

/* Checks of a new record against what is recorded.  Each adds problems to
 * pp (cleared first) and returns their count; a problem already overridden
 * for that step and rule in the dossier is not reported again. */
enum pipeline_mode {
	PM_RECORD,    /* one step at a time: every step it follows must be there */
	PM_HISTORY,   /* moving a person's past in: only the chain 申请 → 积极分子 →
	               * 发展对象 → 接收 → 审批 → 转正 must be complete */
};
/* Step n (not 6 or 21) as s, with people for steps 5 and 9. */
int pipeline_check_step(const struct pipeline_dossier *d, int n, const struct pipeline_step *s,
			const struct pipeline_person *people, int npeople, struct date today,
			enum pipeline_mode mode, struct pipeline_problems *pp);
/* Every step recorded in d, each against the ones before it (PM_HISTORY). */
int pipeline_check_dossier(const struct pipeline_dossier *d, struct date today, struct pipeline_problems *pp);
/* An assessment on date: *stage gets 积极分子 / 发展对象 / 预备党员, *step 6 or 21. */
int pipeline_check_assessment(const struct pipeline_dossier *d, const char *date, const char *result,
			      struct date today, const char **stage, int *step, struct pipeline_problems *pp);
int pipeline_check_report(const struct pipeline_dossier *d, const char *date, struct date today,
			  struct pipeline_problems *pp);
/* A 公示 from..to (to "" = from + notice_days working days, written to to_out). */
int pipeline_check_notice(const struct pipeline_dossier *d, enum pipeline_notice kind,
			  const char *from, const char *to, const struct pipeline_settings *set,
			  char to_out[DATE_ISO_SIZE], struct pipeline_problems *pp);
int pipeline_check_decision(const struct pipeline_dossier *d, enum pipeline_decision kind,
			    const char *date, int months, const char *reason, struct date today,
			    struct pipeline_problems *pp);

/* The names of people joined by 、 (as forms write them). */
void pipeline_people_text(const struct pipeline_person *p, int n, char *out, size_t size);
/* People in one cell or option: names separated by 、 (also ， ； , ; and
 * spaces).  Copies the next name into out and advances *list; false at the
 * end. */
bool pipeline_next_name(const char **list, char *out, size_t size);

/* The step a higher committee's approval is now: 17, or 24 after admission;
 * 0 when there is nothing to approve. */
int pipeline_approval_step(const struct pipeline_dossier *d);

#endif
