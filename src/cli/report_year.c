/* The reports of a member's year: zhibu report hours, talks and service.
 * Each takes --year YYYY (default this year), --as-of DATE (default the
 * year's 12-31) and the output options; hours also --member NAME. */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/hours_cli.h"
#include "cli/output_options.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/meeting.h"
#include "io/sheet.h"
#include "cli/org_cli.h"
#include "report/hours.h"
#include "report/org.h"
#include "report/service.h"
#include "report/talks.h"
#include "report/transfer.h"
#include "rules/meetings.h"

struct year_options {
	struct output_options out;
	int year;
	struct date as_of;
	const char *member;     /* NULL unless allowed and given */
};

/* Parse the options; 0 or the exit status of a usage error. */
static int year_options(struct year_options *o, int argc, char **argv, bool allow_member)
{
	struct date today = date_today();
	o->year = today.y;
	o->as_of = (struct date){ 0, 0, 0 };
	o->member = NULL;
	output_options_init(&o->out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v, *why;
		int taken = output_option(&o->out, "report", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		struct period p;
		if ((v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			if (!period_parse(v, &p) || p.kind != PERIOD_YEAR)
				return cli_usage("report", _("--year takes a year such as 2026"));
			o->year = p.year;
		} else if ((v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &o->as_of, &why))
				return cli_usage("report", "--as-of: %s", why);
		} else if (allow_member && (v = cli_opt_value(argc, argv, &i, "--member", &missing))) {
			o->member = v;
		} else {
			return cli_bad_option("report", argv[i], missing);
		}
	}
	if (!o->as_of.y)
		o->as_of = (struct date){ o->year, 12, 31 };
	return 0;
}

static int write_sheet(const struct year_options *o, struct db *db, struct sheet *s)
{
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&o->out, s);
	sheet_free(s);
	return status;
}

int report_hours(struct cli *cli, int argc, char **argv)
{
	struct year_options o;
	int rc = year_options(&o, argc, argv, true);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (!o.member)
		return write_sheet(&o, db, hours_sheet(db, o.year, o.as_of));
	char day[DATE_ISO_SIZE], why[512];
	long long id;
	date_format((struct date){ o.year, 12, 31 }, day);
	if (meeting_member_by_name(db, o.member, day, &id, why, sizeof why) != MATCH_FOUND)
		return cli_fail("%s", why);
	return write_sheet(&o, db, hours_member_sheet(db, o.year, id));
}

int report_talks(struct cli *cli, int argc, char **argv)
{
	struct year_options o;
	int rc = year_options(&o, argc, argv, false);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	return db ? write_sheet(&o, db, talks_sheet(db, o.year, o.as_of)) : EXIT_REFUSED;
}

int report_service(struct cli *cli, int argc, char **argv)
{
	struct year_options o;
	int rc = year_options(&o, argc, argv, false);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	return db ? write_sheet(&o, db, service_sheet(db, o.year, o.as_of)) : EXIT_REFUSED;
}

int report_transfers(struct cli *cli, int argc, char **argv)
{
	struct year_options o;
	int rc = year_options(&o, argc, argv, false);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	if (date_cmp(o.as_of, date_today()) > 0)
		o.as_of = date_today();  /* a state is known up to today */
	return db ? write_sheet(&o, db, transfers_sheet(db, o.year, o.as_of)) : EXIT_REFUSED;
}

int report_documents(struct cli *cli, int argc, char **argv)
{
	struct year_options o;
	int rc = year_options(&o, argc, argv, false);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	return db ? write_sheet(&o, db, documents_sheet(db, o.year)) : EXIT_REFUSED;
}
