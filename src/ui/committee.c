/* zhibu --committee PATH...: the committee's view of its branches — one
 * line per branch (members, the quarter's dues rate, overdue and due-soon
 * items, when the copy was made), built by the same report as `zhibu rollup
 * PATH... report branches`.  Enter opens the branch read-only in the usual
 * screens: zhibu itself runs again on the file (--read-only), so that the
 * branch's app is the one every secretary knows and nothing can be written;
 * the list comes back when it quits. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/package.h"
#include "io/editor.h"
#include "io/sheet.h"
#include "report/rollup.h"
#include "ui/table.h"
#include "ui/ui.h"

/* The columns of the rollup's 各支部 sheet shown here, and the file's. */
enum { COL_BRANCH = 1, COL_MEMBERS = 2, COL_RATE = 5, COL_OVERDUE = 6, COL_SOON = 7, COL_MADE = 8, COL_FILE = 9 };
static const int shown[] = { COL_BRANCH, COL_MEMBERS, COL_RATE, COL_OVERDUE, COL_SOON, COL_MADE };
#define NSHOWN (int)(sizeof shown / sizeof shown[0])

struct committee {
	struct ui *ui;
	struct sheet *sheet;
	size_t rows;             /* the branches (the 合计 row left out) */
	struct table_list *list;
	struct table *table;
	struct rollup_result res;
	char head[256];
};

/* The rows: one per branch, its id the sheet's row + 1. */
static bool fill_branches(void *ctx, struct table_list *list)
{
	struct committee *c = ctx;
	for (size_t row = 0; row < c->rows; row++) {
		const char *cells[NSHOWN];
		for (int k = 0; k < NSHOWN; k++)
			cells[k] = sheet_cell(c->sheet, row, shown[k]);
		bool late = strtol(sheet_cell(c->sheet, row, COL_OVERDUE), NULL, 10) > 0;
		table_list_add(list, (long long)row + 1, late ? UI_OVERDUE : UI_NORMAL, cells);
	}
	return true;
}

static void committee_draw(void *ctx, struct ui *ui)
{
	struct committee *c = ctx;
	int y, h, cols = ui_cols(ui);
	ui_area(ui, &y, &h);
	ui_text(y, 0, cols, c->head, UI_HEADER);
	table_draw(c->table, y + 1, 0, h - 1, cols);
}

/* Run zhibu on the branch's file, read-only, in the terminal. */
static void open_branch(struct committee *c)
{
	long long id = table_cursor_id(c->table);
	if (id <= 0)
		return;
	const char *file = sheet_cell(c->sheet, (size_t)id - 1, COL_FILE);
	struct package_input in;
	char *why = NULL, self[4096];
	/* An input of an older schema is read through its upgraded private
	 * copy, kept until the branch's app quits. */
	if (!package_input_open(file, &in, false, &why)) {
		ui_error(c->ui, _("Cannot open %s: %s"), file, why ? why : "");
		free(why);
		package_input_close(&in);
		return;
	}
	char *path = strdup(db_path(in.db));
	db_close(in.db);
	in.db = NULL;
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	self[n > 0 ? n : 0] = '\0';
	char *argv[] = { n > 0 ? self : "zhibu", "--db", path, "--read-only", NULL };
	/* Tests script the branch's app apart from this list. */
	const char *script = getenv("ZHIBU_SCRIPT"), *child = getenv("ZHIBU_SCRIPT_CHILD");
	char *saved = script ? strdup(script) : NULL;
	if (child)
		setenv("ZHIBU_SCRIPT", child, 1);
	else
		unsetenv("ZHIBU_SCRIPT");
	ui_suspend(c->ui);
	int status = program_run(argv);
	int err = errno;
	ui_resume(c->ui);
	if (saved)
		setenv("ZHIBU_SCRIPT", saved, 1);
	free(saved);
	if (status < 0)
		ui_error(c->ui, _("Cannot run zhibu: %s"), strerror(err));
	else if (status != 0)
		ui_error(c->ui, _("zhibu stopped with status %d on %s"), status, file);
	free(path);
	package_input_close(&in);
}

static const enum ui_context contexts[] = { CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_HELP, ACT_OPEN, ACT_SORT_NEXT, ACT_QUIT, ACT_NONE };

int committee_run(struct cli *cli, char **paths, int npaths)
{
	char err[512];
	struct committee c = { 0 };
	struct rollup_request r = { .report = ROLLUP_BRANCHES, .as_of = date_today(), .within = 30 };
	char *why = NULL;
	(void)cli;
	if (!ui_terminal_ready(err, sizeof err))
		return cli_fail("%s", err);
	r.year = r.as_of.y;
	c.sheet = rollup_build(&r, paths, npaths, &c.res, &why);
	if (!c.sheet) {
		int st = cli_fail("%s", why ? why : "");
		for (size_t i = 0; i < c.res.ninputs; i++)
			if (c.res.inputs[i].state == RI_SKIPPED)
				fprintf(stderr, _("zhibu: skipped %s: %s\n"), c.res.inputs[i].path,
					c.res.inputs[i].why ? c.res.inputs[i].why : "");
		free(why);
		rollup_result_done(&c.res);
		return st;
	}
	c.rows = c.res.used;
	snprintf(c.head, sizeof c.head, _(" %zu of %zu branches; inputs skipped: %zu (zhibu rollup PATH... report branches says why)"),
		 c.res.used, c.res.used + c.res.skipped, c.res.skipped);

	const struct table_column columns[NSHOWN] = {
		{ _("Branch"), 16, 1, false }, { _("Members"), 6, 0, true }, { _("Dues this quarter"), 10, 0, true },
		{ _("Overdue"), 6, 0, true }, { _("Due soon"), 8, 0, true }, { _("Data as of"), 19, 0, false },
	};
	c.list = table_list_new(NSHOWN, fill_branches, &c);
	c.table = table_new(columns, NSHOWN, table_list_source(c.list));
	c.ui = ui_open(err, sizeof err);
	if (!c.ui) {
		table_free(c.table);
		table_list_free(c.list);
		sheet_free(c.sheet);
		rollup_result_done(&c.res);
		return cli_fail("%s", err);
	}
	ui_set_title(c.ui, c.sheet->title);
	struct ui_layer layer = { .draw = committee_draw, .ctx = &c, .contexts = contexts, .bar = bar, .opaque = true };
	ui_push(c.ui, &layer);
	for (;;) {
		int key;
		enum action a = ui_key(c.ui, &key);
		if (ui_closes_view(c.ui, a))
			break;
		if (table_key(c.table, a))
			continue;
		if (a == ACT_OPEN)
			open_branch(&c);
	}
	ui_pop(c.ui);
	ui_close(c.ui);
	table_free(c.table);
	table_list_free(c.list);
	sheet_free(c.sheet);
	rollup_result_done(&c.res);
	return EXIT_OK;
}
