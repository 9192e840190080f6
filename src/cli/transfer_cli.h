/* 组织关系转接 in the shared dispatch tables (main.c, cmd_import.c,
 * cmd_report.c). */
#ifndef ZHIBU_TRANSFER_CLI_H
#define ZHIBU_TRANSFER_CLI_H
struct cli;
int cmd_transfer(struct cli *cli, int argc, char **argv);
int import_transfers(struct cli *cli, int argc, char **argv);
/* zhibu report transfers --year YYYY [--as-of DATE] */
int report_transfers(struct cli *cli, int argc, char **argv);
#endif
