/* zhibu init [--branch NAME] [--higher NAME] [--contact NAME] [--phone P]
 * [--place P]: create the database file and record the branch, and whom its
 * notices name for questions. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"

int cmd_init(struct cli *cli, int argc, char **argv)
{
	const char *name = NULL, *higher = NULL, *contact = NULL, *phone = NULL, *place = NULL;
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		if ((v = cli_opt_value(argc, argv, &i, "--branch", &missing)))
			name = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--higher", &missing)))
			higher = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--contact", &missing)))
			contact = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--phone", &missing)))
			phone = v;
		else if ((v = cli_opt_value(argc, argv, &i, "--place", &missing)))
			place = v;
		else
			return cli_bad_option("init", argv[i], missing);
	}
	struct db *db = cli_db(cli, true);
	if (!db)
		return EXIT_REFUSED;

	struct branch b;
	bool exists = branch_get(db, &b);
	if (!exists) {
		memset(&b, 0, sizeof b);
		date_format(date_today(), b.created_on);
	}
	if (name && text_blank(name))
		return cli_fail(_("the branch name must not be empty"));
	if (name)
		text_copy(b.name, sizeof b.name, name);
	if (higher)
		text_copy(b.higher_committee, sizeof b.higher_committee, higher);
	if ((name || higher) && !exists && !name)
		return cli_fail(_("name the branch with --branch NAME"));
	if ((name || higher) && !branch_save(db, &b))
		return cli_fail("%s", db_error(db));
	if ((contact && !settings_set(db, BRANCH_KEY_CONTACT, contact)) ||
	    (phone && !settings_set(db, BRANCH_KEY_PHONE, phone)) ||
	    (place && !settings_set(db, BRANCH_KEY_PLACE, place)))
		return cli_fail("%s", db_error(db));

	fprintf(stderr, _("Database: %s\n"), db_path(db));
	if (name || exists)
		fprintf(stderr, _("Branch: %s\n"), b.name);
	else
		fprintf(stderr, _("No branch recorded yet: run zhibu init --branch NAME, or open the app.\n"));
	return EXIT_OK;
}
