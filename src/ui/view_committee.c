/* Two small screens of 会议: the branch committee (who holds which office
 * from when: a assigns one, x ends a term; the committee decides who a
 * 支委会 expects) and the year's 民主评议党员 grades (Enter grades one
 * member, F2 saves them all at once when 优秀 is at most a third of those
 * graded; probationary members take part but are not graded, and say so).
 * The rules are db/role.h's and db/evaluation.h's, as on the command line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/evaluation.h"
#include "db/member.h"
#include "db/role.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/table.h"
#include "ui/views.h"

/* ---- the committee */

struct committee {
	struct app *app;
	struct role_term *terms;
	int count;
	size_t cap;
	bool failed;
	struct table_list *source;
	struct table *table;
	struct table_column cols[4];   /* the table keeps a pointer to them */
};

static void add_term(void *ctx, const struct role_term *t)
{
	struct committee *c = ctx;
	c->terms = grow_array(c->terms, c->count, &c->cap, 16, sizeof *c->terms);
	c->terms[c->count++] = *t;
}

/* The offices held today, in the order of the offices; a row's id is its
 * index in c->terms + 1. */
static bool fill_terms(void *ctx, struct table_list *list)
{
	struct committee *c = ctx;
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	c->count = 0;
	c->failed = !role_each(c->app->db, today, add_term, c);
	for (int i = 0; !c->failed && i < c->count; i++) {
		const struct role_term *t = &c->terms[i];
		const char *cells[] = { branch_role_names[t->role], t->name, t->start, t->end };
		table_list_add(list, i + 1, UI_NORMAL, cells);
	}
	return !c->failed;
}

static void committee_draw(void *ctx, struct ui *ui)
{
	struct committee *c = ctx;
	int y, h, cols = ui_cols(ui);
	char line[256];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, _("The branch committee today: %lld offices held"), table_count(c->table));
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	table_draw(c->table, y + 1, 1, h - 1, cols - 2);
	if (c->failed)
		ui_error(ui, "%s", db_error(c->app->db));
}

enum { R_ROLE, R_MEMBER, R_FROM, R_FIELDS };

struct assignment {
	struct app *app;
	enum branch_role role;
	long long member_id;
	char day[DATE_ISO_SIZE];
};

static bool assign_write(void *ctx, struct db *db)
{
	struct assignment *s = ctx;
	return role_assign(db, s->role, s->member_id, s->day);
}

static bool end_write(void *ctx, struct db *db)
{
	struct assignment *s = ctx;
	return role_end(db, s->member_id, s->role, s->day);
}

static bool assign_save(void *ctx, struct form *form)
{
	struct assignment *s = ctx;
	int r = branch_role_parse(form_get(form, R_ROLE));
	if (r < 0)
		form_error(form, R_ROLE, "%s", _("required"));
	s->member_id = form->fields[R_MEMBER].member_id;
	if (!s->member_id)
		form_error(form, R_MEMBER, "%s", _("required"));
	form_day(form, R_FROM, s->day);
	if (form_error_count(form))
		return false;
	s->role = (enum branch_role)r;
	return app_transaction(s->app, assign_write, s);
}

static void committee_assign(struct committee *c)
{
	static const struct member_filter full = { .kind = "正式", .status = "正常" };
	struct assignment s = { .app = c->app };
	struct form_field fields[R_FIELDS] = {
		[R_ROLE] = { .label = _("Office"), .type = FORM_CHOICE, .required = true, .choices = branch_role_names },
		[R_MEMBER] = { .label = _("Member"), .type = FORM_MEMBER, .required = true, .member_filter = &full },
		[R_FROM] = { .label = _("From"), .type = FORM_DATE, .required = true },
	};
	struct form form = { .title = _("Give a member an office in the branch committee"), .fields = fields,
			     .count = R_FIELDS, .save = assign_save, .ctx = &s, .db = c->app->db };
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	form_set(&form, R_ROLE, branch_role_names[ROLE_SECRETARY]);
	form_set_member(&form, R_MEMBER, 0, "");
	form_set(&form, R_FROM, today);
	if (form_run(c->app->ui, &form)) {
		ui_status(c->app->ui, _("%s is %s from %s."), form_get(&form, R_MEMBER), branch_role_names[s.role], s.day);
		table_reload(c->table, false);
	}
}

static bool end_save(void *ctx, struct form *form)
{
	struct assignment *s = ctx;
	if (!form_day(form, 0, s->day))
		return false;
	return app_transaction(s->app, end_write, s);
}

static void committee_end(struct committee *c, const struct role_term *t)
{
	struct assignment s = { .app = c->app, .role = t->role, .member_id = t->member_id };
	struct form_field field = { .label = _("Last day in office"), .type = FORM_DATE, .required = true };
	char title[256], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("End the term of %s as %s"), t->name, branch_role_names[t->role]);
	struct form form = { .title = title, .fields = &field, .count = 1, .save = end_save, .ctx = &s };
	date_format(date_today(), today);
	form_set(&form, 0, today);
	if (form_run(c->app->ui, &form)) {
		ui_status(c->app->ui, _("%s is no longer %s after %s."), t->name, branch_role_names[t->role], s.day);
		table_reload(c->table, false);
	}
}

static void *committee_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ _("Office"), 10, 0, false }, { _("Name"), 12, 1, false }, { _("From"), 10, 0, false },
		{ _("Last day in office"), 10, 0, false },
	};
	(void)arg;
	struct committee *c = calloc(1, sizeof *c);
	if (!c)
		abort();
	c->app = app;
	memcpy(c->cols, cols, sizeof cols);
	c->source = table_list_new(4, fill_terms, c);
	c->table = table_new(c->cols, 4, table_list_source(c->source));
	table_set_unsortable(c->table); /* by office */
	table_set_empty_text(c->table, _("Nobody holds an office: a gives a member one (书记 first)."));
	return c;
}

static void committee_close(void *st)
{
	struct committee *c = st;
	table_free(c->table);
	table_list_free(c->source);
	free(c->terms);
	free(c);
}

static void committee_reload(void *st)
{
	struct committee *c = st;
	table_reload(c->table, false);
}

static int committee_key(void *st, enum action a, int key)
{
	struct committee *c = st;
	(void)key;
	if (table_key(c->table, a))
		return SCREEN_DONE;
	long long row = table_cursor_id(c->table);
	if (a == ACT_ROLE_ASSIGN) {
		committee_assign(c);
	} else if (a == ACT_ROLE_END && row >= 1 && row <= c->count) {
		struct role_term t = c->terms[row - 1];
		committee_end(c, &t);
	} else {
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context committee_contexts[] = { CTX_COMMITTEE, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action committee_bar[] = { ACT_BACK, ACT_ROLE_ASSIGN, ACT_ROLE_END, ACT_HELP, ACT_QUIT, ACT_NONE };

const struct screen_ops screen_committee = {
	.name = "committee", .title = N_("Committee"),
	.help = N_("The branch committee: who holds which office (书记, 组织委员 ...) from when"),
	.open = committee_open, .close = committee_close, .draw = committee_draw, .key = committee_key,
	.contexts = committee_contexts, .bar = committee_bar, .reload = committee_reload,
};

void committee_page(struct app *app)
{
	screen_run(app, &screen_committee, NULL);
}

/* ---- 民主评议党员 */

struct graded {
	long long member_id;
	char name[MINUTE_NAME_SIZE];
	char group[MINUTE_NAME_SIZE];
	int grade;                  /* GRADE_COUNT: none */
	int stored;                 /* as in the database, GRADE_COUNT: none */
	bool can;                   /* may be graded this year */
	char why[256];              /* why not */
};

struct grades {
	struct app *app;
	int year;
	struct graded *list;
	int count;
	size_t cap;
	bool failed, dirty;
	struct table_column cols[4];   /* the table keeps a pointer to them */
	struct table_list *source;
	struct table *table;
};

static struct graded *graded_find(struct grades *g, long long id)
{
	for (int i = 0; i < g->count; i++)
		if (g->list[i].member_id == id)
			return &g->list[i];
	return NULL;
}

static struct graded *graded_add(struct grades *g, long long id, const char *name, const char *group)
{
	g->list = grow_array(g->list, g->count, &g->cap, 64, sizeof *g->list);
	struct graded *e = &g->list[g->count++];
	memset(e, 0, sizeof *e);
	e->member_id = id;
	text_copy(e->name, sizeof e->name, name);
	text_copy(e->group, sizeof e->group, group);
	e->grade = e->stored = GRADE_COUNT;
	return e;
}

static void add_evaluation(void *ctx, const struct evaluation *ev)
{
	struct grades *g = ctx;
	struct graded *e = graded_find(g, ev->member_id);
	if (!e)
		e = graded_add(g, ev->member_id, ev->name, ev->group);
	e->grade = e->stored = ev->grade;
}

/* The current members in roster order, and anyone graded that year. */
static void grades_load(struct grades *g)
{
	struct db *db = g->app->db;
	struct member_filter f = { 0 };
	struct member m;
	g->count = 0;
	g->dirty = false;
	struct member_iter *it = member_iter_new(db, &f, MSORT_ROSTER, false, 0, -1);
	g->failed = !it;
	while (it && member_iter_next(it, &m))
		graded_add(g, m.id, m.name, m.group);
	member_iter_free(it);
	if (!g->failed)
		g->failed = !evaluation_each(db, g->year, add_evaluation, g);
	for (int i = 0; i < g->count && !g->failed; i++) {
		struct graded *e = &g->list[i];
		int can = evaluation_can_grade(db, g->year, e->member_id);
		e->can = can == 1;
		if (can == 0)
			text_copy(e->why, sizeof e->why, db_error(db));
		g->failed = can < 0;
	}
}

static void grades_tally(const struct grades *g, struct grade_tally *t)
{
	memset(t, 0, sizeof *t);
	for (int i = 0; i < g->count; i++)
		if (g->list[i].grade < GRADE_COUNT)
			t->count[g->list[i].grade]++;
}

/* The rows of g->list as they stand (grades chosen but not saved shown as
 * such); a row's id is its index + 1. */
static bool fill_grades(void *ctx, struct table_list *list)
{
	struct grades *g = ctx;
	for (int i = 0; !g->failed && i < g->count; i++) {
		const struct graded *e = &g->list[i];
		const char *grade = e->grade < GRADE_COUNT ? grade_names[e->grade] : "";
		const char *note = !e->can ? _("not graded")
				 : e->grade != e->stored ? _("changed, not saved") : "";
		const char *cells[] = { e->name, e->group, grade, note };
		table_list_add(list, i + 1, e->can ? UI_NORMAL : UI_DIM, cells);
	}
	return !g->failed;
}

static void grades_draw(void *ctx, struct ui *ui)
{
	struct grades *g = ctx;
	int y, h, cols = ui_cols(ui);
	char line[512], why[256];
	struct grade_tally t;
	ui_area(ui, &y, &h);
	grades_tally(g, &t);
	int graded = grade_tally_total(&t);
	if (!graded)
		snprintf(line, sizeof line, _("民主评议党员 %d: nobody graded yet; 优秀 at most a third of those graded"),
			 g->year);
	else
		snprintf(line, sizeof line, _("民主评议党员 %d: %d graded — 优秀 %d (at most %d), 合格 %d, 基本合格 %d, 不合格 %d"),
			 g->year, graded, t.count[GRADE_EXCELLENT], grade_max_excellent(graded), t.count[GRADE_GOOD],
			 t.count[GRADE_BASIC], t.count[GRADE_FAIL]);
	const char *problem = grade_tally_check(&t, why, sizeof why);
	ui_text(y, 1, cols - 2, line, problem ? UI_OVERDUE : UI_EMPHASIS);
	table_draw(g->table, y + 1, 1, h - 1, cols - 2);
	if (g->failed) {
		ui_error(ui, "%s", db_error(g->app->db));
		return;
	}
	long long row = table_cursor_id(g->table);
	if (problem)
		ui_error(ui, "%s", problem);
	else if (row >= 1 && row <= g->count && !g->list[row - 1].can)
		ui_status_prompt(ui, g->list[row - 1].why, -1);
}

static bool grades_write(void *ctx, struct db *db)
{
	struct grades *g = ctx;
	for (int i = 0; i < g->count; i++) {
		const struct graded *e = &g->list[i];
		if (e->grade < GRADE_COUNT && e->grade != e->stored &&
		    !evaluation_set(db, g->year, e->member_id, (enum grade)e->grade, ""))
			return false;
	}
	return true;
}

static bool grades_save(struct grades *g)
{
	struct grade_tally t;
	char why[256];
	grades_tally(g, &t);
	const char *problem = grade_tally_check(&t, why, sizeof why);
	if (problem) {
		ui_message(g->app->ui, _("Not saved"), problem);
		return false;
	}
	if (!app_transaction(g->app, grades_write, g))
		return false;
	ui_status(g->app->ui, _("Grades for %d saved: 优秀 %d, 合格 %d, 基本合格 %d, 不合格 %d."), g->year,
		  t.count[GRADE_EXCELLENT], t.count[GRADE_GOOD], t.count[GRADE_BASIC], t.count[GRADE_FAIL]);
	grades_load(g);
	table_reload(g->table, false);
	return true;
}

/* arg: the year (an int), NULL for this year. */
static void *grades_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ _("Name"), 12, 1, false }, { _("Party group"), 12, 1, false }, { _("Grade"), 8, 0, false },
		{ "", 12, 1, false },
	};
	struct grades *g = calloc(1, sizeof *g);
	if (!g)
		abort();
	g->app = app;
	g->year = arg ? *(const int *)arg : date_today().y;
	grades_load(g);
	memcpy(g->cols, cols, sizeof cols);
	g->source = table_list_new(4, fill_grades, g);
	g->table = table_new(g->cols, 4, table_list_source(g->source));
	table_set_unsortable(g->table); /* roster order */
	table_set_empty_text(g->table, _("Nobody on the roster."));
	return g;
}

static void grades_close(void *st)
{
	struct grades *g = st;
	table_free(g->table);
	table_list_free(g->source);
	free(g->list);
	free(g);
}

/* The records changed: read again, unless grades are typed and not saved. */
static void grades_reload(void *st)
{
	struct grades *g = st;
	if (g->dirty)
		return;
	grades_load(g);
	table_reload(g->table, false);
}

static bool grades_dirty(void *st)
{
	const struct grades *g = st;
	return g->dirty;
}

static int grades_key(void *st, enum action a, int key)
{
	struct grades *g = st;
	struct app *app = g->app;
	(void)key;
	if (a == ACT_BACK) {
		if (g->dirty && !ui_confirm(app->ui, _("Discard the changes?"), false))
			return SCREEN_DONE;
		if (g->dirty) {
			grades_load(g);
			table_reload(g->table, false);
		}
		return SCREEN_UNUSED;
	}
	if (table_key(g->table, a))
		return SCREEN_DONE;
	long long row = table_cursor_id(g->table);
	if (a == ACT_GRADES_SAVE) {
		grades_save(g);
	} else if (a == ACT_GRADES_REST) {
		int n = 0;
		for (int i = 0; i < g->count; i++)
			if (g->list[i].can && g->list[i].grade == GRADE_COUNT) {
				g->list[i].grade = GRADE_GOOD;
				n++;
			}
		g->dirty |= n > 0;
		table_reload(g->table, false);
		ui_status(app->ui, _("%d more graded 合格: F2 saves."), n);
	} else if (a == ACT_GRADE_SET && row >= 1 && row <= g->count) {
		struct graded *e = &g->list[row - 1];
		if (!e->can) {
			ui_message(app->ui, _("Not graded"), e->why);
			return SCREEN_DONE;
		}
		char title[256];
		snprintf(title, sizeof title, _("%s: grade in %d"), e->name, g->year);
		int at = ui_choose(app->ui, title, grade_names, GRADE_COUNT, e->grade < GRADE_COUNT ? e->grade : GRADE_GOOD);
		if (at >= 0 && at != e->grade) {
			e->grade = at;
			g->dirty = true;
			table_reload(g->table, false);
			table_key(g->table, ACT_DOWN);
		}
	} else {
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context grades_contexts[] = { CTX_GRADES, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action grades_bar[] = { ACT_BACK, ACT_GRADE_SET, ACT_GRADES_REST, ACT_GRADES_SAVE, ACT_HELP, ACT_QUIT, ACT_NONE };

const struct screen_ops screen_grades = {
	.name = "grades", .title = N_("民主评议党员"),
	.help = N_("The year's grades of 民主评议党员: 优秀 at most a third of those graded"),
	.open = grades_open, .close = grades_close, .draw = grades_draw, .key = grades_key,
	.contexts = grades_contexts, .bar = grades_bar, .reload = grades_reload, .dirty = grades_dirty,
};

void grades_page(struct app *app, int year)
{
	screen_run(app, &screen_grades, &year);
}
