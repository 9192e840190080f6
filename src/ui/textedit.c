#include "ui/textedit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "io/editor.h"
#include "ui/keys.h"

static void reserve(struct textedit *e, size_t need)
{
	if (need + 1 <= e->cap)
		return;
	size_t cap = e->cap ? e->cap : 256;
	while (cap < need + 1)
		cap *= 2;
	e->buf = realloc(e->buf, cap);
	if (!e->buf)
		abort();
	e->cap = cap;
}

void textedit_init(struct textedit *e, const char *text)
{
	memset(e, 0, sizeof *e);
	e->width = 80;
	e->goal = -1;
	reserve(e, 0);
	e->buf[0] = '\0';
	textedit_set_text(e, text);
}

void textedit_done(struct textedit *e)
{
	free(e->buf);
	memset(e, 0, sizeof *e);
}

const char *textedit_text(const struct textedit *e)
{
	return e->buf;
}

void textedit_set_text(struct textedit *e, const char *text)
{
	e->len = e->cursor = 0;
	e->buf[0] = '\0';
	if (text)
		textedit_insert(e, text);
	e->cursor = 0;
	e->goal = -1;
	e->top = 0;
}

void textedit_set_width(struct textedit *e, int width)
{
	e->width = width < 2 ? 2 : width;
}

/* ---- characters */

static size_t decode_at(const struct textedit *e, size_t at, uint32_t *cp)
{
	return utf8_decode(e->buf + at, e->len - at, cp);
}

static size_t prev_char(const struct textedit *e, size_t at)
{
	return utf8_prev(e->buf, at);
}

/* A character with the combining marks that follow it; a line break takes
 * none. */
static size_t next_cluster(const struct textedit *e, size_t at)
{
	if (at < e->len && e->buf[at] == '\n')
		return at + 1;
	return text_next_cluster(e->buf, e->len, at);
}

static size_t prev_cluster(const struct textedit *e, size_t at)
{
	return text_prev_cluster(e->buf, e->len, at);
}

static size_t line_start(const struct textedit *e, size_t at)
{
	while (at > 0 && e->buf[at - 1] != '\n')
		at--;
	return at;
}

static size_t line_end(const struct textedit *e, size_t at)
{
	const char *nl = memchr(e->buf + at, '\n', e->len - at);
	return nl ? (size_t)(nl - e->buf) : e->len;
}

/* ---- insertion */

static void put(struct textedit *e, const char *bytes, size_t n)
{
	reserve(e, e->len + n);
	memmove(e->buf + e->cursor + n, e->buf + e->cursor, e->len - e->cursor + 1);
	memcpy(e->buf + e->cursor, bytes, n);
	e->len += n;
	e->cursor += n;
}

bool textedit_insert_char(struct textedit *e, uint32_t cp)
{
	char enc[4];
	if (cp == '\r')
		cp = '\n';
	if (cp == '\t')
		cp = ' ';
	if ((cp < 0x20 && cp != '\n') || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
		return false;
	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	put(e, enc, utf8_encode(cp, enc));
	e->goal = -1;
	return true;
}

bool textedit_newline(struct textedit *e)
{
	return textedit_insert_char(e, '\n');
}

bool textedit_insert(struct textedit *e, const char *text)
{
	size_t len = strlen(text);
	uint32_t cp;
	bool changed = false;
	for (size_t i = 0, k; (k = utf8_decode(text + i, len - i, &cp)) > 0; i += k) {
		if (cp == '\r' && text[i + 1] == '\n')
			continue; /* the '\n' makes the break */
		changed |= textedit_insert_char(e, cp);
	}
	return changed;
}

/* ---- layout */

size_t textedit_row_end(const struct textedit *e, size_t start, size_t *next)
{
	int room = e->width - 1, col = 0;
	size_t at = start, space = 0;
	uint32_t cp;
	if (room < 1)
		room = 1;
	while (at < e->len) {
		size_t k = decode_at(e, at, &cp);
		if (cp == '\n') {
			*next = at + 1;
			return at;
		}
		int w = cp < 0x20 ? 0 : text_char_width(cp);
		if (col + w > room && at > start) {
			/* Break after a space in the second half of the row. */
			size_t end = space > start && space < at ? space : at;
			*next = end;
			return end;
		}
		col += w;
		at += k;
		if (cp == ' ' && col > room / 2)
			space = at;
		/* Combining marks stay with their character. */
		at = text_skip_marks(e->buf, e->len, at);
	}
	*next = e->len;
	return e->len;
}

/* The last row ends the text: its end is where *next stays. */
static bool last_row(const struct textedit *e, size_t end, size_t next)
{
	return end == e->len && next == e->len;
}

size_t textedit_row_start(const struct textedit *e, int row)
{
	size_t at = 0, next;
	for (int r = 0; r < row; r++) {
		size_t end = textedit_row_end(e, at, &next);
		if (last_row(e, end, next))
			break;
		at = next;
	}
	return at;
}

int textedit_rows(const struct textedit *e)
{
	int rows = 1;
	size_t at = 0, next;
	for (;;) {
		size_t end = textedit_row_end(e, at, &next);
		if (last_row(e, end, next))
			return rows;
		at = next;
		rows++;
	}
}

static int width_between(const struct textedit *e, size_t from, size_t to)
{
	int w = 0;
	uint32_t cp;
	for (size_t i = from, k; i < to && (k = decode_at(e, i, &cp)) > 0; i += k)
		w += cp < 0x20 ? 0 : text_char_width(cp);
	return w;
}

/* The row of offset at: its start and (inclusive) end.  A wrapped row's
 * end is the start of the next row, where such an offset is shown. */
static int row_of(const struct textedit *e, size_t at, size_t *start, size_t *end)
{
	size_t s = 0, next;
	int row = 0;
	for (;;) {
		size_t en = textedit_row_end(e, s, &next);
		bool wrapped = next == en && !last_row(e, en, next);
		if (at < en || (at == en && !wrapped) || last_row(e, en, next)) {
			*start = s;
			*end = en;
			return row;
		}
		s = next;
		row++;
	}
}

void textedit_cursor_pos(const struct textedit *e, int *row, int *col)
{
	size_t s, en;
	*row = row_of(e, e->cursor, &s, &en);
	*col = width_between(e, s, e->cursor);
}

int textedit_scroll(struct textedit *e, int height)
{
	int row, col;
	if (height < 1)
		height = 1;
	textedit_cursor_pos(e, &row, &col);
	if (row < e->top)
		e->top = row;
	if (row >= e->top + height)
		e->top = row - height + 1;
	int rows = textedit_rows(e);
	if (e->top > rows - height)
		e->top = rows - height;
	if (e->top < 0)
		e->top = 0;
	return e->top;
}

/* ---- moves */

static bool move_to(struct textedit *e, size_t at)
{
	bool moved = at != e->cursor;
	e->cursor = at;
	return moved;
}

bool textedit_left(struct textedit *e)
{
	e->goal = -1;
	return move_to(e, prev_cluster(e, e->cursor));
}

bool textedit_right(struct textedit *e)
{
	e->goal = -1;
	return move_to(e, next_cluster(e, e->cursor));
}

bool textedit_home(struct textedit *e)
{
	e->goal = -1;
	return move_to(e, line_start(e, e->cursor));
}

bool textedit_end(struct textedit *e)
{
	e->goal = -1;
	return move_to(e, line_end(e, e->cursor));
}

/* The offset in the row at start with the largest column <= goal. */
static size_t column_in_row(const struct textedit *e, size_t start, int goal)
{
	size_t next, end = textedit_row_end(e, start, &next), at = start;
	bool wrapped = next == end && !last_row(e, end, next);
	int col = 0;
	while (at < end) {
		size_t after = next_cluster(e, at);
		int w = width_between(e, at, after);
		if (col + w > goal || (wrapped && after == end))
			break;
		col += w;
		at = after;
	}
	return at;
}

/* Move by rows (negative: up), keeping the goal column. */
static bool move_rows(struct textedit *e, int rows)
{
	int row, col, last = textedit_rows(e) - 1;
	textedit_cursor_pos(e, &row, &col);
	if (e->goal < 0)
		e->goal = col;
	int to = row + rows;
	if (to < 0)
		to = 0;
	if (to > last)
		to = last;
	if (to == row)
		return false;
	e->cursor = column_in_row(e, textedit_row_start(e, to), e->goal);
	return true;
}

bool textedit_up(struct textedit *e)
{
	return move_rows(e, -1);
}

bool textedit_down(struct textedit *e)
{
	return move_rows(e, 1);
}

bool textedit_page_up(struct textedit *e, int rows)
{
	int goal = e->goal;
	if (!move_rows(e, -(rows > 1 ? rows : 1))) {
		e->goal = goal;
		return move_to(e, 0);
	}
	return true;
}

bool textedit_page_down(struct textedit *e, int rows)
{
	int goal = e->goal;
	if (!move_rows(e, rows > 1 ? rows : 1)) {
		e->goal = goal;
		return move_to(e, e->len);
	}
	return true;
}

/* ---- deletions */

/* Remove the bytes from..to and put the cursor at from. */
static bool cut(struct textedit *e, size_t from, size_t to)
{
	e->goal = -1;
	if (to <= from)
		return false;
	memmove(e->buf + from, e->buf + to, e->len - to + 1);
	e->len -= to - from;
	e->cursor = from;
	return true;
}

bool textedit_backspace(struct textedit *e)
{
	return cut(e, prev_cluster(e, e->cursor), e->cursor);
}

bool textedit_delete(struct textedit *e)
{
	return cut(e, e->cursor, next_cluster(e, e->cursor));
}

bool textedit_kill_to_start(struct textedit *e)
{
	size_t from = line_start(e, e->cursor);
	if (from == e->cursor && from > 0)
		from--; /* the line break before */
	return cut(e, from, e->cursor);
}

bool textedit_kill_to_end(struct textedit *e)
{
	size_t to = line_end(e, e->cursor);
	if (to == e->cursor && to < e->len)
		to++; /* the line break */
	return cut(e, e->cursor, to);
}

static bool is_space(const struct textedit *e, size_t at)
{
	uint32_t cp;
	decode_at(e, at, &cp);
	return cp == ' ' || cp == 0x3000;
}

bool textedit_kill_word(struct textedit *e)
{
	size_t at = e->cursor, start = line_start(e, e->cursor);
	if (at == start)
		return textedit_backspace(e);
	while (at > start && is_space(e, prev_char(e, at)))
		at = prev_char(e, at);
	while (at > start && !is_space(e, prev_char(e, at)))
		at = prev_char(e, at);
	return cut(e, at, e->cursor);
}

enum textedit_result textedit_key(struct textedit *e, int action, int key, int rows)
{
	bool changed;
	switch (action) {
	case ACT_NONE:
		if (!key_is_text(key))
			return TEXTEDIT_UNHANDLED;
		changed = textedit_insert_char(e, (uint32_t)key);
		break;
	case ACT_TEXT_NEWLINE: changed = textedit_newline(e); break;
	case ACT_EDIT_LEFT: textedit_left(e); return TEXTEDIT_MOVED;
	case ACT_EDIT_RIGHT: textedit_right(e); return TEXTEDIT_MOVED;
	case ACT_EDIT_HOME: textedit_home(e); return TEXTEDIT_MOVED;
	case ACT_EDIT_END: textedit_end(e); return TEXTEDIT_MOVED;
	case ACT_TEXT_UP: return textedit_up(e) ? TEXTEDIT_MOVED : TEXTEDIT_UNHANDLED;
	case ACT_TEXT_DOWN: return textedit_down(e) ? TEXTEDIT_MOVED : TEXTEDIT_UNHANDLED;
	case ACT_TEXT_PAGE_UP: textedit_page_up(e, rows); return TEXTEDIT_MOVED;
	case ACT_TEXT_PAGE_DOWN: textedit_page_down(e, rows); return TEXTEDIT_MOVED;
	case ACT_EDIT_BACKSPACE: changed = textedit_backspace(e); break;
	case ACT_EDIT_DELETE: changed = textedit_delete(e); break;
	case ACT_EDIT_KILL_START: changed = textedit_kill_to_start(e); break;
	case ACT_EDIT_KILL_END: changed = textedit_kill_to_end(e); break;
	case ACT_EDIT_KILL_WORD: changed = textedit_kill_word(e); break;
	default: return TEXTEDIT_UNHANDLED;
	}
	return changed ? TEXTEDIT_CHANGED : TEXTEDIT_MOVED;
}

/* ---- On the screen */

void textedit_draw(struct textedit *e, struct ui *ui, int y, int x, int height, int width,
		   bool focus, enum ui_style style)
{
	char row[4096];
	if (height < 1 || width < 2)
		return;
	textedit_set_width(e, width);
	int top = textedit_scroll(e, height);
	size_t at = textedit_row_start(e, top), next = at;
	bool more = true;
	for (int r = 0; r < height; r++) {
		row[0] = '\0';
		if (more) {
			size_t end = textedit_row_end(e, at, &next);
			size_t n = end - at < sizeof row - 1 ? end - at : sizeof row - 1;
			memcpy(row, e->buf + at, n);
			row[n] = '\0';
			more = !last_row(e, end, next);
			at = next;
		}
		ui_text(y + r, x, width, row, style);
	}
	if (top > 0)
		ui_text_at(y, x + width, 1, "↑", UI_MESSAGE);
	if (more)
		ui_text_at(y + height - 1, x + width, 1, "↓", UI_MESSAGE);
	if (focus) {
		int crow, ccol;
		textedit_cursor_pos(e, &crow, &ccol);
		ui_cursor(ui, y + crow - top, x + ccol);
	}
}

bool textedit_run_editor(struct textedit *e, struct ui *ui, const char *name)
{
	/* Editors end a file with a line break: give it one, take it back. */
	size_t len = e->len;
	bool add = len > 0 && e->buf[len - 1] != '\n';
	char *text = malloc(len + 2), *out = NULL, *err = NULL;
	if (!text)
		abort();
	memcpy(text, e->buf, len);
	if (add)
		text[len++] = '\n';
	text[len] = '\0';
	ui_suspend(ui);
	enum editor_result r = editor_edit(text, name, &out, &err);
	ui_resume(ui);
	free(text);
	if (r == EDITOR_FAILED) {
		ui_error(ui, "%s", err ? err : _("the editor did not run"));
		free(err);
		return false;
	}
	if (r == EDITOR_CHANGED) {
		size_t n = strlen(out);
		if (n > 0 && out[n - 1] == '\n')
			out[--n] = '\0';
		if (n > 0 && out[n - 1] == '\r')
			out[--n] = '\0';
		r = strcmp(out, e->buf) ? EDITOR_CHANGED : EDITOR_UNCHANGED;
	}
	if (r == EDITOR_UNCHANGED) {
		ui_status(ui, "%s", _("The text was not changed in the editor."));
		free(out);
		return false;
	}
	textedit_set_text(e, out);
	free(out);
	ui_status(ui, "%s", _("The text is back from the editor."));
	return true;
}
