/* A sheet: a titled table of text cells, the one shape every report and
 * export takes before a writer turns it into TXT, CSV or XLSX.  Cells are
 * kept in one arena, so a 20,000-row roster costs a few megabytes. */
#ifndef ZHIBU_SHEET_H
#define ZHIBU_SHEET_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/money.h"

enum cell_kind {
	CELL_TEXT,
	CELL_MONEY,   /* "15.00": right-aligned; a number with two decimals in XLSX */
	CELL_NUMBER,  /* an integer: right-aligned; a number in XLSX */
	CELL_PERCENT, /* "87.5%": right-aligned; a percentage in XLSX */
	CELL_DECIMAL, /* "12.5" (学时): right-aligned; a number shown 0.0 in XLSX */
	CELL_DATE,    /* "2026-03-01": a date cell (yyyy-mm-dd) in XLSX */
};

enum row_flags {
	ROW_PLAIN = 0,
	ROW_TOTAL = 1, /* a 合计 row: bold, ruled above */
};

struct sheet_column {
	char *title;
	enum cell_kind kind;
	const char *const *choices; /* the values allowed (a drop-down in XLSX), or NULL */
};

/* A bar chart of one column against the labels of another, drawn beside the
 * table in XLSX (rows are data rows, counted from 0). */
struct sheet_chart {
	char *title;
	int label_col, value_col;
	size_t first_row, last_row;
};

struct sheet {
	char *title;      /* e.g. 党员花名册 */
	char *subtitle;   /* e.g. branch and date */
	char *name;       /* XLSX worksheet name (≤ 31 characters) */
	int ncols;
	struct sheet_column *cols;
	size_t nrows, cap_rows;
	uint32_t *cells;      /* nrows × ncols offsets into text */
	unsigned char *flags; /* per row */
	unsigned char *marks; /* per cell: 1 = short of a requirement (see sheet_mark) */
	char *text;
	size_t text_len, text_cap;
	char **footer;        /* lines after the table: notes, signatures */
	size_t nfooter;
	struct sheet_chart *charts;
	size_t ncharts;
	struct sheet *next;   /* further sheets of the same output */
	const char *count_unit; /* a register or the roster: XLSX closes it with
				 * 共 N <unit> (人); NULL for other reports */
	bool numbered;        /* XLSX puts a 序号 column before the first */
	bool one_worksheet;   /* XLSX writes the whole chain (from this first
			       * sheet) as one worksheet with page breaks */
	size_t blank_rows;    /* a template: rows left to fill, formatted and
			       * with the drop-downs, after the rows given */
};

struct sheet *sheet_new(const char *title, const char *subtitle, const char *name);
void sheet_free(struct sheet *s); /* frees the whole chain */
void sheet_add_column(struct sheet *s, const char *title, enum cell_kind kind);
/* Start a row; cells are "" until set. */
void sheet_add_row(struct sheet *s, enum row_flags flags);
/* Set a cell of the last row. */
void sheet_set(struct sheet *s, int col, const char *text);
/* A CELL_MONEY cell: 分 as "1234.50". */
void sheet_set_money(struct sheet *s, int col, fen_t fen);
void sheet_setf(struct sheet *s, int col, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
const char *sheet_cell(const struct sheet *s, size_t row, int col);
/* Mark a cell of the last row as short of a requirement: XLSX shows it in
 * the shortfall style (red on pink), TXT as the value and "!", CSV the value. */
void sheet_mark(struct sheet *s, int col);
bool sheet_marked(const struct sheet *s, size_t row, int col);
void sheet_add_footer(struct sheet *s, const char *line);
void sheet_add_chart(struct sheet *s, const char *title, int label_col, int value_col,
		     size_t first_row, size_t last_row);
/* CELL_DATE for a column whose Chinese header names a date (…日期), else kind. */
enum cell_kind sheet_date_or(const char *header, enum cell_kind kind);
/* The values column col may hold (NULL-terminated, kept by pointer). */
void sheet_column_choices(struct sheet *s, int col, const char *const *choices);
/* Append another sheet to the chain that starts at s. */
void sheet_append(struct sheet *s, struct sheet *next);

#endif
