/* One person in 发展: the 25 steps with their dates, what was recorded,
 * what is missing and the deadlines, then the 公示, the 思想汇报 and the
 * decisions (延长预备期, 取消预备党员资格, 终止培养).  Enter records, or
 * corrects, the line under the cursor through a form that asks only what
 * that line needs (pipeline_steps[n].needs).  A write the rules refuse
 * shows the reasons; when each of them may be set aside, it asks for the
 * reason of the exception and records it with the write.
 *
 * Also the form that adds a candidate (申请人) or corrects the personal
 * record, checked as the roster checks a member. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/text.h"
#include "db/candidate.h"
#include "db/db.h"
#include "db/meeting.h"
#include "db/member.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/table.h"
#include "ui/views.h"

/* ---- writes the rules may refuse ---- */

/* One write of candidate.h: override is NULL, or the reason to set aside
 * the rules that allow it. */
typedef bool checked_write_fn(void *ctx, struct db *db, const char *override, struct pipeline_problems *pp);

static void problems_text(const struct pipeline_problems *pp, char *out, size_t size)
{
	out[0] = '\0';
	for (int i = 0; i < pp->count; i++) {
		const struct pipeline_problem *p = &pp->p[i];
		char line[600];
		size_t len = strlen(out);
		if (p->step > 0)
			snprintf(line, sizeof line, _("step %d (%s): %s"), p->step, pipeline_steps[p->step].name, p->why);
		else
			snprintf(line, sizeof line, "%s", p->why);
		snprintf(out + len, size - len, "%s· %s", len ? "\n" : "", line);
	}
}

struct reason {
	char text[256];
};

static bool reason_save(void *ctx, struct form *form)
{
	struct reason *r = ctx;
	char buf[LINEEDIT_SIZE];
	text_copy(buf, sizeof buf, form_get(form, 0));
	text_trim(buf);
	if (!*buf)
		form_error(form, 0, "%s", _("required"));
	else if (!text_copy(r->text, sizeof r->text, buf))
		form_error(form, 0, "%s", _("too long"));
	return form_error_count(form) == 0;
}

/* A write was refused for the reasons in pp: show them.  When each of them
 * may be set aside (and overridable), ask whether to record it anyway and
 * why.  True with the reason in out when one was given. */
static bool ask_override(struct app *app, const struct pipeline_problems *pp, bool overridable,
			 char *out, size_t size)
{
	char reasons[4096], text[4800];
	problems_text(pp, reasons, sizeof reasons);
	if (!overridable || pipeline_problems_hard(pp)) {
		snprintf(text, sizeof text, "%s%s%s", reasons,
			 overridable && pipeline_problems_hard(pp) < pp->count ? "\n" : "",
			 overridable && pipeline_problems_hard(pp) < pp->count
				 ? _("Some of these rules cannot be set aside.") : "");
		ui_message(app->ui, _("Not recorded"), text);
		return false;
	}
	snprintf(text, sizeof text, "%s\n%s\n%s", _("Not recorded:"), reasons,
		 _("Record it anyway, as an exception with its reason?"));
	if (!ui_confirm(app->ui, text, false))
		return false;
	struct reason r = { "" };
	struct form_field field = { .label = _("Reason"), .type = FORM_TEXT, .required = true };
	struct form form = { .title = _("Why the rules are set aside (recorded with it)"), .fields = &field,
			     .count = 1, .save = reason_save, .ctx = &r };
	form_set(&form, 0, "");
	if (!form_run(app->ui, &form))
		return false;
	text_copy(out, size, r.text);
	return true;
}

/* Write; when refused, show why and, where the rules allow it, write
 * again with the reason for the exception.  True when written, with the
 * number of rules set aside in *set_aside. */
static bool write_checked(struct app *app, checked_write_fn *write, void *ctx, bool overridable, int *set_aside)
{
	struct pipeline_problems pp;
	char reason[256];
	*set_aside = 0;
	if (write(ctx, app->db, NULL, &pp))
		return true;
	for (;;) {
		if (pp.count == 0) {
			ui_message(app->ui, _("Not saved"), db_error(app->db));
			return false;
		}
		if (!ask_override(app, &pp, overridable, reason, sizeof reason))
			return false;
		if (write(ctx, app->db, reason, &pp)) {
			*set_aside = pp.count;
			return true;
		}
	}
}

/* A date field: normalised to ISO in place; false (with the message) when
 * it is not a date, or blank and required. */
static bool form_date(struct form *form, int i, bool required, char out[DATE_ISO_SIZE])
{
	struct date d;
	const char *why;
	out[0] = '\0';
	if (i < 0)
		return true;
	if (text_blank(form_get(form, i))) {
		if (required)
			form_error(form, i, "%s", _("required"));
		return !required;
	}
	if (!date_parse(form_get(form, i), &d, &why)) {
		form_error(form, i, "%s", why);
		return false;
	}
	date_format(d, out);
	if (strcmp(out, form_get(form, i)) != 0)
		form_set(form, i, out);
	return true;
}

/* A whole number lo..hi in field i (-1: not asked); blank gives 0 when
 * not required. */
static bool form_number(struct form *form, int i, int lo, int hi, bool required, int *out)
{
	char buf[64], *end;
	*out = 0;
	if (i < 0)
		return true;
	text_copy(buf, sizeof buf, form_get(form, i));
	text_trim(buf);
	if (!*buf) {
		if (required)
			form_error(form, i, "%s", _("required"));
		return !required;
	}
	long v = strtol(buf, &end, 10);
	if (*end || v < lo || v > hi) {
		form_error(form, i, _("a whole number from %d to %d"), lo, hi);
		return false;
	}
	*out = (int)v;
	return true;
}

static void form_text(const struct form *form, int i, char *out, size_t size)
{
	char buf[LINEEDIT_SIZE];
	out[0] = '\0';
	if (i < 0)
		return;
	text_copy(buf, sizeof buf, form_get(form, i));
	text_trim(buf);
	text_copy(out, size, buf);
}

/* ---- the page ---- */

/* Rows: the 25 steps, then the 公示 of each kind, the 思想汇报 and the
 * decisions; numbered from 1 (the table's row id). */
#define ROW_NOTICE (PIPELINE_STEPS + 1)
#define ROW_REPORT (ROW_NOTICE + PN_COUNT)
#define ROW_DECISION (ROW_REPORT + 1)
#define ROW_LAST (ROW_DECISION + PD_COUNT - 1)

enum { COL_STEP, COL_STATE, COL_DATE, COL_DUE, COL_RECORD, COL_COUNT };

struct page {
	struct app *app;
	long long id;
	struct candidate *c;
	struct pipeline_settings set;
	struct workdays cal;
	struct date today;
	struct pipeline_checkline lines[PIPELINE_STEPS + 1];
	struct pipeline_item items[PIPELINE_MAX_ITEMS];
	int nitems, next;
	struct table_list *source;
	struct table *table;
	struct table_column cols[COL_COUNT];
};

/* What a row shows. */
struct row {
	char label[128];           /* in the table */
	char title[160];           /* above the details */
	char state[32], date[DATE_ISO_SIZE], due[DATE_ISO_SIZE];
	char record[600];          /* the table's column: what is missing, what was recorded */
	char detail[300], missing[300], earliest[DATE_ISO_SIZE];
	bool has_due;
	enum pipeline_state due_state;
	enum ui_style style;
};

static const char *check_state_name(enum pipeline_check_state s)
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

static const struct pipeline_item *item_of(const struct page *pg, enum pipeline_item_kind kind, int step)
{
	for (int i = 0; i < pg->nitems; i++)
		if (pg->items[i].kind == kind && (kind == PI_REPORT || pg->items[i].step == step))
			return &pg->items[i];
	return NULL;
}

static void set_due(struct row *r, const char *earliest, const char *deadline, enum pipeline_state st)
{
	text_copy(r->earliest, sizeof r->earliest, earliest);
	text_copy(r->due, sizeof r->due, deadline);
	r->has_due = *deadline != '\0';
	r->due_state = st;
	if (r->has_due && st == PST_OVERDUE) {
		text_copy(r->state, sizeof r->state, _("overdue"));
		r->style = UI_OVERDUE;
	} else if (r->has_due && st == PST_SOON) {
		text_copy(r->state, sizeof r->state, _("due soon"));
		r->style = UI_SOON;
	}
}

static void step_row(const struct page *pg, int n, struct row *r)
{
	const struct pipeline_checkline *l = &pg->lines[n];
	snprintf(r->label, sizeof r->label, "%2d %s", n, pipeline_steps[n].name);
	snprintf(r->title, sizeof r->title, _("Step %d: %s (%s)"), n, pipeline_steps[n].name,
		 pipeline_phase_names[pipeline_steps[n].phase]);
	text_copy(r->state, sizeof r->state, check_state_name(l->state));
	text_copy(r->date, sizeof r->date, l->date);
	text_copy(r->detail, sizeof r->detail, l->detail);
	text_copy(r->missing, sizeof r->missing, l->missing);
	r->style = l->state == PC_LATER || l->state == PC_CLOSED ? UI_DIM
		 : l->state == PC_MISSING ? UI_MESSAGE : UI_NORMAL;
	if (l->state != PC_LATER && l->state != PC_CLOSED)
		set_due(r, l->earliest, l->deadline, l->due);
	if (*l->missing)
		snprintf(r->record, sizeof r->record, _("lacks %s"), l->missing);
	if (*l->detail)
		snprintf(r->record + strlen(r->record), sizeof r->record - strlen(r->record), "%s%s",
			 *r->record ? "；" : "", l->detail);
	if (!*r->record && l->state == PC_OPEN && *l->earliest && !*l->deadline) {
		struct date e;
		if (date_parse_iso(l->earliest, &e) && date_cmp(e, pg->today) > 0)
			snprintf(r->record, sizeof r->record, _("from %s"), l->earliest);
	}
}

static int last_step(const struct pipeline_dossier *d)
{
	for (int n = PIPELINE_STEPS; n >= 1; n--)
		if (pipeline_step_done(d, n))
			return n;
	return 0;
}

/* A 公示 is to do once the step it needs is there, until the step it comes
 * before (or a later one) is recorded. */
static void notice_row(const struct page *pg, int k, struct row *r)
{
	const struct pipeline_dossier *d = &pg->c->d;
	enum pipeline_stage stage = pipeline_stage_of(d);
	int need = pipeline_notice_needs(k), before = pipeline_notice_step(k);
	snprintf(r->label, sizeof r->label, "   ");
	snprintf(r->label + 3, sizeof r->label - 3, _("公示 (%s)"), pipeline_notice_kinds[k]);
	snprintf(r->title, sizeof r->title, _("公示 (%s): before step %d (%s)"), pipeline_notice_kinds[k],
		 before, pipeline_steps[before].name);
	r->style = UI_NORMAL;
	if (*d->notices[k].from) {
		text_copy(r->state, sizeof r->state, _("done"));
		text_copy(r->date, sizeof r->date, d->notices[k].from);
		snprintf(r->detail, sizeof r->detail, _("%s to %s"), d->notices[k].from, d->notices[k].to);
	} else if (stage == PS_STOPPED || stage == PS_CANCELLED) {
		text_copy(r->state, sizeof r->state, _("closed"));
		r->style = UI_DIM;
	} else if (pipeline_step_done(d, need) && last_step(d) < before) {
		text_copy(r->state, sizeof r->state, _("to do"));
	} else if (!pipeline_step_done(d, need)) {
		text_copy(r->state, sizeof r->state, _("later"));
		r->style = UI_DIM;
	}
	text_copy(r->record, sizeof r->record, r->detail);
}

static void report_row(const struct page *pg, struct row *r)
{
	const struct pipeline_dossier *d = &pg->c->d;
	snprintf(r->label, sizeof r->label, "   %s", _("思想汇报"));
	snprintf(r->title, sizeof r->title, "%s", pg->set.thought_reports
		 ? _("思想汇报: one each quarter from the first full quarter as 积极分子")
		 : _("思想汇报 (not tracked: see zhibu candidate settings)"));
	r->style = UI_NORMAL;
	if (d->nreports) {
		text_copy(r->date, sizeof r->date, d->reports[d->nreports - 1]);
		snprintf(r->detail, sizeof r->detail, _("%d received, the last on %s"), d->reports_total,
			 d->reports[d->nreports - 1]);
	}
	const struct pipeline_item *it = item_of(pg, PI_REPORT, 0);
	if (it) {
		text_copy(r->state, sizeof r->state, _("to do"));
		snprintf(r->missing, sizeof r->missing, "%s", it->label);
		set_due(r, it->earliest, it->deadline, it->state);
	} else if (d->nreports) {
		text_copy(r->state, sizeof r->state, _("done"));
	}
	text_copy(r->record, sizeof r->record, r->detail);
}

static void decision_row(const struct page *pg, int k, struct row *r)
{
	const struct pipeline_dossier *d = &pg->c->d;
	snprintf(r->label, sizeof r->label, "   %s", pipeline_decision_kinds[k]);
	snprintf(r->title, sizeof r->title, "%s", k == PD_EXTEND
		 ? _("延长预备期: once, by 6 to 12 months")
		 : k == PD_CANCEL ? _("取消预备党员资格: the member leaves the roster (出党)")
				  : _("终止培养: development ends before admission"));
	r->style = UI_NORMAL;
	if (*d->decisions[k].date) {
		text_copy(r->state, sizeof r->state, _("recorded"));
		text_copy(r->date, sizeof r->date, d->decisions[k].date);
		if (k == PD_EXTEND)
			snprintf(r->detail, sizeof r->detail, _("%d months: %s"), d->decisions[k].months,
				 d->decisions[k].reason);
		else
			text_copy(r->detail, sizeof r->detail, d->decisions[k].reason);
	}
	text_copy(r->record, sizeof r->record, r->detail);
}

static void row_get(const struct page *pg, int id, struct row *r)
{
	memset(r, 0, sizeof *r);
	if (id >= 1 && id <= PIPELINE_STEPS)
		step_row(pg, id, r);
	else if (id >= ROW_NOTICE && id < ROW_REPORT)
		notice_row(pg, id - ROW_NOTICE, r);
	else if (id == ROW_REPORT)
		report_row(pg, r);
	else if (id >= ROW_DECISION && id <= ROW_LAST)
		decision_row(pg, id - ROW_DECISION, r);
}

/* The page's rows: the steps, the notices, the report, the decisions. */
static bool fill_rows(void *ctx, struct table_list *list)
{
	struct page *pg = ctx;
	for (int id = 1; id <= ROW_LAST; id++) {
		struct row r;
		row_get(pg, id, &r);
		const char *cells[COL_COUNT] = { r.label, r.state, r.date, r.due, r.record };
		table_list_add(list, id, r.style, cells);
	}
	return true;
}

/* Read the person again.  False when the person is not there any more. */
static bool page_load(struct page *pg)
{
	workdays_done(&pg->cal);
	if (!candidate_get(pg->app->db, pg->id, pg->c) || !candidate_settings_load(pg->app->db, &pg->set, &pg->cal))
		return false;
	pg->today = date_today();
	pipeline_checklist(&pg->c->d, &pg->set, pg->today, PIPELINE_SOON_DAYS, pg->lines);
	pg->nitems = pipeline_items(&pg->c->d, &pg->set, pg->today, PIPELINE_SOON_DAYS, pg->items, PIPELINE_MAX_ITEMS);
	pg->next = pipeline_next(pg->items, pg->nitems);
	if (pg->table)
		table_reload(pg->table, false);
	return true;
}

/* The row of the next thing to do. */
static int next_row(const struct page *pg)
{
	if (pg->next >= 0) {
		const struct pipeline_item *it = &pg->items[pg->next];
		if (it->kind == PI_REPORT)
			return ROW_REPORT;
		if (it->step >= 1)
			return it->step;
	}
	for (int n = 1; n <= PIPELINE_STEPS; n++)
		if (pg->lines[n].state == PC_OPEN)
			return n;
	return 1;
}

static void page_draw(void *ctx, struct ui *ui)
{
	struct page *pg = ctx;
	const struct member *p = &pg->c->person;
	int y, h, cols = ui_cols(ui);
	char line[1024], when[96];
	ui_area(ui, &y, &h);

	snprintf(line, sizeof line, " %s · %s", p->name, pipeline_stage_name(pipeline_stage_of(&pg->c->d)));
	const char *parts[] = { p->sex, p->birth_date, p->work_unit,
				pg->c->member_id ? _("in the roster") : "" };
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (*parts[i])
			snprintf(line + strlen(line), sizeof line - strlen(line), " · %s", parts[i]);
	ui_fill(y, 0, cols, UI_HEADER);
	ui_text(y, 0, cols, line, UI_HEADER);

	if (pg->next >= 0) {
		const struct pipeline_item *it = &pg->items[pg->next];
		enum ui_style st = pipeline_item_when(it, when, sizeof when);
		snprintf(line, sizeof line, _("Next: %s"), it->label);
		int x = 1 + ui_text_at(y + 1, 1, cols - 2, line, UI_EMPHASIS);
		if (*when)
			ui_text_at(y + 1, x + 2, cols - x - 3, when, st);
	} else {
		ui_text(y + 1, 1, cols - 2, _("Nothing is pending."), UI_DIM);
	}

	int pane = 4, th = h - 2 - pane;
	table_draw(pg->table, y + 2, 1, th, cols - 2);

	struct row r;
	row_get(pg, (int)table_cursor_id(pg->table), &r);
	int py = y + 2 + th;
	ui_text(py, 1, cols - 2, r.title, UI_EMPHASIS);
	snprintf(line, sizeof line, _("Recorded: %s"), *r.detail ? r.detail : _("(nothing)"));
	ui_text(py + 1, 1, cols - 2, line, UI_NORMAL);
	if (*r.missing) {
		snprintf(line, sizeof line, _("Lacking: %s"), r.missing);
		ui_text(py + 2, 1, cols - 2, line, UI_MESSAGE);
	}
	line[0] = '\0';
	if (*r.earliest)
		snprintf(line, sizeof line, _("Earliest: %s"), r.earliest);
	if (r.has_due) {
		size_t len = strlen(line);
		if (len)
			len += (size_t)snprintf(line + len, sizeof line - len, "    ");
		snprintf(line + len, sizeof line - len, _("Deadline: %s (%s)"), r.due, pipeline_state_name(r.due_state));
	}
	ui_text(py + 3, 1, cols - 2, line, r.has_due && r.due_state != PST_OK ? r.style : UI_NORMAL);
}

/* ---- recording: one form per kind of row, asking what it needs ---- */

enum role {
	F_DATE, F_TO, F_WHO, F_PERSON1, F_PERSON2, F_RESULT, F_HOURS, F_EXPECTED, F_PRESENT, F_YES,
	F_NO, F_ABSTAIN, F_NUMBER, F_GROUP, F_MEETING, F_MONTHS, F_REASON, F_NOTE, F_ROLES
};

enum record_kind { RK_STEP, RK_ASSESSMENT, RK_NOTICE, RK_REPORT, RK_DECISION };

#define MAX_MINUTES 60

struct record {
	struct page *pg;
	enum record_kind kind;
	int step, k;                        /* the step; the kind of 公示 or decision */
	int at[F_ROLES];                    /* the form's field of each role, -1 when not asked */
	struct form_field fields[F_ROLES];
	int count;
	struct member_filter full;          /* who may be 培养联系人 or 入党介绍人 */
	struct group_names groups;
	const char *minutes[MAX_MINUTES + 2];
	long long minute_ids[MAX_MINUTES + 2];
	char minute_text[MAX_MINUTES + 1][160];
	int nminutes;
	/* the values to write */
	struct pipeline_step s;
	struct pipeline_person people[2];
	int npeople, months;
	char to[DATE_ISO_SIZE], to_out[DATE_ISO_SIZE], text[256];
	int set_aside;                      /* rules set aside by the write */
};

static int add_field(struct record *r, enum role role, const char *label, enum form_type type, bool required)
{
	int i = r->count++;
	r->at[role] = i;
	r->fields[i] = (struct form_field){ .label = label, .type = type, .required = required };
	return i;
}

/* The minutes of the meetings that decide step n, the latest first. */
static void minute_add(void *ctx, const struct meeting *m)
{
	struct record *r = ctx;
	if (r->nminutes == MAX_MINUTES) { /* keep the latest */
		memmove(r->minute_text[1], r->minute_text[2], sizeof r->minute_text[0] * (MAX_MINUTES - 1));
		memmove(&r->minute_ids[1], &r->minute_ids[2], sizeof r->minute_ids[0] * (MAX_MINUTES - 1));
		r->nminutes--;
	}
	int i = ++r->nminutes;
	char label[600];
	snprintf(label, sizeof label, "%s #%lld %s", m->date, m->id, m->title);
	text_fit(r->minute_text[i], sizeof r->minute_text[i], label, 56);
	r->minute_ids[i] = m->id;
}

static void load_minutes(struct record *r)
{
	struct meeting_filter f;
	meeting_filter_init(&f);
	f.kind = r->step == 15 || r->step == 23 ? MK_GENERAL : MK_COMMITTEE;
	r->nminutes = 0;
	r->minute_text[0][0] = '\0';
	r->minute_ids[0] = 0;
	meeting_each(r->pg->app->db, &f, minute_add, r);
	r->minutes[0] = r->minute_text[0];
	for (int i = 1; i <= r->nminutes; i++)  /* the latest first */
		r->minutes[i] = r->minute_text[r->nminutes + 1 - i];
	r->minutes[r->nminutes + 1] = NULL;
}

static long long minute_id(const struct record *r, const char *label)
{
	for (int i = 1; i <= r->nminutes; i++)
		if (!strcmp(r->minute_text[i], label))
			return r->minute_ids[i];
	return 0;
}

static void set_number(struct form *form, int i, int v)
{
	char buf[16];
	snprintf(buf, sizeof buf, "%d", v);
	form_set(form, i, buf);
}

static const char *const review_results[] = { "合格", "不合格", NULL };

/* The fields of a step, from what it needs. */
static void step_fields(struct record *r)
{
	unsigned needs = pipeline_steps[r->step].needs;
	const char *none = _("(none)"), *choose = _("(choose)");
	add_field(r, F_DATE, _("Date"), FORM_DATE, true);
	if (needs & NEED_WHO)
		add_field(r, F_WHO, _("Talk held by"), FORM_TEXT, false);
	if (needs & (NEED_CONTACTS | NEED_INTRODUCERS)) {
		bool contacts = needs & NEED_CONTACTS;
		int a = add_field(r, F_PERSON1, contacts ? _("Contact person 1") : _("Introducer 1"), FORM_MEMBER, true);
		int b = add_field(r, F_PERSON2, contacts ? _("Contact person 2") : _("Introducer 2"), FORM_MEMBER, !contacts);
		r->fields[a].member_filter = r->fields[b].member_filter = &r->full;
		r->fields[a].empty_label = r->fields[b].empty_label = choose;
	}
	if (needs & NEED_RESULT) {
		int i = add_field(r, F_RESULT, _("Conclusion"), FORM_CHOICE, true);
		r->fields[i].choices = review_results;
		r->fields[i].empty_label = choose;
	}
	if (needs & NEED_TRAINING) {
		add_field(r, F_TO, _("Last day"), FORM_DATE, false);
		add_field(r, F_HOURS, _("Class hours"), FORM_TEXT, false);
	}
	if (needs & NEED_VOTE) {
		add_field(r, F_EXPECTED, _("Voting members expected"), FORM_TEXT, false);
		add_field(r, F_PRESENT, _("Voting members present"), FORM_TEXT, false);
		add_field(r, F_YES, _("For"), FORM_TEXT, false);
		add_field(r, F_NO, _("Against"), FORM_TEXT, false);
		add_field(r, F_ABSTAIN, _("Abstaining"), FORM_TEXT, false);
	}
	if (needs & NEED_NUMBER)
		add_field(r, F_NUMBER, _("Document number"), FORM_TEXT, false);
	if (needs & NEED_GROUP) {
		int i = add_field(r, F_GROUP, _("Party group"), FORM_CHOICE, false);
		r->fields[i].choices = group_choices(r->pg->app->db, &r->groups);
		r->fields[i].empty_label = none;
	}
	if (needs & NEED_MEETING) {
		load_minutes(r);
		int i = add_field(r, F_MEETING, _("Minute of the meeting"), FORM_CHOICE, false);
		r->fields[i].choices = r->minutes;
		r->fields[i].empty_label = none;
	}
	add_field(r, F_NOTE, _("Note"), FORM_TEXT, false);
}

/* The values of a step recorded already (a correction), or today. */
static void step_values(struct record *r, struct form *form)
{
	const struct pipeline_dossier *d = &r->pg->c->d;
	const struct pipeline_step *s = &d->steps[r->step];
	char today[DATE_ISO_SIZE];
	date_format(r->pg->today, today);
	form_set(form, r->at[F_DATE], *s->date ? s->date : today);
	if (r->at[F_WHO] >= 0)
		form_set(form, r->at[F_WHO], s->who);
	if (r->at[F_PERSON1] >= 0) {
		bool contacts = r->step == 5;
		const struct pipeline_person *p = contacts ? d->contacts : d->introducers;
		int n = contacts ? d->ncontacts : d->nintroducers;
		form_set_member(form, r->at[F_PERSON1], n > 0 ? p[0].member_id : 0, n > 0 ? p[0].name : "");
		form_set_member(form, r->at[F_PERSON2], n > 1 ? p[1].member_id : 0, n > 1 ? p[1].name : "");
	}
	if (r->at[F_RESULT] >= 0)
		form_set(form, r->at[F_RESULT], s->result);
	if (r->at[F_TO] >= 0)
		form_set(form, r->at[F_TO], s->end_date);
	if (r->at[F_HOURS] >= 0) {
		form_set(form, r->at[F_HOURS], "");
		if (s->hours)
			set_number(form, r->at[F_HOURS], s->hours);
	}
	if (r->at[F_EXPECTED] >= 0) {
		const int v[] = { s->vote.expected, s->vote.present, s->vote.yes, s->vote.no, s->vote.abstain };
		for (int i = 0; i < 5; i++) {
			form_set(form, r->at[F_EXPECTED + i], "");
			if (s->has_vote)
				set_number(form, r->at[F_EXPECTED + i], v[i]);
		}
	}
	if (r->at[F_NUMBER] >= 0)
		form_set(form, r->at[F_NUMBER], s->doc_number);
	if (r->at[F_GROUP] >= 0)
		form_set(form, r->at[F_GROUP], s->who);
	if (r->at[F_MEETING] >= 0) {
		form_set(form, r->at[F_MEETING], "");
		for (int i = 1; i <= r->nminutes; i++)
			if (r->minute_ids[i] == s->meeting_id)
				form_set(form, r->at[F_MEETING], r->minute_text[i]);
	}
	form_set(form, r->at[F_NOTE], s->note);
}

static void other_fields(struct record *r, struct form *form)
{
	const struct pipeline_dossier *d = &r->pg->c->d;
	char today[DATE_ISO_SIZE];
	date_format(r->pg->today, today);
	switch (r->kind) {
	case RK_ASSESSMENT:
		add_field(r, F_DATE, _("Date"), FORM_DATE, true);
		add_field(r, F_RESULT, _("Result"), FORM_TEXT, true);
		add_field(r, F_NOTE, _("Note"), FORM_TEXT, false);
		break;
	case RK_NOTICE:
		add_field(r, F_DATE, _("From"), FORM_DATE, true);
		add_field(r, F_TO, _("To"), FORM_DATE, false);
		r->fields[r->at[F_TO]].empty_label = _("(after the working days of the setting)");
		break;
	case RK_REPORT:
		add_field(r, F_DATE, _("Received on"), FORM_DATE, true);
		add_field(r, F_NOTE, _("Note"), FORM_TEXT, false);
		break;
	case RK_DECISION:
		add_field(r, F_DATE, _("Date"), FORM_DATE, true);
		if (r->k == PD_EXTEND)
			add_field(r, F_MONTHS, _("Months (6 to 12)"), FORM_TEXT, true);
		add_field(r, F_REASON, _("Reason"), FORM_TEXT, true);
		break;
	case RK_STEP:
		break;
	}
	for (int i = 0; i < r->count; i++)
		form_set(form, i, "");
	form_set(form, r->at[F_DATE], today);
	if (r->kind == RK_NOTICE && *d->notices[r->k].from) {
		form_set(form, r->at[F_DATE], d->notices[r->k].from);
		form_set(form, r->at[F_TO], d->notices[r->k].to);
	}
}

/* Dates are checked, and shown as stored, as the cursor leaves them. */
static void record_check(void *ctx, struct form *form, int i)
{
	char iso[DATE_ISO_SIZE];
	(void)ctx;
	if (form->fields[i].type == FORM_DATE)
		form_date(form, i, form->fields[i].required, iso);
}

static bool record_write(void *ctx, struct db *db, const char *override, struct pipeline_problems *pp)
{
	struct record *r = ctx;
	long long id = r->pg->id;
	struct date today = r->pg->today;
	switch (r->kind) {
	case RK_STEP:
		return candidate_record_step(db, id, r->step, &r->s, r->people, r->npeople, override, today, pp);
	case RK_ASSESSMENT:
		return candidate_record_assessment(db, id, r->s.date, r->s.result, r->s.note, override, today, pp);
	case RK_NOTICE:
		return candidate_record_notice(db, id, (enum pipeline_notice)r->k, r->s.date, r->to, override, today,
					       r->to_out, pp);
	case RK_REPORT:
		return candidate_record_report(db, id, r->s.date, r->s.note, override, today, pp);
	case RK_DECISION:
		return candidate_record_decision(db, id, (enum pipeline_decision)r->k, r->s.date, r->months, r->text,
						 today, pp);
	}
	return false;
}

/* The 培养联系人 or 入党介绍人 chosen. */
static void read_people(struct record *r, struct form *form)
{
	r->npeople = 0;
	for (int role = F_PERSON1; role <= F_PERSON2; role++) {
		int i = r->at[role];
		struct member m;
		if (i < 0)
			continue;
		if (!form->fields[i].member_id) {
			if (form->fields[i].required)
				form_error(form, i, "%s", _("required"));
			continue;
		}
		if (!member_get(r->pg->app->db, form->fields[i].member_id, &m)) {
			form_error(form, i, "%s", _("not in the roster any more"));
			continue;
		}
		struct pipeline_person *p = &r->people[r->npeople++];
		memset(p, 0, sizeof *p);
		p->member_id = m.id;
		text_copy(p->name, sizeof p->name, m.name);
		text_copy(p->kind, sizeof p->kind, m.kind);
		text_copy(p->status, sizeof p->status, m.status);
	}
}

static bool record_save(void *ctx, struct form *form)
{
	struct record *r = ctx;
	struct pipeline_step *s = &r->s;
	memset(s, 0, sizeof *s);
	form_date(form, r->at[F_DATE], true, s->date);
	form_date(form, r->at[F_TO], false, r->kind == RK_STEP ? s->end_date : r->to);
	form_text(form, r->at[F_WHO], s->who, sizeof s->who);
	if (r->at[F_GROUP] >= 0)
		form_text(form, r->at[F_GROUP], s->who, sizeof s->who);
	form_text(form, r->at[F_RESULT], s->result, sizeof s->result);
	form_text(form, r->at[F_NUMBER], s->doc_number, sizeof s->doc_number);
	form_text(form, r->at[F_NOTE], s->note, sizeof s->note);
	form_text(form, r->at[F_REASON], r->text, sizeof r->text);
	if (r->at[F_RESULT] >= 0 && !*s->result)
		form_error(form, r->at[F_RESULT], "%s", _("required"));
	if (r->at[F_REASON] >= 0 && !*r->text)
		form_error(form, r->at[F_REASON], "%s", _("required"));
	form_number(form, r->at[F_HOURS], 1, 2000, false, &s->hours);
	form_number(form, r->at[F_MONTHS], 6, 12, true, &r->months);
	if (r->at[F_EXPECTED] >= 0) {
		int v[5];
		bool any = false;
		for (int i = 0; i < 5; i++)
			any = any || !text_blank(form_get(form, r->at[F_EXPECTED + i]));
		for (int i = 0; i < 5; i++)
			form_number(form, r->at[F_EXPECTED + i], 0, 100000, any, &v[i]);
		s->has_vote = any;
		s->vote = (struct vote_count){ v[0], v[1], v[2], v[3], v[4] };
	}
	if (r->at[F_MEETING] >= 0)
		s->meeting_id = minute_id(r, form_get(form, r->at[F_MEETING]));
	read_people(r, form);
	if (form_error_count(form))
		return false;
	return write_checked(r->pg->app, record_write, r, r->kind != RK_DECISION, &r->set_aside);
}

/* Record (or correct) what row id holds. */
static bool record_row(struct page *pg, int id)
{
	struct app *app = pg->app;
	struct record *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	r->pg = pg;
	for (int i = 0; i < F_ROLES; i++)
		r->at[i] = -1;
	r->full.kind = "正式";
	r->full.status = "正常";
	char what[160], title[400];
	if (id >= 1 && id <= PIPELINE_STEPS) {
		r->step = id;
		r->kind = pipeline_steps[id].needs & NEED_ASSESSMENT ? RK_ASSESSMENT : RK_STEP;
		snprintf(what, sizeof what, _("step %d %s"), id, pipeline_steps[id].name);
	} else if (id >= ROW_NOTICE && id < ROW_REPORT) {
		r->kind = RK_NOTICE;
		r->k = id - ROW_NOTICE;
		snprintf(what, sizeof what, _("公示 (%s)"), pipeline_notice_kinds[r->k]);
	} else if (id == ROW_REPORT) {
		r->kind = RK_REPORT;
		snprintf(what, sizeof what, "%s", _("思想汇报"));
	} else {
		r->kind = RK_DECISION;
		r->k = id - ROW_DECISION;
		snprintf(what, sizeof what, "%s", pipeline_decision_kinds[r->k]);
	}
	snprintf(title, sizeof title, _("%s: %s"), pg->c->person.name, what);
	struct form form = { .title = title, .fields = r->fields, .check = record_check, .save = record_save,
			     .ctx = r, .db = app->db };
	if (r->kind == RK_STEP) {
		step_fields(r);
		form.count = r->count;
		step_values(r, &form);
	} else {
		other_fields(r, &form);
		form.count = r->count;
	}
	bool saved = form_run(app->ui, &form);
	char done[600];
	if (r->kind == RK_NOTICE)
		snprintf(done, sizeof done, _("%s: %s from %s to %s recorded."), pg->c->person.name, what,
			 r->s.date, r->to_out);
	else
		snprintf(done, sizeof done, _("%s: %s recorded."), pg->c->person.name, what);
	if (saved && r->set_aside)
		ui_status(app->ui, _("%s As an exception: %d rules set aside, with the reason."), done, r->set_aside);
	else if (saved)
		ui_status(app->ui, "%s", done);
	group_names_free(&r->groups);
	free(r);
	return saved;
}

/* One person's page: a page (screen_run), arg the id. */
static void candidate_close(void *st)
{
	struct page *pg = st;
	table_free(pg->table);
	table_list_free(pg->source);
	workdays_done(&pg->cal);
	free(pg->c);
	free(pg);
}

static void *candidate_open(struct app *app, const void *arg)
{
	struct page *pg = calloc(1, sizeof *pg);
	if (!pg || !(pg->c = malloc(sizeof *pg->c)))
		abort();
	pg->app = app;
	pg->id = *(const long long *)arg;
	workdays_init(&pg->cal);
	if (!page_load(pg)) {
		ui_message(app->ui, _("Development"), _("This person is not in the database any more."));
		candidate_close(pg);
		return NULL;
	}
	const struct table_column cols[COL_COUNT] = {
		[COL_STEP] = { _("Step"), 25, 0, false },
		[COL_STATE] = { _("State"), 8, 0, false },
		[COL_DATE] = { _("Date"), 10, 0, false },
		[COL_DUE] = { _("Deadline"), 10, 0, false },
		[COL_RECORD] = { _("Recorded"), 12, 1, false },
	};
	memcpy(pg->cols, cols, sizeof cols);
	pg->source = table_list_new(COL_COUNT, fill_rows, pg);
	pg->table = table_new(pg->cols, COL_COUNT, table_list_source(pg->source));
	table_set_unsortable(pg->table); /* the steps in their order */
	table_set_cursor(pg->table, next_row(pg) - 1);
	return pg;
}

static void candidate_reload(void *st)
{
	page_load(st);
}

static int candidate_key(void *st, enum action a, int key)
{
	struct page *pg = st;
	(void)key;
	if (a == ACT_STEP_RECORD || a == ACT_OPEN) {
		if (record_row(pg, (int)table_cursor_id(pg->table)) && !page_load(pg))
			return SCREEN_CLOSE;
	} else if (a == ACT_CANDIDATE_EDIT) {
		if (candidate_edit(pg->app, pg->id, NULL) && !page_load(pg))
			return SCREEN_CLOSE;
	} else if (!table_key(pg->table, a)) {
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context candidate_contexts[] = { CTX_CANDIDATE, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action candidate_bar[] = {
	ACT_BACK, ACT_STEP_RECORD, ACT_CANDIDATE_EDIT, ACT_HELP, ACT_QUIT, ACT_NONE,
};

static const struct screen_ops candidate_screen = {
	.name = "candidate", .title = N_("Development"),
	.open = candidate_open, .close = candidate_close, .draw = page_draw, .key = candidate_key,
	.contexts = candidate_contexts, .bar = candidate_bar, .reload = candidate_reload,
};

void candidate_page(struct app *app, long long id)
{
	screen_run(app, &candidate_screen, &id);
}

/* ---- adding a person, correcting the personal record ---- */

enum { E_NAME, E_SEX, E_BIRTH, E_IDNUM, E_UNIT, E_PHONE, E_APPLIED, E_FIELDS };

static const enum member_field person_fields[E_APPLIED] = {
	MF_NAME, MF_SEX, MF_BIRTH_DATE, MF_ID_NUMBER, MF_WORK_UNIT, MF_PHONE,
};

struct person_edit {
	struct app *app;
	struct candidate *c;     /* as stored (edit) or fresh (add) */
	int set_aside;           /* rules set aside by the write */
};

static void person_check(void *ctx, struct form *form, int i)
{
	struct member tmp;
	char iso[DATE_ISO_SIZE];
	(void)ctx;
	if (i == E_APPLIED) {
		form_date(form, i, true, iso);
		return;
	}
	if ((i == E_SEX || i == E_BIRTH) && text_blank(form_get(form, i)))
		return; /* from the ID number */
	member_init(&tmp);
	const char *why = member_set_field(&tmp, person_fields[i], form_get(form, i));
	if (why) {
		form_error(form, i, "%s", why);
		return;
	}
	const char *norm = member_get_field(&tmp, person_fields[i]);
	if (form->fields[i].type == FORM_DATE && strcmp(norm, form_get(form, i)) != 0)
		form_set(form, i, norm);
}

static void person_problem(void *ctx, enum member_field f, const char *why)
{
	struct form *form = ctx;
	for (int i = 0; i < E_APPLIED; i++)
		if (person_fields[i] == f && !form->fields[i].message[0])
			form_error(form, i, "%s", why);
}

static bool add_write(void *ctx, struct db *db, const char *override, struct pipeline_problems *pp)
{
	struct person_edit *e = ctx;
	return candidate_add(db, e->c, override, date_today(), pp);
}

static bool person_save(void *ctx, struct form *form)
{
	struct person_edit *e = ctx;
	struct db *db = e->app->db;
	struct member *p = &e->c->person, before = *p;
	for (int i = 0; i < E_APPLIED; i++) {
		if ((i == E_SEX || i == E_BIRTH) && text_blank(form_get(form, i))) {
			/* from the ID number */
			(i == E_SEX ? p->sex : p->birth_date)[0] = '\0';
			continue;
		}
		const char *why = member_set_field(p, person_fields[i], form_get(form, i));
		if (why)
			form_error(form, i, "%s", why);
	}
	if (!*p->name && !form->fields[E_NAME].message[0])
		form_error(form, E_NAME, "%s", _("required"));
	if (!*p->id_number && !form->fields[E_IDNUM].message[0])
		form_error(form, E_IDNUM, "%s", _("required"));
	if (!e->c->id)
		form_date(form, E_APPLIED, true, e->c->d.steps[1].date);
	if (form_error_count(form)) {
		*p = before;
		return false;
	}
	/* The sex from the ID number when not given, as the command line does. */
	enum sex sex;
	const char *why;
	if (!*p->sex && idnum_parse(p->id_number, p->id_number, NULL, &sex, &why))
		snprintf(p->sex, sizeof p->sex, "%s", sex == SEX_MALE ? "男" : "女");
	member_check(p, date_today(), person_problem, form);
	long long other;
	struct member m;
	if (candidate_find(db, p->id_number, &other) > 0 && other != e->c->id)
		form_error(form, E_IDNUM, "%s", _("already in the pipeline"));
	else if (!e->c->id && member_find_by_id_number(db, p->id_number, &m))
		form_error(form, E_IDNUM, _("already a party member in the roster (%s)"), m.name);
	if (form_error_count(form)) {
		*p = before;
		return false;
	}
	char refused[512];
	bool ok = e->c->id ? candidate_save_person_edit(db, e->c->id, &before, p, refused, sizeof refused)
			   : write_checked(e->app, add_write, e, true, &e->set_aside);
	if (!ok && e->c->id)
		ui_message(e->app->ui, _("Not saved"), *refused ? refused : db_error(db));
	if (!ok)
		*p = before;
	return ok;
}

bool candidate_edit(struct app *app, long long id, long long *saved_id)
{
	struct person_edit e = { .app = app, .c = malloc(sizeof *e.c) };
	if (!e.c)
		abort();
	candidate_init(e.c);
	if (id && !candidate_get(app->db, id, e.c)) {
		ui_message(app->ui, _("Development"), _("This person is not in the database any more."));
		free(e.c);
		return false;
	}
	if (id && e.c->member_id) {
		ui_message(app->ui, _("Development"),
			   _("This person is in the roster now: correct the personal record under Members."));
		free(e.c);
		return false;
	}
	const char *choose = _("(from the ID number)");
	struct form_field fields[E_FIELDS];
	memset(fields, 0, sizeof fields);
	for (int i = 0; i < E_APPLIED; i++) {
		fields[i].label = _(member_fields[person_fields[i]].label);
		fields[i].type = person_fields[i] == MF_BIRTH_DATE ? FORM_DATE : FORM_TEXT;
		fields[i].required = person_fields[i] == MF_NAME || person_fields[i] == MF_ID_NUMBER;
	}
	fields[E_IDNUM].mask = FORM_MASK_ID;
	fields[E_PHONE].mask = FORM_MASK_PHONE;
	fields[E_SEX].type = FORM_CHOICE;
	fields[E_SEX].choices = roster_sexes;
	fields[E_SEX].empty_label = choose;
	fields[E_BIRTH].empty_label = choose;
	fields[E_APPLIED] = (struct form_field){ .label = _("Application date"), .type = FORM_DATE, .required = true };
	char title[256];
	if (id)
		snprintf(title, sizeof title, _("Correct the personal record of %s"), e.c->person.name);
	else
		snprintf(title, sizeof title, "%s", _("Add an applicant (入党申请人)"));
	struct form form = { .title = title, .fields = fields, .count = id ? E_APPLIED : E_FIELDS,
			     .check = person_check, .save = person_save, .ctx = &e, .db = app->db };
	for (int i = 0; i < E_APPLIED; i++)
		form_set(&form, i, member_get_field(&e.c->person, person_fields[i]));
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	form_set(&form, E_APPLIED, today);
	bool saved = form_run(app->ui, &form);
	if (saved) {
		if (e.set_aside)
			ui_status(app->ui, _("Added %s as an exception: %d rules set aside, with the reason."),
				  e.c->person.name, e.set_aside);
		else
			ui_status(app->ui, id ? _("Saved %s.") : _("Added %s."), e.c->person.name);
		if (saved_id)
			*saved_id = e.c->id;
	}
	free(e.c);
	return saved;
}
