/* The incremental search; see search.h. */
#include "ui/search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "ui/lineedit.h"

struct search {
	const char *label;
	struct lineedit edit;
};

static void search_draw(void *ctx, struct ui *ui)
{
	struct search *s = ctx;
	int lw = text_width(s->label), col;
	size_t start = lineedit_view(&s->edit, ui_cols(ui) - lw - 1, &col);
	char line[LINEEDIT_SIZE + 256];
	snprintf(line, sizeof line, "%s%s", s->label, lineedit_text(&s->edit) + start);
	ui_status_prompt(ui, line, lw + col);
}

static void set_query(char *query, size_t size, const char *text)
{
	text_copy(query, size, text);
	text_trim(query);
}

void ui_search(struct ui *ui, const char *label, char *query, size_t size,
	       void (*changed)(void *ctx), bool (*move)(void *ctx, enum action a), void *ctx)
{
	static const enum ui_context search_contexts[] = { CTX_EDIT, CTX_DIALOG, CTX_LIST, CTX_GLOBAL, CTX_END };
	static const enum action search_bar[] = { ACT_ACCEPT, ACT_DISMISS, ACT_HELP, ACT_NONE };
	struct search s = { .label = label };
	char *before = malloc(size);
	if (!before)
		abort();
	text_copy(before, size, query);
	lineedit_init(&s.edit, query);
	struct ui_layer layer = { .draw = search_draw, .ctx = &s, .contexts = search_contexts, .bar = search_bar };
	ui_push(ui, &layer);
	for (;;) {
		int key;
		enum action a = ui_key(ui, &key);
		if (ui_quitting(ui) || a == ACT_ACCEPT)
			break;
		if (a == ACT_DISMISS) {
			if (strcmp(before, query) != 0) {
				text_copy(query, size, before);
				changed(ctx);
			}
			break;
		}
		if (a == ACT_QUIT) {
			if (ui_quit_requested(ui))
				break;
			continue;
		}
		if (move(ctx, a))
			continue;
		if (lineedit_key(&s.edit, a, key) == LINEEDIT_CHANGED) {
			char was[LINEEDIT_SIZE];
			text_copy(was, sizeof was, query);
			set_query(query, size, lineedit_text(&s.edit));
			if (strcmp(was, query) != 0)
				changed(ctx);
		}
	}
	ui_pop(ui);
	free(before);
}
