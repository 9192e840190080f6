/* The TXT and CSV writers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "io/csv.h"
#include "io/output.h"

static bool right_aligned(enum cell_kind k)
{
	return k != CELL_TEXT && k != CELL_DATE;
}

static void write_rule(struct enc_writer *w, const int *width, int ncols)
{
	for (int c = 0; c < ncols; c++) {
		char line[512];
		int n = width[c] < (int)sizeof line - 1 ? width[c] : (int)sizeof line - 1;
		memset(line, '-', (size_t)n);
		line[n] = '\0';
		enc_writer_puts(w, c ? "  " : "");
		enc_writer_puts(w, line);
	}
	enc_writer_puts(w, "\n");
}

static void write_cells(struct enc_writer *w, const struct sheet *s, const int *width,
			const char *const *cells)
{
	/* Trailing blanks are dropped so that the file prints and diffs cleanly. */
	int last = s->ncols - 1;
	while (last > 0 && !*cells[last] && !right_aligned(s->cols[last].kind))
		last--;
	for (int c = 0; c <= last; c++) {
		char cell[2048], flat[1024];
		/* A table line holds one line of text: line breaks inside a cell become spaces. */
		text_copy(flat, sizeof flat, cells[c]);
		for (char *p = flat; *p; p++)
			if (*p == '\n' || *p == '\r')
				*p = ' ';
		bool pad = c < last || right_aligned(s->cols[c].kind);
		if (pad)
			text_pad(cell, sizeof cell, flat, width[c], right_aligned(s->cols[c].kind));
		else
			text_fit(cell, sizeof cell, flat, width[c]);
		enc_writer_puts(w, c ? "  " : "");
		enc_writer_puts(w, cell);
	}
	enc_writer_puts(w, "\n");
}

/* A cell as TXT shows it: a shortfall mark follows the value. */
static const char *txt_cell(const struct sheet *s, size_t r, int c, char *buf, size_t size)
{
	const char *v = sheet_cell(s, r, c);
	if (!sheet_marked(s, r, c))
		return v;
	snprintf(buf, size, "%s!", v);
	return buf;
}

static void write_txt_sheet(const struct sheet *s, struct enc_writer *w)
{
	char (*marked)[64] = calloc((size_t)s->ncols + 1, sizeof *marked);
	int *width = calloc((size_t)s->ncols + 1, sizeof *width);
	const char **cells = calloc((size_t)s->ncols + 1, sizeof *cells);
	if (!width || !cells || !marked)
		abort();
	for (int c = 0; c < s->ncols; c++)
		width[c] = text_width(s->cols[c].title);
	for (size_t r = 0; r < s->nrows; r++)
		for (int c = 0; c < s->ncols; c++) {
			int cw = text_width(txt_cell(s, r, c, marked[c], sizeof marked[c]));
			if (cw > width[c])
				width[c] = cw;
		}
	if (*s->title) {
		enc_writer_puts(w, s->title);
		enc_writer_puts(w, "\n");
	}
	if (*s->subtitle) {
		enc_writer_puts(w, s->subtitle);
		enc_writer_puts(w, "\n");
	}
	if (*s->title || *s->subtitle)
		enc_writer_puts(w, "\n");
	for (int c = 0; c < s->ncols; c++)
		cells[c] = s->cols[c].title;
	write_cells(w, s, width, cells);
	write_rule(w, width, s->ncols);
	for (size_t r = 0; r < s->nrows; r++) {
		if (s->flags[r] & ROW_TOTAL)
			write_rule(w, width, s->ncols);
		for (int c = 0; c < s->ncols; c++)
			cells[c] = txt_cell(s, r, c, marked[c], sizeof marked[c]);
		write_cells(w, s, width, cells);
	}
	if (s->nfooter)
		enc_writer_puts(w, "\n");
	for (size_t i = 0; i < s->nfooter; i++) {
		enc_writer_puts(w, s->footer[i]);
		enc_writer_puts(w, "\n");
	}
	free(width);
	free(cells);
	free(marked);
}

bool sheet_write_txt(const struct sheet *s, FILE *f, enum text_encoding enc)
{
	struct enc_writer *w = enc_writer_new(f, enc);
	for (const struct sheet *p = s; p; p = p->next) {
		if (p != s)
			enc_writer_puts(w, "\n");
		write_txt_sheet(p, w);
	}
	return enc_writer_free(w);
}

static void write_csv_field(struct enc_writer *w, const char *v, enum cell_kind kind)
{
	if ((csv_formula_like(v) && !(kind != CELL_TEXT && csv_plain_number(v))) ||
	    (kind == CELL_TEXT && csv_digits_as_text(v))) {
		char *guarded;
		if (asprintf(&guarded, "'%s", v) < 0)
			abort();
		write_csv_field(w, guarded, CELL_TEXT);
		free(guarded);
		return;
	}
	if (!strpbrk(v, ",\"\r\n")) {
		enc_writer_puts(w, v);
		return;
	}
	/* Quote the field and double its quotes; the text between quotes goes
	 * out in whole runs, so that multibyte characters reach the encoder whole. */
	char run[1024];
	size_t n = 0;
	enc_writer_puts(w, "\"");
	for (const char *p = v;; p++) {
		if (*p == '\0' || *p == '"' || n == sizeof run - 8) {
			/* never cut a UTF-8 sequence when the buffer is full */
			while (*p && *p != '"' && ((unsigned char)*p & 0xc0) == 0x80)
				run[n++] = *p++;
			run[n] = '\0';
			enc_writer_puts(w, run);
			n = 0;
			if (*p == '\0')
				break;
			if (*p == '"') {
				enc_writer_puts(w, "\"\"");
				continue;
			}
		}
		run[n++] = *p;
	}
	enc_writer_puts(w, "\"");
}

/* CSV is for machines and spreadsheets: the header row, then the rows; no
 * title, so that an exported roster imports again as it is.  Lines end in
 * CRLF as RFC 4180 and Excel expect. */
bool sheet_write_csv(const struct sheet *s, FILE *f, enum text_encoding enc)
{
	struct enc_writer *w = enc_writer_new(f, enc);
	if (enc != ENC_GB18030)
		enc_writer_puts(w, "\xef\xbb\xbf"); /* Excel needs the BOM to read UTF-8 */
	for (const struct sheet *p = s; p; p = p->next) {
		if (p != s)
			enc_writer_puts(w, "\r\n");
		for (int c = 0; c < p->ncols; c++) {
			enc_writer_puts(w, c ? "," : "");
			write_csv_field(w, p->cols[c].title, CELL_TEXT);
		}
		enc_writer_puts(w, "\r\n");
		for (size_t r = 0; r < p->nrows; r++) {
			for (int c = 0; c < p->ncols; c++) {
				enc_writer_puts(w, c ? "," : "");
				write_csv_field(w, sheet_cell(p, r, c), p->cols[c].kind);
			}
			enc_writer_puts(w, "\r\n");
		}
	}
	return enc_writer_free(w);
}
