/* The document as PDF: cairo's PDF surface, pango for shaping and line
 * breaking (which knows where a Chinese line may break), a CJK serif found
 * through fontconfig and embedded as a subset.
 *
 * A4, the margins of GB/T 9704 (top 37 mm, bottom 35, left 28, right 26),
 * page numbers "— 1 —" 7 mm under the text area.  Every block becomes
 * items -- a line of a paragraph, a row of a table -- each marked whether it
 * must stay on the page of the next one (a title with what follows, the last
 * two lines of the body with the signatures).  Items are queued until one
 * that may be parted from the next arrives, then placed and drawn, so the
 * memory is that of one chain, not of the document.  With a contents page
 * the document is laid out twice: first to learn the marks' pages. */
#include "io/doc.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "io/doc_font.h"

#define MM (72.0 / 25.4)
#define FONT_FAMILY "Noto Serif CJK SC"

enum item_kind { IT_LINE, IT_ROW, IT_MARK, IT_CONTENTS };

struct table {
	int ncols;
	double colw[DOC_MAX_COLS];
	unsigned char align[DOC_MAX_COLS];
	struct item *header;      /* kept until the table ends, drawn atop each page */
};

struct item {
	enum item_kind kind;
	PangoLayout *layout;      /* IT_LINE: the paragraph; IT_CONTENTS: the entry */
	int line;                 /* the line of layout */
	double x, h, before, baseline;
	bool keep_next;
	PangoLayout *cells[DOC_MAX_COLS]; /* IT_ROW */
	const struct table *table;
	bool bold, header_row;
	size_t mark;              /* IT_MARK, IT_CONTENTS: index of the mark */
};

struct pager {
	const struct doc *d;
	cairo_t *cr;              /* NULL: lay out only, to learn the pages */
	PangoContext *pc;
	PangoFontDescription *body, *bold, *title, *number;
	double w, h, left, top, bottom, textw;
	double y;
	int page;
	bool page_empty;
	int *mark_page;           /* per mark */
	size_t nmarks;
	struct item *queue;
	size_t nqueue, cap_queue;
	struct table table;       /* the table being laid out */
	struct item held_header;  /* its header, while its last rows wait in the queue */
	bool holding;             /* ... for the lines that keep with them */
};

static double pt(int pango_units) { return (double)pango_units / PANGO_SCALE; }

static PangoLayout *new_layout(struct pager *p, const char *text, const PangoFontDescription *font,
			       double width, PangoAlignment align)
{
	PangoLayout *l = pango_layout_new(p->pc);
	pango_layout_set_font_description(l, font);
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	if (width > 0)
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_alignment(l, align);
	pango_layout_set_text(l, text ? text : "", -1);
	return l;
}

static double layout_height(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return pt(h);
}

static double layout_width(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return pt(w);
}

/* ---- Pages */

static void page_number(struct pager *p)
{
	char text[32];
	snprintf(text, sizeof text, "— %d —", p->page);
	PangoLayout *l = new_layout(p, text, p->number, p->w, PANGO_ALIGN_CENTER);
	cairo_move_to(p->cr, 0, p->h - p->bottom + 7 * MM);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
}

static void end_page(struct pager *p)
{
	if (p->cr) {
		page_number(p);
		cairo_show_page(p->cr);
	}
}

static void new_page(struct pager *p)
{
	end_page(p);
	p->page++;
	p->y = p->top;
	p->page_empty = true;
}

/* ---- Drawing an item at p->y */

static void show_line(struct pager *p, PangoLayout *l, int line, double x, double baseline)
{
	PangoLayoutLine *ll = pango_layout_get_line_readonly(l, line);
	cairo_move_to(p->cr, x, p->y + baseline);
	pango_cairo_show_layout_line(p->cr, ll);
}

static void draw_row(struct pager *p, const struct item *it)
{
	const struct table *t = it->table;
	double x = p->left, pad = 0.3 * pango_font_description_get_size(p->body) / PANGO_SCALE;
	cairo_set_line_width(p->cr, 0.6);
	for (int c = 0; c < t->ncols; c++) {
		cairo_rectangle(p->cr, x, p->y, t->colw[c], it->h);
		cairo_stroke(p->cr);
		PangoLayout *l = it->cells[c];
		double lw = layout_width(l), cx = x + pad;
		if (t->align[c] == DOC_RIGHT_ALIGN)
			cx = x + t->colw[c] - pad - lw;
		else if (t->align[c] == DOC_CENTRE || it->header_row)
			cx = x + (t->colw[c] - lw) / 2;
		cairo_move_to(p->cr, cx, p->y + (it->h - layout_height(l)) / 2);
		pango_cairo_show_layout(p->cr, l);
		x += t->colw[c];
	}
}

static void draw_item(struct pager *p, const struct item *it)
{
	switch (it->kind) {
	case IT_LINE:
		show_line(p, it->layout, it->line, it->x, it->baseline);
		break;
	case IT_ROW:
		draw_row(p, it);
		break;
	case IT_CONTENTS: {
		show_line(p, it->layout, 0, p->left, it->baseline);
		char num[16];
		snprintf(num, sizeof num, "%d", p->mark_page ? p->mark_page[it->mark] : 0);
		PangoLayout *l = new_layout(p, num, p->body, 0, PANGO_ALIGN_LEFT);
		show_line(p, l, 0, p->left + p->textw - layout_width(l), it->baseline);
		g_object_unref(l);
		break;
	}
	case IT_MARK:
		break;
	}
}

static void free_item(struct item *it)
{
	if (it->layout)
		g_object_unref(it->layout);
	for (int c = 0; c < DOC_MAX_COLS; c++)
		if (it->cells[c])
			g_object_unref(it->cells[c]);
}

/* ---- Placing the queue: each item with the chain that must share its page */

static void place(struct pager *p, struct item *it, double chain)
{
	double limit = p->h - p->bottom, room = limit - p->top;
	double before = p->page_empty ? 0 : it->before;
	if (it->kind == IT_MARK) {
		if (p->mark_page && it->mark < p->nmarks)
			p->mark_page[it->mark] = p->page;
		return;
	}
	if (!p->page_empty && ((p->y + before + chain > limit && chain <= room) || p->y + before + it->h > limit)) {
		new_page(p);
		before = 0;
	}
	if (p->page_empty && it->kind == IT_ROW && it->table && it->table->header && !it->header_row) {
		if (p->cr)
			draw_row(p, it->table->header);
		p->y += it->table->header->h;
	}
	p->y += before;
	if (p->cr)
		draw_item(p, it);
	p->y += it->h;
	p->page_empty = false;
}

static void flush(struct pager *p)
{
	for (size_t i = 0; i < p->nqueue; i++) {
		double chain = p->queue[i].h;
		for (size_t k = i + 1; k < p->nqueue; k++)
			chain += p->queue[k].before + p->queue[k].h;
		place(p, &p->queue[i], chain);
		free_item(&p->queue[i]);
	}
	p->nqueue = 0;
	if (p->holding) { /* a table's last rows are placed: its header goes */
		p->table.header = NULL;
		free_item(&p->held_header);
		p->holding = false;
	}
}

static void push(struct pager *p, const struct item *it)
{
	p->queue = grow_array(p->queue, p->nqueue, &p->cap_queue, 64, sizeof *p->queue);
	p->queue[p->nqueue++] = *it;
	if (!it->keep_next)
		flush(p);
}

/* ---- Blocks into items */

static bool keeps_with_next(enum doc_block_kind k)
{
	return k == DOC_TITLE || k == DOC_SUBTITLE || k == DOC_HEADING || k == DOC_MARK;
}

static bool is_signature(const struct doc *d, size_t i)
{
	return i < d->nblocks && (d->blocks[i].kind == DOC_SIGNATURE || d->blocks[i].kind == DOC_DATE);
}

/* Block i goes on the page of the block before it (doc_text_after). */
static bool glued(const struct doc *d, size_t i)
{
	return i < d->nblocks && d->blocks[i].with_prev;
}

/* The lines of a layout as items: keep is true for all when the block keeps
 * with the next; tail: the last two lines keep with the signatures. */
static void push_lines(struct pager *p, PangoLayout *l, double x, double before, bool keep, bool tail)
{
	PangoLayoutIter *iter = pango_layout_get_iter(l);
	int n = pango_layout_get_line_count(l), i = 0;
	do {
		int y0, y1;
		PangoRectangle logical;
		pango_layout_iter_get_line_yrange(iter, &y0, &y1);
		pango_layout_iter_get_line_extents(iter, NULL, &logical);
		struct item it = { .kind = IT_LINE, .line = i };
		it.layout = g_object_ref(l);
		it.x = x + pt(logical.x);
		it.h = pt(y1 - y0);
		it.baseline = pt(pango_layout_iter_get_baseline(iter) - y0);
		it.before = i == 0 ? before : 0;
		it.keep_next = keep || (tail && i >= n - 2);
		push(p, &it);
		i++;
	} while (pango_layout_iter_next_line(iter));
	pango_layout_iter_free(iter);
	g_object_unref(l);
}

static void push_text(struct pager *p, const char *text, const PangoFontDescription *font, PangoAlignment align,
		      double indent, double right, double spacing, double before, bool keep, bool tail)
{
	PangoLayout *l = new_layout(p, text, font, p->textw - right, align);
	pango_layout_set_indent(l, (int)(indent * PANGO_SCALE));
	pango_layout_set_line_spacing(l, (float)spacing);
	push_lines(p, l, p->left, before, keep, tail);
}

/* A title of two lines or more is wrapped to lines of about even length, so
 * that no line holds a character or two alone. */
static void push_title(struct pager *p, const char *text, double before)
{
	PangoLayout *l = new_layout(p, text, p->title, 0, PANGO_ALIGN_CENTER);
	double w = layout_width(l), em = pango_font_description_get_size(p->title) / (double)PANGO_SCALE;
	int lines = (int)(w / p->textw) + 1;
	double width = lines > 1 ? w / lines + em : p->textw;
	pango_layout_set_width(l, (int)((width < p->textw ? width : p->textw) * PANGO_SCALE));
	pango_layout_set_line_spacing(l, 1.3f);
	push_lines(p, l, p->left + (p->textw - (width < p->textw ? width : p->textw)) / 2, before, true, false);
}

static const char *cell(const struct doc_block *b, size_t r, int c)
{
	return b->cells[r * (size_t)b->ncols + (size_t)c];
}

/* A row is one layout, "key：value", the value's further lines hanging
 * under its first, so that the text reads in order when extracted. */
static void push_kv(struct pager *p, const struct doc_block *b, double before, bool tail)
{
	double em = pango_font_description_get_size(p->body) / (double)PANGO_SCALE;
	for (size_t r = 0; r < b->nrows; r++) {
		char *text;
		if (asprintf(&text, "%s：%s", cell(b, r, 0), cell(b, r, 1)) < 0)
			abort();
		size_t keylen = strlen(cell(b, r, 0)) + strlen("：");
		PangoLayout *k = new_layout(p, text, p->bold, 0, PANGO_ALIGN_LEFT);
		pango_layout_set_text(k, text, (int)keylen);
		double keyw = layout_width(k);
		g_object_unref(k);
		if (keyw > p->textw / 3)
			keyw = p->textw / 3;
		PangoLayout *l = new_layout(p, text, p->body, p->textw, PANGO_ALIGN_LEFT);
		PangoAttrList *attrs = pango_attr_list_new();
		PangoAttribute *bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
		bold->start_index = 0;
		bold->end_index = (guint)keylen;
		pango_attr_list_insert(attrs, bold);
		pango_layout_set_attributes(l, attrs);
		pango_attr_list_unref(attrs);
		pango_layout_set_indent(l, (int)(-keyw * PANGO_SCALE));
		pango_layout_set_line_spacing(l, 1.5f);
		free(text);
		push_lines(p, l, p->left, r == 0 ? before : 0.2 * em, false, tail && r + 1 == b->nrows);
	}
}

/* Whether text holds Chinese (or other characters from U+3000 on), which
 * may break between any two characters. */
static bool has_cjk(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0xe3)
			return true;
	return false;
}

/* Column widths, as a browser lays out a table: each column's natural
 * width (its longest cell on one line) when the line holds them all; else
 * each column gets its minimum (a cell without Chinese, such as a number
 * or a date, whole; four characters of Chinese, a name) and what remains of the line is shared in proportion to how much
 * wider each would like to be. */
/* Each column's natural width (its widest cell on one line) and its least
 * (its widest cell that must not break: a number, a date; and four
 * characters of Chinese, a name). */
static void column_widths(struct pager *p, const struct doc_block *b, double pad, double nat[DOC_MAX_COLS],
			  double min[DOC_MAX_COLS])
{
	for (int c = 0; c < DOC_MAX_COLS; c++)
		nat[c] = min[c] = 0;
	for (size_t r = 0; r < b->nrows; r++)
		for (int c = 0; c < b->ncols; c++) {
			PangoLayout *l = new_layout(p, cell(b, r, c), r == 0 || b->row_bold[r] ? p->bold : p->body, 0,
						    PANGO_ALIGN_LEFT);
			double w = layout_width(l) + 2 * pad;
			g_object_unref(l);
			if (w > nat[c])
				nat[c] = w;
			if (!has_cjk(cell(b, r, c)) && w > min[c])
				min[c] = w;
		}
	/* Chinese breaks anywhere: keep four characters (a name) together. */
	double em = pango_font_description_get_size(p->body) / (double)PANGO_SCALE;
	for (int c = 0; c < b->ncols; c++) {
		double four = 4 * em + 2 * pad;
		if (min[c] < four)
			min[c] = four;
		if (min[c] > nat[c])
			min[c] = nat[c];
	}
}

static void table_widths(struct pager *p, const struct doc_block *b, double pad)
{
	double nat[DOC_MAX_COLS], min[DOC_MAX_COLS], total = 0, total_min = 0;
	column_widths(p, b, pad, nat, min);
	for (int c = 0; c < b->ncols; c++) {
		total += nat[c];
		total_min += min[c];
	}
	struct table *t = &p->table;
	t->ncols = b->ncols;
	memcpy(t->align, b->align, sizeof t->align);
	for (int c = 0; c < b->ncols; c++) {
		double lo = min[c];
		if (total <= p->textw)
			t->colw[c] = nat[c] * p->textw / total;
		else if (total_min >= p->textw)
			t->colw[c] = lo * p->textw / total_min;
		else
			t->colw[c] = lo + (nat[c] - lo) * (p->textw - total_min) / (total - total_min);
	}
}

static void push_table(struct pager *p, const struct doc_block *b, double before, bool tail)
{
	double pad = 0.3 * pango_font_description_get_size(p->body) / PANGO_SCALE;
	if (p->holding)
		flush(p); /* a table before it, still held, is placed first */
	table_widths(p, b, pad);
	struct table *t = &p->table;
	struct item *header = &p->held_header;
	memset(header, 0, sizeof *header);
	for (size_t r = 0; r < b->nrows; r++) {
		struct item it = { .kind = IT_ROW, .table = t, .bold = b->row_bold[r] };
		double h = 0;
		for (int c = 0; c < b->ncols; c++) {
			PangoLayout *l = new_layout(p, cell(b, r, c), r == 0 || it.bold ? p->bold : p->body,
						    t->colw[c] - 2 * pad, PANGO_ALIGN_LEFT);
			it.cells[c] = l;
			if (layout_height(l) > h)
				h = layout_height(l);
		}
		it.h = h + 2 * pad;
		it.before = r == 0 ? before : 0;
		it.keep_next = r == 0 || (tail && r + 2 >= b->nrows);
		if (r == 0) {
			/* A copy with references of its own, to repeat atop each page. */
			it.header_row = true;
			*header = it;
			for (int c = 0; c < b->ncols; c++)
				g_object_ref(header->cells[c]);
			t->header = header;
		}
		push(p, &it);
	}
	/* With a tail, the last rows wait for the lines that keep with them
	 * (a summary, the signatures): flush places them together. */
	p->holding = true;
	if (!tail)
		flush(p);
}

/* A table too wide for the page even with every column at its least (the
 * yearly dues: 24 columns) is not squeezed until its numbers break: its
 * columns go in parts that fit, one under the other, each part beginning
 * with the key columns (序号 and 姓名) again. */
static void push_table_parts(struct pager *p, const struct doc_block *b, double before, bool tail)
{
	double pad = 0.3 * pango_font_description_get_size(p->body) / PANGO_SCALE;
	double nat[DOC_MAX_COLS], min[DOC_MAX_COLS], total_min = 0;
	column_widths(p, b, pad, nat, min);
	for (int c = 0; c < b->ncols; c++)
		total_min += min[c];
	int keys = 1; /* up to the 姓名 column, among the first three */
	for (int c = 0; c < b->ncols && c < 3; c++)
		if (b->nrows && strstr(cell(b, 0, c), "姓名"))
			keys = c + 1;
	double key_w = 0;
	for (int c = 0; c < keys; c++)
		key_w += min[c];
	if (total_min <= p->textw || keys >= b->ncols || b->nrows == 0) {
		push_table(p, b, before, tail);
		return;
	}
	double em = pango_font_description_get_size(p->body) / (double)PANGO_SCALE;
	struct doc_block part = *b;
	part.cells = calloc(b->nrows * (size_t)b->ncols, sizeof *part.cells);
	if (!part.cells)
		abort();
	for (int from = keys; from < b->ncols;) {
		int to = from + 1;
		double w = key_w + min[from];
		while (to < b->ncols && w + min[to] <= p->textw)
			w += min[to++];
		part.ncols = keys + to - from;
		for (size_t r = 0; r < b->nrows; r++)
			for (int c = 0; c < part.ncols; c++)
				part.cells[r * (size_t)part.ncols + (size_t)c] =
					(char *)cell(b, r, c < keys ? c : from + c - keys);
		for (int c = 0; c < part.ncols; c++)
			part.align[c] = b->align[c < keys ? c : from + c - keys];
		push_table(p, &part, from == keys ? before : em, tail && to >= b->ncols);
		from = to;
	}
	free(part.cells);
}

static void push_contents(struct pager *p)
{
	double em = pango_font_description_get_size(p->body) / (double)PANGO_SCALE;
	push_title(p, p->d->contents, 0);
	for (size_t i = 0, k = 0; i < p->d->nblocks; i++) {
		if (p->d->blocks[i].kind != DOC_MARK)
			continue;
		PangoLayout *l = new_layout(p, p->d->blocks[i].text, p->body, p->textw - 3 * em, PANGO_ALIGN_LEFT);
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
		pango_layout_set_line_spacing(l, 1.6f);
		PangoLayoutIter *iter = pango_layout_get_iter(l);
		int y0, y1;
		pango_layout_iter_get_line_yrange(iter, &y0, &y1);
		struct item it = { .kind = IT_CONTENTS, .layout = l, .mark = k++ };
		it.h = pt(y1 - y0);
		it.baseline = pt(pango_layout_iter_get_baseline(iter) - y0);
		it.before = k == 1 ? em : 0;
		pango_layout_iter_free(iter);
		push(p, &it);
	}
	flush(p);
	new_page(p);
}

static void lay_out(struct pager *p)
{
	const struct doc *d = p->d;
	double em = pango_font_description_get_size(p->body) / (double)PANGO_SCALE;
	p->page = 1;
	p->y = p->top;
	p->page_empty = true;
	if (d->contents)
		push_contents(p);
	enum doc_block_kind prev = DOC_PAGE_BREAK;
	for (size_t i = 0, mark = 0; i < d->nblocks; i++) {
		const struct doc_block *b = &d->blocks[i];
		bool keep = keeps_with_next(b->kind) || (b->kind == DOC_SIGNATURE || b->kind == DOC_DATE ? is_signature(d, i + 1) : false) ||
			    (b->with_prev && glued(d, i + 1));
		/* The last lines (or rows) of a block keep with the signatures, or
		 * with the lines glued after it: a table's summary and signature
		 * line are never alone on a page. */
		bool tail = !keep && (is_signature(d, i + 1) || glued(d, i + 1)) && b->kind != DOC_SIGNATURE &&
			    b->kind != DOC_DATE;
		double before = prev == DOC_TITLE || prev == DOC_SUBTITLE ? em : 0.4 * em;
		switch (b->kind) {
		case DOC_TITLE:
			push_title(p, b->text, 0);
			break;
		case DOC_SUBTITLE:
			push_text(p, b->text, p->body, PANGO_ALIGN_CENTER, 0, 0, 1.3, 0.3 * em, true, false);
			break;
		case DOC_HEADING:
			push_text(p, b->text, p->bold, PANGO_ALIGN_LEFT, 0, 0, 1.5, 0.8 * em, true, false);
			break;
		case DOC_PARA:
			push_text(p, b->text, p->body, PANGO_ALIGN_LEFT, 2 * em, 0, 1.5, before, false, tail);
			break;
		case DOC_TEXT:
			push_text(p, b->text, p->body, PANGO_ALIGN_LEFT, 0, 0, 1.5, before, keep, tail);
			break;
		case DOC_KV:
			push_kv(p, b, before, tail);
			break;
		case DOC_TABLE:
			push_table_parts(p, b, before, tail);
			break;
		case DOC_SIGNATURE:
		case DOC_DATE:
			/* The signatures a little apart from the body, the date under them,
			 * both at the right, four characters in. */
			push_text(p, b->text, p->body, PANGO_ALIGN_RIGHT, 0, b->kind == DOC_DATE ? 2 * em : 2 * em, 1.5,
				  prev == DOC_SIGNATURE ? 0 : 2 * em, keep, false);
			break;
		case DOC_PAGE_BREAK:
			flush(p);
			if (!p->page_empty)
				new_page(p);
			break;
		case DOC_MARK: {
			struct item it = { .kind = IT_MARK, .mark = mark++, .keep_next = true };
			push(p, &it);
			break;
		}
		}
		if (b->kind != DOC_MARK)
			prev = b->kind;
	}
	flush(p);
}

/* ---- The writer */

static cairo_status_t write_to(void *closure, const unsigned char *data, unsigned int length)
{
	return fwrite(data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static PangoFontDescription *font(double size, PangoWeight weight)
{
	PangoFontDescription *f = pango_font_description_new();
	pango_font_description_set_family(f, FONT_FAMILY);
	pango_font_description_set_weight(f, weight);
	pango_font_description_set_size(f, (int)(size * PANGO_SCALE));
	return f;
}

/* The serif CJK face must be there: without it the Chinese would print as
 * empty boxes. */
static bool have_cjk_font(PangoContext *pc, const PangoFontDescription *desc)
{
	PangoFont *f = pango_context_load_font(pc, desc);
	if (!f)
		return false;
	PangoFontDescription *got = pango_font_describe(f);
	const char *family = pango_font_description_get_family(got);
	bool ok = family && strstr(family, "CJK");
	pango_font_description_free(got);
	g_object_unref(f);
	return ok;
}

static void pager_init(struct pager *p, const struct doc *d, PangoContext *pc)
{
	memset(p, 0, sizeof *p);
	p->d = d;
	p->pc = pc;
	p->w = d->landscape ? 841.89 : 595.276;
	p->h = d->landscape ? 595.276 : 841.89;
	p->left = 28 * MM;
	p->top = d->landscape ? 28 * MM : 37 * MM;
	p->bottom = d->landscape ? 28 * MM : 35 * MM;
	p->textw = p->w - p->left - 26 * MM;
	p->body = font(d->body_pt, PANGO_WEIGHT_NORMAL);
	p->bold = font(d->body_pt, PANGO_WEIGHT_BOLD);
	p->title = font(d->body_pt >= 14 ? 22 : 18, PANGO_WEIGHT_BOLD);
	p->number = font(14, PANGO_WEIGHT_NORMAL);
	for (size_t i = 0; i < d->nblocks; i++)
		p->nmarks += d->blocks[i].kind == DOC_MARK;
}

static void pager_done(struct pager *p)
{
	pango_font_description_free(p->body);
	pango_font_description_free(p->bold);
	pango_font_description_free(p->title);
	pango_font_description_free(p->number);
	free(p->queue);
}

static void set_error(char **err, const char *msg)
{
	if (asprintf(err, "%s", msg) < 0)
		*err = NULL;
}

bool doc_write_pdf(const struct doc *d, FILE *f, char **err)
{
	*err = NULL;
	char font_dir[DOC_FONT_DIR_SIZE];
	PangoFontMap *own = doc_font_map(d, FONT_FAMILY, font_dir);
	PangoFontMap *fm = own ? own : pango_cairo_font_map_get_default();
	PangoContext *pc = pango_font_map_create_context(fm);
	pango_cairo_context_set_resolution(pc, 72);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(pc, fo);
	cairo_font_options_destroy(fo);

	struct pager p;
	pager_init(&p, d, pc);
	bool ok = have_cjk_font(pc, p.body);
	if (!ok)
		set_error(err, _("no Chinese serif font was found: install fonts-noto-cjk"));
	if (ok && p.nmarks) {
		p.mark_page = calloc(p.nmarks, sizeof *p.mark_page);
		if (!p.mark_page)
			abort();
	}
	if (ok && d->contents)
		lay_out(&p); /* the marks' pages for the contents */

	cairo_surface_t *s = NULL;
	if (ok) {
		s = cairo_pdf_surface_create_for_stream(write_to, f, p.w, p.h);
		char today[DATE_ISO_SIZE + 16];
		date_format(date_today(), today);
		strcat(today, "T00:00:00");
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, d->name);
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "zhibu");
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, today);
		p.cr = cairo_create(s);
		cairo_set_source_rgb(p.cr, 0, 0, 0);
		lay_out(&p);
		end_page(&p);
		cairo_destroy(p.cr);
		cairo_surface_finish(s);
		if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
			ok = false;
			set_error(err, cairo_status_to_string(cairo_surface_status(s)));
		}
		cairo_surface_destroy(s);
	}
	free(p.mark_page);
	pager_done(&p);
	g_object_unref(pc);
	doc_font_map_done(own, font_dir);
	return ok;
}
