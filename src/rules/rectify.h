/* 整改台账 (records.md §C3) as pure rules: sources, statuses, deadlines,
 * 销号 and the 完成率. */
#ifndef ZHIBU_RULES_RECTIFY_H
#define ZHIBU_RULES_RECTIFY_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

/* The sources of a batch and the statuses of an item, as stored; NULL-terminated. */
extern const char *const rectify_sources[];
extern const char *const rectify_statuses[];
bool rectify_source_valid(const char *s);
bool rectify_status_valid(const char *s);
/* The months from feedback to the report on it, by default: 2 for 巡视 and
 * 巡察, 0 (no report due) otherwise.  Setting rectify.report_months.SOURCE. */
int rectify_report_months_default(const char *source);
/* Open: neither 已销号 nor 作废. */
bool rectify_item_open(const char *status);
/* Open, with a deadline (not 长期坚持) before as_of. */
bool rectify_item_overdue(const char *status, const char *deadline, bool long_term, struct date as_of);
/* 整改时限: a date, or 长期 / 长期坚持 (then *long_term).  *why on failure. */
bool rectify_deadline_parse(const char *text, char out[DATE_ISO_SIZE], bool *long_term, const char **why);
/* 销号 needs a date, a verifier and evidence: NULL when given, else why (translated). */
const char *rectify_close_problem(const char *closed_on, const char *verifier, const char *evidence);
/* 完成率 = 已销号 / (all − 作废), one decimal: "83.3%". */
void rectify_completion(long long closed, long long all, long long voided, char *out, size_t size);
/* A progress entry may leave the item in these states only (销号 and 作废 have their own commands). */
bool rectify_progress_status_valid(const char *s);
/* The last day of the quarter of d (长期坚持 items need progress each quarter). */
struct date rectify_quarter_end(struct date d);

#endif
