/* 学时: the branch's members with their 学时 of the year, those furthest
 * short first (the members listed apart — 流动, 失联, 停止党籍 — at the end,
 * dim); [ and ] change the year; Enter shows one member's counted minutes
 * and trainings with their records (会议#…, 培训#…).  A to-do of 首页
 * (training:YEAR:ID) opens the member's page here.  The counting is
 * report/hours.c's, as `zhibu report hours`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/hours.h"
#include "ui/table.h"
#include "ui/textview.h"
#include "ui/views.h"

struct hours_list {
	struct app *app;
	int year;
	struct hours_year y;
	size_t *order;            /* rows, short first */
	struct table_list *list;
	struct table *table;
	struct table_column cols[6];
};

static struct hours_list *sort_list; /* for qsort */

static long shortfall(const struct hours_list *l, const struct hours_row *r)
{
	return r->total - hours_required_minutes(&l->y, r);
}

static int short_first(const void *a, const void *b)
{
	const struct hours_row *x = &sort_list->y.rows[*(const size_t *)a];
	const struct hours_row *y = &sort_list->y.rows[*(const size_t *)b];
	if (x->apart != y->apart)
		return x->apart ? 1 : -1;
	long dx = shortfall(sort_list, x), dy = shortfall(sort_list, y);
	if (dx != dy)
		return dx < dy ? -1 : 1;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

static const char *identity_name(enum hours_identity id)
{
	return id == HID_SECRETARY ? "书记" : id == HID_COMMITTEE ? "支委" : "党员";
}

/* The year's rows, short first. */
static bool hours_fill(void *ctx, struct table_list *list)
{
	struct hours_list *l = ctx;
	hours_year_done(&l->y);
	free(l->order);
	l->order = NULL;
	if (!hours_year_load(l->app->db, l->year, date_today(), 0, &l->y))
		return false;
	l->order = calloc(l->y.nrows + 1, sizeof *l->order);
	if (!l->order)
		abort();
	for (size_t i = 0; i < l->y.nrows; i++)
		l->order[i] = i;
	sort_list = l;
	qsort(l->order, l->y.nrows, sizeof *l->order, short_first);
	int per = l->y.set.minutes_per_hour;
	for (size_t i = 0; i < l->y.nrows; i++) {
		const struct hours_row *r = &l->y.rows[l->order[i]];
		char total[HOURS_TEXT_SIZE], diff[HOURS_TEXT_SIZE], req[16], central[16];
		hours_format(r->total, per, total);
		hours_format(shortfall(l, r), per, diff);
		snprintf(req, sizeof req, "%d", r->required);
		snprintf(central, sizeof central, "%d", r->centralized);
		const char *cells[] = { r->m.name, identity_name(r->m.identity), total, req, diff, central };
		enum ui_style style = r->apart ? UI_DIM : shortfall(l, r) < 0 ? UI_ERROR : UI_NORMAL;
		table_list_add(list, r->m.id, style, cells);
	}
	return true;
}

static void hours_draw(void *st, struct ui *ui)
{
	struct hours_list *l = st;
	int y, h, cols = ui_cols(ui);
	char line[256];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, _("学时 of %d, furthest short first ([ ] another year): %lld members"), l->year,
		 table_count(l->table));
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	table_draw(l->table, y + 1, 1, h - 1, cols - 2);
}

/* ---- one member's page: the rows of hours_member_sheet */

struct hours_page {
	int year;
	long long member_id;
};

struct member_hours {
	struct textview *tv;
	char title[256];
};

static void *member_open(struct app *app, const void *arg)
{
	const struct hours_page *p = arg;
	struct sheet *s = hours_member_sheet(app->db, p->year, p->member_id);
	if (!s) {
		ui_error(app->ui, "%s", db_error(app->db));
		return NULL;
	}
	struct member_hours *m = calloc(1, sizeof *m);
	if (!m)
		abort();
	m->tv = textview_new(12);
	snprintf(m->title, sizeof m->title, "%s  %d", s->title, p->year);
	for (size_t r = 0; r < s->nrows; r++) {
		char text[768], kind[64], hours[32], record[64];
		text_pad(kind, sizeof kind, sheet_cell(s, r, 1), 12, false);
		text_pad(hours, sizeof hours, sheet_cell(s, r, 3), 6, true);
		text_pad(record, sizeof record, sheet_cell(s, r, 4), 10, false);
		snprintf(text, sizeof text, "%s %s  %s %s  %s", kind, hours, record, sheet_cell(s, r, 2),
			 sheet_cell(s, r, 5));
		textview_add(m->tv, s->flags[r] & ROW_TOTAL ? UI_EMPHASIS : UI_NORMAL, sheet_cell(s, r, 0), text);
	}
	if (!s->nrows)
		textview_add(m->tv, UI_DIM, NULL, _("No counted minutes or trainings this year."));
	textview_add(m->tv, UI_NORMAL, NULL, "");
	for (size_t i = 0; i < s->nfooter; i++)
		textview_add(m->tv, UI_DIM, NULL, s->footer[i]);
	sheet_free(s);
	return m;
}

static void member_close(void *st)
{
	struct member_hours *m = st;
	textview_free(m->tv);
	free(m);
}

static void member_draw(void *st, struct ui *ui)
{
	struct member_hours *m = st;
	int y, h, cols = ui_cols(ui);
	char head[300];
	ui_area(ui, &y, &h);
	snprintf(head, sizeof head, " %s", m->title);
	ui_text(y, 0, cols, head, UI_HEADER);
	textview_draw(m->tv, y + 1, 1, h - 1, cols - 2);
}

static int member_key(void *st, enum action a, int key)
{
	struct member_hours *m = st;
	(void)key;
	return textview_key(m->tv, a) ? SCREEN_DONE : SCREEN_UNUSED;
}

static const enum ui_context page_contexts[] = { CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action page_bar[] = { ACT_BACK, ACT_HELP, ACT_QUIT, ACT_NONE };

static const struct screen_ops member_hours_page = {
	.name = "hours-member", .title = N_("Learning hours"), .help = N_("One member's counted minutes and trainings"),
	.open = member_open, .close = member_close, .draw = member_draw, .key = member_key,
	.contexts = page_contexts, .bar = page_bar,
};

/* ---- the list */

static void *hours_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ _("Name"), 10, 2, false }, { _("Identity (书记/支委/党员)"), 4, 0, false },
		{ _("Total hours"), 8, 0, true }, { _("Required hours"), 8, 0, true },
		{ _("Difference"), 6, 0, true }, { _("集中培训 (times)"), 14, 0, true },
	};
	(void)arg;
	struct hours_list *l = calloc(1, sizeof *l);
	if (!l)
		abort();
	l->app = app;
	l->year = date_today().y;
	memcpy(l->cols, cols, sizeof cols);
	l->list = table_list_new(6, hours_fill, l);
	l->table = table_new(l->cols, 6, table_list_source(l->list));
	table_set_empty_text(l->table, _("No members on the roster in this year."));
	return l;
}

static void hours_close(void *st)
{
	struct hours_list *l = st;
	table_free(l->table);
	table_list_free(l->list);
	hours_year_done(&l->y);
	free(l->order);
	free(l);
}

static void hours_reload(void *st)
{
	struct hours_list *l = st;
	table_reload(l->table, false);
}

static void open_member(struct hours_list *l, long long id)
{
	struct hours_page p = { l->year, id };
	screen_run(l->app, &member_hours_page, &p);
}

static int hours_key(void *st, enum action a, int key)
{
	struct hours_list *l = st;
	(void)key;
	if (a == ACT_YEAR_PREV || a == ACT_YEAR_NEXT) {
		l->year += a == ACT_YEAR_NEXT ? 1 : -1;
		table_reload(l->table, true);
		return SCREEN_DONE;
	}
	if (table_key(l->table, a))
		return SCREEN_DONE;
	long long id = table_cursor_id(l->table);
	if (a == ACT_OPEN && id > 0) {
		open_member(l, id);
		return SCREEN_DONE;
	}
	return SCREEN_UNUSED;
}

/* From a to-do of 首页 ("training:YEAR:ID"): the year shown, the member's
 * row selected, the page open. */
static int hours_go(void *st, const char *link)
{
	struct hours_list *l = st;
	int year;
	long long id;
	if (sscanf(link, "training:%d:%lld", &year, &id) != 2)
		return SCREEN_DONE;
	l->year = year;
	table_reload(l->table, true);
	for (size_t i = 0; i < l->y.nrows; i++)
		if (l->y.rows[l->order[i]].m.id == id)
			table_set_cursor(l->table, (long long)i);
	open_member(l, id);
	return SCREEN_CLOSE;
}

static const enum ui_context contexts[] = { CTX_CALENDAR, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_BACK, ACT_OPEN, ACT_YEAR_PREV, ACT_YEAR_NEXT, ACT_HELP, ACT_NONE };

const struct screen_ops screen_hours = {
	.name = "hours", .title = N_("Learning hours"),
	.help = N_("Each member's 学时 of the year, those short first; Enter shows what counted"),
	.open = hours_open, .close = hours_close, .draw = hours_draw, .key = hours_key,
	.contexts = contexts, .bar = bar, .reload = hours_reload, .go = hours_go, .link_prefix = "training:",
};
