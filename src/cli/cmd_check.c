/* zhibu check [--as-of DATE] [--within DAYS] [--format txt|csv]: everything
 * overdue or due soon, one row per item.  Exit 0 either way: the rows are
 * the answer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/todo.h"

#define CHECK_DEFAULT_WITHIN 30

int cmd_check(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	struct date as_of = date_today();
	long within = CHECK_DEFAULT_WITHIN;
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v, *why;
		int taken = output_option(&out, "check", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &as_of, &why))
				return cli_usage("check", "--as-of %s: %s", v, why);
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--within", &missing))) {
			char *end;
			within = strtol(v, &end, 10);
			if (!*v || *end || within < 0 || within > 3660)
				return cli_usage("check", _("--within takes a number of days from 0 to 3660"));
		} else {
			return cli_bad_option("check", argv[i], missing);
		}
	}
	if (out.format == OUT_XLSX)
		return cli_usage("check", _("check writes txt or csv"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;

	struct sheet *s = todo_sheet(db, as_of, (int)within);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
