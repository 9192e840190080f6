/* What the committee's reports share inside src/report: the state of one
 * rollup (rollup.c drives it; rollup_kinds.c has a begin, branch and finish
 * step for each report). */
#ifndef ZHIBU_REPORT_ROLLUP_PRIVATE_H
#define ZHIBU_REPORT_ROLLUP_PRIVATE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/money.h"
#include "report/rollup.h"
#include "report/todo.h"
#include "rules/meetings.h"
#include "rules/pipeline.h"
#include "rules/stats.h"

struct db;
struct sheet;

struct rollup_ctx {
	const struct rollup_request *r;
	const char *committee;
	struct sheet *summary;
	struct sheet *details;        /* chain of the branches' own sheets */
	size_t branches;
	size_t input;                 /* the input being read */
	const char *made;             /* its package's time, else the file's */
	const char *path;
	/* totals */
	long long members;
	fen_t owed, paid, shortfall, remitted;
	struct stats stats;
	bool stats_started;
	long long kind_totals[MK_COUNT][4];
	long long stage_totals[PS_BOARD_COUNT + 1];
	struct rollup_todo {
		struct todo t;
		size_t branch;         /* its input */
		int branch_overdue;
		size_t seq;            /* the order collected: each branch's most urgent first */
	} *todos;
	size_t ntodos, todos_cap;
};

struct rollup_kind {
	void (*begin)(struct rollup_ctx *c);
	/* Add the branch's rows; only once every query has succeeded. */
	bool (*branch)(struct rollup_ctx *c, struct db *db, const char *branch);
	void (*finish)(struct rollup_ctx *c, const struct rollup_result *res);
};
extern const struct rollup_kind rollup_kinds[];

#endif
