/* The in-memory table source of table.h: rows computed whole, kept as text,
 * sorted here instead of by ORDER BY. */
#include "ui/table.h"

#include <stdlib.h>
#include <string.h>

#include "core/grow.h"

struct list_row {
	long long id;
	enum ui_style style;
	size_t cell[TABLE_MAX_COLUMNS]; /* offsets into text */
};

struct table_list {
	int ncols;
	table_list_fill fill;
	void *ctx;
	struct list_row *rows;
	size_t count, cap;
	char *text;
	size_t text_len, text_cap;
	size_t *order;          /* rows in the order asked for */
	size_t order_cap;
};

struct table_list *table_list_new(int columns, table_list_fill fill, void *ctx)
{
	struct table_list *l = calloc(1, sizeof *l);
	if (!l)
		abort();
	l->ncols = columns > TABLE_MAX_COLUMNS ? TABLE_MAX_COLUMNS : columns;
	l->fill = fill;
	l->ctx = ctx;
	return l;
}

void table_list_free(struct table_list *l)
{
	if (!l)
		return;
	free(l->rows);
	free(l->text);
	free(l->order);
	free(l);
}

void table_list_add(struct table_list *l, long long id, enum ui_style style, const char *const *cells)
{
	l->rows = grow_array(l->rows, l->count, &l->cap, 16, sizeof *l->rows);
	struct list_row *r = &l->rows[l->count++];
	r->id = id;
	r->style = style;
	for (int c = 0; c < l->ncols; c++)
		r->cell[c] = grow_text(&l->text, &l->text_len, &l->text_cap, cells[c] ? cells[c] : "");
}

static const char *cell(const struct table_list *l, size_t row, int col)
{
	return l->text + l->rows[row].cell[col];
}

/* A cell that is wholly a number ("12", "-3.5", "83.3%", "1,234.50"),
 * its value. */
static bool cell_number(const char *s, double *v)
{
	char digits[64], *end;
	size_t n = 0;
	for (; *s && n + 1 < sizeof digits; s++)
		if (*s != ',')
			digits[n++] = *s;
	digits[n] = '\0';
	if (*s || !n)
		return false;
	*v = strtod(digits, &end);
	return end != digits && (!*end || !strcmp(end, "%"));
}

static const struct table_list *sorting; /* for qsort */
static int sorting_col;

static int compare_rows(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	const char *p = cell(sorting, x, sorting_col), *q = cell(sorting, y, sorting_col);
	double u, v;
	int r = cell_number(p, &u) && cell_number(q, &v) ? (u > v) - (u < v) : strcmp(p, q);
	return r ? r : (x > y) - (x < y);
}

static void list_order(struct table_list *l, int sort)
{
	if (l->order_cap < l->count + 1) {
		l->order_cap = l->count + 1;
		l->order = realloc(l->order, l->order_cap * sizeof *l->order);
		if (!l->order)
			abort();
	}
	for (size_t i = 0; i < l->count; i++)
		l->order[i] = i;
	if (sort >= 0 && sort < l->ncols) {
		sorting = l;
		sorting_col = sort;
		qsort(l->order, l->count, sizeof *l->order, compare_rows);
	}
}

/* The rows afresh.  The table may ask for its first page before it counts,
 * so both ask: the rows are few. */
static bool list_refill(struct table_list *l)
{
	l->count = 0;
	l->text_len = 0;
	return l->fill(l->ctx, l);
}

static long long list_count(void *ctx)
{
	struct table_list *l = ctx;
	return list_refill(l) ? (long long)l->count : -1;
}

static bool list_fetch(void *ctx, int sort, bool desc, long long offset, int limit, struct table_rows *rows)
{
	struct table_list *l = ctx;
	if (!list_refill(l))
		return false;
	list_order(l, sort);
	const char *cells[TABLE_MAX_COLUMNS];
	for (long long i = offset; i < offset + limit && i < (long long)l->count; i++) {
		size_t row = l->order[desc ? l->count - 1 - (size_t)i : (size_t)i];
		for (int c = 0; c < l->ncols; c++)
			cells[c] = cell(l, row, c);
		table_rows_add(rows, l->rows[row].id, l->rows[row].style, cells);
	}
	return true;
}

struct table_source table_list_source(struct table_list *l)
{
	return (struct table_source){ list_count, list_fetch, l };
}
