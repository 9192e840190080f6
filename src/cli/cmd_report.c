/* zhibu report KIND ...: the reports each part of zhibu adds. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "cli/dues.h"
#include "cli/meetings_cli.h"

/* The reports: each part appends its own (KIND, function). */
static const struct report_kind {
	const char *kind;
	int (*run)(struct cli *cli, int argc, char **argv);
} reports[] = {
	{ "meetings", report_meetings },
	{ "pipeline", report_pipeline },
	{ "notice", report_notice },
	{ "dues", report_dues }, { "dues-notice", report_dues_notice }, { "arrears", report_arrears },
	{ NULL, NULL },
};

int cmd_report(struct cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("report", _("name the report (see 'man zhibu')"));
	for (size_t i = 0; i < sizeof reports / sizeof reports[0]; i++)
		if (reports[i].kind && !strcmp(reports[i].kind, argv[1]))
			return reports[i].run(cli, argc - 1, argv + 1);
	return cli_usage("report", _("no report called %s"), argv[1]);
}
