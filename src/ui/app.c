/* zhibu without a command: the full-screen app.  The frame (title line with
 * the branch and the tabs, status line, key bar) comes from ui.c; the
 * screens behind the tabs are the views of view_*.c. */
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/screen.h"
#include "ui/views.h"

int app_keys_mdoc(void)
{
	keys_print_mdoc(stdout);
	screens_print_mdoc(stdout);
	return fflush(stdout) == 0 ? EXIT_OK : EXIT_REFUSED;
}

bool app_transaction(struct app *app, app_write_fn *write, void *ctx)
{
	bool ok = db_begin(app->db);
	if (ok) {
		if (write(ctx, app->db)) {
			ok = db_commit(app->db);
		} else {
			db_rollback(app->db);
			ok = false;
		}
	}
	if (!ok)
		ui_message(app->ui, _("Not saved"), db_error(app->db));
	app->generation++; /* every screen shown from now on reloads */
	return ok;
}

/* The first start: name the branch and its higher committee. */
enum { BRANCH_NAME, BRANCH_HIGHER, BRANCH_FIELDS };

static bool branch_save_fields(void *ctx, struct db *db)
{
	return branch_save(db, ctx);
}

static bool branch_form_save(void *ctx, struct form *form)
{
	struct app *app = ctx;
	struct branch b;
	memset(&b, 0, sizeof b);
	char name[LINEEDIT_SIZE], higher[LINEEDIT_SIZE];
	text_copy(name, sizeof name, form_get(form, BRANCH_NAME));
	text_copy(higher, sizeof higher, form_get(form, BRANCH_HIGHER));
	text_trim(name);
	text_trim(higher);
	if (!*name)
		form_error(form, BRANCH_NAME, "%s", _("required"));
	else if (!text_copy(b.name, sizeof b.name, name))
		form_error(form, BRANCH_NAME, "%s", _("too long"));
	if (!text_copy(b.higher_committee, sizeof b.higher_committee, higher))
		form_error(form, BRANCH_HIGHER, "%s", _("too long"));
	if (form_error_count(form))
		return false;
	date_format(date_today(), b.created_on);
	if (!app_transaction(app, branch_save_fields, &b))
		return false;
	app->branch = b;
	return true;
}

bool branch_setup(struct app *app)
{
	struct form_field fields[BRANCH_FIELDS] = {
		[BRANCH_NAME] = { .label = _("Branch name"), .type = FORM_TEXT, .required = true },
		[BRANCH_HIGHER] = { .label = _("Higher committee"), .type = FORM_TEXT },
	};
	struct form form = {
		.title = _("Welcome to zhibu. Name the party branch and its higher committee:"),
		.fields = fields, .count = BRANCH_FIELDS, .save = branch_form_save, .ctx = app,
	};
	form_set(&form, BRANCH_NAME, "");
	form_set(&form, BRANCH_HIGHER, "");
	return form_run(app->ui, &form);
}

/* The driver: the screens of the registry, opened when first shown, and
 * the pages of screen_run, each with the generation it was loaded at. */
const struct screen_entry screen_registry[SCREEN_COUNT] = {
#define X(id, ops, place) [SCREEN_##id] = { &ops, SCREEN_##place },
	UI_SCREENS(X)
#undef X
};

struct shown {
	struct app *app;
	const struct screen_ops *ops;
	void *st;
	unsigned long gen;
	struct ui_layer *layer;        /* its layer while it is on the stack */
};

#define BACK_MAX 32
#define PAGES_MAX 16

struct driver {
	struct app *app;
	struct shown screens[SCREEN_COUNT];
	enum screen_id current;
	enum screen_id back[BACK_MAX]; /* where Esc returns to */
	int back_count;
	struct shown *pages[PAGES_MAX];
	int page_count;
	int data_version;             /* another process's writes */
	long long changes;            /* this process's */
	const char *tabs[SCREEN_COUNT];
	enum screen_id tab_screen[SCREEN_COUNT];
	int tab_count;
};

static void keymap(struct shown *s, struct ui_layer *layer)
{
	layer->dirty = s->ops->dirty && s->ops->dirty(s->st);
	layer->contexts = s->ops->contexts;
	layer->bar = s->ops->bar;
	if (s->ops->keymap)
		s->ops->keymap(s->st, &layer->contexts, &layer->bar);
}

/* The screen comes to the top: reload it when the data changed since. */
static void freshen(struct app *app, struct shown *s)
{
	if (s->st && s->gen != app->generation) {
		s->gen = app->generation;
		if (s->ops->reload)
			s->ops->reload(s->st);
	}
}

/* ui_key's watch: a write of this process (whatever path it took) or
 * another process's commit bumps the generation; the screen in control
 * (the one whose layer is on top) is reloaded. */
static void watch(void *ctx)
{
	struct app *app = ctx;
	struct driver *d = app->driver;
	int v = db_data_version(app->db);
	long long c = db_change_count(app->db);
	if (v != d->data_version || c != d->changes) {
		d->data_version = v;
		d->changes = c;
		app->generation++;
	}
	struct ui_layer *top = ui_top(app->ui);
	if (!top)
		return;
	if (d->page_count && top == d->pages[d->page_count - 1]->layer)
		freshen(app, d->pages[d->page_count - 1]);
	else if (top->ctx == d)
		freshen(app, &d->screens[d->current]);
	else
		return;
	keymap(top->ctx == d ? &d->screens[d->current] : d->pages[d->page_count - 1], top);
}

/* The db layer's sticky damage flag: a damaged file shows the message
 * instead of figures read from it (never "在册党员 -1 人"). */
bool app_damaged(const struct app *app)
{
	return db_failed(app->db);
}

void app_draw_damaged(struct ui *ui)
{
	int y, h;
	ui_area(ui, &y, &h);
	ui_text(y + h / 2, 2, ui_cols(ui) - 4,
		_("the database file is damaged: run zhibu doctor, or restore a backup with zhibu restore"), UI_ERROR);
}

static void base_draw(void *ctx, struct ui *ui)
{
	struct driver *d = ctx;
	struct shown *s = &d->screens[d->current];
	if (app_damaged(d->app))
		app_draw_damaged(ui);
	else if (s->st)
		s->ops->draw(s->st, ui);
}

static bool base_idle(void *ctx)
{
	struct driver *d = ctx;
	struct shown *s = &d->screens[d->current];
	return s->st && s->ops->idle && s->ops->idle(s->st);
}

/* The tab strip marks the tab of the screen shown (a ledger: 台账). */
static void set_tabs(struct app *app)
{
	struct driver *d = app->driver;
	enum screen_id id = d->current;
	if (screen_registry[id].place == SCREEN_LEDGER)
		id = SCREEN_LEDGERS;
	int active = 0;
	for (int i = 0; i < d->tab_count; i++)
		if (d->tab_screen[i] == id)
			active = i;
	ui_set_tabs(app->ui, d->tabs, d->tab_count, active);
}

static bool show(struct app *app, enum screen_id id)
{
	struct driver *d = app->driver;
	struct shown *s = &d->screens[id];
	if (!s->st) {
		s->ops = screen_registry[id].ops;
		s->st = s->ops->open(app, NULL);
		s->gen = app->generation;
		if (!s->st)
			return false;
	}
	d->current = id;
	set_tabs(app);
	freshen(app, s);
	return true;
}

void app_show(struct app *app, enum screen_id id)
{
	struct driver *d = app->driver;
	enum screen_id from = d->current;
	if (from == id || !show(app, id))
		return;
	if (d->back_count == BACK_MAX) {
		memmove(d->back, d->back + 1, (BACK_MAX - 1) * sizeof d->back[0]);
		d->back_count--;
	}
	d->back[d->back_count++] = from;
}

/* A tab key: the tabs are the top of the navigation, the back-stack starts
 * again. */
static void show_tab(struct app *app, int tab)
{
	struct driver *d = app->driver;
	tab = (tab % d->tab_count + d->tab_count) % d->tab_count;
	if (show(app, d->tab_screen[tab]))
		d->back_count = 0;
}

static int current_tab(const struct driver *d)
{
	enum screen_id id = screen_registry[d->current].place == SCREEN_LEDGER ? SCREEN_LEDGERS : d->current;
	for (int i = 0; i < d->tab_count; i++)
		if (d->tab_screen[i] == id)
			return i;
	return 0;
}

/* link starts with one of the space-separated prefixes. */
static bool link_matches(const char *prefixes, const char *link)
{
	for (const char *p = prefixes; p && *p;) {
		size_t n = strcspn(p, " ");
		if (n && !strncmp(link, p, n))
			return true;
		p += n + (p[n] == ' ');
	}
	return false;
}

bool app_go(struct app *app, const char *link)
{
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_ops *ops = screen_registry[id].ops;
		if (!link_matches(ops->link_prefix, link))
			continue;
		struct driver *d = app->driver;
		app_show(app, (enum screen_id)id);
		struct shown *s = &d->screens[id];
		if (d->current == (enum screen_id)id && ops->go &&
		    (ops->go(s->st, link) & SCREEN_CLOSE) && !ui_quitting(app->ui) && d->back_count > 0)
			show(app, d->back[--d->back_count]);
		return true;
	}
	ui_error(app->ui, _("Nothing to open for this item"));
	return false;
}

static bool is_tab_key(enum action a)
{
	return a == ACT_NEXT_SCREEN || a == ACT_PREV_SCREEN || (a >= ACT_SCREEN_1 && a <= ACT_SCREEN_7);
}

static void page_draw(void *ctx, struct ui *ui)
{
	struct shown *s = ctx;
	if (app_damaged(s->app))
		app_draw_damaged(ui);
	else
		s->ops->draw(s->st, ui);
}

static bool page_idle(void *ctx)
{
	struct shown *s = ctx;
	return s->ops->idle && s->ops->idle(s->st);
}

void screen_run(struct app *app, const struct screen_ops *ops, const void *arg)
{
	struct driver *d = app->driver;
	struct shown s = { .app = app, .ops = ops, .gen = app->generation };
	if (d->page_count == PAGES_MAX || !(s.st = ops->open(app, arg)))
		return;
	struct ui_layer layer = { .draw = page_draw, .ctx = &s, .opaque = true, .idle = ops->idle ? page_idle : NULL };
	keymap(&s, &layer);
	ui_push(app->ui, &layer);
	s.layer = ui_top(app->ui);
	d->pages[d->page_count++] = &s;
	for (;;) {
		int key;
		enum action a = ui_key(app->ui, &key);
		if (ui_quitting(app->ui))
			break;
		int r = ops->key(s.st, a, key);
		if (r & SCREEN_CLOSE)
			break;
		if ((r & SCREEN_UNUSED) && is_tab_key(a)) {
			ui_jump(app->ui, a);
			break;
		}
		if ((r & SCREEN_UNUSED) && ui_closes_view(app->ui, a))
			break;
		keymap(&s, s.layer);
	}
	d->page_count--;
	ui_pop(app->ui);
	ops->close(s.st);
}

static const char *place_key(enum screen_id id, const struct driver *d, char *buf, size_t size)
{
	for (int i = 0; i < d->tab_count; i++)
		if (d->tab_screen[i] == id) {
			snprintf(buf, size, "%d", i + 1);
			return buf;
		}
	return NULL;
}

int screen_ledgers_tab(void)
{
	int tab = 0;
	for (int id = 0; id <= SCREEN_LEDGERS; id++)
		tab += screen_registry[id].place == SCREEN_TAB;
	return tab;
}

static void tabs_init(struct driver *d)
{
	d->tab_count = 0;
	for (int id = 0; id < SCREEN_COUNT; id++)
		if (screen_registry[id].place == SCREEN_TAB) {
			d->tab_screen[d->tab_count] = (enum screen_id)id;
			d->tabs[d->tab_count++] = screen_registry[id].ops->title;
		}
}

void screens_print_mdoc(FILE *f)
{
	struct driver d;
	char key[8];
	tabs_init(&d);
	fputs(".Ss Screens\n"
	      "The title line numbers the daily screens; the ledgers are chosen from the\n"
	      ".Sy 台账\n"
	      "screen.\n"
	      ".Bl -tag -width Ds\n", f);
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_ops *ops = screen_registry[id].ops;
		if (screen_registry[id].place == SCREEN_PAGE)
			continue;
		if (place_key((enum screen_id)id, &d, key, sizeof key))
			fprintf(f, ".It Ic %s No %s\n%s.\n", key, ops->title, ops->help);
		else
			fprintf(f, ".It %s No in Sy 台账\n%s.\n", ops->title, ops->help);
	}
	fputs(".El\n", f);
}

int app_run(struct cli *cli)
{
	char err[512];
	if (!ui_terminal_ready(err, sizeof err))
		return cli_fail("%s", err);
	bool existed = access(cli->db_path, F_OK) == 0;
	struct db *db = cli_db(cli, true);
	if (!db)
		return EXIT_REFUSED;
	struct ui *ui = ui_open(err, sizeof err);
	if (!ui)
		return cli_fail("%s", err);
	struct driver *d = calloc(1, sizeof *d);
	if (!d)
		abort();
	struct app app = { .ui = ui, .db = db, .driver = d, .generation = 1 };
	d->app = &app;
	tabs_init(d);
	d->data_version = db_data_version(db);
	d->changes = db_change_count(db);

	ui_set_title(ui, "zhibu");
	if (!branch_get(db, &app.branch) && !branch_setup(&app)) {
		/* Left without naming the branch: a database this run created
		 * holds nothing, and none is left behind. */
		ui_close(ui);
		free(d);
		db_close(cli->db);
		cli->db = NULL;
		if (!existed)
			db_unlink_files(cli->db_path, true);
		fprintf(stderr, "%s\n", _("zhibu: the branch was not named; nothing was created."));
		return EXIT_REFUSED;
	}
	if (cli->read_only) {
		char title[sizeof app.branch.name + 32];
		snprintf(title, sizeof title, _("%s (read-only)"), app.branch.name);
		ui_set_title(ui, title);
	} else {
		ui_set_title(ui, app.branch.name);
	}
	ui_set_watch(ui, watch, &app);

	struct ui_layer base = { .draw = base_draw, .ctx = d, .opaque = true, .idle = base_idle };
	ui_push(ui, &base);
	show_tab(&app, 0);
	while (!ui_quitting(ui)) {
		int key;
		enum action a = ui_key(ui, &key);
		enum action jump = ui_take_jump(ui);
		if (jump != ACT_NONE)
			a = jump;
		else if (ui_quitting(ui))
			break;
		struct shown *s = &d->screens[d->current];
		int r = SCREEN_UNUSED;
		if (a != ACT_QUIT && !is_tab_key(a))
			r = s->ops->key(s->st, a, key);
		jump = ui_take_jump(ui); /* a tab key on a page the screen opened */
		if (jump != ACT_NONE) {
			a = jump;
			r = SCREEN_UNUSED;
		}
		if (!(r & SCREEN_UNUSED) || ui_quitting(ui))
			;
		else if (is_tab_key(a) && ui_top(ui)->dirty)
			ui_error(ui, "%s", _("Save the changes (F2) or discard them (Esc) first."));
		else if (a == ACT_QUIT)
			ui_quit_requested(ui);
		else if (a == ACT_NEXT_SCREEN)
			show_tab(&app, current_tab(d) + 1);
		else if (a == ACT_PREV_SCREEN)
			show_tab(&app, current_tab(d) - 1);
		else if (a >= ACT_SCREEN_1 && a <= ACT_SCREEN_7)
			show_tab(&app, (int)(a - ACT_SCREEN_1) < d->tab_count ? (int)(a - ACT_SCREEN_1) : current_tab(d));
		else if (a == ACT_BACK && d->back_count > 0)
			show(&app, d->back[--d->back_count]);
		else if (a == ACT_IMPORT || a == ACT_SETTINGS)
			app_show(&app, a == ACT_IMPORT ? SCREEN_IMPORT : SCREEN_SETTINGS);
		/* The screen may have changed what its keys mean (searching). */
		if (!ui_quitting(ui) && ui_top(ui) && ui_top(ui)->ctx == d)
			keymap(&d->screens[d->current], ui_top(ui));
	}
	ui_pop(ui);
	for (int id = 0; id < SCREEN_COUNT; id++)
		if (d->screens[id].st)
			d->screens[id].ops->close(d->screens[id].st);
	free(d);
	ui_close(ui);
	return EXIT_OK;
}
