/* zhibu without a command: the full-screen app.  The frame (title line with
 * the branch and the tabs, status line, key bar) comes from ui.c; the
 * screens behind the tabs are the views of view_*.c. */
#include <stdio.h>
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
#include "ui/views.h"

static const struct view *const views[] = {
	&view_home, &view_members, &view_dues, &view_meetings, &view_pipeline, &view_reports,
};
#define VIEW_COUNT (int)(sizeof views / sizeof views[0])
static const char *tabs[VIEW_COUNT];

int app_keys_mdoc(void)
{
	keys_print_mdoc(stdout);
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

static void base_draw(void *ctx, struct ui *ui)
{
	struct app *app = ctx;
	views[app->screen]->draw(app, ui);
}

static bool base_idle(void *ctx)
{
	struct app *app = ctx;
	return views[app->screen]->idle && views[app->screen]->idle(app);
}

/* The base layer follows the screen shown. */
static void show_screen(struct app *app, int screen)
{
	struct ui_layer *base = ui_top(app->ui);
	app->screen = (screen % VIEW_COUNT + VIEW_COUNT) % VIEW_COUNT;
	ui_set_tabs(app->ui, tabs, VIEW_COUNT, app->screen);
	base->contexts = views[app->screen]->contexts;
	base->bar = views[app->screen]->bar;
	if (views[app->screen] == &view_members) {
		base->contexts = members_view_contexts(app->members);
		base->bar = members_view_bar(app->members);
	}
}

/* Which screen resolves a to-do: the prefix of its link (report/todo.h). */
static const struct { const char *prefix; const struct view *view; } link_screens[] = {
	{ "dues:", &view_dues }, { "meetings:", &view_meetings }, { "candidate:", &view_pipeline },
};

bool app_go(struct app *app, const char *link)
{
	for (size_t i = 0; i < sizeof link_screens / sizeof link_screens[0]; i++) {
		if (strncmp(link, link_screens[i].prefix, strlen(link_screens[i].prefix)) != 0)
			continue;
		for (int v = 0; v < VIEW_COUNT; v++)
			if (views[v] == link_screens[i].view) {
				show_screen(app, v);
				if (views[v]->go)
					views[v]->go(app, link);
				return true;
			}
	}
	ui_error(app->ui, _("Nothing to open for this item"));
	return false;
}

int app_run(struct cli *cli)
{
	char err[512];
	if (!ui_terminal_ready(err, sizeof err))
		return cli_fail("%s", err);
	struct db *db = cli_db(cli, true);
	if (!db)
		return EXIT_REFUSED;
	struct ui *ui = ui_open(err, sizeof err);
	if (!ui)
		return cli_fail("%s", err);
	struct app app = { .ui = ui, .db = db, .screen = 0 };
	for (int i = 0; i < VIEW_COUNT; i++)
		tabs[i] = views[i]->tab;

	ui_set_title(ui, "zhibu");
	if (!branch_get(db, &app.branch) && !branch_setup(&app)) {
		ui_close(ui);
		return EXIT_OK;
	}
	if (cli->read_only) {
		char title[sizeof app.branch.name + 32];
		snprintf(title, sizeof title, _("%s (read-only)"), app.branch.name);
		ui_set_title(ui, title);
	} else {
		ui_set_title(ui, app.branch.name);
	}
	app.members = members_view_new(&app);
	app.pipeline = pipeline_view_new(&app);
	app.dues = dues_view_new(&app);
	app.meetings = meetings_view_new(&app);
	app.home = home_view_new(&app);
	app.reports = reports_view_new(&app);

	struct ui_layer base = { .draw = base_draw, .ctx = &app, .opaque = true, .idle = base_idle };
	ui_push(ui, &base);
	show_screen(&app, app.screen);
	while (!ui_quitting(ui)) {
		int key;
		enum action a = ui_key(ui, &key);
		if (a == ACT_QUIT) {
			ui_quit_requested(ui);
			continue;
		}
		if (a == ACT_NEXT_SCREEN)
			show_screen(&app, app.screen + 1);
		else if (a == ACT_PREV_SCREEN)
			show_screen(&app, app.screen - 1);
		else if (a >= ACT_SCREEN_1 && a <= ACT_SCREEN_6)
			show_screen(&app, a - ACT_SCREEN_1);
		else
			views[app.screen]->key(&app, a, key);
		/* A view may have changed what its keys mean (searching). */
		if (!ui_quitting(ui) && ui_top(ui) && ui_top(ui)->draw == base_draw)
			show_screen(&app, app.screen);
	}
	ui_pop(ui);
	members_view_free(app.members);
	pipeline_view_free(app.pipeline);
	dues_view_free(app.dues);
	meetings_view_free(app.meetings);
	home_view_free(app.home);
	reports_view_free(app.reports);
	ui_close(ui);
	return EXIT_OK;
}
