#include "core/workday.h"

#include <stdlib.h>
#include <string.h>

#include "core/grow.h"

void workdays_init(struct workdays *w)
{
	memset(w, 0, sizeof *w);
}

void workdays_done(struct workdays *w)
{
	free(w->off);
	free(w->on);
	memset(w, 0, sizeof *w);
}

static bool contains(const long *days, size_t n, long day)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (days[mid] == day)
			return true;
		if (days[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Insert keeping the list sorted and without repeats. */
static void insert_sorted(long **days, size_t *n, size_t *cap, long day)
{
	if (contains(*days, *n, day))
		return;
	*days = grow_array(*days, *n, cap, 32, sizeof **days);
	size_t i = *n;
	while (i > 0 && (*days)[i - 1] > day) {
		(*days)[i] = (*days)[i - 1];
		i--;
	}
	(*days)[i] = day;
	(*n)++;
}

void workdays_add(struct workdays *w, struct date d, bool working)
{
	if (working)
		insert_sorted(&w->on, &w->non, &w->cap_on, date_to_days(d));
	else
		insert_sorted(&w->off, &w->noff, &w->cap_off, date_to_days(d));
}

static bool is_working(const struct workdays *w, long day)
{
	if (contains(w->off, w->noff, day))
		return false;
	if (contains(w->on, w->non, day))
		return true;
	return date_weekday(date_from_days(day)) < 5;
}

bool workday_is(const struct workdays *w, struct date d)
{
	return is_working(w, date_to_days(d));
}

struct date workday_nth(const struct workdays *w, struct date from, int n)
{
	long day = date_to_days(from);
	if (n < 1)
		n = 1;
	for (;; day++)
		if (is_working(w, day) && --n == 0)
			return date_from_days(day);
}

int workday_count(const struct workdays *w, struct date from, struct date to)
{
	int count = 0;
	for (long day = date_to_days(from), end = date_to_days(to); day <= end; day++)
		count += is_working(w, day);
	return count;
}
