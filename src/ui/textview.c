#include "ui/textview.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/text.h"

struct item {
	enum ui_style style;
	char *left, *text;
};

struct textview {
	int left_width;
	struct item *items;
	int count;
	size_t cap;
	int top;          /* first visual line shown */
	int page;         /* height at the last draw */
	int total;        /* visual lines at the last draw */
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
	}
	tv->count = 0;
}

void textview_free(struct textview *tv)
{
	if (!tv)
		return;
	textview_clear(tv);
	free(tv->items);
	free(tv);
}

void textview_add(struct textview *tv, enum ui_style style, const char *left, const char *text)
{
	tv->items = grow_array(tv->items, tv->count, &tv->cap, 32, sizeof *tv->items);
	tv->items[tv->count++] = (struct item){ style, dup_or_null(left), dup_or_null(text ? text : "") };
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
	int max = tv->total - tv->page;
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
static int layout(const struct textview *tv, int width, int from, int height, int y, int x)
{
	int n = 0;
	for (int i = 0; i < tv->count; i++) {
		const struct item *it = &tv->items[i];
		int indent = it->left ? tv->left_width : 0;
		int wrap = width - indent < 4 ? 4 : width - indent;
		const char *p = it->text;
		bool first = true;
		do {
			size_t next = 0, len = *p ? text_wrap(p, wrap, &next) : 0;
			if (n >= from && n < from + height) {
				int row = y + n - from;
				char line[1024];
				if (first && it->left)
					ui_text(row, x, indent, it->left, UI_LABEL);
				snprintf(line, sizeof line, "%.*s", (int)len, p);
				ui_text(row, x + indent, wrap, line, it->style);
			}
			n++;
			first = false;
			p += next;
		} while (*p);
	}
	return n;
}

void textview_draw(struct textview *tv, int y, int x, int height, int width)
{
	tv->page = height;
	tv->total = layout(tv, width, 0, 0, y, x); /* count only */
	if (tv->top > tv->total - height)
		tv->top = tv->total - height;
	if (tv->top < 0)
		tv->top = 0;
	layout(tv, width, tv->top, height, y, x);
}
