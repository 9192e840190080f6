/* The 发展 reports and registers:
 *   zhibu report pipeline [--as-of DATE] [--format csv|xlsx|txt] [-o FILE]
 *   zhibu report notice --kind 发展对象|接收|转正 --person NAME [--from DATE] [--as-of DATE]
 *                       [--format txt|pdf] [-o FILE]
 *   zhibu export activists|candidates|new-members [--year YYYY] [--full-id] [--format ...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/candidate_cli.h"
#include "cli/cli.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "db/candidate.h"
#include "db/db.h"
#include "io/doc.h"
#include "io/sheet.h"
#include "report/documents.h"
#include "report/pipeline.h"

int report_pipeline(struct cli *cli, int argc, char **argv)
{
	return output_report_on_date(cli, argc, argv, pipeline_sheet);
}

int report_notice(struct cli *cli, int argc, char **argv)
{
	const char *kind = NULL, *person = NULL, *from = NULL, *why;
	struct date as_of = date_today();
	struct output_options out;
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		int taken = output_option(&out, "report", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--kind", &missing))) {
			kind = v;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--person", &missing))) {
			person = v;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--from", &missing))) {
			from = v;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &as_of, &why))
				return cli_usage("report", "--as-of %s: %s", v, why);
		} else {
			return cli_bad_option("report", argv[i], missing);
		}
	}
	int k = kind ? pipeline_notice_by_name(kind) : -1;
	if (k < 0)
		return cli_usage("report", _("--kind is 发展对象, 接收 or 转正"));
	if (!person)
		return cli_usage("report", _("%s is required"), "--person");
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	long long id;
	int status = candidate_cli_find(db, person, &id);
	if (status)
		return status;
	struct candidate *c = malloc(sizeof *c);
	if (!c)
		abort();
	struct doc *d = NULL;
	if (!candidate_get(db, id, c))
		why = db_error(db);
	else
		d = pipeline_notice_doc(db, c, (enum pipeline_notice)k, as_of, from, &why);
	if (d)
		status = output_write_doc(cli, &out, d);
	else
		status = cli_fail("%s: %s", c->person.name, why);
	free(c);
	return status;
}

int export_pipeline_register(struct cli *cli, int argc, char **argv)
{
	static const struct { const char *name; enum pipeline_register kind; } kinds[] = {
		{ "activists", REG_ACTIVISTS }, { "candidates", REG_TARGETS }, { "new-members", REG_NEW_MEMBERS },
	};
	enum pipeline_register kind = REG_ACTIVISTS;
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (!strcmp(argv[0], kinds[i].name))
			kind = kinds[i].kind;
	struct output_options out;
	int year = date_today().y;
	bool full_id = false;
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		int taken = output_option(&out, "export", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			char *end;
			long y = strtol(v, &end, 10);
			if (!*v || *end || y < 1921 || y > 2999)
				return cli_usage("export", _("--year takes a year such as 2026"));
			year = (int)y;
		} else if (missing) {
			return cli_usage("export", _("%s needs a value"), argv[i]);
		} else if (!strcmp(argv[i], "--full-id")) {
			full_id = true;
		} else {
			return cli_usage("export", _("unknown argument %s"), argv[i]);
		}
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s = pipeline_register_sheet(db, kind, year, full_id);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
