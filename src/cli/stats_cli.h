/* The statistics commands that live in the shared dispatch tables. */
#ifndef ZHIBU_STATS_CLI_H
#define ZHIBU_STATS_CLI_H
struct cli;
/* zhibu report stats [--as-of DATE] [--format txt|csv|xlsx] [--encoding E] [-o FILE] */
int report_stats(struct cli *cli, int argc, char **argv);
#endif
