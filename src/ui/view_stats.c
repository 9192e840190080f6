/* 党员统计 as horizontal bar charts: each part of rules/stats.h (性别, 民族,
 * 学历 ...) as a title and one bar per row, the count and the share beside
 * it.  The parts flow into as many columns as the window holds (one below
 * 100 columns, two, three from 150), balanced by height, and are laid out
 * again at each draw, so that a resize fits at once.  Labels are padded by
 * display width (a Chinese character takes two columns), so that the bars
 * start in one column.  A bar's length is the share of all members on the
 * roster: the parts compare with each other.  d counts as of another date. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/stats.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/views.h"

#define MAX_COLUMNS 3
#define COLUMN_MIN 50       /* a column's width, at least */
#define LABEL_MAX 16        /* a label's width, at most */

struct stats_view {
	struct app *app;
	struct stats st;
	bool ok;
	int top;                /* the first line shown */
	int lines, height;      /* lines of the tallest column, lines shown (last draw) */
};

/* One line of a column: a part's title, one of its rows, or a blank. */
struct line {
	int part, row;          /* row -1: the title; part -1: blank */
};

static bool load(struct stats_view *sv, struct date as_of)
{
	if (sv->ok)
		stats_done(&sv->st);
	stats_init(&sv->st, as_of);
	sv->ok = stats_collect(sv->app->db, &sv->st);
	if (!sv->ok)
		stats_done(&sv->st);
	return sv->ok;
}

static int part_lines(const struct stats *st, int p)
{
	return 1 + st->parts[p].count;
}

/* Deal the parts (from STATS_SEX: the total heads the screen) into ncols
 * columns of about equal height; lines[c] gets n[c] lines. */
static void layout(const struct stats *st, int ncols, struct line *lines[MAX_COLUMNS], int n[MAX_COLUMNS])
{
	int total = 0;
	for (int p = STATS_SEX; p < STATS_PART_COUNT; p++)
		total += part_lines(st, p) + 1;
	int target = (total + ncols - 1) / ncols, c = 0;
	for (int i = 0; i < ncols; i++)
		n[i] = 0;
	for (int p = STATS_SEX; p < STATS_PART_COUNT; p++) {
		int need = part_lines(st, p);
		if (n[c] > 0 && n[c] + need > target && c < ncols - 1)
			c++;
		if (n[c] > 0)
			lines[c][n[c]++] = (struct line){ -1, 0 };
		lines[c][n[c]++] = (struct line){ p, -1 };
		for (int r = 0; r < st->parts[p].count; r++)
			lines[c][n[c]++] = (struct line){ p, r };
	}
}

struct geometry {
	int label_w, count_w, bar_w;
};

static void draw_line(const struct stats *st, struct line l, int y, int x, int width, const struct geometry *g)
{
	if (l.part < 0)
		return;
	const struct stats_rows *rows = &st->parts[l.part];
	if (l.row < 0) {
		ui_text(y, x, width, stats_part_name((enum stats_part)l.part), UI_EMPHASIS);
		return;
	}
	const struct stats_row *r = &rows->rows[l.row];
	char label[160], count[32], share[16], bar[3 * 200 + 1] = "";
	text_pad(label, sizeof label, r->label, g->label_w, false);
	snprintf(count, sizeof count, "%lld", r->n);
	stats_share(r->n, st->total, share, sizeof share);
	int len = 0;
	if (st->total > 0 && g->bar_w > 0) {
		len = (int)((r->n * g->bar_w * 2 + st->total) / (2 * st->total));
		if (len == 0 && r->n > 0)
			len = 1;
		if (len > g->bar_w)
			len = g->bar_w;
	}
	for (int i = 0; i < len && i < 200; i++)
		strcat(bar, "█");
	int xx = x + 1;
	ui_text(y, xx, g->label_w, label, r->subtotal ? UI_EMPHASIS : UI_LABEL);
	xx += g->label_w + 1;
	ui_text(y, xx, g->bar_w, bar, r->subtotal ? UI_DIM : UI_EMPHASIS);
	xx += g->bar_w + 1;
	ui_text_right(y, xx, g->count_w, count, UI_NORMAL);
	xx += g->count_w + 1;
	ui_text_right(y, xx, 6, share, UI_NORMAL);
}

static void stats_draw(void *ctx, struct ui *ui)
{
	struct stats_view *sv = ctx;
	int y, h, cols = ui_cols(ui);
	char head[256], as_of[DATE_ISO_SIZE];
	ui_area(ui, &y, &h);
	date_format(sv->st.as_of, as_of);
	if (!sv->ok) {
		ui_text(y, 0, cols, _(" Party member statistics"), UI_HEADER);
		ui_text(y + 2, 1, cols - 2, db_error(sv->app->db), UI_ERROR);
		return;
	}
	snprintf(head, sizeof head, _(" Party member statistics    as of %s    %lld members on the roster"),
		 as_of, sv->st.total);
	ui_text(y, 0, cols, head, UI_HEADER);
	y += 2;
	h -= 2;

	int ncols = cols >= 3 * COLUMN_MIN ? 3 : cols >= 2 * COLUMN_MIN ? 2 : 1;
	int colw = (cols - 1) / ncols;
	struct geometry g = { 4, 3, 0 };
	long long most = 0;
	for (int p = 0; p < STATS_PART_COUNT; p++)
		for (int r = 0; r < sv->st.parts[p].count; r++) {
			int w = text_width(sv->st.parts[p].rows[r].label);
			if (w > g.label_w)
				g.label_w = w;
			if (sv->st.parts[p].rows[r].n > most)
				most = sv->st.parts[p].rows[r].n;
		}
	if (g.label_w > LABEL_MAX)
		g.label_w = LABEL_MAX;
	char digits[32];
	snprintf(digits, sizeof digits, "%lld", most);
	if ((int)strlen(digits) > g.count_w)
		g.count_w = (int)strlen(digits);
	/* label, bar, count, share, and the spaces between */
	g.bar_w = colw - 1 - g.label_w - 1 - 1 - g.count_w - 1 - 6 - 2;
	if (g.bar_w < 0)
		g.bar_w = 0;

	int total_lines = 0;
	for (int p = STATS_SEX; p < STATS_PART_COUNT; p++)
		total_lines += part_lines(&sv->st, p) + 1;
	struct line *lines[MAX_COLUMNS];
	int n[MAX_COLUMNS];
	for (int c = 0; c < ncols; c++) {
		lines[c] = calloc((size_t)total_lines + 1, sizeof *lines[c]);
		if (!lines[c])
			abort();
	}
	layout(&sv->st, ncols, lines, n);
	sv->lines = 0;
	for (int c = 0; c < ncols; c++)
		if (n[c] > sv->lines)
			sv->lines = n[c];
	sv->height = h;
	if (sv->top > sv->lines - h)
		sv->top = sv->lines - h;
	if (sv->top < 0)
		sv->top = 0;
	for (int c = 0; c < ncols; c++) {
		for (int i = 0; i < h && sv->top + i < n[c]; i++)
			draw_line(&sv->st, lines[c][sv->top + i], y + i, c * colw, colw, &g);
		free(lines[c]);
	}
	if (sv->lines > h) {
		char pos[32];
		snprintf(pos, sizeof pos, " %d%% ", (sv->top + h) * 100 / sv->lines);
		ui_text_right(y - 2, cols - 8, 8, pos, UI_HEADER);
	}
}

struct as_of_form {
	struct date d;
};

static bool as_of_save(void *ctx, struct form *form)
{
	struct as_of_form *f = ctx;
	const char *why;
	if (!date_parse(form_get(form, 0), &f->d, &why)) {
		form_error(form, 0, "%s", why);
		return false;
	}
	return true;
}

static void ask_as_of(struct stats_view *sv)
{
	struct as_of_form f = { sv->st.as_of };
	char iso[DATE_ISO_SIZE];
	struct form_field fields[1] = {
		{ .label = _("As of"), .type = FORM_DATE, .required = true },
	};
	struct form form = { .title = _("Count the members on the roster on a date"), .fields = fields,
			     .count = 1, .save = as_of_save, .ctx = &f };
	date_format(sv->st.as_of, iso);
	form_set(&form, 0, iso);
	if (form_run(sv->app->ui, &form)) {
		load(sv, f.d);
		sv->top = 0;
	}
}

static void *stats_open(struct app *app, const void *arg)
{
	(void)arg;
	struct stats_view *sv = calloc(1, sizeof *sv);
	if (!sv)
		abort();
	sv->app = app;
	load(sv, date_today());
	return sv;
}

static void stats_close(void *st)
{
	struct stats_view *sv = st;
	if (sv->ok)
		stats_done(&sv->st);
	free(sv);
}

/* The records changed: count again, as of the same day. */
static void stats_reload(void *st)
{
	struct stats_view *sv = st;
	load(sv, sv->st.as_of);
}

static int stats_key(void *st, enum action a, int key)
{
	struct stats_view *sv = st;
	int page = sv->height > 1 ? sv->height - 1 : 1;
	(void)key;
	switch (a) {
	case ACT_AS_OF: ask_as_of(sv); break;
	case ACT_UP: sv->top--; break;
	case ACT_DOWN: sv->top++; break;
	case ACT_PAGE_UP: sv->top -= page; break;
	case ACT_PAGE_DOWN: sv->top += page; break;
	case ACT_FIRST: sv->top = 0; break;
	case ACT_LAST: sv->top = sv->lines; break;
	default: return SCREEN_UNUSED;
	}
	if (sv->top > sv->lines - sv->height)
		sv->top = sv->lines - sv->height;
	if (sv->top < 0)
		sv->top = 0;
	return SCREEN_DONE;
}

static const enum ui_context contexts[] = { CTX_STATS, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = {
	ACT_BACK, ACT_AS_OF, ACT_PAGE_DOWN, ACT_PAGE_UP, ACT_HELP, ACT_QUIT, ACT_NONE,
};

const struct screen_ops screen_stats = {
	.name = "stats", .title = N_("Statistics"),
	.help = N_("党员统计 as bar charts: sex, nation, education, age ... as of a day"),
	.open = stats_open, .close = stats_close, .draw = stats_draw, .key = stats_key,
	.contexts = contexts, .bar = bar, .reload = stats_reload,
};
