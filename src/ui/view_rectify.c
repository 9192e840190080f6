/* 整改台账: every item of every batch, the overdue first, then the open ones
 * by deadline, then those 已销号 or 作废 (dim).  Enter shows an item with its
 * progress; p appends progress, c closes it (销号: date, verifier and the
 * evidence, a minute 会议#… picked from the records or typed), x voids it
 * with a reason, s records the report on its batch sent.  The to-dos of
 * 首页 (rectify:ID, rectify:batch:ID) open the item here.  The writes are those of
 * `zhibu rectify` (db/rectify.h, rules/rectify.h), each one transaction that
 * reads the item again and checks it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "cli/rectify_cli.h"
#include "db/rectify.h"
#include "rules/rectify.h"
#include "ui/form.h"
#include "ui/table.h"
#include "ui/textview.h"
#include "ui/views.h"

struct rectify_list {
	struct app *app;
	struct rectify_item *items;
	size_t count, cap;
	size_t *order;
	long long overdue, closed, voided;
	struct date today;
	struct table_list *list;
	struct table *table;
	struct table_column cols[6];
};

static void add_item(void *ctx, const struct rectify_item *it)
{
	struct rectify_list *l = ctx;
	l->items = grow_array(l->items, l->count, &l->cap, 32, sizeof *l->items);
	l->items[l->count++] = *it;
}

/* 0 overdue, 1 open, 2 closed or voided. */
static int rank(const struct rectify_list *l, const struct rectify_item *it)
{
	if (rectify_item_overdue(it->status, it->deadline, it->long_term, l->today))
		return 0;
	return rectify_item_open(it->status) ? 1 : 2;
}

static struct rectify_list *sort_list; /* for qsort */

static int overdue_first(const void *a, const void *b)
{
	const struct rectify_item *x = &sort_list->items[*(const size_t *)a];
	const struct rectify_item *y = &sort_list->items[*(const size_t *)b];
	int rx = rank(sort_list, x), ry = rank(sort_list, y);
	if (rx != ry)
		return rx - ry;
	if (rx < 2 && x->long_term != y->long_term)
		return x->long_term ? 1 : -1;
	int c = rx < 2 ? strcmp(x->deadline, y->deadline) : 0;
	if (c)
		return c;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* Every item, overdue first. */
static bool rectify_fill(void *ctx, struct table_list *list)
{
	struct rectify_list *l = ctx;
	char today[DATE_ISO_SIZE];
	l->today = date_today();
	date_format(l->today, today);
	l->count = 0;
	l->overdue = l->closed = l->voided = 0;
	if (!rectify_items_each(l->app->db, 0, today, add_item, l)) {
		ui_error(l->app->ui, "%s", db_error(l->app->db));
		return false;
	}
	free(l->order);
	l->order = calloc(l->count + 1, sizeof *l->order);
	if (!l->order)
		abort();
	for (size_t i = 0; i < l->count; i++) {
		l->order[i] = i;
		l->overdue += rank(l, &l->items[i]) == 0;
		l->closed += !strcmp(l->items[i].status, "已销号");
		l->voided += !strcmp(l->items[i].status, "作废");
	}
	sort_list = l;
	qsort(l->order, l->count, sizeof *l->order, overdue_first);
	for (size_t i = 0; i < l->count; i++) {
		const struct rectify_item *it = &l->items[l->order[i]];
		char id[32], batch[300];
		snprintf(id, sizeof id, "整改#%lld", it->id);
		snprintf(batch, sizeof batch, "%s %d", it->batch_title, it->seq);
		const char *cells[] = { id, batch, it->problem, it->long_term ? "长期坚持" : it->deadline, it->status,
					it->last_text };
		int r = rank(l, it);
		table_list_add(list, it->id, r == 0 ? UI_ERROR : r == 2 ? UI_DIM : UI_NORMAL, cells);
	}
	return true;
}

static void rectify_draw(void *st, struct ui *ui)
{
	struct rectify_list *l = st;
	int y, h, cols = ui_cols(ui);
	char line[256], rate[16];
	ui_area(ui, &y, &h);
	table_count(l->table); /* loads the items */
	rectify_completion(l->closed, (long long)l->count, l->voided, rate, sizeof rate);
	snprintf(line, sizeof line, _("整改台账, overdue first: %lld items, %lld overdue, 完成率 %s"),
		 (long long)l->count, l->overdue, rate);
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	table_draw(l->table, y + 1, 1, h - 1, cols - 2);
}

/* ---- the writes: read the item again, check, write (one transaction) */

enum rectify_what { RW_PROGRESS, RW_CLOSE, RW_VOID, RW_SENT };

/* Why the item cannot take what (translated, in buf), or NULL. */
static const char *refusal(const struct rectify_item *it, enum rectify_what what, char *buf, size_t size)
{
	if ((what == RW_PROGRESS || what == RW_CLOSE) && !rectify_item_open(it->status))
		snprintf(buf, size, what == RW_PROGRESS ? _("整改#%lld is %s: no more progress is recorded")
							: _("整改#%lld is %s already"), it->id, it->status);
	else if (what == RW_VOID && !strcmp(it->status, "作废"))
		snprintf(buf, size, _("整改#%lld is %s already"), it->id, it->status);
	else
		return NULL;
	return buf;
}

/* Read the item for a form of what: false (said on the status line) when it
 * cannot take it. */
static bool item_ready(struct app *app, long long id, enum rectify_what what, struct rectify_item *it)
{
	char why[256];
	if (!rectify_item_get(app->db, id, it)) {
		ui_error(app->ui, "%s", db_error(app->db));
		return false;
	}
	if (refusal(it, what, why, sizeof why)) {
		ui_error(app->ui, "%s", why);
		return false;
	}
	return true;
}

struct rectify_write {
	struct app *app;
	long long id;
	char on[DATE_ISO_SIZE];
	char text[LINEEDIT_SIZE], status[16], verifier[96], evidence[512];
	char same_person[96]; /* 销号: the verifier is the 责任人 */
};

static bool progress_write(void *ctx, struct db *db)
{
	struct rectify_write *w = ctx;
	struct rectify_item it;
	if (!rectify_item_get(db, w->id, &it))
		return false;
	char why[256];
	if (refusal(&it, RW_PROGRESS, why, sizeof why))
		return false; /* changed since the form opened */
	if (w->status[0])
		snprintf(it.status, sizeof it.status, "%s", w->status);
	else if (!strcmp(it.status, "未启动"))
		snprintf(it.status, sizeof it.status, "整改中");
	return rectify_progress_add(db, it.id, w->on, w->text, it.status) && rectify_item_update_status(db, &it);
}

enum { P_TEXT, P_DATE, P_STATUS, P_FIELDS };

static bool progress_save(void *ctx, struct form *form)
{
	struct rectify_write *w = ctx;
	form_day(form, P_DATE, w->on);
	text_copy(w->text, sizeof w->text, form_get(form, P_TEXT));
	text_trim(w->text);
	if (!w->text[0])
		form_error(form, P_TEXT, "%s", _("required"));
	text_copy(w->status, sizeof w->status, form_get(form, P_STATUS));
	if (!rectify_progress_status_valid(w->status))
		w->status[0] = '\0'; /* as it is */
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, progress_write, w);
}

static void rectify_progress(struct app *app, long long id)
{
	static const char *const statuses[] = { "", "未启动", "整改中", "待验收", "退回", NULL };
	struct rectify_write w = { .app = app, .id = id };
	struct rectify_item it;
	if (!item_ready(app, id, RW_PROGRESS, &it))
		return;
	struct form_field fields[P_FIELDS] = {
		[P_DATE] = { .label = _("Date"), .type = FORM_DATE, .required = true },
		[P_TEXT] = { .label = _("Progress made"), .type = FORM_TEXT, .required = true },
		[P_STATUS] = { .label = _("Status after"), .type = FORM_CHOICE, .choices = statuses,
			       .empty_label = _("(as it is; 未启动 becomes 整改中)") },
	};
	char title[128], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("Progress of 整改#%lld"), id);
	struct form form = { .title = title, .fields = fields, .count = P_FIELDS, .save = progress_save, .ctx = &w };
	date_format(date_today(), today);
	form_set(&form, P_DATE, today);
	if (form_run(app->ui, &form))
		ui_status(app->ui, _("Progress of 整改#%lld recorded."), id);
}

static bool close_write(void *ctx, struct db *db)
{
	struct rectify_write *w = ctx;
	struct rectify_item it;
	if (!rectify_item_get(db, w->id, &it))
		return false;
	char why[256];
	if (refusal(&it, RW_CLOSE, why, sizeof why))
		return false;
	snprintf(it.status, sizeof it.status, "已销号");
	snprintf(it.closed_on, sizeof it.closed_on, "%s", w->on);
	snprintf(it.verifier, sizeof it.verifier, "%s", w->verifier);
	snprintf(it.evidence, sizeof it.evidence, "%s", w->evidence);
	if (!strcmp(it.verifier, it.person))
		text_copy(w->same_person, sizeof w->same_person, it.person);
	return rectify_item_update_status(db, &it) && rectify_progress_add(db, it.id, w->on, _("closed and verified"), it.status);
}

enum { C_DATE, C_VERIFIER, C_EVIDENCE, C_FIELDS };

static bool close_save(void *ctx, struct form *form)
{
	struct rectify_write *w = ctx;
	const char *why = rectify_close_problem(form_get(form, C_DATE), form_get(form, C_VERIFIER),
						form_get(form, C_EVIDENCE));
	if (text_blank(form_get(form, C_VERIFIER)))
		form_error(form, C_VERIFIER, "%s", why ? why : _("required"));
	if (text_blank(form_get(form, C_EVIDENCE)))
		form_error(form, C_EVIDENCE, "%s", why ? why : _("required"));
	form_day(form, C_DATE, w->on);
	text_copy(w->verifier, sizeof w->verifier, form_get(form, C_VERIFIER));
	text_trim(w->verifier);
	text_copy(w->evidence, sizeof w->evidence, form_get(form, C_EVIDENCE));
	text_trim(w->evidence);
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, close_write, w);
}

static void rectify_close_item(struct app *app, long long id)
{
	struct rectify_write w = { .app = app, .id = id };
	char evidence[600];
	struct rectify_item it;
	if (!item_ready(app, id, RW_CLOSE, &it))
		return;
	char from[DATE_ISO_SIZE];
	long long minute;
	date_format(date_add_days(date_today(), -366), from);
	if (minute_choose(app, _("Evidence: a minute of the last year, or typed"), _("(type the evidence)"), from, "",
			  &minute, evidence, sizeof evidence) < 0)
		return;
	struct form_field fields[C_FIELDS] = {
		[C_DATE] = { .label = _("Date closed"), .type = FORM_DATE, .required = true },
		[C_VERIFIER] = { .label = "验收人", .type = FORM_TEXT, .required = true },
		[C_EVIDENCE] = { .label = "佐证材料", .type = FORM_TEXT, .required = true },
	};
	char title[128], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("销号 of 整改#%lld"), id);
	struct form form = { .title = title, .fields = fields, .count = C_FIELDS, .save = close_save, .ctx = &w };
	date_format(date_today(), today);
	form_set(&form, C_DATE, today);
	form_set(&form, C_EVIDENCE, evidence);
	if (!form_run(app->ui, &form))
		return;
	if (w.same_person[0])
		ui_status(app->ui, _("整改#%lld closed. Note: 验收人与责任人相同 (%s)."), id, w.same_person);
	else
		ui_status(app->ui, _("整改#%lld closed."), id);
}

static bool void_write(void *ctx, struct db *db)
{
	struct rectify_write *w = ctx;
	struct rectify_item it;
	if (!rectify_item_get(db, w->id, &it))
		return false;
	char why[256];
	if (refusal(&it, RW_VOID, why, sizeof why))
		return false;
	snprintf(it.status, sizeof it.status, "作废");
	text_copy(it.void_reason, sizeof it.void_reason, w->text);
	it.closed_on[0] = it.verifier[0] = it.evidence[0] = '\0';
	return rectify_item_update_status(db, &it);
}

static bool void_save(void *ctx, struct form *form)
{
	struct rectify_write *w = ctx;
	text_copy(w->text, sizeof w->text, form_get(form, 0));
	text_trim(w->text);
	if (!w->text[0]) {
		form_error(form, 0, "%s", _("required"));
		return false;
	}
	return app_transaction(w->app, void_write, w);
}

static void rectify_void_item(struct app *app, long long id)
{
	struct rectify_write w = { .app = app, .id = id };
	struct rectify_item it;
	if (!item_ready(app, id, RW_VOID, &it))
		return;
	struct form_field field = { .label = _("Reason voided"), .type = FORM_TEXT, .required = true };
	char title[128];
	snprintf(title, sizeof title, _("Void 整改#%lld"), id);
	struct form form = { .title = title, .fields = &field, .count = 1, .save = void_save, .ctx = &w };
	if (form_run(app->ui, &form))
		ui_status(app->ui, _("整改#%lld voided."), id);
}

static bool sent_write(void *ctx, struct db *db)
{
	struct rectify_write *w = ctx;
	struct rectify_item it;
	return rectify_item_get(db, w->id, &it) && rectify_batch_report_sent(db, it.batch_id, w->on);
}

static bool sent_save(void *ctx, struct form *form)
{
	struct rectify_write *w = ctx;
	if (!form_day(form, 0, w->on))
		return false;
	return app_transaction(w->app, sent_write, w);
}

static void rectify_report_sent(struct app *app, long long id)
{
	struct rectify_write w = { .app = app, .id = id };
	struct rectify_item it;
	if (!item_ready(app, id, RW_SENT, &it))
		return;
	struct form_field field = { .label = _("Date sent"), .type = FORM_DATE, .required = true };
	char title[400], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("The report on 整改批#%lld %s sent to the higher committee"), it.batch_id,
		 it.batch_title);
	struct form form = { .title = title, .fields = &field, .count = 1, .save = sent_save, .ctx = &w };
	date_format(date_today(), today);
	form_set(&form, 0, today);
	if (form_run(app->ui, &form))
		ui_status(app->ui, _("Report on 整改批#%lld sent on %s."), it.batch_id, w.on);
}

/* ---- a new batch, a new item: the writes of `zhibu rectify batch` and `add` */

struct rectify_new {
	struct app *app;
	struct rectify_batch batch;
	struct rectify_item item;
	char batch_title[256];
	long long id;
};

/* The title is UNIQUE: a batch of the same name added meanwhile is refused
 * by the database (its message in the dialog). */
static bool batch_write(void *ctx, struct db *db)
{
	struct rectify_new *w = ctx;
	return rectify_batch_create(db, &w->batch, &w->id);
}

enum { B_TITLE, B_SOURCE, B_FEEDBACK, B_DUE, B_FIELDS };

static bool batch_save(void *ctx, struct form *form)
{
	struct rectify_new *w = ctx;
	text_copy(w->batch.title, sizeof w->batch.title, form_get(form, B_TITLE));
	text_trim(w->batch.title);
	if (!w->batch.title[0])
		form_error(form, B_TITLE, "%s", _("required"));
	text_copy(w->batch.source, sizeof w->batch.source, form_get(form, B_SOURCE));
	if (!rectify_source_valid(w->batch.source))
		form_error(form, B_SOURCE, "%s", _("required"));
	form_day(form, B_FEEDBACK, w->batch.feedback_on);
	w->batch.report_due[0] = '\0';
	if (!text_blank(form_get(form, B_DUE)))
		form_day(form, B_DUE, w->batch.report_due);
	struct rectify_batch old;
	if (w->batch.title[0] && rectify_batch_find(w->app->db, w->batch.title, &old) > 0)
		form_error(form, B_TITLE, _("a batch called %s exists already (整改批#%lld)"), old.title, old.id);
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, batch_write, w);
}

static void rectify_new_batch(struct app *app)
{
	struct rectify_new *w = calloc(1, sizeof *w);
	if (!w)
		abort();
	w->app = app;
	struct form_field fields[B_FIELDS] = {
		[B_TITLE] = { .label = _("Batch"), .type = FORM_TEXT, .required = true },
		[B_SOURCE] = { .label = _("Source"), .type = FORM_CHOICE, .choices = rectify_sources, .required = true },
		[B_FEEDBACK] = { .label = _("Fed back on"), .type = FORM_DATE, .required = true },
		[B_DUE] = { .label = _("Report due"), .type = FORM_DATE,
			    .empty_label = _("(from the source: 2 months for 巡视, 巡察)") },
	};
	struct form form = { .title = _("New 整改 batch"), .fields = fields, .count = B_FIELDS, .save = batch_save,
			     .ctx = w };
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	form_set(&form, B_FEEDBACK, today);
	if (form_run(app->ui, &form)) {
		if (w->batch.report_due[0])
			ui_status(app->ui, _("整改批#%lld added; its report is due %s."), w->id, w->batch.report_due);
		else
			ui_status(app->ui, _("整改批#%lld added."), w->id);
	}
	free(w);
}

/* The batches' titles, for the item form's choice. */
struct batch_titles {
	char (*titles)[256];
	const char **list;
	size_t count, cap;
};

static void keep_batch(void *ctx, const struct rectify_batch *b)
{
	struct batch_titles *t = ctx;
	t->titles = grow_array(t->titles, t->count, &t->cap, 8, sizeof *t->titles);
	text_copy(t->titles[t->count++], sizeof *t->titles, b->title);
}

static bool item_write(void *ctx, struct db *db)
{
	struct rectify_new *w = ctx;
	struct rectify_batch b;
	int found = rectify_batch_find(db, w->batch_title, &b);
	if (found <= 0)
		return false; /* 0: voided meanwhile (batches are never deleted) */
	w->item.batch_id = b.id;
	return rectify_next_seq(db, b.id, &w->item.seq) && rectify_item_add(db, &w->item, &w->id);
}

enum { I_BATCH, I_PROBLEM, I_MEASURES, I_LEADER, I_UNIT, I_PERSON, I_DEADLINE, I_FIELDS };

static bool item_save(void *ctx, struct form *form)
{
	struct rectify_new *w = ctx;
	struct rectify_item *it = &w->item;
	text_copy(w->batch_title, sizeof w->batch_title, form_get(form, I_BATCH));
	if (!w->batch_title[0])
		form_error(form, I_BATCH, "%s", _("required"));
	char (*const texts[])[1024] = { &it->problem, &it->measures };
	for (int f = I_PROBLEM; f <= I_MEASURES; f++) {
		text_copy(*texts[f - I_PROBLEM], sizeof *texts[0], form_get(form, f));
		text_trim(*texts[f - I_PROBLEM]);
	}
	if (!it->problem[0])
		form_error(form, I_PROBLEM, "%s", _("required"));
	text_copy(it->leader, sizeof it->leader, form_get(form, I_LEADER));
	text_copy(it->unit, sizeof it->unit, form_get(form, I_UNIT));
	text_copy(it->person, sizeof it->person, form_get(form, I_PERSON));
	text_trim(it->leader);
	text_trim(it->unit);
	text_trim(it->person);
	const char *why;
	if (!rectify_deadline_parse(form_get(form, I_DEADLINE), it->deadline, &it->long_term, &why))
		form_error(form, I_DEADLINE, "%s", why);
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, item_write, w);
}

static void rectify_new_item(struct app *app, long long near)
{
	struct batch_titles t = { 0 };
	if (!rectify_batches_each(app->db, "9999-12-31", keep_batch, &t)) {
		ui_error(app->ui, "%s", db_error(app->db));
		free(t.titles);
		return;
	}
	if (!t.count) {
		ui_error(app->ui, "%s", _("No batch yet: add one with b first."));
		return;
	}
	t.list = calloc(t.count + 1, sizeof *t.list);
	struct rectify_new *w = calloc(1, sizeof *w);
	if (!t.list || !w)
		abort();
	for (size_t i = 0; i < t.count; i++)
		t.list[i] = t.titles[i];
	w->app = app;
	struct form_field fields[I_FIELDS] = {
		[I_BATCH] = { .label = _("Batch"), .type = FORM_CHOICE, .choices = t.list, .required = true },
		[I_PROBLEM] = { .label = "存在问题", .type = FORM_TEXT, .required = true },
		[I_MEASURES] = { .label = "整改措施", .type = FORM_TEXT },
		[I_LEADER] = { .label = "责任领导", .type = FORM_TEXT },
		[I_UNIT] = { .label = "责任单位", .type = FORM_TEXT },
		[I_PERSON] = { .label = "责任人", .type = FORM_TEXT },
		[I_DEADLINE] = { .label = "整改时限", .type = FORM_TEXT, .required = true },
	};
	struct form form = { .title = _("New 整改 item"), .fields = fields, .count = I_FIELDS, .save = item_save,
			     .ctx = w };
	struct rectify_item cur;
	if (near > 0 && rectify_item_get(app->db, near, &cur))
		form_set(&form, I_BATCH, cur.batch_title);
	else
		form_set(&form, I_BATCH, t.list[t.count - 1]);
	if (form_run(app->ui, &form))
		ui_status(app->ui, _("整改#%lld added to %s."), w->id, w->batch_title);
	free(w);
	free(t.list);
	free(t.titles);
}

/* The keys of the list and of the page: true when a was one of them. */
static bool rectify_action(struct app *app, enum action a, long long id)
{
	if (id <= 0)
		return false;
	switch (a) {
	case ACT_RECTIFY_PROGRESS: rectify_progress(app, id); return true;
	case ACT_RECTIFY_CLOSE: rectify_close_item(app, id); return true;
	case ACT_RECTIFY_VOID: rectify_void_item(app, id); return true;
	case ACT_RECTIFY_SENT: rectify_report_sent(app, id); return true;
	default: return false;
	}
}

/* ---- one item's page */

struct rectify_page {
	struct app *app;
	long long id;
	struct textview *tv;
	char title[400];
};

static void add_progress(void *ctx, const char *on, const char *text, const char *status)
{
	struct rectify_page *p = ctx;
	textview_addf(p->tv, UI_NORMAL, on, "%s  [%s]", text, status);
}

static bool page_load(struct rectify_page *p)
{
	struct rectify_item it;
	struct db *db = p->app->db;
	if (!rectify_item_get(db, p->id, &it)) {
		ui_error(p->app->ui, "%s", db_error(db));
		return false;
	}
	textview_clear(p->tv);
	snprintf(p->title, sizeof p->title, "整改#%lld  %s  %d", it.id, it.batch_title, it.seq);
	textview_addf(p->tv, UI_NORMAL, "存在问题", "%s%s", it.problem, it.repeated ? "（重复问题）" : "");
	textview_add(p->tv, UI_NORMAL, "整改措施", it.measures);
	textview_add(p->tv, UI_NORMAL, "责任领导", it.leader);
	textview_add(p->tv, UI_NORMAL, "责任单位", it.unit);
	textview_add(p->tv, UI_NORMAL, "责任人", it.person);
	textview_add(p->tv, UI_NORMAL, "整改时限", it.long_term ? "长期坚持" : it.deadline);
	bool overdue = rectify_item_overdue(it.status, it.deadline, it.long_term, date_today());
	textview_addf(p->tv, overdue ? UI_ERROR : UI_NORMAL, "状态", "%s%s", it.status, overdue ? _(" (overdue)") : "");
	if (!strcmp(it.status, "已销号")) {
		textview_add(p->tv, UI_NORMAL, "销号日期", it.closed_on);
		textview_addf(p->tv, UI_NORMAL, "验收人", "%s%s", it.verifier,
			      strcmp(it.verifier, it.person) ? "" : "（验收人与责任人相同）");
		textview_add(p->tv, UI_NORMAL, "佐证材料", it.evidence);
	}
	if (!strcmp(it.status, "作废"))
		textview_add(p->tv, UI_NORMAL, _("Reason voided"), it.void_reason);
	struct rectify_batch b;
	if (rectify_batch_get(db, it.batch_id, &b) && b.report_due[0])
	{
		char sent[64];
		if (b.report_sent_on[0])
			snprintf(sent, sizeof sent, _("sent %s"), b.report_sent_on);
		else
			snprintf(sent, sizeof sent, "%s", _("not sent yet"));
		textview_addf(p->tv, UI_DIM, _("Report"), _("整改批#%lld: due %s, %s"), b.id, b.report_due, sent);
	}
	textview_add(p->tv, UI_NORMAL, NULL, "");
	textview_add(p->tv, UI_EMPHASIS, NULL, "整改进展");
	if (!rectify_progress_each(db, it.id, add_progress, p)) {
		ui_error(p->app->ui, "%s", db_error(db));
		return false;
	}
	return true;
}

static void *page_open(struct app *app, const void *arg)
{
	struct rectify_page *p = calloc(1, sizeof *p);
	if (!p)
		abort();
	p->app = app;
	p->id = *(const long long *)arg;
	p->tv = textview_new(12);
	if (!page_load(p)) {
		textview_free(p->tv);
		free(p);
		return NULL;
	}
	return p;
}

static void page_close(void *st)
{
	struct rectify_page *p = st;
	textview_free(p->tv);
	free(p);
}

static void page_reload(void *st)
{
	page_load(st);
}

static void page_draw(void *st, struct ui *ui)
{
	struct rectify_page *p = st;
	int y, h, cols = ui_cols(ui);
	char head[420];
	ui_area(ui, &y, &h);
	snprintf(head, sizeof head, " %s", p->title);
	ui_text(y, 0, cols, head, UI_HEADER);
	textview_draw(p->tv, y + 1, 1, h - 1, cols - 2);
}

static int page_key(void *st, enum action a, int key)
{
	struct rectify_page *p = st;
	(void)key;
	if (rectify_action(p->app, a, p->id) || textview_key(p->tv, a))
		return SCREEN_DONE;
	return SCREEN_UNUSED;
}

static const enum ui_context page_contexts[] = { CTX_RECTIFY, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action page_bar[] = { ACT_BACK, ACT_RECTIFY_PROGRESS, ACT_RECTIFY_CLOSE, ACT_RECTIFY_VOID,
					ACT_RECTIFY_SENT, ACT_HELP, ACT_NONE };

static const struct screen_ops rectify_item_page = {
	.name = "rectify-item", .title = N_("整改台账"), .help = N_("One item of the 整改台账 with its progress"),
	.open = page_open, .close = page_close, .draw = page_draw, .key = page_key, .reload = page_reload,
	.contexts = page_contexts, .bar = page_bar,
};

/* ---- the list */

static void *rectify_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ _("Item"), 9, 0, false }, { _("Batch"), 12, 1, false }, { "存在问题", 14, 3, false },
		{ "整改时限", 10, 0, false }, { "状态", 6, 0, false }, { "最新进展", 10, 2, false },
	};
	(void)arg;
	struct rectify_list *l = calloc(1, sizeof *l);
	if (!l)
		abort();
	l->app = app;
	memcpy(l->cols, cols, sizeof cols);
	l->list = table_list_new(6, rectify_fill, l);
	l->table = table_new(l->cols, 6, table_list_source(l->list));
	table_set_unsortable(l->table); /* overdue first */
	table_set_empty_text(l->table, _("No 整改 items: add batches and items with zhibu rectify batch and add."));
	return l;
}

static void rectify_close(void *st)
{
	struct rectify_list *l = st;
	table_free(l->table);
	table_list_free(l->list);
	free(l->items);
	free(l->order);
	free(l);
}

static void rectify_reload(void *st)
{
	struct rectify_list *l = st;
	table_reload(l->table, false);
}

static void select_item(struct rectify_list *l, long long id)
{
	table_reload(l->table, false);
	for (size_t i = 0; i < l->count; i++)
		if (l->items[l->order[i]].id == id)
			table_set_cursor(l->table, (long long)i);
}

static int rectify_key(void *st, enum action a, int key)
{
	struct rectify_list *l = st;
	(void)key;
	if (table_key(l->table, a))
		return SCREEN_DONE;
	long long id = table_cursor_id(l->table);
	if (a == ACT_OPEN && id > 0) {
		screen_run(l->app, &rectify_item_page, &id);
		return SCREEN_DONE;
	}
	if (a == ACT_RECTIFY_BATCH) {
		rectify_new_batch(l->app);
		return SCREEN_DONE;
	}
	if (a == ACT_RECTIFY_ADD) {
		rectify_new_item(l->app, id);
		return SCREEN_DONE;
	}
	if (rectify_action(l->app, a, id))
		return SCREEN_DONE;
	return SCREEN_UNUSED;
}

/* From a to-do of 首页: "rectify:ID" opens the item, "rectify:batch:ID" the
 * batch's first item (s records its report sent). */
static int rectify_go(void *st, const char *link)
{
	struct rectify_list *l = st;
	long long id = 0, batch;
	if (sscanf(link, "rectify:batch:%lld", &batch) == 1) {
		table_reload(l->table, false);
		for (size_t i = 0; i < l->count && !id; i++)
			if (l->items[i].batch_id == batch)
				id = l->items[i].id;
	} else if (sscanf(link, "rectify:%lld", &id) != 1) {
		return SCREEN_DONE;
	}
	if (id <= 0)
		return SCREEN_DONE;
	select_item(l, id);
	screen_run(l->app, &rectify_item_page, &id);
	return SCREEN_CLOSE;
}

static const enum ui_context contexts[] = { CTX_RECTIFY, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_BACK, ACT_OPEN, ACT_RECTIFY_ADD, ACT_RECTIFY_PROGRESS, ACT_RECTIFY_CLOSE, ACT_RECTIFY_VOID,
				   ACT_HELP, ACT_NONE };

const struct screen_ops screen_rectify = {
	.name = "rectify", .title = N_("整改台账"),
	.help = N_("The 整改 items of every batch, the overdue first; Enter shows one with its progress"),
	.open = rectify_open, .close = rectify_close, .draw = rectify_draw, .key = rectify_key,
	.contexts = contexts, .bar = bar, .reload = rectify_reload, .go = rectify_go,
	.link_prefix = "rectify:",
};
