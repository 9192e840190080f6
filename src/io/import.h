/* The shared part of every importer: read the file, detect its encoding,
 * parse CSV, map the header's Chinese column names, and report problems as
 * FILE:LINE: 列名: problem.  Importers are all or nothing: they run in one
 * transaction and roll back when import_errors() is not zero. */
#ifndef ZHIBU_IMPORT_H
#define ZHIBU_IMPORT_H
#include <stdbool.h>
#include <stddef.h>

#include "io/csv.h"
#include "io/encoding.h"
#include "io/grid.h"

struct import_column {
	const char *header;  /* the Chinese column name in the file */
	bool required;
};

struct import {
	const char *path;
	const struct import_column *spec;
	int nspec;
	int *file_col;       /* for each spec column, its index in the file or -1 */
	int header_fields;
	char *text;
	size_t text_len;
	struct csv_reader *csv;
	struct csv_row row;  /* the current row */
	enum text_encoding encoding;
	int errors;
	size_t rows;         /* data rows read so far */
	/* A workbook (.xlsx, .xls) is read whole into table; text through csv. */
	struct grid *table;
	size_t table_next;   /* the next row of table */
	const char *sheet;   /* the sheet to read (--sheet), NULL for the first */
	char **cells;        /* the current row of a table */
	unsigned char *kinds;/* enum gcell_kind of each of cells, NULL for text */
	int cells_cap;
	char *values;        /* per spec column, a value converted on reading */
	bool *month_column;  /* spec columns the file calls 出生年月 (a month) */
	int number_col;      /* the file's 序号 column, or -1 */
	size_t title_rows;   /* rows above the header, skipped */
	size_t month_dates;  /* year-month values read as the first of the month */
	size_t example_rows; /* template example rows, skipped */
	const char **value;  /* per spec column, the current row's value */
	const char *sheet_label; /* the sheet named in messages when there are several */
};

/* A row whose 序号 says this is the example of a template (see
 * zhibu export template), skipped on import. */
#define IMPORT_EXAMPLE "示例"

/* Open path and read its header.  Problems (file missing, bad encoding,
 * unknown or missing columns) are printed; returns false when the file
 * cannot be imported at all. */
bool import_open(struct import *im, const char *path, enum text_encoding enc,
		 const struct import_column *spec, int nspec);
/* The same, reading the named sheet of a workbook (NULL: the first). */
bool import_open_sheet(struct import *im, const char *path, enum text_encoding enc, const char *sheet,
		       const struct import_column *spec, int nspec);
/* Print what the reading did beside the rows (title rows skipped, months
 * read as their first day, the sheet read) to stderr. */
void import_print_notes(const struct import *im);
void import_close(struct import *im);
/* The next data row.  Blank rows, rows where only 序号 is filled and a
 * template's example row are skipped; a broken CSV record, a footer row
 * (合计, 填表人), a control character and a number that lost digits are
 * reported and the row skipped. */
bool import_next(struct import *im);
/* The current row's value for spec column i ("" when the file lacks it). */
const char *import_value(const struct import *im, int i);
bool import_has_column(const struct import *im, int i);
/* Report a problem on the current row: column is a spec index or -1. */
void import_error(struct import *im, int column, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The number of data rows in the file, for progress (counts lines). */
size_t import_estimate_rows(const struct import *im);

#endif
