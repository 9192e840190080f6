#include "io/grid.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"

#define GRID_MAX_CELLS 20000000u /* 20 million cells: far beyond any roster */

enum grid_format grid_sniff(const char *data, size_t len)
{
	if (len >= 4 && !memcmp(data, "PK\x03\x04", 4))
		return GRID_XLSX;
	if (len >= 8 && !memcmp(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
		return GRID_XLS;
	return GRID_NONE;
}

void grid_init(struct grid *t)
{
	memset(t, 0, sizeof *t);
	t->text = malloc(64);
	if (!t->text)
		abort();
	t->text_cap = 64;
	t->text[0] = '\0';
	t->text_len = 1; /* offset 0 is the empty cell */
}

void grid_free(struct grid *t)
{
	free(t->text);
	free(t->cells);
	free(t->rows);
	free(t->merges);
	free(t->sheet);
	t->text = NULL;
	t->cells = NULL;
	t->rows = NULL;
	t->merges = NULL;
	t->sheet = NULL;
}

void grid_begin_row(struct grid *t, size_t line)
{
	t->rows = grow_array(t->rows, t->nrows, &t->rows_cap, 64, sizeof *t->rows);
	t->rows[t->nrows++] = (struct grid_row){ .first = t->ncells, .ncells = 0, .line = line };
}

static size_t add_text(struct grid *t, const char *s, size_t len)
{
	if (t->text_len + len + 1 > t->text_cap) {
		while (t->text_len + len + 1 > t->text_cap)
			t->text_cap *= 2;
		t->text = realloc(t->text, t->text_cap);
		if (!t->text)
			abort();
	}
	size_t off = t->text_len;
	memcpy(t->text + off, s, len);
	t->text[off + len] = '\0';
	t->text_len += len + 1;
	return off;
}

void grid_set_cell(struct grid *t, int col, const char *s, size_t len, enum gcell_kind kind)
{
	if (!t->nrows || col < 0 || len == 0)
		return;
	struct grid_row *r = &t->rows[t->nrows - 1];
	/* The current row's cells are the last ones: fill the gap with empties. */
	while (r->ncells <= col) {
		if (t->ncells >= GRID_MAX_CELLS)
			return;
		t->cells = grow_array(t->cells, t->ncells, &t->cells_cap, 256, sizeof *t->cells);
		t->cells[t->ncells++] = (struct grid_cell){ 0, GCELL_EMPTY };
		r->ncells++;
	}
	t->cells[r->first + (size_t)col] = (struct grid_cell){ add_text(t, s, len), (unsigned char)kind };
}

bool grid_serial_date(double serial, bool date1904, char out[11])
{
	if (!(serial >= 1 && serial < 2958466)) /* 9999-12-31 */
		return false;
	long n = (long)floor(serial);
	/* 1900 system: day 1 is 1900-01-01, and Lotus's 1900-02-29 is day 60. */
	long days;
	if (date1904)
		days = date_to_days((struct date){ 1904, 1, 1 }) + n;
	else if (n == 60)
		return false;
	else
		days = date_to_days((struct date){ 1899, 12, n < 60 ? 31 : 30 }) + n;
	date_format(date_from_days(days), out);
	return true;
}

void grid_set_number(struct grid *t, int col, double v, bool is_date)
{
	char buf[32];
	if (is_date && grid_serial_date(v, t->date1904, buf)) {
		grid_set_cell(t, col, buf, strlen(buf), GCELL_DATE);
		return;
	}
	int n = snprintf(buf, sizeof buf, "%.15g", v);
	grid_set_cell(t, col, buf, (size_t)n, GCELL_NUMBER);
}

void grid_add_merge(struct grid *t, struct grid_merge m)
{
	if (m.r2 < m.r1 || m.c2 < m.c1 || (m.r1 == m.r2 && m.c1 == m.c2))
		return;
	t->merges = grow_array(t->merges, t->nmerges, &t->merges_cap, 16, sizeof *t->merges);
	t->merges[t->nmerges++] = m;
}

static int row_order(const void *a, const void *b)
{
	const struct grid_row *x = a, *y = b;
	return x->line < y->line ? -1 : x->line > y->line;
}

void grid_finish(struct grid *t)
{
	for (size_t i = 1; i < t->nrows; i++)
		if (t->rows[i].line < t->rows[i - 1].line) {
			qsort(t->rows, t->nrows, sizeof *t->rows, row_order);
			break;
		}
}

static const char *direct(const struct grid *t, size_t row, int col, enum gcell_kind *kind)
{
	const struct grid_row *r = &t->rows[row];
	if (col < 0 || col >= r->ncells) {
		*kind = GCELL_EMPTY;
		return t->text; /* the empty string at offset 0 */
	}
	const struct grid_cell *c = &t->cells[r->first + (size_t)col];
	*kind = (enum gcell_kind)c->kind;
	return t->text + c->off;
}

/* The row index of sheet row line, or nrows. */
static size_t find_line(const struct grid *t, size_t line)
{
	size_t lo = 0, hi = t->nrows;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->rows[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->nrows && t->rows[lo].line == line ? lo : t->nrows;
}

const char *grid_cell(const struct grid *t, size_t row, int col, enum gcell_kind *kind)
{
	const char *v = direct(t, row, col, kind);
	if (*kind != GCELL_EMPTY || !t->nmerges)
		return v;
	size_t line = t->rows[row].line;
	for (size_t i = 0; i < t->nmerges; i++) {
		const struct grid_merge *m = &t->merges[i];
		if (line < m->r1 || line > m->r2 || col < m->c1 || col > m->c2)
			continue;
		size_t first = find_line(t, m->r1);
		return first < t->nrows ? direct(t, first, m->c1, kind) : v;
	}
	return v;
}
