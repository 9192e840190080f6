/* The member's-year commands in the shared dispatch tables (main.c,
 * cmd_import.c, cmd_report.c): trainings and 学时, talks, pledges and service. */
#ifndef ZHIBU_HOURS_CLI_H
#define ZHIBU_HOURS_CLI_H
struct cli;
int cmd_training(struct cli *cli, int argc, char **argv);
int import_trainings(struct cli *cli, int argc, char **argv);
/* zhibu report hours --year YYYY [--as-of DATE] | --member NAME --year YYYY */
int report_hours(struct cli *cli, int argc, char **argv);
int cmd_talk(struct cli *cli, int argc, char **argv);
int import_talks(struct cli *cli, int argc, char **argv);
int report_talks(struct cli *cli, int argc, char **argv);
int cmd_pledge(struct cli *cli, int argc, char **argv);
int import_pledges(struct cli *cli, int argc, char **argv);
int cmd_post(struct cli *cli, int argc, char **argv);
/* zhibu member status|contact|search (cmd_member.c) */
int cmd_member(struct cli *cli, int argc, char **argv);
int report_flows(struct cli *cli, int argc, char **argv);
int cmd_service(struct cli *cli, int argc, char **argv);
int import_services(struct cli *cli, int argc, char **argv);
/* zhibu report service --year YYYY: service, pledges and posts of the year. */
int report_service(struct cli *cli, int argc, char **argv);
#endif
