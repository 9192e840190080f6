/* zhibu rollup PATH... REPORT [options]: the committee's reports over many
 * branches' packages or databases (report/rollup.h), and zhibu export
 * package: the package a branch sends up. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/package.h"
#include "io/sheet.h"
#include "report/rollup.h"

#define ROLLUP_EXIT_PARTIAL 3 /* written, but some inputs were skipped */

/* The reports a committee can run, by the words that name them. */
static const struct {
	const char *words;
	enum rollup_report report;
	bool period, year;          /* needs --quarter|--year, or --year */
} rollup_reports[] = {
	{ "report dues", ROLLUP_DUES, true, false },
	{ "report stats", ROLLUP_STATS, false, false },
	{ "report meetings", ROLLUP_MEETINGS, false, true },
	{ "report pipeline", ROLLUP_PIPELINE, false, false },
	{ "report compliance", ROLLUP_COMPLIANCE, false, true },
	{ "report branches", ROLLUP_BRANCHES, false, false },
	{ "check", ROLLUP_CHECK, false, false },
};
#define NREPORTS (sizeof rollup_reports / sizeof rollup_reports[0])

static int parse_year(const char *v, int *year)
{
	char *end;
	long y = strtol(v, &end, 10);
	if (!*v || *end || y < 1900 || y > 2999)
		return cli_usage("rollup", _("--year takes a year such as 2026"));
	*year = (int)y;
	return 0;
}

/* The options after the report's name. */
static int parse_options(int argc, char **argv, int i, struct rollup_request *r, struct output_options *out,
			 bool *have_period, bool *no_details)
{
	for (; i < argc; i++) {
		bool missing = false;
		const char *v, *why;
		int taken = output_option(out, "rollup", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--quarter", &missing))) {
			if (*have_period)
				return cli_usage("rollup", _("give one period: --quarter or --year"));
			if (!quarter_parse(v, &r->year, &r->quarter, &why))
				return cli_usage("rollup", "--quarter %s: %s", v, why);
			*have_period = true;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			if (*have_period)
				return cli_usage("rollup", _("give one period: --quarter or --year"));
			int rc = parse_year(v, &r->year);
			if (rc)
				return rc;
			r->quarter = 0;
			*have_period = true;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &r->as_of, &why))
				return cli_usage("rollup", "--as-of %s: %s", v, why);
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--within", &missing))) {
			char *end;
			long w = strtol(v, &end, 10);
			if (!*v || *end || w < 0 || w > 3660)
				return cli_usage("rollup", _("--within takes a number of days from 0 to 3660"));
			r->within = (int)w;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--committee", &missing))) {
			r->committee = v;
		} else if (!missing && !strcmp(argv[i], "--no-details")) {
			*no_details = true;
		} else {
			return cli_bad_option("rollup", argv[i], missing);
		}
	}
	return 0;
}

int cmd_rollup(struct cli *cli, int argc, char **argv)
{
	struct rollup_request r = { .as_of = date_today(), .within = 30 };
	struct output_options out;
	int first_word = 1;
	size_t which = NREPORTS;
	bool have_period = false, no_details = false;
	output_options_init(&out);

	/* PATH... up to the report's words. */
	while (first_word < argc && strcmp(argv[first_word], "report") && strcmp(argv[first_word], "check"))
		first_word++;
	int npaths = first_word - 1;
	if (npaths < 1)
		return cli_usage("rollup", _("name the branches' packages, databases or folders first"));
	if (first_word >= argc)
		return cli_usage("rollup", _("name the report: report dues|stats|meetings|pipeline|compliance|branches, or check"));
	int next = first_word + 1;
	if (!strcmp(argv[first_word], "report")) {
		if (next >= argc)
			return cli_usage("rollup", _("name the report: report dues|stats|meetings|pipeline|compliance|branches, or check"));
		next++;
	}
	for (size_t k = 0; k < NREPORTS; k++) {
		const char *w = rollup_reports[k].words;
		bool is_check = !strcmp(w, "check");
		if ((is_check && !strcmp(argv[first_word], "check")) ||
		    (!is_check && !strcmp(argv[first_word], "report") && !strcmp(w + 7, argv[first_word + 1])))
			which = k;
	}
	if (which == NREPORTS)
		return cli_usage("rollup", _("no such committee report: %s (report dues|stats|meetings|pipeline|compliance|branches, or check)"),
				 argv[next - 1]);
	r.report = rollup_reports[which].report;
	r.year = r.as_of.y;
	int rc = parse_options(argc, argv, next, &r, &out, &have_period, &no_details);
	if (rc)
		return rc;
	if (rollup_reports[which].period && !have_period)
		return cli_usage("rollup", _("give the period: --quarter YYYYQn or --year YYYY"));
	if (rollup_reports[which].year && r.quarter)
		return cli_usage("rollup", _("this report takes --year"));
	if (r.report == ROLLUP_CHECK && out.format == OUT_XLSX)
		return cli_usage("rollup", _("check writes txt or csv"));
	r.details = out.format == OUT_XLSX && !no_details;

	struct rollup_result res;
	char *why = NULL;
	struct sheet *s = rollup_build(&r, argv + 1, npaths, &res, &why);
	for (size_t i = 0; i < res.ninputs; i++)
		if (res.inputs[i].state == RI_SKIPPED)
			fprintf(stderr, _("zhibu: skipped %s: %s\n"), res.inputs[i].path,
				res.inputs[i].why ? res.inputs[i].why : "");
	int status;
	if (!s) {
		status = cli_fail("%s", why ? why : "");
	} else {
		status = output_write(&out, s);
		if (status == EXIT_OK && res.skipped)
			status = ROLLUP_EXIT_PARTIAL;
		sheet_free(s);
	}
	fprintf(stderr, _("zhibu: %zu of %zu branches reported\n"), res.used, res.used + res.skipped);
	free(why);
	rollup_result_done(&res);
	return status;
}

/* zhibu export package [-o FILE] [--masked|--unmasked] */
int export_package(struct cli *cli, int argc, char **argv)
{
	const char *path = NULL;
	int masked = -1;
	for (int i = 1; i < argc; i++) {
		bool missing = false;
		const char *v;
		if ((v = cli_opt_value(argc, argv, &i, "-o", &missing)))
			path = v;
		else if (!missing && !strcmp(argv[i], "--masked"))
			masked = 1;
		else if (!missing && !strcmp(argv[i], "--unmasked"))
			masked = 0;
		else
			return cli_bad_option("export", argv[i], missing);
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct branch b;
	if (!branch_get(db, &b))
		return cli_fail("%s", _("the branch has not been set up: run zhibu init first"));
	if (masked < 0)
		masked = settings_get_int(db, PACKAGE_MASKED_SETTING, 0) != 0;
	char name[512];
	if (!path) {
		struct date t = date_today();
		snprintf(name, sizeof name, "%s-上报包-%04d-%02d-%02d.db", b.name, t.y, t.m, t.d);
		for (char *p = name; *p; p++)
			if (*p == '/')
				*p = '_';
		path = name;
	}
	char *err = NULL;
	if (!package_export(db, path, masked != 0, &err)) {
		int st = cli_fail("%s", err ? err : "");
		free(err);
		return st;
	}
	fprintf(stderr, masked ? _("Package written to %s (ID and phone numbers masked)\n")
			       : _("Package written to %s\n"), path);
	return EXIT_OK;
}
