/* zhibu import KIND FILE ...: move existing records in from CSV, all or
 * nothing.  The 导入 screen runs the same importers (import_capture). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

const char *import_kind_name(size_t i)
{
	return i < sizeof importers / sizeof importers[0] ? importers[i].name : NULL;
}

/* What was written to tmp, appended to *text. */
static void take_text(FILE *tmp, char **text, size_t *len)
{
	long size = ftell(tmp);
	if (size < 0)
		size = 0;
	rewind(tmp);
	char *grown = realloc(*text, *len + (size_t)size + 1);
	if (!grown)
		abort();
	*text = grown;
	*len += fread(*text + *len, 1, (size_t)size, tmp);
	(*text)[*len] = '\0';
	fclose(tmp);
}

int import_capture(struct cli *cli, int argc, char **argv, char **report)
{
	*report = NULL;
	FILE *out_tmp = tmpfile(), *err_tmp = tmpfile();
	fflush(stdout);
	fflush(stderr);
	int out = dup(STDOUT_FILENO), err = dup(STDERR_FILENO);
	if (!out_tmp || !err_tmp || out < 0 || err < 0 || dup2(fileno(out_tmp), STDOUT_FILENO) < 0 ||
	    dup2(fileno(err_tmp), STDERR_FILENO) < 0) {
		if (out >= 0) {
			dup2(out, STDOUT_FILENO);
			close(out);
		}
		if (err >= 0)
			close(err);
		if (out_tmp)
			fclose(out_tmp);
		if (err_tmp)
			fclose(err_tmp);
		return EXIT_REFUSED;
	}
	int status = cmd_import(cli, argc, argv);
	fflush(stdout);
	fflush(stderr);
	dup2(out, STDOUT_FILENO);
	dup2(err, STDERR_FILENO);
	close(out);
	close(err);
	/* The problems and the sentence that ends it first, then what the dry
	 * run would change. */
	size_t len = 0;
	take_text(err_tmp, report, &len);
	take_text(out_tmp, report, &len);
	return status;
}
