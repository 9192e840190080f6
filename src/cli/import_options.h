/* The options every importer takes. */
#ifndef ZHIBU_IMPORT_OPTIONS_H
#define ZHIBU_IMPORT_OPTIONS_H
#include <stdbool.h>

#include "io/encoding.h"

struct import_options {
	const char *file;
	const char *sheet; /* --sheet NAME: a workbook's sheet to read */
	enum text_encoding encoding;
	bool dry_run;
	bool update;
};

/* Parse "FILE [--encoding auto|utf-8|gb18030] [--sheet NAME] [--dry-run] [--update]";
 * argv[0] is the kind.  allow_update says whether --update is accepted.
 * Returns 0, or the exit status of a usage error already reported. */
int import_options_parse(struct import_options *o, int argc, char **argv, bool allow_update);

/* Take an importer's own "--name VALUE" (or --name=VALUE) out of argv
 * before import_options_parse; NULL when absent (*missing when it has no value). */
const char *import_take_option(int *argc, char **argv, const char *name, bool *missing);

struct cli;
struct db;
struct import;
struct import_column;

/* Open the file (reading its header with spec) and the database (creating
 * it when create is true), and begin the one transaction of the import.
 * Problems are printed; returns NULL when the import cannot go on. */
struct db *import_start(struct cli *cli, struct import *im, const struct import_options *o,
			const struct import_column *spec, int n, bool create);
/* Finish: roll back on problems (and for --dry-run), else commit and print
 * done, the sentence that says what was imported.  Closes im.  Returns the
 * exit status. */
int import_finish(struct import *im, struct db *db, const struct import_options *o,
		  bool write_failed, const char *done);
/* The sentence "imported N THINGS from FILE (ENCODING)" for import_finish,
 * from a format with those three conversions (%zu, %s, %s); heap string. */
char *import_done(const char *format, size_t n, const struct import *im, const struct import_options *o);

/* A yes/no column: 是, 1, Y, yes, √ (and 自愿 for dues) or 否, 0, N, no, "".
 * False when v is neither. */
bool import_yes_no(const char *v, bool *out);

#endif
