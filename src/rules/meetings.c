#include "rules/meetings.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

const char *const meeting_kind_names[MK_COUNT + 1] = {
	[MK_GENERAL] = "支部党员大会",
	[MK_COMMITTEE] = "支部委员会",
	[MK_GROUP] = "党小组会",
	[MK_LECTURE] = "党课",
	[MK_THEME_DAY] = "主题党日",
	[MK_ORG_LIFE] = "组织生活会",
	[MK_DEMOCRATIC_LIFE] = "民主生活会",
	[MK_EVALUATION] = "民主评议党员",
	[MK_TALK] = "谈心谈话",
	[MK_OTHER] = "其他",
	[MK_COUNT] = NULL,
};

/* Names minute books use for the same kinds. */
static const struct {
	const char *name;
	enum meeting_kind kind;
} kind_aliases[] = {
	{ "党员大会", MK_GENERAL }, { "支部大会", MK_GENERAL }, { "支部党员大会会议", MK_GENERAL },
	{ "支委会", MK_COMMITTEE }, { "支部委员会会议", MK_COMMITTEE }, { "支委会会议", MK_COMMITTEE },
	{ "小组会", MK_GROUP }, { "党小组会议", MK_GROUP },
	{ "主题党日活动", MK_THEME_DAY }, { "专题组织生活会", MK_ORG_LIFE },
	{ "民主评议", MK_EVALUATION }, { "谈话", MK_TALK },
};

int meeting_kind_parse(const char *s)
{
	char v[64];
	text_copy(v, sizeof v, s ? s : "");
	text_trim(v);
	for (int k = 0; k < MK_COUNT; k++)
		if (!strcmp(meeting_kind_names[k], v))
			return k;
	for (size_t i = 0; i < sizeof kind_aliases / sizeof kind_aliases[0]; i++)
		if (!strcmp(kind_aliases[i].name, v))
			return (int)kind_aliases[i].kind;
	return -1;
}

/* ---- Periods */

const char *const period_kind_names[PERIOD_KIND_COUNT + 1] = { "月", "季度", "半年", "年", NULL };

int period_kind_parse(const char *s)
{
	static const struct {
		const char *name;
		enum period_kind kind;
	} names[] = {
		{ "月", PERIOD_MONTH }, { "每月", PERIOD_MONTH }, { "month", PERIOD_MONTH },
		{ "季度", PERIOD_QUARTER }, { "季", PERIOD_QUARTER }, { "每季度", PERIOD_QUARTER },
		{ "quarter", PERIOD_QUARTER },
		{ "半年", PERIOD_HALF }, { "每半年", PERIOD_HALF }, { "half", PERIOD_HALF },
		{ "年", PERIOD_YEAR }, { "每年", PERIOD_YEAR }, { "year", PERIOD_YEAR },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (s && !strcmp(names[i].name, s))
			return (int)names[i].kind;
	return -1;
}

int periods_per_year(enum period_kind k)
{
	static const int n[PERIOD_KIND_COUNT] = { 12, 4, 2, 1 };
	return n[k];
}

/* Months in one period. */
static int period_months(enum period_kind k)
{
	return 12 / periods_per_year(k);
}

struct period period_of(enum period_kind kind, struct date d)
{
	struct period p = { kind, d.y, (d.m - 1) / period_months(kind) + 1 };
	return p;
}

struct date period_first_day(struct period p)
{
	struct date d = { p.year, (p.n - 1) * period_months(p.kind) + 1, 1 };
	return d;
}

struct date period_last_day(struct period p)
{
	int m = p.n * period_months(p.kind);
	struct date d = { p.year, m, date_days_in_month(p.year, m) };
	return d;
}

struct period period_next(struct period p)
{
	if (++p.n > periods_per_year(p.kind)) {
		p.n = 1;
		p.year++;
	}
	return p;
}

void period_format(struct period p, char out[PERIOD_LABEL_SIZE])
{
	unsigned y = (unsigned)p.year % 10000, n = (unsigned)p.n % 100;
	switch (p.kind) {
	case PERIOD_MONTH: snprintf(out, PERIOD_LABEL_SIZE, "%04u-%02u", y, n % 13); return;
	case PERIOD_QUARTER: snprintf(out, PERIOD_LABEL_SIZE, "%04uQ%u", y, n % 5); return;
	case PERIOD_HALF: snprintf(out, PERIOD_LABEL_SIZE, "%04uH%u", y, n % 3); return;
	case PERIOD_YEAR: case PERIOD_KIND_COUNT: break;
	}
	snprintf(out, PERIOD_LABEL_SIZE, "%04u", y);
}

bool period_parse(const char *s, struct period *out)
{
	int y, n;
	char tail;
	if (sscanf(s, "%4d-%2d%c", &y, &n, &tail) == 2 && strlen(s) == 7 && n >= 1 && n <= 12)
		*out = (struct period){ PERIOD_MONTH, y, n };
	else if (sscanf(s, "%4d%*[Qq]%1d%c", &y, &n, &tail) == 2 && strlen(s) == 6 && n >= 1 && n <= 4)
		*out = (struct period){ PERIOD_QUARTER, y, n };
	else if (sscanf(s, "%4d%*[Hh]%1d%c", &y, &n, &tail) == 2 && strlen(s) == 6 && n >= 1 && n <= 2)
		*out = (struct period){ PERIOD_HALF, y, n };
	else if (sscanf(s, "%4d%c", &y, &tail) == 1 && strlen(s) == 4)
		*out = (struct period){ PERIOD_YEAR, y, 1 };
	else
		return false;
	return out->year >= 1900 && out->year <= 2999;
}

/* ---- Requirements */

void meeting_requirements_default(struct meeting_requirement req[MK_COUNT])
{
	for (int k = 0; k < MK_COUNT; k++)
		req[k] = (struct meeting_requirement){ PERIOD_YEAR, 0, false };
	req[MK_GENERAL] = (struct meeting_requirement){ PERIOD_QUARTER, 1, false };
	req[MK_COMMITTEE] = (struct meeting_requirement){ PERIOD_MONTH, 1, false };
	req[MK_GROUP] = (struct meeting_requirement){ PERIOD_MONTH, 1, true };
	req[MK_LECTURE] = (struct meeting_requirement){ PERIOD_QUARTER, 1, false };
	req[MK_THEME_DAY] = (struct meeting_requirement){ PERIOD_MONTH, 1, false };
	req[MK_ORG_LIFE] = (struct meeting_requirement){ PERIOD_YEAR, 1, false };
	req[MK_EVALUATION] = (struct meeting_requirement){ PERIOD_YEAR, 1, false };
	req[MK_TALK] = (struct meeting_requirement){ PERIOD_YEAR, 1, false };
}

void meeting_requirement_describe(const struct meeting_requirement *r, char *out, size_t size)
{
	static const char *const per[PERIOD_KIND_COUNT] = {
		N_("%d a month"), N_("%d a quarter"), N_("%d every half-year"), N_("%d a year"),
	};
	if (r->count <= 0) {
		snprintf(out, size, "%s", _("not required"));
		return;
	}
	char base[64];
	snprintf(base, sizeof base, _(per[r->period]), r->count);
	if (r->per_group)
		snprintf(out, size, _("%s, each party group"), base);
	else
		snprintf(out, size, "%s", base);
}

/* ---- Compliance */

enum meeting_state meeting_state_of(int required, int held, struct period p,
				    struct date today, struct date tracked_from)
{
	if (required <= 0)
		return MSTATE_NOT_REQUIRED;
	if (held >= required)
		return MSTATE_DONE;
	struct date last = period_last_day(p);
	if (date_cmp(last, tracked_from) < 0)
		return MSTATE_NOT_REQUIRED;
	return date_cmp(last, today) < 0 ? MSTATE_MISSING : MSTATE_UPCOMING;
}

const char *meeting_state_label(enum meeting_state s)
{
	switch (s) {
	case MSTATE_DONE: return _("done");
	case MSTATE_MISSING: return _("missing");
	case MSTATE_UPCOMING: return _("not yet");
	case MSTATE_NOT_REQUIRED: break;
	}
	return _("not required");
}

struct date meeting_tracked_from(const char *since, const char *first, struct date today)
{
	struct date d;
	if (since && date_parse_iso(since, &d))
		return d;
	if (first && date_parse_iso(first, &d) && date_cmp(d, today) < 0)
		return d;
	return today;
}

/* ---- Who attends, who votes */

enum meeting_scope meeting_scope_of(enum meeting_kind k, bool has_group)
{
	switch (k) {
	case MK_COMMITTEE:
	case MK_DEMOCRATIC_LIFE:
		return SCOPE_COMMITTEE;
	case MK_GROUP:
		return SCOPE_GROUP;
	case MK_TALK:
	case MK_OTHER:
		return SCOPE_LISTED;
	case MK_GENERAL:
	case MK_LECTURE:
	case MK_THEME_DAY:
	case MK_ORG_LIFE:
	case MK_EVALUATION:
	case MK_COUNT:
		break;
	}
	return has_group ? SCOPE_GROUP : SCOPE_BRANCH;
}

bool meeting_kind_votes(enum meeting_kind k)
{
	return k == MK_GENERAL || k == MK_COMMITTEE;
}

bool meeting_kind_allows_group(enum meeting_kind k)
{
	return k != MK_GENERAL && k != MK_COMMITTEE;
}

struct vote_result meeting_vote_check(enum meeting_kind k, const struct meeting_turnout *t,
				      int yes, int no, int abstain, bool *valid)
{
	struct vote_result r = { false, false, NULL };
	*valid = false;
	if (!meeting_kind_votes(k)) {
		r.why = _("only a 支部党员大会 or a 支部委员会 decides by vote");
		return r;
	}
	if (t->voting_expected <= 0) {
		r.why = _("no voting (full) member was expected at this meeting: record its attendance first");
		return r;
	}
	if (yes < 0 || no < 0 || abstain < 0 || yes + no + abstain > t->voting_present) {
		r.why = _("more votes than voting members present");
		return r;
	}
	*valid = true;
	struct vote_count c = { t->voting_expected, t->voting_present, yes, no, abstain };
	return vote_evaluate(&c);
}

const char *meeting_vote_result_name(const struct vote_result *r)
{
	return r->passed ? "通过" : r->quorate ? "未通过" : "不足法定人数";
}

/* ---- The committee */

const char *const branch_role_names[ROLE_COUNT + 1] = {
	"书记", "副书记", "组织委员", "宣传委员", "纪检委员", "委员", NULL
};

int branch_role_parse(const char *s)
{
	char v[32];
	text_copy(v, sizeof v, s ? s : "");
	text_trim(v);
	for (int r = 0; r < ROLE_COUNT; r++)
		if (!strcmp(branch_role_names[r], v))
			return r;
	if (!strcmp(v, "支部书记"))
		return ROLE_SECRETARY;
	if (!strcmp(v, "支部副书记"))
		return ROLE_DEPUTY;
	if (!strcmp(v, "支委") || !strcmp(v, "支部委员"))
		return ROLE_MEMBER;
	return -1;
}

bool branch_role_single(enum branch_role r)
{
	return r != ROLE_MEMBER;
}

/* ---- 民主评议 */

const char *const grade_names[GRADE_COUNT + 1] = { "优秀", "合格", "基本合格", "不合格", NULL };

int grade_parse(const char *s)
{
	char v[32];
	text_copy(v, sizeof v, s ? s : "");
	text_trim(v);
	for (int g = 0; g < GRADE_COUNT; g++)
		if (!strcmp(grade_names[g], v))
			return g;
	return -1;
}

int grade_tally_total(const struct grade_tally *t)
{
	int n = 0;
	for (int g = 0; g < GRADE_COUNT; g++)
		n += t->count[g];
	return n;
}

int grade_max_excellent(int graded)
{
	return graded / 3;
}

const char *grade_tally_check(const struct grade_tally *t, char *buf, size_t size)
{
	int graded = grade_tally_total(t), max = grade_max_excellent(graded);
	if (t->count[GRADE_EXCELLENT] <= max)
		return NULL;
	snprintf(buf, size, _("%d graded 优秀 of %d: at most a third (%d) may be"),
		 t->count[GRADE_EXCELLENT], graded, max);
	return buf;
}

/* ---- Fields of a minute */

static int read_digits(const char **p, int max, int *value)
{
	int n = 0;
	*value = 0;
	while (n < max && **p >= '0' && **p <= '9') {
		*value = *value * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n;
}

static bool skip_word(const char **p, const char *word)
{
	size_t n = strlen(word);
	if (strncmp(*p, word, n))
		return false;
	*p += n;
	return true;
}

bool meeting_time_parse(const char *s, char out[6], const char **why)
{
	char v[32];
	text_copy(v, sizeof v, s ? s : "");
	text_trim(v);
	const char *p = v;
	int h, m = 0;
	int hd = read_digits(&p, 2, &h);
	bool ok = hd > 0;
	if (hd == 2 && *p >= '0' && *p <= '9')	/* 1600: four digits, as 20260301 is a date */
		ok = read_digits(&p, 2, &m) == 2;
	else if (ok && (skip_word(&p, ":") || skip_word(&p, "：")))
		ok = read_digits(&p, 2, &m) == 2;
	else if (ok && (skip_word(&p, "时") || skip_word(&p, "点")))
		ok = !*p || (read_digits(&p, 2, &m) > 0 && skip_word(&p, "分"));
	else
		ok = false;
	if (!ok || *p || h > 23 || m > 59) {
		*why = _("not a time of day (use HH:MM, e.g. 14:30)");
		return false;
	}
	snprintf(out, 6, "%02u:%02u", (unsigned)h % 24u, (unsigned)m % 60u);
	return true;
}

/* The separators between names, and the brackets around a reason. */
static const char *const separators[] = { "、", "，", "；", ",", ";", " ", "\t", "\n", "\r", "\xe3\x80\x80", NULL };
static const char *const openers[] = { "(", "（", NULL };
static const char *const closers[] = { ")", "）", NULL };

static size_t starts_with_any(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (!strncmp(s, *list, strlen(*list)))
			return strlen(*list);
	return 0;
}

const char *name_list_parse(const char *text, name_list_fn *fn, void *ctx)
{
	char name[256], reason[256];
	size_t nlen = 0, rlen = 0, k;
	const char *p = text ? text : "";
	while (*p) {
		if ((k = starts_with_any(p, separators))) {
			p += k;
			continue;
		}
		/* A name, up to a separator or an opening bracket. */
		nlen = rlen = 0;
		while (*p && !starts_with_any(p, separators) && !starts_with_any(p, openers)) {
			if (starts_with_any(p, closers))
				return _("a closing bracket without an opening one");
			if (nlen + 1 < sizeof name)
				name[nlen++] = *p;
			p++;
		}
		name[nlen] = '\0';
		if ((k = starts_with_any(p, openers))) {
			int depth = 1;
			p += k;
			while (*p && depth > 0) {
				if ((k = starts_with_any(p, closers)) && --depth == 0) {
					p += k;
					break;
				}
				if ((k = starts_with_any(p, openers)))
					depth++;
				k = k ? k : starts_with_any(p, closers);
				k = k ? k : 1;
				for (size_t i = 0; i < k; i++)
					if (rlen + 1 < sizeof reason)
						reason[rlen++] = p[i];
				p += k;
			}
			if (depth > 0)
				return _("a bracket is not closed");
			if (*p && !starts_with_any(p, separators))
				return _("put 、 between the names");
		}
		reason[rlen] = '\0';
		text_trim(name);
		text_trim(reason);
		if (!*name)
			return _("a reason in brackets has no name before it");
		fn(ctx, name, reason);
	}
	return NULL;
}
