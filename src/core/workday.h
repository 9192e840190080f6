/* Working days: Monday to Friday, less the public holidays, plus the
 * weekend days that are worked in their place (调休).  The two lists are a
 * setting of the branch (domain.md §4: 公示 lasts N working days). */
#ifndef ZHIBU_WORKDAY_H
#define ZHIBU_WORKDAY_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct workdays {
	long *off;          /* holidays, as date_to_days(), sorted */
	size_t noff, cap_off;
	long *on;           /* weekend days that are working days, sorted */
	size_t non, cap_on;
};

void workdays_init(struct workdays *w);
void workdays_done(struct workdays *w);
/* Add a holiday (working = false) or a worked weekend day (working = true).
 * Days may come in any order; a day added twice counts once. */
void workdays_add(struct workdays *w, struct date d, bool working);

bool workday_is(const struct workdays *w, struct date d);
/* The n-th working day counting from `from` (itself included when it is a
 * working day); n >= 1.  A notice posted on Monday for 5 working days ends
 * on Friday of the same week when that week has no holiday. */
struct date workday_nth(const struct workdays *w, struct date from, int n);
/* Working days from `from` to `to`, both included; 0 when to < from. */
int workday_count(const struct workdays *w, struct date from, struct date to);

#endif
