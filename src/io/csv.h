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

/* Parse TAB-separated text instead of CSV (before the first csv_next). */
void csv_set_separator(struct csv_reader *r, char sep);
/* The separator of text: TAB when its first lines hold more TABs than
 * commas outside quotes (Excel's "Unicode 文本"), else a comma. */
char csv_detect_separator(const char *text, size_t len);

/* Spreadsheets run a cell that starts with = + - @ (and after a TAB or CR
 * they look again) as a formula, so a note like "=HYPERLINK(...)" or
 * "-2+3+cmd|..." in an export could act when the file is opened.  Such text
 * goes out behind an apostrophe (as Excel itself marks text), unless it is
 * a plain number in a number column; the apostrophe is dropped on import. */
bool csv_formula_like(const char *v);
/* v is a plain number: optional sign, digits, optional decimals and %. */
bool csv_plain_number(const char *v);
/* Digits that a spreadsheet would read as a number and so change: a leading
 * 0 (a phone) or 12 digits or more (an ID number; more than 15 lose their
 * last digits).  They go out in a text column behind the same apostrophe,
 * which spreadsheet programs take as "this is text" (tests/cli/csv_spreadsheet.sh
 * proves the round trip through gnumeric). */
bool csv_digits_as_text(const char *v);
/* v without the guarding apostrophe, when it has one. */
const char *csv_unguard(const char *v);

#endif
