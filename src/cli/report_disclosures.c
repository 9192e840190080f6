/* zhibu report disclosures|disclosure-catalog|feedback [--year YYYY]
 * [--as-of DATE] and the two texts for the 公开栏: disclosure-notice ID and
 * feedback-notice [--year YYYY] [--as-of DATE]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/disclose_cli.h"
#include "cli/output_options.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/output.h"
#include "io/sheet.h"
#include "report/disclosure.h"

int report_disclosures(struct cli *cli, int argc, char **argv)
{
	const char *kind = argv[0];
	bool text = !strcmp(kind, "disclosure-notice") || !strcmp(kind, "feedback-notice");
	struct output_options out;
	struct date as_of = date_today();
	int year = as_of.y;
	long long id = 0;
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v, *why;
		int taken = output_option(&out, "report", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			char *end;
			long y = strtol(v, &end, 10);
			if (*end || y < 1900 || y > 2999)
				return cli_usage("report", _("--year takes a year such as 2026"));
			year = (int)y;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &as_of, &why))
				return cli_usage("report", "--as-of %s: %s", v, why);
		} else if (!missing && !strcmp(kind, "disclosure-notice") && !id && argv[i][0] != '-') {
			const char *hash = strchr(argv[i], '#');
			char *end;
			id = strtoll(hash ? hash + 1 : argv[i], &end, 10);
			if (*end || id <= 0)
				return cli_usage("report", _("%s is not a record number"), argv[i]);
		} else {
			return cli_bad_option("report", argv[i], missing);
		}
	}
	if (!strcmp(kind, "disclosure-notice") && !id)
		return cli_usage("report", _("name the disclosure: zhibu report disclosure-notice 公开#12"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (text && out.format == OUT_PDF) {
		const char *why = NULL;
		struct doc *d = id ? disclosure_notice_doc(db, id, &why) : feedback_notice_doc(db, year, as_of, &why);
		if (!d)
			return cli_fail("%s", why ? why : db_error(db));
		return output_write_doc(cli, &out, d);
	}
	if (text && out.path) {
		const char *why = NULL;
		char *t = id ? disclosure_notice_text(db, id, &why) : feedback_notice_text(db, year, as_of, &why);
		if (!t)
			return cli_fail("%s", why);
		char *err = NULL;
		bool ok = text_write_file(t, out.encoding, out.path, &err);
		free(t);
		if (!ok)
			fprintf(stderr, "zhibu: %s\n", err ? err : _("cannot write the output"));
		free(err);
		return ok ? EXIT_OK : EXIT_REFUSED;
	}
	if (text) {
		const char *why = NULL;
		char *t = id ? disclosure_notice_text(db, id, &why) : feedback_notice_text(db, year, as_of, &why);
		if (!t)
			return cli_fail("%s", why);
		fputs(t, stdout);
		free(t);
		return EXIT_OK;
	}
	struct sheet *s = !strcmp(kind, "disclosure-catalog") ? disclosure_catalog_sheet(db)
			: !strcmp(kind, "feedback") ? feedback_register_sheet(db, year, as_of)
			: disclosure_register_sheet(db, year, as_of);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
