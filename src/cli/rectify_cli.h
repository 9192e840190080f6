/* The commands of the 整改台账, the plan and the 民主测评. */
#ifndef ZHIBU_RECTIFY_CLI_H
#define ZHIBU_RECTIFY_CLI_H
#include <stdbool.h>

struct cli;
struct db;
struct rectify_batch;

/* Add a batch, its report due from the setting rectify.report_months.SOURCE
 * when not given (false: db_error says why). */
bool rectify_batch_create(struct db *db, struct rectify_batch *b, long long *id);
/* A batch with one item per line (measures, owners left to fill in; the
 * deadline three months after the feedback [default, invented]). */
bool rectify_batch_from_lines(struct db *db, struct rectify_batch *b, const char *const *lines, int n,
			      long long *id);

struct plan_item;
/* Check and set a plan item's 类别, 完成时限, 指标 and 目标 (task and owner set
 * already): NULL, or the problem (translated) with *col = 0 类别, 1 工作任务,
 * 2 责任人, 3 完成时限, 4 指标, 5 目标. */
const char *plan_item_check(struct plan_item *it, const char *area, const char *due, const char *indicator,
			    const char *target, int *col);

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
/* zhibu meeting tag 会议#ID TAG: 党建工作专题 and the other meeting tags. */
int meeting_tag_cmd(struct cli *cli, int argc, char **argv);

#endif
