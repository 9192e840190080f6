/* 党小组: the party groups with their leaders and sizes; add, rename, set
 * the leader, or show a group's members in the list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/group.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/table.h"
#include "ui/views.h"

static void add_group_name(void *ctx, const struct party_group *g)
{
	struct group_names *gn = ctx;
	/* room for this name and the NULL that ends the list */
	gn->names = grow_array(gn->names, (size_t)gn->count + 1, &gn->cap, 32, sizeof *gn->names);
	gn->names[gn->count] = strdup(g->name);
	if (!gn->names[gn->count])
		abort();
	gn->names[++gn->count] = NULL;
}

const char *const *group_choices(struct db *db, struct group_names *gn)
{
	static const struct party_group none = { .name = "" };
	memset(gn, 0, sizeof *gn);
	add_group_name(gn, &none);
	group_each(db, add_group_name, gn);
	return gn->names;
}

void group_names_free(struct group_names *gn)
{
	for (int i = 0; i < gn->count; i++)
		free((void *)gn->names[i]);
	free(gn->names);
	memset(gn, 0, sizeof *gn);
}

/* The groups, loaded whole: a branch has a few dozen at most. */
struct groups {
	struct app *app;
	struct party_group *list;
	int count;
	size_t cap;
	bool failed;
	struct table_list *source;
	struct table *table;
	struct table_column cols[3];   /* the table keeps a pointer to them */
};

static void add_group(void *ctx, const struct party_group *g)
{
	struct groups *gs = ctx;
	gs->list = grow_array(gs->list, gs->count, &gs->cap, 16, sizeof *gs->list);
	gs->list[gs->count++] = *g;
}

static bool fill_groups(void *ctx, struct table_list *list)
{
	struct groups *gs = ctx;
	gs->count = 0;
	gs->failed = !group_each(gs->app->db, add_group, gs);
	for (int i = 0; !gs->failed && i < gs->count; i++) {
		char n[32];
		snprintf(n, sizeof n, "%lld", gs->list[i].members);
		const char *cells[] = { gs->list[i].name, gs->list[i].leader_name, n };
		table_list_add(list, gs->list[i].id, UI_NORMAL, cells);
	}
	return !gs->failed;
}

static const struct party_group *cursor_group(struct groups *gs)
{
	long long id = table_cursor_id(gs->table);
	for (int i = 0; i < gs->count; i++)
		if (gs->list[i].id == id)
			return &gs->list[i];
	return NULL;
}

static void groups_draw(void *ctx, struct ui *ui)
{
	struct groups *gs = ctx;
	int y, h, cols = ui_cols(ui);
	char line[256];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, _("Party groups: %lld"), table_count(gs->table));
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	table_draw(gs->table, y + 1, 1, h - 1, cols - 2);
}

/* Add or rename: one field, the name. */
struct group_edit {
	struct groups *gs;
	long long id;          /* 0: a new group */
	char name[96];
};

static bool group_write(void *ctx, struct db *db)
{
	struct group_edit *ge = ctx;
	if (ge->id)
		return group_rename(db, ge->id, ge->name);
	return group_id_by_name(db, ge->name, true) != 0;
}

static bool group_edit_save(void *ctx, struct form *form)
{
	struct group_edit *ge = ctx;
	char name[LINEEDIT_SIZE];
	text_copy(name, sizeof name, form_get(form, 0));
	text_trim(name);
	long long other;
	if (!*name)
		form_error(form, 0, "%s", _("required"));
	else if (utf8_chars(name) > 30 || !text_copy(ge->name, sizeof ge->name, name))
		form_error(form, 0, "%s", _("a party group's name has at most 30 characters"));
	else if ((other = group_id_by_name(ge->gs->app->db, name, false)) && other != ge->id)
		form_error(form, 0, "%s", _("a party group of this name exists already"));
	if (form_error_count(form))
		return false;
	return app_transaction(ge->gs->app, group_write, ge);
}

static void group_edit(struct groups *gs, const struct party_group *g)
{
	struct form_field field = { .label = _("Party group"), .type = FORM_TEXT, .required = true };
	char title[256];
	struct group_edit ge = { .gs = gs, .id = g ? g->id : 0 };
	if (g)
		snprintf(title, sizeof title, _("Rename the party group %s"), g->name);
	else
		snprintf(title, sizeof title, "%s", _("Add a party group"));
	struct form form = { .title = title, .fields = &field, .count = 1, .save = group_edit_save, .ctx = &ge };
	form_set(&form, 0, g ? g->name : "");
	if (form_run(gs->app->ui, &form)) {
		ui_status(gs->app->ui, g ? _("Renamed to %s.") : _("Added %s."), ge.name);
		table_reload(gs->table, false);
	}
}

/* The leader: a member picked among the group's members. */
struct leader {
	struct groups *gs;
	long long group_id, member_id;
};

static bool leader_write(void *ctx, struct db *db)
{
	struct leader *l = ctx;
	return group_set_leader(db, l->group_id, l->member_id);
}

static bool leader_save(void *ctx, struct form *form)
{
	struct leader *l = ctx;
	l->member_id = form->fields[0].member_id;
	return app_transaction(l->gs->app, leader_write, l);
}

static void group_leader(struct groups *gs, const struct party_group *g)
{
	struct form_field field = { .label = _("Leader"), .type = FORM_MEMBER,
				    .empty_label = _("(none)"), .member_group = g->name };
	char title[256];
	struct leader l = { .gs = gs, .group_id = g->id };
	snprintf(title, sizeof title, _("The leader of %s"), g->name);
	struct form form = { .title = title, .fields = &field, .count = 1, .save = leader_save, .ctx = &l,
			     .db = gs->app->db };
	form_set_member(&form, 0, g->leader_id, g->leader_name);
	if (form_run(gs->app->ui, &form)) {
		ui_status(gs->app->ui, "%s", _("Saved."));
		table_reload(gs->table, false);
	}
}

static void *groups_open(struct app *app, const void *arg)
{
	const struct table_column cols[] = {
		{ _("Party group"), 16, 2, false }, { _("Leader"), 12, 1, false }, { _("Size"), 6, 0, true },
	};
	(void)arg;
	struct groups *gs = calloc(1, sizeof *gs);
	if (!gs)
		abort();
	gs->app = app;
	memcpy(gs->cols, cols, sizeof cols);
	gs->source = table_list_new(3, fill_groups, gs);
	gs->table = table_new(gs->cols, 3, table_list_source(gs->source));
	table_set_empty_text(gs->table, _("No party groups yet: a adds one."));
	return gs;
}

static void groups_close(void *st)
{
	struct groups *gs = st;
	table_free(gs->table);
	table_list_free(gs->source);
	free(gs->list);
	free(gs);
}

static void groups_reload(void *st)
{
	struct groups *gs = st;
	table_reload(gs->table, false);
}

static int groups_key(void *st, enum action a, int key)
{
	struct groups *gs = st;
	const struct party_group *g;
	(void)key;
	if (table_key(gs->table, a))
		return SCREEN_DONE;
	table_count(gs->table);
	g = cursor_group(gs);
	if (a == ACT_GROUP_ADD) {
		group_edit(gs, NULL);
	} else if (a == ACT_GROUP_RENAME && g) {
		group_edit(gs, g);
	} else if (a == ACT_GROUP_LEADER && g) {
		struct party_group copy = *g;
		group_leader(gs, &copy);
	} else if (a == ACT_OPEN && g) {
		/* The members of the group, in 党员; Esc comes back. */
		char link[sizeof g->name + 16];
		snprintf(link, sizeof link, "members:group:%s", g->name);
		app_go(gs->app, link);
		return SCREEN_CLOSE;
	} else {
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context contexts[] = { CTX_GROUPS, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = {
	ACT_BACK, ACT_GROUP_ADD, ACT_GROUP_RENAME, ACT_GROUP_LEADER, ACT_OPEN, ACT_HELP, ACT_NONE,
};

const struct screen_ops screen_groups = {
	.name = "groups", .title = N_("Party groups"),
	.help = N_("The party groups (党小组), their leaders and sizes; Enter lists a group's members"),
	.open = groups_open, .close = groups_close, .draw = groups_draw, .key = groups_key,
	.contexts = contexts, .bar = bar, .reload = groups_reload,
};
