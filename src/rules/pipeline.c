#include "rules/pipeline.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

const struct pipeline_step_info pipeline_steps[PIPELINE_STEPS + 1] = {
	[1]  = { 1, "递交入党申请书", 0 },
	[2]  = { 1, "党组织派人谈话", NEED_WHO },
	[3]  = { 2, "确定入党积极分子", NEED_MEETING },
	[4]  = { 2, "报上级党委备案", NEED_NUMBER },
	[5]  = { 2, "指定培养联系人", NEED_CONTACTS },
	[6]  = { 2, "培养教育考察", NEED_ASSESSMENT },
	[7]  = { 3, "确定发展对象", NEED_MEETING },
	[8]  = { 3, "报上级党委备案", NEED_NUMBER },
	[9]  = { 3, "确定入党介绍人", NEED_INTRODUCERS },
	[10] = { 3, "政治审查", NEED_RESULT },
	[11] = { 3, "集中培训", NEED_TRAINING },
	[12] = { 4, "支部委员会审查", NEED_MEETING },
	[13] = { 4, "上级党委预审", NEED_NUMBER },
	[14] = { 4, "填写入党志愿书", 0 },
	[15] = { 4, "支部党员大会讨论表决", NEED_VOTE | NEED_MEETING },
	[16] = { 4, "上级党委派人谈话", NEED_WHO },
	[17] = { 4, "上级党委审批", NEED_NUMBER },
	[18] = { 4, "报上级党委组织部门备案", NEED_NUMBER },
	[19] = { 5, "编入党支部和党小组", NEED_GROUP },
	[20] = { 5, "入党宣誓", 0 },
	[21] = { 5, "继续教育考察", NEED_ASSESSMENT },
	[22] = { 5, "提出转正申请", 0 },
	[23] = { 5, "支部党员大会讨论转正", NEED_VOTE | NEED_MEETING },
	[24] = { 5, "上级党委审批转正", NEED_NUMBER },
	[25] = { 5, "材料归档", 0 },
};

const char *const pipeline_phase_names[6] = {
	"", "申请入党", "入党积极分子的确定和教育培养", "发展对象的确定和考察",
	"预备党员的接收", "预备党员的教育考察和转正",
};

static const char *const stage_names[PS_COUNT] = {
	"申请人", "积极分子", "发展对象", "预备党员", "已转正", "已终止", "已取消",
};

const char *const pipeline_notice_kinds[PN_COUNT] = { "发展对象", "接收", "转正" };
const char *const pipeline_decision_kinds[PD_COUNT] = { "延长预备期", "取消预备党员资格", "终止培养" };

static const char *const rule_codes[PR_COUNT] = {
	"age", "order", "before", "one-year", "probation", "notice", "late", "training",
	"future", "people", "vote", "review", "ended", "invalid",
};

static const char *const state_names[] = { "正常", "即将到期", "超期" };

const char *pipeline_stage_name(enum pipeline_stage s)
{
	return (int)s >= 0 && s < PS_COUNT ? stage_names[s] : "";
}

int pipeline_notice_by_name(const char *name)
{
	for (int i = 0; i < PN_COUNT; i++)
		if (!strcmp(pipeline_notice_kinds[i], name))
			return i;
	return -1;
}

const char *pipeline_rule_code(enum pipeline_rule r)
{
	return (int)r >= 0 && r < PR_COUNT ? rule_codes[r] : "";
}

bool pipeline_rule_overridable(enum pipeline_rule r)
{
	return r < PR_FUTURE;
}

const char *pipeline_state_name(enum pipeline_state s)
{
	return state_names[s];
}

int pipeline_problems_hard(const struct pipeline_problems *pp)
{
	int n = 0;
	for (int i = 0; i < pp->count; i++)
		n += !pipeline_rule_overridable(pp->p[i].rule);
	return n;
}

/* ---- the dossier ---- */

void pipeline_dossier_init(struct pipeline_dossier *d)
{
	memset(d, 0, sizeof *d);
}

void pipeline_dossier_add_assessment(struct pipeline_dossier *d, const struct pipeline_assessment *a)
{
	if (d->nassessments == PIPELINE_MAX_ASSESSMENTS) {
		memmove(d->assessments, d->assessments + 1, sizeof d->assessments - sizeof d->assessments[0]);
		d->nassessments--;
	}
	d->assessments[d->nassessments++] = *a;
	d->assessments_total++;
}

void pipeline_dossier_add_report(struct pipeline_dossier *d, const char *date)
{
	if (d->nreports == PIPELINE_MAX_REPORTS) {
		memmove(d->reports, d->reports + 1, sizeof d->reports - sizeof d->reports[0]);
		d->nreports--;
	}
	snprintf(d->reports[d->nreports++], DATE_ISO_SIZE, "%s", date);
	d->reports_total++;
}

void pipeline_dossier_add_override(struct pipeline_dossier *d, int step, const char *rule)
{
	if (d->noverrides == PIPELINE_MAX_OVERRIDES)
		return;
	d->overrides[d->noverrides].step = step;
	snprintf(d->overrides[d->noverrides].rule, sizeof d->overrides[0].rule, "%s", rule);
	d->noverrides++;
}

static bool overridden(const struct pipeline_dossier *d, int step, enum pipeline_rule r)
{
	for (int i = 0; i < d->noverrides; i++)
		if (d->overrides[i].step == step && !strcmp(d->overrides[i].rule, rule_codes[r]))
			return true;
	return false;
}

/* ---- dates ---- */

static bool iso(const char *s, struct date *d)
{
	return s && *s && date_parse_iso(s, d);
}

static bool step_date(const struct pipeline_dossier *d, int n, struct date *out)
{
	return iso(d->steps[n].date, out);
}

static struct date later(struct date a, struct date b)
{
	return date_cmp(a, b) >= 0 ? a : b;
}

static long days_between(struct date from, struct date to)
{
	return date_to_days(to) - date_to_days(from);
}

/* The day a person born on birth turns 18. */
static struct date adult_from(struct date birth)
{
	struct date d = date_add_months(birth, 18 * 12);
	while (date_years_between(birth, d) < 18)
		d = date_add_days(d, 1);
	return d;
}

static int quarter_index(struct date d)
{
	return d.y * 4 + (d.m - 1) / 3;
}

static struct date quarter_end(int q)
{
	struct date d = { q / 4, (q % 4) * 3 + 3, 1 };
	d.d = date_days_in_month(d.y, d.m);
	return d;
}

static struct date quarter_start(int q)
{
	struct date d = { q / 4, (q % 4) * 3 + 1, 1 };
	return d;
}

enum pipeline_stage pipeline_stage_of(const struct pipeline_dossier *d)
{
	if (d->decisions[PD_CANCEL].date[0])
		return PS_CANCELLED;
	if (d->decisions[PD_STOP].date[0])
		return PS_STOPPED;
	if (pipeline_step_done(d, 24))
		return PS_FULL;
	if (pipeline_step_done(d, 17))
		return PS_PROBATION;
	if (pipeline_step_done(d, 7))
		return PS_TARGET;
	if (pipeline_step_done(d, 3))
		return PS_ACTIVIST;
	return PS_APPLICANT;
}

bool pipeline_probation_end(const struct pipeline_dossier *d, struct date *out)
{
	struct date vote;
	if (!step_date(d, 15, &vote))
		return false;
	int months = 12;
	if (d->decisions[PD_EXTEND].date[0])
		months += d->decisions[PD_EXTEND].months;
	*out = date_add_months(vote, months);
	return true;
}

struct date pipeline_notice_end(const struct pipeline_settings *s, struct date from)
{
	return workday_nth(s->calendar, from, s->notice_days > 0 ? s->notice_days : PIPELINE_NOTICE_DAYS);
}

/* ---- the order of the steps ---- */

#define TALK_MONTHS 1        /* talk within a month of the application */
#define ACTIVIST_MONTHS 12   /* 发展对象 after a year as 积极分子 */
#define ASSESSMENT_MONTHS 6  /* assessed every half year */
#define APPROVAL_MONTHS 3    /* approval within 3 months of the vote (6 in special
                              * cases: an override with the reason) */

struct order_rule {
	int step;      /* this step ... */
	int after;     /* ... comes after this one, */
	int months;    /* at least this many months after it (the rule PR_ONE_YEAR); */
	bool chain;    /* required also when a history is moved in (PM_HISTORY) */
};

static const struct order_rule order_rules[] = {
	{ 2, 1, 0, false },
	{ 3, 1, 0, true }, { 3, 2, 0, false },
	{ 4, 3, 0, false }, { 5, 3, 0, false },
	{ 7, 3, ACTIVIST_MONTHS, true }, { 7, 5, 0, false },
	{ 8, 7, 0, false }, { 9, 7, 0, false }, { 10, 7, 0, false }, { 11, 7, 0, false },
	{ 12, 9, 0, false }, { 12, 10, 0, false }, { 12, 11, 0, false },
	{ 13, 12, 0, false }, { 14, 13, 0, false },
	{ 15, 7, 0, true }, { 15, 14, 0, false },
	{ 16, 15, 0, false },
	{ 17, 15, 0, true }, { 17, 16, 0, false },
	{ 18, 17, 0, false }, { 19, 17, 0, false }, { 20, 17, 0, false }, { 22, 17, 0, false },
	{ 23, 17, 0, true }, { 23, 22, 0, false },
	{ 24, 17, 0, true }, { 24, 23, 0, false },
	{ 25, 24, 0, false },
};
#define NRULES (int)(sizeof order_rules / sizeof order_rules[0])

/* The 公示 that must end before a step, or -1. */
static int notice_before(int step)
{
	return step == 12 ? PN_TARGET : step == 15 ? PN_ADMIT : step == 23 ? PN_FULL : -1;
}

int pipeline_notice_step(enum pipeline_notice k)
{
	return k == PN_TARGET ? 12 : k == PN_ADMIT ? 15 : 23;
}

int pipeline_notice_needs(enum pipeline_notice k)
{
	return k == PN_FULL ? 17 : 7;
}

static bool step_deadline(const struct pipeline_dossier *d, int n, struct date *out)
{
	struct date base;
	switch (n) {
	case 2:
		if (!step_date(d, 1, &base))
			return false;
		*out = date_add_months(base, TALK_MONTHS);
		return true;
	case 17:
	case 24:
		if (!step_date(d, n == 17 ? 15 : 23, &base))
			return false;
		*out = date_add_months(base, APPROVAL_MONTHS);
		return true;
	case 22:
	case 23:
		return pipeline_probation_end(d, out);
	default:
		return false;
	}
}

/* The first day step n may be recorded, from the steps recorded that it
 * follows (the ones not recorded yet make it not ready, see step_ready);
 * false when nothing gives a day. */
static bool step_earliest(const struct pipeline_dossier *d, int n, struct date *out)
{
	struct date e = { 0, 0, 0 }, t;
	bool any = false;
	for (int i = 0; i < NRULES; i++) {
		const struct order_rule *r = &order_rules[i];
		if (r->step != n || !step_date(d, r->after, &t))
			continue;
		t = date_add_months(t, r->months);
		e = any ? later(e, t) : t;
		any = true;
	}
	if (n == 1 && iso(d->birth_date, &t)) {
		t = adult_from(t);
		e = any ? later(e, t) : t;
		any = true;
	}
	if ((n == 23 || n == 24) && pipeline_probation_end(d, &t)) {
		e = any ? later(e, t) : t;
		any = true;
	}
	int k = notice_before(n);
	if (k >= 0 && iso(d->notices[k].to, &t)) {
		t = date_add_days(t, 1);
		e = any ? later(e, t) : t;
		any = true;
	}
	if (any)
		*out = e;
	return any;
}

/* ---- problems ---- */

static void vadd(struct pipeline_problems *pp, enum pipeline_rule r, int step, const char *fmt, va_list ap)
{
	if (pp->count == PIPELINE_MAX_PROBLEMS)
		return;
	struct pipeline_problem *p = &pp->p[pp->count++];
	p->rule = r;
	p->step = step;
	vsnprintf(p->why, sizeof p->why, fmt, ap);
}

/* A problem, unless the dossier records an override of it. */
static void problem(const struct pipeline_dossier *d, struct pipeline_problems *pp, enum pipeline_rule r,
		    int step, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static void problem(const struct pipeline_dossier *d, struct pipeline_problems *pp, enum pipeline_rule r,
		    int step, const char *fmt, ...)
{
	if (pipeline_rule_overridable(r) && overridden(d, step, r))
		return;
	va_list ap;
	va_start(ap, fmt);
	vadd(pp, r, step, fmt, ap);
	va_end(ap);
}

void pipeline_problem_add(struct pipeline_problems *pp, enum pipeline_rule r, int step, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vadd(pp, r, step, fmt, ap);
	va_end(ap);
}

static void check_date(const struct pipeline_dossier *d, struct pipeline_problems *pp, int step,
		       const char *date, struct date today, struct date *out)
{
	if (!iso(date, out)) {
		problem(d, pp, PR_INVALID, step, _("not a date (use YYYY-MM-DD)"));
		*out = today;
		return;
	}
	if (date_cmp(*out, today) > 0)
		problem(d, pp, PR_FUTURE, step, _("%s is after today"), date);
}

/* Development over: nothing more is recorded. */
static bool check_ended(const struct pipeline_dossier *d, struct pipeline_problems *pp, int step)
{
	for (int k = PD_CANCEL; k <= PD_STOP; k++) {
		if (d->decisions[k].date[0]) {
			problem(d, pp, PR_ENDED, step, _("development ended on %s (%s)"),
				d->decisions[k].date, pipeline_decision_kinds[k]);
			return true;
		}
	}
	return false;
}

static void check_people(const struct pipeline_dossier *d, struct pipeline_problems *pp, int n,
			 const struct pipeline_person *people, int npeople)
{
	if (n == 5 && (npeople < 1 || npeople > 2))
		problem(d, pp, PR_PEOPLE, n, _("name one or two 培养联系人"));
	if (n == 9 && npeople != 2)
		problem(d, pp, PR_PEOPLE, n, _("name two 入党介绍人"));
	for (int i = 0; i < npeople; i++) {
		const struct pipeline_person *p = &people[i];
		if (strcmp(p->kind, "正式") != 0)
			problem(d, pp, PR_PEOPLE, n, _("%s is not a full member (正式党员)"), p->name);
		else if (strcmp(p->status, "正常") != 0)
			problem(d, pp, PR_PEOPLE, n, _("%s is not in good standing (%s)"), p->name, p->status);
		for (int j = 0; j < i; j++)
			if (people[j].member_id == p->member_id)
				problem(d, pp, PR_PEOPLE, n, _("%s is named twice"), p->name);
	}
}

static void check_details(const struct pipeline_dossier *d, struct pipeline_problems *pp, int n,
			  const struct pipeline_step *s, struct date when)
{
	if (n == 10 && *s->result && strcmp(s->result, "合格") && strcmp(s->result, "不合格"))
		problem(d, pp, PR_INVALID, n, _("the conclusion of a political review is 合格 or 不合格"));
	if (n == 11) {
		struct date end;
		int days = 0;
		if (*s->end_date) {
			if (!iso(s->end_date, &end) || date_cmp(end, when) < 0) {
				problem(d, pp, PR_INVALID, n, _("the training ends before it starts"));
				return;
			}
			days = (int)days_between(when, end) + 1;
		}
		if ((days || s->hours) && days < 3 && s->hours < 24)
			problem(d, pp, PR_TRAINING, n,
				_("the training lasted %d days and %d class hours: it needs at least 3 days or 24 class hours"),
				days ? days : 1, s->hours);
	}
	if ((n == 15 || n == 23) && s->has_vote) {
		struct vote_result r = vote_evaluate(&s->vote);
		if (!r.passed)
			problem(d, pp, PR_VOTE, n, "%s", r.why);
	}
	if (n >= 12 && n <= 17 && pipeline_step_done(d, 10) && !strcmp(d->steps[10].result, "不合格"))
		problem(d, pp, PR_REVIEW, n, _("the political review concluded 不合格: no admission"));
}

/* The order rules for step n dated when; dependents: also the recorded
 * steps that follow n (when n is corrected). */
static void check_order(const struct pipeline_dossier *d, struct pipeline_problems *pp, int n,
			struct date when, enum pipeline_mode mode, bool dependents)
{
	char iso_buf[DATE_ISO_SIZE], iso2[DATE_ISO_SIZE];
	struct date t;
	for (int i = 0; i < NRULES; i++) {
		const struct order_rule *r = &order_rules[i];
		if (r->step == n) {
			if (!step_date(d, r->after, &t)) {
				if (mode == PM_RECORD || r->chain)
					problem(d, pp, PR_ORDER, n, _("step %d (%s) must be recorded first"),
						r->after, pipeline_steps[r->after].name);
				continue;
			}
			struct date min = date_add_months(t, r->months);
			if (date_cmp(when, min) >= 0)
				continue;
			date_format(min, iso_buf);
			if (r->months)
				problem(d, pp, PR_ONE_YEAR, n,
					_("less than a year after becoming 积极分子 on %s: the earliest day is %s"),
					d->steps[r->after].date, iso_buf);
			else
				problem(d, pp, PR_BEFORE, n, _("is before step %d (%s) on %s"),
					r->after, pipeline_steps[r->after].name, d->steps[r->after].date);
		} else if (dependents && r->after == n && step_date(d, r->step, &t)) {
			if (date_cmp(t, date_add_months(when, r->months)) < 0)
				problem(d, pp, PR_BEFORE, n, _("step %d (%s) is recorded on %s, before this"),
					r->step, pipeline_steps[r->step].name, d->steps[r->step].date);
		}
	}
	if (n == 1 && iso(d->birth_date, &t) && date_years_between(t, when) < 18) {
		date_format(when, iso_buf);
		date_format(adult_from(t), iso2);
		problem(d, pp, PR_AGE, n, _("the applicant was under 18 on %s (born %s): old enough from %s"),
			iso_buf, d->birth_date, iso2);
	}
	if ((n == 23 || n == 24) && pipeline_probation_end(d, &t) && date_cmp(when, t) < 0) {
		date_format(t, iso_buf);
		problem(d, pp, PR_PROBATION, n, _("the probation runs until %s"), iso_buf);
	}
	if ((n == 17 || n == 24) && step_deadline(d, n, &t) && date_cmp(when, t) > 0) {
		date_format(t, iso_buf);
		problem(d, pp, PR_LATE, n, _("more than 3 months after the branch vote on %s: it was due by %s"),
			d->steps[n == 17 ? 15 : 23].date, iso_buf);
	}
	int k = notice_before(n);
	if (k >= 0 && iso(d->notices[k].to, &t) && date_cmp(when, t) <= 0)
		problem(d, pp, PR_NOTICE, n, _("the 公示 (%s) runs until %s"), pipeline_notice_kinds[k],
			d->notices[k].to);
}

int pipeline_check_step(const struct pipeline_dossier *d, int n, const struct pipeline_step *s,
			const struct pipeline_person *people, int npeople, struct date today,
			enum pipeline_mode mode, struct pipeline_problems *pp)
{
	pp->count = 0;
	if (n < 1 || n > PIPELINE_STEPS || (pipeline_steps[n].needs & NEED_ASSESSMENT)) {
		problem(d, pp, PR_INVALID, n, _("no step %d to record (steps 6 and 21 are assessments)"), n);
		return pp->count;
	}
	if (check_ended(d, pp, n))
		return pp->count;
	struct date when;
	check_date(d, pp, n, s->date, today, &when);
	check_order(d, pp, n, when, mode, mode == PM_RECORD);
	if (n == 5 || n == 9)
		check_people(d, pp, n, people, npeople);
	check_details(d, pp, n, s, when);
	return pp->count;
}

int pipeline_check_dossier(const struct pipeline_dossier *d, struct date today, struct pipeline_problems *pp)
{
	struct pipeline_problems one;
	pp->count = 0;
	for (int n = 1; n <= PIPELINE_STEPS; n++) {
		if (!pipeline_step_done(d, n))
			continue;
		const struct pipeline_person *people = n == 5 ? d->contacts : d->introducers;
		int npeople = n == 5 ? d->ncontacts : n == 9 ? d->nintroducers : 0;
		pipeline_check_step(d, n, &d->steps[n], people, npeople, today, PM_HISTORY, &one);
		for (int i = 0; i < one.count && pp->count < PIPELINE_MAX_PROBLEMS; i++)
			pp->p[pp->count++] = one.p[i];
	}
	return pp->count;
}

int pipeline_check_assessment(const struct pipeline_dossier *d, const char *date, const char *result,
			      struct date today, const char **stage, int *step, struct pipeline_problems *pp)
{
	struct date when, t;
	pp->count = 0;
	*stage = "积极分子";
	*step = 6;
	if (iso(date, &when) && step_date(d, 15, &t) && date_cmp(when, t) >= 0) {
		*stage = "预备党员";
		*step = 21;
	} else if (iso(date, &when) && step_date(d, 7, &t) && date_cmp(when, t) >= 0) {
		*stage = "发展对象";
	}
	if (check_ended(d, pp, *step))
		return pp->count;
	check_date(d, pp, *step, date, today, &when);
	if (text_blank(result))
		problem(d, pp, PR_INVALID, *step, _("give the result of the assessment"));
	if (!step_date(d, 3, &t))
		problem(d, pp, PR_ORDER, *step, _("step %d (%s) must be recorded first"), 3, pipeline_steps[3].name);
	else if (date_cmp(when, t) < 0)
		problem(d, pp, PR_BEFORE, *step, _("is before step %d (%s) on %s"), 3, pipeline_steps[3].name,
			d->steps[3].date);
	if (step_date(d, 24, &t) && date_cmp(when, t) >= 0)
		problem(d, pp, PR_ENDED, *step, _("a full member since %s: assessments have ended"), d->steps[24].date);
	for (int i = 0; i < d->nassessments; i++)
		if (!strcmp(d->assessments[i].date, date))
			problem(d, pp, PR_INVALID, *step, _("an assessment on %s is already recorded"), date);
	return pp->count;
}

int pipeline_check_report(const struct pipeline_dossier *d, const char *date, struct date today,
			  struct pipeline_problems *pp)
{
	struct date when, t;
	pp->count = 0;
	if (check_ended(d, pp, 0))
		return pp->count;
	check_date(d, pp, 0, date, today, &when);
	if (!step_date(d, 1, &t))
		problem(d, pp, PR_ORDER, 0, _("step %d (%s) must be recorded first"), 1, pipeline_steps[1].name);
	else if (date_cmp(when, t) < 0)
		problem(d, pp, PR_BEFORE, 0, _("is before step %d (%s) on %s"), 1, pipeline_steps[1].name,
			d->steps[1].date);
	for (int i = 0; i < d->nreports; i++)
		if (!strcmp(d->reports[i], date))
			problem(d, pp, PR_INVALID, 0, _("a 思想汇报 received on %s is already recorded"), date);
	return pp->count;
}

int pipeline_check_notice(const struct pipeline_dossier *d, enum pipeline_notice kind,
			  const char *from, const char *to, const struct pipeline_settings *set,
			  char to_out[DATE_ISO_SIZE], struct pipeline_problems *pp)
{
	struct date f, t, min, s;
	pp->count = 0;
	to_out[0] = '\0';
	if (check_ended(d, pp, 0))
		return pp->count;
	if (!iso(from, &f) || (*to && !iso(to, &t))) {
		problem(d, pp, PR_INVALID, 0, _("not a date (use YYYY-MM-DD)"));
		return pp->count;
	}
	min = pipeline_notice_end(set, f);
	if (!*to)
		t = min;
	date_format(t, to_out);
	int need = pipeline_notice_needs(kind), before = pipeline_notice_step(kind);
	if (!pipeline_step_done(d, need))
		problem(d, pp, PR_ORDER, 0, _("step %d (%s) must be recorded first"), need, pipeline_steps[need].name);
	else if (step_date(d, need, &s) && date_cmp(f, s) < 0)
		problem(d, pp, PR_BEFORE, 0, _("is before step %d (%s) on %s"), need, pipeline_steps[need].name,
			d->steps[need].date);
	if (date_cmp(t, f) < 0) {
		problem(d, pp, PR_INVALID, 0, _("the 公示 ends before it starts"));
	} else if (date_cmp(t, min) < 0) {
		char buf[DATE_ISO_SIZE];
		date_format(min, buf);
		int days = set->notice_days > 0 ? set->notice_days : PIPELINE_NOTICE_DAYS;
		problem(d, pp, PR_NOTICE, 0, _("a 公示 lasts %d working days: from %s it ends on %s at the earliest"),
			days, from, buf);
	}
	if (step_date(d, before, &s) && date_cmp(s, t) <= 0)
		problem(d, pp, PR_NOTICE, 0, _("step %d (%s) is recorded on %s, within this 公示"),
			before, pipeline_steps[before].name, d->steps[before].date);
	return pp->count;
}

int pipeline_check_decision(const struct pipeline_dossier *d, enum pipeline_decision kind,
			    const char *date, int months, const char *reason, struct date today,
			    struct pipeline_problems *pp)
{
	struct date when, t;
	pp->count = 0;
	if (check_ended(d, pp, 0))
		return pp->count;
	check_date(d, pp, 0, date, today, &when);
	if (text_blank(reason))
		problem(d, pp, PR_INVALID, 0, _("give the reason"));
	if (kind == PD_STOP) {
		if (pipeline_step_done(d, 17))
			problem(d, pp, PR_INVALID, 0, _("admitted already: cancel the probationary membership instead"));
		else if (step_date(d, 1, &t) && date_cmp(when, t) < 0)
			problem(d, pp, PR_BEFORE, 0, _("is before step %d (%s) on %s"), 1, pipeline_steps[1].name,
				d->steps[1].date);
		return pp->count;
	}
	if (!pipeline_step_done(d, 17)) {
		problem(d, pp, PR_INVALID, 0, _("not a probationary member: before admission, end the development (终止培养) instead"));
		return pp->count;
	}
	if (pipeline_step_done(d, 24)) {
		problem(d, pp, PR_ENDED, 0, _("a full member since %s"), d->steps[24].date);
		return pp->count;
	}
	if (step_date(d, 15, &t) && date_cmp(when, t) < 0)
		problem(d, pp, PR_BEFORE, 0, _("is before step %d (%s) on %s"), 15, pipeline_steps[15].name,
			d->steps[15].date);
	if (kind == PD_EXTEND) {
		if (d->decisions[PD_EXTEND].date[0])
			problem(d, pp, PR_INVALID, 0, _("the probation was already extended on %s: it can be extended once"),
				d->decisions[PD_EXTEND].date);
		if (months < 6 || months > 12)
			problem(d, pp, PR_INVALID, 0, _("a probation is extended by 6 to 12 months"));
	}
	return pp->count;
}

/* The length of a separator at p, or 0. */
static size_t name_separator(const char *p)
{
	static const char *const seps[] = { "、", "，", "；", ",", ";", " ", "\t", NULL };
	for (const char *const *s = seps; *s; s++)
		if (!strncmp(p, *s, strlen(*s)))
			return strlen(*s);
	return 0;
}

bool pipeline_next_name(const char **list, char *out, size_t size)
{
	const char *p = *list;
	size_t sep;
	while (*p && (sep = name_separator(p)))
		p += sep;
	if (!*p)
		return false;
	const char *end = p;
	while (*end && !name_separator(end))
		end++;
	snprintf(out, size, "%.*s", (int)(end - p), p);
	*list = end;
	return true;
}

int pipeline_approval_step(const struct pipeline_dossier *d)
{
	enum pipeline_stage s = pipeline_stage_of(d);
	if (s == PS_STOPPED || s == PS_CANCELLED || s == PS_FULL)
		return 0;
	return pipeline_step_done(d, 17) ? 24 : 17;
}

/* ---- deadlines ---- */

static enum pipeline_state state_of(struct date deadline, struct date as_of, int soon_days)
{
	long days = days_between(as_of, deadline);
	return days < 0 ? PST_OVERDUE : days <= soon_days ? PST_SOON : PST_OK;
}

/* The steps still to do in each stage. */
static void stage_window(enum pipeline_stage s, int *first, int *last)
{
	static const int window[PS_COUNT][2] = {
		[PS_APPLICANT] = { 1, 3 }, [PS_ACTIVIST] = { 4, 7 }, [PS_TARGET] = { 8, 17 },
		[PS_PROBATION] = { 18, 24 }, [PS_FULL] = { 25, 25 }, [PS_STOPPED] = { 1, 0 },
		[PS_CANCELLED] = { 1, 0 },
	};
	*first = window[s][0];
	*last = window[s][1];
}

/* Whether every step that n follows is recorded. */
static bool step_ready(const struct pipeline_dossier *d, int n)
{
	for (int i = 0; i < NRULES; i++)
		if (order_rules[i].step == n && !pipeline_step_done(d, order_rules[i].after))
			return false;
	return true;
}

struct item_list {
	struct pipeline_item *items;
	int n, max;
	struct date as_of;
	int soon_days;
};

static struct pipeline_item *add_item(struct item_list *l, enum pipeline_item_kind kind, int step,
				      const char *label, const struct date *earliest, const struct date *deadline)
{
	if (l->n == l->max)
		return NULL;
	struct pipeline_item *it = &l->items[l->n++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	it->step = step;
	text_copy(it->label, sizeof it->label, label);
	if (earliest)
		date_format(*earliest, it->earliest);
	if (deadline) {
		date_format(*deadline, it->deadline);
		it->state = state_of(*deadline, l->as_of, l->soon_days);
	}
	return it;
}

/* The last assessment of a 积极分子 / 发展对象 (probation false) or of a
 * 预备党员 (true), or NULL. */
static const struct pipeline_assessment *last_assessment(const struct pipeline_dossier *d, bool probation)
{
	for (int i = d->nassessments - 1; i >= 0; i--)
		if ((strcmp(d->assessments[i].stage, "预备党员") == 0) == probation)
			return &d->assessments[i];
	return NULL;
}

static int count_assessments(const struct pipeline_dossier *d, bool probation)
{
	int n = 0;
	for (int i = 0; i < d->nassessments; i++)
		n += (strcmp(d->assessments[i].stage, "预备党员") == 0) == probation;
	return n;
}

/* Assessment every 6 months: from 积极分子 until the vote, and through the
 * probation (the 转正 vote assesses the last half-year). */
static bool assessment_due(const struct pipeline_dossier *d, enum pipeline_stage stage, struct date *due)
{
	struct date base, last, end;
	bool probation = stage == PS_PROBATION;
	if (probation) {
		if (!step_date(d, 15, &base) || !pipeline_probation_end(d, &end))
			return false;
	} else if (stage == PS_ACTIVIST || (stage == PS_TARGET && !pipeline_step_done(d, 15))) {
		if (!step_date(d, 3, &base))
			return false;
	} else {
		return false;
	}
	const struct pipeline_assessment *a = last_assessment(d, probation);
	if (a && iso(a->date, &last))
		base = later(base, last);
	*due = date_add_months(base, ASSESSMENT_MONTHS);
	return !probation || date_cmp(*due, end) < 0;
}

/* 思想汇报 each quarter, from the first full quarter as 积极分子 (and not
 * for quarters before the person was entered in zhibu).  Late reports
 * count: by the end of the k-th quarter k reports are due. */
static bool report_due(const struct pipeline_dossier *d, enum pipeline_stage stage, struct date as_of,
		       int *quarter, struct date *due)
{
	struct date t;
	if (stage != PS_ACTIVIST && stage != PS_TARGET && stage != PS_PROBATION)
		return false;
	if (!step_date(d, 3, &t))
		return false;
	int start = quarter_index(t) + 1;
	if (iso(d->created_on, &t) && quarter_index(t) > start)
		start = quarter_index(t);
	struct date first = quarter_start(start);
	int received = 0;
	for (int i = 0; i < d->nreports; i++)
		if (iso(d->reports[i], &t) && date_cmp(t, first) >= 0 && date_cmp(t, as_of) <= 0)
			received++;
	*quarter = start + received;
	*due = quarter_end(*quarter);
	return true;
}

int pipeline_items(const struct pipeline_dossier *d, const struct pipeline_settings *s,
		   struct date as_of, int soon_days, struct pipeline_item *out, int max)
{
	struct item_list l = { out, 0, max, as_of, soon_days };
	enum pipeline_stage stage = pipeline_stage_of(d);
	int first, last;
	stage_window(stage, &first, &last);
	for (int n = first; n <= last; n++) {
		if (pipeline_step_done(d, n) || (pipeline_steps[n].needs & NEED_ASSESSMENT))
			continue;
		struct date e, dl;
		bool has_e = step_earliest(d, n, &e), has_dl = step_deadline(d, n, &dl);
		struct pipeline_item *it = add_item(&l, PI_STEP, n, pipeline_steps[n].name,
						    has_e ? &e : NULL, has_dl ? &dl : NULL);
		if (it)
			it->ready = step_ready(d, n) && (!has_e || date_cmp(e, as_of) <= 0);
	}
	struct date due;
	if (assessment_due(d, stage, &due)) {
		int step = stage == PS_PROBATION ? 21 : 6;
		add_item(&l, PI_ASSESSMENT, step, pipeline_steps[step].name, NULL, &due);
	}
	int q;
	if (s->thought_reports && report_due(d, stage, as_of, &q, &due)) {
		char label[64];
		snprintf(label, sizeof label, "思想汇报（%dQ%d）", q / 4, q % 4 + 1);
		add_item(&l, PI_REPORT, 0, label, NULL, &due);
	}
	return l.n;
}

static const char *item_key(const struct pipeline_item *it)
{
	return *it->deadline ? it->deadline : it->earliest;
}

int pipeline_next(const struct pipeline_item *items, int n)
{
	int best = -1;
	for (enum pipeline_state st = PST_OVERDUE; st >= PST_SOON; st--) {
		for (int i = 0; i < n; i++)
			if (items[i].state == st && (best < 0 || strcmp(items[i].deadline, items[best].deadline) < 0))
				best = i;
		if (best >= 0)
			return best;
	}
	/* The first step that can be done now. */
	for (int i = 0; i < n; i++)
		if (items[i].ready)
			return i;
	for (int i = 0; i < n; i++) {
		if (!*item_key(&items[i]))
			continue;
		if (best < 0 || strcmp(item_key(&items[i]), item_key(&items[best])) < 0)
			best = i;
	}
	return best >= 0 ? best : n > 0 ? 0 : -1;
}

enum pipeline_state pipeline_worst(const struct pipeline_item *items, int n)
{
	enum pipeline_state w = PST_OK;
	for (int i = 0; i < n; i++)
		if (items[i].state > w)
			w = items[i].state;
	return w;
}

/* ---- the checklist ---- */

static void append(char *buf, size_t size, const char *sep, const char *text)
{
	size_t len = strlen(buf);
	if (len && len < size)
		snprintf(buf + len, size - len, "%s", sep);
	len = strlen(buf);
	if (len < size)
		text_copy(buf + len, size - len, text);
}

void pipeline_people_text(const struct pipeline_person *p, int n, char *out, size_t size)
{
	out[0] = '\0';
	for (int i = 0; i < n; i++)
		append(out, size, "、", p[i].name);
}

static void describe_step(const struct pipeline_dossier *d, int n, struct pipeline_checkline *c)
{
	const struct pipeline_step *s = &d->steps[n];
	unsigned needs = pipeline_steps[n].needs;
	char buf[256];
	if ((needs & NEED_WHO) || (needs & NEED_GROUP)) {
		if (*s->who)
			append(c->detail, sizeof c->detail, "；", s->who);
		else
			append(c->missing, sizeof c->missing, "、",
			       needs & NEED_GROUP ? _("the party group") : _("who held the talk"));
	}
	if (needs & (NEED_CONTACTS | NEED_INTRODUCERS)) {
		bool contacts = needs & NEED_CONTACTS;
		int count = contacts ? d->ncontacts : d->nintroducers;
		pipeline_people_text(contacts ? d->contacts : d->introducers, count, buf, sizeof buf);
		if (*buf)
			append(c->detail, sizeof c->detail, "；", buf);
		if (contacts ? count < 1 : count < 2)
			append(c->missing, sizeof c->missing, "、", contacts ? _("培养联系人") : _("two 入党介绍人"));
	}
	if (needs & NEED_RESULT) {
		if (*s->result)
			append(c->detail, sizeof c->detail, "；", s->result);
		else
			append(c->missing, sizeof c->missing, "、", _("the conclusion"));
	}
	if (needs & NEED_TRAINING) {
		if (*s->end_date) {
			snprintf(buf, sizeof buf, _("to %s"), s->end_date);
			append(c->detail, sizeof c->detail, "；", buf);
		}
		if (s->hours) {
			snprintf(buf, sizeof buf, _("%d class hours"), s->hours);
			append(c->detail, sizeof c->detail, "；", buf);
		}
		if (!*s->end_date && !s->hours)
			append(c->missing, sizeof c->missing, "、", _("how long it lasted"));
	}
	if (needs & NEED_VOTE) {
		if (s->has_vote) {
			snprintf(buf, sizeof buf, _("%d of %d present; %d for, %d against, %d abstaining"),
				 s->vote.present, s->vote.expected, s->vote.yes, s->vote.no, s->vote.abstain);
			append(c->detail, sizeof c->detail, "；", buf);
		} else {
			append(c->missing, sizeof c->missing, "、", _("the votes"));
		}
	}
	if (needs & NEED_NUMBER) {
		if (*s->doc_number)
			append(c->detail, sizeof c->detail, "；", s->doc_number);
		else if (n == 17 || n == 24)
			append(c->missing, sizeof c->missing, "、", _("the document number"));
	}
	if (s->meeting_id) {
		snprintf(buf, sizeof buf, _("minute #%lld"), s->meeting_id);
		append(c->detail, sizeof c->detail, "；", buf);
	}
	if (*s->note)
		append(c->detail, sizeof c->detail, "；", s->note);
}

static int last_recorded_step(const struct pipeline_dossier *d)
{
	for (int n = PIPELINE_STEPS; n >= 1; n--)
		if (pipeline_step_done(d, n))
			return n;
	return 0;
}

void pipeline_checklist(const struct pipeline_dossier *d, const struct pipeline_settings *s,
			struct date as_of, int soon_days,
			struct pipeline_checkline out[PIPELINE_STEPS + 1])
{
	enum pipeline_stage stage = pipeline_stage_of(d);
	bool ended = stage == PS_STOPPED || stage == PS_CANCELLED;
	int first, last, top = last_recorded_step(d);
	stage_window(stage, &first, &last);
	struct pipeline_item items[PIPELINE_MAX_ITEMS];
	int nitems = pipeline_items(d, s, as_of, soon_days, items, PIPELINE_MAX_ITEMS);

	memset(out, 0, sizeof *out * (PIPELINE_STEPS + 1));
	for (int n = 1; n <= PIPELINE_STEPS; n++) {
		struct pipeline_checkline *c = &out[n];
		c->step = n;
		if (pipeline_steps[n].needs & NEED_ASSESSMENT) {
			bool probation = n == 21;
			int count = count_assessments(d, probation);
			const struct pipeline_assessment *a = last_assessment(d, probation);
			if (a) {
				c->state = PC_DONE;
				snprintf(c->date, sizeof c->date, "%s", a->date);
				snprintf(c->detail, sizeof c->detail, _("%d assessments, the last %s"), count, a->result);
			} else {
				bool past = probation ? stage == PS_FULL : stage >= PS_PROBATION && !ended;
				c->state = ended ? PC_CLOSED : past ? PC_MISSING :
					   (probation ? stage == PS_PROBATION : stage == PS_ACTIVIST || stage == PS_TARGET)
						   ? PC_OPEN : PC_LATER;
			}
		} else if (pipeline_step_done(d, n)) {
			c->state = PC_DONE;
			snprintf(c->date, sizeof c->date, "%s", d->steps[n].date);
			describe_step(d, n, c);
		} else {
			c->state = n < top ? PC_MISSING : ended ? PC_CLOSED
				 : n >= first && n <= last ? PC_OPEN : PC_LATER;
		}
		for (int i = 0; i < nitems; i++) {
			if (items[i].step != n || items[i].kind == PI_REPORT)
				continue;
			snprintf(c->earliest, sizeof c->earliest, "%s", items[i].earliest);
			snprintf(c->deadline, sizeof c->deadline, "%s", items[i].deadline);
			c->due = items[i].state;
		}
		if (c->state == PC_MISSING && !*c->missing)
			snprintf(c->missing, sizeof c->missing, "%s", _("not recorded, though a later step is"));
	}
}
