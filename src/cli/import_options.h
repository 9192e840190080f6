/* The options every importer takes. */
#ifndef ZHIBU_IMPORT_OPTIONS_H
#define ZHIBU_IMPORT_OPTIONS_H
#include <stdbool.h>

#include "io/encoding.h"

struct import_options {
	const char *file;
	enum text_encoding encoding;
	bool dry_run;
	bool update;
};

/* Parse "FILE [--encoding auto|utf-8|gb18030] [--dry-run] [--update]";
 * argv[0] is the kind.  allow_update says whether --update is accepted.
 * Returns 0, or the exit status of a usage error already reported. */
int import_options_parse(struct import_options *o, int argc, char **argv, bool allow_update);

#endif
