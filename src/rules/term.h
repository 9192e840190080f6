/* 换届 (records.md C11) as pure rules: the length of a committee's term, its
 * end, when the request to the higher committee is due, and the limit on an
 * extension.  Also the archive deadline of a year's documents (C8). */
#ifndef ZHIBU_RULES_TERM_H
#define ZHIBU_RULES_TERM_H
#include <stdbool.h>

#include "core/date.h"

/* The most months a term may be extended in all (基层组织选举工作暂行条例 第三条). */
#define TERM_MAX_EXTENSION_MONTHS 12

/* The default length in years for a branch of kind (setting branch.kind):
 * 5 for a 村 or 社区 branch (支部工作条例), else 3. */
int term_default_years(const char *branch_kind);
/* The end: elected + years + extended months, the day clamped to the
 * month's end (2024-02-29 + 3 years = 2027-02-28). */
struct date term_end(struct date elected, int years, int extended_months);
/* The request to the higher committee is due request_months before the end. */
struct date term_request_due(struct date end, int request_months);
/* Whether adding months to an extension of already months stays within
 * TERM_MAX_EXTENSION_MONTHS (and months is positive). */
bool term_extension_allowed(int already, int months);
/* The documents of year are to be archived by (year+1)-MM-DD (setting
 * archive.by, default 06-30); the default when by is not MM-DD. */
struct date archive_due(int year, const char *by);

#endif
