/* One sheet of a workbook (.xlsx or .xls) read into memory: each cell as
 * text, with the kind of value the spreadsheet stored in it.  The shared
 * importer reads a table as it reads CSV (see import.h). */
#ifndef ZHIBU_GRID_H
#define ZHIBU_GRID_H
#include <stdbool.h>
#include <stddef.h>

enum gcell_kind {
	GCELL_EMPTY,
	GCELL_TEXT,
	GCELL_NUMBER, /* text is the number as %.15g: what the spreadsheet kept */
	GCELL_DATE,   /* text is YYYY-MM-DD: a date cell or a date-formatted serial */
	GCELL_BOOL,   /* text is TRUE or FALSE */
};

struct grid_cell {
	size_t off; /* into text */
	unsigned char kind;
};

struct grid_row {
	size_t first; /* index of the row's first cell */
	int ncells;
	size_t line;  /* the sheet's row number, from 1 */
};

struct grid_merge {
	size_t r1, r2; /* sheet row numbers */
	int c1, c2;    /* columns from 0 */
};

struct grid {
	char *text;
	size_t text_len, text_cap;
	struct grid_cell *cells;
	size_t ncells, cells_cap;
	struct grid_row *rows;
	size_t nrows, rows_cap;
	struct grid_merge *merges;
	size_t nmerges, merges_cap;
	bool date1904;     /* the workbook counts days from 1904 (old Mac Excel) */
	int nsheets;
	char *sheet;       /* the name of the sheet read */
	char why[512];     /* a failure, translated */
};

enum grid_format { GRID_NONE, GRID_XLSX, GRID_XLS };

/* Which workbook format the bytes start like (a zip, or an OLE2 file). */
enum grid_format grid_sniff(const char *data, size_t len);

/* Read one sheet (the first when sheet is NULL) of a workbook.  On failure
 * returns false with t->why set.  grid_free frees either way. */
bool grid_read_xlsx(struct grid *t, const char *data, size_t len, const char *sheet);
bool grid_read_xls(struct grid *t, const char *path, const char *sheet);
void grid_free(struct grid *t);

/* Building a table, for the readers. */
void grid_init(struct grid *t);
void grid_begin_row(struct grid *t, size_t line);
/* Set cell col (from 0) of the last row begun; len bytes of s. */
void grid_set_cell(struct grid *t, int col, const char *s, size_t len, enum gcell_kind kind);
/* Set a number cell: as a date (YYYY-MM-DD) when is_date, else as %.15g. */
void grid_set_number(struct grid *t, int col, double v, bool is_date);
void grid_add_merge(struct grid *t, struct grid_merge m);
/* Put rows in sheet order (a writer may give them out of order). */
void grid_finish(struct grid *t);

/* Cell col of row (an index into rows); a cell inside a merged range reads
 * as the range's first cell.  Returns "" (kind GCELL_EMPTY) past the end. */
const char *grid_cell(const struct grid *t, size_t row, int col, enum gcell_kind *kind);

/* A spreadsheet's day number as a date, in the 1900 or the 1904 system;
 * false when it is not a date a record could hold. */
bool grid_serial_date(double serial, bool date1904, char out[11]);

#endif
