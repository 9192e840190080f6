/* zhibu report meetings [--year YYYY]: the year's meetings against the
 * requirements, what is missing, and each member's attendance. */
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/meetings_cli.h"
#include "cli/output_options.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/meetings.h"

/* A year from 1900 to 2999; false when v is not one. */
static bool parse_year(const char *v, int *year)
{
	char *end;
	long y = strtol(v, &end, 10);
	if (!*v || *end || y < 1900 || y > 2999)
		return false;
	*year = (int)y;
	return true;
}

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
		if ((v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			if (!parse_year(v, &year))
				return cli_usage("report", _("--year takes a year such as 2026"));
		} else if (missing) {
			return cli_usage("report", _("%s needs a value"), argv[i]);
		} else {
			return cli_usage("report", _("unknown argument %s"), argv[i]);
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
