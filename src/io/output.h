/* Writing sheets out: TXT (an aligned table for the terminal and the
 * printer), CSV (UTF-8 with a BOM for Excel, or GB18030), XLSX, and PDF
 * (the sheet as a document, io/doc.h). */
#ifndef ZHIBU_OUTPUT_H
#define ZHIBU_OUTPUT_H
#include <stdbool.h>
#include <stdio.h>

#include "io/encoding.h"
#include "io/sheet.h"

enum out_format { OUT_TXT, OUT_CSV, OUT_XLSX, OUT_PDF };

bool out_format_parse(const char *name, enum out_format *out);

/* Write the chain of sheets to path; NULL or "-" is standard output.  A file
 * is written under a temporary name and renamed at the end, so a failure
 * never leaves half a file; it is created readable by its owner only.
 * On failure returns false with *err set (heap, translated). */
bool sheet_write(const struct sheet *s, enum out_format format, enum text_encoding enc,
		 const char *path, char **err);

/* Write text (a 公示, a letter) to path as sheet_write writes a file: under
 * a temporary name, renamed when complete, readable by its owner only. */
bool text_write_file(const char *text, enum text_encoding enc, const char *path, char **err);

/* Write a document (io/doc.h) as PDF or TXT to path as sheet_write writes
 * a file; NULL or "-" is standard output (not a terminal, for PDF). */
struct doc;
bool doc_write(const struct doc *d, enum out_format format, enum text_encoding enc, const char *path,
	       char **err);
/* The document as UTF-8 text (heap). */
char *doc_text_string(const struct doc *d);

/* The writers, each to an open stream (XLSX to a file name). */
bool sheet_write_txt(const struct sheet *s, FILE *f, enum text_encoding enc);
bool sheet_write_csv(const struct sheet *s, FILE *f, enum text_encoding enc);
bool sheet_write_xlsx(const struct sheet *s, const char *path, char **err);

#endif
