#include "cli/import_options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/import.h"

int import_options_parse(struct import_options *o, int argc, char **argv, bool allow_update)
{
	memset(o, 0, sizeof *o);
	o->encoding = ENC_AUTO;
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v = cli_opt_value(argc, argv, &i, "--encoding", &missing);
		const char *sheet = v || missing ? NULL : cli_opt_value(argc, argv, &i, "--sheet", &missing);
		if (sheet) {
			o->sheet = sheet;
		} else if (v) {
			if (!encoding_parse(v, &o->encoding))
				return cli_usage("import", _("unknown encoding %s (use auto, utf-8 or gb18030)"), v);
		} else if (missing) {
			return cli_usage("import", _("%s needs a value"), argv[i]);
		} else if (!strcmp(argv[i], "--dry-run")) {
			o->dry_run = true;
		} else if (allow_update && !strcmp(argv[i], "--update")) {
			o->update = true;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			return cli_usage("import", _("unknown argument %s"), argv[i]);
		} else if (o->file) {
			return cli_usage("import", _("one file at a time (%s and %s)"), o->file, argv[i]);
		} else {
			o->file = argv[i];
		}
	}
	if (!o->file)
		return cli_usage("import", _("name the file to import"));
	return 0;
}

int import_finish(struct import *im, struct db *db, const struct import_options *o,
		  bool write_failed, const char *done)
{
	int status = EXIT_OK;
	import_print_notes(im);
	if (im->errors || write_failed) {
		db_rollback(db);
		fprintf(stderr, ngettext("zhibu: %d problem in %s: nothing was imported.\n",
					 "zhibu: %d problems in %s: nothing was imported.\n", im->errors),
			im->errors, o->file);
		status = EXIT_REFUSED;
	} else if (o->dry_run) {
		db_rollback(db);
		fprintf(stderr, _("zhibu: %zu rows checked, no problems; nothing written (--dry-run).\n"), im->rows);
	} else if (!db_commit(db)) {
		fprintf(stderr, _("zhibu: nothing was imported: %s\n"), db_error(db));
		status = EXIT_REFUSED;
	} else {
		fputs(done, stderr);
	}
	import_close(im);
	return status;
}

struct db *import_start(struct cli *cli, struct import *im, const struct import_options *o,
			const struct import_column *spec, int n, bool create)
{
	if (!import_open_sheet(im, o->file, o->encoding, o->sheet, spec, n)) {
		import_close(im);
		fprintf(stderr, _("zhibu: nothing was imported.\n"));
		return NULL;
	}
	struct db *db = cli_db(cli, create);
	if (!db || !db_begin(db)) {
		if (db)
			fprintf(stderr, "zhibu: %s\n", db_error(db));
		import_close(im);
		return NULL;
	}
	return db;
}

char *import_done(const char *format, size_t n, const struct import *im, const struct import_options *o)
{
	char *done;
	if (asprintf(&done, format, n, o->file, encoding_name(im->encoding)) < 0)
		abort();
	return done;
}

const char *import_take_option(int *argc, char **argv, const char *name, bool *missing)
{
	*missing = false;
	for (int i = 1; i < *argc; i++) {
		int at = i;
		const char *v = cli_opt_value(*argc, argv, &i, name, missing);
		if (*missing)
			return NULL;
		if (!v)
			continue;
		int taken = i - at + 1;
		memmove(argv + at, argv + at + taken, (size_t)(*argc - at - taken) * sizeof *argv);
		*argc -= taken;
		return v;
	}
	return NULL;
}

bool import_yes_no(const char *v, bool *out)
{
	static const char *const yes[] = { "是", "1", "Y", "y", "yes", "√", "自愿", NULL };
	static const char *const no[] = { "", "否", "0", "N", "n", "no", NULL };
	for (const char *const *p = yes; *p; p++)
		if (!strcmp(v, *p))
			return *out = true;
	for (const char *const *p = no; *p; p++)
		if (!strcmp(v, *p)) {
			*out = false;
			return true;
		}
	return false;
}
