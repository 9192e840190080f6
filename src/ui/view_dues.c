/* 党费: the year grid.  One line per member, one cell per month of the year:
 * ✓ paid, ½ paid in part, ✗ owed and not paid (dim while the month is not
 * over), · not owed (not a member then, or no amount fixed for the year).
 * Members in arrears stand out: the warning style at 3 months, the overdue
 * style at 6 in a row (自行脱党); the 欠月 column says how many, so that a
 * screen without colours says it too.  Below the members: the collection
 * rate of each month and of the year, the totals of the month under the
 * cursor and of the year, and the selected cell.
 *
 * Rows come a page at a time from dues_page().  The count and the totals
 * over the whole branch are kept until a write or a change of the year, the
 * limit or the search; the totals (and the count of a limit to arrears,
 * which reads every member's history) are worked out when the typing pauses
 * (the layer's idle), so that the first screen and a search keystroke never
 * wait for them.  The forms, a member's history, the fixing table and the
 * remittances are in view_dues_forms.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"
#include "db/db.h"
#include "db/member.h"
#include "rules/roster.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/lineedit.h"
#include "ui/search.h"
#include "ui/view_dues.h"

#define GRID_PAGE 32   /* members fetched at once */
#define GRID_PAGES 3   /* pages kept */
#define MONTH_WIDTH 3  /* " ✓ " */
#define BOTTOM_LINES 4 /* rates, the month's totals, the year's, the cell */

struct grid_page {
	long long first;       /* row index of rows[0] */
	int n;
	bool valid;
	unsigned long used;    /* for least-recently-used eviction */
	struct dues_row rows[GRID_PAGE];
};

struct dues_view {
	struct app *app;
	bool started;
	int year, month;               /* the year shown; the month (0..11) under the cursor */
	struct date as_of;             /* today, when the rows were read */
	char group[96];                /* limit: one party group ("" all) */
	bool arrears_only;             /* limit: members in arrears */
	char query[LINEEDIT_SIZE];     /* the search, trimmed */
	long long count;
	bool counted, failed;
	long long cursor, top;
	int height;                    /* member lines at the last draw */
	struct grid_page *pages;
	unsigned long tick;
	bool totals_ok, totals_failed;
	struct dues_totals totals;
	char collector[DUES_COLLECTOR_SIZE]; /* the last one typed: the next default */
};

static const enum ui_context contexts[] = {
	CTX_DUES, CTX_DUES_YEAR, CTX_LIMITED, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END,
};
static const enum action bar[] = {
	ACT_HELP, ACT_SEARCH, ACT_LIMIT, ACT_DUES_PAY, ACT_DUES_MARK, ACT_DUES_MARK_ALL,
	ACT_OPEN, ACT_DUES_FIXINGS, ACT_DUES_REMITTANCES, ACT_QUIT, ACT_NONE,
};

static void *grid_open(struct app *app, const void *arg)
{
	(void)arg;
	struct dues_view *dv = calloc(1, sizeof *dv);
	if (!dv)
		abort();
	dv->pages = calloc(GRID_PAGES, sizeof *dv->pages);
	if (!dv->pages)
		abort();
	dv->app = app;
	return dv;
}

static void grid_close(void *st)
{
	struct dues_view *dv = st;
	free(dv->pages);
	free(dv);
}

void dues_month_name(int month, char *out, size_t size)
{
	snprintf(out, size, _("month %d"), month % 12 + 1);
}

void dues_rate_text(fen_t collected, fen_t owed, char *out, size_t size)
{
	int permille = dues_rate_permille(collected, owed);
	if (permille < 0)
		snprintf(out, size, "-");
	else
		snprintf(out, size, "%d.%d%%", permille / 10, permille % 10);
}

/* ---- rows, a page at a time ---- */

static struct dues_query grid_query(const struct dues_view *dv)
{
	return (struct dues_query){
		.first = month_index(dv->year, 1), .months = 12, .as_of = dv->as_of,
		.group = *dv->group ? dv->group : NULL, .search = *dv->query ? dv->query : NULL,
		.arrears_only = dv->arrears_only, .limit = -1,
	};
}

/* The records, the year or the question changed: read everything again. */
static void grid_reload(struct dues_view *dv, bool reset_cursor)
{
	for (int i = 0; i < GRID_PAGES; i++)
		dv->pages[i].valid = false;
	dv->counted = dv->failed = false;
	dv->totals_ok = dv->totals_failed = false;
	dv->as_of = date_today();
	if (reset_cursor)
		dv->cursor = dv->top = 0;
}

static struct grid_page *page_at(struct dues_view *dv, long long first)
{
	struct grid_page *p = NULL;
	for (int i = 0; i < GRID_PAGES; i++)
		if (dv->pages[i].valid && dv->pages[i].first == first)
			p = &dv->pages[i];
	if (!p) {
		p = &dv->pages[0];
		for (int i = 1; i < GRID_PAGES; i++)
			if (!dv->pages[i].valid || dv->pages[i].used < p->used)
				p = &dv->pages[i];
		struct dues_query q = grid_query(dv);
		q.offset = first;
		q.limit = GRID_PAGE;
		p->first = first;
		p->valid = true;
		if (!dues_page(dv->app->db, &q, p->rows, GRID_PAGE, &p->n)) {
			dv->failed = true;
			p->n = 0;
		}
		/* A short page is the end: the count is known without asking. */
		if (!dv->failed && !dv->counted && p->n < GRID_PAGE && (p->n > 0 || first == 0)) {
			dv->count = first + p->n;
			dv->counted = true;
		}
	}
	p->used = ++dv->tick;
	return p;
}

static long long grid_count(struct dues_view *dv)
{
	if (!dv->counted)
		page_at(dv, 0);
	if (!dv->counted) {
		struct dues_query q = grid_query(dv);
		long long n = dues_count(dv->app->db, &q);
		if (n < 0) {
			dv->failed = true;
			n = 0;
		}
		dv->count = n;
		dv->counted = true;
	}
	return dv->count;
}

/* Rows that exist up to index want: the count, or while it is not known
 * yet (the arrears limit counts on idle) the rows read so far. */
static long long rows_known(struct dues_view *dv, long long want)
{
	if (dv->counted)
		return dv->count;
	page_at(dv, want < 0 ? 0 : want / GRID_PAGE * GRID_PAGE);
	if (dv->counted)
		return dv->count;
	long long n = 0;
	for (int i = 0; i < GRID_PAGES; i++)
		if (dv->pages[i].valid && dv->pages[i].first + dv->pages[i].n > n)
			n = dv->pages[i].first + dv->pages[i].n;
	return n;
}

static const struct dues_row *row_at(struct dues_view *dv, long long index)
{
	if (index < 0 || (dv->counted && index >= dv->count))
		return NULL;
	long long first = index / GRID_PAGE * GRID_PAGE;
	struct grid_page *p = page_at(dv, first);
	return index - first < p->n ? &p->rows[index - first] : NULL;
}

static const struct dues_row *selected(struct dues_view *dv)
{
	return row_at(dv, dv->cursor);
}

static void clamp_cursor(struct dues_view *dv)
{
	long long n = rows_known(dv, dv->cursor);
	if (dv->cursor >= n)
		dv->cursor = n - 1;
	if (dv->cursor < 0)
		dv->cursor = 0;
}

/* Up, Down, PgUp, PgDn, Home, End: true when a was one of them. */
static bool grid_move(void *ctx, enum action a)
{
	struct dues_view *dv = ctx;
	int page = dv->height > 1 ? dv->height - 1 : 1;
	switch (a) {
	case ACT_UP: dv->cursor--; break;
	case ACT_DOWN: dv->cursor++; break;
	case ACT_PAGE_UP: dv->cursor -= page; dv->top -= page; break;
	case ACT_PAGE_DOWN: dv->cursor += page; dv->top += page; break;
	case ACT_FIRST: dv->cursor = 0; break;
	case ACT_LAST: dv->cursor = grid_count(dv) - 1; break;
	default: return false;
	}
	clamp_cursor(dv);
	return true;
}

/* The count and the totals, when the typing pauses. */
static bool grid_idle(void *st)
{
	struct dues_view *dv = st;
	bool changed = false;
	if (!dv->started)
		return false;
	if (!dv->counted) {
		grid_count(dv);
		changed = true;
	}
	if (!dv->totals_ok && !dv->totals_failed) {
		/* The branch's (or the party group's) totals, also while a search
		 * narrows the list to a few. */
		struct dues_query q = grid_query(dv);
		q.search = NULL;
		if (dues_totals(dv->app->db, &q, &dv->totals))
			dv->totals_ok = true;
		else
			dv->totals_failed = true;
		changed = true;
	}
	return changed;
}

/* ---- drawing ---- */

struct layout {
	int name_x, name_w;    /* 姓名 */
	int group_x, group_w;  /* 党小组, when the window is wide enough */
	int month_x;           /* the first month's cell */
	int paid_x;            /* 实交 of the year, 8 wide */
	int owing_x;           /* 欠交: what the arrears add up to, 8 wide */
	int run_x;             /* 欠月: months in arrears, 4 wide */
	int to_x;              /* 交至: the month paid up to, 7 wide */
};

static void grid_layout(int cols, struct layout *l)
{
	int fixed = 12 * MONTH_WIDTH + 9 + 9 + 5 + 8;
	int spare = cols - 2 - fixed;
	l->name_x = 1;
	l->name_w = spare < 8 ? 8 : spare > 16 ? 16 : spare;
	spare -= l->name_w;
	l->group_w = spare >= 9 ? (spare - 1 > 16 ? 16 : spare - 1) : 0;
	l->group_x = l->name_x + l->name_w;
	l->month_x = l->group_x + (l->group_w ? l->group_w + 1 : 0);
	l->paid_x = l->month_x + 12 * MONTH_WIDTH + 1;
	l->owing_x = l->paid_x + 9;
	l->run_x = l->owing_x + 9;
	l->to_x = l->run_x + 5;
}

static const char *cell_mark(enum dues_cell_state s)
{
	switch (s) {
	case DUES_CELL_PAID: return "✓";
	case DUES_CELL_PARTLY: return "½";
	case DUES_CELL_UNPAID: return "✗";
	case DUES_CELL_NOT_DUE: return "○";
	case DUES_CELL_NOT_OWED: break;
	}
	return "·";
}

/* Unpaid stands out once the month is over; before that it is only due. */
static enum ui_style cell_style(enum dues_cell_state s, int month, int as_of_month)
{
	switch (s) {
	case DUES_CELL_PAID: return UI_NORMAL;
	case DUES_CELL_PARTLY: return UI_SOON;
	case DUES_CELL_UNPAID:
		return month < as_of_month ? UI_OVERDUE : month == as_of_month ? UI_NORMAL : UI_DIM;
	case DUES_CELL_NOT_DUE:
	case DUES_CELL_NOT_OWED: break;
	}
	return UI_DIM;
}

static enum ui_style flag_style(const struct dues_row *r)
{
	switch (r->flag) {
	case DUES_FLAG_LAPSE: return UI_OVERDUE;
	case DUES_FLAG_WARN: return UI_SOON;
	case DUES_FLAG_NONE: break;
	}
	return r->left_undated || roster_status_left(r->status) ? UI_DIM : UI_NORMAL;
}

static void draw_row(struct dues_view *dv, const struct dues_row *r, bool sel, int y, int cols,
		     const struct layout *l)
{
	int as_of_month = month_index(dv->as_of.y, dv->as_of.m);
	int first = month_index(dv->year, 1);
	enum ui_style base = sel ? UI_SELECTED : UI_NORMAL, flag = sel ? UI_SELECTED : flag_style(r);
	char buf[64];
	ui_fill(y, 0, cols, base);
	ui_text(y, l->name_x, l->name_w - 1, r->name, flag);
	if (l->group_w)
		ui_text(y, l->group_x, l->group_w, r->group, sel ? base : UI_DIM);
	for (int k = 0; k < 12; k++) {
		const struct dues_cell *c = &r->cell[k];
		enum ui_style st = cell_style(c->state, first + k, as_of_month);
		if (sel && k != dv->month)
			st = UI_SELECTED;
		snprintf(buf, sizeof buf, " %s ", cell_mark(c->state));
		ui_text(y, l->month_x + k * MONTH_WIDTH, MONTH_WIDTH, buf, st);
	}
	char money[MONEY_SIZE];
	money_format(r->paid, money);
	ui_text_right(y, l->paid_x, 8, r->paid || r->owed ? money : "", base);
	if (r->standing.arrears_amount > 0) {
		money_format(r->standing.arrears_amount, money);
		ui_text_right(y, l->owing_x, 8, money, flag);
	}
	if (r->standing.arrears_months > 0) {
		snprintf(buf, sizeof buf, "%d", r->standing.arrears_months);
		ui_text_right(y, l->run_x, 4, buf, flag);
	}
	if (r->standing.paid_to >= 0) {
		month_format(r->standing.paid_to, buf);
		ui_text(y, l->to_x, 7, buf, base);
	} else if (!r->fixed) {
		ui_text(y, l->to_x, 7, _("unfixed"), sel ? base : UI_DIM);
	}
}

static void draw_header(struct dues_view *dv, int y, int cols, const struct layout *l)
{
	char buf[16];
	ui_fill(y, 0, cols, UI_HEADER);
	ui_text(y, l->name_x, l->name_w - 1, _("Name"), UI_HEADER);
	if (l->group_w)
		ui_text(y, l->group_x, l->group_w, _("Party group"), UI_HEADER);
	for (int k = 0; k < 12; k++) {
		snprintf(buf, sizeof buf, "%2d ", k + 1);
		ui_text(y, l->month_x + k * MONTH_WIDTH, MONTH_WIDTH, buf,
			k == dv->month ? UI_HEADER_SORTED : UI_HEADER);
	}
	ui_text_right(y, l->paid_x, 8, _("Paid"), UI_HEADER);
	ui_text_right(y, l->owing_x, 8, _("Owing"), UI_HEADER);
	ui_text_right(y, l->run_x, 4, _("Mos."), UI_HEADER);
	ui_text(y, l->to_x, 7, _("Paid to"), UI_HEADER);
}

/* The months of the year that count for its rate: up to this month in the
 * current year, all twelve in another. */
static int months_to_date(const struct dues_view *dv)
{
	if (dv->year == dv->as_of.y)
		return dv->as_of.m;
	return 12;
}

static void draw_totals(struct dues_view *dv, int y, int cols, const struct layout *l)
{
	const struct dues_totals *t = &dv->totals;
	char line[512], a[MONEY_SIZE], b[MONEY_SIZE], c[MONEY_SIZE], rate[32], month[32];
	ui_fill(y, 0, cols, UI_HEADER);
	ui_text(y, l->name_x, l->month_x - l->name_x, _("Rate %"), UI_HEADER);
	if (!dv->totals_ok) {
		ui_text(y + 1, 1, cols - 2, dv->totals_failed ? db_error(dv->app->db)
				: _("Adding up the totals..."), dv->totals_failed ? UI_ERROR : UI_DIM);
		return;
	}
	for (int k = 0; k < 12; k++) {
		int permille = dues_rate_permille(t->collected[k], t->owed[k]);
		char cell[16];
		if (permille < 0)
			snprintf(cell, sizeof cell, "  -");
		else if (permille >= 1000) /* all of it: 100 would run into its neighbours */
			snprintf(cell, sizeof cell, " ✓ ");
		else
			snprintf(cell, sizeof cell, "%3d", permille / 10);
		ui_text(y, l->month_x + k * MONTH_WIDTH, MONTH_WIDTH, cell,
			k == dv->month ? UI_HEADER_SORTED : UI_HEADER);
	}
	int upto = months_to_date(dv);
	fen_t owed = 0, collected = 0, paid = 0, voluntary = 0;
	for (int k = 0; k < upto && k < 12; k++) {
		owed += t->owed[k];
		collected += t->collected[k];
		paid += t->paid[k];
		voluntary += t->voluntary[k];
	}
	dues_rate_text(collected, owed, rate, sizeof rate);
	if (upto < 12)
		snprintf(line, sizeof line, _("to month %d: %s"), upto, rate);
	else
		snprintf(line, sizeof line, _("the year: %s"), rate);
	ui_text(y, l->paid_x, cols - l->paid_x - 1, line, UI_HEADER);

	if (t->owed_sum == 0 && t->not_due_sum == 0 && t->members > 0) {
		snprintf(line, sizeof line, _("No monthly amounts fixed for %d: %s opens the fixing table."),
			 dv->year, action_key_label(ACT_DUES_FIXINGS));
		ui_text(y + 1, 1, cols - 2, line, UI_EMPHASIS);
		return;
	}
	int k = dv->month;
	dues_month_name(month_index(dv->year, k + 1), month, sizeof month);
	money_format(t->owed[k], a);
	money_format(t->paid[k], b);
	money_format(t->voluntary[k], c);
	dues_rate_text(t->collected[k], t->owed[k], rate, sizeof rate);
	if (t->not_due[k]) {
		money_format(t->not_due[k], a);
		snprintf(line, sizeof line, _("%s: not due yet (%s) · paid ahead %s · voluntary extra %s"),
			 month, a, b, c);
	} else {
		snprintf(line, sizeof line, _("%s: owed %s · paid %s · collected %s · voluntary extra %s"),
			 month, a, b, rate, c);
	}
	ui_text(y + 1, 1, cols - 2, line, UI_NORMAL);
	money_format(owed, a);
	money_format(paid, b);
	money_format(voluntary, c);
	dues_rate_text(collected, owed, rate, sizeof rate);
	if (upto < 12)
		snprintf(line, sizeof line, _("%d, months 1-%d: owed %s · paid %s · collected %s · voluntary extra %s"),
			 dv->year, upto, a, b, rate, c);
	else
		snprintf(line, sizeof line, _("%d, the whole year: owed %s · paid %s · collected %s · voluntary extra %s"),
			 dv->year, a, b, rate, c);
	ui_text(y + 2, 1, cols - 2, line, UI_NORMAL);
}

/* The selected member's month, and standing. */
static void draw_cell(struct dues_view *dv, const struct dues_row *r, int y, int cols)
{
	char line[512], month[8], a[MONEY_SIZE], b[MONEY_SIZE], part[256];
	if (!r)
		return;
	const struct dues_cell *c = &r->cell[dv->month];
	month_format(month_index(dv->year, dv->month + 1), month);
	if (c->state == DUES_CELL_NOT_OWED) {
		if (r->fixed)
			snprintf(line, sizeof line, _("%s, %s: not owed (not a member that month)"), r->name, month);
		else
			snprintf(line, sizeof line, _("%s, %s: no amount fixed for the year (%s fixes it)"), r->name,
				 month, action_key_label(ACT_DUES_FIX));
	} else if (c->state == DUES_CELL_NOT_DUE) {
		money_format(c->owed, a);
		money_format(c->paid, b);
		snprintf(line, sizeof line, _("%s, %s: not due yet (%s; paid %s)"), r->name, month, a, b);
	} else {
		money_format(c->owed, a);
		money_format(c->paid, b);
		snprintf(line, sizeof line, _("%s, %s: owed %s, paid %s"), r->name, month, a, b);
	}
	if (c->voluntary > 0) {
		money_format(c->voluntary, a);
		snprintf(part, sizeof part, _(" · voluntary extra %s"), a);
		strncat(line, part, sizeof line - strlen(line) - 1);
	}
	if (r->standing.arrears_months > 0) {
		char since[8];
		money_format(r->standing.arrears_amount, a);
		month_format(r->standing.arrears_since, since);
		snprintf(part, sizeof part, _(" · %d months unpaid since %s, %s"), r->standing.arrears_months,
			 since, a);
		strncat(line, part, sizeof line - strlen(line) - 1);
	}
	ui_text(y, 1, cols - 2, line, r->flag == DUES_FLAG_NONE ? UI_NORMAL : flag_style(r));
}

static void append(char *buf, size_t size, const char *text)
{
	size_t len = strlen(buf);
	if (len && len + 1 < size) {
		text_copy(buf + len, size - len, " · ");
		len = strlen(buf);
	}
	if (len + 1 < size)
		text_copy(buf + len, size - len, text);
}

static void grid_draw(void *st, struct ui *ui)
{
	struct dues_view *dv = st;
	struct app *app = dv->app;
	int y, h, cols = ui_cols(ui);
	char line[1024], part[LINEEDIT_SIZE + 64];
	struct layout l;
	if (!dv->started) {
		dv->started = true;
		dv->as_of = date_today();
		dv->year = dv->as_of.y;
		dv->month = dv->as_of.m - 1;
	}
	ui_area(ui, &y, &h);
	grid_layout(cols, &l);
	int rows = h - 2 - BOTTOM_LINES;
	if (rows < 1)
		rows = 1;
	dv->height = rows;
	if (!dv->arrears_only)
		grid_count(dv);
	long long n = rows_known(dv, dv->top + rows);

	/* The year and what is shown. */
	if (dv->counted)
		snprintf(line, sizeof line, _("Dues %d · %lld members"), dv->year, dv->count);
	else
		snprintf(line, sizeof line, _("Dues %d · counting..."), dv->year);
	if (*dv->group)
		append(line, sizeof line, dv->group);
	if (dv->arrears_only)
		append(line, sizeof line, _("in arrears only"));
	if (*dv->query) {
		snprintf(part, sizeof part, _("search: %s"), dv->query);
		append(line, sizeof line, part);
	}
	if ((dv->arrears_only || *dv->query) && dv->totals_ok) {
		snprintf(part, sizeof part, _("totals of all %lld"), dv->totals.members);
		append(line, sizeof line, part);
	}
	const char *right = _("[ ] other years");
	int rw = text_width(right);
	ui_text(y, 1, cols - rw - 3, line, UI_EMPHASIS);
	ui_text_right(y, cols - rw - 1, rw, right, UI_DIM);

	draw_header(dv, y + 1, cols, &l);
	if (dv->cursor >= n)
		dv->cursor = n - 1;
	if (dv->cursor < 0)
		dv->cursor = 0;
	if (dv->top > dv->cursor)
		dv->top = dv->cursor;
	if (dv->cursor >= dv->top + rows)
		dv->top = dv->cursor - rows + 1;
	if (dv->counted && dv->top > n - rows)
		dv->top = n - rows;
	if (dv->top < 0)
		dv->top = 0;
	for (int i = 0; i < rows && dv->top + i < n; i++) {
		const struct dues_row *r = row_at(dv, dv->top + i);
		if (!r)
			break;
		draw_row(dv, r, dv->top + i == dv->cursor, y + 2 + i, cols, &l);
	}
	if (n == 0 && !dv->failed) {
		char empty[256];
		if (*dv->query || *dv->group || dv->arrears_only)
			snprintf(empty, sizeof empty, "%s", _("No member matches. Esc clears the search; f changes the limit."));
		else
			snprintf(empty, sizeof empty, _("No members in this year: %s imports a roster (花名册) from a file, "
							"%s on 党员 adds one."),
				 action_key_label(ACT_IMPORT), action_key_label(ACT_MEMBER_ADD));
		ui_text(y + 3, 2, cols - 4, empty, UI_DIM);
	}
	int bottom = y + h - BOTTOM_LINES;
	draw_totals(dv, bottom, cols, &l);
	draw_cell(dv, n > 0 ? selected(dv) : NULL, bottom + 3, cols);
	if (dv->failed)
		ui_error(ui, "%s: %s", _("Cannot read the dues from the database"), db_error(app->db));
}

/* ---- search ---- */

static void set_query(char *query, size_t size, const char *text)
{
	text_copy(query, size, text);
	text_trim(query);
}

static void search_changed(void *ctx)
{
	grid_reload(ctx, true);
}

/* ---- the limit ---- */

enum { LIM_GROUP, LIM_ARREARS, LIM_FIELDS };

static bool limit_save(void *ctx, struct form *form)
{
	struct dues_view *dv = ctx;
	text_copy(dv->group, sizeof dv->group, form_get(form, LIM_GROUP));
	dv->arrears_only = !strcmp(form_get(form, LIM_ARREARS), _("yes"));
	grid_reload(dv, true);
	return true;
}

static void limit_form(struct dues_view *dv)
{
	const char *yes_no[] = { _("no"), _("yes"), NULL };
	struct group_names gn;
	const char *const *groups = group_choices(dv->app->db, &gn);
	struct form_field fields[LIM_FIELDS] = {
		[LIM_GROUP] = { .label = _(member_fields[MF_GROUP].label), .type = FORM_CHOICE,
				.choices = groups, .empty_label = _("(all)") },
		[LIM_ARREARS] = { .label = _("Only members in arrears"), .type = FORM_CHOICE, .choices = yes_no },
	};
	struct form form = { .title = _("Limit the dues grid to"), .fields = fields, .count = LIM_FIELDS,
			     .save = limit_save, .ctx = dv };
	form_set(&form, LIM_GROUP, dv->group);
	form_set(&form, LIM_ARREARS, dv->arrears_only ? _("yes") : _("no"));
	form_run(dv->app->ui, &form);
	group_names_free(&gn);
}

/* ---- mark a month paid ---- */

struct mark {
	int month;
	long long member_id;     /* 0: every member who owes the month */
	char paid_on[DATE_ISO_SIZE];
	const char *collector;
	int count;
	fen_t total;
};

static bool mark_write(void *ctx, struct db *db)
{
	struct mark *m = ctx;
	return dues_mark_paid(db, m->month, m->member_id, m->paid_on, m->collector, "", &m->count, &m->total);
}

static void mark_paid(struct dues_view *dv, bool everyone)
{
	struct app *app = dv->app;
	const struct dues_row *r = selected(dv);
	char month[8], money[MONEY_SIZE], question[512];
	if (!everyone && !r)
		return;
	struct mark m = { .month = month_index(dv->year, dv->month + 1), .collector = dv->collector };
	date_format(date_today(), m.paid_on);
	month_format(m.month, month);
	if (!everyone) {
		char name[96];
		text_copy(name, sizeof name, r->name);
		m.member_id = r->member_id;
		if (!app_transaction(app, mark_write, &m))
			return;
		money_format(m.total, money);
		if (m.count)
			ui_status(app->ui, _("%s: %s marked paid, %s."), name, month, money);
		else
			ui_status(app->ui, _("%s: nothing to mark for %s (paid in full, or not owed)."), name, month);
		grid_reload(dv, false);
		return;
	}
	/* How many and how much: the same work, rolled back. */
	if (!dues_dry_run(app->db, mark_write, &m)) {
		ui_message(app->ui, _("Not saved"), db_error(app->db));
		return;
	}
	if (m.count == 0) {
		ui_status(app->ui, _("Every member has paid %s in full: nothing to mark."), month);
		return;
	}
	money_format(m.total, money);
	snprintf(question, sizeof question,
		 ngettext("Mark %s paid at the fixed amount for the %d member of the branch who has not paid it "
			  "in full: %s in all?",
			  "Mark %s paid at the fixed amounts for the %d members of the branch who have not paid it "
			  "in full: %s in all?", m.count),
		 month, m.count, money);
	if (!ui_confirm(app->ui, question, false))
		return;
	if (!app_transaction(app, mark_write, &m))
		return;
	money_format(m.total, money);
	ui_status(app->ui, ngettext("%s: %d member marked paid, %s in all.", "%s: %d members marked paid, %s in all.",
				    m.count), month, m.count, money);
	grid_reload(dv, false);
}

/* ---- keys ---- */

static void change_year(struct dues_view *dv, int year)
{
	if (year < 1921 || year > 2999)
		return;
	dv->year = year;
	grid_reload(dv, false);
}

static int grid_key(void *st, enum action a, int key)
{
	struct dues_view *dv = st;
	struct app *app = dv->app;
	struct dues_row r;
	(void)key;
	if (grid_move(dv, a))
		return SCREEN_DONE;
	const struct dues_row *sel = selected(dv);
	if (sel)
		r = *sel;
	switch (a) {
	case ACT_DUES_MONTH_PREV:
		if (dv->month > 0)
			dv->month--;
		else if (dv->year > 1921) {
			dv->month = 11;
			change_year(dv, dv->year - 1);
		}
		break;
	case ACT_DUES_MONTH_NEXT:
		if (dv->month < 11)
			dv->month++;
		else if (dv->year < 2999) {
			dv->month = 0;
			change_year(dv, dv->year + 1);
		}
		break;
	case ACT_DUES_YEAR_PREV:
		change_year(dv, dv->year - 1);
		break;
	case ACT_DUES_YEAR_NEXT:
		change_year(dv, dv->year + 1);
		break;
	case ACT_NONE:
		if (!key_is_text(key))
			return SCREEN_UNUSED;
		/* a name typed without / searches too */
		/* fall through */
	case ACT_SEARCH:
		ui_search(app->ui, _("Search (name, pinyin or ID digits): "), dv->query, sizeof dv->query,
			  a == ACT_NONE ? key : 0,
			    search_changed, grid_move, dv);
		break;
	case ACT_BACK:
		if (!*dv->query)
			return SCREEN_UNUSED;
		dv->query[0] = '\0';
		grid_reload(dv, true);
		break;
	case ACT_LIMIT:
		limit_form(dv);
		break;
	case ACT_OPEN:
		if (sel)
			dues_history_page(app, &r, dv->year);
		break;
	case ACT_DUES_PAY:
		if (sel)
			dues_pay_form(app, &r, month_index(dv->year, dv->month + 1), dv->collector);
		break;
	case ACT_DUES_MARK:
		mark_paid(dv, false);
		break;
	case ACT_DUES_MARK_ALL:
		mark_paid(dv, true);
		break;
	case ACT_DUES_FIX:
		if (sel)
			dues_fix_form(app, r.member_id, r.name, dv->year);
		break;
	case ACT_DUES_FIXINGS:
		dues_fixings_page(app, dv->year);
		break;
	case ACT_DUES_REMITTANCES:
		dues_remittances_page(app, dv->year);
		break;
	default:
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

/* The records changed (a write here or by another process). */
static void grid_changed(void *st)
{
	grid_reload(st, false);
}

/* From a to-do of 首页: "dues:member:ID" the member in this year's grid
 * (found by name, the cursor on the row), "dues:remit:2026Q3" the
 * remittances, "dues:fix:2026" the year's fixing table. */
static int grid_go(void *st, const char *link)
{
	struct dues_view *dv = st;
	struct app *app = dv->app;
	long long id;
	int year, q;
	struct member m;
	if (sscanf(link, "dues:member:%lld", &id) == 1 && member_get(app->db, id, &m)) {
		dv->year = date_today().y;
		dv->month = date_today().m - 1;
		dv->group[0] = '\0';
		dv->arrears_only = false;
		set_query(dv->query, sizeof dv->query, m.name);
		grid_reload(dv, true);
		for (long long i = 0; i < grid_count(dv); i++) {
			const struct dues_row *r = row_at(dv, i);
			if (r && r->member_id == id) {
				dv->cursor = i;
				break;
			}
		}
	} else if (sscanf(link, "dues:remit:%dQ%d", &year, &q) == 2) {
		dues_remittances_page(app, year);
		return SCREEN_CLOSE;
	} else if (sscanf(link, "dues:fix:%d", &year) == 1) {
		dues_fixings_page(app, year);
		return SCREEN_CLOSE;
	}
	return SCREEN_DONE;
}

const struct screen_ops screen_dues = {
	.name = "dues", .title = N_("Dues"),
	.help = N_("The year grid of members and months: payments, fixings (核定), remittances (上缴)"),
	.open = grid_open, .close = grid_close, .draw = grid_draw, .key = grid_key,
	.contexts = contexts, .bar = bar, .reload = grid_changed, .idle = grid_idle,
	.go = grid_go, .link_prefix = "dues:",
};
