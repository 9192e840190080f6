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
};

/* Open path and read its header.  Problems (file missing, bad encoding,
 * unknown or missing columns) are printed; returns false when the file
 * cannot be imported at all. */
bool import_open(struct import *im, const char *path, enum text_encoding enc,
		 const struct import_column *spec, int nspec);
void import_close(struct import *im);
/* The next data row (blank rows are skipped).  A broken CSV record is
 * reported and skipped. */
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
