#include "ui/lineedit.h"

#include <string.h>

#include "core/text.h"
#include "ui/keys.h"

void lineedit_init(struct lineedit *e, const char *text)
{
	text_copy(e->buf, sizeof e->buf, text ? text : "");
	e->len = strlen(e->buf);
	e->cursor = e->len;
	e->scroll = 0;
}

const char *lineedit_text(const struct lineedit *e)
{
	return e->buf;
}

static size_t decode_at(const struct lineedit *e, size_t at, uint32_t *cp)
{
	return utf8_decode(e->buf + at, e->len - at, cp);
}

static size_t prev_char(const struct lineedit *e, size_t at)
{
	return utf8_prev(e->buf, at);
}

static size_t next_cluster(const struct lineedit *e, size_t at)
{
	return text_next_cluster(e->buf, e->len, at);
}

static size_t prev_cluster(const struct lineedit *e, size_t at)
{
	return text_prev_cluster(e->buf, e->len, at);
}

bool lineedit_insert_char(struct lineedit *e, uint32_t cp)
{
	char enc[4];
	if (cp == '\n' || cp == '\t' || cp == '\r')
		cp = ' ';
	if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
		return true; /* dropped, not a failure */
	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	size_t n = utf8_encode(cp, enc);
	if (e->len + n >= sizeof e->buf)
		return false;
	memmove(e->buf + e->cursor + n, e->buf + e->cursor, e->len - e->cursor + 1);
	memcpy(e->buf + e->cursor, enc, n);
	e->len += n;
	e->cursor += n;
	return true;
}

bool lineedit_insert(struct lineedit *e, const char *text)
{
	size_t len = strlen(text);
	uint32_t cp;
	for (size_t i = 0, k; (k = utf8_decode(text + i, len - i, &cp)) > 0; i += k)
		if (!lineedit_insert_char(e, cp))
			return false;
	return true;
}

bool lineedit_left(struct lineedit *e)
{
	size_t at = prev_cluster(e, e->cursor);
	bool moved = at != e->cursor;
	e->cursor = at;
	return moved;
}

bool lineedit_right(struct lineedit *e)
{
	size_t at = next_cluster(e, e->cursor);
	bool moved = at != e->cursor;
	e->cursor = at;
	return moved;
}

bool lineedit_home(struct lineedit *e)
{
	bool moved = e->cursor != 0;
	e->cursor = 0;
	return moved;
}

bool lineedit_end(struct lineedit *e)
{
	bool moved = e->cursor != e->len;
	e->cursor = e->len;
	return moved;
}

/* Remove the bytes from..to and put the cursor at from. */
static bool cut(struct lineedit *e, size_t from, size_t to)
{
	if (to <= from)
		return false;
	memmove(e->buf + from, e->buf + to, e->len - to + 1);
	e->len -= to - from;
	e->cursor = from;
	return true;
}

bool lineedit_backspace(struct lineedit *e)
{
	return cut(e, prev_cluster(e, e->cursor), e->cursor);
}

bool lineedit_delete(struct lineedit *e)
{
	size_t keep = e->cursor;
	bool changed = cut(e, e->cursor, next_cluster(e, e->cursor));
	e->cursor = keep;
	return changed;
}

bool lineedit_kill_to_start(struct lineedit *e)
{
	return cut(e, 0, e->cursor);
}

bool lineedit_kill_to_end(struct lineedit *e)
{
	size_t keep = e->cursor;
	bool changed = cut(e, e->cursor, e->len);
	e->cursor = keep;
	return changed;
}

static bool is_space(const struct lineedit *e, size_t at)
{
	uint32_t cp;
	decode_at(e, at, &cp);
	return cp == ' ' || cp == 0x3000;
}

bool lineedit_kill_word(struct lineedit *e)
{
	size_t at = e->cursor;
	while (at > 0 && is_space(e, prev_char(e, at)))
		at = prev_char(e, at);
	while (at > 0 && !is_space(e, prev_char(e, at)))
		at = prev_char(e, at);
	return cut(e, at, e->cursor);
}

size_t lineedit_cursor_chars(const struct lineedit *e)
{
	size_t n = 0;
	uint32_t cp;
	for (size_t i = 0, k; i < e->cursor && (k = decode_at(e, i, &cp)) > 0; i += k)
		n++;
	return n;
}

static int width_between(const struct lineedit *e, size_t from, size_t to)
{
	int w = 0;
	uint32_t cp;
	for (size_t i = from, k; i < to && (k = decode_at(e, i, &cp)) > 0; i += k)
		w += text_char_width(cp);
	return w;
}

int lineedit_cursor_width(const struct lineedit *e)
{
	return width_between(e, 0, e->cursor);
}

size_t lineedit_view(struct lineedit *e, int width, int *cursor_col)
{
	int cursor = lineedit_cursor_width(e);
	if (width < 2)
		width = 2;
	/* The cursor needs a column of its own at the end of the text. */
	if (cursor < e->scroll)
		e->scroll = cursor;
	if (cursor - e->scroll > width - 1)
		e->scroll = cursor - (width - 1);
	if (e->scroll < 0)
		e->scroll = 0;
	/* Start at a character boundary at or after the scroll column. */
	size_t start = 0;
	int col = 0;
	uint32_t cp;
	while (start < e->len && col < e->scroll) {
		size_t k = decode_at(e, start, &cp);
		col += text_char_width(cp);
		start += k;
	}
	e->scroll = col;
	*cursor_col = cursor - col;
	return start;
}

enum lineedit_result lineedit_key(struct lineedit *e, int action, int key)
{
	bool changed;
	switch (action) {
	case ACT_NONE:
		if (!key_is_text(key))
			return LINEEDIT_UNHANDLED;
		changed = lineedit_insert_char(e, (uint32_t)key);
		break;
	case ACT_EDIT_LEFT: lineedit_left(e); return LINEEDIT_MOVED;
	case ACT_EDIT_RIGHT: lineedit_right(e); return LINEEDIT_MOVED;
	case ACT_EDIT_HOME: lineedit_home(e); return LINEEDIT_MOVED;
	case ACT_EDIT_END: lineedit_end(e); return LINEEDIT_MOVED;
	case ACT_EDIT_BACKSPACE: changed = lineedit_backspace(e); break;
	case ACT_EDIT_DELETE: changed = lineedit_delete(e); break;
	case ACT_EDIT_KILL_START: changed = lineedit_kill_to_start(e); break;
	case ACT_EDIT_KILL_END: changed = lineedit_kill_to_end(e); break;
	case ACT_EDIT_KILL_WORD: changed = lineedit_kill_word(e); break;
	default: return LINEEDIT_UNHANDLED;
	}
	return changed ? LINEEDIT_CHANGED : LINEEDIT_MOVED;
}
