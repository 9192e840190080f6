/* Commands of the command line.  Each lives in its own file as
 * int cmd_NAME(struct cli *cli, int argc, char **argv), argv[0] being the
 * command's name; it returns the exit status. */
#ifndef ZHIBU_CLI_H
#define ZHIBU_CLI_H
#include <stdbool.h>
#include <stddef.h>

struct db;

enum exit_status {
	EXIT_OK = 0,
	EXIT_REFUSED = 1, /* bad input, or the request was refused */
	EXIT_USAGE = 2,
};

struct cli {
	const char *db_path;  /* resolved: --db, ZHIBU_DB or the XDG default */
	struct db *db;        /* opened on demand by cli_db() */
	bool no_daily_backup; /* backup, restore, doctor: no copy of the day on open */
	bool read_only;       /* --read-only: opened for reading, nothing written (the committee's view) */
};

/* Open the database (creating it when create is true); prints the error and
 * returns NULL on failure. */
struct db *cli_db(struct cli *cli, bool create);

/* Report a usage error for a command: "zhibu CMD: message", exit 2. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Report a refusal: "zhibu: message", exit 1. */
int cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Option parsing shared by the commands: long options of the form --name
 * VALUE or --name=VALUE, and flags.  Returns the value, or NULL when argv[*i]
 * is not that option; advances *i past a separate value.  Sets *missing
 * when the option is there but its value is not. */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name, bool *missing);
/* Report an argument that none of the command's options took: "ARG needs a
 * value" when missing (as cli_opt_value set it), else "unknown argument
 * ARG".  Returns EXIT_USAGE. */
int cli_bad_option(const char *cmd, const char *arg, bool missing);

/* A command that takes a kind first (import KIND, export KIND, report KIND):
 * run the entry of table named by argv[1], or report a usage error that
 * lists the kinds. */
struct cli_kind {
	const char *name;
	int (*run)(struct cli *cli, int argc, char **argv);
};
int cli_dispatch(struct cli *cli, const char *cmd, const struct cli_kind *table, size_t n,
		 int argc, char **argv);

int cmd_init(struct cli *cli, int argc, char **argv);
int cmd_demo(struct cli *cli, int argc, char **argv);
int cmd_import(struct cli *cli, int argc, char **argv);
int cmd_export(struct cli *cli, int argc, char **argv);
int cmd_report(struct cli *cli, int argc, char **argv);
int cmd_check(struct cli *cli, int argc, char **argv);
int cmd_dues(struct cli *cli, int argc, char **argv);
int cmd_meeting(struct cli *cli, int argc, char **argv);
int cmd_candidate(struct cli *cli, int argc, char **argv);
int import_candidates(struct cli *cli, int argc, char **argv);
int report_pipeline(struct cli *cli, int argc, char **argv);
int report_notice(struct cli *cli, int argc, char **argv);
int export_pipeline_register(struct cli *cli, int argc, char **argv);
int cmd_backup(struct cli *cli, int argc, char **argv);
int cmd_restore(struct cli *cli, int argc, char **argv);
int cmd_doctor(struct cli *cli, int argc, char **argv);
int cmd_rollup(struct cli *cli, int argc, char **argv);
int export_package(struct cli *cli, int argc, char **argv);

/* The full-screen app (src/ui/app.c). */
int app_run(struct cli *cli);
/* zhibu --committee PATH...: the committee's list of branches
 * (src/ui/committee.c); Enter opens one read-only in the app. */
int committee_run(struct cli *cli, char **paths, int npaths);
/* Print the KEYS section of the man page, from the app's action table
 * (zhibu --keys-mdoc, for the man page and its test). */
int app_keys_mdoc(void);

#endif
