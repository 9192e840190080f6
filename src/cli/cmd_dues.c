/* zhibu dues ACTION ...: the everyday dues work from the command line, the
 * same functions (src/db/dues.h) the 党费 screen calls.
 *   fix --year Y                      amounts for a new year from the rules
 *                                     and last year's bases, to review
 *   set --year Y --member WHO [--category C] [--base A] [--amount A
 *       --reason R --approval P] [--note N]
 *   fixings --year Y [output options] the year's fixing table
 *   pay --member WHO --month M[..M] [--amount A] [--date D] [--collector N]
 *       [--note N] [--voluntary]
 *   mark-paid --month M [--member WHO] [--date D] [--collector N] [--note N]
 *   reverse (--payment N | --remittance N) [--date D] [--note N]
 *   history --member WHO [output options]
 *   remit --period P --amount A [--date D] [--to NAME] [--note N]
 *   remittances [--year Y] [output options]
 * WHO is a 公民身份号码 or a name that only one member has. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/money.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/member.h"
#include "io/sheet.h"
#include "report/dues.h"
#include "rules/dues.h"
#include "rules/roster.h"

#define CMD "dues"

/* The options any action may take; each action says which it accepts. */
struct dues_args {
	const char *year, *member, *category, *base, *amount, *reason, *approval, *note;
	const char *month, *date, *collector, *period, *to, *payment, *remittance;
	bool voluntary, force;
	struct output_options out;
};

static const struct {
	const char *name;
	size_t offset;
} value_options[] = {
	{ "--year", offsetof(struct dues_args, year) },
	{ "--member", offsetof(struct dues_args, member) },
	{ "--category", offsetof(struct dues_args, category) },
	{ "--base", offsetof(struct dues_args, base) },
	{ "--amount", offsetof(struct dues_args, amount) },
	{ "--reason", offsetof(struct dues_args, reason) },
	{ "--approval", offsetof(struct dues_args, approval) },
	{ "--note", offsetof(struct dues_args, note) },
	{ "--month", offsetof(struct dues_args, month) },
	{ "--date", offsetof(struct dues_args, date) },
	{ "--collector", offsetof(struct dues_args, collector) },
	{ "--period", offsetof(struct dues_args, period) },
	{ "--to", offsetof(struct dues_args, to) },
	{ "--payment", offsetof(struct dues_args, payment) },
	{ "--remittance", offsetof(struct dues_args, remittance) },
};

/* allowed: the option names this action takes, space-separated. */
static int parse_args(int argc, char **argv, const char *allowed, bool output, struct dues_args *a)
{
	memset(a, 0, sizeof *a);
	output_options_init(&a->out);
	for (int i = 1; i < argc; i++) {
		bool missing = false, taken = false;
		if (output) {
			int t = output_option(&a->out, CMD, argc, argv, &i);
			if (t < 0)
				return EXIT_USAGE;
			if (t)
				continue;
		}
		for (size_t k = 0; k < sizeof value_options / sizeof value_options[0] && !taken && !missing; k++) {
			const char *name = value_options[k].name;
			const char *v;
			if (!strstr(allowed, name))
				continue;
			if ((v = cli_opt_value(argc, argv, &i, name, &missing))) {
				*(const char **)((char *)a + value_options[k].offset) = v;
				taken = true;
			}
		}
		if (taken)
			continue;
		if (missing)
			return cli_usage(CMD, _("%s needs a value"), argv[i]);
		if (strstr(allowed, "--voluntary") && !strcmp(argv[i], "--voluntary"))
			a->voluntary = true;
		else if (strstr(allowed, "--force") && !strcmp(argv[i], "--force"))
			a->force = true;
		else
			return cli_usage(CMD, _("unknown argument %s"), argv[i]);
	}
	return 0;
}

static bool parse_year(const char *v, int *year)
{
	char *end;
	long y = v ? strtol(v, &end, 10) : 0;
	if (!v || !*v || *end || y < 1900 || y > 2999)
		return false;
	*year = (int)y;
	return true;
}

/* --date, default today; not in the future. */
static int parse_day(const char *v, char out[DATE_ISO_SIZE])
{
	struct date d = date_today();
	const char *why;
	if (v && !date_parse(v, &d, &why))
		return cli_usage(CMD, "--date %s: %s", v, why);
	if (date_cmp(d, date_today()) > 0)
		return cli_usage(CMD, _("--date %s is in the future"), v);
	date_format(d, out);
	return 0;
}

static int parse_amount(const char *opt, const char *v, fen_t *out)
{
	const char *why;
	if (!money_parse(v, out, &why))
		return cli_usage(CMD, "%s %s: %s", opt, v, why);
	return 0;
}

/* The member WHO names; prints why not and returns false. */
static bool find_member(struct db *db, const char *who, struct member *m)
{
	char idnum[IDNUM_SIZE] = "";
	struct date birth;
	enum sex sex;
	const char *why;
	if (!who) {
		cli_usage(CMD, _("name the member: --member ID-NUMBER or NAME"));
		return false;
	}
	bool by_id = idnum_parse(who, idnum, &birth, &sex, &why);
	switch (dues_member_lookup(db, by_id ? idnum : NULL, by_id ? NULL : who, m)) {
	case DUES_MATCH_FOUND:
		return true;
	case DUES_MATCH_NONE:
		cli_fail(_("no member is called or numbered %s"), who);
		return false;
	case DUES_MATCH_MANY:
		cli_fail(_("several members are called %s: give the 公民身份号码"), who);
		return false;
	case DUES_MATCH_ERROR:
		cli_fail("%s", db_error(db));
		return false;
	}
	return false;
}

static int write_sheet(struct db *db, const struct output_options *out, struct sheet *s)
{
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(out, s);
	sheet_free(s);
	return status;
}

static int dues_fix(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int year, rc = parse_args(argc, argv, "--year --date", false, &a);
	char on[DATE_ISO_SIZE];
	if (rc)
		return rc;
	if (!parse_year(a.year, &year))
		return cli_usage(CMD, _("--year takes a year such as 2026"));
	if ((rc = parse_day(a.date, on)))
		return rc;
	struct dues_fix_result r;
	if (!dues_fix_year(db, year, on, &r))
		return cli_fail("%s", db_error(db));
	printf(_("%d: %d new amounts to review (%d with an earlier base); %d need a base first "
		 "(zhibu dues set); %d already fixed.\n"), year, r.created, r.copied, r.need_base, r.kept);
	return EXIT_OK;
}

/* A fixing made by mistake is withdrawn, with a reason, while no payment
 * depends on it. */
static int dues_unfix(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int year, rc = parse_args(argc, argv, "--year --member --reason --date", false, &a);
	char on[DATE_ISO_SIZE], why[512];
	if (rc)
		return rc;
	if (!parse_year(a.year, &year))
		return cli_usage(CMD, _("--year takes a year such as 2026"));
	if (!a.reason || text_blank(a.reason))
		return cli_usage(CMD, _("--reason: say why the amounts are withdrawn"));
	if ((rc = parse_day(a.date, on)))
		return rc;
	struct member m = { 0 };
	if (a.member && !find_member(db, a.member, &m))
		return EXIT_REFUSED;
	int count;
	if (!dues_fixing_withdraw(db, year, a.member ? m.id : 0, on, a.reason, &count, why, sizeof why))
		return cli_fail("%s", *why ? why : db_error(db));
	if (a.member)
		printf(_("%s, %d: the amount fixed is withdrawn (%s).\n"), m.name, year, a.reason);
	else
		printf(ngettext("%d: %d amount fixed is withdrawn (%s).\n", "%d: %d amounts fixed are withdrawn (%s).\n",
				count), year, count, a.reason);
	return EXIT_OK;
}

static int dues_set(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int year, rc = parse_args(argc, argv,
				  "--year --member --category --base --amount --reason --approval --note --date",
				  false, &a);
	if (rc)
		return rc;
	if (!parse_year(a.year, &year))
		return cli_usage(CMD, _("--year takes a year such as 2026"));
	struct member m;
	if (!find_member(db, a.member, &m))
		return EXIT_REFUSED;
	struct dues_fixing f;
	bool exists = dues_fixing_get(db, m.id, year, &f);
	if (!exists) {
		memset(&f, 0, sizeof f);
		f.member_id = m.id;
		f.year = year;
		text_copy(f.category, sizeof f.category, m.category);
	}
	if (a.category) {
		struct member scratch;
		const char *why;
		member_init(&scratch);
		if ((why = member_set_field(&scratch, MF_CATEGORY, a.category)))
			return cli_usage(CMD, "--category %s: %s", a.category, why);
		text_copy(f.category, sizeof f.category, scratch.category);
	}
	if (a.base && (rc = parse_amount("--base", a.base, &f.base)))
		return rc;
	struct dues_settings set;
	dues_settings_load(db, &set);
	fen_t amount = 0;
	if (a.amount && (rc = parse_amount("--amount", a.amount, &amount)))
		return rc;
	/* A new base or category means the rules' amount, unless one is given;
	 * otherwise an approved amount stays as it was. */
	bool keep = exists && !a.base && !a.category && !a.amount;
	dues_fixing_compute(&set, &f, keep);
	if (a.amount)
		f.amount = amount;
	else if (!keep)
		*f.reason = *f.approval = '\0';
	if (a.reason)
		text_copy(f.reason, sizeof f.reason, a.reason);
	if (a.approval)
		text_copy(f.approval, sizeof f.approval, a.approval);
	if (a.note)
		text_copy(f.note, sizeof f.note, a.note);
	if ((rc = parse_day(a.date, f.fixed_on)))
		return rc;
	f.reviewed = true;
	const char *why = dues_fixing_problem(&f);
	if (why)
		return cli_fail("%s", why);
	if (!dues_fixing_save(db, &f))
		return cli_fail("%s", db_error(db));
	char money[MONEY_SIZE], rate[DUES_RATE_SIZE];
	money_format(f.amount, money);
	dues_rate_format(f.rate, rate);
	printf(_("%s, %d: %s a month (%s%s%s).\n"), m.name, year, money, f.category, *rate ? " " : "", rate);
	return EXIT_OK;
}

static int dues_fixings(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int year, rc = parse_args(argc, argv, "--year", true, &a);
	if (rc)
		return rc;
	if (!parse_year(a.year, &year))
		return cli_usage(CMD, _("--year takes a year such as 2026"));
	return write_sheet(db, &a.out, dues_fixings_sheet(db, year));
}

static int dues_pay(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int rc = parse_args(argc, argv, "--member --month --amount --date --collector --note --voluntary", false, &a);
	if (rc)
		return rc;
	int first, last;
	const char *why;
	char on[DATE_ISO_SIZE];
	fen_t amount = -1;
	if (!a.month)
		return cli_usage(CMD, _("give the month paid for: --month YYYY-MM or YYYY-MM..YYYY-MM"));
	if (!dues_parse_months(a.month, &first, &last, &why))
		return cli_usage(CMD, "--month %s: %s", a.month, why);
	if (a.amount && (rc = parse_amount("--amount", a.amount, &amount)))
		return rc;
	if (a.amount && amount == 0)
		return cli_usage(CMD, _("--amount must be more than 0"));
	if ((rc = parse_day(a.date, on)))
		return rc;
	struct member m;
	if (!find_member(db, a.member, &m))
		return EXIT_REFUSED;
	int rows = 0;
	if (a.voluntary) {
		if (first != last || amount < 0)
			return cli_usage(CMD, _("voluntary extra: give one --month and the --amount"));
		struct dues_payment p = { .member_id = m.id, .month = first, .amount = amount, .voluntary = true };
		text_copy(p.paid_on, sizeof p.paid_on, on);
		text_copy(p.collector, sizeof p.collector, a.collector ? a.collector : "");
		text_copy(p.note, sizeof p.note, a.note ? a.note : "");
		char refused[512];
		enum dues_check_field field;
		if (!db_begin(db))
			return cli_fail("%s", db_error(db));
		if (!dues_payment_check(db, m.id, first, last, amount, true, on, &p.amount, &field, refused,
					sizeof refused) ||
		    !dues_payment_insert(db, &p)) {
			db_rollback(db);
			return cli_fail("%s", *refused ? refused : db_error(db));
		}
		if (!db_commit(db))
			return cli_fail("%s", db_error(db));
		rows = 1;
	} else {
		char reason[256];
		if (!dues_pay_months(db, m.id, first, last, amount, on, a.collector, a.note, &rows,
				     reason, sizeof reason))
			return cli_fail("%s", *reason ? reason : db_error(db));
	}
	printf(ngettext("%s: %d payment recorded.\n", "%s: %d payments recorded.\n", rows), m.name, rows);
	return EXIT_OK;
}

static int dues_mark(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int rc = parse_args(argc, argv, "--member --month --date --collector --note", false, &a);
	if (rc)
		return rc;
	int first, last;
	const char *why;
	char on[DATE_ISO_SIZE];
	if (!a.month)
		return cli_usage(CMD, _("give the month: --month YYYY-MM"));
	if (!dues_parse_months(a.month, &first, &last, &why))
		return cli_usage(CMD, "--month %s: %s", a.month, why);
	if (first != last)
		return cli_usage(CMD, _("mark-paid takes one month"));
	if ((rc = parse_day(a.date, on)))
		return rc;
	struct member m = { 0 };
	if (a.member && !find_member(db, a.member, &m))
		return EXIT_REFUSED;
	int count;
	fen_t total;
	if (!dues_mark_paid(db, first, m.id, on, a.collector, a.note, &count, &total))
		return cli_fail("%s", db_error(db));
	char money[MONEY_SIZE], month[8];
	money_format(total, money);
	month_format(first, month);
	printf(ngettext("%s: %d member marked paid, %s in all.\n", "%s: %d members marked paid, %s in all.\n",
			count), month, count, money);
	return EXIT_OK;
}

static int dues_reverse(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int rc = parse_args(argc, argv, "--payment --remittance --date --note", false, &a);
	if (rc)
		return rc;
	char on[DATE_ISO_SIZE], *end;
	const char *which = a.payment ? a.payment : a.remittance;
	if (!which || (a.payment && a.remittance))
		return cli_usage(CMD, _("give --payment NUMBER or --remittance NUMBER"));
	long long id = strtoll(which, &end, 10);
	if (!*which || *end || id <= 0)
		return cli_usage(CMD, _("%s is not a number"), which);
	if ((rc = parse_day(a.date, on)))
		return rc;
	long long new_id;
	bool ok = a.payment ? dues_payment_reverse(db, id, on, a.note, &new_id)
			    : dues_remittance_reverse(db, id, on, a.note, &new_id);
	if (!ok)
		return cli_fail("%s", db_error(db));
	printf(a.payment ? _("Payment %lld reversed by payment %lld.\n")
			 : _("Remittance %lld reversed by remittance %lld.\n"), id, new_id);
	return EXIT_OK;
}

static int dues_history(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int rc = parse_args(argc, argv, "--member", true, &a);
	if (rc)
		return rc;
	struct member m;
	if (!find_member(db, a.member, &m))
		return EXIT_REFUSED;
	return write_sheet(db, &a.out, dues_history_sheet(db, m.id));
}

static bool valid_period(const char *v, char out[16])
{
	int y, m, q;
	if (quarter_parse(v, &y, &q, NULL)) {
		snprintf(out, 16, "%04dQ%d", y, q);
		return true;
	}
	if (parse_year(v, &y)) {
		snprintf(out, 16, "%04d", y);
		return true;
	}
	if (month_parse(v, &y, &m, NULL)) {
		month_format(month_index(y, m), out);
		return true;
	}
	return false;
}

static int dues_remit(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int rc = parse_args(argc, argv, "--period --amount --date --to --note --force", false, &a);
	if (rc)
		return rc;
	struct dues_remittance r = { 0 };
	if (!a.period || !valid_period(a.period, r.period))
		return cli_usage(CMD, _("--period takes a quarter (2026Q3), a year (2026) or a month (2026-09)"));
	if (!a.amount)
		return cli_usage(CMD, _("give the --amount remitted"));
	if ((rc = parse_amount("--amount", a.amount, &r.amount)))
		return rc;
	if (r.amount == 0)
		return cli_usage(CMD, _("--amount must be more than 0"));
	if ((rc = parse_day(a.date, r.remitted_on)))
		return rc;
	struct branch b;
	if (a.to)
		text_copy(r.receiver, sizeof r.receiver, a.to);
	else if (branch_get(db, &b) && *b.higher_committee)
		text_copy(r.receiver, sizeof r.receiver, b.higher_committee);
	else
		return cli_usage(CMD, _("give the receiving committee: --to NAME"));
	text_copy(r.note, sizeof r.note, a.note ? a.note : "");
	fen_t held;
	bool over;
	char money[MONEY_SIZE], have[MONEY_SIZE], after[MONEY_SIZE];
	if (!dues_remittance_add(db, &r, a.force, &held, &over)) {
		if (!over)
			return cli_fail("%s", db_error(db));
		money_format(r.amount, money);
		money_format(held, have);
		money_format(held - r.amount, after);
		return cli_fail(_("%s is more than the branch holds (%s): its balance would be %s. Check the amount, "
				  "or give --force to record it as it is."), money, have, after);
	}
	money_format(r.amount, money);
	printf(_("Remittance %lld: %s for %s to %s on %s.\n"), r.id, money, r.period, r.receiver, r.remitted_on);
	return EXIT_OK;
}

static int dues_remittances(struct db *db, int argc, char **argv)
{
	struct dues_args a;
	int year = 0, rc = parse_args(argc, argv, "--year", true, &a);
	if (rc)
		return rc;
	if (a.year && !parse_year(a.year, &year))
		return cli_usage(CMD, _("--year takes a year such as 2026"));
	return write_sheet(db, &a.out, dues_remittances_sheet(db, year));
}

static const struct {
	const char *name;
	int (*run)(struct db *db, int argc, char **argv);
} actions[] = {
	{ "fix", dues_fix },
	{ "set", dues_set },
	{ "unfix", dues_unfix },
	{ "fixings", dues_fixings },
	{ "pay", dues_pay },
	{ "mark-paid", dues_mark },
	{ "reverse", dues_reverse },
	{ "history", dues_history },
	{ "remit", dues_remit },
	{ "remittances", dues_remittances },
};

int cmd_dues(struct cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(CMD, _("name the action: fix, set, unfix, fixings, pay, mark-paid, reverse, history, remit or remittances"));
	for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++) {
		if (strcmp(actions[i].name, argv[1]) != 0)
			continue;
		struct db *db = cli_db(cli, false);
		if (!db)
			return EXIT_REFUSED;
		if (!strcmp(argv[1], "fixings") || !strcmp(argv[1], "history") || !strcmp(argv[1], "remittances"))
			return actions[i].run(db, argc - 1, argv + 1);
		/* Read, check and write under one write lock (cli_write). */
		if (!db_begin(db))
			return cli_fail("%s", db_error(db));
		return cli_end_write(db, actions[i].run(db, argc - 1, argv + 1));
	}
	return cli_usage(CMD, _("no dues action called %s"), argv[1]);
}
