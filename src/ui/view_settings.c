/* 设置: what a branch sets once and changes rarely, each line with its value
 * and, below, what it means: the branch's name and its higher committee,
 * the meeting requirements (as `zhibu meeting require`), and every setting
 * of the catalogue (rules/settings.h, the table `zhibu disclose settings`
 * checks with too).  Enter changes the line's value; it is checked as the
 * command checks it and written in one transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/meeting.h"
#include "rules/meetings.h"
#include "rules/settings.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/views.h"

/* The lines: the branch's two names, each meeting kind, each setting. */
enum { ROW_NAME, ROW_HIGHER, ROW_MEETINGS };
#define ROW_SETTINGS (ROW_MEETINGS + MK_COUNT)

struct settings_page {
	struct app *app;
	struct meeting_requirement req[MK_COUNT];
	bool loaded;
	int sel, top, rows;
};

static void page_load(struct settings_page *p)
{
	p->loaded = meeting_requirements_get(p->app->db, p->req);
	if (!p->loaded)
		ui_error(p->app->ui, "%s", db_error(p->app->db));
	p->rows = ROW_SETTINGS + (int)setting_count;
}

/* A line's label, value and meaning. */
static void row_text(struct settings_page *p, int row, char *label, size_t lsize, char *value, size_t vsize,
		     const char **help, const char **mark)
{
	*mark = "";
	if (row == ROW_NAME || row == ROW_HIGHER) {
		text_copy(label, lsize, row == ROW_NAME ? _("Branch name") : _("Higher committee"));
		text_copy(value, vsize, row == ROW_NAME ? p->app->branch.name : p->app->branch.higher_committee);
		*help = row == ROW_NAME ? _("the branch's name, in the title line and on every report")
					: _("the higher party committee (上级党委), on reports and remittances");
	} else if (row < ROW_SETTINGS) {
		int k = row - ROW_MEETINGS;
		snprintf(label, lsize, _("Meetings: %s"), meeting_kind_names[k]);
		if (p->loaded)
			meeting_requirement_describe(&p->req[k], value, vsize);
		else
			text_copy(value, vsize, "?");
		*help = _("how many meetings of the kind each period needs, for the branch or each party group");
	} else {
		const struct setting_def *s = &setting_defs[row - ROW_SETTINGS];
		text_copy(label, lsize, s->key);
		*mark = settings_get(p->app->db, s->key, value, vsize, s->fallback) ? _("[set]") : _(s->mark);
		*help = _(s->help);
	}
}

static void page_draw(void *st, struct ui *ui)
{
	struct settings_page *p = st;
	int y, h, cols = ui_cols(ui);
	char head[256];
	ui_area(ui, &y, &h);
	snprintf(head, sizeof head, " %s", _("Settings (设置): Enter changes the value of the line"));
	ui_text(y, 0, cols, head, UI_HEADER);
	int list_h = h - 3; /* the header, a blank and the meaning of the line */
	if (list_h < 1)
		list_h = 1;
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + list_h)
		p->top = p->sel - list_h + 1;
	int label_w = cols >= 100 ? 36 : 34, mark_w = 10;
	int value_w = cols - 2 - label_w - mark_w - 2;
	const char *help = "", *sel_help = "";
	for (int i = 0; i < list_h && p->top + i < p->rows; i++) {
		int row = p->top + i;
		char label[128], value[256];
		const char *mark;
		row_text(p, row, label, sizeof label, value, sizeof value, &help, &mark);
		enum ui_style style = row == p->sel ? UI_SELECTED : UI_NORMAL;
		ui_fill(y + 1 + i, 0, cols, style);
		ui_text(y + 1 + i, 1, label_w, label, style);
		ui_text(y + 1 + i, 1 + label_w + 1, value_w, *value ? value : "-", style);
		ui_text(y + 1 + i, cols - mark_w - 1, mark_w, mark, row == p->sel ? UI_SELECTED : UI_DIM);
		if (row == p->sel)
			sel_help = help;
	}
	ui_text(y + h - 1, 1, cols - 2, sel_help, UI_DIM);
}

/* ---- changing a line */

struct change {
	struct settings_page *p;
	int row;
	struct branch branch;
	struct meeting_requirement r;
	char value[LINEEDIT_SIZE];
};

static bool change_write(void *ctx, struct db *db)
{
	struct change *c = ctx;
	if (c->row == ROW_NAME || c->row == ROW_HIGHER)
		return branch_save(db, &c->branch);
	if (c->row < ROW_SETTINGS)
		return meeting_requirement_set(db, (enum meeting_kind)(c->row - ROW_MEETINGS), &c->r);
	return settings_set(db, setting_defs[c->row - ROW_SETTINGS].key, c->value);
}

static bool change_save(void *ctx, struct form *form)
{
	struct change *c = ctx;
	text_copy(c->value, sizeof c->value, form_get(form, 0));
	text_trim(c->value);
	if (c->row == ROW_NAME || c->row == ROW_HIGHER) {
		if (c->row == ROW_NAME && !*c->value) {
			form_error(form, 0, "%s", _("required"));
			return false;
		}
		c->branch = c->p->app->branch;
		text_copy(c->row == ROW_NAME ? c->branch.name : c->branch.higher_committee, sizeof c->branch.name, c->value);
	} else if (c->row < ROW_SETTINGS) {
		char *end;
		long n = strtol(form_get(form, 1), &end, 10);
		if (text_blank(form_get(form, 1)) || *end || n < 0 || n > 99) {
			form_error(form, 1, "%s", _("a number from 0 to 99"));
			return false;
		}
		c->r.period = (enum period_kind)period_kind_parse(form_get(form, 0));
		c->r.count = (int)n;
		c->r.per_group = !strcmp(form_get(form, 2), _("each party group"));
	} else {
		const char *why = setting_problem(&setting_defs[c->row - ROW_SETTINGS], c->value);
		if (why) {
			form_error(form, 0, "%s %s", c->value, why);
			return false;
		}
	}
	return app_transaction(c->p->app, change_write, c);
}

static void page_change(struct settings_page *p)
{
	struct change c = { .p = p, .row = p->sel };
	char label[128], value[256], title[300];
	const char *help, *mark;
	row_text(p, p->sel, label, sizeof label, value, sizeof value, &help, &mark);
	snprintf(title, sizeof title, "%s: %s", label, help);
	const char *per[] = { _("the branch"), _("each party group"), NULL };
	struct form_field fields[3] = { { .label = _("Value"), .type = FORM_TEXT } };
	struct form form = { .title = title, .fields = fields, .count = 1, .save = change_save, .ctx = &c };
	if (p->sel >= ROW_MEETINGS && p->sel < ROW_SETTINGS) {
		const struct meeting_requirement *r = &p->req[p->sel - ROW_MEETINGS];
		if (!p->loaded)
			return;
		c.r = *r;
		fields[0] = (struct form_field){ .label = _("Period"), .type = FORM_CHOICE, .required = true,
						 .choices = period_kind_names };
		fields[1] = (struct form_field){ .label = _("How many"), .type = FORM_TEXT, .required = true };
		fields[2] = (struct form_field){ .label = _("Counted for"), .type = FORM_CHOICE, .required = true, .choices = per };
		form.count = 3;
		form_set(&form, 0, period_kind_names[r->period]);
		snprintf(value, sizeof value, "%d", r->count);
		form_set(&form, 1, value);
		form_set(&form, 2, per[r->per_group]);
	} else if (p->sel >= ROW_SETTINGS && setting_defs[p->sel - ROW_SETTINGS].type == SETTING_CHOICE) {
		fields[0].type = FORM_CHOICE;
		fields[0].choices = setting_defs[p->sel - ROW_SETTINGS].choices;
		form_set(&form, 0, value);
	} else {
		fields[0].required = p->sel == ROW_NAME;
		form_set(&form, 0, value);
	}
	if (!form_run(p->app->ui, &form))
		return;
	if (p->sel == ROW_NAME || p->sel == ROW_HIGHER) {
		p->app->branch = c.branch;
		ui_set_title(p->app->ui, c.branch.name);
	}
	ui_status(p->app->ui, _("%s changed."), label);
}

/* ---- the screen */

static void *page_open(struct app *app, const void *arg)
{
	(void)arg;
	struct settings_page *p = calloc(1, sizeof *p);
	if (!p)
		abort();
	p->app = app;
	page_load(p);
	return p;
}

static void page_close(void *st)
{
	free(st);
}

static void page_reload(void *st)
{
	page_load(st);
}

static int page_key(void *st, enum action a, int key)
{
	struct settings_page *p = st;
	int page = ui_lines(p->app->ui) / 2;
	(void)key;
	switch (a) {
	case ACT_UP: if (p->sel > 0) p->sel--; return SCREEN_DONE;
	case ACT_DOWN: if (p->sel + 1 < p->rows) p->sel++; return SCREEN_DONE;
	case ACT_PAGE_UP: p->sel = p->sel > page ? p->sel - page : 0; return SCREEN_DONE;
	case ACT_PAGE_DOWN: p->sel = p->sel + page < p->rows ? p->sel + page : p->rows - 1; return SCREEN_DONE;
	case ACT_FIRST: p->sel = 0; return SCREEN_DONE;
	case ACT_LAST: p->sel = p->rows - 1; return SCREEN_DONE;
	case ACT_OPEN: page_change(p); return SCREEN_DONE;
	case ACT_SETTINGS: return SCREEN_DONE;
	default: return SCREEN_UNUSED;
	}
}

static const enum ui_context contexts[] = { CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_BACK, ACT_OPEN, ACT_HELP, ACT_QUIT, ACT_NONE };

const struct screen_ops screen_settings = {
	.name = "settings", .title = N_("设置"),
	.help = N_("The branch's name and higher committee, the meeting requirements and the other settings, each with its value and meaning"),
	.open = page_open, .close = page_close, .draw = page_draw, .key = page_key,
	.contexts = contexts, .bar = bar, .reload = page_reload,
};
