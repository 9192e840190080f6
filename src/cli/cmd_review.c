/* zhibu review add|totals|reported|fed-back|void|to-rectify: the members'
 * 民主测评 of the branch committee.  Ballots come in with
 * zhibu import review-ballots; totals counted on paper are the alternative. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/rectify_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/rectify.h"
#include "db/review.h"
#include "db/yearbook.h"
#include "report/review.h"
#include "rules/review.h"

#define CMD "review"

static bool number_arg(const char *opt, const char *v, int *out, int *status)
{
	char *end;
	long n = v ? strtol(v, &end, 10) : -1;
	if (!v || *end || n < 0 || n > 1000000) {
		*status = cli_usage(CMD, _("%s is a whole number"), opt);
		return false;
	}
	*out = (int)n;
	return true;
}

static int do_add(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--year", "--held", "--expected", "--returned", NULL };
	const char *v[4] = { 0 }, *why;
	struct review r = { 0 };
	int status = cli_options(CMD, argc, argv, names, v, NULL);
	if (status || !number_arg("--year", v[0], &r.year, &status) || !cli_date_arg(CMD, "--held", v[1], r.held_on, &status)
	    || !number_arg("--expected", v[2], &r.expected, &status)
	    || !number_arg("--returned", v[3], &r.returned, &status))
		return status;
	if (r.year < 1921 || r.year > 9999)
		return cli_usage(CMD, _("--year is a year such as 2026"));
	if (r.expected <= 0)
		return cli_usage(CMD, _("--expected is the number of members who should take part, at least 1"));
	if (r.returned > r.expected)
		return cli_fail(_("%d ballots returned, more than the %d expected"), r.returned, r.expected);
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	char areas[1024];
	struct review_areas a;
	settings_get(db, "review.areas", areas, sizeof areas, review_areas_default);
	if (!review_areas_parse(areas, &a, &why)) {
		db_rollback(db);
		return cli_fail("review.areas: %s", why);
	}
	review_areas_format(&a, r.areas, sizeof r.areas);
	r.threshold = (int)settings_get_int(db, "review.threshold", REVIEW_THRESHOLD_DEFAULT);
	long long id = 0;
	status = cli_commit_or_fail(db, review_add(db, &r, &id));
	if (!status)
		printf("测评#%lld\n", id);
	return status;
}

/* Read the review named by name inside a transaction. */
static struct db *begin_review(struct cli *cli, const char *name, struct review *r, int *status)
{
	long long id;
	if (!name || !cli_record_id(name, "测评#", &id)) {
		*status = cli_usage(CMD, _("name the review: 测评#ID"));
		return NULL;
	}
	struct db *db = cli_begin(cli, status);
	if (!db)
		return NULL;
	if (!review_get(db, id, r)) {
		*status = cli_fail("%s", db_error(db));
		db_rollback(db);
		return NULL;
	}
	if (!strcmp(r->status, "作废")) {
		*status = cli_fail(_("测评#%lld is voided"), id);
		db_rollback(db);
		return NULL;
	}
	return db;
}

/* review totals 测评#ID --valid N AREA=SUM ...: every area's sum over the valid ballots. */
static int do_totals(struct cli *cli, int argc, char **argv)
{
	const char *name = NULL, *valid_text = NULL;
	const char *pairs[REVIEW_MAX_AREAS];
	int npairs = 0;
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v = cli_opt_value(argc, argv, &i, "--valid", &missing);
		if (v)
			valid_text = v;
		else if (missing || argv[i][0] == '-')
			return cli_bad_option(CMD, argv[i], missing);
		else if (strchr(argv[i], '=') && npairs < REVIEW_MAX_AREAS)
			pairs[npairs++] = argv[i];
		else if (!name)
			name = argv[i];
		else
			return cli_bad_option(CMD, argv[i], false);
	}
	int valid, status = 0;
	if (!number_arg("--valid", valid_text, &valid, &status))
		return status;
	struct review r;
	struct db *db = begin_review(cli, name, &r, &status);
	if (!db)
		return status;
	struct review_areas a;
	const char *why;
	long long ballots, totals, sum[REVIEW_MAX_AREAS];
	bool given[REVIEW_MAX_AREAS] = { false };
	if (!review_areas_parse(r.areas, &a, &why) || !review_counts(db, r.id, &ballots, &totals)) {
		db_rollback(db);
		return cli_fail("%s", why ? why : db_error(db));
	}
	const char *problem = NULL;
	char buf[256];
	if (ballots || totals)
		problem = _("this review has ballots or totals already: they are not replaced");
	else if (valid > r.returned)
		snprintf(buf, sizeof buf, _("%d valid ballots, more than the %d returned"), valid, r.returned),
			problem = buf;
	for (int i = 0; i < npairs && !problem; i++) {
		char area[128];
		text_copy(area, sizeof area, pairs[i]);
		char *eq = strchr(area, '=');
		*eq = '\0';
		int k = review_area_index(&a, area);
		char *end;
		long long v = strtoll(eq + 1, &end, 10);
		if (k < 0)
			snprintf(buf, sizeof buf, _("%s is not an area of this review (%s)"), area, r.areas), problem = buf;
		else if (*end || v < 0 || v > 100LL * valid)
			snprintf(buf, sizeof buf, _("%s: the sum is a whole number from 0 to 100 × valid ballots"), area),
				problem = buf;
		else {
			sum[k] = v;
			given[k] = true;
		}
	}
	for (int k = 0; k < a.n && !problem; k++)
		if (!given[k])
			snprintf(buf, sizeof buf, _("give the sum of every area: %s is missing"), a.name[k]), problem = buf;
	if (problem) {
		db_rollback(db);
		return cli_fail("%s", problem);
	}
	bool ok = true;
	for (int k = 0; k < a.n && ok; k++)
		ok = review_total_add(db, r.id, k, sum[k], valid);
	return cli_commit_or_fail(db, ok);
}

static int do_reported(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", NULL };
	const char *v[1] = { 0 }, *name;
	char on[DATE_ISO_SIZE];
	int status = cli_options(CMD, argc, argv, names, v, &name);
	if (status || !cli_date_arg(CMD, "--date", v[0], on, &status))
		return status;
	struct review r;
	struct db *db = begin_review(cli, name, &r, &status);
	return db ? cli_commit_or_fail(db, review_set_reported(db, r.id, on)) : status;
}

static int do_fed_back(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--meeting", NULL };
	const char *v[1] = { 0 }, *name;
	long long meeting;
	int status = cli_options(CMD, argc, argv, names, v, &name);
	if (status)
		return status;
	if (!v[0] || !cli_record_id(v[0], "会议#", &meeting))
		return cli_usage(CMD, _("--meeting names a minute: 会议#ID"));
	struct review r;
	struct db *db = begin_review(cli, name, &r, &status);
	if (!db)
		return status;
	char kind[32];
	int found = meeting_kind_of(db, meeting, kind, sizeof kind);
	if (found != 1 || strcmp(kind, "支部党员大会")) {
		db_rollback(db);
		return found < 0 ? cli_fail("%s", db_error(db))
				 : cli_fail(_("会议#%lld is not a recorded 支部党员大会"), meeting);
	}
	return cli_commit_or_fail(db, review_set_fed_back(db, r.id, meeting));
}

/* A batch (source 民主测评) with one item per area below the threshold, or
 * one for the overall average. */
static int do_to_rectify(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { NULL };
	const char *name;
	int status = cli_options(CMD, argc, argv, names, NULL, &name);
	if (status)
		return status;
	struct review r;
	struct db *db = begin_review(cli, name, &r, &status);
	if (!db)
		return status;
	struct review_result res;
	if (!review_compute(db, &r, &res)) {
		db_rollback(db);
		return cli_fail("%s", db_error(db));
	}
	if (!res.below) {
		db_rollback(db);
		return cli_fail(_("测评#%lld is not below its threshold %d"), r.id, r.threshold);
	}
	char lines[REVIEW_MAX_AREAS + 1][256], avg[16];
	const char *ptr[REVIEW_MAX_AREAS + 1];
	int n = 0;
	review_format100(res.overall100, avg, sizeof avg);
	snprintf(lines[n], sizeof lines[0], "%d年度支委班子民主测评总平均分%s分，低于%d分", r.year, avg, r.threshold);
	ptr[n] = lines[n];
	n++;
	for (int i = 0; i < res.areas.n; i++) {
		if (res.avg100[i] >= (long long)r.threshold * 100)
			continue;
		review_format100(res.avg100[i], avg, sizeof avg);
		snprintf(lines[n], sizeof lines[0], "民主测评“%s”平均分%s分，低于%d分", res.areas.name[i], avg, r.threshold);
		ptr[n] = lines[n];
		n++;
	}
	struct rectify_batch b = { 0 };
	snprintf(b.title, sizeof b.title, "%d年支委班子民主测评整改", r.year);
	snprintf(b.source, sizeof b.source, "民主测评");
	snprintf(b.source_ref, sizeof b.source_ref, "测评#%lld", r.id);
	snprintf(b.feedback_on, sizeof b.feedback_on, "%s", r.held_on);
	long long id;
	bool ok = rectify_batch_from_lines(db, &b, ptr, n, &id);
	status = cli_commit_or_fail(db, ok);
	if (!status)
		printf("整改批#%lld\n", id);
	return status;
}

static int do_void(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--reason", NULL };
	const char *v[1] = { 0 }, *name;
	int status = cli_options(CMD, argc, argv, names, v, &name);
	if (status)
		return status;
	if (!v[0] || text_blank(v[0]))
		return cli_usage(CMD, _("a voided review needs --reason"));
	struct review r;
	struct db *db = begin_review(cli, name, &r, &status);
	return db ? cli_commit_or_fail(db, review_void(db, r.id, v[0])) : status;
}

int cmd_review(struct cli *cli, int argc, char **argv)
{
	static const struct cli_kind actions[] = {
		{ "add", do_add }, { "totals", do_totals }, { "reported", do_reported }, { "fed-back", do_fed_back },
		{ "void", do_void }, { "to-rectify", do_to_rectify },
	};
	return cli_dispatch(cli, CMD, actions, sizeof actions / sizeof actions[0], argc, argv);
}
