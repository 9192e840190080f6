#include "report/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/text.h"
#include "db/candidate.h"
#include "db/db.h"
#include "db/member.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"

/* ---- the pipeline report ---- */

struct sheet *pipeline_sheet(struct db *db, struct date as_of)
{
	struct candidate_card *cards;
	size_t n;
	if (!candidate_board(db, as_of, PIPELINE_SOON_DAYS, false, &cards, &n))
		return NULL;
	char iso[DATE_ISO_SIZE], subtitle[256];
	date_format(as_of, iso);
	report_subtitle(db, iso, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Development of new members"), subtitle, _("Pipeline"));
	static const char *const headers[] = { "姓名", "阶段", "下一步", "最早日期", "截止日期", "状态" };
	for (size_t c = 0; c < sizeof headers / sizeof headers[0]; c++)
		sheet_add_column(s, headers[c], CELL_TEXT);
	int per_stage[PS_BOARD_COUNT] = { 0 }, overdue = 0, soon = 0;
	for (size_t i = 0; i < n; i++) {
		const struct candidate_card *k = &cards[i];
		sheet_add_row(s, ROW_PLAIN);
		sheet_set(s, 0, k->name);
		sheet_set(s, 1, pipeline_stage_name(k->stage));
		sheet_set(s, 2, k->next.label);
		sheet_set(s, 3, k->next.earliest);
		sheet_set(s, 4, k->next.deadline);
		sheet_set(s, 5, pipeline_state_name(k->state));
		per_stage[k->stage]++;
		overdue += k->state == PST_OVERDUE;
		soon += k->state == PST_SOON;
	}
	char counts[256] = "", line[384];
	for (int st = 0; st < PS_BOARD_COUNT; st++) {
		size_t len = strlen(counts);
		snprintf(counts + len, sizeof counts - len, "%s%s %d", st ? "，" : "",
			 pipeline_stage_name((enum pipeline_stage)st), per_stage[st]);
	}
	snprintf(line, sizeof line, _("In the pipeline: %s.  Overdue: %d, due within %d days: %d."),
		 counts, overdue, PIPELINE_SOON_DAYS, soon);
	sheet_add_footer(s, line);
	free(cards);
	return s;
}

/* ---- check ---- */

struct todo_ctx {
	struct todo_list *l;
	struct pipeline_settings set;
};

static bool add_todos(void *ctx, const struct candidate *c)
{
	struct todo_ctx *t = ctx;
	struct pipeline_item items[PIPELINE_MAX_ITEMS];
	int n = pipeline_items(&c->d, &t->set, t->l->as_of, t->l->within_days, items, PIPELINE_MAX_ITEMS);
	enum pipeline_stage stage = pipeline_stage_of(&c->d);
	for (int i = 0; i < n; i++) {
		struct date due;
		char what[256], link[64];
		if (!date_parse_iso(items[i].deadline, &due))
			continue;
		snprintf(what, sizeof what, "%s：%s", c->person.name, items[i].label);
		snprintf(link, sizeof link, "candidate:%lld", c->id);
		todo_add(t->l, "发展", pipeline_stage_name(stage), what, due, link);
	}
	return true;
}

bool pipeline_todo(struct db *db, struct todo_list *l)
{
	struct todo_ctx t = { l, { 0 } };
	struct workdays cal;
	bool ok = candidate_settings_load(db, &t.set, &cal) && candidate_each(db, add_todos, &t);
	workdays_done(&cal);
	return ok;
}

/* ---- registers ---- */

/* The columns that every register starts with. */
static const char *const person_headers[] = {
	"序号", "姓名", "性别", "民族", "出生日期", "学历", "工作单位及职务", "公民身份号码",
};
#define PERSON_COLS (int)(sizeof person_headers / sizeof person_headers[0])

static void set_person(struct sheet *s, const struct member *p, bool full_id)
{
	char masked[IDNUM_SIZE];
	sheet_setf(s, 0, "%zu", s->nrows);
	sheet_set(s, 1, p->name);
	sheet_set(s, 2, p->sex);
	sheet_set(s, 3, p->ethnicity);
	sheet_set(s, 4, p->birth_date);
	sheet_set(s, 5, p->education);
	sheet_set(s, 6, p->work_unit);
	if (!full_id)
		idnum_mask(p->id_number, masked);
	sheet_set(s, 7, full_id ? p->id_number : masked);
}

static bool in_year(const char *iso, int year)
{
	struct date d;
	return date_parse_iso(iso, &d) && d.y == year;
}

struct register_ctx {
	struct sheet *s;
	enum pipeline_register kind;
	int year;
	bool full_id;
	/* new members: what the pipeline knows of each admitted member */
	struct admitted {
		long long member_id;
		char applied[DATE_ISO_SIZE], approved[DATE_ISO_SIZE];
		char introducers[192];
	} *admitted;
	size_t nadmitted, cap;
};

static bool add_register_row(void *ctx, const struct candidate *c)
{
	struct register_ctx *r = ctx;
	const struct pipeline_dossier *d = &c->d;
	char people[256];
	if (r->kind == REG_NEW_MEMBERS) {
		if (!c->member_id)
			return true;
		r->admitted = grow_array(r->admitted, r->nadmitted, &r->cap, 64, sizeof *r->admitted);
		struct admitted *a = &r->admitted[r->nadmitted++];
		a->member_id = c->member_id;
		snprintf(a->applied, sizeof a->applied, "%s", d->steps[1].date);
		snprintf(a->approved, sizeof a->approved, "%s", d->steps[17].date);
		pipeline_people_text(d->introducers, d->nintroducers, a->introducers, sizeof a->introducers);
		return true;
	}
	bool activist = r->kind == REG_ACTIVISTS;
	if (!in_year(d->steps[activist ? 3 : 7].date, r->year))
		return true;
	sheet_add_row(r->s, ROW_PLAIN);
	set_person(r->s, &c->person, r->full_id);
	int col = PERSON_COLS;
	sheet_set(r->s, col++, d->steps[1].date);
	sheet_set(r->s, col++, d->steps[3].date);
	if (activist) {
		pipeline_people_text(d->contacts, d->ncontacts, people, sizeof people);
	} else {
		sheet_set(r->s, col++, d->steps[7].date);
		pipeline_people_text(d->introducers, d->nintroducers, people, sizeof people);
	}
	sheet_set(r->s, col++, people);
	enum pipeline_stage stage = pipeline_stage_of(d);
	if (stage != (activist ? PS_ACTIVIST : PS_TARGET))
		sheet_set(r->s, col, pipeline_stage_name(stage));
	return true;
}

static int by_member(const void *x, const void *y)
{
	const struct admitted *a = x, *b = y;
	return (a->member_id > b->member_id) - (a->member_id < b->member_id);
}

/* 新党员名册: the roster's members who joined that year, with what the
 * pipeline recorded of them. */
static bool add_new_members(struct db *db, struct register_ctx *r)
{
	if (r->nadmitted)
		qsort(r->admitted, r->nadmitted, sizeof *r->admitted, by_member);
	struct member_filter f = { .include_left = true };
	struct member_iter *it = member_iter_new(db, &f, MSORT_JOIN_DATE, false, 0, -1);
	if (!it)
		return false;
	struct member m;
	while (member_iter_next(it, &m)) {
		if (!in_year(m.join_date, r->year))
			continue;
		struct admitted key = { .member_id = m.id };
		const struct admitted *a = r->nadmitted ? bsearch(&key, r->admitted, r->nadmitted,
								  sizeof *r->admitted, by_member) : NULL;
		sheet_add_row(r->s, ROW_PLAIN);
		set_person(r->s, &m, r->full_id);
		int col = PERSON_COLS;
		sheet_set(r->s, col++, a ? a->applied : "");
		sheet_set(r->s, col++, m.join_date);
		sheet_set(r->s, col++, a ? a->approved : "");
		sheet_set(r->s, col++, a ? a->introducers : "");
		sheet_set(r->s, col++, m.kind);
		sheet_set(r->s, col++, m.full_date);
		sheet_set(r->s, col, roster_status_left(m.status) ? m.status : "");
	}
	member_iter_free(it);
	return true;
}

struct sheet *pipeline_register_sheet(struct db *db, enum pipeline_register kind, int year, bool full_id)
{
	static const char *const activist_cols[] = { "申请入党日期", "确定积极分子日期", "培养联系人", "备注" };
	static const char *const target_cols[] = {
		"申请入党日期", "确定积极分子日期", "确定发展对象日期", "入党介绍人", "备注",
	};
	static const char *const member_cols[] = {
		"申请入党日期", "入党日期", "审批日期", "入党介绍人", "党员类别", "转正日期", "备注",
	};
	const char *title = kind == REG_ACTIVISTS ? _("Register of activists")
			  : kind == REG_TARGETS ? _("Register of development targets") : _("Register of new members");
	const char *const *cols = kind == REG_ACTIVISTS ? activist_cols : kind == REG_TARGETS ? target_cols : member_cols;
	int ncols = kind == REG_ACTIVISTS ? 4 : kind == REG_TARGETS ? 5 : 7;
	char period[8], subtitle[256];
	snprintf(period, sizeof period, "%d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct register_ctx r = { sheet_new(title, subtitle, NULL), kind, year, full_id, NULL, 0, 0 };
	for (int c = 0; c < PERSON_COLS; c++)
		sheet_add_column(r.s, person_headers[c], c == 0 ? CELL_NUMBER : CELL_TEXT);
	for (int c = 0; c < ncols; c++)
		sheet_add_column(r.s, cols[c], sheet_date_or(cols[c], CELL_TEXT));
	r.s->count_unit = "人";
	bool ok = candidate_each(db, add_register_row, &r);
	if (ok && kind == REG_NEW_MEMBERS)
		ok = add_new_members(db, &r);
	free(r.admitted);
	if (!ok) {
		sheet_free(r.s);
		return NULL;
	}
	return r.s;
}

/* ---- a person's checklist ---- */

static const char *check_state_label(enum pipeline_check_state s)
{
	switch (s) {
	case PC_DONE: return _("done");
	case PC_OPEN: return _("to do");
	case PC_MISSING: return _("missing");
	case PC_LATER: return _("later");
	case PC_CLOSED: return _("closed");
	}
	return "";
}

static void add_footer_items(struct sheet *s, const struct candidate *c)
{
	const struct pipeline_dossier *d = &c->d;
	char line[512];
	if (d->reports_total) {
		snprintf(line, sizeof line, _("思想汇报 received: %d, the last on %s."), d->reports_total,
			 d->reports[d->nreports - 1]);
		sheet_add_footer(s, line);
	}
	for (int k = 0; k < PN_COUNT; k++) {
		if (!d->notices[k].from[0])
			continue;
		snprintf(line, sizeof line, _("公示 (%s): %s to %s."), pipeline_notice_kinds[k], d->notices[k].from,
			 d->notices[k].to);
		sheet_add_footer(s, line);
	}
	for (int k = 0; k < PD_COUNT; k++) {
		if (!d->decisions[k].date[0])
			continue;
		if (k == PD_EXTEND)
			snprintf(line, sizeof line, _("%s on %s by %d months: %s"), pipeline_decision_kinds[k],
				 d->decisions[k].date, d->decisions[k].months, d->decisions[k].reason);
		else
			snprintf(line, sizeof line, _("%s on %s: %s"), pipeline_decision_kinds[k], d->decisions[k].date,
				 d->decisions[k].reason);
		sheet_add_footer(s, line);
	}
	for (int i = 0; i < d->noverrides; i++) {
		snprintf(line, sizeof line, _("Rule set aside with a recorded reason: step %d, %s."), d->overrides[i].step,
			 d->overrides[i].rule);
		sheet_add_footer(s, line);
	}
}

struct sheet *pipeline_checklist_sheet(struct db *db, const struct candidate *c, struct date as_of)
{
	struct pipeline_settings set;
	struct workdays cal;
	if (!candidate_settings_load(db, &set, &cal)) {
		workdays_done(&cal);
		return NULL;
	}
	struct pipeline_checkline lines[PIPELINE_STEPS + 1];
	pipeline_checklist(&c->d, &set, as_of, PIPELINE_SOON_DAYS, lines);
	struct pipeline_item items[PIPELINE_MAX_ITEMS];
	int nitems = pipeline_items(&c->d, &set, as_of, PIPELINE_SOON_DAYS, items, PIPELINE_MAX_ITEMS);
	workdays_done(&cal);

	char title[256], subtitle[512], masked[IDNUM_SIZE];
	const struct member *p = &c->person;
	idnum_mask(p->id_number, masked);
	snprintf(title, sizeof title, "%s  %s", p->name, pipeline_stage_name(pipeline_stage_of(&c->d)));
	snprintf(subtitle, sizeof subtitle, "%s  %s  %s  %s", p->sex, p->birth_date, masked, p->work_unit);
	struct sheet *s = sheet_new(title, subtitle, p->name);
	sheet_add_column(s, _("Step"), CELL_NUMBER);
	sheet_add_column(s, _("Item"), CELL_TEXT);
	sheet_add_column(s, _("State"), CELL_TEXT);
	sheet_add_column(s, _("Date"), CELL_TEXT);
	sheet_add_column(s, _("Recorded"), CELL_TEXT);
	sheet_add_column(s, _("Missing"), CELL_TEXT);
	sheet_add_column(s, _("Earliest"), CELL_TEXT);
	sheet_add_column(s, _("Deadline"), CELL_TEXT);
	for (int n = 1; n <= PIPELINE_STEPS; n++) {
		const struct pipeline_checkline *l = &lines[n];
		sheet_add_row(s, ROW_PLAIN);
		sheet_setf(s, 0, "%d", n);
		sheet_set(s, 1, pipeline_steps[n].name);
		sheet_set(s, 2, check_state_label(l->state));
		sheet_set(s, 3, l->date);
		sheet_set(s, 4, l->detail);
		sheet_set(s, 5, l->missing);
		sheet_set(s, 6, l->earliest);
		if (*l->deadline)
			sheet_setf(s, 7, "%s %s", l->deadline, pipeline_state_name(l->due));
	}
	add_footer_items(s, c);
	for (int i = 0; i < nitems; i++) {
		char line[256];
		if (items[i].kind != PI_REPORT)
			continue;
		snprintf(line, sizeof line, _("Next: %s by %s (%s)."), items[i].label, items[i].deadline,
			 pipeline_state_name(items[i].state));
		sheet_add_footer(s, line);
	}
	return s;
}
