/* The reports of the 整改台账, the plan, the 民主测评 and the 述职数据表:
 *   zhibu report rectify [--batch NAME] [--as-of DATE]
 *   zhibu report rectify-summary [--as-of DATE]
 *   zhibu report plan --year YYYY [--as-of DATE]
 *   zhibu report review --year YYYY
 *   zhibu report review-form [--year YYYY]
 *   zhibu report yearbook --year YYYY | --half YYYYH1|H2 [--as-of DATE] [--to-rectify]
 * each with --format/--encoding/-o. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "cli/rectify_cli.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/rectify.h"
#include "io/sheet.h"
#include "report/plan.h"
#include "report/rectify.h"
#include "report/review.h"
#include "report/yearbook.h"

struct report_args {
	struct output_options out;
	struct date as_of;
	bool as_of_given;
	const char *batch;
	int year, half;        /* half 0: the whole year */
	bool to_rectify;
};

/* Parse the options; accepts says which of --batch, --year, --half, --to-rectify apply. */
enum { A_BATCH = 1, A_YEAR = 2, A_HALF = 4, A_TO_RECTIFY = 8 };
static int parse(struct report_args *a, unsigned accepts, int argc, char **argv)
{
	memset(a, 0, sizeof *a);
	output_options_init(&a->out);
	a->as_of = date_today();
	for (int i = 1; i < argc; i++) {
		bool missing = false;
		const char *v, *why;
		int taken = output_option(&a->out, "report", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &a->as_of, &why))
				return cli_usage("report", "--as-of %s: %s", v, why);
			a->as_of_given = true;
		} else if ((accepts & A_BATCH) && !missing && (v = cli_opt_value(argc, argv, &i, "--batch", &missing))) {
			a->batch = v;
		} else if ((accepts & A_YEAR) && !missing && (v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			char *end;
			a->year = (int)strtol(v, &end, 10);
			if (*end || a->year < 1921 || a->year > 9999)
				return cli_usage("report", _("--year is a year such as 2026"));
		} else if ((accepts & A_HALF) && !missing && (v = cli_opt_value(argc, argv, &i, "--half", &missing))) {
			int y, h;
			char tail;
			if (sscanf(v, "%4dH%d%c", &y, &h, &tail) != 2 || y < 1921 || h < 1 || h > 2)
				return cli_usage("report", _("--half is YYYYH1 or YYYYH2"));
			a->year = y;
			a->half = h;
		} else if ((accepts & A_TO_RECTIFY) && !missing && !strcmp(argv[i], "--to-rectify")) {
			a->to_rectify = true;
		} else {
			return cli_bad_option("report", argv[i], missing);
		}
	}
	return 0;
}

static int write_sheet(struct db *db, const struct report_args *a, struct sheet *s)
{
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&a->out, s);
	sheet_free(s);
	return status;
}

int report_rectify(struct cli *cli, int argc, char **argv)
{
	struct report_args a;
	int status = parse(&a, A_BATCH, argc, argv);
	if (status)
		return status;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	long long batch = 0;
	if (a.batch) {
		struct rectify_batch b;
		int found = cli_record_id(a.batch, "整改批#", &batch) ? 1 : rectify_batch_find(db, a.batch, &b);
		if (found < 0)
			return cli_fail("%s", db_error(db));
		if (!found)
			return cli_fail(_("no batch called %s (add it with zhibu rectify batch)"), a.batch);
		if (!batch)
			batch = b.id;
	}
	return write_sheet(db, &a, rectify_ledger_sheet(db, batch, a.as_of));
}

int report_rectify_summary(struct cli *cli, int argc, char **argv)
{
	return output_report_on_date(cli, argc, argv, rectify_summary_sheet);
}

static int need_year(const struct report_args *a)
{
	return a->year ? 0 : cli_usage("report", _("%s is required"), "--year");
}

int report_plan(struct cli *cli, int argc, char **argv)
{
	struct report_args a;
	int status = parse(&a, A_YEAR, argc, argv);
	if (status || (status = need_year(&a)))
		return status;
	struct db *db = cli_db(cli, false);
	return db ? write_sheet(db, &a, plan_sheet(db, a.year, a.as_of)) : EXIT_REFUSED;
}

int report_review(struct cli *cli, int argc, char **argv)
{
	struct report_args a;
	int status = parse(&a, A_YEAR, argc, argv);
	if (status || (status = need_year(&a)))
		return status;
	struct db *db = cli_db(cli, false);
	return db ? write_sheet(db, &a, review_sheet(db, a.year)) : EXIT_REFUSED;
}

int report_review_form(struct cli *cli, int argc, char **argv)
{
	struct report_args a;
	int status = parse(&a, A_YEAR, argc, argv);
	if (status)
		return status;
	struct db *db = cli_db(cli, false);
	return db ? write_sheet(db, &a, review_form_sheet(db, a.year ? a.year : a.as_of.y)) : EXIT_REFUSED;
}

/* --to-rectify: the 问题清单 becomes a 整改 batch (source 述职评议) for next year. */
static int to_rectify(struct db *db, const struct report_args *a, const struct sheet *problems)
{
	size_t n = problems ? problems->nrows : 0;
	if (!n) {
		fprintf(stderr, "%s\n", _("zhibu: no shortfalls: no batch was made."));
		return EXIT_OK;
	}
	const char **lines = malloc(n * sizeof *lines);
	if (!lines)
		abort();
	for (size_t i = 0; i < n; i++)
		lines[i] = sheet_cell(problems, i, 1);
	struct rectify_batch b = { 0 };
	if (a->half)
		snprintf(b.title, sizeof b.title, "%d年%s半年述职评议查摆问题", a->year, a->half == 1 ? "上" : "下");
	else
		snprintf(b.title, sizeof b.title, "%d年述职评议查摆问题", a->year);
	snprintf(b.source, sizeof b.source, "述职评议");
	snprintf(b.source_ref, sizeof b.source_ref, "述职#%d", a->year);
	date_format(date_today(), b.feedback_on);
	long long id;
	struct rectify_batch old;
	int found = db_begin(db) ? rectify_batch_find(db, b.title, &old) : -1;
	bool ok = found == 0 && rectify_batch_from_lines(db, &b, lines, (int)n, &id) && db_commit(db);
	free(lines);
	if (!ok) {
		const char *why = found > 0 ? _("that batch exists already") : db_error(db);
		db_rollback(db);
		return cli_fail("%s: %s", b.title, why);
	}
	fprintf(stderr, _("zhibu: %zu problems made into 整改批#%lld (%s).\n"), n, id, b.title);
	return EXIT_OK;
}

int report_yearbook(struct cli *cli, int argc, char **argv)
{
	struct report_args a;
	int status = parse(&a, A_YEAR | A_HALF | A_TO_RECTIFY, argc, argv);
	if (status || (status = need_year(&a)))
		return status;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s = yearbook_sheets(db, a.year, a.half, a.as_of);
	if (!s)
		return cli_fail("%s", db_error(db));
	status = output_write(&a.out, s);
	if (!status && a.to_rectify)
		status = to_rectify(db, &a, yearbook_problems(s));
	sheet_free(s);
	return status;
}
