/* A one-line text editor as plain functions on a buffer (no curses), so
 * that it is unit-tested with wide characters (tests/unit/test_lineedit.c).
 * Text is UTF-8; the cursor is a byte offset that is always at the start of
 * a character.  A combining mark (width 0) moves and is deleted with the
 * character before it.
 *
 *   struct lineedit e;
 *   lineedit_init(&e, "张三");
 *   lineedit_insert(&e, "丰");          typing or a paste
 *   lineedit_view(&e, 20, &col);        where to draw, where the cursor is */
#ifndef ZHIBU_UI_LINEEDIT_H
#define ZHIBU_UI_LINEEDIT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LINEEDIT_SIZE 1024

struct lineedit {
	char buf[LINEEDIT_SIZE];  /* NUL-terminated */
	size_t len;               /* bytes */
	size_t cursor;            /* byte offset */
	int scroll;               /* first column shown (lineedit_view) */
};

/* Start with text (cut at a character boundary if too long); the cursor at
 * the end. */
void lineedit_init(struct lineedit *e, const char *text);
const char *lineedit_text(const struct lineedit *e);

/* Insert text at the cursor: typing one character or pasting many.
 * Newlines and tabs become spaces, other control characters are dropped,
 * invalid UTF-8 becomes U+FFFD.  Returns false when not all of it fitted
 * (what fitted, whole characters only, is inserted). */
bool lineedit_insert(struct lineedit *e, const char *text);
bool lineedit_insert_char(struct lineedit *e, uint32_t cp);

/* Moves; each returns true when the cursor moved. */
bool lineedit_left(struct lineedit *e);
bool lineedit_right(struct lineedit *e);
bool lineedit_home(struct lineedit *e);
bool lineedit_end(struct lineedit *e);

/* Deletions; each returns true when the text changed. */
bool lineedit_backspace(struct lineedit *e);     /* the character before the cursor */
bool lineedit_delete(struct lineedit *e);        /* the character under the cursor */
bool lineedit_kill_to_start(struct lineedit *e); /* Ctrl-U */
bool lineedit_kill_to_end(struct lineedit *e);   /* Ctrl-K */
bool lineedit_kill_word(struct lineedit *e);     /* Ctrl-W: spaces, then a word */

/* Characters and columns before the cursor. */
size_t lineedit_cursor_chars(const struct lineedit *e);
int lineedit_cursor_width(const struct lineedit *e);

/* Keep the cursor visible in a field width columns wide (scrolling by whole
 * characters).  Returns the byte offset of the first character to show and
 * sets *cursor_col to the cursor's column within the field. */
size_t lineedit_view(struct lineedit *e, int width, int *cursor_col);

/* Apply an action of the EDIT context, or a typed character (action
 * ACT_NONE with a text key).  Returns LINEEDIT_CHANGED when the text
 * changed, LINEEDIT_MOVED when only the cursor did (or nothing happened),
 * LINEEDIT_UNHANDLED when the key is not for the editor. */
enum lineedit_result { LINEEDIT_UNHANDLED, LINEEDIT_MOVED, LINEEDIT_CHANGED };
enum lineedit_result lineedit_key(struct lineedit *e, int action, int key);

#endif
