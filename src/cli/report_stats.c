/* zhibu report stats [--as-of DATE]: 党员统计表, the members on the roster
 * on a date by sex, ethnicity, education, age, category, group and kind, and
 * the year's joins, 转正 and departures (report/stats.c). */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "cli/stats_cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/stats.h"

int report_stats(struct cli *cli, int argc, char **argv)
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
		} else if (missing) {
			return cli_usage("report", _("%s needs a value"), argv[i]);
		} else {
			return cli_usage("report", _("unknown argument %s"), argv[i]);
		}
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s = stats_sheet(db, as_of);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
