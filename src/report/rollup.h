/* The committee's reports over many branches (zhibu rollup PATH… REPORT):
 * each input — a package (上报包), a branch's database, or a folder of them —
 * is checked, opened read-only one at a time, reported on with the branch's
 * own report builder, and closed, so that memory stays flat as the number
 * of branches grows and every committee figure is the sum of the branches'
 * own figures.  Inputs that fail a check are named and skipped; the same
 * branch twice keeps the newest copy; a person (ID number) on two branches'
 * rolls as a current member is listed as a conflict. */
#ifndef ZHIBU_REPORT_ROLLUP_H
#define ZHIBU_REPORT_ROLLUP_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct sheet;

enum rollup_report {
	ROLLUP_DUES,        /* report dues --quarter|--year */
	ROLLUP_STATS,       /* report stats [--as-of] */
	ROLLUP_MEETINGS,    /* report meetings --year */
	ROLLUP_PIPELINE,    /* report pipeline [--as-of] */
	ROLLUP_CHECK,       /* check [--as-of] [--within] */
	ROLLUP_COMPLIANCE,  /* report compliance --year */
	ROLLUP_BRANCHES,    /* report branches [--as-of]: the committee's list (zhibu --committee) */
};

struct rollup_request {
	enum rollup_report report;
	int year, quarter;           /* dues: quarter 0 = the whole year */
	struct date as_of;           /* today unless given */
	int within;                  /* check: due within so many days */
	bool details;                /* append each branch's own sheet (XLSX) */
	const char *committee;       /* the committee's name for titles; NULL: the inputs' 上级党委 */
};

/* What became of one input. */
enum rollup_input_state { RI_USED, RI_SKIPPED, RI_OLDER_COPY };

struct rollup_input {
	char *path;
	enum rollup_input_state state;
	char *why;                   /* skipped: the reason; older copy: the newer file */
	char branch[128];
	char higher[128];            /* its 上级党委 */
};

struct rollup_result {
	struct rollup_input *inputs;
	size_t ninputs, cap;
	size_t used;                 /* branches reported */
	size_t skipped;              /* inputs that failed a check (older copies are not counted) */
	size_t conflicts;            /* people on two branches' rolls */
};

/* Build the report over the inputs named by paths (files, or folders whose
 * regular files are read in name order).  Returns the sheets (summary
 * first, then the conflicts and, with details, each branch's own), or NULL
 * with *why set (translated) when no input could be read or a query failed.
 * res says what became of every input either way (free with
 * rollup_result_done). */
struct sheet *rollup_build(const struct rollup_request *r, char **paths, int npaths,
			   struct rollup_result *res, char **why);
void rollup_result_done(struct rollup_result *res);

#endif
