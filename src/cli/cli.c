#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "db/backup.h"
#include "db/db.h"

struct db *cli_db(struct cli *cli, bool create)
{
	if (cli->db)
		return cli->db;
	char *err = NULL;
	bool existed = access(cli->db_path, F_OK) == 0;
	if (cli->read_only) {
		cli->db = db_open_readonly(cli->db_path, &err);
		if (cli->db && db_file_version(cli->db) != db_schema_version()) {
			free(err);
			if (asprintf(&err, _("%s is of another zhibu schema (%d; this program's is %d): it cannot be opened read-only"),
				     cli->db_path, db_file_version(cli->db), db_schema_version()) < 0)
				err = NULL;
			db_close(cli->db);
			cli->db = NULL;
		}
		if (!cli->db) {
			fprintf(stderr, "zhibu: %s\n", err ? err : _("cannot open the database"));
			free(err);
		}
		return cli->db;
	}
	cli->db = db_open(cli->db_path, create ? DB_CREATE : DB_EXISTING, &err);
	if (!cli->db) {
		fprintf(stderr, "zhibu: %s\n", err ? err : _("cannot open the database"));
		free(err);
	} else if (existed && !cli->no_daily_backup && !backup_daily(cli->db, NULL)) {
		/* The one place where the copy of the day is taken; without it the
		 * work still goes on. */
		fprintf(stderr, _("zhibu: warning: today's backup was not made: %s\n"), db_error(cli->db));
	}
	return cli->db;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "zhibu %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fprintf(stderr, _("Try 'man zhibu' or 'zhibu --help'.\n"));
	return EXIT_USAGE;
}

int cli_fail(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "zhibu: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	return EXIT_REFUSED;
}

int cli_bad_option(const char *cmd, const char *arg, bool missing)
{
	if (missing)
		return cli_usage(cmd, _("%s needs a value"), arg);
	return cli_usage(cmd, _("unknown argument %s"), arg);
}

const char *cli_opt_value(int argc, char **argv, int *i, const char *name, bool *missing)
{
	size_t n = strlen(name);
	const char *a = argv[*i];
	*missing = false;
	if (strncmp(a, name, n) != 0)
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	if (a[n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		*missing = true;
		return NULL;
	}
	return argv[++*i];
}

int cli_dispatch(struct cli *cli, const char *cmd, const struct cli_kind *table, size_t n,
		 int argc, char **argv)
{
	for (size_t i = 0; argc >= 2 && i < n; i++)
		if (!strcmp(table[i].name, argv[1]))
			return table[i].run(cli, argc - 1, argv + 1);
	char kinds[512] = "";
	for (size_t i = 0; i < n; i++) {
		if (i)
			strncat(kinds, ", ", sizeof kinds - strlen(kinds) - 1);
		strncat(kinds, table[i].name, sizeof kinds - strlen(kinds) - 1);
	}
	if (argc < 2)
		return cli_usage(cmd, _("name one of: %s"), kinds);
	return cli_usage(cmd, _("no such kind %s (one of: %s)"), argv[1], kinds);
}
