/* zhibu import KIND FILE ...: move existing records in from CSV, all or
 * nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_members.h"
#include "cli/disclose_cli.h"
#include "cli/dues.h"
#include "cli/hours_cli.h"
#include "cli/meetings_cli.h"
#include "core/i18n.h"
#include "cli/rectify_cli.h"
#include "cli/transfer_cli.h"

static const struct cli_kind importers[] = {
	{ "members", import_members },
	{ "dues", import_dues }, { "payments", import_payments },
	{ "meetings", import_meetings },
	{ "candidates", import_candidates },
	{ "disclosures", import_disclosures }, { "feedback", import_feedback },
	{ "rectify", import_rectify },
	{ "plan", import_plan },
	{ "review-ballots", import_review_ballots },
	{ "trainings", import_trainings },
	{ "talks", import_talks }, { "services", import_services }, { "pledges", import_pledges },
	{ "transfers", import_transfers },
};

int cmd_import(struct cli *cli, int argc, char **argv)
{
	return cli_dispatch(cli, "import", importers, sizeof importers / sizeof importers[0], argc, argv);
}
