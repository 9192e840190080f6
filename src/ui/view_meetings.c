/* 会议: the compliance calendar of a year.  One row per meeting kind, the
 * twelve months across; a kind required by the quarter (half-year, year)
 * has one cell per quarter spanning its three months.  Each cell says
 * whether the period is done, missing, still to come or not required, with
 * a mark (✓ ✗ ○ —, so that it reads without colours) and the count held
 * against the count required; a missing period is red (bold reverse without
 * colours), the current period still to hold highlighted.  Below, the cell
 * under the cursor in words: the requirement, the months, the party groups
 * short of it.
 *
 * Enter lists the meetings of the cell, m every meeting of the year; Enter
 * on one opens its minute (view_minute.c).  a records a new meeting of the
 * kind under the cursor.  The year's cells come from meeting_year_load() in
 * one call, read again after each write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/meeting.h"
#include "ui/dialog.h"
#include "ui/lineedit.h"
#include "ui/search.h"
#include "ui/table.h"
#include "ui/views.h"

#define LABEL_WIDTH 13

struct meetings_view {
	struct app *app;
	bool loaded, failed;
	int year;
	struct meeting_year y;
	int kind, month;            /* the cursor: a kind, and a month of its cell */
	/* The party groups short of a per-group requirement in the cell under
	 * the cursor, read when the cursor comes to it. */
	int short_kind, short_cell, short_year;
	char short_groups[512];
};

static const enum ui_context contexts[] = {
	CTX_CALENDAR, CTX_MEETINGS, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END,
};
static const enum action bar[] = {
	ACT_HELP, ACT_OPEN, ACT_MEETING_ADD, ACT_YEAR_PREV, ACT_YEAR_NEXT, ACT_MEETING_ALL,
	ACT_COMMITTEE, ACT_GRADES, ACT_QUIT, ACT_NONE,
};

static const char *const month_titles[12] = {
	N_("M1"), N_("M2"), N_("M3"), N_("M4"), N_("M5"), N_("M6"),
	N_("M7"), N_("M8"), N_("M9"), N_("M10"), N_("M11"), N_("M12"),
};
static const char *const quarter_titles[4] = { N_("Q1"), N_("Q2"), N_("Q3"), N_("Q4") };
static const char *const half_titles[2] = { N_("H1"), N_("H2") };

/* The marks of the states: the calendar reads without colours. */
static const char *const state_marks[] = {
	[MSTATE_DONE] = "✓", [MSTATE_MISSING] = "✗", [MSTATE_UPCOMING] = "○", [MSTATE_NOT_REQUIRED] = "—",
};

static void *calendar_open(struct app *app, const void *arg)
{
	(void)arg;
	struct meetings_view *mv = calloc(1, sizeof *mv);
	if (!mv)
		abort();
	mv->app = app;
	mv->year = date_today().y;
	mv->month = date_today().m - 1;
	mv->short_kind = -1;
	return mv;
}

static void calendar_close(void *st)
{
	free(st);
}

static void calendar_load(struct meetings_view *mv)
{
	mv->loaded = true;
	mv->short_kind = -1;
	mv->failed = !meeting_year_load(mv->app->db, mv->year, date_today(), &mv->y);
}

static void calendar_reload(void *st)
{
	struct meetings_view *mv = st;
	mv->loaded = false;
}

/* The cell of kind k that holds month (0..11), and the first month of cell c. */
static int cell_of(const struct meeting_year *y, int k, int month)
{
	int n = y->ncells[k] > 0 ? y->ncells[k] : 1;
	return month * n / 12;
}

static int cell_first_month(const struct meeting_year *y, int k, int c)
{
	int n = y->ncells[k] > 0 ? y->ncells[k] : 1;
	return c * 12 / n;
}

/* "2026年二季度", "2026年4月", "2026年全年". */
static void meeting_period_label(struct period p, char *out, size_t size)
{
	const char *part = p.kind == PERIOD_MONTH ? month_titles[(p.n - 1) % 12]
			 : p.kind == PERIOD_QUARTER ? quarter_titles[(p.n - 1) % 4]
			 : p.kind == PERIOD_HALF ? half_titles[(p.n - 1) % 2] : N_("Year");
	snprintf(out, size, _("year %d: %s"), p.year, _(part));
}

static bool period_is_current(struct period p, struct date today)
{
	return date_cmp(period_first_day(p), today) <= 0 && date_cmp(today, period_last_day(p)) <= 0;
}

/* What a cell shows, in width columns, and its style. */
static enum ui_style cell_text(const struct meetings_view *mv, int k, int c, int width, char *out, size_t size)
{
	const struct meeting_cell *cell = &mv->y.cells[k][c];
	const char *mark = state_marks[cell->state];
	int need = cell->required * cell->units;
	char longer[128];
	if (cell->state == MSTATE_NOT_REQUIRED) {
		char held[16];
		snprintf(held, sizeof held, "%d", cell->held);
		snprintf(out, size, "%s", cell->held ? held : mark);
		snprintf(longer, sizeof longer, "%s %s", cell->held ? held : mark, meeting_state_label(cell->state));
	} else {
		snprintf(out, size, "%s%d/%d", mark, cell->held, need);
		if (text_width(out) > width)
			snprintf(out, size, "%s%d", mark, cell->held);
		snprintf(longer, sizeof longer, "%s %d/%d %s", mark, cell->held, need, meeting_state_label(cell->state));
	}
	if (text_width(longer) <= width)
		text_copy(out, size, longer);
	switch (cell->state) {
	case MSTATE_MISSING: return UI_OVERDUE;
	case MSTATE_UPCOMING: return period_is_current(cell->period, mv->y.today) ? UI_SOON : UI_DIM;
	case MSTATE_DONE: return UI_NORMAL;
	case MSTATE_NOT_REQUIRED: break;
	}
	return UI_DIM;
}

/* The party groups short of the requirement in the cell under the cursor. */
struct short_list {
	enum meeting_kind kind;
	char *out;
	size_t size;
};

static void add_short(void *ctx, const struct meeting_due *d)
{
	struct short_list *s = ctx;
	size_t len = strlen(s->out);
	if (d->kind != s->kind || d->group_id == 0 || d->held >= d->required)
		return;
	snprintf(s->out + len, s->size - len, "%s%s", len ? "、" : "", d->group);
}

static const char *short_groups(struct meetings_view *mv, int k, int c)
{
	if (mv->short_kind == k && mv->short_cell == c && mv->short_year == mv->year)
		return mv->short_groups;
	const struct meeting_cell *cell = &mv->y.cells[k][c];
	struct short_list s = { (enum meeting_kind)k, mv->short_groups, sizeof mv->short_groups };
	mv->short_groups[0] = '\0';
	if (cell->units_short > 0 && mv->y.req[k].per_group)
		meeting_dues_each(mv->app->db, period_first_day(cell->period), period_last_day(cell->period),
				  mv->y.today, add_short, &s);
	mv->short_kind = k;
	mv->short_cell = c;
	mv->short_year = mv->year;
	return mv->short_groups;
}

static void draw_detail(struct meetings_view *mv, int y, int x, int width, int lines)
{
	int k = mv->kind, c = cell_of(&mv->y, k, mv->month);
	const struct meeting_cell *cell = &mv->y.cells[k][c];
	char period[64], req[128], line[1024];
	int row = y;
	meeting_period_label(cell->period, period, sizeof period);
	snprintf(line, sizeof line, "%s · %s · %s %s", meeting_kind_names[k], period,
		 state_marks[cell->state], meeting_state_label(cell->state));
	ui_text(row++, x, width, line, UI_EMPHASIS);
	meeting_requirement_describe(&mv->y.req[k], req, sizeof req);
	snprintf(line, sizeof line, _("Required: %s. Held: %d."), req, cell->held);
	ui_text(row++, x, width, line, UI_NORMAL);
	if (cell->period.kind != PERIOD_MONTH && row < y + lines) {
		struct date a = period_first_day(cell->period), b = period_last_day(cell->period);
		size_t len = 0;
		line[0] = '\0';
		for (int m = a.m; m <= b.m && len + 1 < sizeof line; m++) {
			snprintf(line + len, sizeof line - len, "%s%s %d", len ? " · " : "", _(month_titles[m - 1]),
				 mv->y.month_held[k][m - 1]);
			len = strlen(line);
		}
		ui_text(row++, x, width, line, UI_NORMAL);
	}
	const char *groups = short_groups(mv, k, c);
	if (*groups && row < y + lines) {
		snprintf(line, sizeof line, _("Party groups short of it: %s"), groups);
		ui_text(row++, x, width, line, cell->state == MSTATE_MISSING ? UI_OVERDUE : UI_NORMAL);
	}
	if (row < y + lines)
		ui_text(row, x, width, _("Enter lists these meetings; a records one."), UI_DIM);
}

static void calendar_draw(void *view, struct ui *ui)
{
	struct meetings_view *mv = view;
	struct app *app = mv->app;
	int y, h, cols = ui_cols(ui);
	char line[512], from[DATE_ISO_SIZE];
	if (!mv->loaded)
		calendar_load(mv);
	ui_area(ui, &y, &h);
	if (mv->failed) {
		ui_error(ui, "%s: %s", _("Cannot read the meetings from the database"), db_error(app->db));
		return;
	}
	int missing = 0, due = 0;
	for (int k = 0; k < MK_COUNT; k++)
		for (int c = 0; c < mv->y.ncells[k]; c++) {
			const struct meeting_cell *cell = &mv->y.cells[k][c];
			missing += cell->state == MSTATE_MISSING;
			due += cell->state == MSTATE_UPCOMING && period_is_current(cell->period, mv->y.today);
		}
	for (int half = 0; half < 2; half++) {
		missing += mv->y.topic[half].state == MSTATE_MISSING;
		due += mv->y.topic[half].state == MSTATE_UPCOMING &&
		       period_is_current(mv->y.topic[half].period, mv->y.today);
	}
	date_format(mv->y.tracked_from, from);
	snprintf(line, sizeof line, _("Meetings of %d · records count from %s"), mv->year, from);
	char right[128];
	snprintf(right, sizeof right, _("missing %d · to hold now %d"), missing, due);
	int rw = text_width(right);
	ui_text(y, 1, cols - rw - 3, line, UI_EMPHASIS);
	ui_text_right(y, cols - rw - 1, rw, right, missing ? UI_OVERDUE : UI_NORMAL);

	int x0 = 1 + LABEL_WIDTH, mw = (cols - x0 - 1) / 12;
	if (mw < 5)
		mw = 5;
	struct date today = mv->y.today;
	ui_fill(y + 1, 0, cols, UI_HEADER);
	ui_fill(y + 2, 0, cols, UI_HEADER);
	ui_text(y + 2, 1, LABEL_WIDTH, _("Kind"), UI_HEADER);
	for (int q = 0; q < 4; q++)
		ui_text(y + 1, x0 + q * 3 * mw, 3 * mw - 1, _(quarter_titles[q]), UI_HEADER);
	for (int m = 0; m < 12; m++)
		ui_text(y + 2, x0 + m * mw, mw - 1, _(month_titles[m]),
			today.y == mv->year && today.m == m + 1 ? UI_HEADER_SORTED : UI_HEADER);

	int row = y + 3;
	for (int k = 0; k < MK_COUNT; k++, row++) {
		ui_text(row, 1, LABEL_WIDTH - 1, meeting_kind_names[k], k == mv->kind ? UI_EMPHASIS : UI_LABEL);
		int n = mv->y.ncells[k];
		for (int c = 0; c < n; c++) {
			int first = cell_first_month(&mv->y, k, c), span = 12 / n;
			int w = span * mw - 1;
			char text[128];
			enum ui_style st = cell_text(mv, k, c, w, text, sizeof text);
			if (k == mv->kind && c == cell_of(&mv->y, k, mv->month))
				st = UI_SELECTED;
			ui_text(row, x0 + first * mw, w, text, st);
		}
	}
	/* The 支部委员会 tagged 党建工作专题, required each half year: its own row. */
	ui_text(row, 1, LABEL_WIDTH - 1, MEETING_TOPIC_TAG, UI_LABEL);
	for (int half = 0; half < 2; half++) {
		const struct meeting_cell *cell = &mv->y.topic[half];
		char text[128];
		enum ui_style st = UI_NORMAL;
		snprintf(text, sizeof text, "%s %d/1 %s", state_marks[cell->state], cell->held,
			 meeting_state_label(cell->state));
		if (cell->state == MSTATE_MISSING)
			st = UI_OVERDUE;
		else if (cell->state == MSTATE_UPCOMING)
			st = period_is_current(cell->period, mv->y.today) ? UI_SOON : UI_DIM;
		else if (cell->state == MSTATE_NOT_REQUIRED)
			st = UI_DIM;
		ui_text(row, x0 + half * 6 * mw, 6 * mw - 1, text, st);
	}
	row += 2;
	ui_text(row++, 1, cols - 2, _("✓ held  ✗ missing  ○ not yet  — not required    counts: held/required"), UI_DIM);
	row++;
	draw_detail(mv, row, 1, cols - 2, y + h - row);
}

/* ---- the lists of meetings */

struct listed {
	long long id;
	char date[DATE_ISO_SIZE];
	char kind[32];
	char title[384];
	char group[MINUTE_NAME_SIZE];
	int expected, present;
	bool cancelled;
};

struct meeting_list {
	struct app *app;
	struct meeting_filter filter;
	char title[256];
	int kind;                    /* for a new minute: the cell's kind, or -1 */
	struct period period;        /* and its period (kind -1: the year) */
	int year;                    /* the calendar's year (民主评议) */
	struct listed *items;
	int count;
	size_t cap;
	bool failed;
	struct table_list *list;
	struct table *table;
	struct table_column cols[6]; /* the table keeps a pointer to them */
	char query[LINEEDIT_SIZE];   /* the search: topic, kind, group or date */
	int kind_limit;              /* the limit: one kind, -1 all */
};

static bool matches(const struct meeting_list *ml, const struct meeting *m)
{
	const char *kind = m->kind < MK_COUNT ? meeting_kind_names[m->kind] : "";
	if (ml->kind_limit >= 0 && (int)m->kind != ml->kind_limit)
		return false;
	return !*ml->query || strstr(m->title, ml->query) || strstr(kind, ml->query) ||
	       strstr(m->group, ml->query) || strstr(m->date, ml->query);
}

static void add_listed(void *ctx, const struct meeting *m)
{
	struct meeting_list *ml = ctx;
	if (!matches(ml, m))
		return;
	ml->items = grow_array(ml->items, ml->count, &ml->cap, 32, sizeof *ml->items);
	struct listed *l = &ml->items[ml->count++];
	memset(l, 0, sizeof *l);
	l->id = m->id;
	text_copy(l->date, sizeof l->date, m->date);
	text_copy(l->kind, sizeof l->kind, m->kind < MK_COUNT ? meeting_kind_names[m->kind] : "");
	text_copy(l->title, sizeof l->title, m->title);
	text_copy(l->group, sizeof l->group, m->group);
	l->expected = m->turnout.expected;
	l->present = m->turnout.present;
	l->cancelled = m->cancelled;
}

/* The meetings of the list, by date (the table sorts them). */
static bool list_fill(void *ctx, struct table_list *list)
{
	struct meeting_list *ml = ctx;
	ml->count = 0;
	ml->failed = !meeting_each(ml->app->db, &ml->filter, add_listed, ml);
	for (long long i = 0; !ml->failed && i < ml->count; i++) {
		const struct listed *l = &ml->items[i];
		char expected[16], present[16];
		snprintf(expected, sizeof expected, "%d", l->expected);
		snprintf(present, sizeof present, "%d", l->present);
		const char *cells[] = { l->date, l->kind, l->title, l->group, expected, present };
		table_list_add(list, l->id, l->cancelled ? UI_DIM : UI_NORMAL, cells);
	}
	return !ml->failed;
}

static void list_draw(void *ctx, struct ui *ui)
{
	struct meeting_list *ml = ctx;
	int y, h, cols = ui_cols(ui);
	char line[512];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, _("%s: %lld meetings"), ml->title, table_count(ml->table));
	if (ml->kind_limit >= 0 || *ml->query) {
		char part[LINEEDIT_SIZE + 128];
		snprintf(part, sizeof part, " · %s%s%s", ml->kind_limit >= 0 ? meeting_kind_names[ml->kind_limit] : "",
			 ml->kind_limit >= 0 && *ml->query ? " · " : "", ml->query);
		text_copy(line + strlen(line), sizeof line - strlen(line), part);
	}
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	table_draw(ml->table, y + 1, 1, h - 1, cols - 2);
	if (ml->failed)
		ui_error(ui, "%s: %s", _("Cannot read the meetings from the database"), db_error(ml->app->db));
}

/* The day a new minute starts with: today, or the last day of a period
 * that has ended. */
static void default_day(int kind, struct period p, char out[DATE_ISO_SIZE])
{
	struct date d = date_today();
	if (kind >= 0 && date_cmp(d, period_last_day(p)) > 0)
		d = period_last_day(p);
	date_format(d, out);
}

/* The list of meetings, a page (screen_run): newest first, / searches
 * the topic, kind, group and date, f limits it to one kind. */
static void *list_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ _("Date"), 10, 0, false }, { _("Kind"), 12, 0, false }, { _("Topic"), 12, 3, false },
		{ _("Party group"), 10, 1, false }, { _("Should attend"), 4, 0, true }, { _("Attended"), 4, 0, true },
	};
	struct meeting_list *ml = malloc(sizeof *ml);
	if (!ml)
		abort();
	*ml = *(const struct meeting_list *)arg;
	ml->app = app;
	ml->kind_limit = -1;
	memcpy(ml->cols, cols, sizeof cols);
	ml->list = table_list_new(6, list_fill, ml);
	ml->table = table_new(ml->cols, 6, table_list_source(ml->list));
	table_set_sort(ml->table, 0, true);
	table_set_empty_text(ml->table, _("No meeting recorded in this period: a records one."));
	return ml;
}

static void list_close(void *st)
{
	struct meeting_list *ml = st;
	table_free(ml->table);
	table_list_free(ml->list);
	free(ml->items);
	free(ml);
}

static void list_reload(void *st)
{
	struct meeting_list *ml = st;
	table_reload(ml->table, false);
}

static void list_search_changed(void *ctx)
{
	struct meeting_list *ml = ctx;
	table_reload(ml->table, true);
}

static bool list_move(void *ctx, enum action a)
{
	struct meeting_list *ml = ctx;
	return table_key(ml->table, a);
}

static void limit_kind(struct meeting_list *ml)
{
	const char *items[MK_COUNT + 1];
	items[0] = _("(all)");
	for (int k = 0; k < MK_COUNT; k++)
		items[k + 1] = meeting_kind_names[k];
	int i = ui_choose(ml->app->ui, _("Show the meetings of one kind"), items, MK_COUNT + 1, ml->kind_limit + 1);
	if (i < 0)
		return;
	ml->kind_limit = i - 1;
	table_reload(ml->table, true);
}

static int list_key(void *st, enum action a, int key)
{
	struct meeting_list *ml = st;
	struct app *app = ml->app;
	(void)key;
	if (table_key(ml->table, a))
		return SCREEN_DONE;
	long long id = table_cursor_id(ml->table);
	switch (a) {
	case ACT_OPEN:
		if (id)
			minute_page(app, id, -1, NULL);
		break;
	case ACT_MEETING_ADD: {
		char day[DATE_ISO_SIZE];
		default_day(ml->kind, ml->period, day);
		minute_page(app, 0, ml->kind, day);
		break;
	}
	case ACT_NONE:
		if (!key_is_text(key))
			return SCREEN_UNUSED;
		/* a topic typed without / searches too */
		/* fall through */
	case ACT_SEARCH:
		ui_search(app->ui, _("Search (topic, kind, party group or date): "), ml->query, sizeof ml->query,
			  a == ACT_NONE ? key : 0,
			  list_search_changed, list_move, ml);
		break;
	case ACT_LIMIT:
		limit_kind(ml);
		break;
	case ACT_BACK:
		if (!*ml->query)
			return SCREEN_UNUSED;
		ml->query[0] = '\0';
		table_reload(ml->table, true);
		break;
	case ACT_COMMITTEE:
		committee_page(app);
		break;
	case ACT_GRADES:
		grades_page(app, ml->year);
		break;
	default:
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context list_contexts[] = { CTX_MEETINGS, CTX_LIMITED, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action list_bar[] = {
	ACT_BACK, ACT_OPEN, ACT_MEETING_ADD, ACT_SEARCH, ACT_LIMIT, ACT_SORT_NEXT, ACT_HELP, ACT_QUIT, ACT_NONE,
};

static const struct screen_ops meetings_list_page = {
	.name = "meetings-list", .title = N_("Meetings"),
	.open = list_open, .close = list_close, .draw = list_draw, .key = list_key,
	.contexts = list_contexts, .bar = list_bar, .reload = list_reload,
};

/* The meetings of the cell under the cursor, or of the whole year. */
static void open_list(struct meetings_view *mv, bool whole_year)
{
	struct meeting_list ml;
	memset(&ml, 0, sizeof ml);
	if (whole_year) {
		struct period p = { PERIOD_YEAR, mv->year, 1 };
		meeting_filter_period(&ml.filter, -1, p);
		ml.kind = -1;
		ml.period = p;
		snprintf(ml.title, sizeof ml.title, _("Every meeting of %d"), mv->year);
	} else {
		int k = mv->kind, c = cell_of(&mv->y, k, mv->month);
		char period[64];
		ml.kind = k;
		ml.period = mv->y.cells[k][c].period;
		meeting_filter_period(&ml.filter, k, ml.period);
		meeting_period_label(ml.period, period, sizeof period);
		snprintf(ml.title, sizeof ml.title, "%s · %s", meeting_kind_names[k], period);
	}
	ml.year = mv->year;
	screen_run(mv->app, &meetings_list_page, &ml);
}

/* ---- keys */

static void move_kind(struct meetings_view *mv, int to)
{
	if (to < 0)
		to = 0;
	if (to >= MK_COUNT)
		to = MK_COUNT - 1;
	mv->kind = to;
}

static void move_cell(struct meetings_view *mv, int delta)
{
	int k = mv->kind, n = mv->y.ncells[k], c = cell_of(&mv->y, k, mv->month) + delta;
	if (c < 0 || c >= n)
		return;
	mv->month = cell_first_month(&mv->y, k, c);
}

static void set_year(struct meetings_view *mv, int year)
{
	if (year < 1921 || year > 2200)
		return;
	mv->year = year;
	calendar_load(mv);
}

static int calendar_key(void *st, enum action a, int key)
{
	struct meetings_view *mv = st;
	struct app *app = mv->app;
	(void)key;
	if (!mv->loaded)
		calendar_load(mv);
	if (mv->failed && a != ACT_YEAR_PREV && a != ACT_YEAR_NEXT)
		return a == ACT_BACK || a == ACT_QUIT ? SCREEN_UNUSED : SCREEN_DONE;
	switch (a) {
	case ACT_UP: move_kind(mv, mv->kind - 1); break;
	case ACT_DOWN: move_kind(mv, mv->kind + 1); break;
	case ACT_FIRST: mv->month = 0; break;
	case ACT_LAST: mv->month = 11; break;
	case ACT_CELL_LEFT: move_cell(mv, -1); break;
	case ACT_CELL_RIGHT: move_cell(mv, 1); break;
	case ACT_YEAR_PREV: set_year(mv, mv->year - 1); break;
	case ACT_YEAR_NEXT: set_year(mv, mv->year + 1); break;
	case ACT_BACK: /* back to today; from there, where the user came from */
		if (mv->month == date_today().m - 1 && mv->year == date_today().y)
			return SCREEN_UNUSED;
		mv->month = date_today().m - 1;
		if (mv->year != date_today().y)
			set_year(mv, date_today().y);
		break;
	case ACT_OPEN: open_list(mv, false); break;
	case ACT_MEETING_ALL: open_list(mv, true); break;
	case ACT_MEETING_ADD: {
		int k = mv->kind;
		char day[DATE_ISO_SIZE];
		default_day(k, mv->y.cells[k][cell_of(&mv->y, k, mv->month)].period, day);
		minute_page(app, 0, k, day);
		break;
	}
	case ACT_COMMITTEE:
		committee_page(app);
		break;
	case ACT_GRADES:
		grades_page(app, mv->year);
		break;
	default:
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

/* From a to-do of 首页 ("meetings:PERIOD:KIND"): the cursor on that cell
 * of that year (on the first kind short of meetings there when the link
 * names none). */
static int calendar_go(void *view, const char *link)
{
	struct meetings_view *mv = view;
	char period[32] = "", kind[64] = "";
	struct period p;
	if (sscanf(link, "meetings:%31[^:]:%63s", period, kind) < 1 || !period_parse(period, &p))
		return SCREEN_DONE;
	mv->year = p.year;
	calendar_load(mv);
	mv->month = period_first_day(p).m - 1;
	int k = *kind ? meeting_kind_parse(kind) : -1;
	for (int i = 0; k < 0 && !mv->failed && i < MK_COUNT; i++) {
		enum meeting_state st = mv->y.cells[i][cell_of(&mv->y, i, mv->month)].state;
		if (st == MSTATE_MISSING || st == MSTATE_UPCOMING)
			k = i;
	}
	if (k >= 0)
		move_kind(mv, k);
	return SCREEN_DONE;
}

const struct screen_ops screen_meetings = {
	.name = "meetings", .title = N_("Meetings"),
	.help = N_("The calendar of the required meetings (三会一课 ...), the lists of meetings and their minutes"),
	.open = calendar_open, .close = calendar_close, .draw = calendar_draw, .key = calendar_key,
	.contexts = contexts, .bar = bar, .reload = calendar_reload, .go = calendar_go,
	.link_prefix = "meetings:",
};
