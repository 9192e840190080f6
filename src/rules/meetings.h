/* Meetings and organisational life (domain.md §3) as pure rules: the kinds,
 * the periods a requirement counts in, whether a period is done, who should
 * attend, the vote of a 支部党员大会 or 支委会, and the 民主评议 grades.
 * The database (db/meeting.h), the reports and the screens share them. */
#ifndef ZHIBU_MEETINGS_H
#define ZHIBU_MEETINGS_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "rules/vote.h"

enum meeting_kind {
	MK_GENERAL,         /* 支部党员大会 */
	MK_COMMITTEE,       /* 支部委员会 */
	MK_GROUP,           /* 党小组会 */
	MK_LECTURE,         /* 党课 */
	MK_THEME_DAY,       /* 主题党日 */
	MK_ORG_LIFE,        /* 组织生活会 */
	MK_DEMOCRATIC_LIFE, /* 民主生活会 */
	MK_EVALUATION,      /* 民主评议党员 */
	MK_TALK,            /* 谈心谈话 */
	MK_OTHER,           /* 其他 */
	MK_COUNT
};

/* The names as the forms write them (stored so), NULL-terminated. */
extern const char *const meeting_kind_names[MK_COUNT + 1];
/* The kind a user or a file names, also by its usual short name (党员大会,
 * 支委会, 小组会 ...); -1 when none. */
int meeting_kind_parse(const char *s);

/* ---- Periods: a month 2026-10, a quarter 2026Q3, a half-year 2026H2, a year 2026. */
enum period_kind { PERIOD_MONTH, PERIOD_QUARTER, PERIOD_HALF, PERIOD_YEAR, PERIOD_KIND_COUNT };

/* 月, 季度, 半年, 年 (stored so), NULL-terminated. */
extern const char *const period_kind_names[PERIOD_KIND_COUNT + 1];
/* Also 每月, 季, 每季度, month, quarter ...; -1 when none. */
int period_kind_parse(const char *s);
int periods_per_year(enum period_kind k);

struct period {
	enum period_kind kind;
	int year;
	int n;              /* month 1..12, quarter 1..4, half 1..2, 1 for a year */
};

#define PERIOD_LABEL_SIZE 8
struct period period_of(enum period_kind kind, struct date d);
struct date period_first_day(struct period p);
struct date period_last_day(struct period p);
struct period period_next(struct period p);
void period_format(struct period p, char out[PERIOD_LABEL_SIZE]);
/* Any of the four labels; false when s is none of them. */
bool period_parse(const char *s, struct period *out);

/* ---- Requirements: how many meetings of a kind each period needs. */
struct meeting_requirement {
	enum period_kind period;
	int count;          /* per period; 0 = not required */
	bool per_group;     /* each party group needs its own */
};

/* The defaults of domain.md §3 (also seeded into the database). */
void meeting_requirements_default(struct meeting_requirement req[MK_COUNT]);
/* "1 a month, each party group" (translated), for reports and settings. */
void meeting_requirement_describe(const struct meeting_requirement *r, char *out, size_t size);

/* ---- Compliance of one period (for the branch or one group). */
enum meeting_state {
	MSTATE_DONE,         /* held at least as many as required */
	MSTATE_MISSING,      /* the period has ended without them */
	MSTATE_UPCOMING,     /* not enough yet, but the period has not ended */
	MSTATE_NOT_REQUIRED, /* nothing required (or before records were kept) */
};

/* The state of period p on day today, with held meetings against required.
 * A period counts only from tracked_from: one that ended before it is not
 * required. */
enum meeting_state meeting_state_of(int required, int held, struct period p,
				    struct date today, struct date tracked_from);
const char *meeting_state_label(enum meeting_state s); /* translated */

/* Records are kept from the meetings.since setting, else from the first
 * recorded minute, else from today: periods that ended before are not
 * counted (a branch that starts using zhibu is not told about years it
 * never entered).  since and first may be NULL or "". */
struct date meeting_tracked_from(const char *since, const char *first, struct date today);

/* ---- Who should attend (应到). */
enum meeting_scope {
	SCOPE_BRANCH,       /* every current member (or, when the meeting has a group, the group) */
	SCOPE_COMMITTEE,    /* the members who hold a committee role on the day */
	SCOPE_GROUP,        /* the members of the meeting's party group */
	SCOPE_LISTED,       /* only those recorded (谈心谈话, 其他) */
};
enum meeting_scope meeting_scope_of(enum meeting_kind k, bool has_group);
/* Only the branch's general meeting and its committee decide by vote. */
bool meeting_kind_votes(enum meeting_kind k);
/* May a meeting of this kind belong to one party group?  党小组会 must. */
bool meeting_kind_allows_group(enum meeting_kind k);

/* Attendance of a meeting, counted as the vote rule needs it.  Voting
 * members are full (正式) members on the meeting's day: probationary members
 * attend but neither vote nor count towards the quorum. */
struct meeting_turnout {
	int expected, present;               /* everyone: 应到, 实到 */
	int voting_expected, voting_present; /* full members only */
};

/* Quorum and majority of a vote at a meeting of kind k (rules/vote.h), with
 * a reason when it was not quorate or the motion failed.  *valid is false
 * (and why says so) when the meeting does not vote, no voting member was
 * expected, or the votes outnumber the voting members present: such a vote
 * cannot be recorded. */
struct vote_result meeting_vote_check(enum meeting_kind k, const struct meeting_turnout *t,
				      int yes, int no, int abstain, bool *valid);
/* The result of a valid vote as stored and printed: 通过, 未通过 or 不足法定人数. */
const char *meeting_vote_result_name(const struct vote_result *r);

/* ---- The branch committee (支委会): its offices.  The committee on a day is
 * every member who holds one of them on that day. */
enum branch_role {
	ROLE_SECRETARY,     /* 书记 */
	ROLE_DEPUTY,        /* 副书记 */
	ROLE_ORGANISATION,  /* 组织委员 (owns dues collection) */
	ROLE_PUBLICITY,     /* 宣传委员 */
	ROLE_DISCIPLINE,    /* 纪检委员 */
	ROLE_MEMBER,        /* 委员: a committee member without an office */
	ROLE_COUNT
};
extern const char *const branch_role_names[ROLE_COUNT + 1];
int branch_role_parse(const char *s);
/* Every office has one holder at a time; 委员 may be several. */
bool branch_role_single(enum branch_role r);

/* ---- 民主评议党员: a grade per member and year. */
enum grade { GRADE_EXCELLENT, GRADE_GOOD, GRADE_BASIC, GRADE_FAIL, GRADE_COUNT };
/* 优秀, 合格, 基本合格, 不合格, NULL-terminated. */
extern const char *const grade_names[GRADE_COUNT + 1];
int grade_parse(const char *s);

struct grade_tally {
	int count[GRADE_COUNT];
};
int grade_tally_total(const struct grade_tally *t);
/* 优秀 may be at most a third of those graded. */
int grade_max_excellent(int graded);
/* NULL when the year's grades keep the rule, else why (translated, in buf). */
const char *grade_tally_check(const struct grade_tally *t, char *buf, size_t size);

/* ---- What a minute's fields hold. */
/* A time of day: 9:00, 09:00, 14：30 (full-width colon) or 14时30分 -> "HH:MM".
 * On failure *why is a translated sentence. */
bool meeting_time_parse(const char *s, char out[6], const char **why);

/* A list of names as minute books write them: 张三、李四(出差)、王五（病假）.
 * Names are separated by 、，, ； ; or spaces; a reason follows in ASCII or
 * full-width brackets.  fn is called for each name.  Returns NULL, or why the
 * list cannot be read (translated). */
typedef void name_list_fn(void *ctx, const char *name, const char *reason);
const char *name_list_parse(const char *text, name_list_fn *fn, void *ctx);

#endif
