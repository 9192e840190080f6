/* 组织 (台账): the committee's current term (elected, end, request and
 * approval, extension), the 转出 waiting for their 回执 (回执期限, 超期), the
 * 转入 waiting for 报到 or for the 回执 sent back, and
 * the members 流动, 失联 or 停止党籍 with the dates of the flows report
 * (Enter on one opens the member; v records a 回执), the archive index of a year with its 件号 ([ ] for
 * another year) and the submissions upward not yet sent, with those due by
 * the yearly rules.  a records a document, s a submission sent (forms);
 * terms and the rest are written by `zhibu term`, `zhibu document` and
 * `zhibu submission`.  The 换届, 档案 and 报送 to-dos
 * of 首页 (org:...) open it at the part they name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/archive.h"
#include "db/db.h"
#include "db/flow.h"
#include "db/term.h"
#include "db/transfer.h"
#include "io/sheet.h"
#include "report/flows.h"
#include "report/org.h"
#include "report/transfer.h"
#include "rules/flows.h"
#include "rules/transfer.h"
#include "ui/form.h"
#include "ui/textview.h"
#include "ui/views.h"

struct org_view {
	struct app *app;
	int year;
	struct textview *tv;
	int archive_line;   /* where the archive starts, for go */
};

static void add_term(struct org_view *v)
{
	struct term t;
	int found = term_latest(v->app->db, &t);
	textview_add(v->tv, UI_EMPHASIS, NULL, _("The committee's term (换届)"));
	if (found < 0) {
		textview_add(v->tv, UI_ERROR, NULL, db_error(v->app->db));
		return;
	}
	if (!found) {
		textview_add(v->tv, UI_DIM, NULL, _("No term recorded: zhibu term add --elected DATE"));
		return;
	}
	struct date end, request;
	char e[DATE_ISO_SIZE], r[DATE_ISO_SIZE];
	term_dates(v->app->db, &t, &end, &request);
	date_format(end, e);
	date_format(request, r);
	textview_addf(v->tv, UI_NORMAL, "届次", "第%d届", t.seq);
	textview_addf(v->tv, UI_NORMAL, "选举日期", _("%s, %d years"), t.elected_on, t.years);
	textview_add(v->tv, date_cmp(end, date_today()) < 0 ? UI_ERROR : UI_NORMAL, "届满日期", e);
	textview_addf(v->tv, UI_NORMAL, "请示", _("due %s, sent %s"), r, *t.request_sent_on ? t.request_sent_on : "—");
	textview_addf(v->tv, UI_NORMAL, "批复", "%s %s", *t.approved_on ? t.approved_on : "—", t.approval_ref);
	if (t.extended_months)
		textview_addf(v->tv, UI_NORMAL, "延期", _("%d months (%s)"), t.extended_months, t.extension_ref);
}

/* A line's link: transfer:ID:MEMBER (MEMBER 0: a 转入 not reported) or
 * member:ID. */
static void add_waiting(void *ctx, const struct transfer_waiting *w)
{
	struct org_view *v = ctx;
	const struct transfer *t = w->t;
	char ref[32], link[64], expiry[DATE_ISO_SIZE], due[DATE_ISO_SIZE];
	snprintf(ref, sizeof ref, "转接#%lld", t->id);
	snprintf(link, sizeof link, "transfer:%lld:%lld", t->id, t->member_id);
	date_format(w->expiry, expiry);
	date_format(w->due, due);
	char text[1024];
	snprintf(text, sizeof text, "%s → %s  有效期至 %s  回执期限 %s  %s", t->name, t->to_org, expiry, due, w->state);
	textview_add_link(v->tv, w->overdue ? UI_ERROR : UI_NORMAL, ref, text, link);
}

/* A 转入 still open, by its state on today (transfer_state_on): 待报到 or
 * 介绍信已过期 (no member yet), 待寄回执 or 回执超期; linked as a 转出. */
static void add_incoming(void *ctx, const struct transfer_open *o)
{
	struct org_view *v = ctx;
	const struct transfer *t = o->t;
	if (strcmp(t->direction, "转入") || *t->receipt_date)
		return;
	struct date due, issued = { 0, 0, 0 };
	const char *state = transfer_state_on(t, date_today(), &due);
	char ref[32], link[48], day[DATE_ISO_SIZE], text[1024];
	snprintf(ref, sizeof ref, "转接#%lld", t->id);
	date_parse_iso(t->issued, &issued);
	date_format(due.y ? due : transfer_expiry(issued, t->valid_days), day);
	snprintf(text, sizeof text, "%s ← %s  %s %s  %s", t->name, t->from_org, due.y ? "回执期限" : "有效期至", day, state);
	enum ui_style style = !strcmp(state, "回执超期") || !strcmp(state, "介绍信已过期") ? UI_ERROR : UI_NORMAL;
	snprintf(link, sizeof link, "transfer:%lld:%lld", t->id, t->member_id);
	textview_add_link(v->tv, style, ref, text, link);
}

static const char *const due_names[] = {
	[FLOW_DUE_TRANSFER] = "满6个月日期", [FLOW_DUE_CONTACT] = "应联系日期",
	[FLOW_DUE_STOP] = "满6个月日期", [FLOW_DUE_EXPEL] = "满2年日期",
};

static void add_flow(void *ctx, const struct flow_member *m, const struct flow_due *due, int n)
{
	struct org_view *v = ctx;
	char text[1024], link[48];
	int len = *m->status_date ? snprintf(text, sizeof text, "%s  状态日期 %s", m->name, m->status_date)
				  : snprintf(text, sizeof text, "%s  未填状态日期", m->name);
	if (!strcmp(m->status, "流动") && *m->away.destination)
		len += snprintf(text + len, sizeof text - (size_t)len, "  %s", m->away.destination);
	bool late = false;
	for (int k = 0; k < n && len < (int)sizeof text; k++) {
		char day[DATE_ISO_SIZE];
		bool past = date_cmp(due[k].due, date_today()) <= 0;
		date_format(due[k].due, day);
		len += snprintf(text + len, sizeof text - (size_t)len, "  %s %s%s%s", due_names[due[k].kind], day,
				past ? " " : "", past ? _("overdue") : "");
		late |= past;
	}
	snprintf(link, sizeof link, "member:%lld", m->id);
	textview_add_link(v->tv, late ? UI_ERROR : UI_NORMAL, m->status, text, link);
}

static void add_document(void *ctx, const struct document *d)
{
	struct org_view *v = ctx;
	char no[16], cat[64], title[1024];
	if (d->item_no)
		snprintf(no, sizeof no, "%d", d->item_no);
	else
		snprintf(no, sizeof no, "%s", "—");
	text_pad(cat, sizeof cat, d->category, 10, false);
	snprintf(title, sizeof title, "%s  %s  %s  %s", cat, d->date, d->title, d->doc_no);
	textview_add(v->tv, d->item_no ? UI_NORMAL : UI_DIM, no, title);
}

static void add_submission(void *ctx, const struct submission *s)
{
	struct org_view *v = ctx;
	char ref[32], text[512];
	if (s->id)
		snprintf(ref, sizeof ref, "报送#%lld", s->id);
	else
		snprintf(ref, sizeof ref, "%s", _("yearly"));
	snprintf(text, sizeof text, "%s  %s  → %s", s->due, s->item, s->to_org);
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	textview_add(v->tv, strcmp(s->due, today) < 0 ? UI_ERROR : UI_NORMAL, ref, text);
}

static void org_load(struct org_view *v)
{
	struct db *db = v->app->db;
	textview_clear(v->tv);
	add_term(v);
	textview_add(v->tv, UI_NORMAL, NULL, "");
	textview_add(v->tv, UI_EMPHASIS, NULL, _("Transfers waiting (转接): the 回执 of a 转出, 报到 or the 回执 sent back of a 转入"));
	size_t before = (size_t)textview_lines(v->tv);
	if (!transfers_waiting_each(db, date_today(), add_waiting, v) || !transfer_open_each(db, add_incoming, v))
		textview_add(v->tv, UI_ERROR, NULL, db_error(db));
	else if ((size_t)textview_lines(v->tv) == before)
		textview_add(v->tv, UI_DIM, NULL, _("No transfer waits."));
	textview_add(v->tv, UI_NORMAL, NULL, "");
	textview_add(v->tv, UI_EMPHASIS, NULL, _("Members away (流动), out of contact (失联) or suspended (停止党籍)"));
	before = (size_t)textview_lines(v->tv);
	if (!flows_each(db, date_today(), add_flow, v))
		textview_add(v->tv, UI_ERROR, NULL, db_error(db));
	else if ((size_t)textview_lines(v->tv) == before)
		textview_add(v->tv, UI_DIM, NULL, _("No member is away or out of contact."));
	textview_add(v->tv, UI_NORMAL, NULL, "");
	v->archive_line = textview_lines(v->tv);
	textview_addf(v->tv, UI_EMPHASIS, NULL, _("Index of documents of %d by 件号 ([ ] another year)"), v->year);
	before = (size_t)textview_lines(v->tv);
	if (!documents_each(db, v->year, add_document, v))
		textview_add(v->tv, UI_ERROR, NULL, db_error(db));
	else if ((size_t)textview_lines(v->tv) == before)
		textview_add(v->tv, UI_DIM, NULL, _("No documents recorded for this year."));
	textview_add(v->tv, UI_NORMAL, NULL, "");
	textview_add(v->tv, UI_EMPHASIS, NULL, _("Submissions not yet sent (报送)"));
	before = (size_t)textview_lines(v->tv);
	if (!submissions_pending(db, date_today(), add_submission, v))
		textview_add(v->tv, UI_ERROR, NULL, db_error(db));
	else if ((size_t)textview_lines(v->tv) == before)
		textview_add(v->tv, UI_DIM, NULL, _("Nothing waits to be sent."));
}

/* ---- forms: a document of the archive, a submission sent */

enum { D_YEAR, D_KIND, D_CATEGORY, D_TITLE, D_DATE, D_NO, D_BY, D_PAGES, D_RETENTION, D_BOX, D_FIELDS };

struct document_write {
	struct app *app;
	struct document d;
};

static bool document_write(void *ctx, struct db *db)
{
	struct document_write *w = ctx;
	return document_insert(db, &w->d);
}

/* A whole number in lo..hi from a field ("" gives 0 when not required). */
static bool form_number(struct form *form, int field, int lo, int hi, int *out)
{
	const char *v = form_get(form, field);
	char *end;
	long n = strtol(v, &end, 10);
	*out = 0;
	if (!*v && !form->fields[field].required)
		return true;
	if (!*v || *end || n < lo || n > hi) {
		form_error(form, field, _("a whole number from %d to %d"), lo, hi);
		return false;
	}
	*out = (int)n;
	return true;
}

static bool document_save(void *ctx, struct form *form)
{
	struct document_write *w = ctx;
	struct document *d = &w->d;
	memset(d, 0, sizeof *d);
	form_clear_errors(form);
	form_number(form, D_YEAR, 1900, 2999, &d->year);
	form_day(form, D_DATE, d->date);
	form_number(form, D_PAGES, 1, 100000, &d->pages);
	if (text_blank(form_get(form, D_TITLE)))
		form_error(form, D_TITLE, "%s", _("required"));
	text_copy(d->direction, sizeof d->direction, form_get(form, D_KIND));
	text_copy(d->category, sizeof d->category, form_get(form, D_CATEGORY));
	text_copy(d->retention, sizeof d->retention, form_get(form, D_RETENTION));
	text_copy(d->title, sizeof d->title, form_get(form, D_TITLE));
	text_copy(d->doc_no, sizeof d->doc_no, form_get(form, D_NO));
	text_copy(d->author, sizeof d->author, form_get(form, D_BY));
	text_copy(d->location, sizeof d->location, form_get(form, D_BOX));
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, document_write, w);
}

static void document_form(struct org_view *v)
{
	struct document_write w = { .app = v->app };
	struct form_field fields[D_FIELDS] = {
		[D_YEAR] = { .label = "年度", .type = FORM_TEXT, .required = true },
		[D_KIND] = { .label = "类型", .type = FORM_CHOICE, .required = true, .choices = document_directions },
		[D_CATEGORY] = { .label = "类别", .type = FORM_CHOICE, .required = true, .choices = document_categories },
		[D_TITLE] = { .label = "题名", .type = FORM_TEXT, .required = true },
		[D_DATE] = { .label = "日期", .type = FORM_DATE, .required = true },
		[D_NO] = { .label = "文号", .type = FORM_TEXT },
		[D_BY] = { .label = "责任者", .type = FORM_TEXT },
		[D_PAGES] = { .label = "页数", .type = FORM_TEXT },
		[D_RETENTION] = { .label = "保管期限", .type = FORM_CHOICE, .required = true, .choices = document_retentions },
		[D_BOX] = { .label = "盒号", .type = FORM_TEXT },
	};
	char year[8], today[DATE_ISO_SIZE];
	snprintf(year, sizeof year, "%04d", v->year);
	date_format(date_today(), today);
	struct form form = { .title = _("A document of the archive (非密 only)"), .fields = fields, .count = D_FIELDS,
			     .save = document_save, .ctx = &w };
	form_set(&form, D_YEAR, year);
	form_set(&form, D_KIND, document_directions[0]);
	form_set(&form, D_CATEGORY, document_categories[0]);
	form_set(&form, D_DATE, today);
	form_set(&form, D_RETENTION, document_retentions[0]);
	if (form_run(v->app->ui, &form))
		ui_status(v->app->ui, _("Recorded 文件#%lld."), w.d.id);
}

enum { S_WHICH, S_DATE, S_HOW, S_FIELDS };

/* Records to choose in a form: their lines ("报送#1 …", NULL-terminated)
 * and ids. */
struct record_choices {
	size_t n;
	long long *ids;
	char **names;
};

static void choices_add(struct record_choices *c, long long id, const char *name)
{
	c->ids = realloc(c->ids, sizeof *c->ids * (c->n + 1));
	c->names = realloc(c->names, sizeof *c->names * (c->n + 2));
	if (!c->ids || !c->names)
		abort();
	c->ids[c->n] = id;
	c->names[c->n] = strdup(name);
	if (!c->names[c->n])
		abort();
	c->names[++c->n] = NULL;
}

/* The index of the line chosen; c->n for none. */
static size_t choices_find(const struct record_choices *c, const char *name)
{
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->names[i], name))
			return i;
	return c->n;
}

static void choices_free(struct record_choices *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->names[i]);
	free(c->names);
	free(c->ids);
}

struct sent_write {
	struct app *app;
	struct record_choices c;
	long long id;
	char on[DATE_ISO_SIZE];
	const char *how;
};

static void add_pending(void *ctx, const struct submission *s)
{
	struct sent_write *w = ctx;
	if (!s->id)
		return;
	char name[512];
	snprintf(name, sizeof name, "报送#%lld %s", s->id, s->item);
	choices_add(&w->c, s->id, name);
}

static bool sent_write(void *ctx, struct db *db)
{
	struct sent_write *w = ctx;
	return submission_mark_sent(db, w->id, w->on, w->how);
}

static bool sent_save(void *ctx, struct form *form)
{
	struct sent_write *w = ctx;
	form_clear_errors(form);
	size_t which = choices_find(&w->c, form_get(form, S_WHICH));
	w->id = which < w->c.n ? w->c.ids[which] : 0;
	if (!w->id)
		form_error(form, S_WHICH, "%s", _("required"));
	form_day(form, S_DATE, w->on);
	w->how = form_get(form, S_HOW);
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, sent_write, w);
}

static void sent_form(struct org_view *v)
{
	struct sent_write w = { .app = v->app };
	if (!submissions_each(v->app->db, true, add_pending, &w)) {
		ui_error(v->app->ui, "%s", db_error(v->app->db));
	} else if (!w.c.n) {
		ui_error(v->app->ui, "%s", _("No recorded submission waits to be sent."));
	} else {
		struct form_field fields[S_FIELDS] = {
			[S_WHICH] = { .label = "报送事项", .type = FORM_CHOICE, .required = true,
				      .choices = (const char *const *)w.c.names },
			[S_DATE] = { .label = "报送日期", .type = FORM_DATE, .required = true },
			[S_HOW] = { .label = "方式", .type = FORM_CHOICE, .required = true, .choices = submission_ways },
		};
		char today[DATE_ISO_SIZE];
		date_format(date_today(), today);
		struct form form = { .title = _("A submission sent"), .fields = fields, .count = S_FIELDS,
				     .save = sent_save, .ctx = &w };
		form_set(&form, S_WHICH, w.c.names[0]);
		form_set(&form, S_DATE, today);
		form_set(&form, S_HOW, submission_ways[0]);
		if (form_run(v->app->ui, &form))
			ui_status(v->app->ui, _("报送#%lld recorded as sent."), w.id);
	}
	choices_free(&w.c);
}

/* ---- the 回执 of a 转出 */

enum { R_WHICH, R_DATE, R_BY, R_FIELDS };

struct receipt_write {
	struct app *app;
	struct record_choices c;
	char (*issued)[DATE_ISO_SIZE];  /* each choice's letter */
	long long id;
	char on[DATE_ISO_SIZE];
	const char *by;
};

static void add_receipt_choice(void *ctx, const struct transfer_waiting *tw)
{
	struct receipt_write *w = ctx;
	const struct transfer *t = tw->t;
	w->issued = realloc(w->issued, sizeof *w->issued * (w->c.n + 1));
	if (!w->issued)
		abort();
	snprintf(w->issued[w->c.n], DATE_ISO_SIZE, "%s", t->issued);
	char name[600];
	snprintf(name, sizeof name, "转接#%lld %s → %s", t->id, t->name, t->to_org);
	choices_add(&w->c, t->id, name);
}

static bool receipt_write(void *ctx, struct db *db)
{
	struct receipt_write *w = ctx;
	return transfer_set_receipt(db, w->id, w->on, w->by);
}

static bool receipt_save(void *ctx, struct form *form)
{
	struct receipt_write *w = ctx;
	form_clear_errors(form);
	size_t which = choices_find(&w->c, form_get(form, R_WHICH));
	w->id = which < w->c.n ? w->c.ids[which] : 0;
	if (!w->id)
		form_error(form, R_WHICH, "%s", _("required"));
	if (form_day(form, R_DATE, w->on) && w->id && strcmp(w->on, w->issued[which]) < 0)
		form_error(form, R_DATE, _("the 回执 cannot be dated before the letter (%s)"), w->issued[which]);
	w->by = form_get(form, R_BY);
	if (form_error_count(form))
		return false;
	return app_transaction(w->app, receipt_write, w);
}

/* The transfer of a line's link (transfer:ID:MEMBER), 0 for another line. */
static long long link_transfer(const char *link)
{
	long long id = 0;
	return link && sscanf(link, "transfer:%lld", &id) == 1 ? id : 0;
}

static void receipt_form(struct org_view *v)
{
	struct receipt_write w = { .app = v->app };
	if (!transfers_waiting_each(v->app->db, date_today(), add_receipt_choice, &w)) {
		ui_error(v->app->ui, "%s", db_error(v->app->db));
	} else if (!w.c.n) {
		ui_error(v->app->ui, "%s", _("No 回执 is awaited."));
	} else {
		struct form_field fields[R_FIELDS] = {
			[R_WHICH] = { .label = "转接", .type = FORM_CHOICE, .required = true,
				      .choices = (const char *const *)w.c.names },
			[R_DATE] = { .label = "回执日期", .type = FORM_DATE, .required = true },
			[R_BY] = { .label = "回执经办人", .type = FORM_TEXT },
		};
		char today[DATE_ISO_SIZE];
		date_format(date_today(), today);
		struct form form = { .title = _("The 回执 of a transfer received"), .fields = fields, .count = R_FIELDS,
				     .save = receipt_save, .ctx = &w };
		long long under = link_transfer(textview_cursor_link(v->tv));
		size_t first = 0;
		for (size_t i = 0; i < w.c.n; i++)
			if (w.c.ids[i] == under)
				first = i;
		form_set(&form, R_WHICH, w.c.names[first]);
		form_set(&form, R_DATE, today);
		if (form_run(v->app->ui, &form))
			ui_status(v->app->ui, _("回执 of 转接#%lld recorded."), w.id);
	}
	choices_free(&w.c);
	free(w.issued);
}

static void *org_open(struct app *app, const void *arg)
{
	(void)arg;
	struct org_view *v = calloc(1, sizeof *v);
	if (!v)
		abort();
	v->app = app;
	v->year = date_today().y;
	v->tv = textview_new(10);
	org_load(v);
	return v;
}

static void org_close(void *st)
{
	struct org_view *v = st;
	textview_free(v->tv);
	free(v);
}

static void org_draw(void *st, struct ui *ui)
{
	struct org_view *v = st;
	int y, h, cols = ui_cols(ui);
	ui_area(ui, &y, &h);
	textview_draw(v->tv, y, 1, h, cols - 2);
}

static void org_reload(void *st)
{
	org_load(st);
}

static int org_key(void *st, enum action a, int key)
{
	struct org_view *v = st;
	(void)key;
	if (a == ACT_YEAR_PREV || a == ACT_YEAR_NEXT) {
		v->year += a == ACT_YEAR_NEXT ? 1 : -1;
		org_load(v);
		return SCREEN_DONE;
	}
	if (a == ACT_ORG_DOCUMENT) {
		document_form(v);
		return SCREEN_DONE;
	}
	if (a == ACT_ORG_SENT) {
		sent_form(v);
		return SCREEN_DONE;
	}
	if (a == ACT_ORG_RECEIPT) {
		receipt_form(v);
		return SCREEN_DONE;
	}
	const char *link = textview_cursor_link(v->tv);
	if (a == ACT_OPEN && link) {
		long long id = 0, member = 0;
		if (sscanf(link, "transfer:%lld:%lld", &id, &member) != 2)
			sscanf(link, "member:%lld", &member);
		if (member)
			member_detail(v->app, member);
		return SCREEN_DONE;
	}
	return textview_key(v->tv, a) ? SCREEN_DONE : SCREEN_UNUSED;
}

/* org:term:ID, org:submission:ID (the top shows them), org:document:YEAR
 * (that year's index), org:transfer:ID:MEMBER (the cursor on its line). */
static int org_go(void *st, const char *link)
{
	struct org_view *v = st;
	int year;
	if (sscanf(link, "org:document:%d", &year) == 1 && year > 1900 && year < 3000)
		v->year = year;
	org_load(v);
	if (!strncmp(link, "org:transfer:", strlen("org:transfer:")))
		textview_cursor_set(v->tv, link + strlen("org:"));
	return SCREEN_DONE;
}

static const enum ui_context contexts[] = { CTX_ORG, CTX_CALENDAR, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_BACK, ACT_OPEN, ACT_ORG_RECEIPT, ACT_ORG_DOCUMENT, ACT_ORG_SENT, ACT_YEAR_PREV, ACT_YEAR_NEXT, ACT_HELP,
				   ACT_NONE };

const struct screen_ops screen_org = {
	.name = "org", .title = N_("Organisation (组织)"),
	.help = N_("The committee's term, the transfers waiting (the 回执 of a 转出; the 报到 of a 转入 and its 回执 sent back), the members away or out of contact, the archive index of a year with its 件号, and submissions not yet sent"),
	.open = org_open, .close = org_close, .draw = org_draw, .key = org_key,
	.contexts = contexts, .bar = bar, .reload = org_reload, .go = org_go, .link_prefix = "org:",
};
