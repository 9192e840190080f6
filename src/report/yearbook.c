#include "report/yearbook.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/disclosure.h"
#include "db/dues.h"
#include "db/evaluation.h"
#include "db/feedback.h"
#include "db/home.h"
#include "db/meeting.h"
#include "db/plan.h"
#include "db/rectify.h"
#include "db/term.h"
#include "db/transfer.h"
#include "db/review.h"
#include "db/yearbook.h"
#include "io/sheet.h"
#include "report/disclosure.h"
#include "report/hours.h"
#include "report/org.h"
#include "report/plan.h"
#include "report/rectify.h"
#include "report/review.h"
#include "report/roster.h"
#include "report/talks.h"
#include "report/transfer.h"
#include "rules/meetings.h"
#include "rules/pipeline.h"
#include "rules/plan.h"
#include "rules/rectify.h"
#include "rules/stats.h"

struct yb {
	struct db *db;
	int year, half;
	struct date from, to, end;       /* the period; end = the as-of date clipped to it */
	char from_iso[DATE_ISO_SIZE], to_iso[DATE_ISO_SIZE], end_iso[DATE_ISO_SIZE];
	struct sheet *sum, *detail, *problems;
	int no;                          /* the 序号 of the current 汇总 row */
	bool failed;
};

/* 依据: the first five references and the count. */
struct basis {
	char text[256];
	long long n;
};

static void basis_add(struct basis *b, const char *ref)
{
	if (b->n++ < 5) {
		size_t len = strlen(b->text);
		snprintf(b->text + len, sizeof b->text - len, "%s%s", len ? "、" : "", ref);
	}
}

static void basis_format(const struct basis *b, char *out, size_t size)
{
	if (!b->n)
		snprintf(out, size, "%s", _("no record"));
	else if (b->n > 5)
		snprintf(out, size, _("%s… %lld records in all"), b->text, b->n);
	else
		snprintf(out, size, "%s", b->text);
}

/* A 汇总 row; its 序号 is returned for the 明细 rows. */
static int sum_row(struct yb *y, const char *item, const char *value, const char *req, const char *done,
		   const struct basis *b)
{
	char basis[320];
	basis_format(b, basis, sizeof basis);
	sheet_add_row(y->sum, ROW_PLAIN);
	sheet_setf(y->sum, 0, "%d", ++y->no);
	sheet_set(y->sum, 1, item);
	sheet_set(y->sum, 2, value);
	sheet_set(y->sum, 3, req);
	sheet_set(y->sum, 4, done);
	sheet_set(y->sum, 5, basis);
	return y->no;
}

static void detail_row(struct yb *y, int no, const char *type, const char *ref, const char *date, const char *note)
{
	sheet_add_row(y->detail, ROW_PLAIN);
	sheet_setf(y->detail, 0, "%d", no);
	sheet_set(y->detail, 1, type);
	sheet_set(y->detail, 2, ref);
	sheet_set(y->detail, 3, date);
	sheet_set(y->detail, 4, note);
}

static void problem(struct yb *y, const char *text, const char *evidence)
{
	sheet_add_row(y->problems, ROW_PLAIN);
	sheet_setf(y->problems, 0, "%zu", y->problems->nrows);
	sheet_set(y->problems, 1, text);
	sheet_set(y->problems, 2, evidence);
}

static const char *mark(bool ok)
{
	return ok ? "✓" : "✗";
}

/* The detail rows of an indicator go in after its 汇总 row: collect them first. */
struct pending {
	struct {
		char type[32], ref[32], date[DATE_ISO_SIZE], note[320];
	} *rows;
	size_t count, cap;
};

static void pending_add(struct pending *p, const char *type, const char *ref, const char *date, const char *note)
{
	p->rows = grow_array(p->rows, p->count, &p->cap, 64, sizeof *p->rows);
	text_copy(p->rows[p->count].type, sizeof p->rows[0].type, type);
	text_copy(p->rows[p->count].ref, sizeof p->rows[0].ref, ref);
	text_copy(p->rows[p->count].date, sizeof p->rows[0].date, date);
	text_copy(p->rows[p->count].note, sizeof p->rows[0].note, note);
	p->count++;
}

static void pending_flush(struct yb *y, int no, struct pending *p)
{
	for (size_t i = 0; i < p->count; i++)
		detail_row(y, no, p->rows[i].type, p->rows[i].ref, p->rows[i].date, p->rows[i].note);
	free(p->rows);
	memset(p, 0, sizeof *p);
}

/* ---- 1. members ---- */

/* The members' 明细 rows go straight into the sheet (there may be tens of
 * thousands): their 汇总 row is the next one, written after them. */
struct member_ctx {
	struct yb *y;
	struct basis b;
	long long full, probationary;
	const char *note;
};

static void member_seen(void *ctx, const struct yearbook_member *m)
{
	struct member_ctx *c = ctx;
	char ref[32], note[160];
	snprintf(ref, sizeof ref, "党员#%lld", m->id);
	basis_add(&c->b, ref);
	if (!strcmp(m->kind, "预备"))
		c->probationary++;
	else
		c->full++;
	snprintf(note, sizeof note, "%s %s %s", m->name, m->kind, c->note ? c->note : m->status);
	detail_row(c->y, c->y->no + 1, "党员", ref, m->date, note);
}

static bool yb_members(struct yb *y)
{
	struct member_ctx c = { .y = y };
	if (!yearbook_members_each(y->db, YBM_ON_ROSTER, y->from_iso, y->end_iso, member_seen, &c))
		return false;
	char value[64];
	snprintf(value, sizeof value, _("%lld (full %lld, probationary %lld)"), c.full + c.probationary, c.full,
		 c.probationary);
	sum_row(y, "期末党员数（正式/预备）", value, "", "", &c.b);
	return true;
}

static bool yb_joined(struct yb *y)
{
	struct member_ctx c = { .y = y, .note = "入党" };
	if (!yearbook_members_each(y->db, YBM_JOINED, y->from_iso, y->end_iso, member_seen, &c))
		return false;
	char key[32], value[32], req[64] = "";
	snprintf(key, sizeof key, "pipeline.plan.%d", y->year);
	long long plan = settings_get_int(y->db, key, -1);
	snprintf(value, sizeof value, "%lld", c.b.n);
	const char *done = "";
	if (plan >= 0) {
		snprintf(req, sizeof req, _("plan %lld (%s)"), plan, key);
		done = mark(c.b.n >= plan);
		if (c.b.n < plan && !y->half) {
			char text[256];
			snprintf(text, sizeof text, _("%lld new probationary members admitted, %lld planned"), c.b.n, plan);
			problem(y, text, key);
		}
	}
	sum_row(y, "接收预备党员", value, req, done, &c.b);
	return true;
}

static bool yb_made_full(struct yb *y)
{
	struct member_ctx c = { .y = y, .note = "转正" };
	if (!yearbook_members_each(y->db, YBM_MADE_FULL, y->from_iso, y->end_iso, member_seen, &c))
		return false;
	char value[32];
	snprintf(value, sizeof value, "%lld", c.b.n);
	sum_row(y, "预备党员转正", value, "", "", &c.b);
	return true;
}

static bool yb_away(struct yb *y)
{
	struct member_ctx c = { .y = y };
	if (!yearbook_members_each(y->db, YBM_AWAY, y->from_iso, y->end_iso, member_seen, &c))
		return false;
	char value[32];
	snprintf(value, sizeof value, "%lld", c.b.n);
	sum_row(y, "流动/失联/停止党籍（期末）", value, "", "", &c.b);
	return true;
}

/* ---- 组织关系转接 (转接#N): the letters issued in the period, those
 * still waiting for their 回执 at its end (issued in it or before) ---- */

struct transfer_ctx {
	struct yb *y;
	struct basis b;
	struct pending p;
	long long in, out, waiting;
};

static void transfer_seen(void *ctx, const struct transfer *t)
{
	struct transfer_ctx *c = ctx;
	struct yb *y = c->y;
	struct date due;
	const char *state = transfer_state_on(t, y->end, &due);
	bool in_period = strcmp(t->issued, y->from_iso) >= 0;
	bool waiting = !strcmp(state, "待回执") || !strcmp(state, "待寄回执") || !strcmp(state, "回执超期");
	if (!in_period && !waiting)
		return;
	char ref[32], note[700];
	snprintf(ref, sizeof ref, "转接#%lld", t->id);
	basis_add(&c->b, ref);
	bool out = !strcmp(t->direction, "转出");
	if (in_period)
		++*(out ? &c->out : &c->in);
	c->waiting += waiting;
	snprintf(note, sizeof note, "%s %s%s %s%s %s", t->name, t->direction, out ? "至" : "自",
		 out ? t->to_org : t->from_org, in_period ? "" : "（上期开具）", state);
	pending_add(&c->p, "转接", ref, t->issued, note);
	if (!strcmp(state, "回执超期")) {
		char text[700], iso[DATE_ISO_SIZE];
		date_format(due, iso);
		if (out)
			snprintf(text, sizeof text, _("%s %s transferred out to %s: no 回执 back by %s (回执超期)"), ref, t->name,
				 t->to_org, iso);
		else
			snprintf(text, sizeof text, _("%s %s transferred in from %s: the 回执 not sent back by %s (回执超期)"),
				 ref, t->name, t->from_org, iso);
		problem(y, text, ref);
	}
}

static bool yb_transfers(struct yb *y)
{
	struct transfer_ctx c = { .y = y };
	if (!transfer_each(y->db, NULL, y->end_iso, 0, transfer_seen, &c)) {
		free(c.p.rows);
		return false;
	}
	char value[96];
	snprintf(value, sizeof value, _("in %lld, out %lld, awaiting 回执 %lld"), c.in, c.out, c.waiting);
	pending_flush(y, sum_row(y, "组织关系转入/转出、待回执", value, "", "", &c.b), &c.p);
	return true;
}

/* ---- 换届 (换届#N, 第N届): the terms in office in the period, the one
 * at its end first; a term ended with no next one elected by then, or the
 * next elected after the end (late) ---- */

struct term_ctx {
	struct yb *y;
	struct term current;              /* the newest elected by the end */
	bool found;
	char next_elected[DATE_ISO_SIZE]; /* of the term after the one seen */
	struct basis b;
	struct pending p;
	long long elected;                /* in the period */
};

static void term_seen(void *ctx, const struct term *t)
{
	struct term_ctx *c = ctx;
	struct yb *y = c->y;
	if (strcmp(t->elected_on, y->end_iso) > 0)
		return;
	struct date end, request;
	term_dates(y->db, t, &end, &request);
	char ref[32], note[200], end_iso[DATE_ISO_SIZE], next[DATE_ISO_SIZE];
	date_format(end, end_iso);
	snprintf(next, sizeof next, "%s", c->next_elected);
	snprintf(c->next_elected, sizeof c->next_elected, "%s", t->elected_on);
	bool newest = !c->found;          /* terms_each: newest first */
	if (!newest && strcmp(end_iso, y->from_iso) < 0 && strcmp(next, y->from_iso) < 0)
		return;                   /* over and replaced before the period */
	if (newest) {
		c->current = *t;
		c->found = true;
	}
	bool in_period = strcmp(t->elected_on, y->from_iso) >= 0;
	snprintf(ref, sizeof ref, "换届#%lld", t->id);
	basis_add(&c->b, ref);
	c->elected += in_period;
	snprintf(note, sizeof note, "第%d届 任期%d年 届满%s%s", t->seq, t->years, end_iso, in_period ? " 本期选举" : "");
	if (*next) {
		size_t len = strlen(note);
		snprintf(note + len, sizeof note - len, "（下一届%s选举）", next);
	}
	pending_add(&c->p, "换届", ref, t->elected_on, note);
	if (*next && strcmp(next, end_iso) > 0 && strcmp(next, y->from_iso) >= 0) {
		char text[256];
		snprintf(text, sizeof text, _("the term of 第%d届 ended on %s; the next was elected only on %s (逾期换届)"),
			 t->seq, end_iso, next);
		problem(y, text, ref);
	}
}

static bool yb_term(struct yb *y)
{
	struct term_ctx c = { .y = y };
	if (!terms_each(y->db, term_seen, &c)) {
		free(c.p.rows);
		return false;
	}
	char value[128] = "", req[64] = "", done[64] = "";
	const char *item = "支部换届（届次、任期届满日期）";
	if (!c.found) {
		pending_flush(y, sum_row(y, item, _("no term recorded"), "", "", &c.b), &c.p);
		return true;
	}
	struct date end, request;
	term_dates(y->db, &c.current, &end, &request);
	char end_iso[DATE_ISO_SIZE];
	date_format(end, end_iso);
	snprintf(value, sizeof value, _("第%d届, term ends %s%s"), c.current.seq, end_iso,
		 c.elected ? _("; elected in the period") : "");
	snprintf(req, sizeof req, _("elected by %s"), end_iso);
	bool lapsed = date_cmp(end, y->end) < 0;
	snprintf(done, sizeof done, "%s", mark(!lapsed));
	pending_flush(y, sum_row(y, item, value, req, done, &c.b), &c.p);
	if (lapsed) {
		char text[256], ref[32];
		snprintf(ref, sizeof ref, "换届#%lld", c.current.id);
		snprintf(text, sizeof text, _("the term of 第%d届 ended on %s and no new one was elected (任期届满未换届)"),
			 c.current.seq, end_iso);
		problem(y, text, ref);
	}
	return true;
}

/* ---- 党务公开 (公开#N): what was published in the period (党外 too),
 * and each 定期 row's periods inside it with their state on the as-of day ---- */

struct disclose_ctx {
	struct yb *y;
	struct basis b;
	struct pending p;
	long long published, outside, due, on_time;
};

static bool disclosure_seen(void *ctx, const struct disclosure *d)
{
	struct disclose_ctx *c = ctx;
	struct yb *y = c->y;
	if (!*d->published_on || strcmp(d->published_on, c->y->from_iso) < 0 || strcmp(d->published_on, y->end_iso) > 0)
		return true;
	char ref[32], note[700];
	snprintf(ref, sizeof ref, "公开#%lld", d->id);
	basis_add(&c->b, ref);
	c->published++;
	bool outside = *d->published_out_on && strcmp(d->published_out_on, y->end_iso) <= 0;
	c->outside += outside;
	snprintf(note, sizeof note, "%s%s%s %s%s", d->title, *d->period ? " " : "", d->period, d->scope,
		 d->catalog_id ? "" : "（目录外）");
	pending_add(&c->p, "公开", ref, d->published_on, note);
	return true;
}

static void disclose_cell(void *ctx, const struct disclosure_item *item, const struct disclosure_cell *cell)
{
	struct disclose_ctx *c = ctx;
	struct yb *y = c->y;
	struct period p;
	if (!item || !cell->months || cell->state < 0 || !period_parse(cell->period, &p) ||
	    date_cmp(period_first_day(p), y->from) < 0 || date_cmp(period_last_day(p), y->to) > 0)
		return;
	char ref[32] = "", note[700];
	if (cell->id)
		snprintf(ref, sizeof ref, "公开#%lld", cell->id);
	if (cell->state != DS_PENDING) {
		c->due++;
		c->on_time += cell->state == DS_ON_TIME;
	}
	if (cell->state == DS_LATE || cell->state == DS_MISSING) {
		char text[800];
		if (cell->state == DS_MISSING)
			snprintf(text, sizeof text, _("%s %s: not disclosed by %s (缺)"), item->title, cell->period, cell->due);
		else
			snprintf(text, sizeof text, _("%s %s: disclosed on %s, after %s (逾期公开)"), item->title, cell->period,
				 cell->published_on, cell->due);
		problem(y, text, *ref ? ref : item->title);
	}
	snprintf(note, sizeof note, "%s %s %s（截止%s）", item->title, cell->period, disclosure_state_names[cell->state],
		 cell->due);
	pending_add(&c->p, "定期公开", ref, *cell->published_on ? cell->published_on : cell->due, note);
}

static bool yb_disclosures(struct yb *y)
{
	struct disclose_ctx c = { .y = y };
	if (!disclosure_each(y->db, disclosure_seen, &c) ||
	    !disclosure_calendar(y->db, y->year, y->end, disclose_cell, &c)) {
		free(c.p.rows);
		return false;
	}
	char value[128], req[64], rate[16];
	stats_share(c.on_time, c.due, rate, sizeof rate);
	snprintf(value, sizeof value, _("%lld disclosed (%lld outside the party); routine on time %lld of %lld"),
		 c.published, c.outside, c.on_time, c.due);
	snprintf(req, sizeof req, _("on time %s"), c.due ? rate : "—");
	pending_flush(y, sum_row(y, "党务公开事项数、定期事项按时率", value, req, c.due ? mark(c.on_time == c.due) : "", &c.b),
		      &c.p);
	return true;
}

/* ---- 意见建议 (意见#N): received in the period (and those carried over
 * unanswered), their state on the as-of day ---- */

struct feedback_ctx {
	struct yb *y;
	struct basis b;
	struct pending p;
	long long received, replied, on_time, late;
};

static bool feedback_seen(void *ctx, const struct feedback *f)
{
	struct feedback_ctx *c = ctx;
	struct yb *y = c->y;
	if (strcmp(f->received_on, y->end_iso) > 0)
		return true;
	/* One received before the period counts only while it was still
	 * unanswered when the period began (carried over). */
	bool earlier = strcmp(f->received_on, y->from_iso) < 0;
	if (earlier && *f->replied_on && strcmp(f->replied_on, y->from_iso) < 0)
		return true;
	enum feedback_state st = feedback_state_on(f, y->end);
	char ref[32], note[700], head[120];
	snprintf(ref, sizeof ref, "意见#%lld", f->id);
	text_fit(head, sizeof head, f->content, 40);
	basis_add(&c->b, ref);
	if (!earlier) {
		c->received++;
		c->replied += st == FS_ON_TIME || st == FS_LATE;
		c->on_time += st == FS_ON_TIME;
	}
	c->late += st == FS_LATE || st == FS_OVERDUE;
	snprintf(note, sizeof note, "%s %s %s（期限%s）%s", f->channel, head, feedback_state_names[st], f->due_on,
		 earlier ? "（上期收到）" : "");
	pending_add(&c->p, "意见", ref, f->received_on, note);
	if (st == FS_LATE || st == FS_OVERDUE) {
		char text[800];
		if (st == FS_OVERDUE)
			snprintf(text, sizeof text, _("%s %s: not answered by %s (超期未答复)"), ref, head, f->due_on);
		else
			snprintf(text, sizeof text, _("%s %s: answered on %s, after %s (超期答复)"), ref, head, f->replied_on,
				 f->due_on);
		problem(y, text, ref);
	}
	return true;
}

static bool yb_feedback(struct yb *y)
{
	struct feedback_ctx c = { .y = y };
	if (!feedback_each(y->db, feedback_seen, &c)) {
		free(c.p.rows);
		return false;
	}
	char value[96];
	snprintf(value, sizeof value, _("received %lld, answered %lld, on time %lld"), c.received, c.replied, c.on_time);
	pending_flush(y, sum_row(y, "意见建议收到/已答复/按时", value, _("answered on time"), c.b.n ? mark(!c.late) : "",
				 &c.b),
		      &c.p);
	return true;
}

/* ---- 发展: the candidates who reached a step in the period (pipeline records) ---- */

struct stage_ctx {
	struct pending p;
	struct basis b;
	int step;
};

static void step_seen(void *ctx, const struct yearbook_member *m)
{
	struct stage_ctx *c = ctx;
	char ref[32], note[160];
	snprintf(ref, sizeof ref, "发展#%lld", m->id);
	basis_add(&c->b, ref);
	snprintf(note, sizeof note, "%s %s", m->name, pipeline_steps[c->step].name);
	pending_add(&c->p, "发展", ref, m->date, note);
}

static bool yb_stage(struct yb *y, int step, const char *item)
{
	struct stage_ctx c = { .step = step };
	if (!yearbook_steps_each(y->db, step, y->from_iso, y->end_iso, step_seen, &c))
		return false;
	char value[32];
	snprintf(value, sizeof value, "%lld", c.b.n);
	pending_flush(y, sum_row(y, item, value, "", "", &c.b), &c.p);
	return true;
}

static bool yb_applied(struct yb *y)
{
	return yb_stage(y, 1, "递交入党申请书（入党申请人）");
}

static bool yb_activists(struct yb *y)
{
	return yb_stage(y, 3, "确定入党积极分子");
}

static bool yb_prospects(struct yb *y)
{
	return yb_stage(y, 7, "确定发展对象");
}

static bool yb_admission_votes(struct yb *y)
{
	return yb_stage(y, 15, "支部党员大会讨论接收预备党员");
}

static bool yb_full_votes(struct yb *y)
{
	return yb_stage(y, 23, "支部党员大会讨论预备党员转正");
}

/* ---- 2. meetings ---- */

struct meeting_list {
	struct yearbook_meeting *m;
	size_t count, cap;
};

static void meeting_seen(void *ctx, const struct yearbook_meeting *m)
{
	struct meeting_list *l = ctx;
	l->m = grow_array(l->m, l->count, &l->cap, 64, sizeof *l->m);
	l->m[l->count++] = *m;
}

/* 2026年3月, 2026年第三季度, 2026年上半年, 2026年 */
static void period_words(struct period p, char *out, size_t size)
{
	static const char *const cn[] = { "", "一", "二", "三", "四" };
	switch (p.kind) {
	case PERIOD_MONTH: snprintf(out, size, "%d年%d月", p.year, p.n); break;
	case PERIOD_QUARTER: snprintf(out, size, "%d年第%s季度", p.year, cn[p.n]); break;
	case PERIOD_HALF: snprintf(out, size, "%d年%s半年", p.year, p.n == 1 ? "上" : "下"); break;
	default: snprintf(out, size, "%d年", p.year); break;
	}
}

static bool counted(const struct yb *y, const struct yearbook_meeting *m, const char **why)
{
	*why = NULL;
	if (m->cancelled)
		*why = "已作废";
	else if (strcmp(m->date, y->end_iso) > 0)
		*why = "未到期";
	return !*why;
}

static void meeting_kind_rows(struct yb *y, const struct meeting_year *my, const struct meeting_list *l, int k)
{
	const char *kind = meeting_kind_names[k];
	struct basis b = { 0 };
	struct pending p = { 0 };
	long long held = 0, expected = 0, present = 0;
	for (size_t i = 0; i < l->count; i++) {
		const struct yearbook_meeting *m = &l->m[i];
		if (strcmp(m->kind, kind))
			continue;
		char ref[32], note[160];
		const char *why;
		snprintf(ref, sizeof ref, "会议#%lld", m->id);
		if (counted(y, m, &why)) {
			held++;
			basis_add(&b, ref);
			expected += m->expected;
			present += m->present;
			if (m->expected)
				snprintf(note, sizeof note, "%s 实到%d/应到%d（缺席%d）", m->title, m->present, m->expected,
					 m->expected - m->present);
			else
				snprintf(note, sizeof note, "%s", m->title);
		} else {
			snprintf(note, sizeof note, "%s（不计：%s）", m->title, why);
		}
		pending_add(&p, kind, ref, m->date, note);
	}
	const struct meeting_requirement *r = &my->req[k];
	long long required = 0;
	int missing = 0;
	char missing_text[256] = "";
	for (int c = 0; r->count > 0 && c < my->ncells[k]; c++) {
		const struct meeting_cell *cell = &my->cells[k][c];
		struct date first = period_first_day(cell->period), last = period_last_day(cell->period);
		if (date_cmp(first, y->from) < 0 || date_cmp(last, y->to) > 0 || cell->state == MSTATE_NOT_REQUIRED)
			continue;
		required += (long long)cell->required * cell->units;
		if (cell->state != MSTATE_MISSING)
			continue;
		char words[32], text[256], evidence[128];
		period_words(cell->period, words, sizeof words);
		if (missing++ < 4) {
			size_t len = strlen(missing_text);
			snprintf(missing_text + len, sizeof missing_text - len, "%s%s", len ? "、" : "", words);
		}
		if (cell->units > 1)
			snprintf(text, sizeof text, _("%s: %d of the party groups did not meet in %s"), kind,
				 cell->units_short, words);
		else
			snprintf(text, sizeof text, _("%s: none held in %s"), kind, words);
		snprintf(evidence, sizeof evidence, _("held %d, required %d"), cell->held, cell->required * cell->units);
		problem(y, text, evidence);
	}
	if (!held && !required)
		return;
	char item[64], value[32], req[128] = "", done[300];
	snprintf(item, sizeof item, "%s（已开/应开）", kind);
	snprintf(value, sizeof value, "%lld", held);
	if (r->count > 0) {
		char how[96];
		meeting_requirement_describe(r, how, sizeof how);
		snprintf(req, sizeof req, _("%lld (%s)"), required, how);
		if (missing)
			snprintf(done, sizeof done, _("✗ missing: %s%s"), missing_text, missing > 4 ? "…" : "");
		else
			snprintf(done, sizeof done, "%s", held >= required ? mark(true) : _("not yet due"));
	} else {
		done[0] = '\0';
	}
	int no = sum_row(y, item, value, req, done, &b);
	pending_flush(y, no, &p);
	if (expected) {
		char rate[16];
		stats_share(present, expected, rate, sizeof rate);
		snprintf(item, sizeof item, "%s平均出席率", kind);
		snprintf(value, sizeof value, "%s", rate);
		char how[64];
		snprintf(how, sizeof how, _("present %lld of %lld expected"), present, expected);
		sum_row(y, item, value, how, "", &b);
	}
}

static bool yb_meetings(struct yb *y)
{
	struct meeting_list l = { 0 };
	struct meeting_year *my = malloc(sizeof *my);
	if (!my)
		abort();
	bool ok = yearbook_meetings_each(y->db, y->from_iso, y->to_iso, meeting_seen, &l)
		  && meeting_year_load(y->db, y->year, date_add_days(y->end, 1), my);
	if (ok) {
		for (int k = 0; k < MK_COUNT; k++)
			meeting_kind_rows(y, my, &l, k);
		/* 书记讲党课 (at least once a year) and the half-yearly 党建工作专题 支委会. */
		struct basis lecture = { 0 }, topic[2] = { { "", 0 }, { "", 0 } };
		for (size_t i = 0; i < l.count; i++) {
			const struct yearbook_meeting *m = &l.m[i];
			const char *why;
			char ref[32];
			snprintf(ref, sizeof ref, "会议#%lld", m->id);
			if (!counted(y, m, &why))
				continue;
			if (m->secretary_speaks)
				basis_add(&lecture, ref);
			if (m->topic && !strcmp(m->kind, "支部委员会"))
				basis_add(&topic[m->date[5] > '0' || m->date[6] > '6'], ref);
		}
		char value[32];
		snprintf(value, sizeof value, "%lld", lecture.n);
		sum_row(y, "书记讲党课次数", value, "≥1", y->half ? "" : mark(lecture.n >= 1), &lecture);
		if (!y->half && !lecture.n && date_cmp(y->end, y->to) >= 0)
			problem(y, _("the secretary gave no party lecture (党课) this year"), "党课");
		for (int h = 0; h < 2; h++) {
			if (y->half && y->half != h + 1)
				continue;
			struct date last = { y->year, h ? 12 : 6, h ? 31 : 30 };
			char item[64];
			snprintf(item, sizeof item, "党建工作专题支委会（%s半年）", h ? "下" : "上");
			snprintf(value, sizeof value, "%lld", topic[h].n);
			bool over = date_cmp(last, y->end) <= 0;
			sum_row(y, item, value, "≥1", over || topic[h].n ? mark(topic[h].n >= 1) : "", &topic[h]);
			if (over && !topic[h].n) {
				char text[160];
				snprintf(text, sizeof text, _("no 支部委员会 tagged 党建工作专题 in the %s half of %d"),
					 h ? _("second") : _("first"), y->year);
				problem(y, text, "支部委员会");
			}
		}
		/* Data integrity (not scored): minutes without times or decisions. */
		struct basis untimed = { 0 }, undecided = { 0 };
		for (size_t i = 0; i < l.count; i++) {
			const struct yearbook_meeting *m = &l.m[i];
			const char *why;
			char ref[32];
			snprintf(ref, sizeof ref, "会议#%lld", m->id);
			if (!counted(y, m, &why))
				continue;
			if (!m->timed)
				basis_add(&untimed, ref);
			if (!m->has_decisions && (!strcmp(m->kind, "支部党员大会") || !strcmp(m->kind, "支部委员会")))
				basis_add(&undecided, ref);
		}
		snprintf(value, sizeof value, "%lld", untimed.n);
		int no = sum_row(y, "数据完整性：会议未记起止时间", value, _("not scored"), "", &untimed);
		for (size_t i = 0; i < l.count; i++) {
			const char *why;
			char ref[32];
			if (!counted(y, &l.m[i], &why) || l.m[i].timed)
				continue;
			snprintf(ref, sizeof ref, "会议#%lld", l.m[i].id);
			detail_row(y, no, l.m[i].kind, ref, l.m[i].date, "未记起止时间");
		}
		snprintf(value, sizeof value, "%lld", undecided.n);
		sum_row(y, "数据完整性：党员大会、支委会无决议文字", value, _("not scored"), "", &undecided);
	}
	free(l.m);
	free(my);
	return ok;
}

/* ---- 民主评议 ---- */

struct eval_ctx {
	struct basis b;
	struct pending p;
	long long count[GRADE_COUNT];
};

static void eval_seen(void *ctx, const struct evaluation *e)
{
	struct eval_ctx *c = ctx;
	char ref[32];
	snprintf(ref, sizeof ref, "党员#%lld", e->member_id);
	basis_add(&c->b, ref);
	if (e->grade >= 0 && e->grade < GRADE_COUNT)
		c->count[e->grade]++;
	char note[160];
	snprintf(note, sizeof note, "%s %s", e->name, grade_names[e->grade]);
	pending_add(&c->p, "民主评议", ref, "", note);
}

static bool yb_evaluations(struct yb *y)
{
	struct eval_ctx c = { 0 };
	if (!evaluation_each(y->db, y->year, eval_seen, &c))
		return false;
	char value[128];
	snprintf(value, sizeof value, "%s%lld、%s%lld、%s%lld、%s%lld", grade_names[0], c.count[0], grade_names[1],
		 c.count[1], grade_names[2], c.count[2], grade_names[3], c.count[3]);
	pending_flush(y, sum_row(y, "民主评议党员等次分布", value, "", "", &c.b), &c.p);
	return true;
}

/* ---- 谈心谈话 coverage and 学时 (issue 17) ---- */

static bool yb_talks(struct yb *y)
{
	struct talks_year t;
	if (!talks_year_load(y->db, y->year, y->end, &t)) {
		talks_year_done(&t);
		return false;
	}
	struct pending p = { 0 };
	struct basis b = { 0 };
	char ref[32], note[256], value[128], text[256];
	long long last = 0;
	for (size_t i = 0; i < t.nparties; i++)
		if (t.parties[i].talk_id != last) {
			last = t.parties[i].talk_id;
			snprintf(ref, sizeof ref, "谈话#%lld", last);
			basis_add(&b, ref);
		}
	size_t k = t.ncommittee, pairs = k * (k ? k - 1 : 0) / 2;
	size_t missing_pairs = talks_missing_pairs(&t.cov), missing_members = talks_missing_members(&t.cov);
	for (size_t i = 0; i < k; i++)
		for (size_t j = i + 1; j < k; j++)
			if (!t.cov.pairs[i * k + j]) {
				snprintf(ref, sizeof ref, "党员#%lld", t.committee[i].id);
				snprintf(note, sizeof note, "支委 %s 与 %s 未谈心谈话", t.committee[i].name, t.committee[j].name);
				pending_add(&p, "党员", ref, "", note);
			}
	for (size_t i = 0; i < t.nmembers; i++)
		if (!t.cov.member_talks[i]) {
			snprintf(ref, sizeof ref, "党员#%lld", t.members[i].id);
			snprintf(note, sizeof note, "%s 未与%s谈心谈话", t.members[i].name, t.cov.with_secretary ? "书记" : "支委");
			pending_add(&p, "党员", ref, "", note);
		}
	snprintf(value, sizeof value, _("committee pairs %zu/%zu, members %zu/%zu"), pairs - missing_pairs, pairs,
		 t.nmembers - missing_members, t.nmembers);
	bool ok = !missing_pairs && !missing_members;
	if (!ok && !y->half) {
		snprintf(text, sizeof text, _("谈心谈话 does not cover everyone: %zu pairs of committee members and %zu members missing"),
			 missing_pairs, missing_members);
		problem(y, text, "zhibu report talks");
	}
	pending_flush(y, sum_row(y, "谈心谈话覆盖", value, _("everyone"), mark(ok), &b), &p);
	talks_year_done(&t);
	return true;
}

static bool yb_hours(struct yb *y)
{
	struct hours_year h;
	if (!hours_year_totals(y->db, y->year, y->end, &h)) {
		hours_year_done(&h);
		return false;
	}
	struct pending p = { 0 };
	struct basis b = { 0 };
	char ref[32], note[256], value[64], req[64], text[HOURS_TEXT_SIZE], line[256];
	long reached = 0, counted = 0, apart = 0;
	for (size_t i = 0; i < h.nrows; i++) {
		const struct hours_row *r = &h.rows[i];
		if (r->apart) {
			apart++;
			continue;
		}
		counted++;
		snprintf(ref, sizeof ref, "党员#%lld", r->m.id);
		basis_add(&b, ref);
		if (r->total >= hours_required_minutes(&h, r))
			reached++;
		else {
			hours_format(r->total, h.set.minutes_per_hour, text);
			snprintf(note, sizeof note, "%s 学时 %s/%d", r->m.name, text, r->required);
			pending_add(&p, "党员", ref, "", note);
		}
	}
	snprintf(value, sizeof value, "%ld/%ld", reached, counted);
	snprintf(req, sizeof req, _("member %d, secretary and committee %d"), h.set.required_member,
		 h.set.required_committee);
	if (reached < counted && !y->half) {
		snprintf(line, sizeof line, _("%ld members short of their 学时 (zhibu report hours)"), counted - reached);
		problem(y, line, "学时");
	}
	int no = sum_row(y, "党员教育学时达标人数/应达标人数", value, req, mark(reached == counted), &b);
	if (apart) {
		snprintf(line, sizeof line, _("%ld members 流动, 失联 or 停止党籍 listed apart, not counted"), apart);
		pending_add(&p, "党员", "", "", line);
	}
	pending_flush(y, no, &p);
	hours_year_done(&h);
	return true;
}

/* ---- 党费 ---- */

struct remit_ctx {
	struct basis b;
	fen_t sum;
};

/* The remittances of the period (reversals negative) and their sum. */
static void remit_seen(void *ctx, const struct dues_remittance *r)
{
	struct remit_ctx *c = ctx;
	char ref[32];
	snprintf(ref, sizeof ref, "上缴#%lld", r->id);
	basis_add(&c->b, ref);
	c->sum += r->amount;
}

static bool yb_dues(struct yb *y)
{
	struct dues_query q = { 0 };
	q.first = month_index(y->year, y->from.m);
	q.months = y->to.m - y->from.m + 1;
	q.as_of = y->end;
	q.by_id = true;
	q.limit = -1;
	struct dues_iter *it = dues_iter_new(y->db, &q);
	if (!it)
		return false;
	struct dues_row *row = malloc(sizeof *row);
	if (!row)
		abort();
	struct basis owed_b = { 0 }, arrears_b = { 0 }, unfixed_b = { 0 };
	struct pending arrears_p = { 0 }, unfixed_p = { 0 };
	fen_t owed = 0, paid = 0, collected = 0;
	while (dues_iter_next(it, row)) {
		char ref[32];
		snprintf(ref, sizeof ref, "党员#%lld", row->member_id);
		if (row->owed > 0)
			basis_add(&owed_b, ref);
		owed += row->owed;
		paid += row->paid;
		collected += row->paid < row->owed ? row->paid : row->owed;
		if (!row->fixed && row->months > 0) {
			basis_add(&unfixed_b, ref);
			pending_add(&unfixed_p, "党费", ref, "", row->name);
		}
		/* As the arrears list: members with a month before the as-of month
		 * not paid in full, with the months and amount it shows. */
		int months = row->standing.arrears_months;
		fen_t short_by = row->standing.arrears_amount;
		if (row->standing.arrears_since < 0 || row->standing.arrears_since >= month_index(y->end.y, y->end.m))
			months = 0;
		if (months > 0) {
			char amount[MONEY_SIZE], text[256], note[160];
			money_format(short_by, amount);
			basis_add(&arrears_b, ref);
			snprintf(text, sizeof text, _("member %s owes dues for %d months (%s yuan)"), row->name,
				 months, amount);
			problem(y, text, ref);
			snprintf(note, sizeof note, "%s 欠交%d个月 %s元", row->name, months, amount);
			pending_add(&arrears_p, "党费", ref, "", note);
		}
	}
	bool failed = dues_iter_failed(it);
	dues_iter_free(it);
	free(row);
	struct remit_ctx remit = { 0 };
	if (failed || !dues_remittance_each(y->db, y->from_iso, y->end_iso, remit_seen, &remit)) {
		free(arrears_p.rows);
		free(unfixed_p.rows);
		return false;
	}
	char a[MONEY_SIZE], b[MONEY_SIZE], value[96], rate[16], req[64];
	money_format(owed, a);
	money_format(paid, b);
	snprintf(value, sizeof value, _("owed %s, paid %s"), a, b);
	int permille = dues_rate_permille(collected, owed);
	if (permille >= 0)
		snprintf(rate, sizeof rate, "%d.%d%%", permille / 10, permille % 10);
	else
		snprintf(rate, sizeof rate, "—");
	snprintf(req, sizeof req, _("collection rate %s"), rate);
	sum_row(y, "党费应交/实交（元）", value, req, mark(permille < 0 || permille >= 1000), &owed_b);
	money_format(remit.sum, a);
	sum_row(y, "党费上缴（元）", a, "", "", &remit.b);
	snprintf(value, sizeof value, "%lld", arrears_b.n);
	pending_flush(y, sum_row(y, "期末欠交党费人数", value, "0", mark(!arrears_b.n), &arrears_b), &arrears_p);
	snprintf(value, sizeof value, "%lld", unfixed_b.n);
	pending_flush(y, sum_row(y, "数据完整性：未核定党费的党员", value, _("not scored"), "", &unfixed_b),
		      &unfixed_p);
	return true;
}

/* ---- 整改 ---- */

struct rectify_ctx {
	struct yb *y;
	struct rectify_counts n;
	struct basis b, overdue_b, repeat_b;
	struct pending p;
};

static void rectify_seen(void *ctx, const struct rectify_item *it)
{
	struct rectify_ctx *c = ctx;
	struct yb *y = c->y;
	char ref[32], note[700], head[120];
	snprintf(ref, sizeof ref, "整改#%lld", it->id);
	text_fit(head, sizeof head, it->problem, 40);
	/* Closed or voided before the period: not this period's work. */
	if ((!strcmp(it->status, "已销号") && strcmp(it->closed_on, y->from_iso) < 0)
	    || (!strcmp(it->status, "作废") && strcmp(it->feedback_on, y->from_iso) < 0))
		return;
	const char *status = rectify_status_on(it->status, it->closed_on, y->end);
	rectify_count(&c->n, it, y->end);
	if (!strcmp(status, "作废")) {
		snprintf(note, sizeof note, "%s（不计：已作废，%s）", head, it->void_reason);
		pending_add(&c->p, "整改", ref, it->feedback_on, note);
		return;
	}
	basis_add(&c->b, ref);
	snprintf(note, sizeof note, "%s %s%s", head, status, it->repeated ? "（重复问题）" : "");
	pending_add(&c->p, "整改", ref, it->feedback_on, note);
	if (rectify_item_overdue(status, it->deadline, it->long_term, y->end)) {
		char text[320];
		basis_add(&c->overdue_b, ref);
		snprintf(text, sizeof text, _("%s %s: not closed by its deadline %s"), ref, head, it->deadline);
		problem(y, text, ref);
	}
	if (it->repeated) {
		char text[320];
		basis_add(&c->repeat_b, ref);
		snprintf(text, sizeof text, _("%s %s: the same problem as in an earlier year (重复问题)"), ref, head);
		problem(y, text, ref);
	}
}

static bool yb_rectify(struct yb *y)
{
	struct rectify_ctx c = { .y = y };
	if (!rectify_items_each(y->db, 0, y->end_iso, rectify_seen, &c))
		return false;
	char value[64], rate[16];
	rectify_completion(c.n.closed, c.n.all, c.n.voided, rate, sizeof rate);
	snprintf(value, sizeof value, _("%lld closed of %lld"), c.n.closed, c.n.all - c.n.voided);
	char req[96];
	snprintf(req, sizeof req, _("completion %s; %lld kept up for good (长期坚持)"), rate, c.n.long_term);
	pending_flush(y, sum_row(y, "整改问题已销号/问题数", value, req, "", &c.b), &c.p);
	snprintf(value, sizeof value, "%lld", c.n.overdue);
	sum_row(y, "整改超期未销号", value, "0", mark(!c.n.overdue), &c.overdue_b);
	snprintf(value, sizeof value, "%lld", c.n.repeated);
	sum_row(y, "重复问题", value, "0", mark(!c.n.repeated), &c.repeat_b);
	return true;
}

/* ---- 民主测评 ---- */

static bool yb_review(struct yb *y)
{
	struct review r;
	int found = review_of_year(y->db, y->year, &r);
	if (found < 0)
		return false;
	struct basis b = { 0 };
	char ref[32], value[64], req[64];
	if (found && strcmp(r.held_on, y->end_iso) > 0)
		found = 0;
	if (!found) {
		sum_row(y, "支委班子民主测评总平均分", _("not held"), "≥80", "", &b);
		if (!y->half && date_cmp(y->end, y->to) >= 0) {
			char text[160];
			snprintf(text, sizeof text, _("no review of the committee by the members (民主测评) in %d"), y->year);
			problem(y, text, "测评");
		}
		return true;
	}
	struct review_result res;
	if (!review_compute(y->db, &r, &res))
		return false;
	snprintf(ref, sizeof ref, "测评#%lld", r.id);
	basis_add(&b, ref);
	char avg[16], rate[16];
	review_format100(res.overall100, avg, sizeof avg);
	stats_share(r.returned, r.expected, rate, sizeof rate);
	snprintf(req, sizeof req, "≥%d", r.threshold);
	int no = sum_row(y, "支委班子民主测评总平均分", res.valid ? avg : "—", req, res.valid ? mark(!res.below) : "", &b);
	snprintf(value, sizeof value, _("%s (%d of %d)"), rate, r.returned, r.expected);
	sum_row(y, "民主测评参评率", value, "", "", &b);
	char note[160];
	snprintf(note, sizeof note, _("valid %lld, invalid %lld"), res.valid, res.invalid);
	detail_row(y, no, "测评", ref, r.held_on, note);
	if (res.below) {
		char text[200];
		snprintf(text, sizeof text, _("the members' review of the committee averaged %s, below %d (按规定由上级党委谈话)"),
			 avg, r.threshold);
		problem(y, text, ref);
	}
	return true;
}

/* ---- 计划 ---- */

struct plan_ctx {
	struct yb *y;
	struct basis b, done_b;
	struct pending p;
	long long total, done;
	bool failed;
};

static void plan_seen(void *ctx, const struct plan_item *it)
{
	struct plan_ctx *c = ctx;
	struct plan_progress pr;
	char ref[32], note[700], head[120];
	if (c->failed || !plan_item_progress(c->y->db, it, c->y->end, &pr)) {
		c->failed = true;
		return;
	}
	snprintf(ref, sizeof ref, "计划#%lld", it->id);
	text_fit(head, sizeof head, it->task, 40);
	if (!strcmp(pr.status, "取消")) {
		snprintf(note, sizeof note, "%s（不计：已作废，%s）", head, it->void_reason);
		pending_add(&c->p, "计划", ref, it->due, note);
		return;
	}
	c->total++;
	basis_add(&c->b, ref);
	if (!strcmp(pr.status, "已完成")) {
		c->done++;
		basis_add(&c->done_b, ref);
	}
	snprintf(note, sizeof note, "%s %s%s", head, pr.status, pr.overdue ? "（超期）" : "");
	pending_add(&c->p, "计划", ref, it->due, note);
	if (pr.overdue) {
		char text[320];
		snprintf(text, sizeof text, _("%s %s: not done by %s"), ref, head, it->due);
		problem(c->y, text, ref);
	}
}

static bool yb_plan(struct yb *y)
{
	struct plan pl;
	int found = plan_get(y->db, y->year, &pl);
	struct plan_ctx c = { .y = y };
	if (found < 0 || !plan_items_each(y->db, y->year, plan_seen, &c) || c.failed)
		return false;
	char value[64], req[64], adopt_by[16];
	snprintf(value, sizeof value, _("%lld done of %lld"), c.done, c.total);
	pending_flush(y, sum_row(y, "年度计划任务完成数/总数", value, "", "", &c.b), &c.p);
	settings_get(y->db, "plan.adopt_by", adopt_by, sizeof adopt_by, "01-31");
	struct date due = plan_adopt_due(y->year, adopt_by), on;
	bool adopted = date_parse_iso(pl.adopted_on, &on) && date_cmp(on, y->end) <= 0;
	char due_iso[DATE_ISO_SIZE];
	date_format(due, due_iso);
	snprintf(req, sizeof req, _("by %s"), due_iso);
	struct basis b = { 0 };
	if (adopted && pl.meeting_id) {
		char ref[32];
		snprintf(ref, sizeof ref, "会议#%lld", pl.meeting_id);
		basis_add(&b, ref);
	}
	sum_row(y, "年度党建工作计划通过", adopted ? pl.adopted_on : _("not adopted"), req,
		mark(adopted && date_cmp(on, due) <= 0), &b);
	if (!adopted && date_cmp(due, y->end) < 0) {
		char text[160];
		snprintf(text, sizeof text, _("the %d party-building work plan was not adopted"), y->year);
		problem(y, text, "计划");
	}
	return true;
}

/* ---- the indicators, in order ---- */

typedef bool indicator_fn(struct yb *y);
static indicator_fn *const indicators[] = {
	yb_members,
	yb_applied,
	yb_activists,
	yb_prospects,
	yb_admission_votes,
	yb_joined,
	yb_full_votes,
	yb_made_full,
	yb_transfers,
	yb_away,
	yb_term,
	yb_meetings,
	yb_evaluations,
	yb_talks,
	yb_hours,
	yb_dues,
	yb_disclosures,
	yb_feedback,
	yb_rectify,
	yb_review,
	yb_plan,
};

static void add_columns(struct sheet *s, const char *const *cols, int n)
{
	for (int i = 0; i < n; i++)
		sheet_add_column(s, cols[i], i == 0 ? CELL_NUMBER : CELL_TEXT);
}

struct sheet *yearbook_sheets(struct db *db, int year, int half, struct date as_of)
{
	struct yb y = { .db = db, .year = year, .half = half };
	y.from = (struct date){ year, half == 2 ? 7 : 1, 1 };
	y.to = half == 1 ? (struct date){ year, 6, 30 } : (struct date){ year, 12, 31 };
	y.end = date_cmp(as_of, y.to) < 0 ? as_of : y.to;
	date_format(y.from, y.from_iso);
	date_format(y.to, y.to_iso);
	date_format(y.end, y.end_iso);
	char period[32], subtitle[512], title[160];
	if (half)
		snprintf(period, sizeof period, "%dH%d", year, half);
	else
		snprintf(period, sizeof period, "%d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	snprintf(title, sizeof title, _("The %s in numbers (述职数据表)"), period);
	y.sum = sheet_new(title, subtitle, "汇总");
	static const char *const sum_cols[] = { "序号", "项目", "本期数据", "要求/计划", "完成情况", "依据" };
	add_columns(y.sum, sum_cols, 6);
	y.detail = sheet_new(_("Records behind each number (明细)"), subtitle, "明细");
	static const char *const detail_cols[] = { "项目序号", "记录类型", "编号", "日期", "说明" };
	add_columns(y.detail, detail_cols, 5);
	y.problems = sheet_new(_("Shortfalls (问题清单)"), subtitle, "问题清单");
	static const char *const problem_cols[] = { "序号", "问题", "依据" };
	add_columns(y.problems, problem_cols, 3);
	sheet_append(y.sum, y.detail);
	sheet_append(y.sum, y.problems);

	uint64_t fp;
	if (!home_fingerprint(db, &fp)) {
		sheet_free(y.sum);
		return NULL;
	}
	for (size_t i = 0; i < sizeof indicators / sizeof indicators[0]; i++)
		if (!indicators[i](&y)) {
			sheet_free(y.sum);
			return NULL;
		}
	if (!y.problems->nrows)
		sheet_add_footer(y.problems, _("No shortfalls."));
	char made[DATE_ISO_SIZE], hex[17], line[256];
	date_format(date_today(), made);
	snprintf(hex, sizeof hex, "%016" PRIx64, fp);
	snprintf(line, sizeof line, _("Data as of %s; made on %s; data fingerprint %s"), y.end_iso, made, hex);
	for (struct sheet *s = y.sum; s; s = s->next)
		sheet_add_footer(s, line);
	return y.sum;
}

const struct sheet *yearbook_problems(const struct sheet *s)
{
	return s && s->next ? s->next->next : NULL;
}
