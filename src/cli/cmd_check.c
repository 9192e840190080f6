/* zhibu check [--as-of DATE] [--within DAYS] [--format txt|csv]: everything
 * overdue or due soon, one row per item.  Exit 0 either way: the rows are
 * the answer.  Today's rows come from 首页's cache while it is current. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/home.h"
#include "report/todo.h"


int cmd_check(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	struct date as_of = date_today();
	long within = HOME_TODO_DAYS;
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

	/* Today's list with the usual window is what 首页 shows: when its cache
	 * is current (nothing changed since) the rows are read from there. */
	struct todo_list l;
	bool cached = date_cmp(as_of, date_today()) == 0 && within == HOME_TODO_DAYS && home_todos_cached(db, as_of, &l);
	if (!cached) {
		todo_list_init(&l, as_of, (int)within);
		if (!todo_collect(db, &l)) {
			todo_list_done(&l);
			return cli_fail("%s", db_error(db));
		}
	}
	struct sheet *s = todo_list_sheet(db, &l);
	todo_list_done(&l);
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
