/* A scrolling view of text (the help screen, a member's details and
 * history).  Each item is a text with an optional left column (a label, a
 * key) beside it; the text wraps at the width the view is drawn at.
 *
 *   struct textview *tv = textview_new(14);
 *   textview_add(tv, UI_NORMAL, _("Name"), m.name);
 *   ... in the layer's draw:  textview_draw(tv, y, x, height, width);
 *   ... on a key:             textview_key(tv, action);
 *
 * Items added with a link can be chosen: when there are any, Up and Down
 * move a cursor between them (and scroll past the last one), the one under
 * it drawn selected; textview_cursor_link() says which.  The cursor keeps
 * its link when the items are added again. */
#ifndef ZHIBU_UI_TEXTVIEW_H
#define ZHIBU_UI_TEXTVIEW_H
#include <stdbool.h>

#include "ui/ui.h"

struct textview;

/* left_width: columns of the left column (0 for none). */
struct textview *textview_new(int left_width);
void textview_free(struct textview *tv);
/* Remove every item (the scroll position stays, clamped at draw). */
void textview_clear(struct textview *tv);
/* Add an item; left may be NULL.  The strings are copied. */
void textview_add(struct textview *tv, enum ui_style style, const char *left, const char *text);
void textview_addf(struct textview *tv, enum ui_style style, const char *left, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* An item the cursor can rest on; link (copied) names its record. */
void textview_add_link(struct textview *tv, enum ui_style style, const char *left, const char *text,
		       const char *link);
/* The link of the item under the cursor; NULL when there is none. */
const char *textview_cursor_link(struct textview *tv);
/* Put the cursor on the item with that link (the first with a link when
 * none has it), shown at the next draw. */
void textview_cursor_set(struct textview *tv, const char *link);
int textview_lines(const struct textview *tv);
/* Scroll on Up/Down/PgUp/PgDn/Home/End; true when the action was one. */
bool textview_key(struct textview *tv, enum action a);
void textview_draw(struct textview *tv, int y, int x, int height, int width);

#endif
