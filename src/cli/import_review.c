/* zhibu import review-ballots FILE --review ID [--encoding E] [--dry-run]:
 * the ballots of a 民主测评, anonymous: 票号 and one column per area of the
 * review (named as the areas).  An empty cell makes the ballot invalid; a
 * score outside 0–100 is an error; more ballots than were returned is
 * refused.  All or nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "cli/rectify_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/review.h"
#include "io/import.h"

int import_review_ballots(struct cli *cli, int argc, char **argv)
{
	bool missing;
	const char *name = import_take_option(&argc, argv, "--review", &missing);
	long long review_id;
	if (!name || !cli_record_id(name, "测评#", &review_id))
		return cli_usage("import", _("--review names the review: 测评#ID"));
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, false);
	if (rc)
		return rc;
	/* The columns follow the review's areas: read it first. */
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct review r;
	struct review_areas a;
	const char *why;
	long long ballots, totals;
	if (!review_get(db, review_id, &r) || !review_counts(db, review_id, &ballots, &totals))
		return cli_fail("%s", db_error(db));
	if (!strcmp(r.status, "作废"))
		return cli_fail(_("测评#%lld is voided"), review_id);
	if (totals)
		return cli_fail(_("测评#%lld has totals counted on paper: ballots are not added to them"), review_id);
	if (!review_areas_parse(r.areas, &a, &why))
		return cli_fail("%s", why);
	struct import_column columns[REVIEW_MAX_AREAS + 1] = { { "票号", true } };
	for (int i = 0; i < a.n; i++)
		columns[i + 1] = (struct import_column){ a.name[i], true };
	struct import im;
	db = import_start(cli, &im, &o, columns, a.n + 1, false);
	if (!db)
		return EXIT_REFUSED;
	size_t added = 0;
	while (import_next(&im)) {
		int scores[REVIEW_MAX_AREAS], before = im.errors;
		const char *seq = import_value(&im, 0);
		if (text_blank(seq))
			import_error(&im, 0, "%s", _("required"));
		for (int i = 0; i < a.n; i++) {
			const char *text = import_value(&im, i + 1);
			scores[i] = -1;
			if (!text_blank(text) && !review_score_parse(text, &scores[i], &why))
				import_error(&im, i + 1, "%s", why);
		}
		if (im.errors != before)
			continue;
		int exists = review_ballot_exists(db, review_id, seq);
		if (exists)
			import_error(&im, 0, exists > 0 ? _("ballot %s is recorded already") : "%s",
				     exists > 0 ? seq : db_error(db));
		else if (ballots + (long long)added + 1 > r.returned)
			import_error(&im, 0, _("more ballots than the %d returned (测评#%lld)"), r.returned, review_id);
		else if (!review_ballot_add(db, review_id, seq, scores, a.n))
			import_error(&im, 0, "%s", db_error(db));
		else
			added++;
	}
	char *done = import_done(ngettext("zhibu: imported %zu ballot from %s (%s).\n",
					  "zhibu: imported %zu ballots from %s (%s).\n", added),
				 added, &im, &o);
	int status = import_finish(&im, db, &o, false, done);
	free(done);
	return status;
}
