/* 党员教育学时 (records.md C5) as pure rules: a training spread over its
 * days, minutes summed per day and capped, minutes shown as 学时 with one
 * decimal, and the hours a member must reach in a year (pro rata by months
 * on the roster).  Comparisons are always on minutes. */
#ifndef ZHIBU_RULES_HOURS_H
#define ZHIBU_RULES_HOURS_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "rules/meetings.h"

/* The settings, with their defaults (records.md C5.2). */
struct hours_settings {
	bool count_kind[MK_COUNT];  /* training.count_kinds: 党课, 主题党日, 党小组会, 支部党员大会, 组织生活会 */
	int max_minutes_per_day;    /* training.max_minutes_per_day: 480 */
	int minutes_per_hour;       /* training.minutes_per_hour: 60 */
	int required_member;        /* training.required_hours.member: 32 */
	int required_committee;     /* training.required_hours.committee: 56 */
	int required_centralized;   /* training.required_centralized: 1 */
};
void hours_settings_default(struct hours_settings *s);
/* Read a list of meeting kinds (separated by 、 , ，) into count_kind; NULL,
 * or why the list cannot be read (translated). */
const char *hours_count_kinds_parse(struct hours_settings *s, const char *list);

/* The tag that makes a 支委会 count. */
#define HOURS_COMMITTEE_TAG "理论学习"

/* The minutes a training of `minutes` over `days` days gives on its day
 * number i (0 = the first): integer division, the remainder on the first. */
int hours_spread(int minutes, int days, int i);

/* The minutes of one day that count: at most max_per_day (0: no cap). */
long hours_cap_day(long minutes, int max_per_day);

/* Minutes as 学时 with one decimal, half up (away from zero for a negative
 * difference): 400 minutes of 60 = "6.7". */
#define HOURS_TEXT_SIZE 24
void hours_format(long minutes, int minutes_per_hour, char out[HOURS_TEXT_SIZE]);

/* The months of year on the roster of someone who joined on `joined` and
 * left on `left` (NULL: still there): the month of joining and of leaving
 * count.  0 when not on the roster in the year. */
int hours_months_on_roster(int year, const struct date *joined, const struct date *left);
/* The whole hours required for so many months: full × months / 12, rounded
 * up (joined in October: 32 × 3 / 12 = 8). */
int hours_required(int full_hours, int months);

/* The last day a year's records count up to: as_of, at most the year's 12-31. */
struct date hours_last_day(int year, struct date as_of);

/* Hours as typed (8, 1.5, 0.25: at most two decimals, more than 0) into
 * whole minutes, per_hour minutes to the hour.  On failure *why is a
 * translated sentence. */
bool hours_parse(const char *s, int per_hour, int *minutes, const char **why);

#endif
