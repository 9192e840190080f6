/* zhibu: records manager for a Party branch secretary.
 * Chooses the full-screen app or a command. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/disclose_cli.h"
#include "cli/rectify_cli.h"
#include "cli/transfer_cli.h"
#include "cli/hours_cli.h"
#include "cli/org_cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "db/db.h"
#include "io/paths.h"

static const struct command {
	const char *name;
	int (*run)(struct cli *cli, int argc, char **argv);
	const char *synopsis; /* command-line syntax: not translated */
	const char *help;
} commands[] = {
	{ "init", cmd_init, "init [--branch NAME] [--higher NAME] [--contact NAME] [--phone P] [--place P]", N_("create the database and record the branch") },
	{ "demo", cmd_demo, "demo [--members N] [--seed S]", N_("fill a new database with a fictional branch") },
	{ "import", cmd_import, "import members|dues|payments|meetings|candidates|trainings|talks|services|pledges|transfers FILE",
	  N_("move records in from CSV, all or nothing") },
	{ "export", cmd_export, "export roster|minutes|activists|candidates|new-members|package",
	  N_("the roster, minutes and registers as TXT, CSV or XLSX") },
	{ "report", cmd_report, "report dues|dues-notice|arrears|meetings|pipeline|notice|stats|hours|talks|service|transfers|flows|documents",
	  N_("reports for the branch and the higher committee") },
	{ "check", cmd_check, "check [--as-of DATE] [--within DAYS]", N_("what is overdue or due soon") },
	{ "dues", cmd_dues, "dues fix|set|pay|mark-paid|reverse|remit|...", N_("党费: yearly amounts, payments, remittances") },
	{ "meeting", cmd_meeting, "meeting add|attend|vote|role|grade|...",
	  N_("minutes, attendance, votes, the committee, 民主评议") },
	{ "candidate", cmd_candidate, "candidate add|step|approve|assess|...",
	  N_("发展党员: applicants to full members, step by step") },
	{ "disclose", cmd_disclose, "disclose catalog|add|review|approve|publish|archive|show|...",
	  N_("党务公开: the catalogue and each disclosure, step by step") },
	{ "feedback", cmd_feedback, "feedback add|reply|extend|publish|box|...",
	  N_("意见建议: opinions received, their handling and the opinion boxes") },
	{ "rectify", cmd_rectify, "rectify batch|add|progress|close|void|report-sent|show",
	  N_("整改台账: batches, items, progress, 销号") },
	{ "plan", cmd_plan, "plan adopt|add|start|done|cancel|show",
	  N_("the year's 党建工作计划: items, adoption, progress") },
	{ "review", cmd_review, "review add|totals|reported|fed-back|void|to-rectify",
	  N_("民主测评 of the branch committee by the members") },
	{ "training", cmd_training, "training add|void", N_("trainings and the minutes that count for 学时") },
	{ "talk", cmd_talk, "talk add|void", N_("谈心谈话: who talked with whom") },
	{ "member", cmd_member, "member status|contact|search|settings ...",
	  N_("党籍状态 with its date: 流动, 失联, 停止党籍 ...; contacts and searches") },
	{ "pledge", cmd_pledge, "pledge add|evaluate|void", N_("承诺践诺 and their evaluations") },
	{ "post", cmd_post, "post add|void", N_("党员先锋岗, 示范岗 and 责任区") },
	{ "service", cmd_service, "service add|void", N_("volunteer service and who took part") },
	{ "transfer", cmd_transfer, "transfer out|in|report|receipt|letter|list|void",
	  N_("组织关系转接: letters sent and received, their 回执") },
	{ "term", cmd_term, "term add|request|approve|extend|list|settings|void", N_("换届: the committee's terms") },
	{ "document", cmd_document, "document add|archive|void", N_("文书档案: documents and their 件号") },
	{ "submission", cmd_submission, "submission add|sent|list|void", N_("报送: what is sent upward and when") },
	{ "backup", cmd_backup, "backup [FILE]", N_("a consistent copy of the database now") },
	{ "restore", cmd_restore, "restore FILE", N_("check a backup, keep the current file, then replace it") },
	{ "doctor", cmd_doctor, "doctor", N_("check the database file and report") },
	{ "rollup", cmd_rollup, "rollup PATH... report dues|stats|meetings|pipeline|compliance|branches|check",
	  N_("the committee: one report over many branches' packages or databases") },
};

static void usage(FILE *f)
{
	fprintf(f, _("Usage: zhibu [--db PATH] [--read-only] [COMMAND [ARGS]]\n"
		     "       zhibu --committee PATH...\n"
		     "Without a command, opens the full-screen app (--read-only: nothing can be written);\n"
		     "--committee opens the committee's list of the branches in PATH (packages, databases, folders).\n\n"
		     "Commands:\n"));
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %s\n      %s\n", commands[i].synopsis, _(commands[i].help));
	fprintf(f, _("\nEvery command and option is described in 'man zhibu'.\n"));
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
	bool read_only = false;
	int committee_first = 0, committee_count = 0;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		bool missing;
		const char *v = cli_opt_value(argc, argv, &i, "--db", &missing);
		if (v) {
			db_option = v;
		} else if (missing) {
			return cli_usage("--db", _("needs a file name"));
		} else if (!strcmp(argv[i], "--read-only")) {
			read_only = true;
		} else if (!strcmp(argv[i], "--committee")) {
			committee_first = i + 1;
			while (i + 1 < argc && argv[i + 1][0] != '-')
				i++;
			committee_count = i + 1 - committee_first;
			if (!committee_count)
				return cli_usage("--committee", _("name the branches' packages, databases or folders"));
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

	struct cli cli = { .read_only = read_only };
	char *path = paths_database(db_option);
	cli.db_path = path;
	int status;
	if (committee_count && i < argc) {
		status = cli_usage("--committee", _("takes no command"));
	} else if (committee_count) {
		status = committee_run(&cli, argv + committee_first, committee_count);
	} else if (read_only && i < argc) {
		status = cli_usage("--read-only", _("is for the full-screen app: it takes no command"));
	} else if (i >= argc) {
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
			status = cli_finish(&cli, cmd->run(&cli, argc - i, argv + i));
		}
	}
	db_close(cli.db);
	free(path);
	return status;
}
