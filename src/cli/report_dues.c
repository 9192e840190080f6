/* zhibu report dues | dues-notice | arrears: the dues reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/dues.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/doc.h"
#include "io/sheet.h"
#include "report/documents.h"
#include "report/dues.h"

/* Parse the options of a period report.  Returns 0, or the exit status of
 * a usage error already reported. */
static int parse_period(const char *cmd, int argc, char **argv, bool need_period,
			struct dues_period *p, struct output_options *out)
{
	bool have = false;
	memset(p, 0, sizeof *p);
	p->as_of = date_today();
	output_options_init(out);
	for (int i = 1; i < argc; i++) {
		bool missing = false;
		const char *v, *why;
		int taken = output_option(out, cmd, argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if (need_period && (v = cli_opt_value(argc, argv, &i, "--quarter", &missing))) {
			if (have)
				return cli_usage(cmd, _("give one period: --quarter or --year"));
			if (!quarter_parse(v, &p->year, &p->quarter, &why))
				return cli_usage(cmd, "--quarter %s: %s", v, why);
			have = true;
		} else if (need_period && !missing && (v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			char *end;
			long y = strtol(v, &end, 10);
			if (have)
				return cli_usage(cmd, _("give one period: --quarter or --year"));
			if (!*v || *end || y < 1900 || y > 2999)
				return cli_usage(cmd, _("--year takes a year such as 2026"));
			p->year = (int)y;
			p->quarter = 0;
			have = true;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &p->as_of, &why))
				return cli_usage(cmd, "--as-of %s: %s", v, why);
		} else {
			return cli_bad_option(cmd, argv[i], missing);
		}
	}
	if (need_period && !have)
		return cli_usage(cmd, _("give the period: --quarter YYYYQn or --year YYYY"));
	return 0;
}

static int write_sheet(struct cli *cli, const struct output_options *out, struct sheet *s)
{
	if (!s)
		return cli_fail("%s", db_error(cli->db));
	int status = output_write(out, s);
	sheet_free(s);
	return status;
}

int report_dues(struct cli *cli, int argc, char **argv)
{
	struct dues_period p;
	struct output_options out;
	int rc = parse_period("report dues", argc, argv, true, &p, &out);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	return write_sheet(cli, &out, dues_report_sheet(db, &p));
}

int report_dues_notice(struct cli *cli, int argc, char **argv)
{
	struct dues_period p;
	struct output_options out;
	int rc = parse_period("report dues-notice", argc, argv, true, &p, &out);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (out.format == OUT_PDF)
		return output_write_doc(cli, &out, dues_notice_doc(db, &p));
	return write_sheet(cli, &out, dues_notice_sheet(db, &p));
}

int report_arrears(struct cli *cli, int argc, char **argv)
{
	struct dues_period p;
	struct output_options out;
	int rc = parse_period("report arrears", argc, argv, false, &p, &out);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	return write_sheet(cli, &out, dues_arrears_sheet(db, p.as_of));
}
