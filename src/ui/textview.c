#include "ui/textview.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/text.h"

struct item {
	enum ui_style style;
	char *left, *text, *link;
};

struct textview {
	int left_width;
	struct item *items;
	int count;
	size_t cap;
	int top;          /* first visual line shown */
	int page;         /* height at the last draw */
	int total;        /* visual lines at the last draw */
	char *cursor;     /* the link of the item under the cursor (NULL: the first) */
	bool follow;      /* the cursor moved: scroll to it at the next draw */
	int cursor_from, cursor_to; /* its visual lines at the last layout */
};

static char *dup_or_null(const char *s)
{
	if (!s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		abort();
	return d;
}

struct textview *textview_new(int left_width)
{
	struct textview *tv = calloc(1, sizeof *tv);
	if (!tv)
		abort();
	tv->left_width = left_width;
	tv->page = 10;
	return tv;
}

void textview_clear(struct textview *tv)
{
	for (int i = 0; i < tv->count; i++) {
		free(tv->items[i].left);
		free(tv->items[i].text);
		free(tv->items[i].link);
	}
	tv->count = 0;
}

void textview_free(struct textview *tv)
{
	if (!tv)
		return;
	textview_clear(tv);
	free(tv->items);
	free(tv->cursor);
	free(tv);
}

void textview_add(struct textview *tv, enum ui_style style, const char *left, const char *text)
{
	tv->items = grow_array(tv->items, tv->count, &tv->cap, 32, sizeof *tv->items);
	tv->items[tv->count++] = (struct item){ style, dup_or_null(left), dup_or_null(text ? text : ""), NULL };
}

void textview_add_link(struct textview *tv, enum ui_style style, const char *left, const char *text,
		       const char *link)
{
	textview_add(tv, style, left, text);
	tv->items[tv->count - 1].link = dup_or_null(link);
}

static void cursor_to(struct textview *tv, const char *link)
{
	char *copy = dup_or_null(link);
	free(tv->cursor);
	tv->cursor = copy;
}

/* The item under the cursor (the first with a link when the cursor's link
 * is gone), -1 when no item has a link. */
static int cursor_item(struct textview *tv)
{
	int first = -1;
	for (int i = 0; i < tv->count; i++) {
		const char *link = tv->items[i].link;
		if (!link)
			continue;
		if (tv->cursor && !strcmp(link, tv->cursor))
			return i;
		if (first < 0)
			first = i;
	}
	if (first >= 0)
		cursor_to(tv, tv->items[first].link);
	return first;
}

const char *textview_cursor_link(struct textview *tv)
{
	int i = cursor_item(tv);
	return i < 0 ? NULL : tv->items[i].link;
}

void textview_cursor_set(struct textview *tv, const char *link)
{
	cursor_to(tv, link);
	tv->follow = true;
}


void textview_addf(struct textview *tv, enum ui_style style, const char *left, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	textview_add(tv, style, left, buf);
}

int textview_lines(const struct textview *tv)
{
	return tv->count;
}

bool textview_key(struct textview *tv, enum action a)
{
	int max = tv->total - tv->page, cur = cursor_item(tv);
	if (cur >= 0 && (a == ACT_UP || a == ACT_DOWN)) {
		int step = a == ACT_DOWN ? 1 : -1;
		for (int i = cur + step; i >= 0 && i < tv->count; i += step)
			if (tv->items[i].link) {
				cursor_to(tv, tv->items[i].link);
				tv->follow = true;
				return true;
			}
	}
	switch (a) {
	case ACT_UP: tv->top--; break;
	case ACT_DOWN: tv->top++; break;
	case ACT_PAGE_UP: tv->top -= tv->page > 1 ? tv->page - 1 : 1; break;
	case ACT_PAGE_DOWN: tv->top += tv->page > 1 ? tv->page - 1 : 1; break;
	case ACT_FIRST: tv->top = 0; break;
	case ACT_LAST: tv->top = max; break;
	default: return false;
	}
	if (tv->top > max)
		tv->top = max;
	if (tv->top < 0)
		tv->top = 0;
	return true;
}

/* Lay the items out in width columns and draw the visual lines from..from+
 * height-1 at y, x; returns the number of visual lines.  An item with a
 * left column wraps beside it; one without uses the whole width. */
static int layout(struct textview *tv, int width, int from, int height, int y, int x)
{
	int n = 0, cur = cursor_item(tv);
	for (int i = 0; i < tv->count; i++) {
		const struct item *it = &tv->items[i];
		enum ui_style style = i == cur ? UI_SELECTED : it->style;
		if (i == cur)
			tv->cursor_from = n;
		int indent = it->left ? tv->left_width : 0;
		int wrap = width - indent < 4 ? 4 : width - indent;
		const char *p = it->text;
		bool first = true;
		do {
			size_t next = 0, len = *p ? text_wrap(p, wrap, &next) : 0;
			if (n >= from && n < from + height) {
				int row = y + n - from;
				char line[1024];
				if (i == cur)
					ui_fill(row, x, indent, UI_SELECTED);
				if (first && it->left)
					ui_text(row, x, indent, it->left, i == cur ? UI_SELECTED : UI_LABEL);
				snprintf(line, sizeof line, "%.*s", (int)len, p);
				ui_text(row, x + indent, wrap, line, style);
			}
			n++;
			first = false;
			p += next;
			if (next && p[-1] == ' ')
				while (*p == ' ')  /* a break at "  " starts no line with a space */
					p++;
		} while (*p);
		if (i == cur)
			tv->cursor_to = n - 1;
	}
	return n;
}

void textview_draw(struct textview *tv, int y, int x, int height, int width)
{
	tv->page = height;
	tv->total = layout(tv, width, 0, 0, y, x); /* count only */
	if (tv->follow) {
		if (tv->cursor_to >= tv->top + height)
			tv->top = tv->cursor_to - height + 1;
		if (tv->cursor_from < tv->top)
			tv->top = tv->cursor_from;
		tv->follow = false;
	}
	if (tv->top > tv->total - height)
		tv->top = tv->total - height;
	if (tv->top < 0)
		tv->top = 0;
	layout(tv, width, tv->top, height, y, x);
}
