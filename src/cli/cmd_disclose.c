/* zhibu disclose ACTION ...: the everyday writes of 党务公开 -- the
 * catalogue (公开目录), a disclosure proposed, reviewed (with the 保密审查),
 * approved, published inside and outside the party, taken down, archived,
 * voided; and `show`, one disclosure with its steps and what comes next.
 * Every write is one BEGIN IMMEDIATE transaction: read, check, write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/disclose_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/disclosure.h"
#include "report/disclosure.h"
#include "rules/disclosure.h"
#include "rules/settings.h"

/* ---- Options shared with cmd_feedback.c */

int dopts_parse(const char *cmd, struct dopts *o, int argc, char **argv)
{
	o->npos = 0;
	for (int i = 1; i < argc; i++) {
		bool missing = false, taken = false;
		for (int k = 0; k < o->n && !taken && !missing; k++) {
			const char *v = cli_opt_value(argc, argv, &i, o->opt[k].name, &missing);
			if (v) {
				o->opt[k].value = v;
				taken = true;
			}
		}
		if (taken)
			continue;
		if (missing || argv[i][0] == '-' || o->npos == 2)
			return cli_bad_option(cmd, argv[i], missing);
		o->pos[o->npos++] = argv[i];
	}
	return 0;
}

const char *dopts_get(const struct dopts *o, const char *name)
{
	for (int k = 0; k < o->n; k++)
		if (!strcmp(o->opt[k].name, name))
			return o->opt[k].value;
	return NULL;
}

int dopts_day(const char *cmd, const struct dopts *o, const char *name, bool required, char out[DATE_ISO_SIZE])
{
	const char *v = dopts_get(o, name), *why;
	struct date d;
	out[0] = '\0';
	if (!v)
		return required ? cli_usage(cmd, _("%s is required"), name) : 0;
	if (!date_parse(v, &d, &why))
		return cli_usage(cmd, "%s %s: %s", name, v, why);
	date_format(d, out);
	return 0;
}

int dopts_id(const char *cmd, const struct dopts *o, long long *id)
{
	if (!o->npos)
		return cli_usage(cmd, _("name the record by its number"));
	const char *v = o->pos[0], *hash = strchr(v, '#');
	char *end;
	*id = strtoll(hash ? hash + 1 : v, &end, 10);
	if (*end || *id <= 0)
		return cli_usage(cmd, _("%s is not a record number"), v);
	return 0;
}

int dopts_int(const char *cmd, const struct dopts *o, const char *name, int lo, int hi, int *out)
{
	const char *v = dopts_get(o, name);
	if (!v)
		return 0;
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < lo || n > hi)
		return cli_usage(cmd, _("%s takes a whole number from %d to %d"), name, lo, hi);
	*out = (int)n;
	return 0;
}

/* A value that must be one of list (when given). */
static int one_of(const char *cmd, const char *name, const char *v, const char *const *list)
{
	if (!v || disclosure_value(list, v))
		return 0;
	char all[512] = "";
	for (size_t n = 0; *list; list++)
		n += (size_t)snprintf(all + n, n < sizeof all ? sizeof all - n : 0, "%s%s", n ? ", " : "", *list);
	return cli_usage(cmd, _("%s takes one of: %s"), name, all);
}

/* ---- The catalogue */

static void catalog_row(const struct disclosure_item *c)
{
	char timing[64];
	snprintf(timing, sizeof timing, "%s%s%s", c->timing, *c->period ? "·" : "", c->period);
	char days[32] = "";
	if (c->notice_days)
		snprintf(days, sizeof days, "  %d%s", c->notice_days, c->notice_unit);
	printf("%3lld  %s  %s  %s  %s  %s%s%s\n", c->id, c->category, c->title, c->scope, timing, c->forms, days,
	       c->active ? "" : _("  (off)"));
}

static bool print_item(void *ctx, const struct disclosure_item *c)
{
	(void)ctx;
	catalog_row(c);
	return true;
}

enum { CO_DOMAIN, CO_CATEGORY, CO_TITLE, CO_SCOPE, CO_AUDIENCE, CO_TIMING, CO_PERIOD, CO_GRACE, CO_FORMS,
       CO_DAYS, CO_UNIT, CO_OWNER, CO_BASIS, CO_SOURCE, CO_SINCE, CO_NOTE, CO_COUNT };

/* Apply the options to c; 0 or the usage status. */
static int catalog_apply(struct dopts *o, struct disclosure_item *c)
{
	static const char *const domains[] = { "党务", "校务", NULL };
	static const char *const sources[] = { "党费", "组织生活", "发展党员", "民主评议", "民主测评", "整改", "支委分工",
					       "计划", "换届", NULL };
	const char *v;
	int rc;
	if ((rc = one_of("disclose", "--domain", o->opt[CO_DOMAIN].value, domains)) ||
	    (rc = one_of("disclose", "--category", o->opt[CO_CATEGORY].value, disclosure_categories)) ||
	    (rc = one_of("disclose", "--scope", o->opt[CO_SCOPE].value, disclosure_scopes)) ||
	    (rc = one_of("disclose", "--timing", o->opt[CO_TIMING].value, disclosure_timings)) ||
	    (rc = one_of("disclose", "--unit", o->opt[CO_UNIT].value, disclosure_units)) ||
	    (rc = one_of("disclose", "--source", o->opt[CO_SOURCE].value, sources)))
		return rc;
	struct { int opt; char *dst; size_t size; } texts[] = {
		{ CO_DOMAIN, c->domain, sizeof c->domain }, { CO_CATEGORY, c->category, sizeof c->category },
		{ CO_TITLE, c->title, sizeof c->title }, { CO_SCOPE, c->scope, sizeof c->scope },
		{ CO_AUDIENCE, c->audience, sizeof c->audience }, { CO_TIMING, c->timing, sizeof c->timing },
		{ CO_UNIT, c->notice_unit, sizeof c->notice_unit }, { CO_OWNER, c->owner, sizeof c->owner },
		{ CO_BASIS, c->basis, sizeof c->basis }, { CO_SOURCE, c->source, sizeof c->source },
		{ CO_NOTE, c->note, sizeof c->note },
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		if ((v = o->opt[texts[i].opt].value) && !text_copy(texts[i].dst, texts[i].size, v))
			return cli_usage("disclose", _("%s is too long"), o->opt[texts[i].opt].name);
	if ((v = o->opt[CO_PERIOD].value)) {
		int k = period_kind_parse(v);
		if (k < 0 && *v)
			return cli_usage("disclose", _("--period is 月, 季度, 半年 or 年"));
		text_copy(c->period, sizeof c->period, k < 0 ? "" : period_kind_names[k]);
	}
	if (strcmp(c->timing, "定期"))
		c->period[0] = '\0';
	else if (!*c->period)
		return cli_usage("disclose", _("a 定期 item needs --period (月, 季度, 半年 or 年)"));
	if ((v = o->opt[CO_FORMS].value)) {
		const char *why = disclosure_forms_check(v, c->forms, sizeof c->forms);
		if (why)
			return cli_usage("disclose", "--forms: %s", why);
	}
	if ((rc = dopts_int("disclose", o, "--grace", 0, 365, &c->grace_days)) ||
	    (rc = dopts_int("disclose", o, "--days", 0, 60, &c->notice_days)))
		return rc;
	/* --since keeps the row's day when it is not given. */
	if (o->opt[CO_SINCE].value && (rc = dopts_day("disclose", o, "--since", false, c->since)))
		return rc;
	if (c->notice_days && !*c->notice_unit)
		text_copy(c->notice_unit, sizeof c->notice_unit, "工作日");
	if (!*c->category || !*c->title || !*c->scope || !*c->timing || !*c->forms)
		return cli_usage("disclose", _("a catalogue row needs --category, --title, --scope, --timing and --forms"));
	return 0;
}

static int catalog_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[CO_COUNT] = {
		{ "--domain", NULL }, { "--category", NULL }, { "--title", NULL }, { "--scope", NULL }, { "--audience", NULL }, { "--timing", NULL },
		{ "--period", NULL }, { "--grace", NULL }, { "--forms", NULL }, { "--days", NULL }, { "--unit", NULL }, { "--owner", NULL }, { "--basis", NULL },
		{ "--source", NULL }, { "--since", NULL }, { "--note", NULL },
	};
	struct dopts o = { opt, CO_COUNT, { 0 }, 0 };
	const char *action = argc > 1 && argv[1][0] != '-' ? argv[1] : "list";
	int skip = argc > 1 && argv[1][0] != '-';
	int rc = dopts_parse("disclose", &o, argc - skip, argv + skip);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (!strcmp(action, "list")) {
		struct disclosure_settings set;
		struct workdays cal;
		if (!disclosure_settings_load(db, &set, &cal))
			return cli_fail("%s", db_error(db));
		workdays_done(&cal);
		return disclosure_catalog_each(db, set.school, true, print_item, NULL) ? EXIT_OK
			: cli_fail("%s", db_error(db));
	}
	bool add = !strcmp(action, "add");
	if (!add && strcmp(action, "edit") && strcmp(action, "off") && strcmp(action, "on"))
		return cli_usage("disclose", _("catalog takes list, add, edit, off or on"));
	struct disclosure_item c;
	disclosure_item_init(&c);
	if (!add) {
		long long id;
		if ((rc = dopts_id("disclose", &o, &id)))
			return rc;
		if (!disclosure_catalog_get(db, id, &c))
			return cli_fail("%s", db_error(db));
	}
	if (!strcmp(action, "off") || !strcmp(action, "on"))
		c.active = !strcmp(action, "on");
	else if ((rc = catalog_apply(&o, &c)))
		return rc;
	if (!db_begin(db) || !disclosure_catalog_save(db, &c) || !db_commit(db)) {
		db_rollback(db);
		return cli_fail("%s", db_error(db));
	}
	catalog_row(&c);
	return EXIT_OK;
}

/* ---- One disclosure */

/* Read disclosure id, let change edit it, save it: one transaction. */
typedef int disclosure_change_fn(struct db *db, struct disclosure *d, const struct dopts *o);

static int change(struct cli *cli, int argc, char **argv, struct dopt *opt, int nopt, disclosure_change_fn *fn)
{
	struct dopts o = { opt, nopt, { 0 }, 0 };
	long long id;
	int rc = dopts_parse("disclose", &o, argc, argv);
	if (rc || (rc = dopts_id("disclose", &o, &id)))
		return rc;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct disclosure_settings set;
	struct workdays cal;
	struct disclosure d;
	disclosure_init(&d);
	if (!disclosure_settings_load(db, &set, &cal)) {
		disclosure_done(&d);
		return cli_fail("%s", db_error(db));
	}
	if (!db_begin(db)) {
		rc = cli_fail("%s", db_error(db));
	} else if (!disclosure_get(db, id, &d)) {
		rc = cli_fail("%s", db_error(db));
		db_rollback(db);
	} else if (!strcmp(d.status, "作废")) {
		rc = cli_fail(_("公开#%lld is void: %s"), id, d.void_reason);
		db_rollback(db);
	} else if ((rc = fn(db, &d, &o))) {
		db_rollback(db);
	} else if (!disclosure_save(db, &set, &d) || !db_commit(db)) {
		rc = cli_fail(_("公开#%lld: %s"), id, db_error(db));
		db_rollback(db);
	} else {
		printf(_("公开#%lld %s: %s\n"), d.id, d.title, d.status);
	}
	workdays_done(&cal);
	disclosure_done(&d);
	return rc;
}

static int who(const struct dopts *o, char *dst, size_t size)
{
	const char *v = dopts_get(o, "--by");
	if (!v || !*v)
		return cli_usage("disclose", _("%s is required"), "--by");
	if (!text_copy(dst, size, v))
		return cli_usage("disclose", _("%s is too long"), "--by");
	return 0;
}

static int do_review(struct db *db, struct disclosure *d, const struct dopts *o)
{
	(void)db;
	const char *secrecy = dopts_get(o, "--secrecy");
	int rc = dopts_day("disclose", o, "--date", true, d->reviewed_on);
	if (rc || (rc = who(o, d->reviewer, sizeof d->reviewer)))
		return rc;
	if (!secrecy || (strcmp(secrecy, "ok") && strcmp(secrecy, "是")))
		return cli_fail(_("the review includes the secrecy check: say --secrecy ok when it was done (%s)"),
				DISCLOSURE_RULE_15);
	d->secrecy_checked = true;
	return 0;
}

static int review_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--date", NULL }, { "--by", NULL }, { "--secrecy", NULL } };
	return change(cli, argc, argv, opt, 3, do_review);
}

static int do_approve(struct db *db, struct disclosure *d, const struct dopts *o)
{
	(void)db;
	const char *ref = dopts_get(o, "--ref");
	int rc = dopts_day("disclose", o, "--date", true, d->approved_on);
	if (rc || (rc = who(o, d->approver, sizeof d->approver)))
		return rc;
	if (ref)
		text_copy(d->approval_ref, sizeof d->approval_ref, ref);
	return 0;
}

static int approve_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--date", NULL }, { "--by", NULL }, { "--ref", NULL } };
	return change(cli, argc, argv, opt, 3, do_approve);
}

static int do_publish(struct db *db, struct disclosure *d, const struct dopts *o)
{
	(void)db;
	char day[DATE_ISO_SIZE], out[DATE_ISO_SIZE], until[DATE_ISO_SIZE];
	const char *unit = dopts_get(o, "--unit");
	int rc;
	if ((rc = dopts_day("disclose", o, "--date", false, day)) || (rc = dopts_day("disclose", o, "--outside", false, out)) ||
	    (rc = dopts_day("disclose", o, "--until", false, until)) ||
	    (rc = dopts_int("disclose", o, "--days", 1, 366, &d->notice_days)) ||
	    (rc = one_of("disclose", "--unit", unit, disclosure_units)))
		return rc;
	if (!*day && !*out)
		return cli_usage("disclose", _("--date (inside the party, or for the whole scope) or --outside is required"));
	if (*day) {
		if (*d->published_on && strcmp(d->published_on, day))
			return cli_fail(_("公开#%lld was published on %s: take it down and publish it again instead"),
					d->id, d->published_on);
		text_copy(d->published_on, sizeof d->published_on, day);
	}
	if (*out)
		text_copy(d->published_out_on, sizeof d->published_out_on, out);
	if (!strcmp(d->scope, "党外") && *day && !*out)
		text_copy(d->published_out_on, sizeof d->published_out_on, day);
	if (unit)
		text_copy(d->notice_unit, sizeof d->notice_unit, unit);
	if (d->notice_days && !*d->notice_unit)
		text_copy(d->notice_unit, sizeof d->notice_unit, "工作日");
	if (*until || d->notice_days)
		text_copy(d->until, sizeof d->until, until);
	return 0;
}

static int publish_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--date", NULL }, { "--outside", NULL }, { "--until", NULL }, { "--days", NULL }, { "--unit", NULL } };
	return change(cli, argc, argv, opt, 5, do_publish);
}

static int do_takedown(struct db *db, struct disclosure *d, const struct dopts *o)
{
	(void)db;
	return dopts_day("disclose", o, "--date", true, d->taken_down_on);
}

static int takedown_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--date", NULL } };
	return change(cli, argc, argv, opt, 1, do_takedown);
}

static int do_void(struct db *db, struct disclosure *d, const struct dopts *o)
{
	(void)db;
	const char *why = dopts_get(o, "--reason");
	if (!why || text_blank(why))
		return cli_usage("disclose", _("%s is required"), "--reason");
	text_copy(d->void_reason, sizeof d->void_reason, why);
	return 0;
}

static int void_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--reason", NULL } };
	return change(cli, argc, argv, opt, 1, do_void);
}

static int do_archive(struct db *db, struct disclosure *d, const struct dopts *o)
{
	(void)db;
	const char *ref = dopts_get(o, "--ref");
	if (ref)
		text_copy(d->archive_ref, sizeof d->archive_ref, ref);
	return dopts_day("disclose", o, "--date", true, d->archived_on);
}

/* archive ID, or archive --year Y: every disclosure published that year and
 * not archived, in one transaction. */
struct archive_ctx {
	int year;
	long long *ids;
	size_t n, cap;
};

static bool collect_unarchived(void *ctx, const struct disclosure *d)
{
	struct archive_ctx *a = ctx;
	if (*d->published_on && atoi(d->published_on) == a->year && !*d->archived_on) {
		if (a->n == a->cap) {
			a->cap = a->cap ? a->cap * 2 : 16;
			a->ids = realloc(a->ids, a->cap * sizeof *a->ids);
			if (!a->ids)
				abort();
		}
		a->ids[a->n++] = d->id;
	}
	return true;
}

static int archive_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--date", NULL }, { "--ref", NULL }, { "--year", NULL } };
	struct dopts o = { opt, 3, { 0 }, 0 };
	int rc = dopts_parse("disclose", &o, argc, argv), year = 0;
	if (rc || (rc = dopts_int("disclose", &o, "--year", 1900, 2999, &year)))
		return rc;
	if (!year)
		return change(cli, argc, argv, opt, 3, do_archive);
	char day[DATE_ISO_SIZE];
	if ((rc = dopts_day("disclose", &o, "--date", true, day)))
		return rc;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct disclosure_settings set;
	struct workdays cal;
	struct archive_ctx a = { year, NULL, 0, 0 };
	if (!disclosure_settings_load(db, &set, &cal))
		return cli_fail("%s", db_error(db));
	bool ok = db_begin(db) && disclosure_each(db, collect_unarchived, &a);
	for (size_t i = 0; ok && i < a.n; i++) {
		struct disclosure d;
		disclosure_init(&d);
		ok = disclosure_get(db, a.ids[i], &d) && do_archive(db, &d, &o) == 0 && disclosure_save(db, &set, &d);
		if (!ok)
			fprintf(stderr, _("zhibu: 公开#%lld: %s\n"), a.ids[i], db_error(db));
		disclosure_done(&d);
	}
	ok = ok && db_commit(db);
	if (!ok)
		db_rollback(db);
	else
		printf(ngettext("archived %zu disclosure of %d\n", "archived %zu disclosures of %d\n", a.n), a.n, year);
	free(a.ids);
	workdays_done(&cal);
	return ok ? EXIT_OK : EXIT_REFUSED;
}

/* ---- add */

static int add_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--catalog", NULL }, { "--period", NULL }, { "--title", NULL }, { "--summary", NULL }, { "--content", NULL },
			      { "--scope", NULL }, { "--forms", NULL }, { "--proposed", NULL }, { "--by", NULL }, { "--republish-of", NULL } };
	struct dopts o = { opt, 10, { 0 }, 0 };
	int rc = dopts_parse("disclose", &o, argc, argv), catalog = 0, first = 0;
	if (rc || (rc = dopts_int("disclose", &o, "--catalog", 1, 1000000, &catalog)) ||
	    (rc = dopts_int("disclose", &o, "--republish-of", 1, 1000000000, &first)) ||
	    (rc = one_of("disclose", "--scope", dopts_get(&o, "--scope"), disclosure_scopes)))
		return rc;
	struct disclosure d;
	disclosure_init(&d);
	if ((rc = dopts_day("disclose", &o, "--proposed", true, d.proposed_on)) ||
	    (rc = who(&o, d.proposer, sizeof d.proposer))) {
		disclosure_done(&d);
		return rc;
	}
	struct db *db = cli_db(cli, false);
	if (!db) {
		disclosure_done(&d);
		return EXIT_REFUSED;
	}
	struct disclosure_settings set;
	struct workdays cal;
	struct disclosure_item c;
	if (!disclosure_settings_load(db, &set, &cal) || (catalog && !disclosure_catalog_get(db, catalog, &c))) {
		disclosure_done(&d);
		return cli_fail("%s", db_error(db));
	}
	const char *v, *why = NULL;
	d.catalog_id = catalog;
	d.republish_of = first;
	if (catalog) {
		text_copy(d.title, sizeof d.title, c.title);
		text_copy(d.scope, sizeof d.scope, c.scope);
		text_copy(d.forms, sizeof d.forms, c.forms);
		d.notice_days = c.notice_days;
		text_copy(d.notice_unit, sizeof d.notice_unit, c.notice_unit);
	}
	if ((v = dopts_get(&o, "--title")))
		text_copy(d.title, sizeof d.title, v);
	if ((v = dopts_get(&o, "--summary")))
		text_copy(d.summary, sizeof d.summary, v);
	if ((v = dopts_get(&o, "--scope")))
		text_copy(d.scope, sizeof d.scope, v);
	if ((v = dopts_get(&o, "--content")))
		disclosure_set_content(&d, v);
	if ((v = dopts_get(&o, "--forms")))
		why = disclosure_forms_check(v, d.forms, sizeof d.forms);
	struct period p;
	if ((v = dopts_get(&o, "--period"))) {
		if (!period_parse(v, &p))
			why = _("--period is a month 2026-10, a quarter 2026Q3, a half-year 2026H2 or a year 2026");
		else
			period_format(p, d.period);
	}
	if (!why && catalog && *c.period && (!*d.period || (int)p.kind != period_kind_parse(c.period)))
		why = _("this catalogue row is disclosed by period: give --period of its kind (月 2026-10, 季度 2026Q3, "
			"半年 2026H2, 年 2026)");
	/* A 党费 disclosure without a summary gets the dues figures of its period. */
	if (!why && !*d.summary && catalog && disclosure_summary_from(db, c.source, d.period, d.summary, sizeof d.summary) < 0)
		why = db_error(db);
	if (!why && (!*d.title || !*d.summary || !*d.scope || !*d.forms))
		why = _("a disclosure needs a title (or --catalog), --summary, a scope and its forms");
	if (why) {
		workdays_done(&cal);
		disclosure_done(&d);
		return cli_usage("disclose", "%s", why);
	}
	if (!db_begin(db) || !disclosure_save(db, &set, &d) || !db_commit(db)) {
		db_rollback(db);
		rc = cli_fail("%s", db_error(db));
	} else {
		printf(_("公开#%lld %s: %s\n"), d.id, d.title, d.status);
	}
	workdays_done(&cal);
	disclosure_done(&d);
	return rc;
}

/* ---- show */

static const char *next_step(const struct disclosure *d)
{
	if (!strcmp(d->status, "作废"))
		return _("none: it is void");
	if (!*d->reviewed_on)
		return _("review it with the secrecy check: zhibu disclose review ID --date D --by NAME --secrecy ok");
	if (!*d->approved_on)
		return _("approve it: zhibu disclose approve ID --date D --by NAME [--ref 会议#N]");
	if (!*d->published_on)
		return _("publish it: zhibu disclose publish ID --date D");
	if (!strcmp(d->scope, "先党内后党外") && !*d->published_out_on)
		return _("publish it outside the party: zhibu disclose publish ID --outside D");
	if (!*d->archived_on)
		return _("archive it: zhibu disclose archive ID --date D [--ref BOX]");
	return _("none: it is archived");
}

static int show_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopts o = { NULL, 0, { 0 }, 0 };
	long long id;
	int rc = dopts_parse("disclose", &o, argc, argv);
	if (rc || (rc = dopts_id("disclose", &o, &id)))
		return rc;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct disclosure d;
	disclosure_init(&d);
	if (!disclosure_get(db, id, &d)) {
		disclosure_done(&d);
		return cli_fail("%s", db_error(db));
	}
	printf("公开#%lld  %s  [%s]\n", d.id, d.title, d.status);
	if (d.catalog_id)
		printf("%s: %lld %s\n", _("Catalogue row"), d.catalog_id, d.period);
	else
		printf("%s\n", _("Not in the catalogue (目录外)"));
	if (d.republish_of)
		printf(_("Re-publication of 公开#%lld\n"), d.republish_of);
	printf("%s: %s    %s: %s\n", _("Scope"), d.scope, _("Forms"), d.forms);
	printf("%s: %s\n", _("Summary"), d.summary);
	if (*d.content)
		printf("%s:\n%s\n", _("Text"), d.content);
	printf("%s: %s %s\n", _("Proposed"), d.proposed_on, d.proposer);
	printf("%s: %s %s%s\n", _("Reviewed"), d.reviewed_on, d.reviewer, d.secrecy_checked ? _(" (secrecy checked)") : "");
	printf("%s: %s %s %s\n", _("Approved"), d.approved_on, d.approver, d.approval_ref);
	printf("%s: %s    %s: %s    %s: %s\n", _("Published"), d.published_on, _("outside"), d.published_out_on,
	       _("until"), d.until);
	printf("%s: %s    %s: %s %s\n", _("Taken down"), d.taken_down_on, _("Archived"), d.archived_on, d.archive_ref);
	if (*d.void_reason)
		printf("%s: %s\n", _("Void"), d.void_reason);
	printf("%s: %s\n", _("Next"), next_step(&d));
	disclosure_done(&d);
	return EXIT_OK;
}

/* ---- settings: the disclosure.* and feedback.* of the one catalogue (rules/settings.h) */

static const struct setting_def *disclose_setting(const char *key)
{
	const struct setting_def *s = setting_find(key);
	return s && (!strncmp(key, "disclosure.", 11) || !strncmp(key, "feedback.", 9)) ? s : NULL;
}

/* settings: each key, its value and where the default comes from;
 * settings KEY VALUE ... sets them, in one transaction. */
static int settings_cmd(struct cli *cli, int argc, char **argv)
{
	if (argc % 2 == 0)
		return cli_usage("disclose", _("settings takes pairs of KEY VALUE"));
	for (int i = 1; i < argc; i += 2) {
		const struct setting_def *s = disclose_setting(argv[i]);
		if (!s)
			return cli_usage("disclose", _("no setting called %s"), argv[i]);
		const char *why = setting_problem(s, argv[i + 1]);
		if (why)
			return cli_usage("disclose", "%s %s: %s", argv[i], argv[i + 1], why);
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	bool ok = db_begin(db);
	for (int i = 1; ok && i < argc; i += 2)
		ok = settings_set(db, argv[i], argv[i + 1]);
	if (!ok || !db_commit(db)) {
		db_rollback(db);
		return cli_fail("%s", db_error(db));
	}
	for (size_t k = 0; k < setting_count; k++) {
		const struct setting_def *s = &setting_defs[k];
		char v[64];
		if (!disclose_setting(s->key))
			continue;
		bool set = settings_get(db, s->key, v, sizeof v, s->fallback);
		printf("%s = %s  %s  %s\n", s->key, v, set ? _("[set]") : s->mark, _(s->help));
	}
	return EXIT_OK;
}

static const struct cli_kind actions[] = {
	{ "settings", settings_cmd },
	{ "catalog", catalog_cmd }, { "add", add_cmd }, { "review", review_cmd }, { "approve", approve_cmd },
	{ "publish", publish_cmd }, { "takedown", takedown_cmd }, { "archive", archive_cmd },
	{ "void", void_cmd }, { "show", show_cmd },
};

int cmd_disclose(struct cli *cli, int argc, char **argv)
{
	return cli_dispatch(cli, "disclose", actions, sizeof actions / sizeof actions[0], argc, argv);
}
