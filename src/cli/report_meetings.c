/* zhibu report meetings [--year YYYY]: the year's meetings against the
 * requirements, what is missing, and each member's attendance. */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/meetings_cli.h"
#include "cli/output_options.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/meetings.h"
#include "rules/meetings.h"

int report_meetings(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	int year = date_today().y;
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		int taken = output_option(&out, "report", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		struct period p;
		if ((v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			if (!period_parse(v, &p) || p.kind != PERIOD_YEAR)
				return cli_usage("report", _("--year takes a year such as 2026"));
			year = p.year;
		} else {
			return cli_bad_option("report", argv[i], missing);
		}
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s = meetings_report(db, year);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
