/* The one incremental search of the screens: a line on the status line
 * whose text follows the typing.  query (size bytes) is the text trimmed;
 * changed(ctx) runs after each change; Esc puts back what it was, Enter
 * keeps it; the list's movement keys (move(ctx, a) true) keep moving the
 * list below. */
#ifndef ZHIBU_UI_SEARCH_H
#define ZHIBU_UI_SEARCH_H
#include <stdbool.h>
#include <stddef.h>

#include "ui/ui.h"

void ui_search(struct ui *ui, const char *label, char *query, size_t size,
	       void (*changed)(void *ctx), bool (*move)(void *ctx, enum action a), void *ctx);

#endif
