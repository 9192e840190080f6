/* zhibu: records manager for a Party branch secretary.
 * Chooses the full-screen app or a command. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/paths.h"

static const struct command {
	const char *name;
	int (*run)(struct cli *cli, int argc, char **argv);
} commands[] = {
	{ "init", cmd_init },
	{ "demo", cmd_demo },
	{ "import", cmd_import },
	{ "export", cmd_export },
	{ "report", cmd_report },
	{ "check", cmd_check },
	{ "dues", cmd_dues },
	{ "meeting", cmd_meeting },
	{ "candidate", cmd_candidate },
	{ "backup", cmd_backup },
	{ "restore", cmd_restore },
	{ "doctor", cmd_doctor },
};

static void usage(FILE *f)
{
	fprintf(f, _("Usage: zhibu [--db PATH] [COMMAND [ARGS]]\n"
		     "Without a command, opens the full-screen app.\n\n"
		     "Commands:\n"
		     "  init [--branch NAME] [--higher NAME]   create the database and the branch\n"
		     "  demo [--members N] [--seed S]          fill a new database with a fictional branch\n"
		     "  import members FILE [--encoding auto|utf-8|gb18030] [--dry-run] [--update]\n"
		     "  export roster [--format csv|xlsx|txt] [--encoding utf-8|gb18030] [--full-id] [--all] [-o FILE]\n"
		     "  report KIND [OPTIONS]                  reports (see the man page)\n"
		     "  meeting ACTION ...                     minutes, attendance, votes, committee, grades\n"
		     "  check [--as-of DATE] [--within DAYS]   what is overdue or due soon\n\n"
		     "See 'man zhibu' for every command.\n"));
}

int main(int argc, char **argv)
{
	/* Every file zhibu creates holds personal data: readable by its owner only. */
	umask(077);
	i18n_init();

	struct date today;
	if (!date_today_checked(&today)) {
		fprintf(stderr, _("zhibu: ZHIBU_TODAY=%s is not a date (use YYYY-MM-DD)\n"), getenv("ZHIBU_TODAY"));
		return EXIT_USAGE;
	}

	const char *db_option = NULL;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		bool missing;
		const char *v = cli_opt_value(argc, argv, &i, "--db", &missing);
		if (v) {
			db_option = v;
		} else if (missing) {
			return cli_usage("--db", _("needs a file name"));
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return EXIT_OK;
		} else if (!strcmp(argv[i], "--keys-mdoc")) { /* hidden: for the man page */
			return app_keys_mdoc();
		} else if (!strcmp(argv[i], "--version")) {
			printf("zhibu %s\n", ZHIBU_VERSION);
			return EXIT_OK;
		} else {
			fprintf(stderr, _("zhibu: unknown option %s\n"), argv[i]);
			usage(stderr);
			return EXIT_USAGE;
		}
	}

	struct cli cli = { 0 };
	char *path = paths_database(db_option);
	cli.db_path = path;
	int status;
	if (i >= argc) {
		status = app_run(&cli);
	} else {
		const struct command *cmd = NULL;
		for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
			if (!strcmp(commands[k].name, argv[i]))
				cmd = &commands[k];
		if (!cmd) {
			fprintf(stderr, _("zhibu: unknown command %s\n"), argv[i]);
			usage(stderr);
			status = EXIT_USAGE;
		} else {
			status = cmd->run(&cli, argc - i, argv + i);
		}
	}
	db_close(cli.db);
	free(path);
	return status;
}
