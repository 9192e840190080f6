/* zhibu export KIND ...: records out to TXT, CSV or XLSX. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "cli/meetings_cli.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/member.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/template.h"

static int export_roster(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	struct roster_options ro = { 0 };
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		int taken = output_option(&out, "export", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		bool missing = false;
		const char *v = cli_opt_value(argc, argv, &i, "--sort", &missing);
		if (v) {
			if (!strcmp(v, "笔画"))
				ro.sort = MSORT_STROKES;
			else if (!strcmp(v, "拼音"))
				ro.sort = MSORT_NAME;
			else if (!strcmp(v, "花名册"))
				ro.sort = MSORT_ROSTER;
			else
				return cli_usage("export", _("--sort takes 花名册, 笔画 or 拼音"));
		} else if (missing) {
			return cli_bad_option("export", argv[i], missing);
		} else if (!strcmp(argv[i], "--full-id"))
			ro.full_id = true;
		else if (!strcmp(argv[i], "--all"))
			ro.include_left = true;
		else
			return cli_usage("export", _("unknown argument %s"), argv[i]);
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s = roster_sheet(db, &ro);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}

/* zhibu export template KIND [-o FILE]: an .xlsx to fill and import. */
static int export_template(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	const char *kind = NULL;
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		int taken = output_option(&out, "export", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if (argv[i][0] != '-' && !kind)
			kind = argv[i];
		else
			return cli_usage("export", _("unknown argument %s"), argv[i]);
	}
	struct sheet *s = kind ? template_sheet(kind) : NULL;
	if (!s)
		return cli_usage("export", _("name the template: members, dues, payments, meetings or candidates"));
	out.format = OUT_XLSX; /* drop-downs and text columns need a workbook */
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}

static const struct cli_kind exporters[] = {
	{ "roster", export_roster },
	{ "minutes", export_minutes },
	{ "activists", export_pipeline_register },
	{ "candidates", export_pipeline_register },
	{ "new-members", export_pipeline_register },
	{ "template", export_template },
	{ "package", export_package },
};

int cmd_export(struct cli *cli, int argc, char **argv)
{
	return cli_dispatch(cli, "export", exporters, sizeof exporters / sizeof exporters[0], argc, argv);
}
