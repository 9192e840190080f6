/* zhibu term|document|submission: the committee's terms (换届), the archive
 * (文书档案) and what is sent upward (报送), records.md C11 and C8. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/archive.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/record.h"
#include "db/term.h"
#include "io/sheet.h"
#include "report/org.h"
#include "rules/term.h"

/* A whole number option within lo..hi; false with *status set. */
static bool number_arg(const char *cmd, const char *opt, const char *v, int lo, int hi, int *out, int *status)
{
	char *end;
	long n = v ? strtol(v, &end, 10) : 0;
	if (!v || !*v || *end || n < lo || n > hi) {
		*status = cli_usage(cmd, _("%s takes a whole number from %d to %d"), opt, lo, hi);
		return false;
	}
	*out = (int)n;
	return true;
}

static bool one_of(const char *const *list, const char *s)
{
	for (int i = 0; s && list[i]; i++)
		if (!strcmp(list[i], s))
			return true;
	return false;
}

/* The output options and --as-of of a list; the sheet built and written. */
static int write_list(struct cli *cli, const char *cmd, int argc, char **argv,
		      struct sheet *(*build)(struct db *db, struct date as_of))
{
	struct output_options out;
	output_options_init(&out);
	struct date as_of = date_today();
	for (int i = 2; i < argc; i++) {
		bool missing;
		const char *v, *why;
		int taken = output_option(&out, cmd, argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--as-of", &missing))) {
			if (!date_parse(v, &as_of, &why))
				return cli_usage(cmd, "--as-of %s: %s", v, why);
		} else {
			return cli_bad_option(cmd, argv[i], missing);
		}
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s = build(db, as_of);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}

/* term|document|submission void ID --reason TEXT: in one write, refused
 * when there is no such record or it is void already.  A term is named by
 * its 届次 (3 or 第3届), the others by their number (文件#3, 报送#3). */
static int void_record(struct cli *cli, const char *cmd, enum record_table k, int argc, char **argv)
{
	static const char *const names[] = { "--reason", NULL };
	static const char *const prefixes[] = { [RT_TERM] = "第", [RT_DOCUMENT] = "文件#", [RT_SUBMISSION] = "报送#" };
	const char *v[1] = { 0 }, *which = NULL;
	char number[64], label[64], status_now[16];
	long long id = 0;
	int status = cli_options(cmd, argc - 1, argv + 1, names, v, &which);
	if (status)
		return status;
	snprintf(number, sizeof number, "%s", which ? which : "");
	size_t n = strlen(number), tail = strlen("届");
	if (k == RT_TERM && n > tail && !strcmp(number + n - tail, "届"))
		number[n - tail] = '\0';
	if (!cli_record_id(number, prefixes[k], &id))
		return cli_usage(cmd, _("give the record's number and the reason"));
	if (!v[0] || text_blank(v[0]))
		return cli_usage(cmd, _("%s is required"), "--reason");
	if (k == RT_TERM)
		snprintf(label, sizeof label, "第%lld届", id);
	else
		snprintf(label, sizeof label, "%s%lld", prefixes[k], id);
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	int found = k == RT_TERM ? term_find_seq(db, (int)id, &id) : 1;
	if (found == 1)
		found = record_status(db, k, id, status_now);
	if (found < 0)
		return cli_commit_or_fail(db, false);
	if (!found || !strcmp(status_now, "作废")) {
		db_rollback(db);
		return found ? cli_fail(_("%s is void already"), label) : cli_fail(_("no %s is recorded"), label);
	}
	status = cli_commit_or_fail(db, record_void(db, k, id, v[0]));
	if (status == EXIT_OK)
		printf(_("zhibu: voided %s.\n"), label);
	return status;
}

/* 换届 */

/* The latest term inside the write begun; NULL-like false with *status set. */
static bool latest_term(struct db *db, struct term *t, int *status)
{
	int found = term_latest(db, t);
	if (found == 1)
		return true;
	*status = found < 0 ? cli_fail("%s", db_error(db)) : cli_fail(_("no term is recorded: zhibu term add first"));
	db_rollback(db);
	return false;
}

static void say_term(struct db *db, const struct term *t)
{
	struct date end, request;
	char e[DATE_ISO_SIZE], r[DATE_ISO_SIZE];
	term_dates(db, t, &end, &request);
	date_format(end, e);
	date_format(request, r);
	printf(_("zhibu: 第%d届, elected %s for %d years: the term ends %s; the request to the higher committee is "
		 "due %s.\n"), t->seq, t->elected_on, t->years, e, r);
}

static int term_add(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--elected", "--years", NULL };
	const char *v[2] = { 0 };
	struct term t = { 0 }, last;
	int status = cli_options("term add", argc - 1, argv + 1, names, v, NULL);
	if (status || !cli_date_arg("term add", "--elected", v[0], t.elected_on, &status))
		return status;
	if (v[1] && !number_arg("term add", "--years", v[1], 1, 10, &t.years, &status))
		return status;
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	if (!t.years) {
		char kind[64];
		settings_get(db, TERM_KEY_BRANCH_KIND, kind, sizeof kind, "其他");
		t.years = term_default_years(kind);
	}
	int found = term_latest(db, &last);
	if (found == 1 && strcmp(t.elected_on, last.elected_on) <= 0) {
		db_rollback(db);
		return cli_fail(_("第%d届 was elected on %s: a new term is elected after it"), last.seq, last.elected_on);
	}
	if (found < 0 || !term_insert(db, &t))
		return cli_commit_or_fail(db, false);
	status = cli_end_write(db, EXIT_OK);
	if (status == EXIT_OK)
		say_term(db, &t);
	return status;
}

static int term_request(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", NULL };
	const char *v[1] = { 0 };
	char on[DATE_ISO_SIZE];
	struct term t;
	int status = cli_options("term request", argc - 1, argv + 1, names, v, NULL);
	if (status || !cli_date_arg("term request", "--date", v[0], on, &status))
		return status;
	struct db *db = cli_begin(cli, &status);
	if (!db || !latest_term(db, &t, &status))
		return status;
	return cli_commit_or_fail(db, term_set_request(db, t.id, on));
}

static int term_approve(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--ref", NULL };
	const char *v[2] = { 0 };
	char on[DATE_ISO_SIZE];
	struct term t;
	int status = cli_options("term approve", argc - 1, argv + 1, names, v, NULL);
	if (status || !cli_date_arg("term approve", "--date", v[0], on, &status))
		return status;
	if (!v[1] || text_blank(v[1]))
		return cli_usage("term approve", _("%s is required"), "--ref");
	struct db *db = cli_begin(cli, &status);
	if (!db || !latest_term(db, &t, &status))
		return status;
	return cli_commit_or_fail(db, term_set_approval(db, t.id, on, v[1]));
}

static int term_extend(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--months", "--ref", NULL };
	const char *v[2] = { 0 };
	struct term t;
	int months, status = cli_options("term extend", argc - 1, argv + 1, names, v, NULL);
	if (status || !number_arg("term extend", "--months", v[0], 1, 120, &months, &status))
		return status;
	if (!v[1] || text_blank(v[1]))
		return cli_usage("term extend", _("%s is required (the higher committee's approval)"), "--ref");
	struct db *db = cli_begin(cli, &status);
	if (!db || !latest_term(db, &t, &status))
		return status;
	if (!term_extension_allowed(t.extended_months, months)) {
		db_rollback(db);
		return cli_fail(_("refused: a term is extended by at most %d months in all (基层组织选举工作暂行条例 第三条: "
				  "延期一般不超过一年); 第%d届 is extended by %d already"),
				TERM_MAX_EXTENSION_MONTHS, t.seq, t.extended_months);
	}
	t.extended_months += months;
	if (!term_set_extension(db, t.id, t.extended_months, v[1]))
		return cli_commit_or_fail(db, false);
	status = cli_end_write(db, EXIT_OK);
	if (status == EXIT_OK)
		say_term(db, &t);
	return status;
}

static struct sheet *terms_on(struct db *db, struct date as_of)
{
	(void)as_of;
	return terms_sheet(db);
}

static const struct org_setting {
	const char *key, *fallback, *mark, *help;
} org_settings[] = {
	{ TERM_KEY_BRANCH_KIND, "其他", "[rule]", N_("村 or 社区: a term of 5 years; anything else: 3") },
	{ TERM_KEY_REQUEST_MONTHS, "1", "[practice]", N_("months before the end by which the request (换届选举请示) is due, 0 to 12") },
	{ ARCHIVE_KEY_BY, "06-30", "[default]", N_("MM-DD of the next year by which a year's documents are archived") },
};
#define ORG_SETTINGS (sizeof org_settings / sizeof org_settings[0])

static const char *org_setting_problem(size_t k, const char *v)
{
	int m, d;
	char *end;
	if (!strcmp(org_settings[k].key, TERM_KEY_REQUEST_MONTHS)) {
		long n = strtol(v, &end, 10);
		return *v && !*end && n >= 0 && n <= 12 ? NULL : _("is not a whole number from 0 to 12");
	}
	if (!strcmp(org_settings[k].key, ARCHIVE_KEY_BY))
		return sscanf(v, "%d-%d", &m, &d) == 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? NULL : _("is not MM-DD");
	return text_blank(v) ? _("is empty") : NULL;
}

/* term settings [KEY VALUE ...]: set them in one transaction, then show each. */
static int term_settings(struct cli *cli, int argc, char **argv)
{
	if (argc % 2)
		return cli_usage("term settings", _("settings takes pairs of KEY VALUE"));
	for (int i = 2; i < argc; i += 2) {
		size_t k = 0;
		while (k < ORG_SETTINGS && strcmp(org_settings[k].key, argv[i]))
			k++;
		if (k == ORG_SETTINGS)
			return cli_usage("term settings", _("no setting called %s"), argv[i]);
		const char *why = org_setting_problem(k, argv[i + 1]);
		if (why)
			return cli_usage("term settings", "%s %s: %s", argv[i], argv[i + 1], why);
	}
	int status;
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	bool ok = true;
	for (int i = 2; ok && i < argc; i += 2)
		ok = settings_set(db, argv[i], argv[i + 1]);
	status = cli_commit_or_fail(db, ok);
	if (status != EXIT_OK)
		return status;
	for (size_t k = 0; k < ORG_SETTINGS; k++) {
		char v[64];
		bool set = settings_get(db, org_settings[k].key, v, sizeof v, org_settings[k].fallback);
		printf("%s = %s  %s  %s\n", org_settings[k].key, v, set ? _("[set]") : org_settings[k].mark,
		       _(org_settings[k].help));
	}
	return EXIT_OK;
}

int cmd_term(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return term_add(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "request"))
		return term_request(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "approve"))
		return term_approve(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "extend"))
		return term_extend(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "list"))
		return write_list(cli, "term list", argc, argv, terms_on);
	if (argc >= 2 && !strcmp(argv[1], "settings"))
		return term_settings(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return void_record(cli, "term void", RT_TERM, argc, argv);
	return cli_usage("term", _("name what to do: add, request, approve, extend, list, settings or void"));
}

/* 文书档案 */


static int document_add(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = {
		"--year", "--kind", "--category", "--no", "--by", "--title", "--date", "--pages", "--retention",
		"--box", "--secrecy", NULL,
	};
	const char *v[11] = { 0 };
	struct document d = { 0 };
	const char *cmd = "document add";
	int status = cli_options(cmd, argc - 1, argv + 1, names, v, NULL);
	if (status)
		return status;
	if (v[10] && strcmp(v[10], "非密"))
		return cli_fail(_("refused: zhibu keeps no classified material (密级 %s); only 非密 documents are "
				  "recorded here"), v[10]);
	if (!number_arg(cmd, "--year", v[0], 1900, 2999, &d.year, &status))
		return status;
	if (!one_of(document_directions, v[1]))
		return cli_usage(cmd, _("--kind is one of 收文, 发文, 本级材料"));
	if (!one_of(document_categories, v[2]))
		return cli_usage(cmd, _("--category is one of 上级文件, 计划总结, 三会一课, 组织生活会与民主评议, 发展党员, "
					"党费, 党务公开, 整改, 学习教育, 主题党日与活动, 表彰奖励, 统计报表, 其他"));
	if (!v[5] || text_blank(v[5]))
		return cli_usage(cmd, _("%s is required"), "--title");
	if (!cli_date_arg(cmd, "--date", v[6], d.date, &status))
		return status;
	if (v[7] && !number_arg(cmd, "--pages", v[7], 1, 100000, &d.pages, &status))
		return status;
	if (v[8] && !one_of(document_retentions, v[8]))
		return cli_usage(cmd, _("--retention is one of 永久, 长期, 30年, 10年, 短期"));
	if (!text_copy(d.title, sizeof d.title, v[5]) || !text_copy(d.doc_no, sizeof d.doc_no, v[3] ? v[3] : "") ||
	    !text_copy(d.author, sizeof d.author, v[4] ? v[4] : "") ||
	    !text_copy(d.location, sizeof d.location, v[9] ? v[9] : ""))
		return cli_usage(cmd, _("a value is too long"));
	text_copy(d.direction, sizeof d.direction, v[1]);
	text_copy(d.category, sizeof d.category, v[2]);
	text_copy(d.retention, sizeof d.retention, v[8] ? v[8] : "永久");
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	status = cli_commit_or_fail(db, document_insert(db, &d));
	if (status == EXIT_OK)
		printf(_("zhibu: recorded %s#%lld.\n"), "文件", d.id);
	return status;
}

static int document_archive(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--year", "--date", NULL };
	const char *v[2] = { 0 };
	char on[DATE_ISO_SIZE];
	int year, count = 0;
	int status = cli_options("document archive", argc - 1, argv + 1, names, v, NULL);
	if (status || !number_arg("document archive", "--year", v[0], 1900, 2999, &year, &status))
		return status;
	if (v[1]) {
		if (!cli_date_arg("document archive", "--date", v[1], on, &status))
			return status;
	} else {
		date_format(date_today(), on);
	}
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	status = cli_commit_or_fail(db, documents_archive(db, year, on, &count));
	if (status == EXIT_OK)
		printf(ngettext("zhibu: archived %d document of %d (件号 given).\n",
				"zhibu: archived %d documents of %d (件号 given).\n", count), count, year);
	return status;
}

int cmd_document(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return document_add(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "archive"))
		return document_archive(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return void_record(cli, "document void", RT_DOCUMENT, argc, argv);
	return cli_usage("document", _("name what to do: add, archive or void"));
}

/* 报送 */

static int submission_add(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--item", "--to", "--due", "--note", NULL };
	const char *v[4] = { 0 };
	struct submission s = { 0 };
	const char *cmd = "submission add";
	int status = cli_options(cmd, argc - 1, argv + 1, names, v, NULL);
	if (status)
		return status;
	if (!v[0] || text_blank(v[0]))
		return cli_usage(cmd, _("%s is required"), "--item");
	if (!v[1] || text_blank(v[1]))
		return cli_usage(cmd, _("%s is required"), "--to");
	if (!cli_date_arg(cmd, "--due", v[2], s.due, &status))
		return status;
	if (!text_copy(s.item, sizeof s.item, v[0]) || !text_copy(s.to_org, sizeof s.to_org, v[1]) ||
	    !text_copy(s.note, sizeof s.note, v[3] ? v[3] : ""))
		return cli_usage(cmd, _("a value is too long"));
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	status = cli_commit_or_fail(db, submission_insert(db, &s));
	if (status == EXIT_OK)
		printf(_("zhibu: recorded %s#%lld.\n"), "报送", s.id);
	return status;
}

static int submission_sent(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--how", NULL };
	const char *v[2] = { 0 }, *which = NULL;
	char on[DATE_ISO_SIZE];
	long long id = 0;
	const char *cmd = "submission sent";
	int status = cli_options(cmd, argc - 1, argv + 1, names, v, &which);
	if (status)
		return status;
	if (!cli_record_id(which, "报送#", &id))
		return cli_usage(cmd, _("give the submission's number (报送#ID)"));
	if (!cli_date_arg(cmd, "--date", v[0], on, &status))
		return status;
	if (!one_of(submission_ways, v[1]))
		return cli_usage(cmd, _("--how is one of 纸质, 系统, 邮件, 其他"));
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	return cli_commit_or_fail(db, submission_mark_sent(db, id, on, v[1]));
}

int cmd_submission(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return submission_add(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "sent"))
		return submission_sent(cli, argc, argv);
	if (argc >= 2 && !strcmp(argv[1], "list"))
		return write_list(cli, "submission list", argc, argv, submissions_sheet);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return void_record(cli, "submission void", RT_SUBMISSION, argc, argv);
	return cli_usage("submission", _("name what to do: add, sent, list or void"));
}
