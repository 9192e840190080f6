/* 党员: the list of members, with incremental search, a limit (filter),
 * sorting by any column, and the ways into a member's details and forms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/idnum.h"
#include "core/text.h"
#include "db/db.h"
#include "db/group.h"
#include "db/member.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/lineedit.h"
#include "ui/search.h"
#include "ui/table.h"
#include "ui/views.h"

enum { COL_NAME, COL_SEX, COL_KIND, COL_JOINED, COL_GROUP, COL_CATEGORY, COL_PHONE, COL_STATUS, COL_COUNT };

/* By column (姓名: full pinyin), then the sort orders that have no column of
 * their own: 姓氏笔画, the order of Chinese rosters. */
static const enum member_sort col_sort[COL_COUNT + 1] = {
	MSORT_NAME, MSORT_SEX, MSORT_KIND, MSORT_JOIN_DATE, MSORT_GROUP, MSORT_CATEGORY, MSORT_PHONE, MSORT_STATUS,
	MSORT_STROKES,
};

struct members_view {
	struct app *app;
	struct table *table;
	struct table_column cols[COL_COUNT];
	struct member_filter filter;
	char kind[16], group[96], status[16], category[16];
	char query[LINEEDIT_SIZE];          /* the search applied, trimmed */
	bool reveal;                        /* phones in full */
	long long total, full, probationary; /* current members */
	bool counted;
};

static void count_members(struct members_view *mv);

static long long list_count(void *ctx)
{
	struct members_view *mv = ctx;
	const struct member_filter *f = &mv->filter;
	/* Everyone: the header has counted them already. */
	if (!f->include_left && !f->kind && !f->group && !f->status && !f->category && !f->search) {
		if (!mv->counted)
			count_members(mv);
		return mv->total;
	}
	return member_count(mv->app->db, f);
}

static bool list_fetch(void *ctx, int sort, bool desc, long long offset, int limit, struct table_rows *rows)
{
	struct members_view *mv = ctx;
	struct member_iter *it = member_iter_new(mv->app->db, &mv->filter,
						 sort < 0 ? MSORT_ROSTER : col_sort[sort], desc, offset, limit);
	if (!it)
		return false;
	struct member m;
	while (member_iter_next(it, &m)) {
		char phone[sizeof m.phone];
		if (mv->reveal)
			snprintf(phone, sizeof phone, "%s", m.phone);
		else
			phone_mask(m.phone, phone, sizeof phone);
		const char *cells[COL_COUNT] = {
			m.name, m.sex, m.kind, m.join_date, m.group, m.category, phone, m.status,
		};
		table_rows_add(rows, m.id, roster_status_left(m.status) ? UI_DIM : UI_NORMAL, cells);
	}
	member_iter_free(it);
	return true;
}

static void *members_open(struct app *app, const void *arg)
{
	(void)arg;
	struct members_view *mv = calloc(1, sizeof *mv);
	if (!mv)
		abort();
	mv->app = app;
	const struct table_column cols[COL_COUNT] = {
		[COL_NAME] = { _(member_fields[MF_NAME].label), 10, 3, false },
		[COL_SEX] = { _(member_fields[MF_SEX].label), 4, 0, false },
		[COL_KIND] = { _(member_fields[MF_KIND].label), 8, 0, false },
		[COL_JOINED] = { _(member_fields[MF_JOIN_DATE].label), 10, 0, false },
		[COL_GROUP] = { _(member_fields[MF_GROUP].label), 10, 2, false },
		[COL_CATEGORY] = { _(member_fields[MF_CATEGORY].label), 8, 0, false },
		[COL_PHONE] = { _(member_fields[MF_PHONE].label), 12, 1, false },
		[COL_STATUS] = { _(member_fields[MF_STATUS].label), 8, 0, false },
	};
	memcpy(mv->cols, cols, sizeof cols);
	mv->table = table_new(mv->cols, COL_COUNT, (struct table_source){ list_count, list_fetch, mv });
	table_set_extra_sorts(mv->table, 1);
	return mv;
}

static void members_close(void *st)
{
	struct members_view *mv = st;
	table_free(mv->table);
	free(mv);
}

/* The records changed: count and fetch again, the cursor on its member. */
static void members_reload(void *st)
{
	struct members_view *mv = st;
	mv->counted = false;
	table_reload(mv->table, false);
}

static void apply_filter(struct members_view *mv)
{
	mv->filter.kind = *mv->kind ? mv->kind : NULL;
	mv->filter.group = *mv->group ? mv->group : NULL;
	mv->filter.status = *mv->status ? mv->status : NULL;
	mv->filter.category = *mv->category ? mv->category : NULL;
	mv->filter.search = *mv->query ? mv->query : NULL;
	/* Asking for 转出 / 去世 / 出党 means showing those who left. */
	if (mv->filter.status && roster_status_left(mv->filter.status))
		mv->filter.include_left = true;
	table_reload(mv->table, true);
}

static void limit_group(struct members_view *mv, const char *group)
{
	text_copy(mv->group, sizeof mv->group, group);
	apply_filter(mv);
}


static void count_members(struct members_view *mv)
{
	struct member_filter f = { 0 };
	mv->total = member_count(mv->app->db, &f);
	f.kind = "正式";
	mv->full = member_count(mv->app->db, &f);
	f.kind = "预备";
	mv->probationary = member_count(mv->app->db, &f);
	mv->counted = true;
}

static void append(char *buf, size_t size, const char *sep, const char *text)
{
	size_t len = strlen(buf);
	if (!*text || len + 1 >= size)
		return;
	if (len) {
		text_copy(buf + len, size - len, sep);
		len = strlen(buf);
	}
	text_copy(buf + len, size - len, text);
}

static void draw(void *st, struct ui *ui)
{
	struct members_view *mv = st;
	int y, h, cols = ui_cols(ui);
	char line[1024], right[256];
	ui_area(ui, &y, &h);
	if (!mv->counted)
		count_members(mv);
	if (mv->total < 0 || mv->full < 0 || mv->probationary < 0) { /* never "在册党员 -1 人" */
		ui_text(y, 1, cols - 2, _("Cannot read the members from the database."), UI_ERROR);
		ui_error(ui, "%s", db_error(mv->app->db));
		return;
	}

	snprintf(line, sizeof line, _("Members: %lld (full %lld, probationary %lld)"),
		 mv->total, mv->full, mv->probationary);
	int sort = table_sort_column(mv->table);
	if (sort < 0)
		snprintf(right, sizeof right, "%s", _("in roster order"));
	else
		snprintf(right, sizeof right, table_sort_desc(mv->table) ? _("sorted by %s, descending")
									: _("sorted by %s, ascending"),
			 sort < COL_COUNT ? mv->cols[sort].title : _("surname strokes"));
	int rw = text_width(right);
	ui_text(y, 1, cols - rw - 3, line, UI_EMPHASIS);
	ui_text_right(y, cols - rw - 1, rw, right, UI_NORMAL);

	char limits[512] = "";
	append(limits, sizeof limits, "、", mv->kind);
	append(limits, sizeof limits, "、", mv->group);
	append(limits, sizeof limits, "、", mv->status);
	append(limits, sizeof limits, "、", mv->category);
	if (mv->filter.include_left && !(mv->filter.status && roster_status_left(mv->filter.status)))
		append(limits, sizeof limits, "、", _("including those who left"));
	snprintf(line, sizeof line, _("Showing %lld"), table_count(mv->table));
	if (*mv->query) {
		char part[LINEEDIT_SIZE + 64];
		snprintf(part, sizeof part, _("search: %s"), mv->query);
		append(line, sizeof line, " · ", part);
	}
	if (*limits) {
		char part[600];
		snprintf(part, sizeof part, _("limit: %s"), limits);
		append(line, sizeof line, " · ", part);
	}
	ui_text(y + 1, 1, cols - 2, line, UI_NORMAL);
	bool filtered = *mv->query || *limits;
	table_set_empty_text(mv->table, filtered || mv->total
		? _("No member matches. Esc clears the search; f changes the limit.")
		: _("No members yet: a adds one; I imports a roster (花名册) from a file."));
	table_draw(mv->table, y + 2, 1, h - 2, cols - 2);
	if (table_failed(mv->table))
		ui_error(ui, "%s", _("Cannot read the members from the database."));
}

static void set_query(struct members_view *mv, const char *text)
{
	text_copy(mv->query, sizeof mv->query, text);
	text_trim(mv->query);
	apply_filter(mv);
}

static void search_changed(void *ctx)
{
	apply_filter(ctx);
}

static bool search_move(void *ctx, enum action a)
{
	struct members_view *mv = ctx;
	return table_key(mv->table, a);
}

/* The limit: a form of four choices and whether to include those who left. */
enum { LIM_KIND, LIM_GROUP, LIM_STATUS, LIM_CATEGORY, LIM_LEFT, LIM_FIELDS };

static bool limit_save(void *ctx, struct form *form)
{
	struct members_view *mv = ctx;
	text_copy(mv->kind, sizeof mv->kind, form_get(form, LIM_KIND));
	text_copy(mv->group, sizeof mv->group, form_get(form, LIM_GROUP));
	text_copy(mv->status, sizeof mv->status, form_get(form, LIM_STATUS));
	text_copy(mv->category, sizeof mv->category, form_get(form, LIM_CATEGORY));
	mv->filter.include_left = !strcmp(form_get(form, LIM_LEFT), _("yes"));
	apply_filter(mv);
	return true;
}

static void limit_form(struct members_view *mv)
{
	static const char *const kinds[] = { "", "正式", "预备", NULL };
	const char *statuses[16] = { "" }, *categories[16] = { "" };
	const char *yes_no[] = { _("no"), _("yes"), NULL };
	for (int i = 0; roster_statuses[i] && i < 14; i++)
		statuses[i + 1] = roster_statuses[i];
	for (int i = 0; roster_categories[i] && i < 14; i++)
		categories[i + 1] = roster_categories[i];
	struct group_names gn;
	const char *const *groups = group_choices(mv->app->db, &gn);
	const char *all = _("(all)");
	struct form_field fields[LIM_FIELDS] = {
		[LIM_KIND] = { .label = _(member_fields[MF_KIND].label), .type = FORM_CHOICE, .choices = kinds, .empty_label = all },
		[LIM_GROUP] = { .label = _(member_fields[MF_GROUP].label), .type = FORM_CHOICE, .choices = groups, .empty_label = all },
		[LIM_STATUS] = { .label = _(member_fields[MF_STATUS].label), .type = FORM_CHOICE, .choices = statuses, .empty_label = all },
		[LIM_CATEGORY] = { .label = _(member_fields[MF_CATEGORY].label), .type = FORM_CHOICE, .choices = categories, .empty_label = all },
		[LIM_LEFT] = { .label = _("Include those who left"), .type = FORM_CHOICE, .choices = yes_no },
	};
	struct form form = { .title = _("Limit the list to"), .fields = fields, .count = LIM_FIELDS,
			     .save = limit_save, .ctx = mv };
	form_set(&form, LIM_KIND, mv->kind);
	form_set(&form, LIM_GROUP, mv->group);
	form_set(&form, LIM_STATUS, mv->status);
	form_set(&form, LIM_CATEGORY, mv->category);
	form_set(&form, LIM_LEFT, mv->filter.include_left ? _("yes") : _("no"));
	form_run(mv->app->ui, &form);
	group_names_free(&gn);
}

static int key(void *st, enum action a, int key)
{
	struct members_view *mv = st;
	struct app *app = mv->app;
	struct ui *ui = app->ui;
	long long id;
	if (table_key(mv->table, a))
		return SCREEN_DONE;
	switch (a) {
	case ACT_NONE:
		if (!key_is_text(key))
			return SCREEN_UNUSED;
		/* a name typed without / searches too */
		/* fall through */
	case ACT_SEARCH:
		ui_search(ui, _("Search (name, pinyin, ID or phone digits): "), mv->query, sizeof mv->query,
			  a == ACT_NONE ? key : 0,
			  search_changed, search_move, mv);
		break;
	case ACT_BACK:
		if (!*mv->query)
			return SCREEN_UNUSED;
		set_query(mv, "");
		break;
	case ACT_OPEN:
		if ((id = table_cursor_id(mv->table)))
			member_detail(app, id);
		break;
	case ACT_MEMBER_ADD:
		member_edit(app, 0, &id);
		break;
	case ACT_MEMBER_EDIT:
		if ((id = table_cursor_id(mv->table)))
			member_edit(app, id, &id);
		break;
	case ACT_MEMBER_STATUS:
		if ((id = table_cursor_id(mv->table)))
			member_change_status(app, id);
		break;
	case ACT_TALK_ADD:
		if ((id = table_cursor_id(mv->table)))
			member_talk(app, id);
		break;
	case ACT_LIMIT:
		limit_form(mv);
		break;
	case ACT_REVEAL:
		mv->reveal = !mv->reveal;
		table_reload(mv->table, false);
		ui_status(ui, "%s", mv->reveal ? _("Phone numbers are shown in full (i masks them).")
					       : _("Phone numbers are masked."));
		break;
	case ACT_GROUPS:
		screen_run(app, &screen_groups, NULL);
		break;
	default:
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

/* "members:group:NAME" (the party groups' Enter): the members of a group;
 * "members:member:ID" (a to-do about her): her page. */
static int members_go(void *st, const char *link)
{
	struct members_view *mv = st;
	long long id;
	if (sscanf(link, "members:member:%lld", &id) == 1) {
		member_detail(mv->app, id);
		return SCREEN_CLOSE;
	}
	if (!strncmp(link, "members:group:", 14)) {
		mv->query[0] = '\0';
		limit_group(mv, link + 14);
	}
	return SCREEN_DONE;
}

static const enum ui_context contexts[] = { CTX_MEMBERS, CTX_LIMITED, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = {
	ACT_HELP, ACT_SEARCH, ACT_LIMIT, ACT_SORT_NEXT, ACT_MEMBER_ADD, ACT_MEMBER_EDIT,
	ACT_MEMBER_STATUS, ACT_OPEN, ACT_GROUPS, ACT_QUIT, ACT_NONE,
};

const struct screen_ops screen_members = {
	.name = "members", .title = N_("Members"),
	.help = N_("The roster: search, limit, sort; a member's details, forms and history"),
	.open = members_open, .close = members_close, .draw = draw, .key = key,
	.contexts = contexts, .bar = bar, .reload = members_reload,
	.go = members_go, .link_prefix = "members:",
};
