/* The options every report and export takes: --format, --encoding, -o,
 * --register. */
#ifndef ZHIBU_OUTPUT_OPTIONS_H
#define ZHIBU_OUTPUT_OPTIONS_H
#include <stdbool.h>

#include "io/output.h"

struct output_options {
	enum out_format format;
	enum text_encoding encoding;
	const char *path;     /* NULL: standard output */
	bool register_doc;    /* --register: the saved file is recorded as a 本级材料 document */
};

void output_options_init(struct output_options *o);
/* Try argv[*i] as one of the output options.  Returns 1 when taken, 0 when
 * not an output option, or -1 after reporting a usage error for cmd. */
int output_option(struct output_options *o, const char *cmd, int argc, char **argv, int *i);
/* Write the sheets as the options say; prints an error; returns the exit status. */
int output_write(const struct output_options *o, const struct sheet *s);

struct cli;
struct db;
struct date;
struct doc;

/* Write a document (PDF or TXT) as the options say and free it; NULL is
 * the database's error.  Returns the exit status. */
int output_write_doc(struct cli *cli, const struct output_options *o, struct doc *d);

/* A report that takes --as-of DATE (default today) and the output options
 * only: parse them, build the sheet for that date, write it. */
typedef struct sheet *sheet_on_date_fn(struct db *db, struct date as_of);
int output_report_on_date(struct cli *cli, int argc, char **argv, sheet_on_date_fn *build);

#endif
