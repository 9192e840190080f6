/* 发展: the board.  One column per stage (申请人, 积极分子, 发展对象, 预备党员),
 * one card per person with the next step and its date: overdue in red (bold
 * reverse without colours), due within PIPELINE_SOON_DAYS highlighted.  The
 * year's development plan (年度发展计划: a target kept in the settings as
 * pipeline.plan.YYYY) heads it.  Enter opens the person (view_candidate.c).
 *
 * The cards come from candidate_board() in one call, read again after each
 * write; a search keeps the cards whose name (or its pinyin initials)
 * matches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/pinyin.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/candidate.h"
#include "db/db.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/lineedit.h"
#include "ui/search.h"
#include "ui/views.h"

#define CARD_LINES 3
#define COLUMNS PS_BOARD_COUNT

struct pipeline_view {
	struct app *app;
	bool loaded, failed;
	struct candidate_card *cards;    /* every card, by stage */
	size_t ncards;
	size_t *shown;                   /* indexes of the cards that match the search, by stage */
	int first[COLUMNS], count[COLUMNS];
	int col;                         /* the column with the cursor */
	int sel[COLUMNS], top[COLUMNS];  /* the card with the cursor, the first shown */
	int fit;                         /* cards a column shows (at the last draw) */
	char query[LINEEDIT_SIZE];       /* the search applied, trimmed */
	int overdue, soon;               /* people with a deadline past / near */
	/* the development plan of this year */
	int year;
	long long target;                /* -1: none set */
	int admitted;                    /* approved, with 入党日期 in that year */
};

static const enum ui_context contexts[] = { CTX_PIPELINE, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = {
	ACT_HELP, ACT_SEARCH, ACT_CANDIDATE_ADD, ACT_OPEN, ACT_PLAN, ACT_QUIT, ACT_NONE,
};

static void *board_open(struct app *app, const void *arg)
{
	(void)arg;
	struct pipeline_view *pv = calloc(1, sizeof *pv);
	if (!pv)
		abort();
	pv->app = app;
	pv->target = -1;
	return pv;
}

static void board_close(void *st)
{
	struct pipeline_view *pv = st;
	free(pv->cards);
	free(pv->shown);
	free(pv);
}

static void clamp_column(struct pipeline_view *pv, int c)
{
	if (pv->sel[c] >= pv->count[c])
		pv->sel[c] = pv->count[c] - 1;
	if (pv->sel[c] < 0)
		pv->sel[c] = 0;
}

/* Keep the cards that match the search, column by column. */
static void board_filter(struct pipeline_view *pv)
{
	size_t k = 0;
	for (int c = 0; c < COLUMNS; c++) {
		pv->first[c] = (int)k;
		for (size_t i = 0; i < pv->ncards; i++)
			if ((int)pv->cards[i].stage == c && pinyin_name_matches(pv->cards[i].name, pv->query))
				pv->shown[k++] = i;
		pv->count[c] = (int)k - pv->first[c];
		clamp_column(pv, c);
	}
}

static const struct candidate_card *card_at(const struct pipeline_view *pv, int c, int i)
{
	if (c < 0 || c >= COLUMNS || i < 0 || i >= pv->count[c])
		return NULL;
	return &pv->cards[pv->shown[pv->first[c] + i]];
}

static const struct candidate_card *selected(const struct pipeline_view *pv)
{
	return card_at(pv, pv->col, pv->sel[pv->col]);
}

/* Put the cursor on the card of person id (wherever the person is now). */
static void select_id(struct pipeline_view *pv, long long id)
{
	for (int c = 0; c < COLUMNS; c++)
		for (int i = 0; i < pv->count[c]; i++)
			if (card_at(pv, c, i)->id == id) {
				pv->col = c;
				pv->sel[c] = i;
				return;
			}
}

static void plan_key(int year, char *out, size_t size)
{
	snprintf(out, size, "pipeline.plan.%d", year);
}

struct admitted_count {
	int year, n;
};

static bool count_admitted(void *ctx, const struct candidate *c)
{
	struct admitted_count *a = ctx;
	struct date vote;
	if (pipeline_step_done(&c->d, 17) && date_parse_iso(c->d.steps[15].date, &vote) && vote.y == a->year)
		a->n++;
	return true;
}

/* Read the cards and the plan again; the cursor stays on the same person. */
static void board_load(struct pipeline_view *pv)
{
	struct db *db = pv->app->db;
	const struct candidate_card *was = pv->loaded ? selected(pv) : NULL;
	long long keep = was ? was->id : 0;
	struct candidate_card *cards = NULL;
	size_t n = 0;
	pv->loaded = true;
	pv->failed = !candidate_board(db, date_today(), PIPELINE_SOON_DAYS, false, &cards, &n);
	free(pv->cards);
	free(pv->shown);
	pv->cards = cards;
	pv->ncards = pv->failed ? 0 : n;
	pv->shown = calloc(pv->ncards + 1, sizeof *pv->shown);
	if (!pv->shown)
		abort();
	pv->overdue = pv->soon = 0;
	for (size_t i = 0; i < pv->ncards; i++) {
		pv->overdue += pv->cards[i].state == PST_OVERDUE;
		pv->soon += pv->cards[i].state == PST_SOON;
	}
	board_filter(pv);
	if (keep)
		select_id(pv, keep);

	char key[64];
	struct admitted_count a = { date_today().y, 0 };
	pv->year = a.year;
	plan_key(pv->year, key, sizeof key);
	pv->target = settings_get_int(db, key, -1);
	if (!pv->failed && !candidate_each(db, count_admitted, &a))
		pv->failed = true;
	pv->admitted = a.n;
}

enum ui_style pipeline_item_when(const struct pipeline_item *it, char *out, size_t size)
{
	out[0] = '\0';
	if (!*it->label)
		return UI_DIM;
	if (*it->deadline && it->state == PST_OVERDUE) {
		snprintf(out, size, _("%s overdue"), it->deadline);
		return UI_OVERDUE;
	}
	if (*it->deadline && it->state == PST_SOON) {
		snprintf(out, size, _("%s due soon"), it->deadline);
		return UI_SOON;
	}
	if (*it->deadline)
		snprintf(out, size, _("by %s"), it->deadline);
	else if (*it->earliest && !it->ready)
		snprintf(out, size, _("from %s"), it->earliest);
	else
		snprintf(out, size, "%s", _("can be done now"));
	return UI_NORMAL;
}

static void draw_card(const struct candidate_card *card, bool sel, int y, int x, int width)
{
	char when[64];
	enum ui_style st = pipeline_item_when(&card->next, when, sizeof when);
	ui_fill(y, x, width, sel ? UI_SELECTED : UI_NORMAL);
	ui_text(y, x + 1, width - 1, card->name, sel ? UI_SELECTED : UI_EMPHASIS);
	ui_text(y + 1, x + 1, width - 1, *card->next.label ? card->next.label : _("nothing to do"), UI_NORMAL);
	if (*when)
		ui_text_at(y + 2, x + 1, width - 1, when, st);
}

static void draw_column(struct pipeline_view *pv, int c, int y, int x, int width, int height)
{
	char head[128];
	snprintf(head, sizeof head, " %s %d", pipeline_stage_name((enum pipeline_stage)c), pv->count[c]);
	ui_fill(y, x, width, c == pv->col ? UI_HEADER_SORTED : UI_HEADER);
	ui_text(y, x, width, head, c == pv->col ? UI_HEADER_SORTED : UI_HEADER);
	int rows = height - 1, n = pv->count[c];
	int fit = rows / CARD_LINES;
	if (n > fit) /* a line for "more" */
		fit = (rows - 1) / CARD_LINES;
	if (fit < 1)
		fit = 1;
	pv->fit = fit;
	clamp_column(pv, c);
	if (pv->top[c] > pv->sel[c])
		pv->top[c] = pv->sel[c];
	if (pv->sel[c] >= pv->top[c] + fit)
		pv->top[c] = pv->sel[c] - fit + 1;
	if (pv->top[c] > n - fit)
		pv->top[c] = n - fit;
	if (pv->top[c] < 0)
		pv->top[c] = 0;
	int row = y + 1;
	if (n == 0 && pv->ncards > 0)
		ui_text(row, x + 1, width - 1, _("(none)"), UI_DIM);
	for (int i = pv->top[c]; i < n && i < pv->top[c] + fit; i++, row += CARD_LINES)
		draw_card(card_at(pv, c, i), c == pv->col && i == pv->sel[c], row, x, width);
	char more[64];
	if (pv->top[c] > 0 && pv->top[c] + fit >= n) {
		snprintf(more, sizeof more, _("↑ %d more"), pv->top[c]);
		ui_text(row, x + 1, width - 1, more, UI_DIM);
	} else if (pv->top[c] + fit < n) {
		snprintf(more, sizeof more, _("↓ %d more"), n - pv->top[c] - fit);
		ui_text(row, x + 1, width - 1, more, UI_DIM);
	}
}

static void board_draw(void *st, struct ui *ui)
{
	struct pipeline_view *pv = st;
	struct app *app = pv->app;
	int y, h, cols = ui_cols(ui);
	char left[256], right[256];
	if (!pv->loaded)
		board_load(pv);
	ui_area(ui, &y, &h);

	if (pv->target >= 0)
		snprintf(left, sizeof left, _("Development plan %d: target %lld, admitted %d"),
			 pv->year, pv->target, pv->admitted);
	else
		snprintf(left, sizeof left, _("Development plan %d: no target set (%s sets it)"),
			 pv->year, action_key_label(ACT_PLAN));
	if (*pv->query)
		snprintf(right, sizeof right, _("search: %s (Esc clears it)"), pv->query);
	else
		snprintf(right, sizeof right, _("overdue %d · due within %d days %d"), pv->overdue,
			 PIPELINE_SOON_DAYS, pv->soon);
	int rw = text_width(right);
	ui_text(y, 1, cols - rw - 3, left, UI_EMPHASIS);
	ui_text_right(y, cols - rw - 1, rw, right, pv->overdue && !*pv->query ? UI_OVERDUE : UI_NORMAL);

	int width = (cols - 2) / COLUMNS;
	for (int c = 0; c < COLUMNS; c++)
		draw_column(pv, c, y + 1, 1 + c * width, width - 1, h - 1);
	if (pv->ncards == 0 && !pv->failed) {
		const char *text = _("Nobody in the pipeline yet: a adds an applicant; "
				     "I imports the people already in the pipeline from a file (candidates).");
		size_t next;
		for (int row = y + 3; *text && row < y + h; row++, text += next) {
			char line[512];
			size_t n = text_wrap(text, cols - 4, &next);
			snprintf(line, sizeof line, "%.*s", (int)n, text);
			ui_text(row, 2, cols - 4, line, UI_DIM);
		}
	}
	if (pv->failed)
		ui_error(ui, "%s: %s", _("Cannot read the candidates from the database"), db_error(app->db));
}

/* ---- search ---- */

static void set_query(struct pipeline_view *pv, const char *text)
{
	text_copy(pv->query, sizeof pv->query, text);
	text_trim(pv->query);
	board_filter(pv);
}

static bool move_card(struct pipeline_view *pv, enum action a)
{
	int c = pv->col, page = pv->fit > 1 ? pv->fit - 1 : 1;
	switch (a) {
	case ACT_UP: pv->sel[c]--; break;
	case ACT_DOWN: pv->sel[c]++; break;
	case ACT_PAGE_UP: pv->sel[c] -= page; pv->top[c] -= page; break;
	case ACT_PAGE_DOWN: pv->sel[c] += page; pv->top[c] += page; break;
	case ACT_FIRST: pv->sel[c] = 0; break;
	case ACT_LAST: pv->sel[c] = pv->count[c] - 1; break;
	case ACT_COLUMN_LEFT: pv->col = c > 0 ? c - 1 : 0; break;
	case ACT_COLUMN_RIGHT: pv->col = c + 1 < COLUMNS ? c + 1 : c; break;
	default: return false;
	}
	clamp_column(pv, pv->col);
	return true;
}

/* The search changed: the board again, the cursor in the first column
 * with a match. */
static void search_changed(void *ctx)
{
	struct pipeline_view *pv = ctx;
	board_filter(pv);
	if (pv->count[pv->col] == 0)
		for (int c = 0; c < COLUMNS; c++)
			if (pv->count[c]) {
				pv->col = c;
				break;
			}
}

static bool search_move(void *ctx, enum action a)
{
	return move_card(ctx, a);
}

static void board_search(struct pipeline_view *pv)
{
	ui_search(pv->app->ui, _("Search (name or pinyin): "), pv->query, sizeof pv->query, 0,
		  search_changed, search_move, pv);
}

/* ---- the plan ---- */

enum { PLAN_YEAR, PLAN_TARGET, PLAN_FIELDS };

struct plan {
	struct pipeline_view *pv;
	int year;
	char key[64], value[32];
};

static bool plan_write(void *ctx, struct db *db)
{
	struct plan *p = ctx;
	return settings_set(db, p->key, p->value);
}

static bool whole_number(const char *text, long lo, long hi, long *out)
{
	char buf[64], *end;
	text_copy(buf, sizeof buf, text);
	text_trim(buf);
	long v = strtol(buf, &end, 10);
	if (!*buf || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

static bool plan_save(void *ctx, struct form *form)
{
	struct plan *p = ctx;
	long year, target;
	if (!whole_number(form_get(form, PLAN_YEAR), 1921, 2200, &year))
		form_error(form, PLAN_YEAR, "%s", _("a year such as 2026"));
	if (!whole_number(form_get(form, PLAN_TARGET), 0, 100000, &target))
		form_error(form, PLAN_TARGET, "%s", _("a whole number of people, 0 or more"));
	if (form_error_count(form))
		return false;
	p->year = (int)year;
	plan_key(p->year, p->key, sizeof p->key);
	snprintf(p->value, sizeof p->value, "%ld", target);
	return app_transaction(p->pv->app, plan_write, p);
}

static void plan_form(struct pipeline_view *pv)
{
	struct app *app = pv->app;
	struct plan p = { .pv = pv };
	struct form_field fields[PLAN_FIELDS] = {
		[PLAN_YEAR] = { .label = _("Plan year"), .type = FORM_TEXT, .required = true },
		[PLAN_TARGET] = { .label = _("New members planned"), .type = FORM_TEXT, .required = true },
	};
	struct form form = { .title = _("The year's development plan (年度发展计划)"), .fields = fields,
			     .count = PLAN_FIELDS, .save = plan_save, .ctx = &p };
	char year[16], target[32] = "";
	snprintf(year, sizeof year, "%d", pv->year);
	if (pv->target >= 0)
		snprintf(target, sizeof target, "%lld", pv->target);
	form_set(&form, PLAN_YEAR, year);
	form_set(&form, PLAN_TARGET, target);
	if (!form_run(app->ui, &form))
		return;
	ui_status(app->ui, _("Development plan %d: %s new members."), p.year, p.value);
	board_load(pv);
}

/* ---- keys ---- */

static int board_key(void *st, enum action a, int key)
{
	struct pipeline_view *pv = st;
	struct app *app = pv->app;
	const struct candidate_card *card;
	long long id;
	(void)key;
	if (!pv->loaded)
		board_load(pv);
	switch (a) {
	case ACT_SEARCH:
		board_search(pv);
		break;
	case ACT_BACK:
		if (!*pv->query)
			return SCREEN_UNUSED;
		set_query(pv, "");
		break;
	case ACT_OPEN:
		if ((card = selected(pv)))
			candidate_page(app, card->id);
		break;
	case ACT_CANDIDATE_ADD:
		if (candidate_edit(app, 0, &id)) {
			pv->query[0] = '\0';
			board_load(pv);
			select_id(pv, id);
		}
		break;
	case ACT_PLAN:
		plan_form(pv);
		break;
	default:
		return move_card(pv, a) ? SCREEN_DONE : SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

/* The records changed: read the board again, the cursor on its person. */
static void board_reload(void *st)
{
	struct pipeline_view *pv = st;
	const struct candidate_card *card = pv->loaded ? selected(pv) : NULL;
	long long id = card ? card->id : 0;
	if (!pv->loaded)
		return;
	board_load(pv);
	if (id)
		select_id(pv, id);
}

/* From a to-do of 首页 ("candidate:ID"): the person's card selected, the
 * page open. */
static int board_go(void *st, const char *link)
{
	struct pipeline_view *pv = st;
	struct app *app = pv->app;
	long long id;
	if (sscanf(link, "candidate:%lld", &id) != 1)
		return SCREEN_DONE;
	pv->query[0] = '\0';
	board_load(pv);
	select_id(pv, id);
	candidate_page(app, id);
	return SCREEN_CLOSE;
}

const struct screen_ops screen_pipeline = {
	.name = "pipeline", .title = N_("Development"),
	.help = N_("The board of the development of new members (发展党员), stage by stage, and one person's steps"),
	.open = board_open, .close = board_close, .draw = board_draw, .key = board_key,
	.contexts = contexts, .bar = bar, .reload = board_reload, .go = board_go,
	.link_prefix = "candidate:",
};
