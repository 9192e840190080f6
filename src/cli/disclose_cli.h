/* The 公开 and 意见 commands: `zhibu disclose`, `zhibu feedback`, their
 * importers and reports, and the option parsing they share. */
#ifndef ZHIBU_DISCLOSE_CLI_H
#define ZHIBU_DISCLOSE_CLI_H
#include <stdbool.h>

#include "core/date.h"

struct cli;

int cmd_disclose(struct cli *cli, int argc, char **argv);
int cmd_feedback(struct cli *cli, int argc, char **argv);
int import_disclosures(struct cli *cli, int argc, char **argv);
int import_feedback(struct cli *cli, int argc, char **argv);
/* zhibu report disclosures|disclosure-catalog|feedback|disclosure-notice|feedback-notice */
int report_disclosures(struct cli *cli, int argc, char **argv);

/* The options of one action: each --NAME takes a value; the arguments that
 * are not options are the positional ones (at most two). */
struct dopt {
	const char *name;              /* "--date" */
	const char *value;             /* NULL when not given */
};
struct dopts {
	struct dopt *opt;
	int n;
	const char *pos[2];
	int npos;
};
/* Parse argv[1..] into o; returns 0, or EXIT_USAGE after reporting. */
int dopts_parse(const char *cmd, struct dopts *o, int argc, char **argv);
const char *dopts_get(const struct dopts *o, const char *name);
/* The option as a date into out (ISO); "" when not given.  Returns 0, or
 * EXIT_USAGE after reporting a bad date, or a missing one when required. */
int dopts_day(const char *cmd, const struct dopts *o, const char *name, bool required, char out[DATE_ISO_SIZE]);
/* The first positional argument as a record id (公开#12, 意见#7 or 12). */
int dopts_id(const char *cmd, const struct dopts *o, long long *id);
/* A whole number option within [lo, hi]; *out keeps its value when absent. */
int dopts_int(const char *cmd, const struct dopts *o, const char *name, int lo, int hi, int *out);

#endif
