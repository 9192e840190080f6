#include "rules/term.h"

#include <stdio.h>
#include <string.h>

int term_default_years(const char *branch_kind)
{
	return branch_kind && (strstr(branch_kind, "村") || strstr(branch_kind, "社区")) ? 5 : 3;
}

struct date term_end(struct date elected, int years, int extended_months)
{
	return date_add_months(elected, years * 12 + extended_months);
}

struct date term_request_due(struct date end, int request_months)
{
	return date_add_months(end, -request_months);
}

bool term_extension_allowed(int already, int months)
{
	return months > 0 && already >= 0 && already + months <= TERM_MAX_EXTENSION_MONTHS;
}

struct date archive_due(int year, const char *by)
{
	int m = 0, d = 0;
	struct date due = { year + 1, 6, 30 };
	if (by && sscanf(by, "%d-%d", &m, &d) == 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
		due = date_add_months((struct date){ year + 1, m, d }, 0); /* clamps 02-30 */
	}
	return due;
}
