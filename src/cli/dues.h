/* The dues (党费) commands: importers, reports and `zhibu dues`. */
#ifndef ZHIBU_CLI_DUES_H
#define ZHIBU_CLI_DUES_H
struct cli;

/* zhibu import dues FILE [--encoding E] [--dry-run] [--update] */
int import_dues(struct cli *cli, int argc, char **argv);
/* zhibu import payments FILE [--encoding E] [--dry-run] */
int import_payments(struct cli *cli, int argc, char **argv);

/* zhibu report dues (--quarter YYYYQn | --year YYYY) [--as-of DATE] [output options] */
int report_dues(struct cli *cli, int argc, char **argv);
/* zhibu report dues-notice (--quarter YYYYQn | --year YYYY) [--as-of DATE] [output options] */
int report_dues_notice(struct cli *cli, int argc, char **argv);
/* zhibu report arrears [--as-of DATE] [output options] */
int report_arrears(struct cli *cli, int argc, char **argv);

#endif
