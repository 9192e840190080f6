#include "ui/member_pick.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/member.h"
#include "ui/lineedit.h"
#include "ui/table.h"

struct picker {
	struct db *db;
	const char *title;
	struct member_filter filter;
	struct lineedit search;
	char query[LINEEDIT_SIZE]; /* the search, trimmed */
	struct table *table;
};

static long long pick_count(void *ctx)
{
	struct picker *p = ctx;
	return member_count(p->db, &p->filter);
}

static bool pick_fetch(void *ctx, int sort, bool desc, long long offset, int limit, struct table_rows *rows)
{
	struct picker *p = ctx;
	static const enum member_sort sorts[] = { MSORT_NAME, MSORT_GROUP, MSORT_CATEGORY };
	struct member_iter *it = member_iter_new(p->db, &p->filter, sort < 0 ? MSORT_ROSTER : sorts[sort],
						 desc, offset, limit);
	if (!it)
		return false;
	struct member m;
	while (member_iter_next(it, &m)) {
		const char *cells[] = { m.name, m.group, m.category };
		table_rows_add(rows, m.id, UI_BOX, cells);
	}
	member_iter_free(it);
	return true;
}

static void picker_geometry(const struct ui *ui, int *y, int *x, int *h, int *w)
{
	*w = ui_cols(ui) - 8 < 60 ? ui_cols(ui) - 8 : 60;
	*h = ui_lines(ui) - 6 < 18 ? ui_lines(ui) - 6 : 18;
	*y = (ui_lines(ui) - *h) / 2;
	*x = (ui_cols(ui) - *w) / 2;
}

static void picker_draw(void *ctx, struct ui *ui)
{
	struct picker *p = ctx;
	int y, x, h, w, col;
	picker_geometry(ui, &y, &x, &h, &w);
	ui_box(y, x, h, w, p->title);
	const char *label = _("Search:");
	int lw = ui_text_at(y + 1, x + 2, w - 4, label, UI_LABEL) + 1;
	size_t start = lineedit_view(&p->search, w - 4 - lw, &col);
	ui_text(y + 1, x + 2 + lw, w - 4 - lw, lineedit_text(&p->search) + start, UI_FIELD_FOCUS);
	ui_cursor(ui, y + 1, x + 2 + lw + col);
	table_draw(p->table, y + 2, x + 2, h - 3, w - 4);
}

long long member_pick(struct ui *ui, struct db *db, const char *title, const char *group,
		      char *name, size_t name_size)
{
	struct member_filter f = { 0 };
	f.group = group && *group ? group : NULL;
	return member_pick_filter(ui, db, title, &f, name, name_size);
}

long long member_pick_filter(struct ui *ui, struct db *db, const char *title,
			     const struct member_filter *filter, char *name, size_t name_size)
{
	static const enum ui_context contexts[] = { CTX_EDIT, CTX_DIALOG, CTX_LIST, CTX_GLOBAL, CTX_END };
	static const enum action bar[] = { ACT_ACCEPT, ACT_DISMISS, ACT_HELP, ACT_NONE };
	const struct table_column cols[] = {
		{ _("Name"), 12, 2, false }, { _("Party group"), 12, 1, false }, { _("Person category"), 8, 0, false },
	};
	struct picker p = { .db = db, .title = title, .filter = *filter };
	p.filter.search = NULL;
	lineedit_init(&p.search, "");
	p.table = table_new(cols, 3, (struct table_source){ pick_count, pick_fetch, &p });
	table_set_empty_text(p.table, _("No member matches."));
	struct ui_layer layer = { .draw = picker_draw, .ctx = &p, .contexts = contexts, .bar = bar };
	long long id = 0;
	ui_push(ui, &layer);
	for (;;) {
		int key;
		enum action a = ui_key(ui, &key);
		if (ui_quitting(ui) || a == ACT_DISMISS)
			break;
		if (a == ACT_QUIT) {
			if (ui_quit_requested(ui))
				break;
			continue;
		}
		if (a == ACT_ACCEPT) {
			id = table_cursor_id(p.table);
			if (id) {
				text_copy(name, name_size, table_cursor_cell(p.table, 0));
				break;
			}
			continue;
		}
		if (table_key(p.table, a))
			continue;
		if (lineedit_key(&p.search, a, key) == LINEEDIT_CHANGED) {
			text_copy(p.query, sizeof p.query, lineedit_text(&p.search));
			text_trim(p.query);
			p.filter.search = *p.query ? p.query : NULL;
			table_reload(p.table, true);
		}
	}
	ui_pop(ui);
	table_free(p.table);
	return id;
}
