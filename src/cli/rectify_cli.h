/* The commands of the 整改台账, the plan and the 民主测评. */
#ifndef ZHIBU_RECTIFY_CLI_H
#define ZHIBU_RECTIFY_CLI_H

struct cli;
struct db;
struct rectify_batch;

/* Add a batch, its report due from the setting rectify.report_months.SOURCE
 * when not given (false: db_error says why). */
#include <stdbool.h>
bool rectify_batch_create(struct db *db, struct rectify_batch *b, long long *id);

int cmd_rectify(struct cli *cli, int argc, char **argv);
int cmd_plan(struct cli *cli, int argc, char **argv);
int cmd_review(struct cli *cli, int argc, char **argv);
int import_rectify(struct cli *cli, int argc, char **argv);
int import_plan(struct cli *cli, int argc, char **argv);
int import_review_ballots(struct cli *cli, int argc, char **argv);
int report_rectify(struct cli *cli, int argc, char **argv);
int report_rectify_summary(struct cli *cli, int argc, char **argv);
int report_plan(struct cli *cli, int argc, char **argv);
int report_review(struct cli *cli, int argc, char **argv);
int report_review_form(struct cli *cli, int argc, char **argv);
int report_yearbook(struct cli *cli, int argc, char **argv);

#endif
