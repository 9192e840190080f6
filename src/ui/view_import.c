/* 导入: every kind of `zhibu import` from the screens.  Enter fills the form
 * (the kind, the file, a workbook's sheet; F3 lists the folder's .csv,
 * .xlsx and .xls files), which checks the file at once: the importer runs
 * with --dry-run and what it says (FILE:LINE: 列名: problem, or what would
 * change) shows below.  Only a check without problems lets F2 import it, in
 * one transaction: the importers and the kinds are the command's own
 * (cli/cmd_import.c, import_capture), no second copy. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/textview.h"
#include "ui/views.h"

#define KINDS_MAX 32
#define FILES_MAX 200
#define OPTIONS_MAX 8

struct import_page {
	struct app *app;
	const char *kinds[KINDS_MAX + 1]; /* the command's kinds, then members --update */
	int nkinds, kind;
	char file[LINEEDIT_SIZE], sheet[LINEEDIT_SIZE];
	char options[LINEEDIT_SIZE]; /* the kind's own: --year 2026, --review 测评#3, --encoding gb18030 */
	int checked;          /* -1 not yet; else the dry run's exit status */
	bool imported;
	struct textview *tv;
};

#define UPDATE_KIND "members --update"

/* Run the importer on the page's choices: a dry run or the import. */
static int page_run(struct import_page *p, bool dry_run)
{
	char kind[64], options[LINEEDIT_SIZE], *argv[8 + OPTIONS_MAX];
	int argc = 0;
	text_copy(kind, sizeof kind, p->kinds[p->kind]);
	bool update = !strcmp(kind, UPDATE_KIND);
	if (update)
		kind[strcspn(kind, " ")] = '\0';
	argv[argc++] = "import";
	argv[argc++] = kind;
	argv[argc++] = p->file;
	if (*p->sheet) {
		argv[argc++] = "--sheet";
		argv[argc++] = p->sheet;
	}
	if (update)
		argv[argc++] = "--update";
	text_copy(options, sizeof options, p->options);
	for (char *word = strtok(options, " \t"); word && argc < 6 + OPTIONS_MAX; word = strtok(NULL, " \t"))
		argv[argc++] = word;
	if (dry_run)
		argv[argc++] = "--dry-run";
	argv[argc] = NULL;
	struct cli cli = { .db = p->app->db };
	char *report;
	int status = import_capture(&cli, argc, argv, &report);
	textview_clear(p->tv);
	for (char *line = report, *end; line && *line; line = end) {
		end = line + strcspn(line, "\n");
		if (*end)
			*end++ = '\0';
		bool problem = strstr(line, ": ") && !strncmp(line, p->file, strlen(p->file));
		textview_add(p->tv, problem ? UI_ERROR : UI_NORMAL, NULL, text_strip_controls(line));
	}
	free(report);
	return status;
}

/* ---- the form */

enum { F_KIND, F_FILE, F_SHEET, F_OPTIONS, F_COUNT };

static bool form_save(void *ctx, struct form *form)
{
	struct import_page *p = ctx;
	const char *file = form_get(form, F_FILE);
	if (text_blank(file)) {
		form_error(form, F_FILE, "%s", _("name the file to import"));
		return false;
	}
	for (int k = 0; k < p->nkinds; k++)
		if (!strcmp(p->kinds[k], form_get(form, F_KIND)))
			p->kind = k;
	text_copy(p->file, sizeof p->file, file);
	text_trim(p->file);
	text_copy(p->sheet, sizeof p->sheet, form_get(form, F_SHEET));
	text_trim(p->sheet);
	text_copy(p->options, sizeof p->options, form_get(form, F_OPTIONS));
	text_trim(p->options);
	return true;
}

static void page_check(struct import_page *p)
{
	p->imported = false;
	p->checked = page_run(p, true);
}

static void page_form(struct import_page *p)
{
	struct form_field fields[F_COUNT] = {
		[F_KIND] = { .label = _("Kind"), .type = FORM_CHOICE, .required = true, .choices = p->kinds },
		[F_FILE] = { .label = _("File"), .type = FORM_TEXT, .required = true, .show_end = true },
		[F_SHEET] = { .label = _("Sheet (workbooks)"), .type = FORM_TEXT },
		[F_OPTIONS] = { .label = _("Options"), .type = FORM_TEXT },
	};
	struct form form = {
		.title = _("Import a file: F2 checks it (nothing is written yet)"),
		.fields = fields, .count = F_COUNT, .save = form_save, .ctx = p,
	};
	form_set(&form, F_KIND, p->kinds[p->kind]);
	form_set(&form, F_FILE, p->file);
	form_set(&form, F_SHEET, p->sheet);
	form_set(&form, F_OPTIONS, p->options);
	if (form_run(p->app->ui, &form))
		page_check(p);
}

/* ---- the folder's files */

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool importable(const char *name)
{
	static const char *const ends[] = { ".csv", ".CSV", ".xlsx", ".XLSX", ".xls", ".XLS", NULL };
	size_t n = strlen(name);
	for (const char *const *e = ends; *e; e++)
		if (n > strlen(*e) && !strcmp(name + n - strlen(*e), *e))
			return true;
	return false;
}

static void page_files(struct import_page *p)
{
	char *names[FILES_MAX];
	int n = 0;
	DIR *dir = opendir(".");
	for (struct dirent *e; dir && n < FILES_MAX && (e = readdir(dir));)
		if (e->d_name[0] != '.' && importable(e->d_name))
			names[n++] = strdup(e->d_name);
	if (dir)
		closedir(dir);
	if (!n) {
		ui_error(p->app->ui, "%s", _("No .csv, .xlsx or .xls file in this folder: Enter lets you type its path."));
		return;
	}
	qsort(names, (size_t)n, sizeof names[0], name_cmp);
	int pick = ui_choose(p->app->ui, _("File to import"), (const char *const *)names, n, 0);
	if (pick >= 0) {
		text_copy(p->file, sizeof p->file, names[pick]);
		page_check(p);
	}
	for (int i = 0; i < n; i++)
		free(names[i]);
}

/* ---- the screen */

static void *page_open(struct app *app, const void *arg)
{
	(void)arg;
	struct import_page *p = calloc(1, sizeof *p);
	if (!p)
		abort();
	p->app = app;
	for (const char *k; p->nkinds < KINDS_MAX - 1 && (k = import_kind_name((size_t)p->nkinds));)
		p->kinds[p->nkinds++] = k;
	p->kinds[p->nkinds++] = UPDATE_KIND;
	p->checked = -1;
	p->tv = textview_new(0);
	textview_add(p->tv, UI_DIM, NULL,
		     _("Enter: choose the kind and the file (F3: the files of this folder). The file is checked first; "
		       "F2 imports it when the check found no problem. Options are the command's: plan takes --year 2026, "
		       "review-ballots --review 测评#ID, any kind --encoding gb18030. 花名册 columns: zhibu export template members."));
	return p;
}

static void page_close(void *st)
{
	struct import_page *p = st;
	textview_free(p->tv);
	free(p);
}

static void page_draw(void *st, struct ui *ui)
{
	struct import_page *p = st;
	int y, h, cols = ui_cols(ui);
	char line[4 * LINEEDIT_SIZE];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, " %s", _("Import (导入): records from a CSV or a workbook, checked before anything is written"));
	ui_text(y, 0, cols, line, UI_HEADER);
	snprintf(line, sizeof line, "%s: %s   %s: %s%s%s%s%s", _("Kind"), p->kinds[p->kind], _("File"),
		 *p->file ? p->file : "-", *p->sheet ? "   " : "", p->sheet, *p->options ? "   " : "", p->options);
	ui_text(y + 1, 1, cols - 2, line, UI_NORMAL);
	const char *state;
	enum ui_style style = UI_EMPHASIS;
	if (p->imported)
		state = _("Imported.");
	else if (p->checked < 0)
		state = _("Not checked yet.");
	else if (p->checked == 0)
		state = _("Checked: no problem, nothing written yet. F2 imports it.");
	else {
		state = _("The check found problems: fix the file and check again (Enter). Nothing was written.");
		style = UI_ERROR;
	}
	ui_text(y + 2, 1, cols - 2, state, style);
	textview_draw(p->tv, y + 3, 1, h - 3, cols - 2);
}

static void page_commit(struct import_page *p)
{
	char question[2 * LINEEDIT_SIZE];
	if (p->checked != 0 || p->imported) {
		ui_error(p->app->ui, "%s", p->imported ? _("Imported already.")
						       : _("Check the file first (Enter): only a check without problems can be imported."));
		return;
	}
	snprintf(question, sizeof question, _("Import %s (%s) now?"), p->file, p->kinds[p->kind]);
	if (!ui_confirm(p->app->ui, question, false))
		return;
	int status = page_run(p, false);
	p->app->generation++; /* every screen shown from now on reloads */
	if (status == 0)
		p->imported = true;
	else
		p->checked = status;
}

static int page_key(void *st, enum action a, int key)
{
	struct import_page *p = st;
	(void)key;
	switch (a) {
	case ACT_OPEN: page_form(p); return SCREEN_DONE;
	case ACT_IMPORT_FILE: page_files(p); return SCREEN_DONE;
	case ACT_IMPORT_COMMIT: page_commit(p); return SCREEN_DONE;
	case ACT_IMPORT: return SCREEN_DONE;
	default: return textview_key(p->tv, a) ? SCREEN_DONE : SCREEN_UNUSED;
	}
}

static const enum ui_context contexts[] = { CTX_IMPORT, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_BACK, ACT_OPEN, ACT_IMPORT_FILE, ACT_IMPORT_COMMIT, ACT_HELP, ACT_NONE };

const struct screen_ops screen_import = {
	.name = "import", .title = N_("导入"),
	.help = N_("Import members, dues, meetings and every other kind of zhibu import from a file: checked first, then imported"),
	.open = page_open, .close = page_close, .draw = page_draw, .key = page_key,
	.contexts = contexts, .bar = bar,
};
