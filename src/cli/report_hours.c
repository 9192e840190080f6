/* zhibu report hours --year YYYY [--as-of DATE] | --member NAME --year YYYY:
 * the 党员教育培训学时登记表, or one member's counted minutes and trainings. */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/hours_cli.h"
#include "cli/output_options.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/meeting.h"
#include "io/sheet.h"
#include "report/hours.h"
#include "rules/meetings.h"

int report_hours(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	struct date today = date_today(), as_of = { 0, 0, 0 };
	int year = today.y;
	const char *member = NULL;
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v, *why;
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
		} else if ((v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &as_of, &why))
				return cli_usage("report", "--as-of: %s", why);
		} else if ((v = cli_opt_value(argc, argv, &i, "--member", &missing))) {
			member = v;
		} else {
			return cli_bad_option("report", argv[i], missing);
		}
	}
	if (!as_of.y)
		as_of = (struct date){ year, 12, 31 };
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s;
	if (member) {
		char day[DATE_ISO_SIZE], why[512];
		long long id;
		date_format((struct date){ year, 12, 31 }, day);
		if (meeting_member_by_name(db, member, day, &id, why, sizeof why) != MATCH_FOUND)
			return cli_fail("%s", why);
		s = hours_member_sheet(db, year, id);
	} else {
		s = hours_sheet(db, year, as_of);
	}
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
