/* One member: the details with the change history, the add/edit form and
 * the status form.  The forms check with the roster rules that the command
 * line importer uses (rules/roster.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/text.h"
#include "db/db.h"
#include "db/flow.h"
#include "db/member.h"
#include "db/role.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "db/talk.h"
#include "db/transfer.h"
#include "report/hours.h"
#include "ui/textview.h"
#include "ui/views.h"

/* ---- details ---- */

struct detail {
	struct app *app;
	long long id;
	struct member m;
	bool reveal;
	struct textview *tv;
	int transfers;
};

static const char *change_label(const char *field)
{
	return member_column_label(field);
}

/* A value as the details show it: ID and phone numbers masked unless asked. */
static void shown(const struct detail *d, const char *field, const char *value, char *out, size_t size)
{
	member_column_shown(field, value, d->reveal, out, size);
}

static void add_change(void *ctx, const struct member_change *c)
{
	struct detail *d = ctx;
	char old[300], new[300];
	if (!strcmp(c->field, "*")) {
		textview_addf(d->tv, UI_NORMAL, NULL, _("%s  record created: %s"), c->at, c->new_value);
		return;
	}
	shown(d, c->field, c->old_value, old, sizeof old);
	shown(d, c->field, c->new_value, new, sizeof new);
	textview_addf(d->tv, UI_NORMAL, NULL, _("%s  %s: %s to %s"), c->at, change_label(c->field), old, new);
}

/* This year: 学时 (the 学时 ledger has the detail), talks, pledges, service. */
static void member_year_section(struct detail *d)
{
	struct member_year my;
	bool found;
	struct date today = date_today();
	textview_add(d->tv, UI_NORMAL, NULL, "");
	textview_addf(d->tv, UI_EMPHASIS, NULL, _("This year (%d)"), today.y);
	if (!member_year_load(d->app->db, d->id, today.y, today, &my, &found)) {
		textview_add(d->tv, UI_ERROR, NULL, db_error(d->app->db));
		return;
	}
	if (found && my.apart)
		textview_addf(d->tv, UI_NORMAL, _("Learning hours"), _("%s (listed apart: no requirement)"), my.hours);
	else if (found)
		textview_addf(d->tv, UI_NORMAL, _("Learning hours"), _("%s of %d, 集中培训 %d"), my.hours, my.required, my.centralized);
	textview_addf(d->tv, UI_NORMAL, _("Heart-to-heart talks"), _("%d talks"), my.talks);
	textview_addf(d->tv, UI_NORMAL, _("Pledges"), _("%d pledges, %d fulfilled"), my.pledges, my.fulfilled);
	textview_addf(d->tv, UI_NORMAL, _("Service"), _("%d times, %s hours"), my.services, my.service_hours);
}

/* 组织关系转接: one line a letter, the section only when there is one. */
static void add_transfer(void *ctx, const struct transfer *t)
{
	struct detail *d = ctx;
	if (!d->transfers++) {
		textview_add(d->tv, UI_NORMAL, NULL, "");
		textview_add(d->tv, UI_EMPHASIS, NULL, "组织关系转接");
	}
	textview_addf(d->tv, UI_NORMAL, t->direction, _("%s  转接#%lld  %s → %s  No. %s  回执 %s"), t->issued, t->id,
		      t->from_org, t->to_org, t->letter_no, *t->receipt_date ? t->receipt_date : "—");
}

/* 流动, contacts, 失联 searches: one line each, by date (none: no section). */
struct flow_lines {
	struct detail *d;
	bool any;
};

static void flow_line(void *ctx, const char *date, const char *what, const char *text)
{
	struct flow_lines *fl = ctx;
	if (!fl->any) {
		textview_add(fl->d->tv, UI_NORMAL, NULL, "");
		textview_add(fl->d->tv, UI_EMPHASIS, NULL, _("Away, contacts and searches"));
		fl->any = true;
	}
	textview_addf(fl->d->tv, UI_NORMAL, what, "%s  %s", date, text);
}

static bool detail_load(struct detail *d)
{
	struct db *db = d->app->db;
	textview_clear(d->tv);
	if (!member_get(db, d->id, &d->m))
		return false;
	for (int f = 0; f < MF_COUNT; f++) {
		const char *v = member_get_field(&d->m, f);
		char buf[600];
		if (f == MF_STATUS_DATE)
			continue; /* beside the status */
		if (f == MF_ID_NUMBER || f == MF_PHONE) {
			shown(d, f == MF_ID_NUMBER ? "id_number" : "phone", v, buf, sizeof buf);
			v = *v ? buf : "";
		} else if (f == MF_STATUS && (*d->m.status_date || *d->m.status_reason)) {
			snprintf(buf, sizeof buf, "%s  %s  %s", d->m.status, d->m.status_date, d->m.status_reason);
			v = buf;
		}
		textview_add(d->tv, UI_NORMAL, _(member_fields[f].label), v);
	}
	struct flow_lines fl = { d, false };
	if (!flow_history_each(db, d->id, flow_line, &fl))
		textview_add(d->tv, UI_ERROR, NULL, db_error(db));
	textview_add(d->tv, UI_NORMAL, NULL, "");
	textview_add(d->tv, UI_EMPHASIS, NULL, _("Change history"));
	if (!member_history(db, d->id, add_change, d))
		textview_add(d->tv, UI_ERROR, NULL, db_error(db));
	member_year_section(d);
	d->transfers = 0;
	if (!transfer_each(db, NULL, NULL, d->id, add_transfer, d))
		textview_add(d->tv, UI_ERROR, NULL, db_error(db));
	return true;
}

static void detail_draw(void *ctx, struct ui *ui)
{
	struct detail *d = ctx;
	int y, h, cols = ui_cols(ui);
	char title[256];
	ui_area(ui, &y, &h);
	char head[300];
	snprintf(title, sizeof title, _("%s: %s member, %s"), d->m.name, d->m.kind, d->m.status);
	snprintf(head, sizeof head, " %s", title);
	ui_text(y, 0, cols, head, UI_HEADER);
	textview_draw(d->tv, y + 1, 1, h - 1, cols - 2);
}

/* A member's details and history: a page (screen_run), arg the id. */
static void *detail_open(struct app *app, const void *arg)
{
	struct detail *d = calloc(1, sizeof *d);
	if (!d)
		abort();
	d->app = app;
	d->id = *(const long long *)arg;
	d->tv = textview_new(16);
	if (!detail_load(d)) {
		ui_message(app->ui, _("Member"), _("This member is not in the database any more."));
		textview_free(d->tv);
		free(d);
		return NULL;
	}
	return d;
}

static void detail_close(void *st)
{
	struct detail *d = st;
	textview_free(d->tv);
	free(d);
}

static void detail_reload(void *st)
{
	detail_load(st);
}

static int detail_key(void *st, enum action a, int key)
{
	struct detail *d = st;
	(void)key;
	if (a == ACT_MEMBER_EDIT) {
		member_edit(d->app, d->id, NULL);
	} else if (a == ACT_MEMBER_STATUS) {
		member_change_status(d->app, d->id);
	} else if (a == ACT_TALK_ADD) {
		member_talk(d->app, d->id);
	} else if (a == ACT_REVEAL) {
		d->reveal = !d->reveal;
		detail_load(d);
	} else if (!textview_key(d->tv, a)) {
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context detail_contexts[] = { CTX_MEMBERS, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action detail_bar[] = {
	ACT_BACK, ACT_MEMBER_EDIT, ACT_MEMBER_STATUS, ACT_TALK_ADD, ACT_REVEAL, ACT_HELP, ACT_QUIT, ACT_NONE,
};

static const struct screen_ops member_page = {
	.name = "member", .title = N_("Member"),
	.open = detail_open, .close = detail_close, .draw = detail_draw, .key = detail_key,
	.contexts = detail_contexts, .bar = detail_bar, .reload = detail_reload,
};

void member_detail(struct app *app, long long id)
{
	screen_run(app, &member_page, &id);
}

/* ---- add and edit ---- */

/* The form's fields: the roster's, but the status (it has its own form). */
static const enum member_field form_fields[] = {
	MF_NAME, MF_SEX, MF_ETHNICITY, MF_BIRTH_DATE, MF_ID_NUMBER, MF_EDUCATION, MF_CATEGORY,
	MF_WORK_UNIT, MF_KIND, MF_JOIN_DATE, MF_FULL_DATE, MF_GROUP, MF_PHONE, MF_NOTE,
};
#define FORM_FIELDS (int)(sizeof form_fields / sizeof form_fields[0])

struct edit {
	struct app *app;
	struct member m;        /* as stored (edit) or fresh (add) */
	struct form *form;
};

static int field_of(enum member_field f)
{
	for (int i = 0; i < FORM_FIELDS; i++)
		if (form_fields[i] == f)
			return i;
	return -1;
}

static void edit_check(void *ctx, struct form *form, int i)
{
	struct member tmp;
	member_init(&tmp);
	const char *why = member_set_field(&tmp, form_fields[i], form_get(form, i));
	if (why) {
		form_error(form, i, "%s", why);
		return;
	}
	/* Show a date as it will be stored: 2026/3/1 -> 2026-03-01. */
	const char *norm = member_get_field(&tmp, form_fields[i]);
	if (form->fields[i].type == FORM_DATE && strcmp(norm, form_get(form, i)) != 0)
		form_set(form, i, norm);
	/* 性别 and 出生日期 from a valid ID number, when not given yet. */
	struct date birth;
	enum sex sex;
	if (form_fields[i] == MF_ID_NUMBER && idnum_parse(tmp.id_number, tmp.id_number, &birth, &sex, &why)) {
		int si = field_of(MF_SEX), bi = field_of(MF_BIRTH_DATE);
		char iso[DATE_ISO_SIZE];
		date_format(birth, iso);
		if (text_blank(form_get(form, si))) {
			form_set(form, si, sex == SEX_MALE ? "男" : "女");
			form->fields[si].message[0] = '\0';
		}
		if (text_blank(form_get(form, bi))) {
			form_set(form, bi, iso);
			form->fields[bi].message[0] = '\0';
		}
	}
}

static void report_problem(void *ctx, enum member_field f, const char *why)
{
	struct form *form = ctx;
	int i = field_of(f);
	if (i >= 0 && !form->fields[i].message[0])
		form_error(form, i, "%s", why);
}

static bool edit_write(void *ctx, struct db *db)
{
	struct member *m = ctx;
	return member_insert(db, m);
}

static bool edit_save(void *ctx, struct form *form)
{
	struct edit *e = ctx;
	struct member m = e->m, other;
	for (int i = 0; i < FORM_FIELDS; i++) {
		const char *why = member_set_field(&m, form_fields[i], form_get(form, i));
		if (why)
			form_error(form, i, "%s", why);
	}
	if (form_error_count(form))
		return false;
	member_check(&m, date_today(), report_problem, form);
	if (member_find_by_id_number(e->app->db, m.id_number, &other) && other.id != m.id)
		form_error(form, field_of(MF_ID_NUMBER), _("already recorded for %s"), other.name);
	if (form_error_count(form))
		return false;
	if (m.id) { /* only what was changed, refused when another zhibu changed the member */
		char why[512];
		if (!member_save_edit(e->app->db, &e->m, &m, why, sizeof why)) {
			ui_message(e->app->ui, _("Not saved"), *why ? why : db_error(e->app->db));
			return false;
		}
	} else if (!app_transaction(e->app, edit_write, &m)) {
		return false;
	}
	e->m = m;
	return true;
}

bool member_edit(struct app *app, long long id, long long *saved_id)
{
	struct edit e = { .app = app };
	if (id && !member_get(app->db, id, &e.m)) {
		ui_message(app->ui, _("Member"), _("This member is not in the database any more."));
		return false;
	}
	if (!id) {
		member_init(&e.m);
		snprintf(e.m.category, sizeof e.m.category, "%s", "在职");
		snprintf(e.m.kind, sizeof e.m.kind, "%s", "正式");
	}
	const char *educations[16] = { "" };
	for (int i = 0; roster_educations[i] && i < 14; i++)
		educations[i + 1] = roster_educations[i];
	struct group_names gn;
	const char *const *groups = group_choices(app->db, &gn);
	const char *none = _("(none)"), *choose = _("(choose)");

	struct form_field fields[FORM_FIELDS];
	memset(fields, 0, sizeof fields);
	for (int i = 0; i < FORM_FIELDS; i++) {
		enum member_field f = form_fields[i];
		fields[i].label = _(member_fields[f].label);
		fields[i].required = member_fields[f].required;
		fields[i].type = FORM_TEXT;
		switch (f) {
		case MF_BIRTH_DATE: case MF_JOIN_DATE: case MF_FULL_DATE:
			fields[i].type = FORM_DATE;
			break;
		case MF_ID_NUMBER:
			fields[i].mask = FORM_MASK_ID;
			break;
		case MF_PHONE:
			fields[i].mask = FORM_MASK_PHONE;
			break;
		case MF_SEX:
			fields[i].type = FORM_CHOICE;
			fields[i].choices = roster_sexes;
			fields[i].empty_label = choose;
			break;
		case MF_EDUCATION:
			fields[i].type = FORM_CHOICE;
			fields[i].choices = educations;
			fields[i].empty_label = none;
			break;
		case MF_CATEGORY:
			fields[i].type = FORM_CHOICE;
			fields[i].choices = roster_categories;
			fields[i].empty_label = choose;
			break;
		case MF_KIND:
			fields[i].type = FORM_CHOICE;
			fields[i].choices = roster_kinds;
			fields[i].empty_label = choose;
			break;
		case MF_GROUP:
			fields[i].type = FORM_CHOICE;
			fields[i].choices = groups;
			fields[i].empty_label = none;
			break;
		default:
			break;
		}
	}
	char title[256];
	if (id)
		snprintf(title, sizeof title, _("Edit member %s"), e.m.name);
	else
		snprintf(title, sizeof title, "%s", _("Add a member"));
	struct form form = { .title = title, .fields = fields, .count = FORM_FIELDS,
			     .check = edit_check, .save = edit_save, .ctx = &e, .db = app->db };
	e.form = &form;
	for (int i = 0; i < FORM_FIELDS; i++)
		form_set(&form, i, member_get_field(&e.m, form_fields[i]));
	bool saved = form_run(app->ui, &form);
	group_names_free(&gn);
	if (saved) {
		ui_status(app->ui, id ? _("Saved %s.") : _("Added %s."), e.m.name);
		if (saved_id)
			*saved_id = e.m.id;
	}
	return saved;
}

/* ---- status ---- */

enum { ST_STATUS, ST_DATE, ST_REASON, ST_FIELDS };

struct status_change {
	struct app *app;
	struct member m;
	char status[16], date[DATE_ISO_SIZE], reason[256];
	char roles[256];   /* the committee offices held on the day membership ends */
	bool end_roles;    /* asked and agreed: they end that day too */
};

static void status_check(void *ctx, struct form *form, int i)
{
	struct status_change *s = ctx;
	if (i != ST_DATE)
		return;
	struct date d;
	const char *why;
	char iso[DATE_ISO_SIZE];
	if (text_blank(form_get(form, i))) {
		form_error(form, i, "%s", _("required"));
	} else if (!date_parse(form_get(form, i), &d, &why)) {
		form_error(form, i, "%s", why);
	} else {
		date_format(d, iso);
		if (date_cmp(d, date_today()) > 0)
			form_error(form, i, "%s", _("is in the future"));
		else if (*s->m.join_date && strcmp(iso, s->m.join_date) < 0)
			form_error(form, i, "%s", _("is before 入党日期"));
		if (strcmp(iso, form_get(form, i)) != 0)
			form_set(form, i, iso);
	}
}

static bool status_write(void *ctx, struct db *db)
{
	struct status_change *s = ctx;
	return flow_status_set(db, s->m.id, s->status, s->date, s->reason, NULL, s->end_roles);
}

static bool status_save(void *ctx, struct form *form)
{
	struct status_change *s = ctx;
	status_check(s, form, ST_DATE);
	char reason[LINEEDIT_SIZE];
	text_copy(reason, sizeof reason, form_get(form, ST_REASON));
	text_trim(reason);
	if (!*reason)
		form_error(form, ST_REASON, "%s", _("required"));
	else if (!text_copy(s->reason, sizeof s->reason, reason))
		form_error(form, ST_REASON, "%s", _("too long"));
	if (!*form_get(form, ST_STATUS))
		form_error(form, ST_STATUS, "%s", _("required"));
	if (form_error_count(form))
		return false;
	text_copy(s->status, sizeof s->status, form_get(form, ST_STATUS));
	text_copy(s->date, sizeof s->date, form_get(form, ST_DATE));
	/* 停止党籍 follows a search for a member out of contact (or says why not). */
	long long searches = 0;
	if (!strcmp(s->status, "停止党籍") && strcmp(s->m.status, "停止党籍")) {
		if (!strcmp(s->m.status, "失联") && !lost_search_count(s->app->db, s->m.id, s->m.status_date, &searches)) {
			ui_message(s->app->ui, _("Not saved"), db_error(s->app->db));
			return false;
		}
		if (!searches && !ui_confirm(s->app->ui, _("No search for the member is recorded since 失联. Record 停止党籍 "
							   "all the same (the reason says why)?"), false))
			return false;
	}
	/* Membership ends: so do her offices on the committee, asking first. */
	s->roles[0] = '\0';
	s->end_roles = false;
	if (roster_status_left(s->status) && !roster_status_left(s->m.status)) {
		if (!role_held(s->app->db, s->m.id, s->date, s->roles, sizeof s->roles)) {
			ui_message(s->app->ui, _("Not saved"), db_error(s->app->db));
			return false;
		}
		if (*s->roles) {
			char question[512];
			snprintf(question, sizeof question,
				 _("%s holds %s on the branch committee. End these offices on %s too, the day the membership ends?"),
				 s->m.name, s->roles, s->date);
			s->end_roles = ui_confirm(s->app->ui, question, true);
		}
	}
	return app_transaction(s->app, status_write, s);
}

/* ---- a talk (谈心谈话) with the member: who talked, the day, the kind, a
 * summary (personal: kept in the change log, never listed) */
enum { TK_TALKER, TK_DATE, TK_KIND, TK_SUMMARY, TK_FIELDS };

struct talk_form {
	struct app *app;
	long long member_id, talker_id;
	struct talk t;
};

static bool talk_write(void *ctx, struct db *db)
{
	struct talk_form *f = ctx;
	return talk_insert(db, &f->t, &f->talker_id, 1, &f->member_id, 1);
}

static bool talk_save(void *ctx, struct form *form)
{
	struct talk_form *f = ctx;
	struct date day;
	const char *why;
	form_clear_errors(form);
	f->talker_id = form->fields[TK_TALKER].member_id;
	if (!f->talker_id)
		form_error(form, TK_TALKER, "%s", _("required"));
	else if (f->talker_id == f->member_id)
		form_error(form, TK_TALKER, "%s", _("not the member talked with"));
	if (!date_parse(form_get(form, TK_DATE), &day, &why))
		form_error(form, TK_DATE, "%s", why);
	else
		date_format(day, f->t.date);
	int kind = talk_kind_parse(form_get(form, TK_KIND));
	f->t.kind = kind < 0 ? TALK_HEART : (enum talk_kind)kind;
	if (!text_copy(f->t.summary, sizeof f->t.summary, form_get(form, TK_SUMMARY)))
		form_error(form, TK_SUMMARY, "%s", _("too long"));
	long long same;
	if (!form_error_count(form) &&
	    (same = talk_find_same(f->app->db, f->t.date, f->t.kind, f->talker_id, f->member_id)))
		form_error(form, TK_DATE, _("already recorded as 谈话#%lld"), same);
	if (form_error_count(form))
		return false;
	return app_transaction(f->app, talk_write, f);
}

bool member_talk(struct app *app, long long id)
{
	struct talk_form f = { .app = app, .member_id = id };
	struct member m;
	if (!member_get(app->db, id, &m)) {
		ui_message(app->ui, _("Member"), _("This member is not in the database any more."));
		return false;
	}
	struct form_field fields[TK_FIELDS] = {
		[TK_TALKER] = { .label = "谈话人", .type = FORM_MEMBER, .required = true, .empty_label = _("(none)") },
		[TK_DATE] = { .label = _("Date"), .type = FORM_DATE, .required = true },
		[TK_KIND] = { .label = _("Kind"), .type = FORM_CHOICE, .required = true, .choices = talk_kind_names },
		[TK_SUMMARY] = { .label = _("Summary"), .type = FORM_TEXT },
	};
	char title[256], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("A talk with %s"), m.name);
	struct form form = { .title = title, .fields = fields, .count = TK_FIELDS, .save = talk_save, .ctx = &f,
			     .db = app->db };
	date_format(date_today(), today);
	form_set_member(&form, TK_TALKER, 0, "");
	form_set(&form, TK_DATE, today);
	form_set(&form, TK_KIND, talk_kind_names[TALK_HEART]);
	form_set(&form, TK_SUMMARY, "");
	if (!form_run(app->ui, &form))
		return false;
	ui_status(app->ui, _("Recorded 谈话#%lld."), f.t.id);
	return true;
}

bool member_change_status(struct app *app, long long id)
{
	struct status_change s = { .app = app };
	if (!member_get(app->db, id, &s.m)) {
		ui_message(app->ui, _("Member"), _("This member is not in the database any more."));
		return false;
	}
	struct form_field fields[ST_FIELDS] = {
		[ST_STATUS] = { .label = _(member_fields[MF_STATUS].label), .type = FORM_CHOICE,
				.required = true, .choices = roster_statuses },
		[ST_DATE] = { .label = _("Since"), .type = FORM_DATE, .required = true },
		[ST_REASON] = { .label = _("Reason"), .type = FORM_TEXT, .required = true },
	};
	char title[256], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("Change the status of %s (now %s)"), s.m.name, s.m.status);
	struct form form = { .title = title, .fields = fields, .count = ST_FIELDS,
			     .check = status_check, .save = status_save, .ctx = &s };
	date_format(date_today(), today);
	form_set(&form, ST_STATUS, s.m.status);
	form_set(&form, ST_DATE, today);
	form_set(&form, ST_REASON, "");
	if (!form_run(app->ui, &form))
		return false;
	if (*s.roles && s.end_roles)
		ui_status(app->ui, _("%s: status %s since %s; %s ended the same day."), s.m.name, s.status, s.date,
			  s.roles);
	else if (*s.roles)
		ui_status(app->ui, _("%s: status %s since %s; still holds %s on the committee."), s.m.name,
			  s.status, s.date, s.roles);
	else
		ui_status(app->ui, _("%s: status %s since %s."), s.m.name, s.status, s.date);
	return true;
}
