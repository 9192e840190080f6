#include "cli/output_options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/archive.h"
#include "db/branch.h"
#include "db/db.h"
#include "io/sheet.h"
#include "io/doc.h"

void output_options_init(struct output_options *o)
{
	o->format = OUT_TXT;
	o->encoding = ENC_UTF8;
	o->path = NULL;
	o->register_doc = false;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcasecmp(s + n - k, suffix);
}

int output_option(struct output_options *o, const char *cmd, int argc, char **argv, int *i)
{
	bool missing;
	const char *v;
	if ((v = cli_opt_value(argc, argv, i, "--format", &missing))) {
		if (!out_format_parse(v, &o->format)) {
			cli_usage(cmd, _("unknown format %s (use txt, csv, xlsx or pdf)"), v);
			return -1;
		}
		return 1;
	}
	if (!missing && (v = cli_opt_value(argc, argv, i, "--encoding", &missing))) {
		if (!encoding_parse(v, &o->encoding) || o->encoding == ENC_AUTO) {
			cli_usage(cmd, _("unknown encoding %s (use utf-8 or gb18030)"), v);
			return -1;
		}
		return 1;
	}
	if (!missing && ((v = cli_opt_value(argc, argv, i, "-o", &missing)) ||
			 (!missing && (v = cli_opt_value(argc, argv, i, "--output", &missing))))) {
		o->path = v;
		/* A file name that says .xlsx or .csv chooses the format too. */
		if (ends_with(v, ".xlsx"))
			o->format = OUT_XLSX;
		else if (ends_with(v, ".pdf"))
			o->format = OUT_PDF;
		else if (ends_with(v, ".csv") && o->format == OUT_TXT)
			o->format = OUT_CSV;
		return 1;
	}
	if (!missing && !strcmp(argv[*i], "--register")) {
		o->register_doc = true;
		return 1;
	}
	if (missing) {
		cli_usage(cmd, _("%s needs a value"), argv[*i]);
		return -1;
	}
	return 0;
}

/* Record a saved file as a 本级材料 document of today's year (文件#ID). */
static int register_saved(const char *title, const char *path)
{
	struct db *db = cli_db_opened();
	struct document d = { 0 };
	struct branch b;
	struct date today = date_today();
	if (!db)
		return cli_fail("%s", _("--register: no database is open"));
	d.year = today.y;
	date_format(today, d.date);
	snprintf(d.direction, sizeof d.direction, "%s", "本级材料");
	snprintf(d.category, sizeof d.category, "%s", "其他");
	snprintf(d.retention, sizeof d.retention, "%s", "永久");
	text_copy(d.title, sizeof d.title, title);
	text_copy(d.path, sizeof d.path, path);
	if (branch_get(db, &b))
		text_copy(d.author, sizeof d.author, b.name);
	if (!db_begin(db))
		return cli_fail("%s", db_error(db));
	int status = cli_commit_or_fail(db, document_insert(db, &d));
	if (status == EXIT_OK)
		fprintf(stderr, _("zhibu: %s is registered as 本级材料 文件#%lld.\n"), path, d.id);
	return status;
}

int output_write(const struct output_options *o, const struct sheet *s)
{
	char *err = NULL;
	if (db_failed(NULL)) /* what was read may be incomplete: keep the old file */
		return cli_fail("%s", db_damaged_message());
	if (o->register_doc && !o->path)
		return cli_usage("report", _("--register records a saved file: give -o FILE"));
	if (!sheet_write(s, o->format, o->encoding, o->path, &err)) {
		fprintf(stderr, "zhibu: %s\n", err ? err : _("cannot write the output"));
		free(err);
		return EXIT_REFUSED;
	}
	return o->register_doc ? register_saved(s->title, o->path) : EXIT_OK;
}

int output_write_doc(struct cli *cli, const struct output_options *o, struct doc *d)
{
	char *err = NULL;
	if (!d)
		return cli_fail("%s", db_error(cli->db));
	int status = EXIT_OK;
	if (o->format != OUT_PDF && o->format != OUT_TXT)
		status = cli_usage("report", _("this document is written as txt or pdf"));
	else if (!doc_write(d, o->format, o->encoding, o->path, &err)) {
		fprintf(stderr, "zhibu: %s\n", err ? err : _("cannot write the output"));
		status = EXIT_REFUSED;
	}
	free(err);
	doc_free(d);
	return status;
}

int output_report_on_date(struct cli *cli, int argc, char **argv, sheet_on_date_fn *build)
{
	struct output_options out;
	struct date as_of = date_today();
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v, *why;
		int taken = output_option(&out, "report", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &as_of, &why))
				return cli_usage("report", "--as-of %s: %s", v, why);
		} else {
			return cli_bad_option("report", argv[i], missing);
		}
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s = build(db, as_of);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
