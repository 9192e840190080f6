/* zhibu restore FILE: put a backup in the place of the database, after
 * checking it and keeping a copy of the database as it is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "db/backup.h"
#include "db/db.h"
#include "db/member.h"

int cmd_restore(struct cli *cli, int argc, char **argv)
{
	const char *file = NULL;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage("restore", _("unknown argument %s"), argv[i]);
		if (file)
			return cli_usage("restore", _("name one file, not %s and %s"), file, argv[i]);
		file = argv[i];
	}
	if (!file)
		return cli_usage("restore", _("name the backup to restore"));
	cli->no_daily_backup = true;
	cli->reports_damage = true;
	char *kept = NULL, *err = NULL;
	if (!backup_restore(cli->db_path, file, &kept, &err)) {
		fprintf(stderr, "zhibu: %s\n", err ? err : _("cannot restore"));
		fprintf(stderr, _("zhibu: nothing was restored.\n"));
		free(err);
		return EXIT_REFUSED;
	}
	if (kept)
		fprintf(stderr, _("zhibu: the database as it was is kept in %s\n"), kept);
	free(kept);
	/* Open it as every command does: a backup from an older zhibu is
	 * upgraded now. */
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	long long members = member_count(db, &(struct member_filter){ .include_left = true });
	fprintf(stderr, _("zhibu: restored %s into %s (%lld members).\n"), file, db_path(db), members);
	return EXIT_OK;
}
