/* One minute (会议记录): view it and edit it on one page.  Its fields one per
 * line (kind, topic, date, start and end, place, party group, 主持人, 记录人,
 * 主讲人 for a 党课, 列席), the attendance in one line (应到, 实到, who was
 * absent and why; Enter opens the list), the agenda, the discussion and the
 * decisions in the multi-line editor (textedit.h; F8 hands one to $EDITOR),
 * and for a 支部党员大会 or 支委会 the votes on motions with what they came
 * to.  The page is a form (form.h) run as a screen: Tab and Shift-Tab go
 * from field to field; F2 saves the whole minute with its attendance in one
 * transaction and the page stays; Esc asks before dropping unsaved edits.
 *
 * A new minute starts with everyone who should attend (meeting_expected_each:
 * the branch, the committee or the party group) present; the list follows
 * the kind, the group and the date until it is saved.  Values are read and
 * checked by the rules the command line uses (minute_set_field, minute_check,
 * meeting_resolve).  A vote counts the attendance as saved, so the minute is
 * saved first; the result (quorate, passed, or why not, probationary members
 * not counted) is shown before it is recorded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/pinyin.h"
#include "core/text.h"
#include "db/db.h"
#include "db/group.h"
#include "db/meeting.h"
#include "db/member.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/lineedit.h"
#include "ui/member_pick.h"
#include "ui/search.h"
#include "ui/table.h"
#include "ui/textedit.h"
#include "ui/views.h"

/* The fields of the page's form, in order. */
enum item {
	I_KIND, I_TITLE, I_DATE, I_START, I_END, I_PLACE, I_GROUP, I_HOST, I_RECORDER, I_SPEAKER,
	I_GUESTS, I_ATTENDANCE, I_AGENDA, I_DISCUSSION, I_DECISIONS, I_VOTES, I_COUNT
};

static const struct {
	enum form_type type;
	enum minute_field field;   /* MIN_COUNT: none */
	int rows;                  /* FORM_LINES: the rows of its editor */
	const char *file;          /* FORM_LINES: the file for $EDITOR */
} items[I_COUNT] = {
	[I_KIND] = { FORM_CHOICE, MIN_KIND, 1, NULL },
	[I_TITLE] = { FORM_TEXT, MIN_TITLE, 1, NULL },
	[I_DATE] = { FORM_DATE, MIN_DATE, 1, NULL },
	[I_START] = { FORM_TEXT, MIN_START, 1, NULL },
	[I_END] = { FORM_TEXT, MIN_END, 1, NULL },
	[I_PLACE] = { FORM_TEXT, MIN_PLACE, 1, NULL },
	[I_GROUP] = { FORM_CHOICE, MIN_GROUP, 1, NULL },
	[I_HOST] = { FORM_MEMBER, MIN_HOST, 1, NULL },
	[I_RECORDER] = { FORM_MEMBER, MIN_RECORDER, 1, NULL },
	[I_SPEAKER] = { FORM_MEMBER, MIN_SPEAKER, 1, NULL },
	[I_GUESTS] = { FORM_TEXT, MIN_GUESTS, 1, NULL },
	[I_ATTENDANCE] = { FORM_ACTION, MIN_PRESENT, 1, NULL },
	[I_AGENDA] = { FORM_LINES, MIN_AGENDA, 3, "agenda.txt" },
	[I_DISCUSSION] = { FORM_LINES, MIN_DISCUSSION, 6, "discussion.txt" },
	[I_DECISIONS] = { FORM_LINES, MIN_DECISIONS, 3, "decisions.txt" },
	[I_VOTES] = { FORM_ACTION, MIN_COUNT, 1, NULL },
};

/* One line of the attendance as the page holds it. */
struct att {
	long long member_id;
	char name[MINUTE_NAME_SIZE];
	char group[MINUTE_NAME_SIZE];
	char kind[16];                 /* 正式 / 预备 */
	bool present;
	char reason[128];
	bool expected;                 /* should attend: on the list meeting_expected_each gives */
	bool by_hand;                  /* added with a */
	bool removed;                  /* taken off (written at save) */
	bool stored, was_present;      /* as in the database */
	char was_reason[128];
};

struct page {
	struct app *app;
	long long id;                  /* 0: a new minute, until saved */
	bool cancelled;
	char cancel_reason[256];
	int kind;                      /* MK_COUNT: not chosen (follows the field) */
	int group;                     /* index in groups.names, 0: none (follows the field) */
	struct group_names groups;
	const char *kinds[MK_COUNT + 2]; /* the kind's choices: "" (not chosen), the kinds */
	struct form form;
	struct form_field fields[I_COUNT];
	char title[512];
	struct att *att;
	int natt;
	size_t att_cap;
	struct motion *motions;
	int nmotions;
	size_t motions_cap;
	struct meeting_turnout turnout; /* as saved: what a vote counts */
	struct meeting loaded;         /* as loaded: a save writes what differs from it */
	/* what the list of who should attend was made for */
	int list_kind;
	long long list_group;
	char list_date[DATE_ISO_SIZE];
	bool wrote;
};

static const char *item_label(int i)
{
	switch (i) {
	case I_ATTENDANCE: return _("Attendance");
	case I_VOTES: return _("Votes");
	}
	return _(minute_fields[items[i].field].label);
}

static const char *value(const struct page *pg, int i)
{
	return form_get(&pg->form, i);
}

static void set_value(struct page *pg, int i, const char *v)
{
	form_set(&pg->form, i, v);
}

static bool is_visible(const struct page *pg, int i)
{
	switch (i) {
	case I_GROUP: return pg->kind == MK_COUNT || meeting_kind_allows_group((enum meeting_kind)pg->kind);
	case I_SPEAKER: return pg->kind == MK_LECTURE || *value(pg, I_SPEAKER);
	case I_VOTES: return pg->kind < MK_COUNT && meeting_kind_votes((enum meeting_kind)pg->kind);
	}
	return true;
}

/* The fields shown follow the kind (主讲人 for a 党课, votes for the
 * meetings that vote). */
static void fields_show(struct page *pg)
{
	for (int i = 0; i < I_COUNT; i++)
		pg->fields[i].hidden = !is_visible(pg, i);
}

static long long group_id(const struct page *pg)
{
	if (pg->group <= 0 || !is_visible(pg, I_GROUP))
		return 0;
	return group_id_by_name(pg->app->db, pg->groups.names[pg->group], false);
}

/* ---- the attendance held by the page */

static struct att *att_find(struct page *pg, long long member_id)
{
	for (int i = 0; i < pg->natt; i++)
		if (pg->att[i].member_id == member_id)
			return &pg->att[i];
	return NULL;
}

static struct att *att_add(struct page *pg, long long member_id)
{
	pg->att = grow_array(pg->att, pg->natt, &pg->att_cap, 32, sizeof *pg->att);
	struct att *a = &pg->att[pg->natt++];
	memset(a, 0, sizeof *a);
	a->member_id = member_id;
	a->present = true;
	struct member m;
	if (member_get(pg->app->db, member_id, &m)) {
		text_copy(a->name, sizeof a->name, m.name);
		text_copy(a->group, sizeof a->group, m.group);
		text_copy(a->kind, sizeof a->kind, m.kind);
	}
	return a;
}

static void mark_expected(void *ctx, long long member_id)
{
	struct page *pg = ctx;
	struct att *a = att_find(pg, member_id);
	if (!a && pg->id)
		return; /* a minute's record is what was written down */
	if (!a)
		a = att_add(pg, member_id);
	a->expected = true;
}

/* The date of the page, when it reads as one. */
static bool page_date(const struct page *pg, char out[DATE_ISO_SIZE])
{
	struct date d;
	const char *why;
	if (!date_parse(value(pg, I_DATE), &d, &why))
		return false;
	date_format(d, out);
	return true;
}

/* Who should attend, for the kind, group and date on the page: a new
 * minute's list follows them (those added by hand stay); a stored one's
 * list is only marked. */
static void expected_refresh(struct page *pg)
{
	char day[DATE_ISO_SIZE];
	if (pg->kind == MK_COUNT || !page_date(pg, day))
		return;
	long long gid = group_id(pg);
	if (pg->list_kind == pg->kind && pg->list_group == gid && !strcmp(pg->list_date, day))
		return;
	for (int i = 0; i < pg->natt; i++)
		pg->att[i].expected = false;
	if (!meeting_expected_each(pg->app->db, (enum meeting_kind)pg->kind, gid, day, mark_expected, pg)) {
		ui_error(pg->app->ui, "%s", db_error(pg->app->db));
		return;
	}
	if (!pg->id) {
		int n = 0;
		for (int i = 0; i < pg->natt; i++)
			if (pg->att[i].expected || pg->att[i].by_hand)
				pg->att[n++] = pg->att[i];
		pg->natt = n;
	}
	pg->list_kind = pg->kind;
	pg->list_group = gid;
	text_copy(pg->list_date, sizeof pg->list_date, day);
}

static void att_counts(const struct page *pg, int *expected, int *present)
{
	*expected = *present = 0;
	for (int i = 0; i < pg->natt; i++) {
		if (pg->att[i].removed)
			continue;
		(*expected)++;
		*present += pg->att[i].present;
	}
}

/* "应到 10 人，实到 9 人；缺席：赵六（外出务工）" */
static void att_summary(const struct page *pg, char *out, size_t size)
{
	int expected, present;
	att_counts(pg, &expected, &present);
	snprintf(out, size, _("should attend %d, attended %d"), expected, present);
	size_t len = strlen(out);
	bool first = true;
	for (int i = 0; i < pg->natt && len + 1 < size; i++) {
		const struct att *a = &pg->att[i];
		if (a->removed || a->present)
			continue;
		snprintf(out + len, size - len, "%s%s%s%s%s", first ? _("; absent: ") : "、", a->name,
			 *a->reason ? "（" : "", a->reason, *a->reason ? "）" : "");
		len = strlen(out);
		first = false;
	}
}

/* ---- loading */

static void add_motion(void *ctx, const struct motion *mo)
{
	struct page *pg = ctx;
	pg->motions = grow_array(pg->motions, pg->nmotions, &pg->motions_cap, 8, sizeof *pg->motions);
	pg->motions[pg->nmotions++] = *mo;
}

static int group_index(const struct page *pg, const char *name)
{
	for (int i = 1; i < pg->groups.count; i++)
		if (!strcmp(pg->groups.names[i], name))
			return i;
	return 0;
}

/* Read the minute pg->id with its attendance and votes. */
static bool page_load(struct page *pg)
{
	struct db *db = pg->app->db;
	struct meeting m;
	meeting_init(&m);
	if (!meeting_get(db, pg->id, &m) || !meeting_load_attendance(db, &m)) {
		meeting_done(&m);
		return false;
	}
	pg->kind = m.kind;
	pg->group = group_index(pg, m.group);
	pg->cancelled = m.cancelled;
	text_copy(pg->cancel_reason, sizeof pg->cancel_reason, m.cancel_reason);
	set_value(pg, I_KIND, meeting_kind_names[m.kind]);
	set_value(pg, I_GROUP, pg->groups.names[pg->group]);
	set_value(pg, I_TITLE, m.title);
	set_value(pg, I_DATE, m.date);
	set_value(pg, I_START, m.start_time);
	set_value(pg, I_END, m.end_time);
	set_value(pg, I_PLACE, m.place);
	set_value(pg, I_GUESTS, m.guests);
	form_set_member(&pg->form, I_HOST, m.host_id, m.host);
	form_set_member(&pg->form, I_RECORDER, m.recorder_id, m.recorder);
	form_set_member(&pg->form, I_SPEAKER, m.speaker_id, m.speaker);
	set_value(pg, I_AGENDA, m.agenda);
	set_value(pg, I_DISCUSSION, m.discussion);
	set_value(pg, I_DECISIONS, m.decisions);
	pg->natt = 0;
	for (size_t i = 0; i < m.natt; i++) {
		const struct attendee *src = &m.att[i];
		struct att *a = att_add(pg, src->member_id);
		text_copy(a->name, sizeof a->name, src->name);
		text_copy(a->group, sizeof a->group, src->group);
		text_copy(a->kind, sizeof a->kind, src->voting ? "正式" : "预备");
		a->present = a->was_present = src->present;
		text_copy(a->reason, sizeof a->reason, src->reason);
		text_copy(a->was_reason, sizeof a->was_reason, src->reason);
		a->stored = true;
	}
	pg->turnout = m.turnout;
	pg->nmotions = 0;
	bool ok = meeting_motions_each(db, pg->id, add_motion, pg);
	meeting_done(&pg->loaded);
	pg->loaded = m;
	pg->list_kind = -1;
	expected_refresh(pg);
	for (int i = 0; i < pg->natt; i++)
		pg->att[i].by_hand = !pg->att[i].expected;
	form_clear_errors(&pg->form);
	pg->form.dirty = false;
	fields_show(pg);
	return ok;
}

/* ---- checking and saving */

static int item_of_field(enum minute_field f)
{
	for (int i = 0; i < I_COUNT; i++)
		if (items[i].field == f)
			return i;
	return f == MIN_ABSENT ? I_ATTENDANCE : I_TITLE;
}

static void report_problem(void *ctx, enum minute_field f, const char *why)
{
	struct page *pg = ctx;
	int i = item_of_field(f);
	if (!pg->fields[i].message[0])
		form_error(&pg->form, i, "%s", why);
}

static bool is_line(int i)
{
	return items[i].type == FORM_TEXT || items[i].type == FORM_DATE;
}

/* Check one-line field i as the cursor leaves it (the form's check); a date
 * or a time is shown as it will be stored. */
static void check_item(void *ctx, struct form *form, int i)
{
	struct page *pg = ctx;
	(void)form;
	if (i >= I_COUNT || !is_line(i))
		return;
	struct meeting tmp;
	meeting_init(&tmp);
	const char *why = minute_set_field(&tmp, items[i].field, value(pg, i));
	if (why)
		form_error(&pg->form, i, "%s", why);
	else if (i == I_DATE && strcmp(tmp.date, value(pg, i)))
		set_value(pg, i, tmp.date);
	else if ((i == I_START || i == I_END) && strcmp(i == I_START ? tmp.start_time : tmp.end_time, value(pg, i)))
		set_value(pg, i, i == I_START ? tmp.start_time : tmp.end_time);
	meeting_done(&tmp);
	if (i == I_DATE && !why)
		expected_refresh(pg);
}

static void set_field(struct page *pg, struct meeting *m, int i, const char *value)
{
	const char *why = minute_set_field(m, items[i].field, value);
	if (why)
		report_problem(pg, items[i].field, why);
}

/* The page as a struct meeting, read by the rules of the command line. */
static void page_to_meeting(struct page *pg, struct meeting *m)
{
	m->id = pg->id;
	if (pg->kind < MK_COUNT)
		m->kind = (enum meeting_kind)pg->kind;
	for (int i = 0; i < I_COUNT; i++) {
		if (is_line(i) || items[i].type == FORM_LINES) {
			set_field(pg, m, i, value(pg, i));
		} else if (items[i].type == FORM_MEMBER) {
			char name[MINUTE_NAME_SIZE];
			if (pg->fields[i].member_id)
				snprintf(name, sizeof name, "#%lld", pg->fields[i].member_id);
			else
				text_copy(name, sizeof name, is_visible(pg, i) ? value(pg, i) : "");
			set_field(pg, m, i, name);
		}
	}
	set_field(pg, m, I_GROUP, pg->group > 0 && is_visible(pg, I_GROUP) ? pg->groups.names[pg->group] : "");
	for (int i = 0; i < pg->natt; i++) {
		const struct att *a = &pg->att[i];
		char name[32];
		if (a->removed)
			continue;
		snprintf(name, sizeof name, "#%lld", a->member_id);
		meeting_add_attendee(m, name, a->present, a->reason)->member_id = a->member_id;
	}
}

struct save {
	struct page *pg;
	struct meeting *m;
};

static bool write_minute(void *ctx, struct db *db)
{
	struct save *s = ctx;
	struct page *pg = s->pg;
	if (!pg->id)
		return meeting_insert(db, s->m);
	if (!meeting_save_edit(db, &pg->loaded, s->m))
		return false;
	for (int i = 0; i < pg->natt; i++) {
		const struct att *a = &pg->att[i];
		if (a->removed) {
			if (a->stored && !meeting_unattend(db, pg->id, a->member_id))
				return false;
			continue;
		}
		if ((!a->stored || a->present != a->was_present || strcmp(a->reason, a->was_reason)) &&
		    !meeting_attend(db, pg->id, a->member_id, a->present, a->reason))
			return false;
	}
	return true;
}

static int first_message(const struct page *pg)
{
	return form_error_count(&pg->form) ? 0 : -1;
}

/* The form's save: the whole minute with its attendance, checked by the
 * command line's rules, in one transaction; the page then reads it again. */
static bool page_save(void *ctx, struct form *form)
{
	struct page *pg = ctx;
	struct ui *ui = pg->app->ui;
	struct db *db = pg->app->db;
	(void)form;
	if (!pg->id)
		expected_refresh(pg);
	struct meeting m;
	meeting_init(&m);
	page_to_meeting(pg, &m);
	if (first_message(pg) < 0)
		minute_check(&m, date_today(), report_problem, pg);
	if (first_message(pg) < 0)
		meeting_resolve(db, &m, report_problem, pg);
	long long same = 0;
	if (first_message(pg) < 0 && !pg->id && (same = meeting_find_same(db, &m)))
		form_error(&pg->form, I_TITLE, _("recorded already, as meeting #%lld"), same);
	if (first_message(pg) >= 0) {
		meeting_done(&m);
		return false;
	}
	struct save s = { pg, &m };
	bool ok = app_transaction(pg->app, write_minute, &s);
	if (ok) {
		bool added = !pg->id;
		pg->id = m.id;
		pg->wrote = true;
		if (!page_load(pg))
			ui_error(ui, "%s", db_error(db));
		else
			ui_status(ui, added ? _("Recorded meeting #%lld: should attend %d, attended %d.")
					    : _("Saved meeting #%lld: should attend %d, attended %d."),
				  pg->id, pg->turnout.expected, pg->turnout.present);
		pg->form.said = true;
	}
	meeting_done(&m);
	return ok;
}

/* ---- the attendance list */

/* A member's place on the roster (group, then join date, then name). */
struct rank {
	long long id;
	int rank;
};

struct attendance {
	struct page *pg;
	struct table_list *source;
	struct table *table;
	struct table_column cols[6];  /* the table keeps a pointer to them */
	int *rows;                    /* indexes into pg->att of the rows shown */
	int nrows, cap;
	struct rank *ranks;           /* by id */
	size_t nranks, ranks_cap;
	char query[LINEEDIT_SIZE];    /* the search: part of a name or its initials */
};

static int rank_by_id(const void *a, const void *b)
{
	const struct rank *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

/* The roster order of every member, those who left too. */
static void ranks_load(struct attendance *at)
{
	struct member_filter f = { .include_left = true };
	struct member m;
	struct member_iter *it = member_iter_new(at->pg->app->db, &f, MSORT_ROSTER, false, 0, -1);
	while (it && member_iter_next(it, &m)) {
		at->ranks = grow_array(at->ranks, at->nranks, &at->ranks_cap, 64, sizeof *at->ranks);
		at->ranks[at->nranks] = (struct rank){ m.id, (int)at->nranks };
		at->nranks++;
	}
	member_iter_free(it);
	if (at->nranks)
		qsort(at->ranks, at->nranks, sizeof *at->ranks, rank_by_id);
}

static int rank_of(const struct attendance *at, long long id)
{
	struct rank key = { id, 0 };
	const struct rank *r = at->nranks ? bsearch(&key, at->ranks, at->nranks, sizeof key, rank_by_id) : NULL;
	return r ? r->rank : (int)at->nranks;
}

static struct attendance *sorting; /* for qsort: the list being sorted */

static int row_by_rank(const void *a, const void *b)
{
	const struct att *x = &sorting->pg->att[*(const int *)a], *y = &sorting->pg->att[*(const int *)b];
	int rx = rank_of(sorting, x->member_id), ry = rank_of(sorting, y->member_id);
	return rx != ry ? (rx > ry) - (rx < ry) : *(const int *)a - *(const int *)b;
}

/* The rows shown: in roster order, those the search finds. */
static void attendance_select(struct attendance *at)
{
	if (at->cap < at->pg->natt + 1) {
		at->cap = at->pg->natt + 16;
		at->rows = realloc(at->rows, (size_t)at->cap * sizeof *at->rows);
		if (!at->rows)
			abort();
	}
	at->nrows = 0;
	for (int i = 0; i < at->pg->natt; i++)
		if (!at->pg->att[i].removed && pinyin_name_matches(at->pg->att[i].name, at->query))
			at->rows[at->nrows++] = i;
	sorting = at;
	qsort(at->rows, (size_t)at->nrows, sizeof *at->rows, row_by_rank);
}

/* A row's id is its place among the rows shown + 1. */
static bool fill_attendance(void *ctx, struct table_list *list)
{
	struct attendance *at = ctx;
	attendance_select(at);
	for (int r = 0; r < at->nrows; r++) {
		const struct att *a = &at->pg->att[at->rows[r]];
		const char *state = a->present ? _("✓ present") : _("✗ absent");
		const char *note = a->by_hand ? _("added") : "";
		const char *cells[] = { state, a->name, a->group, a->kind, a->reason, note };
		table_list_add(list, r + 1, a->present ? UI_NORMAL : UI_MESSAGE, cells);
	}
	return true;
}

static struct att *attendance_cursor(struct attendance *at)
{
	long long r = table_cursor_id(at->table);
	return r >= 1 && r <= at->nrows ? &at->pg->att[at->rows[r - 1]] : NULL;
}

static void attendance_draw(void *ctx, struct ui *ui)
{
	struct attendance *at = ctx;
	int y, h, cols = ui_cols(ui);
	char line[1024];
	int expected, present;
	ui_area(ui, &y, &h);
	att_counts(at->pg, &expected, &present);
	snprintf(line, sizeof line, _("Attendance: should attend %d, attended %d, absent %d"), expected, present,
		 expected - present);
	if (*at->query) {
		size_t len = strlen(line);
		snprintf(line + len, sizeof line - len, _(" · search: %s (%d shown)"), at->query, at->nrows);
	}
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	table_draw(at->table, y + 1, 1, h - 1, cols - 2);
}

struct reason_form {
	char text[128];
};

static bool reason_save(void *ctx, struct form *form)
{
	struct reason_form *r = ctx;
	char buf[LINEEDIT_SIZE];
	text_copy(buf, sizeof buf, form_get(form, 0));
	text_trim(buf);
	if (!text_copy(r->text, sizeof r->text, buf)) {
		form_error(form, 0, "%s", _("too long"));
		return false;
	}
	return true;
}

/* Absent, with a reason. */
static bool ask_reason(struct page *pg, struct att *a)
{
	struct reason_form r = { "" };
	char title[256];
	struct form_field field = { .label = _("Reason for absence"), .type = FORM_TEXT };
	snprintf(title, sizeof title, _("%s was absent: why?"), a->name);
	struct form form = { .title = title, .fields = &field, .count = 1, .save = reason_save, .ctx = &r };
	form_set(&form, 0, a->reason);
	if (!form_run(pg->app->ui, &form))
		return false;
	if (a->present || strcmp(a->reason, r.text))
		pg->form.dirty = true;
	a->present = false;
	text_copy(a->reason, sizeof a->reason, r.text);
	return true;
}

static void attendance_add(struct attendance *at)
{
	struct page *pg = at->pg;
	char name[MINUTE_NAME_SIZE];
	long long id = member_pick(pg->app->ui, pg->app->db, _("Add to the attendance"), NULL, name, sizeof name);
	if (!id)
		return;
	struct att *a = att_find(pg, id);
	if (a && !a->removed) {
		ui_status(pg->app->ui, _("%s is on the list already."), a->name);
	} else if (a) {
		a->removed = false;
		a->present = true;
		pg->form.dirty = true;
	} else {
		a = att_add(pg, id);
		a->by_hand = true;
		pg->form.dirty = true;
	}
	table_reload(at->table, false);
	attendance_select(at);
	for (int r = 0; r < at->nrows; r++)
		if (&pg->att[at->rows[r]] == a)
			table_set_cursor(at->table, r);
}

/* Who attended: a page (screen_run) over the minute's form, arg the
 * minute's page.  Space marks present or absent and stays on the person
 * (the Enter that follows writes that person's reason). */
static void *attendance_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ _("Attendance"), 8, 0, false }, { _("Name"), 10, 1, false }, { _("Party group"), 10, 1, false },
		{ _("Member kind"), 8, 0, false }, { _("Reason for absence"), 12, 2, false }, { "", 4, 0, false },
	};
	(void)app;
	struct attendance *at = calloc(1, sizeof *at);
	if (!at)
		abort();
	at->pg = (struct page *)arg;
	ranks_load(at);
	memcpy(at->cols, cols, sizeof cols);
	at->source = table_list_new(6, fill_attendance, at);
	at->table = table_new(at->cols, 6, table_list_source(at->source));
	table_set_unsortable(at->table); /* roster order */
	table_set_empty_text(at->table, _("Nobody is on the list: a adds the people who attended."));
	return at;
}

static void attendance_close(void *st)
{
	struct attendance *at = st;
	table_free(at->table);
	table_list_free(at->source);
	free(at->rows);
	free(at->ranks);
	free(at);
}

static bool attendance_dirty(void *st)
{
	const struct attendance *at = st;
	return at->pg->form.dirty;
}

static void attendance_search_changed(void *ctx)
{
	struct attendance *at = ctx;
	table_reload(at->table, true);
}

static bool attendance_move(void *ctx, enum action a)
{
	struct attendance *at = ctx;
	return table_key(at->table, a);
}

static int attendance_key(void *st, enum action a, int key)
{
	struct attendance *at = st;
	struct page *pg = at->pg;
	if (table_key(at->table, a))
		return SCREEN_DONE;
	struct att *row = attendance_cursor(at);
	if (a == ACT_ATTEND_ADD) {
		attendance_add(at);
	} else if (a == ACT_SEARCH || (a == ACT_NONE && key_is_text(key))) {
		/* a name typed without / searches too */
		ui_search(pg->app->ui, _("Search (name or pinyin): "), at->query, sizeof at->query,
			  a == ACT_NONE ? key : 0, attendance_search_changed, attendance_move, at);
	} else if (a == ACT_BACK && *at->query) {
		at->query[0] = '\0';
		table_reload(at->table, true);
	} else if (a != ACT_ATTEND_TOGGLE && a != ACT_ATTEND_REASON && a != ACT_ATTEND_REMOVE) {
		return SCREEN_UNUSED;
	} else if (!row) {
		return SCREEN_DONE;
	} else if (a == ACT_ATTEND_TOGGLE) {
		row->present = !row->present;
		if (row->present)
			row->reason[0] = '\0';
		pg->form.dirty = true;
		table_reload(at->table, false);
	} else if (a == ACT_ATTEND_REASON) {
		if (ask_reason(pg, row))
			table_reload(at->table, false);
	} else if (row->expected) {
		ui_error(pg->app->ui, _("%s should attend: mark the absence (Space) instead."), row->name);
	} else {
		if (row->stored) {
			row->removed = true;
		} else {
			size_t i = (size_t)(row - pg->att);
			memmove(row, row + 1, (size_t)(pg->natt - 1 - (int)i) * sizeof *row);
			pg->natt--;
		}
		pg->form.dirty = true;
		table_reload(at->table, false);
	}
	return SCREEN_DONE;
}

static const enum ui_context attendance_contexts[] = { CTX_ATTENDANCE, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action attendance_bar[] = {
	ACT_BACK, ACT_ATTEND_TOGGLE, ACT_ATTEND_REASON, ACT_ATTEND_ADD, ACT_ATTEND_REMOVE, ACT_HELP, ACT_NONE,
};

static const struct screen_ops attendance_screen = {
	.name = "attendance", .title = N_("Attendance"),
	.open = attendance_open, .close = attendance_close, .draw = attendance_draw, .key = attendance_key,
	.contexts = attendance_contexts, .bar = attendance_bar, .dirty = attendance_dirty,
};

/* ---- votes */

enum { V_MOTION, V_YES, V_NO, V_ABSTAIN, V_FIELDS };

struct vote {
	struct page *pg;
	char motion[512];
	int count[3];                 /* 赞成, 反对, 弃权 */
	struct vote_result result;
};

static bool vote_write(void *ctx, struct db *db)
{
	struct vote *v = ctx;
	return meeting_vote(db, v->pg->id, v->motion, v->count[0], v->count[1], v->count[2], &v->result, NULL);
}

static bool vote_number(struct form *form, int i, int *out)
{
	char buf[64], *end;
	text_copy(buf, sizeof buf, form_get(form, i));
	text_trim(buf);
	long n = strtol(buf, &end, 10);
	if (!*buf) {
		*out = 0;
		return true;
	}
	if (*end || n < 0 || n > 100000) {
		form_error(form, i, "%s", _("a number of votes, 0 or more"));
		return false;
	}
	*out = (int)n;
	return true;
}

/* The result of a vote in words: "不足法定人数。未达法定人数：...". */
static void vote_words(const char *result, const char *why, char *out, size_t size)
{
	if (why)
		snprintf(out, size, _("%s. %s"), result, why);
	else
		snprintf(out, size, "%s", result);
}

static bool vote_save(void *ctx, struct form *form)
{
	struct vote *v = ctx;
	struct page *pg = v->pg;
	char buf[LINEEDIT_SIZE];
	text_copy(buf, sizeof buf, form_get(form, V_MOTION));
	text_trim(buf);
	if (!*buf)
		form_error(form, V_MOTION, "%s", _("required"));
	else if (!text_copy(v->motion, sizeof v->motion, buf))
		form_error(form, V_MOTION, "%s", _("too long"));
	for (int i = 0; i < 3; i++)
		vote_number(form, V_YES + i, &v->count[i]);
	if (text_blank(form_get(form, V_YES)) && !form->fields[V_YES].message[0])
		form_error(form, V_YES, "%s", _("required"));
	if (form_error_count(form))
		return false;
	bool valid;
	struct vote_result r = meeting_vote_check((enum meeting_kind)pg->kind, &pg->turnout, v->count[0], v->count[1],
						  v->count[2], &valid);
	if (!valid) {
		form_error(form, V_YES, "%s", r.why);
		return false;
	}
	char words[512], question[1024];
	vote_words(meeting_vote_result_name(&r), r.why, words, sizeof words);
	snprintf(question, sizeof question, _("Voting members: should attend %d, attended %d.\n"
					      "For %d, against %d, abstaining %d.\n%s\nRecord this vote?"),
		 pg->turnout.voting_expected, pg->turnout.voting_present, v->count[0], v->count[1], v->count[2],
		 words);
	if (!ui_confirm(pg->app->ui, question, true))
		return false;
	return app_transaction(pg->app, vote_write, v);
}

static void page_vote(struct page *pg)
{
	struct ui *ui = pg->app->ui;
	if (pg->cancelled) {
		ui_error(ui, "%s", _("This meeting was cancelled: it takes no votes."));
		pg->form.said = true;
		return;
	}
	if (!pg->id || pg->form.dirty) {
		if (!ui_confirm(ui, _("A vote counts the attendance as saved. Save the minute first?"), true) ||
		    !form_submit(&pg->form))
			return;
	}
	struct vote v = { .pg = pg };
	struct form_field fields[V_FIELDS] = {
		[V_MOTION] = { .label = _("Motion"), .type = FORM_TEXT, .required = true },
		[V_YES] = { .label = _("For"), .type = FORM_TEXT, .required = true },
		[V_NO] = { .label = _("Against"), .type = FORM_TEXT },
		[V_ABSTAIN] = { .label = _("Abstaining"), .type = FORM_TEXT },
	};
	char title[256];
	snprintf(title, sizeof title, _("A vote at meeting #%lld: voting members should attend %d, attended %d"),
		 pg->id, pg->turnout.voting_expected, pg->turnout.voting_present);
	struct form form = { .title = title, .fields = fields, .count = V_FIELDS, .save = vote_save, .ctx = &v };
	for (int i = 0; i < V_FIELDS; i++)
		form_set(&form, i, "");
	if (!form_run(ui, &form))
		return;
	pg->wrote = true;
	pg->nmotions = 0;
	if (!meeting_motions_each(pg->app->db, pg->id, add_motion, pg))
		ui_error(ui, "%s", db_error(pg->app->db));
	char words[512];
	vote_words(meeting_vote_result_name(&v.result), v.result.why, words, sizeof words);
	ui_status(ui, _("Vote recorded: %s"), words);
	pg->form.said = true;
}

/* ---- the page: the minute's form run as a screen */

static int votes_rows(void *ctx, int field)
{
	const struct page *pg = ctx;
	int n = 1;
	(void)field;
	for (int k = 0; k < pg->nmotions; k++)
		n += pg->motions[k].why ? 3 : 2;
	return n;
}

static void draw_votes(void *ctx, int field, struct ui *ui, int y, int x, int width, bool focus)
{
	const struct page *pg = ctx;
	char line[1024];
	(void)field;
	(void)ui;
	if (pg->nmotions == 0)
		snprintf(line, sizeof line, "%s", _("(none: Enter records a vote on a motion)"));
	else
		snprintf(line, sizeof line, _("%d motions voted on; Enter records another"), pg->nmotions);
	ui_text(y++, x, width, line, focus ? UI_FIELD_FOCUS : UI_FIELD);
	for (int k = 0; k < pg->nmotions; k++) {
		const struct motion *mo = &pg->motions[k];
		enum ui_style st = mo->why ? UI_MESSAGE : UI_NORMAL;
		snprintf(line, sizeof line, "%d. %s", k + 1, mo->text);
		ui_text(y++, x, width, line, st);
		snprintf(line, sizeof line, _("   for %d, against %d, abstaining %d: %s (voting members should attend %d, attended %d)"),
			 mo->yes, mo->no, mo->abstain, mo->result, mo->expected, mo->present);
		ui_text(y++, x, width, line, st);
		if (mo->why) {
			snprintf(line, sizeof line, "   %s", mo->why);
			ui_text(y++, x, width, line, st);
		}
	}
}

static bool open_votes(void *ctx, struct form *form, int field)
{
	(void)form;
	(void)field;
	page_vote(ctx);
	return true;
}

static void draw_attendance(void *ctx, int field, struct ui *ui, int y, int x, int width, bool focus)
{
	char line[1024];
	(void)field;
	(void)ui;
	att_summary(ctx, line, sizeof line);
	ui_text(y, x, width, line, focus ? UI_FIELD_FOCUS : UI_FIELD);
}

static bool open_attendance(void *ctx, struct form *form, int field)
{
	struct page *pg = ctx;
	(void)field;
	check_item(pg, form, I_DATE);
	expected_refresh(pg);
	screen_run(pg->app, &attendance_screen, pg);
	return true;
}

/* A choice or a member changed: the kind and the group decide who should
 * attend and which fields show. */
static void item_changed(void *ctx, struct form *form, int i)
{
	struct page *pg = ctx;
	(void)form;
	if (i == I_KIND || i == I_GROUP) {
		int k = 0;
		const char *v = value(pg, i);
		if (i == I_KIND) {
			for (k = 0; k < MK_COUNT && strcmp(meeting_kind_names[k], v); k++)
				;
			pg->kind = k;
		} else {
			pg->group = group_index(pg, v);
		}
		expected_refresh(pg);
	}
	fields_show(pg);
}

static void page_draw(void *ctx, struct ui *ui)
{
	struct page *pg = ctx;
	if (pg->id)
		snprintf(pg->title, sizeof pg->title, _("Minute #%lld · %s · %s"), pg->id,
			 pg->kind < MK_COUNT ? meeting_kind_names[pg->kind] : _("(choose)"), value(pg, I_DATE));
	else
		snprintf(pg->title, sizeof pg->title, "%s", _("A new minute"));
	size_t len = strlen(pg->title);
	if (pg->cancelled)
		snprintf(pg->title + len, sizeof pg->title - len, _(" · cancelled: %s"), pg->cancel_reason);
	len = strlen(pg->title);
	if (pg->form.dirty)
		snprintf(pg->title + len, sizeof pg->title - len, "%s", _(" · not saved"));
	form_draw(&pg->form, ui);
}

static void page_free(struct page *pg)
{
	form_done(&pg->form);
	group_names_free(&pg->groups);
	meeting_done(&pg->loaded);
	free(pg->att);
	free(pg->motions);
	free(pg);
}

/* The minute: a page (screen_run) whose keys follow the field with the
 * focus (a line, or a longer text). */
struct minute_arg {
	long long id;
	int kind;
	const char *day;
};

/* The form of the page: the fields of items[], empty. */
static void page_form(struct page *pg)
{
	struct app *app = pg->app;
	group_choices(app->db, &pg->groups);
	pg->kinds[0] = "";
	for (int k = 0; k < MK_COUNT; k++)
		pg->kinds[k + 1] = meeting_kind_names[k];
	pg->kinds[MK_COUNT + 1] = NULL;
	for (int i = 0; i < I_COUNT; i++) {
		struct form_field *f = &pg->fields[i];
		f->label = item_label(i);
		f->type = items[i].type;
		f->required = items[i].field == MIN_KIND || items[i].field == MIN_DATE;
		f->rows = items[i].rows;
		f->editor_file = items[i].file;
		f->name_typed = f->type == FORM_MEMBER;
	}
	pg->fields[I_KIND].choices = pg->kinds;
	pg->fields[I_KIND].empty_label = _("(choose)");
	pg->fields[I_GROUP].choices = pg->groups.names;
	pg->fields[I_GROUP].empty_label = _("(none)");
	pg->fields[I_START].hint = pg->fields[I_END].hint = _("A time of day such as 14:30");
	pg->fields[I_GUESTS].hint = _("Who attended without being a member of the branch");
	pg->fields[I_ATTENDANCE].hint = _("Enter: who attended, who was absent and why");
	pg->fields[I_ATTENDANCE].action_draw = draw_attendance;
	pg->fields[I_ATTENDANCE].action_open = open_attendance;
	pg->fields[I_VOTES].hint = _("Enter records a vote on a motion: for, against, abstaining");
	pg->fields[I_VOTES].action_rows = votes_rows;
	pg->fields[I_VOTES].action_draw = draw_votes;
	pg->fields[I_VOTES].action_open = open_votes;
	pg->form = (struct form){ .title = pg->title, .fields = pg->fields, .count = I_COUNT, .check = check_item,
				  .save = page_save, .changed = item_changed, .ctx = pg, .db = app->db };
	for (int i = 0; i < I_COUNT; i++)
		set_value(pg, i, "");
}

static void *minute_open(struct app *app, const void *arg)
{
	const struct minute_arg *ma = arg;
	struct page *pg = calloc(1, sizeof *pg);
	if (!pg)
		abort();
	pg->app = app;
	pg->id = ma->id;
	pg->kind = ma->kind >= 0 && ma->kind < MK_COUNT ? ma->kind : MK_COUNT;
	pg->list_kind = -1;
	page_form(pg);
	if (ma->id && !page_load(pg)) {
		ui_message(app->ui, _("Meetings"), _("This minute is not in the database any more."));
		page_free(pg);
		return NULL;
	}
	if (!ma->id) {
		if (pg->kind < MK_COUNT)
			set_value(pg, I_KIND, meeting_kind_names[pg->kind]);
		set_value(pg, I_DATE, ma->day ? ma->day : "");
		expected_refresh(pg);
		fields_show(pg);
	}
	form_start(app->ui, &pg->form, ma->id || pg->kind == MK_COUNT ? I_KIND : I_TITLE);
	return pg;
}

static void minute_close(void *st)
{
	page_free(st);
}

static void minute_keymap(void *st, const enum ui_context **contexts, const enum action **bar)
{
	static const enum ui_context field_contexts[] = { CTX_MINUTE, CTX_EDIT, CTX_FORM, CTX_GLOBAL, CTX_END };
	static const enum ui_context text_contexts[] = { CTX_TEXT, CTX_MINUTE, CTX_EDIT, CTX_FORM, CTX_GLOBAL, CTX_END };
	static const enum action field_bar[] = {
		ACT_SAVE, ACT_CANCEL, ACT_CHOOSE, ACT_NEXT_FIELD, ACT_MINUTE_PRINT, ACT_HELP, ACT_NONE,
	};
	static const enum action text_bar[] = {
		ACT_SAVE, ACT_CANCEL, ACT_NEXT_FIELD, ACT_TEXT_EXTERNAL, ACT_HELP, ACT_NONE,
	};
	const struct page *pg = st;
	bool text = form_lines_focused(&pg->form);
	*contexts = text ? text_contexts : field_contexts;
	*bar = text ? text_bar : field_bar;
}

static bool minute_dirty(void *st)
{
	const struct page *pg = st;
	return pg->form.dirty;
}

static int minute_key(void *st, enum action a, int key)
{
	struct page *pg = st;
	if (a == ACT_QUIT)
		return SCREEN_UNUSED;
	if (a == ACT_MINUTE_PRINT) {
		struct meeting m;
		meeting_init(&m);
		if (!pg->id || pg->form.dirty)
			ui_message(pg->app->ui, _("Not printed"), _("Save the minute first (F2): what is printed is the stored minute."));
		else if (!meeting_get(pg->app->db, pg->id, &m))
			ui_error(pg->app->ui, "%s", db_error(pg->app->db));
		else
			minute_print(pg->app, pg->id, atoi(m.date), m.date);
		meeting_done(&m);
		return SCREEN_DONE;
	}
	return form_key(&pg->form, a, key) == FORM_CANCELLED ? SCREEN_CLOSE : SCREEN_DONE;
}

static const struct screen_ops minute_screen = {
	.name = "minute", .title = N_("Meetings"),
	.open = minute_open, .close = minute_close, .draw = page_draw, .key = minute_key,
	.keymap = minute_keymap, .dirty = minute_dirty,
};

void minute_page(struct app *app, long long id, int kind, const char *day)
{
	struct minute_arg arg = { id, kind, day };
	screen_run(app, &minute_screen, &arg);
}
