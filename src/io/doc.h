/* A document: what is printed, signed and posted rather than read as a grid
 * (会议记录, 公示, 介绍信 ...).  A builder fills the model in reading order
 * -- title, paragraphs, a key–value block, a table, signature lines, a date
 * line, page breaks -- and a writer lays it out: doc_write_pdf (cairo and
 * pango, A4 with the margins of official documents) or doc_write_text.
 * Adding a kind of document is filling this model, never drawing. */
#ifndef ZHIBU_DOC_H
#define ZHIBU_DOC_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "io/encoding.h"

struct sheet;

enum doc_block_kind {
	DOC_TITLE,      /* centred, heavier and larger */
	DOC_SUBTITLE,   /* centred, under the title */
	DOC_HEADING,    /* a bold line opening a part */
	DOC_PARA,       /* a paragraph, first line indented two characters */
	DOC_TEXT,       /* a paragraph without indent (lists, lines as typed) */
	DOC_KV,         /* key：value rows (one block of consecutive doc_kv calls) */
	DOC_TABLE,      /* a ruled table; the first row is the header */
	DOC_SIGNATURE,  /* a line at the right: 主持人（签字）____, the branch's name */
	DOC_DATE,       /* the date line at the right, under the signature */
	DOC_PAGE_BREAK,
	DOC_MARK,       /* invisible: an entry of the contents page (text), here */
};

enum doc_cell_align { DOC_LEFT, DOC_RIGHT_ALIGN, DOC_CENTRE };

/* The columns of one table at most; doc_add_sheet continues a wider sheet
 * in a further table. */
#define DOC_MAX_COLS 24

struct doc_block {
	enum doc_block_kind kind;
	char *text;               /* title, paragraph, signature, mark */
	int ncols;                /* DOC_KV: 2; DOC_TABLE: the columns (≤ DOC_MAX_COLS) */
	size_t nrows, cap_rows, cap_cells;
	char **cells;             /* nrows × ncols */
	unsigned char *row_bold;  /* per row: a 合计 row */
	unsigned char align[DOC_MAX_COLS]; /* per column */
	bool with_prev;           /* printed on the page of the block before it */
};

struct doc {
	char *name;               /* what it is, e.g. 会议记录 (the PDF's title) */
	double body_pt;           /* body text size: 16 (三号) for notices, 12 for records */
	bool landscape;           /* a wide table: A4 landscape */
	char *contents;           /* non-NULL: a contents page of the marks, with this title */
	struct doc_block *blocks;
	size_t nblocks, cap;
};

struct doc *doc_new(const char *name, double body_pt);
void doc_free(struct doc *d);
/* A contents page (titled title) listing every doc_mark with its page. */
void doc_set_contents(struct doc *d, const char *title);

void doc_title(struct doc *d, const char *text);
void doc_subtitle(struct doc *d, const char *text);
void doc_heading(struct doc *d, const char *text);
void doc_para(struct doc *d, const char *text);
void doc_paraf(struct doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void doc_text(struct doc *d, const char *text);
/* A row of the key–value block (consecutive calls make one block). */
void doc_kv(struct doc *d, const char *key, const char *value);
/* Start a table with its header (ncols ≤ DOC_MAX_COLS); then rows of ncols
 * cells. */
void doc_table(struct doc *d, int ncols, const char *const *header);
void doc_table_align(struct doc *d, int col, enum doc_cell_align align);
void doc_table_row(struct doc *d, const char *const *cells, bool bold);
/* A line after a table (its summary, notes, the signature line) that stays
 * on the page of the table's last rows. */
void doc_text_after(struct doc *d, const char *text);
void doc_signature(struct doc *d, const char *text);
void doc_date(struct doc *d, const char *text);
void doc_page_break(struct doc *d);
void doc_mark(struct doc *d, const char *text);

/* A sheet as a document: its title, subtitle, table and footer lines.
 * Landscape when the table is wide. */
struct doc *doc_from_sheet(const struct sheet *s);
/* Every sheet of the chain, a page break between them. */
void doc_add_sheet(struct doc *d, const struct sheet *s);

/* 2026年11月20日 from 2026-11-20 (the text itself when it is not a date). */
void doc_cn_date(const char *iso, char out[32]);

/* The writers.  doc_write_pdf: false with *err (heap, translated). */
bool doc_write_pdf(const struct doc *d, FILE *f, char **err);
bool doc_write_text(const struct doc *d, FILE *f, enum text_encoding enc);

#endif
