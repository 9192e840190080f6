#include "rules/hours.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"

void hours_settings_default(struct hours_settings *s)
{
	memset(s, 0, sizeof *s);
	s->count_kind[MK_LECTURE] = s->count_kind[MK_THEME_DAY] = s->count_kind[MK_GROUP] = true;
	s->count_kind[MK_GENERAL] = s->count_kind[MK_ORG_LIFE] = true;
	s->max_minutes_per_day = 480;
	s->minutes_per_hour = 60;
	s->required_member = 32;
	s->required_committee = 56;
	s->required_centralized = 1;
}

struct kinds_ctx {
	bool kind[MK_COUNT];
	const char *why;
};

static void add_kind(void *ctx, const char *name, const char *reason)
{
	struct kinds_ctx *c = ctx;
	int k = meeting_kind_parse(name);
	if (k < 0 || *reason)
		c->why = _("not a kind of meeting");
	else
		c->kind[k] = true;
}

const char *hours_count_kinds_parse(struct hours_settings *s, const char *list)
{
	struct kinds_ctx c = { { false }, NULL };
	const char *why = name_list_parse(list, add_kind, &c);
	if (why || c.why)
		return why ? why : c.why;
	memcpy(s->count_kind, c.kind, sizeof c.kind);
	return NULL;
}

int hours_spread(int minutes, int days, int i)
{
	if (days < 1)
		days = 1;
	return minutes / days + (i == 0 ? minutes % days : 0);
}

long hours_cap_day(long minutes, int max_per_day)
{
	return max_per_day > 0 && minutes > max_per_day ? max_per_day : minutes;
}

void hours_format(long minutes, int minutes_per_hour, char out[HOURS_TEXT_SIZE])
{
	long per = minutes_per_hour > 0 ? minutes_per_hour : 60;
	long m = labs(minutes);
	long tenths = (m * 20 + per) / (2 * per);
	snprintf(out, HOURS_TEXT_SIZE, "%s%ld.%ld", minutes < 0 && tenths ? "-" : "", tenths / 10, tenths % 10);
}

int hours_months_on_roster(int year, const struct date *joined, const struct date *left)
{
	int first = joined && joined->y == year ? joined->m : 1;
	int last = left && left->y == year ? left->m : 12;
	if ((joined && joined->y > year) || (left && left->y < year) || last < first)
		return 0;
	return last - first + 1;
}

int hours_required(int full_hours, int months)
{
	if (months >= 12)
		return full_hours;
	return (full_hours * months + 11) / 12;
}

struct date hours_last_day(int year, struct date as_of)
{
	struct date last = { year, 12, 31 };
	return date_cmp(as_of, last) < 0 ? as_of : last;
}

bool hours_parse(const char *s, int per_hour, int *minutes, const char **why)
{
	long hundredths = 0;
	int decimals = -1;
	const char *p = s;
	for (; *p; p++) {
		if (*p == '.' && decimals < 0) {
			decimals = 0;
		} else if (*p >= '0' && *p <= '9' && decimals < 2 && hundredths < 1000000) {
			hundredths = hundredths * 10 + (*p - '0');
			if (decimals >= 0)
				decimals++;
		} else {
			*why = _("give hours as a number such as 8 or 1.5");
			return false;
		}
	}
	for (int d = decimals < 0 ? 0 : decimals; d < 2; d++)
		hundredths *= 10;
	if (p == s || hundredths == 0) {
		*why = _("give hours as a number such as 8 or 1.5");
		return false;
	}
	*minutes = (int)((hundredths * per_hour + 50) / 100);
	if (*minutes < 1) {
		*why = _("give hours as a number such as 8 or 1.5");
		return false;
	}
	return true;
}
