/* 公开: the year's 公开目录 × periods as a calendar (✓ 按时, ! 逾期公开,
 * ✗ 缺, ○ 待公开 with the step it waits for, — 不适用), read from the
 * database each time the year or the records change.  Enter on a cell
 * opens its disclosure with the steps 提出 → 审核 (保密审查) → 审批 → 公开
 * 党内/党外 → 公开期至 → 撤下 → 归档; n records the next step, p publishes
 * (refused by the rule of report/rules/disclosure.c, the command's), a
 * proposes a disclosure for the cell's period (the summary filled from the
 * dues or the pipeline).  o lists the 意见建议 (overdue first) with their
 * pages (r replies, z turns one into a 整改 item), b the 意见箱 openings.
 * The to-dos of 首页 (disclosure:ID, disclosures:YEAR, feedback:ID,
 * box:PERIOD) open the record here.  The writes are those of `zhibu
 * disclose` and `zhibu feedback`, each one transaction that reads the
 * record again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/disclosure.h"
#include "db/feedback.h"
#include "db/rectify.h"
#include "report/disclosure.h"
#include "rules/disclosure.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/table.h"
#include "ui/textview.h"
#include "ui/views.h"

/* ---- the writes on one disclosure: read it again, change, save */

enum disclose_step { STEP_REVIEW, STEP_APPROVE, STEP_PUBLISH, STEP_OUTSIDE, STEP_ARCHIVE, STEP_NONE };

static enum disclose_step next_step(const struct disclosure *d)
{
	if (!strcmp(d->status, "作废"))
		return STEP_NONE;
	if (!*d->reviewed_on)
		return STEP_REVIEW;
	if (!*d->approved_on)
		return STEP_APPROVE;
	if (!*d->published_on)
		return STEP_PUBLISH;
	if (!strcmp(d->scope, "先党内后党外") && !*d->published_out_on)
		return STEP_OUTSIDE;
	if (!*d->archived_on)
		return STEP_ARCHIVE;
	return STEP_NONE;
}

struct step_write {
	struct app *app;
	long long id;
	enum disclose_step step;
	int f_who, f_extra, f_day2;     /* the fields of the step's form, -1: none */
	char day[DATE_ISO_SIZE], day2[DATE_ISO_SIZE];
	char who[96], ref[128];
	bool secrecy;
	struct disclosure_settings set;
	struct workdays cal;
};

/* The form's values into d (one step). */
static void step_apply(const struct step_write *w, struct disclosure *d)
{
	switch (w->step) {
	case STEP_REVIEW:
		text_copy(d->reviewed_on, sizeof d->reviewed_on, w->day);
		text_copy(d->reviewer, sizeof d->reviewer, w->who);
		d->secrecy_checked = w->secrecy;
		break;
	case STEP_APPROVE:
		text_copy(d->approved_on, sizeof d->approved_on, w->day);
		text_copy(d->approver, sizeof d->approver, w->who);
		text_copy(d->approval_ref, sizeof d->approval_ref, w->ref);
		break;
	case STEP_PUBLISH:
		text_copy(d->published_on, sizeof d->published_on, w->day);
		if (*w->day2)
			text_copy(d->published_out_on, sizeof d->published_out_on, w->day2);
		break;
	case STEP_OUTSIDE:
		text_copy(d->published_out_on, sizeof d->published_out_on, w->day);
		break;
	case STEP_ARCHIVE:
		if (*w->day2 && !*d->taken_down_on)
			text_copy(d->taken_down_on, sizeof d->taken_down_on, w->day2);
		text_copy(d->archived_on, sizeof d->archived_on, w->day);
		text_copy(d->archive_ref, sizeof d->archive_ref, w->ref);
		break;
	case STEP_NONE:
		break;
	}
}

static bool step_write(void *ctx, struct db *db)
{
	struct step_write *w = ctx;
	struct disclosure d;
	disclosure_init(&d);
	bool ok = disclosure_get(db, w->id, &d) && strcmp(d.status, "作废");
	if (ok) {
		step_apply(w, &d);
		ok = disclosure_save(db, &w->set, &d);
	}
	disclosure_done(&d);
	return ok;
}

static bool step_save(void *ctx, struct form *form)
{
	struct step_write *w = ctx;
	form_day(form, 0, w->day);
	w->day2[0] = w->who[0] = w->ref[0] = '\0';
	if (w->f_day2 >= 0 && !text_blank(form_get(form, w->f_day2)))
		form_day(form, w->f_day2, w->day2);
	if (w->f_who >= 0) {
		text_copy(w->who, sizeof w->who, form_get(form, w->f_who));
		text_trim(w->who);
		if (!*w->who)
			form_error(form, w->f_who, "%s", _("required"));
	}
	if (w->step == STEP_REVIEW)
		w->secrecy = !strcmp(form_get(form, w->f_extra), "是");
	else if (w->f_extra >= 0)
		text_copy(w->ref, sizeof w->ref, form_get(form, w->f_extra));
	if (form_error_count(form))
		return false;
	/* The rule of the command, on the steps as they would be. */
	struct disclosure d;
	disclosure_init(&d);
	const char *why = NULL;
	if (disclosure_get(w->app->db, w->id, &d)) {
		step_apply(w, &d);
		struct disclosure_steps s;
		disclosure_steps_of(&d, &s);
		why = disclosure_steps_check(&s);
	}
	disclosure_done(&d);
	if (why) {
		form_error(form, 0, "%s", why);
		ui_message(w->app->ui, _("Not saved"), why); /* the whole sentence, with the rule */
		return false;
	}
	return app_transaction(w->app, step_write, w);
}

/* The form of step (STEP_NONE: the next one) for disclosure id. */
static void record_step(struct app *app, long long id, enum disclose_step step)
{
	static const char *const yes_no[] = { "是", "否", NULL };
	struct disclosure d;
	disclosure_init(&d);
	if (!disclosure_get(app->db, id, &d)) {
		ui_error(app->ui, "%s", db_error(app->db));
		disclosure_done(&d);
		return;
	}
	if (!strcmp(d.status, "作废")) {
		ui_error(app->ui, _("公开#%lld is void: %s"), id, d.void_reason);
		disclosure_done(&d);
		return;
	}
	if (step == STEP_PUBLISH && *d.published_on) {
		ui_error(app->ui, _("公开#%lld is published already (%s)"), id, d.published_on);
		disclosure_done(&d);
		return;
	}
	if (step == STEP_NONE && (step = next_step(&d)) == STEP_NONE) {
		ui_status(app->ui, _("公开#%lld is archived: no step is left"), id);
		disclosure_done(&d);
		return;
	}
	bool in_then_out = !strcmp(d.scope, "先党内后党外");
	struct step_write w = { .app = app, .id = id, .step = step, .f_who = -1, .f_extra = -1, .f_day2 = -1 };
	struct form_field f[4] = { { .label = _("Date"), .type = FORM_DATE, .required = true } };
	int n = 1;
	char title[400];
	switch (step) {
	case STEP_REVIEW:
		snprintf(title, sizeof title, _("审核 of 公开#%lld %s (保密审查)"), id, d.title);
		f[w.f_who = n++] = (struct form_field){ .label = "审核人", .type = FORM_TEXT, .required = true };
		f[w.f_extra = n++] = (struct form_field){ .label = "保密审查", .type = FORM_CHOICE, .choices = yes_no };
		break;
	case STEP_APPROVE:
		snprintf(title, sizeof title, _("审批 of 公开#%lld %s"), id, d.title);
		f[w.f_who = n++] = (struct form_field){ .label = "审批人", .type = FORM_TEXT, .required = true };
		f[w.f_extra = n++] = (struct form_field){ .label = "审批依据", .type = FORM_TEXT };
		break;
	case STEP_PUBLISH:
		snprintf(title, sizeof title, _("公开 of 公开#%lld %s (%s)"), id, d.title, d.scope);
		f[0].label = in_then_out ? "党内公开日期" : "公开日期";
		if (in_then_out)
			f[w.f_day2 = n++] = (struct form_field){ .label = "党外公开日期", .type = FORM_DATE };
		break;
	case STEP_OUTSIDE:
		snprintf(title, sizeof title, _("公开 outside the party of 公开#%lld %s"), id, d.title);
		f[0].label = "党外公开日期";
		break;
	case STEP_ARCHIVE:
		snprintf(title, sizeof title, _("归档 of 公开#%lld %s"), id, d.title);
		f[0].label = "归档日期";
		if (!*d.taken_down_on)
			f[w.f_day2 = n++] = (struct form_field){ .label = "撤下日期", .type = FORM_DATE };
		f[w.f_extra = n++] = (struct form_field){ .label = "归档号", .type = FORM_TEXT };
		break;
	case STEP_NONE:
		break;
	}
	disclosure_done(&d);
	if (!disclosure_settings_load(app->db, &w.set, &w.cal)) {
		ui_error(app->ui, "%s", db_error(app->db));
		return;
	}
	struct form form = { .title = title, .fields = f, .count = n, .save = step_save, .ctx = &w };
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	form_set(&form, 0, today);
	if (step == STEP_REVIEW)
		form_set(&form, w.f_extra, "是");
	if (form_run(app->ui, &form))
		ui_status(app->ui, _("公开#%lld: step recorded."), id);
	workdays_done(&w.cal);
}

/* x: void the disclosure with a reason (nothing is deleted). */
struct void_write {
	struct app *app;
	long long id;
	char reason[256];
	struct disclosure_settings set;
};

static bool void_write(void *ctx, struct db *db)
{
	struct void_write *w = ctx;
	struct disclosure d;
	disclosure_init(&d);
	bool ok = disclosure_get(db, w->id, &d);
	if (ok) {
		text_copy(d.void_reason, sizeof d.void_reason, w->reason);
		ok = disclosure_save(db, &w->set, &d);
	}
	disclosure_done(&d);
	return ok;
}

static bool void_save(void *ctx, struct form *form)
{
	struct void_write *w = ctx;
	text_copy(w->reason, sizeof w->reason, form_get(form, 0));
	text_trim(w->reason);
	if (!*w->reason) {
		form_error(form, 0, "%s", _("required"));
		return false;
	}
	return app_transaction(w->app, void_write, w);
}

static void void_disclosure(struct app *app, long long id)
{
	struct void_write w = { .app = app, .id = id };
	struct workdays cal;
	if (!disclosure_settings_load(app->db, &w.set, &cal)) {
		ui_error(app->ui, "%s", db_error(app->db));
		return;
	}
	struct form_field field = { .label = _("Reason voided"), .type = FORM_TEXT, .required = true };
	char title[128];
	snprintf(title, sizeof title, _("Void 公开#%lld"), id);
	struct form form = { .title = title, .fields = &field, .count = 1, .save = void_save, .ctx = &w };
	if (form_run(app->ui, &form))
		ui_status(app->ui, _("公开#%lld voided."), id);
	workdays_done(&cal);
}

/* a: propose a disclosure of catalogue row item (NULL: 目录外) for period. */
struct add_write {
	struct app *app;
	const struct disclosure_item *item;
	struct disclosure d;
	struct disclosure_settings set;
};

static bool add_write(void *ctx, struct db *db)
{
	struct add_write *w = ctx;
	w->d.id = 0;
	return disclosure_save(db, &w->set, &w->d);
}

enum { A_TITLE, A_PERIOD, A_SUMMARY, A_SCOPE, A_FORMS, A_DAY, A_WHO, A_FIELDS };

static bool add_save(void *ctx, struct form *form)
{
	struct add_write *w = ctx;
	struct disclosure *d = &w->d;
	const int texts[] = { A_TITLE, A_SUMMARY, A_WHO, A_FORMS };
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		if (text_blank(form_get(form, texts[i])))
			form_error(form, texts[i], "%s", _("required"));
	form_day(form, A_DAY, d->proposed_on);
	text_copy(d->title, sizeof d->title, form_get(form, A_TITLE));
	text_copy(d->summary, sizeof d->summary, form_get(form, A_SUMMARY));
	text_copy(d->proposer, sizeof d->proposer, form_get(form, A_WHO));
	text_copy(d->scope, sizeof d->scope, form_get(form, A_SCOPE));
	const char *why = disclosure_forms_check(form_get(form, A_FORMS), d->forms, sizeof d->forms);
	if (why)
		form_error(form, A_FORMS, "%s", why);
	struct period p;
	const char *period = form_get(form, A_PERIOD);
	d->period[0] = '\0';
	if (!text_blank(period)) {
		if (!period_parse(period, &p) || (w->item && *w->item->period &&
						  (int)p.kind != period_kind_parse(w->item->period)))
			form_error(form, A_PERIOD, "%s", _("a period of the row's kind: 2026-10, 2026Q3, 2026H2 or 2026"));
		else
			period_format(p, d->period);
	} else if (w->item && *w->item->period) {
		form_error(form, A_PERIOD, "%s", _("required"));
	}
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, add_write, w);
}

static void add_disclosure(struct app *app, const struct disclosure_item *item, const char *period)
{
	struct add_write w = { .app = app, .item = item };
	struct workdays cal;
	disclosure_init(&w.d);
	if (!disclosure_settings_load(app->db, &w.set, &cal)) {
		ui_error(app->ui, "%s", db_error(app->db));
		disclosure_done(&w.d);
		return;
	}
	char summary[640] = "";
	if (item) {
		w.d.catalog_id = item->id;
		w.d.notice_days = item->notice_days;
		text_copy(w.d.notice_unit, sizeof w.d.notice_unit, item->notice_unit);
		if (disclosure_summary_from(app->db, item->source, period, summary, sizeof summary) < 0)
			ui_error(app->ui, "%s", db_error(app->db));
	}
	struct form_field f[A_FIELDS] = {
		[A_TITLE] = { .label = "标题", .type = FORM_TEXT, .required = true },
		[A_PERIOD] = { .label = "期间", .type = FORM_TEXT, .required = item && *item->period },
		[A_SUMMARY] = { .label = "内容摘要", .type = FORM_TEXT, .required = true },
		[A_SCOPE] = { .label = "公开范围", .type = FORM_CHOICE, .choices = disclosure_scopes },
		[A_FORMS] = { .label = "公开形式", .type = FORM_TEXT, .required = true },
		[A_DAY] = { .label = "提出日期", .type = FORM_DATE, .required = true },
		[A_WHO] = { .label = "提出人", .type = FORM_TEXT, .required = true },
	};
	char title[400], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("Propose a disclosure (提出): %s"), item ? item->title : "目录外");
	struct form form = { .title = title, .fields = f, .count = A_FIELDS, .save = add_save, .ctx = &w };
	date_format(date_today(), today);
	form_set(&form, A_TITLE, item ? item->title : "");
	form_set(&form, A_PERIOD, period ? period : "");
	form_set(&form, A_SUMMARY, summary);
	form_set(&form, A_SCOPE, item ? item->scope : disclosure_scopes[0]);
	form_set(&form, A_FORMS, item ? item->forms : "");
	form_set(&form, A_DAY, today);
	if (form_run(app->ui, &form))
		ui_status(app->ui, _("公开#%lld proposed: %s"), w.d.id, w.d.title);
	workdays_done(&cal);
	disclosure_done(&w.d);
}

/* ---- one disclosure's page */

struct disclose_page {
	struct app *app;
	long long id;
	struct textview *tv;
	char title[420];
};

static bool dpage_load(struct disclose_page *p)
{
	struct disclosure d;
	struct db *db = p->app->db;
	disclosure_init(&d);
	if (!disclosure_get(db, p->id, &d)) {
		ui_error(p->app->ui, "%s", db_error(db));
		disclosure_done(&d);
		return false;
	}
	struct textview *tv = p->tv;
	textview_clear(tv);
	snprintf(p->title, sizeof p->title, "公开#%lld  %s  [%s]", d.id, d.title, d.status);
	textview_addf(tv, UI_NORMAL, "公开事项", "%s%s%s", d.catalog_id ? "" : "目录外 ", *d.period ? "期间 " : "", d.period);
	textview_add(tv, UI_NORMAL, "公开范围", d.scope);
	textview_add(tv, UI_NORMAL, "公开形式", d.forms);
	textview_add(tv, UI_NORMAL, "内容摘要", d.summary);
	if (*d.content)
		textview_add(tv, UI_NORMAL, "公开内容", d.content);
	if (d.republish_of)
		textview_addf(tv, UI_DIM, "再次公开", "原 公开#%lld", d.republish_of);
	textview_add(tv, UI_NORMAL, NULL, "");
	enum disclose_step next = next_step(&d);
	const struct { const char *name, *day, *who; enum disclose_step step; } steps[] = {
		{ "提出", d.proposed_on, d.proposer, STEP_NONE },
		{ "审核", d.reviewed_on, d.reviewer, STEP_REVIEW },
		{ "审批", d.approved_on, d.approver, STEP_APPROVE },
		{ "公开（党内）", d.published_on, "", STEP_PUBLISH },
		{ "公开（党外）", d.published_out_on, "", STEP_OUTSIDE },
		{ "公开期至", d.until, "", STEP_NONE },
		{ "撤下", d.taken_down_on, "", STEP_NONE },
		{ "归档", d.archived_on, d.archive_ref, STEP_ARCHIVE },
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		if (steps[i].step == STEP_OUTSIDE && strcmp(d.scope, "先党内后党外"))
			continue;
		bool now = steps[i].step == next && next != STEP_NONE;
		char extra[160] = "";
		if (steps[i].step == STEP_REVIEW && *d.reviewed_on)
			snprintf(extra, sizeof extra, "%s", d.secrecy_checked ? "  保密审查：已审查" : "  保密审查：未审查");
		if (steps[i].step == STEP_APPROVE && *d.approval_ref)
			snprintf(extra, sizeof extra, "  %s", d.approval_ref);
		textview_addf(tv, now ? UI_EMPHASIS : *steps[i].day ? UI_NORMAL : UI_DIM, steps[i].name, "%s %s%s%s",
			      *steps[i].day ? steps[i].day : "—", steps[i].who, extra, now ? _("   ← next: n") : "");
	}
	if (*d.void_reason)
		textview_add(tv, UI_ERROR, _("Reason voided"), d.void_reason);
	disclosure_done(&d);
	return true;
}

static void *dpage_open(struct app *app, const void *arg)
{
	struct disclose_page *p = calloc(1, sizeof *p);
	if (!p)
		abort();
	p->app = app;
	p->id = *(const long long *)arg;
	p->tv = textview_new(14);
	if (!dpage_load(p)) {
		textview_free(p->tv);
		free(p);
		return NULL;
	}
	return p;
}

static void dpage_close(void *st)
{
	struct disclose_page *p = st;
	textview_free(p->tv);
	free(p);
}

static void dpage_reload(void *st)
{
	dpage_load(st);
}

static void dpage_draw(void *st, struct ui *ui)
{
	struct disclose_page *p = st;
	int y, h, cols = ui_cols(ui);
	char head[440];
	ui_area(ui, &y, &h);
	snprintf(head, sizeof head, " %s", p->title);
	ui_text(y, 0, cols, head, UI_HEADER);
	textview_draw(p->tv, y + 1, 1, h - 1, cols - 2);
}

/* The keys of a disclosure (the calendar's cell and the page). */
static bool disclosure_action(struct app *app, enum action a, long long id)
{
	if (id <= 0)
		return false;
	switch (a) {
	case ACT_DISCLOSE_NEXT: record_step(app, id, STEP_NONE); return true;
	case ACT_DISCLOSE_PUBLISH: record_step(app, id, STEP_PUBLISH); return true;
	case ACT_DISCLOSE_VOID: void_disclosure(app, id); return true;
	default: return false;
	}
}

static int dpage_key(void *st, enum action a, int key)
{
	struct disclose_page *p = st;
	(void)key;
	if (disclosure_action(p->app, a, p->id) || textview_key(p->tv, a))
		return SCREEN_DONE;
	return SCREEN_UNUSED;
}

static const enum ui_context dpage_contexts[] = { CTX_DISCLOSE, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action dpage_bar[] = { ACT_BACK, ACT_DISCLOSE_NEXT, ACT_DISCLOSE_PUBLISH, ACT_DISCLOSE_VOID,
					 ACT_HELP, ACT_NONE };

static const struct screen_ops disclosure_page = {
	.name = "disclosure", .title = N_("公开"), .help = N_("One disclosure with its steps"),
	.open = dpage_open, .close = dpage_close, .draw = dpage_draw, .key = dpage_key, .reload = dpage_reload,
	.contexts = dpage_contexts, .bar = dpage_bar,
};

/* ---- 意见建议: the reply, the turn into a 整改 item, the page */

struct reply_write {
	struct app *app;
	long long id;
	char day[DATE_ISO_SIZE], result[16], reply[1024];
};

static void reply_apply(const struct reply_write *w, struct feedback *f)
{
	text_copy(f->replied_on, sizeof f->replied_on, w->day);
	text_copy(f->result, sizeof f->result, w->result);
	text_copy(f->reply, sizeof f->reply, w->reply);
}

static bool reply_write(void *ctx, struct db *db)
{
	struct reply_write *w = ctx;
	struct feedback f;
	if (!feedback_get(db, w->id, &f))
		return false;
	reply_apply(w, &f);
	return feedback_save(db, &f);
}

enum { R_DAY, R_RESULT, R_TEXT, R_FIELDS };

static bool reply_save(void *ctx, struct form *form)
{
	struct reply_write *w = ctx;
	form_day(form, R_DAY, w->day);
	text_copy(w->result, sizeof w->result, form_get(form, R_RESULT));
	text_copy(w->reply, sizeof w->reply, form_get(form, R_TEXT));
	text_trim(w->reply);
	if (form_error_count(form))
		return false;
	struct feedback f;
	const char *why = NULL;
	if (feedback_get(w->app->db, w->id, &f)) {
		reply_apply(w, &f);
		why = feedback_check(&f); /* the command's rule: a reply needs its result and text */
	}
	if (why) {
		form_error(form, !*w->result ? R_RESULT : R_TEXT, "%s", why);
		return false;
	}
	return app_transaction(w->app, reply_write, w);
}

static void reply_feedback(struct app *app, long long id)
{
	struct reply_write w = { .app = app, .id = id };
	struct form_field f[R_FIELDS] = {
		[R_DAY] = { .label = "答复日期", .type = FORM_DATE, .required = true },
		[R_RESULT] = { .label = "处理结果", .type = FORM_CHOICE, .choices = feedback_results, .required = true,
			       .empty_label = _("(choose)") },
		[R_TEXT] = { .label = "答复内容", .type = FORM_TEXT, .required = true },
	};
	struct feedback fb;
	if (!feedback_get(app->db, id, &fb)) {
		ui_error(app->ui, "%s", db_error(app->db));
		return;
	}
	char title[128], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("Reply to 意见#%lld"), id);
	struct form form = { .title = title, .fields = f, .count = R_FIELDS, .save = reply_save, .ctx = &w };
	date_format(date_today(), today);
	form_set(&form, R_DAY, *fb.replied_on ? fb.replied_on : today);
	form_set(&form, R_RESULT, fb.result);
	form_set(&form, R_TEXT, fb.reply);
	if (form_run(app->ui, &form))
		ui_status(app->ui, _("意见#%lld answered."), id);
}

/* z: the opinion as an item of a 整改 batch chosen from the list. */
struct batch_pick {
	long long ids[64];
	char names[64][300];
	const char *items[65];
	int n;
};

static void add_batch(void *ctx, const struct rectify_batch *b)
{
	struct batch_pick *p = ctx;
	if (p->n >= 64)
		return;
	p->ids[p->n] = b->id;
	snprintf(p->names[p->n], sizeof p->names[0], "整改批#%lld %s", b->id, b->title);
	p->items[p->n] = p->names[p->n];
	p->n++;
}

struct turn_write {
	struct app *app;
	long long id, batch, item;
	char deadline[DATE_ISO_SIZE], person[96];
};

static bool turn_write(void *ctx, struct db *db)
{
	struct turn_write *w = ctx;
	return feedback_to_rectify(db, w->id, w->batch, w->deadline, w->person, &w->item);
}

static bool turn_save(void *ctx, struct form *form)
{
	struct turn_write *w = ctx;
	form_day(form, 0, w->deadline);
	text_copy(w->person, sizeof w->person, form_get(form, 1));
	text_trim(w->person);
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, turn_write, w);
}

static void feedback_rectify(struct app *app, long long id)
{
	struct batch_pick *p = calloc(1, sizeof *p);
	if (!p)
		abort();
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	if (!rectify_batches_each(app->db, today, add_batch, p)) {
		ui_error(app->ui, "%s", db_error(app->db));
	} else if (!p->n) {
		ui_error(app->ui, "%s", _("No 整改 batch yet: add one with zhibu rectify batch"));
	} else {
		int k = ui_choose(app->ui, _("The 整改 batch the opinion goes to"), p->items, p->n, p->n - 1);
		if (k >= 0) {
			struct turn_write w = { .app = app, .id = id, .batch = p->ids[k] };
			struct form_field f[2] = {
				{ .label = "整改时限", .type = FORM_DATE, .required = true },
				{ .label = "责任人", .type = FORM_TEXT },
			};
			char title[128];
			snprintf(title, sizeof title, _("意见#%lld as a 整改 item"), id);
			struct form form = { .title = title, .fields = f, .count = 2, .save = turn_save, .ctx = &w };
			if (form_run(app->ui, &form))
				ui_status(app->ui, _("意见#%lld is 整改#%lld now."), id, w.item);
		}
	}
	free(p);
}

struct feedback_page {
	struct app *app;
	long long id;
	struct textview *tv;
	char title[200];
};

static void add_link(void *ctx, long long item)
{
	struct feedback_page *p = ctx;
	textview_addf(p->tv, UI_NORMAL, "整改", "整改#%lld", item);
}

static bool fpage_load(struct feedback_page *p)
{
	struct feedback f;
	struct db *db = p->app->db;
	if (!feedback_get(db, p->id, &f)) {
		ui_error(p->app->ui, "%s", db_error(db));
		return false;
	}
	struct textview *tv = p->tv;
	char from[128];
	textview_clear(tv);
	feedback_sender_masked(&f, from, sizeof from);
	snprintf(p->title, sizeof p->title, "意见#%lld  %s  [%s]", f.id, f.received_on, f.status);
	textview_add(tv, UI_NORMAL, "收到日期", f.received_on);
	textview_add(tv, UI_NORMAL, "渠道", f.channel);
	textview_add(tv, UI_NORMAL, "反映人", from);
	textview_add(tv, UI_NORMAL, "内容", f.content);
	if (f.disclosure_id)
		textview_addf(tv, UI_NORMAL, "涉及事项", "公开#%lld", f.disclosure_id);
	textview_add(tv, UI_NORMAL, "承办人", f.handler);
	struct date due;
	bool overdue = !*f.replied_on && date_parse_iso(f.due_on, &due) && date_cmp(due, date_today()) < 0;
	textview_addf(tv, overdue ? UI_ERROR : UI_NORMAL, "办理期限", "%s%s%s%s", f.due_on, overdue ? _(" (overdue)") : "",
		      *f.extended_reason ? "  延期：" : "", f.extended_reason);
	textview_add(tv, UI_NORMAL, "答复日期", *f.replied_on ? f.replied_on : "—");
	textview_add(tv, UI_NORMAL, "处理结果", f.result);
	textview_add(tv, UI_NORMAL, "答复内容", f.reply);
	if (*f.reply_published_on) {
		char by[40] = "";
		if (f.reply_disclosure_id)
			snprintf(by, sizeof by, "  公开#%lld", f.reply_disclosure_id);
		textview_addf(tv, UI_NORMAL, "公开答复", "%s%s", f.reply_published_on, by);
	}
	if (!feedback_rectify_each(db, f.id, add_link, p)) {
		ui_error(p->app->ui, "%s", db_error(db));
		return false;
	}
	return true;
}

static void *fpage_open(struct app *app, const void *arg)
{
	struct feedback_page *p = calloc(1, sizeof *p);
	if (!p)
		abort();
	p->app = app;
	p->id = *(const long long *)arg;
	p->tv = textview_new(10);
	if (!fpage_load(p)) {
		textview_free(p->tv);
		free(p);
		return NULL;
	}
	return p;
}

static void fpage_close(void *st)
{
	struct feedback_page *p = st;
	textview_free(p->tv);
	free(p);
}

static void fpage_reload(void *st)
{
	fpage_load(st);
}

static void fpage_draw(void *st, struct ui *ui)
{
	struct feedback_page *p = st;
	int y, h, cols = ui_cols(ui);
	char head[220];
	ui_area(ui, &y, &h);
	snprintf(head, sizeof head, " %s", p->title);
	ui_text(y, 0, cols, head, UI_HEADER);
	textview_draw(p->tv, y + 1, 1, h - 1, cols - 2);
}

static bool feedback_action(struct app *app, enum action a, long long id)
{
	if (id <= 0)
		return false;
	switch (a) {
	case ACT_FEEDBACK_REPLY: reply_feedback(app, id); return true;
	case ACT_FEEDBACK_RECTIFY: feedback_rectify(app, id); return true;
	default: return false;
	}
}

static int fpage_key(void *st, enum action a, int key)
{
	struct feedback_page *p = st;
	(void)key;
	if (feedback_action(p->app, a, p->id) || textview_key(p->tv, a))
		return SCREEN_DONE;
	return SCREEN_UNUSED;
}

static const enum ui_context fpage_contexts[] = { CTX_FEEDBACK, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action fpage_bar[] = { ACT_BACK, ACT_FEEDBACK_REPLY, ACT_FEEDBACK_RECTIFY, ACT_HELP, ACT_NONE };

static const struct screen_ops feedback_page = {
	.name = "feedback", .title = N_("意见建议"), .help = N_("One opinion: the handler, the deadline and the reply"),
	.open = fpage_open, .close = fpage_close, .draw = fpage_draw, .key = fpage_key, .reload = fpage_reload,
	.contexts = fpage_contexts, .bar = fpage_bar,
};

/* ---- the list of opinions: overdue first, then open by deadline, then answered */

struct feedback_list {
	struct app *app;
	struct feedback *fb;
	size_t count, cap;
	struct date today;
	struct table_list *list;
	struct table *table;
	struct table_column cols[7];
	long long go_id;               /* a page to open at once (feedback:ID) */
};

static bool add_feedback(void *ctx, const struct feedback *f)
{
	struct feedback_list *l = ctx;
	l->fb = grow_array(l->fb, l->count, &l->cap, 32, sizeof *l->fb);
	l->fb[l->count++] = *f;
	return true;
}

static enum feedback_state fb_state(const struct feedback_list *l, const struct feedback *f)
{
	struct date due, replied;
	date_parse_iso(f->due_on, &due);
	bool done = *f->replied_on && date_parse_iso(f->replied_on, &replied);
	return feedback_state_of(due, done ? &replied : NULL, l->today);
}

static int fb_rank(enum feedback_state s)
{
	return s == FS_OVERDUE ? 0 : s == FS_OPEN ? 1 : 2;
}

static struct feedback_list *fb_sort_list;

static int fb_order(const void *a, const void *b)
{
	const struct feedback *x = a, *y = b;
	int rx = fb_rank(fb_state(fb_sort_list, x)), ry = fb_rank(fb_state(fb_sort_list, y));
	if (rx != ry)
		return rx - ry;
	int c = rx < 2 ? strcmp(x->due_on, y->due_on) : -strcmp(x->received_on, y->received_on);
	return c ? c : x->id < y->id ? -1 : x->id > y->id;
}

/* Every opinion, overdue first. */
static bool fb_fill(void *ctx, struct table_list *list)
{
	struct feedback_list *l = ctx;
	l->today = date_today();
	l->count = 0;
	if (!feedback_each(l->app->db, add_feedback, l)) {
		ui_error(l->app->ui, "%s", db_error(l->app->db));
		return false;
	}
	fb_sort_list = l;
	qsort(l->fb, l->count, sizeof *l->fb, fb_order);
	for (size_t i = 0; i < l->count; i++) {
		const struct feedback *f = &l->fb[i];
		enum feedback_state st = fb_state(l, f);
		char id[32];
		snprintf(id, sizeof id, "意见#%lld", f->id);
		const char *cells[] = { id, f->received_on, f->channel, f->content, f->handler, f->due_on,
					feedback_state_names[st] };
		table_list_add(list, f->id, st == FS_OVERDUE ? UI_ERROR : fb_rank(st) == 2 ? UI_DIM : UI_NORMAL, cells);
	}
	return true;
}

static void *flist_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ _("Opinion"), 8, 0, false }, { "收到日期", 10, 0, false }, { "渠道", 6, 0, false },
		{ "内容", 12, 3, false }, { "承办人", 6, 1, false }, { "办理期限", 10, 0, false }, { "状态", 8, 0, false },
	};
	struct feedback_list *l = calloc(1, sizeof *l);
	if (!l)
		abort();
	l->app = app;
	l->go_id = arg ? *(const long long *)arg : 0;
	memcpy(l->cols, cols, sizeof cols);
	l->list = table_list_new(7, fb_fill, l);
	l->table = table_new(l->cols, 7, table_list_source(l->list));
	table_set_unsortable(l->table);
	table_set_empty_text(l->table, _("No opinions: record them with zhibu feedback add."));
	return l;
}

static void flist_close(void *st)
{
	struct feedback_list *l = st;
	table_free(l->table);
	table_list_free(l->list);
	free(l->fb);
	free(l);
}

static void flist_reload(void *st)
{
	struct feedback_list *l = st;
	table_reload(l->table, false);
}

static void flist_draw(void *st, struct ui *ui)
{
	struct feedback_list *l = st;
	int y, h, cols = ui_cols(ui), counts[4] = { 0 };
	char line[256];
	ui_area(ui, &y, &h);
	table_count(l->table);
	for (size_t i = 0; i < l->count; i++)
		counts[fb_state(l, &l->fb[i])]++;
	snprintf(line, sizeof line, _("意见建议, overdue first: %zu, %d 超期未答复, %d 待答复, %d answered"), l->count,
		 counts[FS_OVERDUE], counts[FS_OPEN], counts[FS_ON_TIME] + counts[FS_LATE]);
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	table_draw(l->table, y + 1, 1, h - 1, cols - 2);
}

static int flist_key(void *st, enum action a, int key)
{
	struct feedback_list *l = st;
	(void)key;
	if (table_key(l->table, a))
		return SCREEN_DONE;
	long long id = table_cursor_id(l->table);
	if (a == ACT_OPEN && id > 0) {
		screen_run(l->app, &feedback_page, &id);
		return SCREEN_DONE;
	}
	if (feedback_action(l->app, a, id))
		return SCREEN_DONE;
	return SCREEN_UNUSED;
}

static const enum ui_context flist_contexts[] = { CTX_FEEDBACK, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action flist_bar[] = { ACT_BACK, ACT_OPEN, ACT_FEEDBACK_REPLY, ACT_FEEDBACK_RECTIFY, ACT_HELP,
					 ACT_NONE };

static const struct screen_ops feedback_list_page = {
	.name = "feedback-list", .title = N_("意见建议"),
	.help = N_("The opinions received: overdue first, with handler and deadline"),
	.open = flist_open, .close = flist_close, .draw = flist_draw, .key = flist_key, .reload = flist_reload,
	.contexts = flist_contexts, .bar = flist_bar,
};

/* ---- the 意见箱 openings */

struct boxes_page {
	struct app *app;
	struct textview *tv;
};

static bool add_opening(void *ctx, const struct feedback_opening *o)
{
	struct boxes_page *p = ctx;
	textview_addf(p->tv, UI_NORMAL, o->opened_on, "%s  %s  %s %d%s%s", o->box, o->openers, "收到", o->found,
		      *o->note ? "  " : "", o->note);
	return true;
}

static bool add_box(void *ctx, const struct feedback_box *b)
{
	struct boxes_page *p = ctx;
	textview_addf(p->tv, b->active ? UI_NORMAL : UI_DIM, b->since, "%s  %s%s", b->name, b->place,
		      b->active ? "" : _("  (no longer used)"));
	return true;
}

static bool boxes_load(struct boxes_page *p)
{
	textview_clear(p->tv);
	textview_add(p->tv, UI_EMPHASIS, NULL, _("Opinion boxes"));
	bool ok = feedback_box_each(p->app->db, add_box, p);
	textview_add(p->tv, UI_NORMAL, NULL, "");
	textview_add(p->tv, UI_EMPHASIS, NULL, _("Openings (开箱), oldest first"));
	ok = ok && feedback_opening_each(p->app->db, 0, add_opening, p);
	if (!ok)
		ui_error(p->app->ui, "%s", db_error(p->app->db));
	return ok;
}

static void *boxes_open(struct app *app, const void *arg)
{
	(void)arg;
	struct boxes_page *p = calloc(1, sizeof *p);
	if (!p)
		abort();
	p->app = app;
	p->tv = textview_new(12);
	if (!boxes_load(p)) {
		textview_free(p->tv);
		free(p);
		return NULL;
	}
	return p;
}

static void boxes_close(void *st)
{
	struct boxes_page *p = st;
	textview_free(p->tv);
	free(p);
}

static void boxes_reload(void *st)
{
	boxes_load(st);
}

static void boxes_draw(void *st, struct ui *ui)
{
	struct boxes_page *p = st;
	int y, h, cols = ui_cols(ui);
	ui_area(ui, &y, &h);
	ui_text(y, 0, cols, _(" 意见箱: the boxes and their openings"), UI_HEADER);
	textview_draw(p->tv, y + 1, 1, h - 1, cols - 2);
}

static int boxes_key(void *st, enum action a, int key)
{
	struct boxes_page *p = st;
	(void)key;
	return textview_key(p->tv, a) ? SCREEN_DONE : SCREEN_UNUSED;
}

static const enum ui_context boxes_contexts[] = { CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action boxes_bar[] = { ACT_BACK, ACT_HELP, ACT_NONE };

static const struct screen_ops boxes_page = {
	.name = "feedback-boxes", .title = N_("意见箱"), .help = N_("The opinion boxes and when they were opened"),
	.open = boxes_open, .close = boxes_close, .draw = boxes_draw, .key = boxes_key, .reload = boxes_reload,
	.contexts = boxes_contexts, .bar = boxes_bar,
};

/* ---- the calendar: catalogue rows × the year's periods */

struct cal_row {
	struct disclosure_item item;
	bool outside;                   /* 目录外 */
	size_t first, count;            /* its cells */
};

struct disclose_cal {
	struct app *app;
	int year;
	struct date today;
	struct cal_row *rows;
	size_t nrows, cap_rows;
	struct disclosure_cell *cells;
	size_t ncells, cap_cells;
	size_t row, cell, top;          /* cursor: row, cell within the row; first row shown */
	int month;                      /* the month (0..11) the cursor keeps between rows */
	int counts[4];
	bool failed;
};

static void add_cell(void *ctx, const struct disclosure_item *item, const struct disclosure_cell *cell)
{
	struct disclose_cal *c = ctx;
	struct cal_row *last = c->nrows ? &c->rows[c->nrows - 1] : NULL;
	if (!last || (item ? last->outside || last->item.id != item->id : !last->outside)) {
		c->rows = grow_array(c->rows, c->nrows, &c->cap_rows, 16, sizeof *c->rows);
		last = &c->rows[c->nrows++];
		memset(last, 0, sizeof *last);
		if (item)
			last->item = *item;
		else
			text_copy(last->item.title, sizeof last->item.title, "目录外");
		last->outside = !item;
		last->first = c->ncells;
	}
	c->cells = grow_array(c->cells, c->ncells, &c->cap_cells, 64, sizeof *c->cells);
	c->cells[c->ncells++] = *cell;
	last->count++;
	if (cell->months && cell->state >= 0)
		c->counts[cell->state]++;
}

static void cal_load(struct disclose_cal *c)
{
	c->today = date_today();
	c->nrows = c->ncells = 0;
	memset(c->counts, 0, sizeof c->counts);
	c->failed = !disclosure_calendar(c->app->db, c->year, c->today, add_cell, c);
	if (c->failed)
		ui_error(c->app->ui, "%s", db_error(c->app->db));
	if (c->row >= c->nrows)
		c->row = c->nrows ? c->nrows - 1 : 0;
	if (c->nrows && c->cell >= c->rows[c->row].count)
		c->cell = c->rows[c->row].count - 1;
}

static const struct disclosure_cell *cursor_cell(const struct disclose_cal *c)
{
	if (!c->nrows || !c->rows[c->row].count)
		return NULL;
	return &c->cells[c->rows[c->row].first + c->cell];
}

/* The glyph and word of a cell, and its style. */
static enum ui_style cell_text(const struct disclosure_cell *cell, char *out, size_t size)
{
	if (cell->state < 0) {
		snprintf(out, size, "—");
		return UI_DIM;
	}
	const char *wait = !cell->id ? "待公开" : !strcmp(cell->status, "拟稿") ? "待审"
		: !strcmp(cell->status, "已审核") ? "待批" : "待公开";
	switch ((enum disclosure_state)cell->state) {
	case DS_ON_TIME:
		snprintf(out, size, "✓%s", cell->months ? "已公开" : cell->published_on + 5);
		return UI_NORMAL;
	case DS_LATE:
		snprintf(out, size, "!逾期公开");
		return UI_SOON;
	case DS_MISSING:
		snprintf(out, size, "✗%s", cell->id ? wait : "缺");
		return UI_OVERDUE;
	case DS_PENDING:
		break;
	}
	snprintf(out, size, "○%s", wait);
	return UI_NORMAL;
}

static void cal_draw(void *st, struct ui *ui)
{
	struct disclose_cal *c = st;
	int y, h, cols = ui_cols(ui);
	char line[512];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, _("党务公开 %d: ✓ 按时 %d, ! 逾期公开 %d, ✗ 缺 %d, ○ 待公开 %d   (— 不适用)"), c->year,
		 c->counts[DS_ON_TIME], c->counts[DS_LATE], c->counts[DS_MISSING], c->counts[DS_PENDING]);
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	int tw = cols >= 100 ? 30 : 22, sw = (cols - 2 - tw) / 12;
	if (sw < 3)
		sw = 3;
	ui_text(y + 1, 1, tw, _("Item"), UI_HEADER);
	for (int m = 0; m < 12; m++) {
		char head[16];
		snprintf(head, sizeof head, sw >= 4 || m < 9 ? "%d月" : "%d", m + 1);
		ui_text(y + 1, 1 + tw + m * sw, sw, head, UI_HEADER);
	}
	int body = h - 3;
	if (body < 1)
		body = 1;
	if (c->row < c->top)
		c->top = c->row;
	if (c->row >= c->top + (size_t)body)
		c->top = c->row - (size_t)body + 1;
	if (!c->nrows)
		ui_text(y + 2, 1, cols - 2, _("No catalogue rows: add them with zhibu disclose catalog add."), UI_DIM);
	for (size_t r = c->top; r < c->nrows && r < c->top + (size_t)body; r++) {
		const struct cal_row *row = &c->rows[r];
		int ry = y + 2 + (int)(r - c->top);
		ui_text(ry, 1, tw - 1, row->item.title, r == c->row ? UI_EMPHASIS : UI_NORMAL);
		int x = 1 + tw;
		for (size_t k = 0; k < row->count; k++) {
			const struct disclosure_cell *cell = &c->cells[row->first + k];
			int w = cell->months ? cell->months * sw : 3 * sw;
			if (x + w > cols - 1)
				break;
			char text[64];
			enum ui_style style = cell_text(cell, text, sizeof text);
			if (cell->months > 1 && strlen(cell->period) > 4) {
				char with[80];
				snprintf(with, sizeof with, "%s %s", cell->period + 4, text);
				text_copy(text, sizeof text, with);
			}
			if (r == c->row && k == c->cell)
				style = UI_SELECTED;
			ui_text(ry, x, w - 1, text, style);
			x += w;
		}
	}
	const struct disclosure_cell *cell = cursor_cell(c);
	if (cell) {
		char text[64];
		cell_text(cell, text, sizeof text);
		if (cell->id)
			snprintf(line, sizeof line, "%s %s%s%s  公开#%lld %s %s", c->rows[c->row].item.title, cell->period,
				 *cell->due ? "  截止 " : "", cell->due, cell->id, cell->status, cell->published_on);
		else
			snprintf(line, sizeof line, _("%s %s%s%s  nothing proposed (a: propose)"), c->rows[c->row].item.title,
				 cell->period, *cell->due ? "  截止 " : "", cell->due);
		ui_text(y + h - 1, 1, cols - 2, line, UI_DIM);
	}
}

static void cal_close(void *st)
{
	struct disclose_cal *c = st;
	free(c->rows);
	free(c->cells);
	free(c);
}

static void cal_reload(void *st)
{
	cal_load(st);
}

/* The cursor on row to, in the cell of the month it keeps. */
static void cal_move_row(struct disclose_cal *c, size_t to)
{
	c->row = to;
	const struct cal_row *row = &c->rows[to];
	c->cell = 0;
	if (row->count && c->cells[row->first].months)
		c->cell = (size_t)(c->month / c->cells[row->first].months);
	if (c->cell >= row->count)
		c->cell = row->count ? row->count - 1 : 0;
}

/* The month of the cell the cursor moved to (kept between rows). */
static void cal_keep_month(struct disclose_cal *c)
{
	const struct disclosure_cell *cell = cursor_cell(c);
	if (cell && cell->months)
		c->month = (int)c->cell * cell->months;
}

static void *cal_open(struct app *app, const void *arg)
{
	(void)arg;
	struct disclose_cal *c = calloc(1, sizeof *c);
	if (!c)
		abort();
	c->app = app;
	c->year = date_today().y;
	cal_load(c);
	/* The cursor on this month's period of the first row. */
	c->month = date_today().m - 1;
	if (c->nrows)
		cal_move_row(c, 0);
	return c;
}

static int cal_key(void *st, enum action a, int key)
{
	struct disclose_cal *c = st;
	(void)key;
	const struct disclosure_cell *cell = cursor_cell(c);
	switch (a) {
	case ACT_UP:
		if (c->row > 0)
			cal_move_row(c, c->row - 1);
		return SCREEN_DONE;
	case ACT_DOWN:
		if (c->row + 1 < c->nrows)
			cal_move_row(c, c->row + 1);
		return SCREEN_DONE;
	case ACT_FIRST:
		if (c->nrows)
			cal_move_row(c, 0);
		return SCREEN_DONE;
	case ACT_LAST:
		if (c->nrows)
			cal_move_row(c, c->nrows - 1);
		return SCREEN_DONE;
	case ACT_CELL_LEFT:
		if (c->cell > 0)
			c->cell--;
		cal_keep_month(c);
		return SCREEN_DONE;
	case ACT_CELL_RIGHT:
		if (c->nrows && c->cell + 1 < c->rows[c->row].count)
			c->cell++;
		cal_keep_month(c);
		return SCREEN_DONE;
	case ACT_YEAR_PREV:
	case ACT_YEAR_NEXT:
		c->year += a == ACT_YEAR_PREV ? -1 : 1;
		cal_load(c);
		return SCREEN_DONE;
	case ACT_OPEN:
		if (cell && cell->id)
			screen_run(c->app, &disclosure_page, &cell->id);
		else if (c->nrows)
			add_disclosure(c->app, c->rows[c->row].outside ? NULL : &c->rows[c->row].item, cell ? cell->period : "");
		return SCREEN_DONE;
	case ACT_DISCLOSE_ADD:
		if (c->nrows)
			add_disclosure(c->app, c->rows[c->row].outside ? NULL : &c->rows[c->row].item,
				       cell && cell->months ? cell->period : "");
		else
			add_disclosure(c->app, NULL, "");
		return SCREEN_DONE;
	case ACT_DISCLOSE_FEEDBACK:
		screen_run(c->app, &feedback_list_page, NULL);
		return SCREEN_DONE;
	case ACT_DISCLOSE_BOXES:
		screen_run(c->app, &boxes_page, NULL);
		return SCREEN_DONE;
	default:
		break;
	}
	if (cell && disclosure_action(c->app, a, cell->id))
		return SCREEN_DONE;
	return SCREEN_UNUSED;
}

/* The cursor on the catalogue row item_id, in the cell of period (any
 * cell when "" or not found). */
static void cal_point(struct disclose_cal *c, long long item_id, const char *period)
{
	for (size_t r = 0; r < c->nrows; r++) {
		if (c->rows[r].outside || c->rows[r].item.id != item_id)
			continue;
		c->row = r;
		c->cell = 0;
		for (size_t k = 0; k < c->rows[r].count; k++)
			if (*period && !strcmp(c->cells[c->rows[r].first + k].period, period))
				c->cell = k;
		cal_keep_month(c);
		return;
	}
}

/* From a to-do of 首页: disclosure:ID and feedback:ID open the record's
 * page, box:PERIOD the openings, disclosures:YEAR[:ITEM[:PERIOD]] shows the
 * year here with the cursor on the catalogue row and period. */
static int cal_go(void *st, const char *link)
{
	struct disclose_cal *c = st;
	long long id;
	int year;
	char period[8] = "";
	int n = sscanf(link, "disclosures:%d:%lld:%7s", &year, &id, period);
	if (n >= 1) {
		c->year = year;
		cal_load(c);
		if (n >= 2)
			cal_point(c, id, period);
		return SCREEN_DONE;
	}
	if (sscanf(link, "disclosure:%lld", &id) == 1) {
		struct disclosure d;
		disclosure_init(&d);
		if (disclosure_get(c->app->db, id, &d)) {
			c->year = atoi(*d.period ? d.period : *d.published_on ? d.published_on : d.proposed_on);
			cal_load(c);
			for (size_t r = 0; r < c->nrows; r++)
				for (size_t k = 0; k < c->rows[r].count; k++)
					if (c->cells[c->rows[r].first + k].id == id)
						c->row = r, c->cell = k;
		}
		disclosure_done(&d);
		screen_run(c->app, &disclosure_page, &id);
		return SCREEN_CLOSE;
	}
	if (sscanf(link, "feedback:%lld", &id) == 1) {
		screen_run(c->app, &feedback_page, &id);
		return SCREEN_CLOSE;
	}
	if (!strncmp(link, "box:", 4)) {
		screen_run(c->app, &boxes_page, NULL);
		return SCREEN_CLOSE;
	}
	return SCREEN_DONE;
}

static const enum ui_context cal_contexts[] = { CTX_DISCLOSE, CTX_CALENDAR, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action cal_bar[] = { ACT_BACK, ACT_OPEN, ACT_DISCLOSE_ADD, ACT_DISCLOSE_NEXT, ACT_DISCLOSE_FEEDBACK,
				       ACT_DISCLOSE_BOXES, ACT_YEAR_PREV, ACT_YEAR_NEXT, ACT_HELP, ACT_NONE };

const struct screen_ops screen_disclose = {
	.name = "disclose", .title = N_("党务公开"),
	.help = N_("The 公开目录 × the year's periods (✓ 按时, ! 逾期公开, ✗ 缺, ○ 待公开); Enter opens a disclosure, o the 意见建议, b the 意见箱"),
	.open = cal_open, .close = cal_close, .draw = cal_draw, .key = cal_key, .reload = cal_reload, .go = cal_go,
	.contexts = cal_contexts, .bar = cal_bar,
	.link_prefix = "disclosure feedback: box:",
};
