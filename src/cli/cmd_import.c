/* zhibu import KIND FILE ...: move existing records in from CSV, all or
 * nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_members.h"
#include "cli/dues.h"
#include "cli/meetings_cli.h"
#include "core/i18n.h"

static const struct importer {
	const char *kind;
	int (*run)(struct cli *cli, int argc, char **argv);
} importers[] = {
	{ "members", import_members },
	{ "dues", import_dues }, { "payments", import_payments },
	{ "meetings", import_meetings },
	{ "candidates", import_candidates },
};

int cmd_import(struct cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("import", _("name what to import: members"));
	for (size_t i = 0; i < sizeof importers / sizeof importers[0]; i++)
		if (!strcmp(importers[i].kind, argv[1]))
			return importers[i].run(cli, argc - 1, argv + 1);
	return cli_usage("import", _("cannot import %s"), argv[1]);
}
