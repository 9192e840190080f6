/* zhibu demo [--members N] [--seed S]: a fictional branch in a new database,
 * for trying zhibu out and for the benchmarks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/member.h"

#define DEMO_MAX_MEMBERS 100000

/* The generators, in order: later parts of zhibu append theirs. */
static bool (*const generators[])(struct demo *d) = {
	demo_members,
	demo_dues,
	demo_meetings,
	demo_candidates,
	demo_disclosures,
	demo_flows,
	demo_transfers,
	demo_hours,
	demo_org,
};

static bool parse_count(const char *s, long long lo, long long hi, long long *out)
{
	char *end;
	long long v = strtoll(s, &end, 10);
	if (!*s || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

int cmd_demo(struct cli *cli, int argc, char **argv)
{
	long long members = 36, seed = 1;
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		if ((v = cli_opt_value(argc, argv, &i, "--members", &missing))) {
			if (!parse_count(v, 1, DEMO_MAX_MEMBERS, &members))
				return cli_usage("demo", _("--members takes a number from 1 to %d"), DEMO_MAX_MEMBERS);
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--seed", &missing))) {
			if (!parse_count(v, 0, 1LL << 62, &seed))
				return cli_usage("demo", _("--seed takes a whole number"));
		} else {
			return cli_bad_option("demo", argv[i], missing);
		}
	}
	struct db *db = cli_db(cli, true);
	if (!db)
		return EXIT_REFUSED;
	long long have = member_count(db, &(struct member_filter){ .include_left = true });
	if (have != 0)
		return cli_fail(_("%s already holds %lld members: the demo fills only a new database"),
				db_path(db), have);

	struct demo d = { .db = db, .members = (int)members, .today = date_today() };
	rng_seed(&d.rng, (unsigned long long)seed);
	if (!db_begin(db))
		return cli_fail("%s", db_error(db));
	for (size_t i = 0; i < sizeof generators / sizeof generators[0]; i++) {
		if (!generators[i](&d)) {
			db_rollback(db);
			return cli_fail(_("cannot create the demo: %s"), db_error(db));
		}
	}
	if (!db_commit(db))
		return cli_fail(_("cannot create the demo: %s"), db_error(db));
	fprintf(stderr, _("Demo branch with %lld members created in %s\n"), members, db_path(db));
	return EXIT_OK;
}
