/* 台账: the ledgers that do not need a tab of their own, one line each
 * with its help, from the registry (screen.h); Enter shows one, Esc comes
 * back here.  A screen registered as a LEDGER appears here by itself. */
#include <stdio.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "ui/views.h"

struct ledgers {
	struct app *app;
	enum screen_id ids[SCREEN_COUNT];
	int count, sel;
};

static void *ledgers_open(struct app *app, const void *arg)
{
	(void)arg;
	struct ledgers *l = calloc(1, sizeof *l);
	if (!l)
		abort();
	l->app = app;
	for (int id = 0; id < SCREEN_COUNT; id++)
		if (screen_registry[id].place == SCREEN_LEDGER)
			l->ids[l->count++] = (enum screen_id)id;
	return l;
}

static void ledgers_close(void *st)
{
	free(st);
}

static void ledgers_draw(void *st, struct ui *ui)
{
	struct ledgers *l = st;
	int y, h, cols = ui_cols(ui);
	ui_area(ui, &y, &h);
	char head[256];
	snprintf(head, sizeof head, " %s", _("Ledgers (台账): Enter opens one, Esc comes back here"));
	ui_text(y++, 0, cols, head, UI_HEADER);
	for (int i = 0; i < l->count && i < h - 1; i++) {
		const struct screen_ops *ops = screen_registry[l->ids[i]].ops;
		enum ui_style st_ = i == l->sel ? UI_SELECTED : UI_NORMAL;
		ui_fill(y + i, 0, cols, st_);
		ui_text(y + i, 2, 14, _(ops->title), st_);
		ui_text(y + i, 17, cols - 18, _(ops->help), i == l->sel ? UI_SELECTED : UI_DIM);
	}
}

static int ledgers_key(void *st, enum action a, int key)
{
	struct ledgers *l = st;
	(void)key;
	switch (a) {
	case ACT_UP: case ACT_PAGE_UP: case ACT_FIRST:
		l->sel = a == ACT_UP && l->sel > 0 ? l->sel - 1 : 0;
		return SCREEN_DONE;
	case ACT_DOWN: case ACT_PAGE_DOWN: case ACT_LAST:
		l->sel = a == ACT_DOWN && l->sel + 1 < l->count ? l->sel + 1 : l->count - 1;
		return SCREEN_DONE;
	case ACT_OPEN:
		if (l->count)
			app_show(l->app, l->ids[l->sel]);
		return SCREEN_DONE;
	default:
		return SCREEN_UNUSED;
	}
}

static const enum ui_context contexts[] = { CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_HELP, ACT_OPEN, ACT_NEXT_SCREEN, ACT_QUIT, ACT_NONE };

const struct screen_ops screen_ledgers = {
	.name = "ledgers", .title = N_("Ledgers"),
	.help = N_("The list of the ledgers (台账) below, to open one"),
	.open = ledgers_open, .close = ledgers_close, .draw = ledgers_draw, .key = ledgers_key,
	.contexts = contexts, .bar = bar,
};
