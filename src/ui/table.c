#include "ui/table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/text.h"

#define TABLE_CACHE 4 /* pages kept */

struct table_row {
	long long id;
	enum ui_style style;
	size_t cell[TABLE_MAX_COLUMNS]; /* offsets into the page's text */
};

struct table_rows {
	long long first;       /* row index of rows[0] */
	int n;
	bool valid;
	unsigned long used;    /* for least-recently-used eviction */
	int ncols;
	struct table_row rows[TABLE_PAGE];
	char *text;
	size_t text_len, text_cap;
};

struct table {
	const struct table_column *cols;
	int ncols;
	struct table_source src;
	long long count;
	bool counted, failed;
	long long cursor, top;
	int sort;
	bool desc, unsortable;
	int extra_sorts;     /* sort orders beyond the columns: ncols .. */
	int height;            /* rows shown at the last draw */
	unsigned long tick;
	const char *empty;
	struct table_rows pages[TABLE_CACHE];
};

struct table *table_new(const struct table_column *columns, int count, struct table_source source)
{
	struct table *t = calloc(1, sizeof *t);
	if (!t)
		abort();
	t->cols = columns;
	t->ncols = count > TABLE_MAX_COLUMNS ? TABLE_MAX_COLUMNS : count;
	t->src = source;
	t->sort = -1;
	t->height = 10;
	for (int i = 0; i < TABLE_CACHE; i++)
		t->pages[i].ncols = t->ncols;
	return t;
}

void table_free(struct table *t)
{
	if (!t)
		return;
	for (int i = 0; i < TABLE_CACHE; i++)
		free(t->pages[i].text);
	free(t);
}

void table_rows_add(struct table_rows *p, long long id, enum ui_style style, const char *const *cells)
{
	if (p->n >= TABLE_PAGE)
		return;
	struct table_row *r = &p->rows[p->n++];
	r->id = id;
	r->style = style;
	for (int c = 0; c < p->ncols; c++)
		r->cell[c] = grow_text(&p->text, &p->text_len, &p->text_cap, cells[c] ? cells[c] : "");
}

static void drop_pages(struct table *t)
{
	for (int i = 0; i < TABLE_CACHE; i++)
		t->pages[i].valid = false;
}

static void clamp(struct table *t)
{
	long long n = table_count(t);
	if (t->cursor >= n)
		t->cursor = n - 1;
	if (t->cursor < 0)
		t->cursor = 0;
}

void table_reload(struct table *t, bool reset_cursor)
{
	t->counted = false;
	t->failed = false;
	drop_pages(t);
	if (reset_cursor)
		t->cursor = t->top = 0;
	clamp(t);
}

void table_set_empty_text(struct table *t, const char *text)
{
	t->empty = text;
}

void table_set_sort(struct table *t, int column, bool desc)
{
	if (column < -1 || column >= t->ncols + t->extra_sorts)
		column = -1;
	t->sort = column;
	t->desc = desc;
	drop_pages(t);
	t->cursor = t->top = 0;
}

int table_sort_column(const struct table *t)
{
	return t->sort;
}

bool table_sort_desc(const struct table *t)
{
	return t->desc;
}

bool table_failed(const struct table *t)
{
	return t->failed;
}

/* The page that starts at row first, fetched when it is not cached. */
static struct table_rows *page_at(struct table *t, long long first)
{
	struct table_rows *p = NULL;
	for (int i = 0; i < TABLE_CACHE; i++)
		if (t->pages[i].valid && t->pages[i].first == first)
			p = &t->pages[i];
	if (!p) {
		p = &t->pages[0];
		for (int i = 1; i < TABLE_CACHE; i++)
			if (!t->pages[i].valid || t->pages[i].used < p->used)
				p = &t->pages[i];
		p->first = first;
		p->n = 0;
		p->text_len = 0;
		p->valid = true;
		if (t->counted && first > t->count / 2) {
			/* Near the end: ask for the page in the reverse order from the
			 * end, so that the database sorts only what lies behind it. */
			long long end = first + TABLE_PAGE < t->count ? first + TABLE_PAGE : t->count;
			if (!t->src.fetch(t->src.ctx, t->sort, !t->desc, t->count - end, (int)(end - first), p))
				t->failed = true;
			for (int i = 0, j = p->n - 1; i < j; i++, j--) {
				struct table_row r = p->rows[i];
				p->rows[i] = p->rows[j];
				p->rows[j] = r;
			}
		} else if (!t->src.fetch(t->src.ctx, t->sort, t->desc, first, TABLE_PAGE, p)) {
			t->failed = true;
		}
	}
	p->used = ++t->tick;
	return p;
}

long long table_count(struct table *t)
{
	if (!t->counted) {
		/* A short first page is the whole table: no need to count (most
		 * searches after a keystroke or two). */
		struct table_rows *p = page_at(t, 0);
		long long n = p->n < TABLE_PAGE && !t->failed ? p->n : t->src.count(t->src.ctx);
		t->failed = t->failed || n < 0;
		t->count = n < 0 ? 0 : n;
		t->counted = true;
	}
	return t->count;
}

/* The row at index, fetching its page when it is not cached. */
static const struct table_row *row_at(struct table *t, long long index, const struct table_rows **page)
{
	if (index < 0 || index >= table_count(t))
		return NULL;
	long long first = index / TABLE_PAGE * TABLE_PAGE;
	struct table_rows *p = page_at(t, first);
	if (index - first >= p->n)
		return NULL;
	*page = p;
	return &p->rows[index - first];
}

long long table_cursor(const struct table *t)
{
	return t->cursor;
}

void table_set_cursor(struct table *t, long long row)
{
	t->cursor = row;
	clamp(t);
}

long long table_cursor_id(struct table *t)
{
	const struct table_rows *p;
	const struct table_row *r = row_at(t, t->cursor, &p);
	return r ? r->id : 0;
}

const char *table_cursor_cell(struct table *t, int column)
{
	const struct table_rows *p;
	const struct table_row *r = row_at(t, t->cursor, &p);
	if (!r || column < 0 || column >= t->ncols)
		return "";
	return p->text + r->cell[column];
}

void table_set_extra_sorts(struct table *t, int n)
{
	t->extra_sorts = n;
}

void table_set_unsortable(struct table *t)
{
	t->unsortable = true;
}

bool table_key(struct table *t, enum action a)
{
	int page = t->height > 1 ? t->height - 1 : 1;
	bool sort = a == ACT_SORT_NEXT || a == ACT_SORT_PREV || a == ACT_SORT_REVERSE;
	if (sort && t->unsortable)
		return true;
	switch (a) {
	case ACT_UP: t->cursor--; break;
	case ACT_DOWN: t->cursor++; break;
	case ACT_PAGE_UP: t->cursor -= page; t->top -= page; break;
	case ACT_PAGE_DOWN: t->cursor += page; t->top += page; break;
	case ACT_FIRST: t->cursor = 0; break;
	case ACT_LAST: t->cursor = table_count(t) - 1; break;
	case ACT_SORT_NEXT:
		table_set_sort(t, t->sort + 1 >= t->ncols + t->extra_sorts ? -1 : t->sort + 1, false);
		return true;
	case ACT_SORT_PREV:
		table_set_sort(t, t->sort < 0 ? t->ncols + t->extra_sorts - 1 : t->sort - 1, false);
		return true;
	case ACT_SORT_REVERSE:
		table_set_sort(t, t->sort, !t->desc);
		return true;
	default:
		return false;
	}
	clamp(t);
	return true;
}

/* Widths of the columns for a table width columns wide. */
static void layout(const struct table *t, int width, int *w)
{
	int base = t->ncols - 1, grow = 0;
	for (int c = 0; c < t->ncols; c++) {
		w[c] = t->cols[c].width;
		base += w[c];
		grow += t->cols[c].grow;
	}
	int spare = width - base;
	if (spare > 0 && grow > 0) {
		int given = 0, last = -1;
		for (int c = 0; c < t->ncols; c++) {
			if (!t->cols[c].grow)
				continue;
			int share = spare * t->cols[c].grow / grow;
			w[c] += share;
			given += share;
			last = c;
		}
		w[last] += spare - given;
	}
}

void table_draw(struct table *t, int y, int x, int height, int width)
{
	int w[TABLE_MAX_COLUMNS];
	if (height < 1)
		return;
	layout(t, width, w);
	int rows = height - 1;
	t->height = rows;

	/* Header. */
	ui_fill(y, x, width, UI_HEADER);
	for (int c = 0, cx = x; c < t->ncols && cx < x + width; c++) {
		int cw = cx + w[c] > x + width ? x + width - cx : w[c];
		enum ui_style st = c == t->sort ? UI_HEADER_SORTED : UI_HEADER;
		if (t->cols[c].right)
			ui_text_right(y, cx, cw, t->cols[c].title, st);
		else
			ui_text(y, cx, cw, t->cols[c].title, st);
		cx += w[c] + 1;
	}

	long long n = table_count(t);
	clamp(t);
	if (n == 0) {
		if (t->empty && rows > 0)
			ui_text(y + 2 < y + height ? y + 2 : y + 1, x + 2, width - 2, t->empty, UI_DIM);
		return;
	}
	/* Keep the cursor in view. */
	if (t->top > t->cursor)
		t->top = t->cursor;
	if (t->cursor >= t->top + rows)
		t->top = t->cursor - rows + 1;
	if (t->top > n - rows)
		t->top = n - rows;
	if (t->top < 0)
		t->top = 0;

	for (int i = 0; i < rows && t->top + i < n; i++) {
		long long index = t->top + i;
		const struct table_rows *p;
		const struct table_row *r = row_at(t, index, &p);
		bool sel = index == t->cursor;
		enum ui_style st = !r ? UI_NORMAL : r->style;
		if (sel)
			st = st == UI_DIM ? UI_DIM_SELECTED : UI_SELECTED;
		ui_fill(y + 1 + i, x, width, st);
		if (!r)
			continue;
		for (int c = 0, cx = x; c < t->ncols && cx < x + width; c++) {
			int cw = cx + w[c] > x + width ? x + width - cx : w[c];
			const char *cell = p->text + r->cell[c];
			if (t->cols[c].right)
				ui_text_right(y + 1 + i, cx, cw, cell, st);
			else
				ui_text(y + 1 + i, cx, cw, cell, st);
			cx += w[c] + 1;
		}
	}
}
