/* zhibu report KIND ...: the reports each part of zhibu adds. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "cli/disclose_cli.h"
#include "cli/dues.h"
#include "cli/hours_cli.h"
#include "cli/org_cli.h"
#include "cli/meetings_cli.h"
#include "cli/stats_cli.h"
#include "cli/rectify_cli.h"
#include "cli/transfer_cli.h"

/* The reports: each part appends its own (KIND, function). */
static const struct cli_kind reports[] = {
	{ "meetings", report_meetings },
	{ "pipeline", report_pipeline },
	{ "notice", report_notice },
	{ "dues", report_dues }, { "dues-notice", report_dues_notice }, { "arrears", report_arrears },
	{ "stats", report_stats },
	{ "disclosures", report_disclosures }, { "disclosure-catalog", report_disclosures },
	{ "disclosure-notice", report_disclosures }, { "feedback", report_disclosures },
	{ "feedback-notice", report_disclosures },
	{ "rectify", report_rectify }, { "rectify-summary", report_rectify_summary },
	{ "plan", report_plan },
	{ "review", report_review }, { "review-form", report_review_form },
	{ "yearbook", report_yearbook },
	{ "hours", report_hours },
	{ "talks", report_talks }, { "service", report_service },
	{ "transfers", report_transfers },
	{ "documents", report_documents },
	{ "flows", report_flows },
};

int cmd_report(struct cli *cli, int argc, char **argv)
{
	return cli_dispatch(cli, "report", reports, sizeof reports / sizeof reports[0], argc, argv);
}
