/* zhibu doctor: run the checks on the database file and say what they
 * found, without changing anything. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "db/backup.h"
#include "db/db.h"
#include "io/paths.h"

static void line(int *problems, bool ok, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void line(int *problems, bool ok, const char *fmt, ...)
{
	va_list ap;
	printf("  %s  ", ok ? "ok" : "!!");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!ok)
		(*problems)++;
}

int cmd_doctor(struct cli *cli, int argc, char **argv)
{
	if (argc > 1)
		return cli_usage("doctor", _("unknown argument %s"), argv[1]);
	cli->no_daily_backup = true;
	cli->reports_damage = true;
	const char *path = cli->db_path;
	struct stat st;
	if (stat(path, &st) != 0)
		return cli_fail(_("no database at %s (run: zhibu init)"), path);

	struct backup_check c;
	int problems = 0;
	backup_check_file(path, &c);
	printf(_("Database: %s\n"), path);
	if (!c.readable) {
		line(&problems, false, _("Kind: %s"), c.problem);
	} else {
		line(&problems, c.zhibu, _("Kind: %s"), c.zhibu ? _("a zhibu database") : _("not a zhibu database"));
		if (c.version > db_schema_version())
			line(&problems, false, _("Schema: %d, newer than this program (%d): update zhibu"),
			     c.version, db_schema_version());
		else if (c.version < db_schema_version())
			line(&problems, c.version_ok, _("Schema: %d (this program: %d): upgraded when zhibu next opens it"),
			     c.version, db_schema_version());
		else
			line(&problems, c.version_ok, _("Schema: %d (this program: %d)"), c.version, db_schema_version());
		line(&problems, c.integrity_ok, _("Integrity: %s"), c.integrity_ok ? _("ok") : c.integrity);
		if (c.fk_problems)
			line(&problems, false, _("References: %lld records point to records that do not exist"), c.fk_problems);
		else
			line(&problems, true, _("References: ok"));
		line(&problems, c.wal, _("Journal: %s"), c.wal ? "WAL" : _("not WAL (zhibu sets it when it opens the file)"));
		if (c.members >= 0)
			line(&problems, true, _("Members: %lld"), c.members);
	}
	char why[1024];
	if (db_file_readonly(path, why, sizeof why))
		line(&problems, false, _("Access: %s"), why);
	else
		line(&problems, true, _("Access: zhibu can read and write it"));
	unsigned mode = (unsigned)st.st_mode & 0777;
	if (mode & 077)
		line(&problems, false, _("Permissions: %04o, others can read it (run: chmod 600 %s)"), mode, path);
	else
		line(&problems, true, _("Permissions: %04o, only you can read it"), mode);

	char *dir = paths_backup_dir(path), newest[256];
	int n = backup_count(path, newest, sizeof newest);
	if (n > 0)
		line(&problems, true, _("Backups: %d in %s, the newest %s"), n, dir, newest);
	else
		line(&problems, false, _("Backups: none in %s (run: zhibu backup)"), dir);
	free(dir);

	if (problems == 0) {
		printf(_("No problems found.\n"));
		return EXIT_OK;
	}
	printf(ngettext("%d problem found.\n", "%d problems found.\n", problems), problems);
	return EXIT_REFUSED;
}
