/* A multi-line text editor (a minute's agenda, discussion and decisions) as
 * plain functions on a buffer, no curses, so that it is unit-tested with
 * Chinese text (tests/unit/test_textedit.c); lineedit.h is its one-line
 * sibling and behaves the same within a line.
 *
 * The text is UTF-8 of any length, lines separated by '\n'.  The cursor is
 * a byte offset, always at the start of a character (a combining mark moves
 * and is deleted with the character before it).  Lines wrap: a row holds at
 * most width - 1 columns (the last column is the cursor's, at the end of a
 * line), a CJK character takes two and is never split; a row breaks after a
 * space in its second half when there is one (English words), else between
 * any two characters (Chinese has no spaces).  Left and Right move by
 * character, Up and Down by row to the same display column (or the nearest
 * before it, never inside a wide character).
 *
 *   struct textedit e;
 *   textedit_init(&e, "第一行\n第二行");
 *   textedit_set_width(&e, 60);             the columns it is drawn in
 *   textedit_key(&e, action, key, rows);    typing, moves, deletions
 *   textedit_scroll(&e, rows);              the first row to draw
 *   for (size_t at = textedit_row_start(&e, top), end, next; ...; at = next)
 *       end = textedit_row_end(&e, at, &next);
 *   textedit_done(&e); */
#ifndef ZHIBU_UI_TEXTEDIT_H
#define ZHIBU_UI_TEXTEDIT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ui/ui.h"

struct textedit {
	char *buf;        /* NUL-terminated, heap */
	size_t len, cap;  /* bytes */
	size_t cursor;    /* byte offset */
	int width;        /* columns the text is laid out in (textedit_set_width) */
	int goal;         /* the column Up and Down aim for; -1: the cursor's own */
	int top;          /* the first row shown (textedit_scroll) */
};

/* Start with text (NULL for none); the cursor at the start, 80 columns. */
void textedit_init(struct textedit *e, const char *text);
void textedit_done(struct textedit *e);
const char *textedit_text(const struct textedit *e);
/* Replace the whole text (from $EDITOR); the cursor at the start. */
void textedit_set_text(struct textedit *e, const char *text);
/* The columns of the area the text is drawn in (at least 2). */
void textedit_set_width(struct textedit *e, int width);

/* Insert text at the cursor: typing one character or pasting many.  "\r\n"
 * and a lone "\r" become a line break, a tab a space; other control
 * characters are dropped, invalid UTF-8 becomes U+FFFD.  Returns true when
 * the text changed. */
bool textedit_insert(struct textedit *e, const char *text);
bool textedit_insert_char(struct textedit *e, uint32_t cp);
bool textedit_newline(struct textedit *e);

/* Moves; each returns true when the cursor moved.  Left and Right go over
 * line breaks; Home and End go to the start and end of the line (not of the
 * row); Up and Down stop at the first and last row (false there). */
bool textedit_left(struct textedit *e);
bool textedit_right(struct textedit *e);
bool textedit_home(struct textedit *e);
bool textedit_end(struct textedit *e);
bool textedit_up(struct textedit *e);
bool textedit_down(struct textedit *e);
bool textedit_page_up(struct textedit *e, int rows);
bool textedit_page_down(struct textedit *e, int rows);

/* Deletions; each returns true when the text changed.  Backspace at the
 * start of a line joins it to the line before, Delete at its end joins the
 * next one.  Ctrl-U deletes from the start of the line to the cursor,
 * Ctrl-K from the cursor to the end of the line; where there is nothing
 * else to delete they delete the line break (so that repeating them goes
 * on), as Ctrl-W does at the start of a line. */
bool textedit_backspace(struct textedit *e);
bool textedit_delete(struct textedit *e);
bool textedit_kill_to_start(struct textedit *e);
bool textedit_kill_to_end(struct textedit *e);
bool textedit_kill_word(struct textedit *e);

/* Layout at the width set.  A row is the bytes start..end; *next is where
 * the following row starts (after the line break), or len past the last
 * row.  textedit_row_start gives the start of row r (clamped to the last). */
size_t textedit_row_end(const struct textedit *e, size_t start, size_t *next);
size_t textedit_row_start(const struct textedit *e, int row);
int textedit_rows(const struct textedit *e);
/* The cursor's row (from 0) and display column. */
void textedit_cursor_pos(const struct textedit *e, int *row, int *col);
/* Keep the cursor within height rows from e->top; returns e->top. */
int textedit_scroll(struct textedit *e, int height);

/* Apply an action of the TEXT or EDIT context, or a typed character
 * (ACT_NONE with a text key); rows is a page for PgUp and PgDn.  Up at the
 * first row and Down at the last are TEXTEDIT_UNHANDLED (the caller may
 * move on to the field before or after). */
enum textedit_result { TEXTEDIT_UNHANDLED, TEXTEDIT_MOVED, TEXTEDIT_CHANGED };
enum textedit_result textedit_key(struct textedit *e, int action, int key, int rows);

/* ---- On the screen (these two use the terminal) */

/* Draw the text in height rows of width columns at y, x, scrolled to keep
 * the cursor in view (shown when focus is true); rows past the text are
 * filled with style too. */
void textedit_draw(struct textedit *e, struct ui *ui, int y, int x, int height, int width,
		   bool focus, enum ui_style style);
/* Hand the text to the user's editor (io/editor.h: $VISUAL, $EDITOR, vi) in
 * a file called name ("discussion.txt"), the terminal given over meanwhile.
 * True when the text came back changed; why not is on the status line. */
bool textedit_run_editor(struct textedit *e, struct ui *ui, const char *name);

#endif
