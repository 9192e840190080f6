/* Reading CSV (RFC 4180 as Excel and WPS write it): quoted fields, doubled
 * quotes, commas and newlines inside quotes, CRLF or LF line ends. */
#ifndef ZHIBU_CSV_H
#define ZHIBU_CSV_H
#include <stdbool.h>
#include <stddef.h>

struct csv_row {
	char **fields;
	int nfields;
	size_t line;     /* the line the record starts on, from 1 */
};

struct csv_reader;

/* Read from UTF-8 text (the reader keeps a pointer: text must outlive it). */
struct csv_reader *csv_reader_new(const char *text, size_t len);
void csv_reader_free(struct csv_reader *r);
/* Next record into row (valid until the next call).  Returns false at the
 * end, or on a malformed record with *why set (a translated sentence) and
 * row->line its line. */
bool csv_next(struct csv_reader *r, struct csv_row *row, const char **why);

/* Spreadsheets run a cell that starts with = @ + or - as a formula, so a
 * note like "=HYPERLINK(...)" in an export could act when the file is
 * opened.  Such text goes out behind an apostrophe (as Excel itself marks
 * text), and the apostrophe is dropped again on import. */
bool csv_formula_like(const char *v);
/* v without the guarding apostrophe, when it has one. */
const char *csv_unguard(const char *v);

#endif
