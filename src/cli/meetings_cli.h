/* The meeting commands that live in the shared dispatch tables. */
#ifndef ZHIBU_MEETINGS_CLI_H
#define ZHIBU_MEETINGS_CLI_H
struct cli;
/* zhibu import meetings FILE [--encoding E] [--dry-run] */
int import_meetings(struct cli *cli, int argc, char **argv);
/* zhibu report meetings [--year YYYY] [--format ...] [-o FILE] */
int report_meetings(struct cli *cli, int argc, char **argv);
/* zhibu export minutes (--id N | --year YYYY) [--kind K] [--format ...] [-o FILE] */
int export_minutes(struct cli *cli, int argc, char **argv);
#endif
