/* 首页: what is late and what comes next, and the branch at a glance.
 *
 * The to-dos are those of `zhibu check` (report/todo.c), most urgent first:
 * an overdue one is red (bold reverse without colours) and marked "!", one
 * due within a month highlighted and marked "›"; Enter goes to the screen
 * that resolves it (app_go: the 党费 grid at the member, the 会议 calendar
 * at the period, the person's page in 发展).  The glance: members by kind,
 * candidates by stage, the quarter's dues collection so far as a bar, the
 * quarter's meetings kind by kind (✓ held, ✗ missing, ○ not yet), and the
 * political birthdays (入党纪念日) of the month.
 *
 * The summary (report/home.c) is read from its cache when nothing changed
 * since it was computed today; else the screen says it is counting, and
 * the counting is done when the keyboard pauses (the layer's idle), then
 * cached.  The database's fingerprint is looked at on each draw (a few
 * index look-ups), so that what other screens wrote shows when the screen
 * comes back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/home.h"
#include "db/dues.h"
#include "report/home.h"
#include "ui/views.h"

#define GLANCE_WIDTH 50    /* the glance beside the list, in a wide window */
#define WIDE_COLS 112      /* from this width the glance goes beside the list */
#define LABEL_W 11         /* the glance's labels */
#define BAR_W 20

struct home_view {
	struct app *app;
	bool loaded;           /* h holds a summary */
	bool pending;          /* h is missing or out of date: count when the keys pause */
	bool failed;
	uint64_t fp;           /* the fingerprint h was computed at */
	struct home_summary h;
	int sel, top;          /* the to-do under the cursor, the first shown */
	int rows;              /* to-dos shown at the last draw */
};

static const enum ui_context contexts[] = { CTX_HOME, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = {
	ACT_HELP, ACT_OPEN, ACT_STATISTICS, ACT_NEXT_SCREEN, ACT_QUIT, ACT_NONE,
};

static void *home_open(struct app *app, const void *arg)
{
	(void)arg;
	struct home_view *hv = calloc(1, sizeof *hv);
	if (!hv)
		abort();
	hv->app = app;
	return hv;
}

static void home_close(void *st)
{
	struct home_view *hv = st;
	if (hv->loaded)
		home_summary_done(&hv->h);
	free(hv);
}

static void take(struct home_view *hv, struct home_summary *h, uint64_t fp)
{
	if (hv->loaded)
		home_summary_done(&hv->h);
	hv->h = *h;
	hv->fp = fp;
	hv->loaded = true;
	hv->pending = false;
	if (hv->sel >= (int)hv->h.todos.count)
		hv->sel = hv->h.todos.count ? (int)hv->h.todos.count - 1 : 0;
}

/* Before drawing: the summary from the cache when it is current; else
 * mark it for counting. */
static void refresh(struct home_view *hv)
{
	struct db *db = hv->app->db;
	struct date today = date_today();
	uint64_t fp;
	if (!home_fingerprint(db, &fp)) {
		hv->failed = true;
		return;
	}
	hv->failed = false;
	if (hv->loaded && fp == hv->fp && !date_cmp(today, hv->h.today))
		return;
	struct home_summary h;
	if (home_cache_read(db_path(db), fp, today, &h))
		take(hv, &h, fp);
	else
		hv->pending = true;
}

static bool home_idle(void *st)
{
	struct home_view *hv = st;
	struct app *app = hv->app;
	if (!hv->pending)
		return false;
	struct db *db = app->db;
	struct date today = date_today();
	struct home_summary h;
	uint64_t fp;
	if (!home_fingerprint(db, &fp) || !home_summary_load(db, today, &h)) {
		hv->failed = true;
		hv->pending = false;
		return true;
	}
	home_cache_write(db_path(db), fp, &h);
	take(hv, &h, fp);
	return true;
}

/* ---- The glance */

/* Pieces drawn one after another from x, each on the next line (from
 * left) when it does not fit, never below last_y. */
struct flow {
	int y, x, left, right, last_y;
};

/* Make room for w columns after a gap: false when there is none. */
static bool flow_room(struct flow *f, int w, int gap)
{
	int x = f->x > f->left ? f->x + gap : f->x;
	if (x + w > f->right && f->x > f->left) {
		if (f->y >= f->last_y)
			return false;
		f->y++;
		x = f->left;
	}
	f->x = x;
	return true;
}

static bool flow_put(struct flow *f, const char *text, int gap, enum ui_style style)
{
	if (!flow_room(f, text_width(text), gap))
		return false;
	f->x += ui_text_at(f->y, f->x, f->right - f->x, text, style);
	return true;
}

static const char *const state_marks[] = {
	[MSTATE_DONE] = "✓", [MSTATE_MISSING] = "✗", [MSTATE_UPCOMING] = "○", [MSTATE_NOT_REQUIRED] = "—",
};

static enum ui_style mark_style(enum meeting_state s)
{
	return s == MSTATE_MISSING ? UI_OVERDUE : s == MSTATE_UPCOMING ? UI_SOON : UI_NORMAL;
}

/* "10月✓", "Q4✗", "H2○", "全年○" */
static void cell_label(const struct home_meeting_cell *c, char *out, size_t size)
{
	switch (c->period.kind) {
	case PERIOD_MONTH:
		snprintf(out, size, _("%d月%s"), c->period.n, state_marks[c->state]);
		return;
	case PERIOD_QUARTER: /* the quarter the line is about */
		snprintf(out, size, "%s", state_marks[c->state]);
		return;
	case PERIOD_HALF:
		snprintf(out, size, c->period.n == 1 ? _("first half %s") : _("second half %s"), state_marks[c->state]);
		return;
	case PERIOD_YEAR:
	case PERIOD_KIND_COUNT:
		break;
	}
	snprintf(out, size, _("year %s"), state_marks[c->state]);
}

static int line_label(int y, int x, const char *label)
{
	ui_text(y, x, LABEL_W, label, UI_LABEL);
	return x + LABEL_W;
}

/* The dues collection of the quarter so far: a bar and the rate. */
static void draw_dues(const struct home_summary *h, int y, int x, int width)
{
	char text[160], period[32], rate[16];
	int x0 = line_label(y, x, _("Dues"));
	int q = h->quarter_first % 12 / 3 + 1, last = h->quarter_first + h->quarter_months - 1;
	snprintf(period, sizeof period, _("Q%d to %d月"), q, last % 12 + 1);
	if (!h->dues_owed) {
		snprintf(text, sizeof text, _("%s: nothing owed yet"), period);
		ui_text(y, x0, width - LABEL_W, text, UI_DIM);
		return;
	}
	int pm = dues_rate_permille(h->collected, h->owed);
	if (pm < 0)
		pm = 0;
	snprintf(rate, sizeof rate, "%d.%d%%", pm / 10, pm % 10);
	int bar_w = width - LABEL_W - text_width(period) - text_width(rate) - 4;
	if (bar_w > BAR_W)
		bar_w = BAR_W;
	int xx = x0 + ui_text_at(y, x0, width - LABEL_W, period, UI_NORMAL) + 1;
	if (bar_w >= 5) {
		int fill = (int)((long long)bar_w * (pm > 1000 ? 1000 : pm) / 1000);
		char b[BAR_W * 3 + 1] = "", e[BAR_W * 3 + 1] = "";
		for (int i = 0; i < fill; i++)
			strcat(b, "█");
		for (int i = fill; i < bar_w; i++)
			strcat(e, "░");
		xx += ui_text_at(y, xx, bar_w, b, pm < 800 ? UI_SOON : UI_EMPHASIS);
		xx += ui_text_at(y, xx, bar_w - fill, e, UI_DIM);
		xx++;
	}
	ui_text_at(y, xx, x + width - xx, rate, UI_EMPHASIS);
}

/* The glance in the box x..x+width from y, at most height lines. */
static void draw_glance(struct home_view *hv, int y, int x, int width, int height)
{
	const struct home_summary *h = &hv->h;
	char text[256], period[32];
	int end = y + height;
	ui_text(y++, x, width, _(" The branch at a glance"), UI_HEADER);
	if (!hv->loaded) {
		ui_text(y, x + 1, width - 1, _("Counting…"), UI_DIM);
		return;
	}
	x++;
	width--;
	if (y < end) {
		snprintf(text, sizeof text, _("%lld on the roster: 正式 %lld · 预备 %lld"),
			 h->full + h->probationary, h->full, h->probationary);
		ui_text(y, line_label(y, x, _("Members")), width - LABEL_W, text, UI_NORMAL);
		y++;
	}
	if (y < end) {
		struct flow f = { y, line_label(y, x, _("Development")), x + LABEL_W, x + width, end - 3 };
		for (int st = 0; st < PS_BOARD_COUNT; st++) {
			snprintf(text, sizeof text, "%s %d%s", pipeline_stage_name((enum pipeline_stage)st), h->stages[st],
				 st + 1 < PS_BOARD_COUNT ? " ·" : "");
			flow_put(&f, text, 1, UI_NORMAL);
		}
		y = f.y + 1;
	}
	if (y < end)
		draw_dues(h, y++, x, width);
	if (y < end) {
		struct period q = period_of(PERIOD_QUARTER, h->today);
		snprintf(period, sizeof period, _("%d Q%d"), q.year, q.n);
		struct flow f = { y, line_label(y, x, _("Meetings")), x + LABEL_W, x + width, end - 2 };
		flow_put(&f, period, 0, UI_NORMAL);
		if (!h->nmeetings)
			flow_put(&f, _("nothing required"), 1, UI_DIM);
		for (int i = 0; i < h->nmeetings; i++) {
			const struct home_meeting *m = &h->meetings[i];
			/* A kind and its marks stay together on a line. */
			char marks[HOME_MEETING_CELLS][32];
			int w = text_width(meeting_kind_names[m->kind]);
			for (int c = 0; c < m->ncells; c++) {
				cell_label(&m->cells[c], marks[c], sizeof marks[c]);
				w += 1 + text_width(marks[c]);
			}
			if (!flow_room(&f, w, 2))
				break;
			flow_put(&f, meeting_kind_names[m->kind], 0, UI_NORMAL);
			for (int c = 0; c < m->ncells; c++)
				flow_put(&f, marks[c], 1, mark_style(m->cells[c].state));
		}
		y = f.y + 1;
	}
	if (y < end) {
		if (h->birthdays_total)
			snprintf(text, sizeof text, ngettext("%d月, %lld member:", "%d月, %lld members:", h->birthdays_total),
				 h->today.m, h->birthdays_total);
		else
			snprintf(text, sizeof text, _("none in %d月"), h->today.m);
		struct flow f = { y, line_label(y, x, _("Political birthdays")), x + LABEL_W, x + width - 2, end - 1 };
		flow_put(&f, text, 0, UI_NORMAL);
		int shown = 0;
		for (int i = 0; i < h->nbirthdays; i++, shown++) {
			const struct home_birthday *b = &h->birthdays[i];
			snprintf(text, sizeof text, _("%s %s (%d years)"), b->name, b->join_date + 5, b->years);
			if (!flow_put(&f, text, i ? 2 : 1, UI_NORMAL))
				break;
		}
		if (shown < h->birthdays_total)
			ui_text_at(f.y, f.x + 1, 1, "…", UI_DIM);
	}
}

/* ---- The to-dos */

/* The mark, the deadline and the state in the to-do's colour; the rest
 * plain, so that without colours the cursor's line (reverse) stands out
 * from an overdue one (only its deadline reverse). */
static void draw_todo(const struct todo *t, bool sel, int y, int x, int width)
{
	enum ui_style when = sel ? UI_SELECTED : t->state == TODO_OVERDUE ? UI_OVERDUE : UI_SOON;
	enum ui_style plain = sel ? UI_SELECTED : UI_NORMAL;
	const char *mark = t->state == TODO_OVERDUE ? "!" : "›";
	int state_w = 8, cat_w = 4, period_w = 8;
	ui_fill(y, x, width, plain);
	ui_text(y, x, 1, mark, when);
	ui_text(y, x + 2, 10, t->due, when);
	ui_text(y, x + 13, cat_w, t->category, plain);
	ui_text(y, x + 14 + cat_w, period_w, t->period, plain);
	int item_x = x + 15 + cat_w + period_w, item_w = width - (item_x - x) - state_w - 1;
	char item[512];
	text_fit_words(item, sizeof item, t->item, item_w);
	ui_text(y, item_x, item_w, item, plain);
	ui_text_right(y, x + width - state_w, state_w, todo_state_label(t->state), when);
}

static void draw_todos(struct home_view *hv, int y, int x, int width, int height)
{
	const struct home_summary *h = &hv->h;
	char head[256];
	if (!hv->loaded)
		snprintf(head, sizeof head, " %s", _("To do"));
	else if (h->todos.count)
		snprintf(head, sizeof head, _(" To do: %d overdue, %d due within %d days"), h->overdue, h->soon,
			 HOME_TODO_DAYS);
	else
		snprintf(head, sizeof head, " %s", _("To do"));
	ui_text(y, x, width, head, UI_HEADER);
	if (hv->loaded && hv->pending)
		ui_text_right(y, x + width - 16, 16, _("updating… "), UI_HEADER);
	y++;
	height--;
	hv->rows = height > 0 ? height : 0;
	if (hv->failed) {
		ui_text(y, x + 1, width - 1, db_error(hv->app->db), UI_ERROR);
		return;
	}
	if (!hv->loaded) {
		ui_text(y, x + 1, width - 1, _("Counting what is overdue and due soon…"), UI_DIM);
		return;
	}
	int n = (int)h->todos.count;
	if (!n) {
		ui_text(y + 1, x + 1, width - 1, _("Nothing is overdue or due soon."), UI_NORMAL);
		return;
	}
	if (hv->sel >= n)
		hv->sel = n - 1;
	if (hv->sel < hv->top)
		hv->top = hv->sel;
	if (hv->sel >= hv->top + height)
		hv->top = hv->sel - height + 1;
	if (hv->top > n - height)
		hv->top = n - height > 0 ? n - height : 0;
	for (int i = 0; i < height && hv->top + i < n; i++)
		draw_todo(&h->todos.items[hv->top + i], hv->top + i == hv->sel, y + i, x, width);
	if (n > height) {
		char pos[32];
		snprintf(pos, sizeof pos, " %d/%d ", hv->sel + 1, n);
		ui_text_right(y - 1, x + width - 12, 12, pos, UI_HEADER);
	}
}

/* The glance below the list: its title, members, development, dues, up to
 * three lines of meetings, political birthdays. */
#define GLANCE_LINES 9

static void home_draw(void *st, struct ui *ui)
{
	struct home_view *hv = st;
	int y, h, cols = ui_cols(ui);
	ui_area(ui, &y, &h);
	refresh(hv);
	if (cols >= WIDE_COLS) {
		int list_w = cols - GLANCE_WIDTH - 1;
		draw_todos(hv, y, 0, list_w, h);
		draw_glance(hv, y, list_w + 1, GLANCE_WIDTH, h);
	} else {
		int g = GLANCE_LINES;
		draw_todos(hv, y, 0, cols, h - g - 1);
		draw_glance(hv, y + h - g, 0, cols, g);
	}
}

static int home_key(void *st, enum action a, int key)
{
	struct home_view *hv = st;
	struct app *app = hv->app;
	int n = hv->loaded ? (int)hv->h.todos.count : 0;
	int page = hv->rows > 1 ? hv->rows - 1 : 1;
	(void)key;
	switch (a) {
	case ACT_UP: hv->sel--; break;
	case ACT_DOWN: hv->sel++; break;
	case ACT_PAGE_UP: hv->sel -= page; break;
	case ACT_PAGE_DOWN: hv->sel += page; break;
	case ACT_FIRST: hv->sel = 0; break;
	case ACT_LAST: hv->sel = n - 1; break;
	case ACT_OPEN:
		if (hv->sel >= 0 && hv->sel < n) {
			char link[sizeof hv->h.todos.items[0].link];
			snprintf(link, sizeof link, "%s", hv->h.todos.items[hv->sel].link);
			app_go(app, link);
		}
		return SCREEN_DONE;
	case ACT_STATISTICS:
		screen_run(app, &screen_stats, NULL);
		return SCREEN_DONE;
	default:
		return SCREEN_UNUSED;
	}
	if (hv->sel >= n)
		hv->sel = n - 1;
	if (hv->sel < 0)
		hv->sel = 0;
	return SCREEN_DONE;
}

/* The summary follows the file's fingerprint (refresh): nothing to reload. */
const struct screen_ops screen_home = {
	.name = "home", .title = N_("Home"),
	.help = N_("The to-dos with their deadlines, and the branch at a glance"),
	.open = home_open, .close = home_close, .draw = home_draw, .key = home_key,
	.contexts = contexts, .bar = bar, .idle = home_idle,
};
