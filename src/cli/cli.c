#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/backup.h"
#include "db/db.h"

/* The database the command opened (a saved report registers itself in it). */
static struct db *opened;

struct db *cli_db_opened(void)
{
	return opened;
}

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
		return opened = cli->db;
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
	return opened = cli->db;
}

/* A message to standard error, never a control character in it: the text
 * may quote a file's cells or a name from the database. */
static bool damage_told;

int cli_finish(struct cli *cli, int status)
{
	if (cli->reports_damage || !db_failed(cli->db))
		return status;
	if (!damage_told)
		cli_fail("%s", db_damaged_message());
	return EXIT_REFUSED;
}


static void say(const char *prefix, const char *fmt, va_list ap)
{
	char msg[4096];
	vsnprintf(msg, sizeof msg, fmt, ap);
	text_strip_controls(msg);
	if (!strcmp(msg, db_damaged_message()))
		damage_told = true;
	fprintf(stderr, "%s%s\n", prefix, msg);
}

int cli_write(struct cli *cli, int (*run)(struct cli *cli, int argc, char **argv), int argc, char **argv)
{
	/* No file: the action says so (or creates it) as it would. */
	if (access(cli->db_path, F_OK) != 0)
		return run(cli, argc, argv);
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (!db_begin(db))
		return cli_fail("%s", db_error(db));
	return cli_end_write(db, run(cli, argc, argv));
}

int cli_end_write(struct db *db, int status)
{
	if (status != EXIT_OK)
		db_rollback(db);
	else if (!db_commit(db))
		status = cli_fail("%s", db_error(db));
	return status;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	char prefix[64];
	snprintf(prefix, sizeof prefix, "zhibu %s: ", cmd);
	va_start(ap, fmt);
	say(prefix, fmt, ap);
	va_end(ap);
	fprintf(stderr, _("Try 'man zhibu' or 'zhibu --help'.\n"));
	return EXIT_USAGE;
}

int cli_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say("zhibu: ", fmt, ap);
	va_end(ap);
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

int cli_options(const char *cmd, int argc, char **argv, const char *const names[], const char *values[],
		const char **positional)
{
	if (positional)
		*positional = NULL;
	for (int i = 1; i < argc; i++) {
		bool missing = false, taken = false;
		for (int k = 0; names[k] && !taken && !missing; k++) {
			if (names[k][0] == '!') {
				if (!strcmp(argv[i], names[k] + 1)) {
					values[k] = "1";
					taken = true;
				}
			} else {
				const char *v = cli_opt_value(argc, argv, &i, names[k], &missing);
				if (v) {
					values[k] = v;
					taken = true;
				}
			}
		}
		if (taken)
			continue;
		if (!missing && positional && !*positional && (argv[i][0] != '-' || !argv[i][1])) {
			*positional = argv[i];
			continue;
		}
		return cli_bad_option(cmd, argv[i], missing);
	}
	return 0;
}

bool cli_record_id(const char *text, const char *prefix, long long *id)
{
	size_t n = strlen(prefix);
	if (text && !strncmp(text, prefix, n))
		text += n;
	if (!text || *text < '0' || *text > '9')
		return false;
	char *end;
	long long v = strtoll(text, &end, 10);
	if (*end || v <= 0)
		return false;
	*id = v;
	return true;
}

bool cli_date_arg(const char *cmd, const char *opt, const char *value, char out[DATE_ISO_SIZE], int *status)
{
	struct date d;
	const char *why;
	if (!value) {
		*status = cli_usage(cmd, _("%s is required"), opt);
		return false;
	}
	if (!date_parse(value, &d, &why)) {
		*status = cli_usage(cmd, "%s %s: %s", opt, value, why);
		return false;
	}
	date_format(d, out);
	return true;
}

struct db *cli_begin(struct cli *cli, int *status)
{
	struct db *db = cli_db(cli, false);
	if (!db || !db_begin(db)) {
		*status = db ? cli_fail("%s", db_error(db)) : EXIT_REFUSED;
		return NULL;
	}
	return db;
}

int cli_commit_or_fail(struct db *db, bool ok)
{
	if (ok)
		return cli_end_write(db, EXIT_OK);
	int status = cli_fail("%s", db_error(db));
	db_rollback(db);
	return status;
}
