/* 年度计划: the year's 党建工作计划, item by item in the plan's order, with
 * its status and, for an item bound to an indicator (接收预备党员, 主题党日
 * ...), the progress computed from the records (report/plan.h, as `zhibu
 * plan show`); overdue items red, cancelled ones dim.  [ and ] change the
 * year; a adds an item, A records the plan adopted (the date and the minute
 * picked from the records), s starts an item (进行中), d marks it done, x cancels it with a
 * reason.  The to-dos of 首页 (plan:ID, plan:year:YEAR) show the year here.
 * The checks are `zhibu plan`'s (plan_item_check, rules/plan.h); each write
 * is one transaction that reads the item again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/rectify_cli.h"
#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/plan.h"
#include "report/plan.h"
#include "rules/plan.h"
#include "ui/form.h"
#include "ui/table.h"
#include "ui/views.h"

struct plan_row {
	struct plan_item it;
	struct plan_progress p;
};

struct plan_list {
	struct app *app;
	int year;
	struct plan plan;
	struct plan_row *rows;
	size_t count, cap;
	bool failed;
	struct table_list *list;
	struct table *table;
	struct table_column cols[7];
};

static void add_row(void *ctx, const struct plan_item *it)
{
	struct plan_list *l = ctx;
	if (l->failed)
		return;
	l->rows = grow_array(l->rows, l->count, &l->cap, 16, sizeof *l->rows);
	struct plan_row *r = &l->rows[l->count++];
	r->it = *it;
	l->failed = !plan_item_progress(l->app->db, it, date_today(), &r->p);
}

/* The year's items in the plan's order. */
static bool plan_fill(void *ctx, struct table_list *list)
{
	struct plan_list *l = ctx;
	l->count = 0;
	l->failed = plan_get(l->app->db, l->year, &l->plan) < 0 || !plan_items_each(l->app->db, l->year, add_row, l)
		    || l->failed;
	if (l->failed) {
		ui_error(l->app->ui, "%s", db_error(l->app->db));
		return false;
	}
	for (size_t i = 0; i < l->count; i++) {
		const struct plan_row *r = &l->rows[i];
		char seq[16], progress[64] = "";
		snprintf(seq, sizeof seq, "%d", r->it.seq);
		if (r->it.indicator[0])
			snprintf(progress, sizeof progress, "%s %lld/%d", r->it.indicator, r->p.value, r->it.target);
		else if (!strcmp(r->p.status, "已完成"))
			snprintf(progress, sizeof progress, "%s", r->it.done_on);
		const char *cells[] = { seq, r->it.area, r->it.task, r->it.due, r->it.owner, progress, r->p.status };
		enum ui_style style = !strcmp(r->p.status, "取消") ? UI_DIM : r->p.overdue ? UI_ERROR : UI_NORMAL;
		table_list_add(list, r->it.id, style, cells);
	}
	return true;
}

static void plan_draw(void *st, struct ui *ui)
{
	struct plan_list *l = st;
	int y, h, cols = ui_cols(ui);
	char line[320], adopted[160];
	ui_area(ui, &y, &h);
	table_count(l->table); /* loads the plan */
	if (l->plan.adopted_on[0] && l->plan.meeting_id)
		snprintf(adopted, sizeof adopted, _("adopted %s (会议#%lld)"), l->plan.adopted_on, l->plan.meeting_id);
	else if (l->plan.adopted_on[0])
		snprintf(adopted, sizeof adopted, _("adopted %s"), l->plan.adopted_on);
	else
		snprintf(adopted, sizeof adopted, "%s", _("not adopted yet"));
	snprintf(line, sizeof line, _("党建工作计划 of %d ([ ] another year): %zu items, %s"), l->year, l->count, adopted);
	ui_text(y, 1, cols - 2, line, l->plan.adopted_on[0] ? UI_EMPHASIS : UI_ERROR);
	table_draw(l->table, y + 1, 1, h - 1, cols - 2);
}

/* ---- adopt */

struct plan_write {
	struct app *app;
	int year;
	long long id, meeting_id;
	char on[DATE_ISO_SIZE];
	char text[512];
	struct plan_item it;
};

static bool adopt_write(void *ctx, struct db *db)
{
	struct plan_write *w = ctx;
	return plan_adopt(db, w->year, w->on, w->meeting_id);
}

static bool adopt_save(void *ctx, struct form *form)
{
	struct plan_write *w = ctx;
	if (!form_day(form, 0, w->on))
		return false;
	return app_transaction(w->app, adopt_write, w);
}

static void plan_adopt_form(struct plan_list *l)
{
	struct plan_write w = { .app = l->app, .year = l->year };
	char line[600], from[DATE_ISO_SIZE], to[DATE_ISO_SIZE], title[600];
	date_format((struct date){ l->year - 1, 10, 1 }, from);
	date_format((struct date){ l->year, 12, 31 }, to);
	int picked = minute_choose(l->app, _("The minute of the meeting that adopted the plan"), _("(no minute recorded)"),
				   from, to, &w.meeting_id, line, sizeof line);
	if (picked < 0)
		return;
	struct form_field field = { .label = _("Date adopted"), .type = FORM_DATE, .required = true };
	snprintf(title, sizeof title, _("The plan of %d adopted: %s"), l->year, picked ? line : _("(no minute recorded)"));
	struct form form = { .title = title, .fields = &field, .count = 1, .save = adopt_save, .ctx = &w };
	char day[DATE_ISO_SIZE];
	if (!picked || sscanf(line, "%*s %10s", day) != 1) /* the minute's date, else today */
		date_format(date_today(), day);
	form_set(&form, 0, day);
	if (form_run(l->app->ui, &form))
		ui_status(l->app->ui, _("The plan of %d adopted on %s."), l->year, w.on);
}

/* ---- add an item */

enum { A_AREA, A_TASK, A_MEASURES, A_OWNER, A_DUE, A_INDICATOR, A_TARGET, A_FIELDS };

static bool add_write(void *ctx, struct db *db)
{
	struct plan_write *w = ctx;
	return plan_next_seq(db, w->it.year, &w->it.seq) && plan_item_add(db, &w->it, &w->id);
}

static bool add_save(void *ctx, struct form *form)
{
	struct plan_write *w = ctx;
	static const int field_of[] = { A_AREA, A_TASK, A_OWNER, A_DUE, A_INDICATOR, A_TARGET };
	memset(&w->it, 0, sizeof w->it);
	w->it.year = w->year;
	text_copy(w->it.task, sizeof w->it.task, form_get(form, A_TASK));
	text_trim(w->it.task);
	text_copy(w->it.measures, sizeof w->it.measures, form_get(form, A_MEASURES));
	text_trim(w->it.measures);
	text_copy(w->it.owner, sizeof w->it.owner, form_get(form, A_OWNER));
	text_trim(w->it.owner);
	int col;
	const char *why = plan_item_check(&w->it, form_get(form, A_AREA), form_get(form, A_DUE),
					  form_get(form, A_INDICATOR), form_get(form, A_TARGET), &col);
	if (why) {
		form_error(form, field_of[col], "%s", why);
		return false;
	}
	return app_transaction(w->app, add_write, w);
}

static void plan_add_form(struct plan_list *l)
{
	static const char *indicators[40];
	int n = plan_indicator_count();
	indicators[0] = "";
	for (int i = 0; i < n && i < 38; i++)
		indicators[i + 1] = plan_indicator_name(i);
	indicators[n < 38 ? n + 1 : 39] = NULL;
	struct plan_write w = { .app = l->app, .year = l->year };
	struct form_field fields[A_FIELDS] = {
		[A_AREA] = { .label = "类别", .type = FORM_CHOICE, .required = true, .choices = plan_areas },
		[A_TASK] = { .label = "工作任务", .type = FORM_TEXT, .required = true },
		[A_MEASURES] = { .label = "具体措施", .type = FORM_TEXT },
		[A_OWNER] = { .label = "责任人", .type = FORM_TEXT, .required = true },
		[A_DUE] = { .label = "完成时限", .type = FORM_TEXT, .required = true },
		[A_INDICATOR] = { .label = _("Indicator"), .type = FORM_CHOICE, .choices = indicators,
				  .empty_label = _("(none: marked done by hand)") },
		[A_TARGET] = { .label = _("Target"), .type = FORM_TEXT },
	};
	char title[128];
	snprintf(title, sizeof title, _("Add an item to the plan of %d"), l->year);
	struct form form = { .title = title, .fields = fields, .count = A_FIELDS, .save = add_save, .ctx = &w };
	form_set(&form, A_AREA, plan_areas[0]);
	if (form_run(l->app->ui, &form)) {
		ui_status(l->app->ui, _("Added 计划#%lld."), w.id);
		table_reload(l->table, false);
	}
}

/* ---- done, cancel */

/* Why the item cannot be marked done (translated, in buf), or NULL. */
static const char *done_refusal(const struct plan_item *it, char *buf, size_t size)
{
	if (it->indicator[0])
		snprintf(buf, size, _("计划#%lld is computed from %s: it is done when the records reach %d"), it->id,
			 it->indicator, it->target);
	else if (!strcmp(it->status, "取消") || !strcmp(it->status, "已完成"))
		snprintf(buf, size, _("计划#%lld is %s"), it->id, it->status);
	else
		return NULL;
	return buf;
}

static bool done_write(void *ctx, struct db *db)
{
	struct plan_write *w = ctx;
	struct plan_item it;
	char why[256];
	if (!plan_item_get(db, w->id, &it) || done_refusal(&it, why, sizeof why))
		return false;
	snprintf(it.status, sizeof it.status, "已完成");
	text_copy(it.done_on, sizeof it.done_on, w->on);
	text_copy(it.evidence, sizeof it.evidence, w->text);
	return plan_item_update_status(db, &it);
}

static bool done_save(void *ctx, struct form *form)
{
	struct plan_write *w = ctx;
	form_day(form, 0, w->on);
	text_copy(w->text, sizeof w->text, form_get(form, 1));
	text_trim(w->text);
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, done_write, w);
}

static bool cancel_write(void *ctx, struct db *db)
{
	struct plan_write *w = ctx;
	struct plan_item it;
	if (!plan_item_get(db, w->id, &it) || !strcmp(it.status, "取消"))
		return false;
	snprintf(it.status, sizeof it.status, "取消");
	text_copy(it.void_reason, sizeof it.void_reason, w->text);
	return plan_item_update_status(db, &it);
}

static bool cancel_save(void *ctx, struct form *form)
{
	struct plan_write *w = ctx;
	text_copy(w->text, sizeof w->text, form_get(form, 0));
	text_trim(w->text);
	if (!w->text[0]) {
		form_error(form, 0, "%s", _("required"));
		return false;
	}
	return app_transaction(w->app, cancel_write, w);
}

static void plan_done_or_cancel(struct plan_list *l, long long id, bool done)
{
	struct plan_write w = { .app = l->app, .id = id };
	struct plan_item it;
	char why[256], title[700], today[DATE_ISO_SIZE];
	if (!plan_item_get(l->app->db, id, &it)) {
		ui_error(l->app->ui, "%s", db_error(l->app->db));
		return;
	}
	if (done ? done_refusal(&it, why, sizeof why) != NULL : !strcmp(it.status, "取消")) {
		if (!done)
			snprintf(why, sizeof why, _("计划#%lld is %s"), it.id, it.status);
		ui_error(l->app->ui, "%s", why);
		return;
	}
	struct form_field done_fields[] = {
		{ .label = _("Date done"), .type = FORM_DATE, .required = true },
		{ .label = _("Evidence"), .type = FORM_TEXT },
	};
	struct form_field cancel_field = { .label = _("Reason"), .type = FORM_TEXT, .required = true };
	char task[120];
	text_fit(task, sizeof task, it.task, 40);
	snprintf(title, sizeof title, done ? _("计划#%lld done: %s") : _("Cancel 计划#%lld: %s"), id, task);
	struct form form = { .title = title, .fields = done ? done_fields : &cancel_field, .count = done ? 2 : 1,
			     .save = done ? done_save : cancel_save, .ctx = &w };
	date_format(date_today(), today);
	if (done)
		form_set(&form, 0, today);
	if (form_run(l->app->ui, &form))
		ui_status(l->app->ui, done ? _("计划#%lld done.") : _("计划#%lld cancelled."), id);
}

/* s: the item started (未开始 -> 进行中), as `zhibu plan start`. */
static const char *start_refusal(const struct plan_item *it, char *buf, size_t size)
{
	if (it->indicator[0])
		snprintf(buf, size, _("计划#%lld is computed from %s: it is done when the records reach %d"), it->id,
			 it->indicator, it->target);
	else if (strcmp(it->status, "未开始"))
		snprintf(buf, size, _("计划#%lld is %s"), it->id, it->status);
	else
		return NULL;
	return buf;
}

static bool start_write(void *ctx, struct db *db)
{
	struct plan_write *w = ctx;
	struct plan_item it;
	char why[256];
	if (!plan_item_get(db, w->id, &it) || start_refusal(&it, why, sizeof why))
		return false;
	snprintf(it.status, sizeof it.status, "进行中");
	return plan_item_update_status(db, &it);
}

static void plan_start(struct plan_list *l, long long id)
{
	struct plan_write w = { .app = l->app, .id = id };
	struct plan_item it;
	char why[256];
	if (!plan_item_get(l->app->db, id, &it)) {
		ui_error(l->app->ui, "%s", db_error(l->app->db));
		return;
	}
	if (start_refusal(&it, why, sizeof why)) {
		ui_error(l->app->ui, "%s", why);
		return;
	}
	if (app_transaction(l->app, start_write, &w))
		ui_status(l->app->ui, _("计划#%lld started."), id);
}

/* ---- the list */

static void *plan_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ "序号", 4, 0, true }, { "类别", 8, 0, false }, { "工作任务", 16, 3, false },
		{ "完成时限", 10, 0, false }, { "责任人", 6, 1, false }, { _("Done so far"), 16, 1, false },
		{ "状态", 6, 0, false },
	};
	(void)arg;
	struct plan_list *l = calloc(1, sizeof *l);
	if (!l)
		abort();
	l->app = app;
	l->year = date_today().y;
	memcpy(l->cols, cols, sizeof cols);
	l->list = table_list_new(7, plan_fill, l);
	l->table = table_new(l->cols, 7, table_list_source(l->list));
	table_set_unsortable(l->table); /* the plan's order */
	table_set_empty_text(l->table, _("No plan for this year: a adds an item; I imports a plan from a file (plan --year)."));
	return l;
}

static void plan_close(void *st)
{
	struct plan_list *l = st;
	table_free(l->table);
	table_list_free(l->list);
	free(l->rows);
	free(l);
}

static void plan_reload(void *st)
{
	struct plan_list *l = st;
	table_reload(l->table, false);
}

static int plan_key(void *st, enum action a, int key)
{
	struct plan_list *l = st;
	(void)key;
	if (a == ACT_YEAR_PREV || a == ACT_YEAR_NEXT) {
		l->year += a == ACT_YEAR_NEXT ? 1 : -1;
		table_reload(l->table, true);
		return SCREEN_DONE;
	}
	if (table_key(l->table, a))
		return SCREEN_DONE;
	long long id = table_cursor_id(l->table);
	switch (a) {
	case ACT_PLAN_ADD: plan_add_form(l); return SCREEN_DONE;
	case ACT_PLAN_ADOPT: plan_adopt_form(l); return SCREEN_DONE;
	case ACT_PLAN_START:
		if (id > 0)
			plan_start(l, id);
		return SCREEN_DONE;
	case ACT_PLAN_DONE:
	case ACT_PLAN_CANCEL:
		if (id > 0)
			plan_done_or_cancel(l, id, a == ACT_PLAN_DONE);
		return SCREEN_DONE;
	default: return SCREEN_UNUSED;
	}
}

/* From a to-do of 首页: "plan:year:YEAR" shows the year, "plan:ID" the
 * item's year with the item selected. */
static int plan_go(void *st, const char *link)
{
	struct plan_list *l = st;
	int year;
	long long id = 0;
	struct plan_item it;
	if (sscanf(link, "plan:year:%d", &year) == 1)
		l->year = year;
	else if (sscanf(link, "plan:%lld", &id) == 1 && plan_item_get(l->app->db, id, &it))
		l->year = it.year;
	else
		return SCREEN_DONE;
	table_reload(l->table, true);
	for (size_t i = 0; id && i < l->count; i++)
		if (l->rows[i].it.id == id)
			table_set_cursor(l->table, (long long)i);
	return SCREEN_DONE;
}

static const enum ui_context contexts[] = { CTX_YEAR_PLAN, CTX_CALENDAR, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_BACK, ACT_PLAN_ADD, ACT_PLAN_ADOPT, ACT_PLAN_DONE, ACT_PLAN_CANCEL,
				   ACT_YEAR_PREV, ACT_HELP, ACT_NONE };

const struct screen_ops screen_plan = {
	.name = "plan", .title = N_("年度计划"),
	.help = N_("The year's 党建工作计划: each item's status, the progress computed for items bound to an indicator"),
	.open = plan_open, .close = plan_close, .draw = plan_draw, .key = plan_key,
	.contexts = contexts, .bar = bar, .reload = plan_reload, .go = plan_go, .link_prefix = "plan:",
};
