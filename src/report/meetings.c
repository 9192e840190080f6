#include "report/meetings.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/evaluation.h"
#include "db/meeting.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"

/* The width a minute's text is wrapped to: what an A4 page and the XLSX
 * writer's widest column hold. */
#define WRAP_WIDTH 56

/* ---- The year's report */

static const char *const month_titles[12] = {
	N_("M1"), N_("M2"), N_("M3"), N_("M4"), N_("M5"), N_("M6"),
	N_("M7"), N_("M8"), N_("M9"), N_("M10"), N_("M11"), N_("M12"),
};
static const char *const quarter_titles[4] = { N_("Q1"), N_("Q2"), N_("Q3"), N_("Q4") };
static const char *const half_titles[2] = { N_("H1"), N_("H2") };

/* A count as the grid shows it: "2", "0" marked short (missing), "-" (not
 * held yet).  Returns whether the cell is short of the requirement. */
static bool cell_text(char *out, size_t size, int held, enum meeting_state state)
{
	switch (state) {
	case MSTATE_MISSING:
		snprintf(out, size, "%d", held);
		return true;
	case MSTATE_UPCOMING:
		if (!held) {
			snprintf(out, size, "-");
			return false;
		}
		break;
	case MSTATE_NOT_REQUIRED:
		if (!held) {
			*out = '\0';
			return false;
		}
		break;
	case MSTATE_DONE:
		break;
	}
	snprintf(out, size, "%d", held);
	return false;
}

/* The cell of kind k in the column that covers months [m0, m1]: marked when
 * it is one of the kind's own periods, else the plain count. */
static void grid_cell(struct sheet *s, int col, const struct meeting_year *y, int k,
		      enum period_kind span, int n)
{
	char text[32];
	int months = 12 / periods_per_year(span), held = 0;
	for (int m = (n - 1) * months; m < n * months; m++)
		held += y->month_held[k][m];
	bool is_short = cell_text(text, sizeof text, held,
				  y->req[k].period == span ? y->cells[k][n - 1].state : MSTATE_NOT_REQUIRED);
	sheet_set(s, col, text);
	if (is_short)
		sheet_mark(s, col);
}

static struct sheet *grid_sheet(struct db *db, const struct meeting_year *y)
{
	char subtitle[256], period[16];
	snprintf(period, sizeof period, "%d", y->year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Meetings held against requirements"), subtitle, _("Meetings"));
	bool halves = true; /* the 党建工作专题 支委会 is required each half year */
	sheet_add_column(s, _("Kind"), CELL_TEXT);
	sheet_add_column(s, _("Requirement"), CELL_TEXT);
	for (int m = 0; m < 12; m++)
		sheet_add_column(s, _(month_titles[m]), CELL_NUMBER);
	for (int q = 0; q < 4; q++)
		sheet_add_column(s, _(quarter_titles[q]), CELL_NUMBER);
	for (int h = 0; halves && h < 2; h++)
		sheet_add_column(s, _(half_titles[h]), CELL_NUMBER);
	sheet_add_column(s, _("Year"), CELL_NUMBER);
	sheet_add_column(s, _("Missing"), CELL_NUMBER);
	for (int k = 0; k < MK_COUNT; k++) {
		char req[128];
		int col = 0, missing = 0;
		sheet_add_row(s, ROW_PLAIN);
		sheet_set(s, col++, meeting_kind_names[k]);
		meeting_requirement_describe(&y->req[k], req, sizeof req);
		sheet_set(s, col++, req);
		for (int m = 1; m <= 12; m++)
			grid_cell(s, col++, y, k, PERIOD_MONTH, m);
		for (int q = 1; q <= 4; q++)
			grid_cell(s, col++, y, k, PERIOD_QUARTER, q);
		for (int h = 1; halves && h <= 2; h++)
			grid_cell(s, col++, y, k, PERIOD_HALF, h);
		grid_cell(s, col++, y, k, PERIOD_YEAR, 1);
		for (int c = 0; c < y->ncells[k]; c++)
			if (y->cells[k][c].state == MSTATE_MISSING)
				missing += y->cells[k][c].units_short;
		sheet_setf(s, col, "%d", missing);
		if (missing)
			sheet_mark(s, col);
	}
	/* The 支部委员会 tagged 党建工作专题, its own row: counted by the half year. */
	char req[128], text[32];
	int col = 0, missing = 0;
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, col++, "支部委员会（" MEETING_TOPIC_TAG "）");
	meeting_requirement_describe(&(struct meeting_requirement){ PERIOD_HALF, 1, false }, req, sizeof req);
	sheet_set(s, col++, req);
	col += 12 + 4;
	for (int h = 0; h < 2; h++) {
		bool is_short = cell_text(text, sizeof text, y->topic[h].held, y->topic[h].state);
		sheet_set(s, col, text);
		if (is_short)
			sheet_mark(s, col);
		col++;
		missing += y->topic[h].units_short;
	}
	sheet_setf(s, col++, "%d", y->topic[0].held + y->topic[1].held);
	sheet_setf(s, col, "%d", missing);
	if (missing)
		sheet_mark(s, col);
	sheet_add_footer(s, _("Marked (red in a workbook, N! in text) = fewer than required in a period that "
			      "has ended; - = none yet in a period that has not ended."));
	struct grade_tally t;
	if (!evaluation_tally(db, y->year, &t)) {
		sheet_free(s);
		return NULL;
	}
	if (grade_tally_total(&t)) {
		char line[256], why[256];
		const char *problem = grade_tally_check(&t, why, sizeof why);
		snprintf(line, sizeof line, _("民主评议 %d: 优秀 %d, 合格 %d, 基本合格 %d, 不合格 %d; %s"),
			 y->year, t.count[GRADE_EXCELLENT], t.count[GRADE_GOOD], t.count[GRADE_BASIC],
			 t.count[GRADE_FAIL], problem ? problem : _("优秀 within a third of those graded"));
		sheet_add_footer(s, line);
	}
	return s;
}

struct due_rows {
	struct sheet *s;
	struct date today;
};

static void add_due_row(void *ctx, const struct meeting_due *d)
{
	struct due_rows *r = ctx;
	if (d->state != MSTATE_MISSING && d->state != MSTATE_UPCOMING)
		return;
	if (date_cmp(period_first_day(d->period), r->today) > 0)
		return; /* not begun yet */
	char label[PERIOD_LABEL_SIZE];
	period_format(d->period, label);
	sheet_add_row(r->s, ROW_PLAIN);
	sheet_set(r->s, 0, label);
	sheet_set(r->s, 1, meeting_kind_names[d->kind]);
	sheet_set(r->s, 2, d->group);
	sheet_setf(r->s, 3, "%d", d->held);
	if (d->state == MSTATE_MISSING)
		sheet_mark(r->s, 3);
	sheet_setf(r->s, 4, "%d", d->required);
	sheet_set(r->s, 5, meeting_state_label(d->state));
}

static struct sheet *dues_sheet(struct db *db, int year, struct date today)
{
	char subtitle[256], period[16];
	snprintf(period, sizeof period, "%d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Meetings missing or still to hold"), subtitle, _("Missing"));
	sheet_add_column(s, _("Period"), CELL_TEXT);
	sheet_add_column(s, _("Kind"), CELL_TEXT);
	sheet_add_column(s, _("Party group"), CELL_TEXT);
	sheet_add_column(s, _("Held"), CELL_NUMBER);
	sheet_add_column(s, _("Required"), CELL_NUMBER);
	sheet_add_column(s, _("State"), CELL_TEXT);
	struct due_rows r = { s, today };
	if (!meeting_dues_each(db, (struct date){ year, 1, 1 }, (struct date){ year, 12, 31 }, today,
			       add_due_row, &r)) {
		sheet_free(s);
		return NULL;
	}
	if (!s->nrows)
		sheet_add_footer(s, _("Every required meeting so far has been held."));
	return s;
}

struct rate_rows {
	struct sheet *s;
	long long expected, present;
};

static void set_rate(struct sheet *s, int col, long long present, long long expected)
{
	if (expected > 0)
		sheet_setf(s, col, "%.1f%%", 100.0 * (double)present / (double)expected);
}

static void add_rate_row(void *ctx, const struct attendance_rate *a)
{
	struct rate_rows *r = ctx;
	sheet_add_row(r->s, ROW_PLAIN);
	sheet_set(r->s, 0, a->name);
	sheet_set(r->s, 1, a->group);
	sheet_set(r->s, 2, a->kind);
	sheet_setf(r->s, 3, "%d", a->expected);
	sheet_setf(r->s, 4, "%d", a->present);
	sheet_setf(r->s, 5, "%d", a->expected - a->present);
	set_rate(r->s, 6, a->present, a->expected);
	r->expected += a->expected;
	r->present += a->present;
}

static struct sheet *rates_sheet(struct db *db, int year)
{
	char subtitle[256], period[16];
	snprintf(period, sizeof period, "%d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Attendance of each member"), subtitle, _("Attendance"));
	sheet_add_column(s, _("Name"), CELL_TEXT);
	sheet_add_column(s, _("Party group"), CELL_TEXT);
	sheet_add_column(s, _("Member kind"), CELL_TEXT);
	sheet_add_column(s, _("Should attend"), CELL_NUMBER);
	sheet_add_column(s, _("Attended"), CELL_NUMBER);
	sheet_add_column(s, _("Absent"), CELL_NUMBER);
	sheet_add_column(s, _("Attendance rate"), CELL_PERCENT);
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
	date_format((struct date){ year, 1, 1 }, from);
	date_format((struct date){ year, 12, 31 }, to);
	struct rate_rows r = { s, 0, 0 };
	if (!meeting_attendance_rates(db, from, to, add_rate_row, &r)) {
		sheet_free(s);
		return NULL;
	}
	sheet_add_row(s, ROW_TOTAL);
	sheet_set(s, 0, _("Total"));
	sheet_setf(s, 3, "%lld", r.expected);
	sheet_setf(s, 4, "%lld", r.present);
	sheet_setf(s, 5, "%lld", r.expected - r.present);
	set_rate(s, 6, r.present, r.expected);
	return s;
}

struct sheet *meetings_report(struct db *db, int year)
{
	struct date today = date_today();
	struct meeting_year y;
	if (!meeting_year_load(db, year, today, &y))
		return NULL;
	struct sheet *s = grid_sheet(db, &y), *dues = NULL, *rates = NULL;
	if (s)
		dues = dues_sheet(db, year, today);
	if (dues)
		rates = rates_sheet(db, year);
	if (!rates) {
		sheet_free(s);
		sheet_free(dues);
		return NULL;
	}
	sheet_append(s, dues);
	sheet_append(s, rates);
	return s;
}

/* ---- Printable minutes */

/* Punctuation that does not start a line in Chinese. */
static bool no_line_start(uint32_t cp)
{
	static const char marks[] = "、，。；：？！）」』》】,.;:?!)";
	char one[8];
	size_t n = utf8_encode(cp, one);
	one[n] = '\0';
	return strstr(marks, one) != NULL;
}

/* Add text as rows of at most WRAP_WIDTH columns (text_wrap), the label on
 * the first; punctuation that may not start a line hangs at the end of the
 * line before. */
static void add_wrapped(struct sheet *s, const char *label, const char *text)
{
	const char *p = text;
	bool first = true;
	do {
		size_t next, n = text_wrap(p, WRAP_WIDTH, &next), k;
		uint32_t cp;
		if (next == n && (k = utf8_decode(p + next, strlen(p + next), &cp)) > 0 && no_line_start(cp)) {
			n += k;
			next += k;
		}
		char *line = strndup(p, n);
		if (!line)
			abort();
		sheet_add_row(s, ROW_PLAIN);
		sheet_set(s, 0, first ? label : "");
		sheet_set(s, 1, line);
		free(line);
		first = false;
		p += next;
	} while (*p);
}

static void add_item(struct sheet *s, const char *label, const char *text)
{
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, label);
	sheet_set(s, 1, text);
}

/* The present, or the absent with their reasons, as rows of names joined by
 * 、 and never split inside a name. */
static void add_attendance(struct sheet *s, const char *label, const struct meeting *m, bool present)
{
	char line[1024] = "";
	int width = 0;
	bool first = true;
	for (size_t i = 0; i < m->natt; i++) {
		const struct attendee *a = &m->att[i];
		if (a->present != present)
			continue;
		char one[MINUTE_NAME_SIZE + 160];
		snprintf(one, sizeof one, "%s%s%s%s", a->name, *a->reason ? "（" : "", a->reason,
			 *a->reason ? "）" : "");
		int w = text_width(one);
		/* The 、 that ends a full line hangs over the width, as in add_wrapped. */
		if (*line && (width + 2 + w > WRAP_WIDTH || strlen(line) + strlen(one) + 8 > sizeof line)) {
			strcat(line, "、");
			add_item(s, first ? label : "", line);
			first = false;
			line[0] = '\0';
			width = 0;
		}
		if (*line) {
			strcat(line, "、");
			width += 2;
		}
		strcat(line, one);
		width += w;
	}
	if (*line || first)
		add_item(s, first ? label : "", *line || present ? line : _("none"));
}

void minute_facts(const struct meeting *m, minute_fact_fn *fn, void *ctx)
{
	char text[512];
	if (m->cancelled) {
		snprintf(text, sizeof text, _("cancelled: %s"), m->cancel_reason);
		fn(ctx, _("Note"), text);
	}
	if (*m->group)
		snprintf(text, sizeof text, "%s（%s）", meeting_kind_names[m->kind], m->group);
	else
		snprintf(text, sizeof text, "%s", meeting_kind_names[m->kind]);
	fn(ctx, _(minute_fields[MIN_KIND].label), text);
	fn(ctx, _(minute_fields[MIN_TITLE].label), m->title);
	snprintf(text, sizeof text, "%s%s%s%s%s", m->date, *m->start_time ? " " : "", m->start_time,
		 *m->end_time ? "-" : "", m->end_time);
	fn(ctx, _("Date and time"), text);
	fn(ctx, _(minute_fields[MIN_PLACE].label), m->place);
	fn(ctx, _(minute_fields[MIN_HOST].label), m->host);
	fn(ctx, _(minute_fields[MIN_RECORDER].label), m->recorder);
	if (*m->speaker)
		fn(ctx, _(minute_fields[MIN_SPEAKER].label), m->speaker);
	bool votes = meeting_kind_votes(m->kind);
	if (votes)
		snprintf(text, sizeof text, _("%d (voting members %d)"), m->turnout.expected, m->turnout.voting_expected);
	else
		snprintf(text, sizeof text, "%d", m->turnout.expected);
	fn(ctx, _("Should attend"), text);
	if (votes)
		snprintf(text, sizeof text, _("%d (voting members %d)"), m->turnout.present, m->turnout.voting_present);
	else
		snprintf(text, sizeof text, "%d", m->turnout.present);
	fn(ctx, _("Attended"), text);
}

static void sheet_fact(void *ctx, const char *label, const char *value)
{
	add_wrapped(ctx, label, value);
}

struct each_ctx {
	struct db *db;
	meeting_fn *fn;
	void *ctx;
	bool failed;
};

static void with_attendance(void *ctx, const struct meeting *cm)
{
	struct each_ctx *c = ctx;
	if (c->failed)
		return;
	struct meeting m = *cm; /* the attendance is read into this copy */
	m.att = NULL;
	m.natt = m.att_cap = 0;
	if (meeting_load_attendance(c->db, &m))
		c->fn(c->ctx, &m);
	else
		c->failed = true;
	free(m.att);
}

bool minutes_each(struct db *db, const struct meeting_filter *f, meeting_fn *fn, void *ctx)
{
	struct each_ctx c = { db, fn, ctx, false };
	return meeting_each(db, f, with_attendance, &c) && !c.failed;
}

struct minutes_ctx {
	struct db *db;
	struct sheet *first;
	size_t count;
	bool failed;       /* reading attendance or votes failed */
};

struct motions_ctx {
	struct sheet *s;
	int count;
};

static void add_motion(void *ctx, const struct motion *mo)
{
	struct motions_ctx *c = ctx;
	struct sheet *s = c->s;
	char line[1024];
	snprintf(line, sizeof line, _("Motion: %s"), mo->text);
	add_wrapped(s, c->count++ ? "" : _("Votes"), line);
	snprintf(line, sizeof line,
		 _("For %d, against %d, abstaining %d; voting members who should attend %d, present %d; result: %s"),
		 mo->yes, mo->no, mo->abstain, mo->expected, mo->present, mo->result);
	add_wrapped(s, "", line);
	if (mo->why)
		add_wrapped(s, "", mo->why);
}

static void add_minute(void *ctx, const struct meeting *cm)
{
	struct minutes_ctx *c = ctx;
	const struct meeting m = *cm;
	char title[128], subtitle[256], name[32];
	snprintf(title, sizeof title, _("Minutes of the %s"), meeting_kind_names[m.kind]);
	report_subtitle_held(c->db, m.date, subtitle, sizeof subtitle);
	snprintf(name, sizeof name, "%s #%lld", m.date, m.id);
	struct sheet *s = sheet_new(title, subtitle, name);
	sheet_add_column(s, _("Item"), CELL_TEXT);
	sheet_add_column(s, _("Record"), CELL_TEXT);

	minute_facts(&m, sheet_fact, s);
	add_attendance(s, _(minute_fields[MIN_PRESENT].label), &m, true);
	add_attendance(s, _(minute_fields[MIN_ABSENT].label), &m, false);
	if (*m.guests)
		add_wrapped(s, _(minute_fields[MIN_GUESTS].label), m.guests);

	/* The agenda as typed, with the secretary's own numbering. */
	add_wrapped(s, _(minute_fields[MIN_AGENDA].label), m.agenda);
	add_wrapped(s, _(minute_fields[MIN_DISCUSSION].label), m.discussion);
	if (meeting_kind_votes(m.kind)) {
		struct motions_ctx mc = { s, 0 };
		if (!meeting_motions_each(c->db, m.id, add_motion, &mc))
			c->failed = true;
		if (!mc.count)
			add_item(s, _("Votes"), _("none"));
	}
	add_wrapped(s, _(minute_fields[MIN_DECISIONS].label), m.decisions);
	sheet_add_footer(s, _("Chaired by (signature): ______________    "
			      "Recorded by (signature): ______________"));
	if (c->first)
		sheet_append(c->first, s);
	else
		c->first = s;
	c->count++;
}

bool minutes_sheets(struct db *db, const struct meeting_filter *f, struct sheet **out)
{
	struct minutes_ctx c = { db, NULL, 0, false };
	bool ok = minutes_each(db, f, add_minute, &c) && !c.failed;
	if (!ok) {
		sheet_free(c.first);
		c.first = NULL;
	}
	if (c.first)
		c.first->one_worksheet = true; /* a year's minutes: one worksheet, a page each */
	*out = c.first;
	return ok;
}

/* ---- The check source */

struct todo_ctx {
	struct todo_list *l;
};

static void add_todo(void *ctx, const struct meeting_due *d)
{
	struct todo_ctx *c = ctx;
	if (d->state != MSTATE_MISSING && d->state != MSTATE_UPCOMING)
		return;
	char period[PERIOD_LABEL_SIZE], item[256], link[64];
	period_format(d->period, period);
	if (*d->group)
		snprintf(item, sizeof item, "%s %s (%d/%d)", d->group, meeting_kind_names[d->kind], d->held, d->required);
	else
		snprintf(item, sizeof item, "%s (%d/%d)", meeting_kind_names[d->kind], d->held, d->required);
	snprintf(link, sizeof link, "meetings:%s:%s", period, meeting_kind_names[d->kind]);
	todo_add(c->l, "会议", period, item, period_last_day(d->period), link);
}

bool meetings_todo(struct db *db, struct todo_list *l)
{
	struct todo_ctx c = { l };
	struct date from = { l->as_of.y - 1, 1, 1 };
	return meeting_dues_each(db, from, l->as_of, l->as_of, add_todo, &c);
}
