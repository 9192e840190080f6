#include "io/doc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/text.h"
#include "io/sheet.h"

static char *dup_text(const char *s)
{
	char *p = strdup(s ? s : "");
	if (!p)
		abort();
	return p;
}

struct doc *doc_new(const char *name, double body_pt)
{
	struct doc *d = calloc(1, sizeof *d);
	if (!d)
		abort();
	d->name = dup_text(name);
	d->body_pt = body_pt > 0 ? body_pt : 12;
	return d;
}

void doc_free(struct doc *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->nblocks; i++) {
		struct doc_block *b = &d->blocks[i];
		for (size_t k = 0; k < b->nrows * (size_t)b->ncols; k++)
			free(b->cells[k]);
		free(b->cells);
		free(b->row_bold);
		free(b->text);
	}
	free(d->blocks);
	free(d->contents);
	free(d->name);
	free(d);
}

void doc_set_contents(struct doc *d, const char *title)
{
	free(d->contents);
	d->contents = dup_text(title);
}

static struct doc_block *add_block(struct doc *d, enum doc_block_kind kind, const char *text)
{
	d->blocks = grow_array(d->blocks, d->nblocks, &d->cap, 16, sizeof *d->blocks);
	struct doc_block *b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->text = text ? dup_text(text) : NULL;
	return b;
}

void doc_title(struct doc *d, const char *text) { add_block(d, DOC_TITLE, text); }
void doc_subtitle(struct doc *d, const char *text) { add_block(d, DOC_SUBTITLE, text); }
void doc_heading(struct doc *d, const char *text) { add_block(d, DOC_HEADING, text); }
void doc_para(struct doc *d, const char *text) { add_block(d, DOC_PARA, text); }
void doc_text(struct doc *d, const char *text) { add_block(d, DOC_TEXT, text); }
void doc_text_after(struct doc *d, const char *text)
{
	add_block(d, DOC_TEXT, text);
	d->blocks[d->nblocks - 1].with_prev = true;
}
void doc_signature(struct doc *d, const char *text) { add_block(d, DOC_SIGNATURE, text); }
void doc_date(struct doc *d, const char *text) { add_block(d, DOC_DATE, text); }
void doc_page_break(struct doc *d) { add_block(d, DOC_PAGE_BREAK, NULL); }
void doc_mark(struct doc *d, const char *text) { add_block(d, DOC_MARK, text); }

void doc_paraf(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	char *text;
	va_start(ap, fmt);
	if (vasprintf(&text, fmt, ap) < 0)
		abort();
	va_end(ap);
	doc_para(d, text);
	free(text);
}

static void add_row(struct doc_block *b, const char *const *cells, bool bold)
{
	size_t n = b->nrows * (size_t)b->ncols;
	for (int c = 0; c < b->ncols; c++) {
		b->cells = grow_array(b->cells, n, &b->cap_cells, 64, sizeof *b->cells);
		b->cells[n++] = dup_text(cells[c]);
	}
	b->row_bold = grow_array(b->row_bold, b->nrows, &b->cap_rows, 16, sizeof *b->row_bold);
	b->row_bold[b->nrows++] = bold;
}

void doc_kv(struct doc *d, const char *key, const char *value)
{
	struct doc_block *b = d->nblocks ? &d->blocks[d->nblocks - 1] : NULL;
	if (!b || b->kind != DOC_KV) {
		b = add_block(d, DOC_KV, NULL);
		b->ncols = 2;
	}
	const char *row[2] = { key, value };
	add_row(b, row, false);
}

void doc_table(struct doc *d, int ncols, const char *const *header)
{
	struct doc_block *b = add_block(d, DOC_TABLE, NULL);
	b->ncols = ncols < 1 ? 1 : ncols > DOC_MAX_COLS ? DOC_MAX_COLS : ncols;
	add_row(b, header, true);
}

void doc_table_align(struct doc *d, int col, enum doc_cell_align align)
{
	struct doc_block *b = &d->blocks[d->nblocks - 1];
	if (b->kind == DOC_TABLE && col >= 0 && col < b->ncols)
		b->align[col] = (unsigned char)align;
}

void doc_table_row(struct doc *d, const char *const *cells, bool bold)
{
	struct doc_block *b = &d->blocks[d->nblocks - 1];
	if (b->kind == DOC_TABLE)
		add_row(b, cells, bold);
}

void doc_cn_date(const char *iso, char out[32])
{
	struct date dt;
	if (date_parse_iso(iso, &dt))
		snprintf(out, 32, "%d年%d月%d日", dt.y, dt.m, dt.d);
	else
		snprintf(out, 32, "%s", iso);
}

/* ---- A sheet as a document */

void doc_add_sheet(struct doc *d, const struct sheet *first)
{
	for (const struct sheet *s = first; s; s = s->next) {
		if (s != first)
			doc_page_break(d);
		doc_title(d, s->title);
		if (s->subtitle && *s->subtitle)
			doc_subtitle(d, s->subtitle);
		/* Columns beyond DOC_MAX_COLS continue in a further table. */
		for (int from = 0; from < s->ncols; from += DOC_MAX_COLS) {
			const char *row[DOC_MAX_COLS];
			int n = s->ncols - from > DOC_MAX_COLS ? DOC_MAX_COLS : s->ncols - from;
			for (int c = 0; c < n; c++)
				row[c] = s->cols[from + c].title;
			doc_table(d, n, row);
			for (int c = 0; c < n; c++)
				if (s->cols[from + c].kind != CELL_TEXT)
					doc_table_align(d, c, DOC_RIGHT_ALIGN);
			for (size_t r = 0; r < s->nrows; r++) {
				for (int c = 0; c < n; c++)
					row[c] = sheet_cell(s, r, from + c);
				doc_table_row(d, row, s->flags[r] & ROW_TOTAL);
			}
		}
		for (size_t i = 0; i < s->nfooter; i++)
			doc_text_after(d, s->footer[i]);
		/* A table of many columns is printed across the page, smaller. */
		if (s->ncols > 7)
			d->landscape = true;
		if (s->ncols > 14 && d->body_pt > 8)
			d->body_pt = 8;
	}
}

struct doc *doc_from_sheet(const struct sheet *s)
{
	struct doc *d = doc_new(s->title, 10.5);
	doc_add_sheet(d, s);
	return d;
}

/* ---- Plain text: the document as lines, 36 characters (72 columns) wide */

enum { TEXT_COLS = 72 };

struct text_out {
	struct enc_writer *w;
};

static void put(struct text_out *o, const char *s) { enc_writer_puts(o->w, s); }

static void put_spaces(struct text_out *o, int n)
{
	for (int i = 0; i < n; i++)
		put(o, " ");
}

/* A line centred, or at the right (right true). */
static void put_placed(struct text_out *o, const char *s, bool right)
{
	int w = text_width(s), pad = TEXT_COLS - w;
	if (pad > 0)
		put_spaces(o, right ? pad : pad / 2);
	put(o, s);
	put(o, "\n");
}

static void put_table(struct text_out *o, const struct doc_block *b)
{
	int width[DOC_MAX_COLS] = { 0 };
	for (size_t r = 0; r < b->nrows; r++)
		for (int c = 0; c < b->ncols; c++) {
			int w = text_width(b->cells[r * (size_t)b->ncols + (size_t)c]);
			if (w > width[c])
				width[c] = w;
		}
	for (size_t r = 0; r < b->nrows; r++) {
		for (int c = 0; c < b->ncols; c++) {
			const char *cell = b->cells[r * (size_t)b->ncols + (size_t)c];
			bool last = c == b->ncols - 1;
			int pad = width[c] - text_width(cell);
			if (b->align[c] == DOC_RIGHT_ALIGN)
				put_spaces(o, pad);
			put(o, cell);
			if (!last && b->align[c] != DOC_RIGHT_ALIGN)
				put_spaces(o, pad);
			if (!last)
				put(o, "  ");
		}
		put(o, "\n");
	}
}

bool doc_write_text(const struct doc *d, FILE *f, enum text_encoding enc)
{
	struct text_out o = { enc_writer_new(f, enc) };
	enum doc_block_kind prev = DOC_PAGE_BREAK;
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct doc_block *b = &d->blocks[i];
		/* A blank line between blocks, none under the title before its
		 * subtitle nor between the signature lines. */
		bool gap = prev != DOC_PAGE_BREAK && b->kind != DOC_PAGE_BREAK && b->kind != DOC_MARK &&
			   !((prev == DOC_TITLE || prev == DOC_SUBTITLE) && b->kind == DOC_SUBTITLE) &&
			   !(prev == DOC_SIGNATURE && (b->kind == DOC_SIGNATURE || b->kind == DOC_DATE));
		if (gap)
			put(&o, "\n");
		switch (b->kind) {
		case DOC_TITLE:
		case DOC_SUBTITLE:
			put_placed(&o, b->text, false);
			break;
		case DOC_HEADING:
		case DOC_TEXT:
			put(&o, b->text);
			put(&o, "\n");
			break;
		case DOC_PARA:
			put(&o, "　　");
			put(&o, b->text);
			put(&o, "\n");
			break;
		case DOC_KV:
			for (size_t r = 0; r < b->nrows; r++) {
				put(&o, b->cells[r * 2]);
				put(&o, "：");
				put(&o, b->cells[r * 2 + 1]);
				put(&o, "\n");
			}
			break;
		case DOC_TABLE:
			put_table(&o, b);
			break;
		case DOC_SIGNATURE:
		case DOC_DATE:
			put_placed(&o, b->text, true);
			break;
		case DOC_PAGE_BREAK:
			if (i + 1 < d->nblocks)
				put(&o, "\f\n");
			break;
		case DOC_MARK:
			continue;
		}
		prev = b->kind;
	}
	return enc_writer_free(o.w);
}
