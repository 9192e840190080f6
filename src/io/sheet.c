#include "io/sheet.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fputs("zhibu: out of memory\n", stderr);
		abort();
	}
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s ? s : "") + 1;
	return memcpy(xrealloc(NULL, n), s ? s : "", n);
}

/* Offset 0 of the arena is the empty string shared by unset cells. */
static uint32_t arena_add(struct sheet *s, const char *t)
{
	size_t n = strlen(t) + 1;
	if (n == 1)
		return 0;
	if (s->text_len + n > s->text_cap) {
		s->text_cap = (s->text_len + n) * 2;
		s->text = xrealloc(s->text, s->text_cap);
	}
	uint32_t off = (uint32_t)s->text_len;
	memcpy(s->text + off, t, n);
	/* The second line of defence: no control character read from a file
	 * or typed reaches a terminal or an output file (TAB, newline stay). */
	s->text_len += strlen(text_strip_controls(s->text + off)) + 1;
	return off;
}

struct sheet *sheet_new(const char *title, const char *subtitle, const char *name)
{
	struct sheet *s = calloc(1, sizeof *s);
	if (!s)
		abort();
	s->title = text_strip_controls(xstrdup(title));
	s->subtitle = text_strip_controls(xstrdup(subtitle));
	s->name = xstrdup(name ? name : title);
	s->text_cap = 4096;
	s->text = xrealloc(NULL, s->text_cap);
	s->text[0] = '\0';
	s->text_len = 1;
	return s;
}

void sheet_free(struct sheet *s)
{
	while (s) {
		struct sheet *next = s->next;
		for (int i = 0; i < s->ncols; i++)
			free(s->cols[i].title);
		for (size_t i = 0; i < s->nfooter; i++)
			free(s->footer[i]);
		for (size_t i = 0; i < s->ncharts; i++)
			free(s->charts[i].title);
		free(s->charts);
		free(s->footer);
		free(s->cols);
		free(s->cells);
		free(s->flags);
		free(s->marks);
		free(s->text);
		free(s->title);
		free(s->subtitle);
		free(s->name);
		free(s);
		s = next;
	}
}

void sheet_add_column(struct sheet *s, const char *title, enum cell_kind kind)
{
	if (s->nrows) {
		fputs("zhibu: internal error: column added after rows\n", stderr);
		abort();
	}
	s->cols = xrealloc(s->cols, (size_t)(s->ncols + 1) * sizeof *s->cols);
	s->cols[s->ncols].title = xstrdup(title);
	s->cols[s->ncols].kind = kind;
	s->cols[s->ncols].choices = NULL;
	s->ncols++;
}

enum cell_kind sheet_date_or(const char *header, enum cell_kind kind)
{
	size_t n = strlen(header), t = strlen("日期");
	return n >= t && !strcmp(header + n - t, "日期") ? CELL_DATE : kind;
}

void sheet_column_choices(struct sheet *s, int col, const char *const *choices)
{
	s->cols[col].choices = choices;
}

void sheet_add_row(struct sheet *s, enum row_flags flags)
{
	if (s->nrows == s->cap_rows) {
		s->cap_rows = s->cap_rows ? s->cap_rows * 2 : 64;
		s->cells = xrealloc(s->cells, s->cap_rows * (size_t)s->ncols * sizeof *s->cells);
		s->flags = xrealloc(s->flags, s->cap_rows);
		s->marks = xrealloc(s->marks, s->cap_rows * (size_t)s->ncols);
	}
	memset(s->cells + s->nrows * (size_t)s->ncols, 0, (size_t)s->ncols * sizeof *s->cells);
	memset(s->marks + s->nrows * (size_t)s->ncols, 0, (size_t)s->ncols);
	s->flags[s->nrows] = (unsigned char)flags;
	s->nrows++;
}

void sheet_set(struct sheet *s, int col, const char *text)
{
	if (!s->nrows || col < 0 || col >= s->ncols) {
		fputs("zhibu: internal error: cell outside the sheet\n", stderr);
		abort();
	}
	s->cells[(s->nrows - 1) * (size_t)s->ncols + (size_t)col] = arena_add(s, text ? text : "");
}

void sheet_setf(struct sheet *s, int col, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	sheet_set(s, col, buf);
}

const char *sheet_cell(const struct sheet *s, size_t row, int col)
{
	return s->text + s->cells[row * (size_t)s->ncols + (size_t)col];
}

void sheet_add_footer(struct sheet *s, const char *line)
{
	s->footer = xrealloc(s->footer, (s->nfooter + 1) * sizeof *s->footer);
	s->footer[s->nfooter++] = text_strip_controls(xstrdup(line));
}

void sheet_add_chart(struct sheet *s, const char *title, int label_col, int value_col,
		     size_t first_row, size_t last_row)
{
	s->charts = xrealloc(s->charts, (s->ncharts + 1) * sizeof *s->charts);
	struct sheet_chart *c = &s->charts[s->ncharts++];
	c->title = xstrdup(title);
	c->label_col = label_col;
	c->value_col = value_col;
	c->first_row = first_row;
	c->last_row = last_row;
}

void sheet_append(struct sheet *s, struct sheet *next)
{
	while (s->next)
		s = s->next;
	s->next = next;
}

void sheet_set_money(struct sheet *s, int col, fen_t fen)
{
	char text[MONEY_SIZE];
	money_format(fen, text);
	sheet_set(s, col, text);
}

void sheet_mark(struct sheet *s, int col)
{
	if (!s->nrows || col < 0 || col >= s->ncols)
		abort();
	s->marks[(s->nrows - 1) * (size_t)s->ncols + (size_t)col] = 1;
}

bool sheet_marked(const struct sheet *s, size_t row, int col)
{
	return row < s->nrows && col >= 0 && col < s->ncols && s->marks[row * (size_t)s->ncols + (size_t)col];
}
