/* zhibu backup [FILE]: a consistent copy of the database now, into FILE or
 * into the backups/ folder beside the database. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "db/backup.h"
#include "db/db.h"
#include "db/member.h"

int cmd_backup(struct cli *cli, int argc, char **argv)
{
	const char *file = NULL;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage("backup", _("unknown argument %s"), argv[i]);
		if (file)
			return cli_usage("backup", _("name one file, not %s and %s"), file, argv[i]);
		file = argv[i];
	}
	cli->no_daily_backup = true;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	char *made = NULL;
	bool ok = file ? backup_to(db, file) : backup_now(db, &made);
	if (!ok)
		return cli_fail(_("no backup was made: %s"), db_error(db));
	const char *path = file ? file : made;
	struct stat st;
	long long kb = stat(path, &st) == 0 ? ((long long)st.st_size + 1023) / 1024 : 0;
	long long members = member_count(db, &(struct member_filter){ .include_left = true });
	fprintf(stderr, _("zhibu: backup of %lld members written to %s (%lld KB).\n"), members, path, kb);
	free(made);
	return EXIT_OK;
}
