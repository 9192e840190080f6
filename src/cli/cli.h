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
	bool reports_damage;  /* doctor, restore: a damaged file is what they report on */
	bool read_only;       /* --read-only: opened for reading, nothing written (the committee's view) */
};

/* Open the database (creating it when create is true); prints the error and
 * returns NULL on failure. */
struct db *cli_db(struct cli *cli, bool create);
/* The database cli_db opened last (NULL when none). */
struct db *cli_db_opened(void);

/* The exit status of a command that returned status: a damaged database
 * file seen on the way (db_failed) makes it 1, with the message that says
 * what to do, whatever the command printed. */
int cli_finish(struct cli *cli, int status);

/* Run an action that reads, checks and writes under one write lock, from
 * its first read to its last write (BEGIN IMMEDIATE): a second writer waits
 * for it, and nothing it did stays unless it returns EXIT_OK. */
int cli_write(struct cli *cli, int (*run)(struct cli *cli, int argc, char **argv), int argc, char **argv);
/* The end of such a write begun with db_begin: commit when status is
 * EXIT_OK, else roll back.  Returns the exit status. */
int cli_end_write(struct db *db, int status);

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

/* Parse every argument after argv[0] as one of the options names (NULL-
 * terminated; "--name" takes a value, "!--flag" none and sets "1") into
 * values[k] (left as they were when absent), or as the one positional
 * argument when positional is not NULL.  Returns 0, or EXIT_USAGE after
 * reporting the first argument it could not take. */
int cli_options(const char *cmd, int argc, char **argv, const char *const names[], const char *values[],
		const char **positional);

/* A date option's value parsed into ISO; false with *status set after a
 * usage error (missing or not a date). */
bool cli_date_arg(const char *cmd, const char *opt, const char *value, char out[11], int *status);
/* Open the database and begin the one (IMMEDIATE) transaction of a
 * read-check-write; NULL with *status set on failure. */
struct db *cli_begin(struct cli *cli, int *status);
/* Commit when ok (cli_end_write), else roll back and report the database's
 * error; the exit status. */
int cli_commit_or_fail(struct db *db, bool ok);

/* A record's number as typed: "3" or "PREFIX3" (整改#3). */
bool cli_record_id(const char *text, const char *prefix, long long *id);

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
/* The kinds of zhibu import, from its one table: the name of the i-th, NULL
 * past the last. */
const char *import_kind_name(size_t i);
/* Run zhibu import with argv ("import", KIND, FILE, options...), what it
 * prints (problems, the dry run's report, the sentence that ends it) into
 * *report (heap text) instead of the terminal; the exit status. */
int import_capture(struct cli *cli, int argc, char **argv, char **report);
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
