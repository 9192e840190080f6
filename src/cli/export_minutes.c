/* zhibu export minutes (--id N | --year YYYY) [--kind K]: printable minutes
 * (会议记录), one after another in TXT, one worksheet each in XLSX, in PDF
 * each from a new page (a year's with a contents page). */
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/meetings_cli.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/meeting.h"
#include "io/doc.h"
#include "io/sheet.h"
#include "report/documents.h"
#include "report/meetings.h"

int export_minutes(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	struct meeting_filter f;
	long long id = 0;
	int year = 0;
	output_options_init(&out);
	meeting_filter_init(&f);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		char *end;
		int taken = output_option(&out, "export", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--id", &missing))) {
			id = strtoll(v, &end, 10);
			if (!*v || *end || id <= 0)
				return cli_usage("export", _("--id takes a meeting number"));
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			struct period p;
			if (!period_parse(v, &p) || p.kind != PERIOD_YEAR)
				return cli_usage("export", _("--year takes a year such as 2026"));
			year = p.year;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--kind", &missing))) {
			f.kind = meeting_kind_parse(v);
			if (f.kind < 0)
				return cli_usage("export", _("no meeting kind called %s"), v);
		} else {
			return cli_bad_option("export", argv[i], missing);
		}
	}
	if (!id == !year)
		return cli_usage("export", _("name the minutes with --id N or --year YYYY"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	f.id = id;
	f.include_cancelled = id != 0;
	if (year) {
		snprintf(f.from, sizeof f.from, "%04d-01-01", year);
		snprintf(f.to, sizeof f.to, "%04d-12-31", year);
	}
	if (out.format == OUT_PDF) {
		struct doc *d;
		if (!minutes_doc(db, &f, year != 0, &d))
			return cli_fail("%s", db_error(db));
		if (!d && id)
			return cli_fail(_("no meeting #%lld"), id);
		if (!d)
			return cli_fail(_("no minutes in %d"), year);
		return output_write_doc(cli, &out, d);
	}
	struct sheet *s;
	if (!minutes_sheets(db, &f, &s))
		return cli_fail("%s", db_error(db));
	if (!s && id)
		return cli_fail(_("no meeting #%lld"), id);
	if (!s)
		return cli_fail(_("no minutes in %d"), year);
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
