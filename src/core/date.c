#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"

bool date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

bool date_valid(struct date d)
{
	return d.y >= 1800 && d.y <= 2999 && d.m >= 1 && d.m <= 12 &&
	       d.d >= 1 && d.d <= date_days_in_month(d.y, d.m);
}

/* Read 1..maxdigits decimal digits; returns the count read. */
static int read_num(const char **p, int maxdigits, int *value)
{
	int n = 0, v = 0;
	while (n < maxdigits && isdigit((unsigned char)**p)) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	*value = v;
	return n;
}

/* Skip one separator: - / . or the Chinese 年 / 月. */
static bool skip_sep(const char **p, const char *cjk)
{
	if (**p == '-' || **p == '/' || **p == '.') {
		(*p)++;
		return true;
	}
	size_t n = strlen(cjk);
	if (n && strncmp(*p, cjk, n) == 0) {
		*p += n;
		return true;
	}
	return false;
}

bool date_parse(const char *s, struct date *out, const char **why)
{
	const char *p = s;
	struct date d = { 0, 0, 0 };
	while (*p == ' ')
		p++;
	size_t digits = strspn(p, "0123456789");
	if (digits == 8 && (p[8] == '\0' || p[8] == ' ')) {
		d.y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
		d.m = (p[4] - '0') * 10 + (p[5] - '0');
		d.d = (p[6] - '0') * 10 + (p[7] - '0');
		p += 8;
	} else {
		if (read_num(&p, 4, &d.y) != 4 || !skip_sep(&p, "年") ||
		    read_num(&p, 2, &d.m) == 0 || !skip_sep(&p, "月") ||
		    read_num(&p, 2, &d.d) == 0)
			goto bad_form;
		if (strncmp(p, "日", strlen("日")) == 0)
			p += strlen("日");
	}
	while (*p == ' ')
		p++;
	if (*p != '\0')
		goto bad_form;
	if (!date_valid(d)) {
		if (why)
			*why = _("no such date");
		return false;
	}
	*out = d;
	return true;
bad_form:
	if (why)
		*why = _("not a date (use YYYY-MM-DD)");
	return false;
}

bool date_parse_iso(const char *s, struct date *out)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return false;
	struct date d = { atoi(s), atoi(s + 5), atoi(s + 8) };
	if (!date_valid(d))
		return false;
	*out = d;
	return true;
}

void date_format(struct date d, char out[DATE_ISO_SIZE])
{
	/* By hand, not snprintf: an import formats every date of every row. */
	unsigned y = (unsigned)d.y % 10000, m = (unsigned)d.m % 100, day = (unsigned)d.d % 100;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + day / 10);
	out[9] = (char)('0' + day % 10);
	out[10] = '\0';
}

/* Howard Hinnant's days_from_civil. */
long date_to_days(struct date d)
{
	int y = d.m <= 2 ? d.y - 1 : d.y;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (unsigned)((153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1);
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

struct date date_from_days(long z)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	unsigned dd = doy - (153 * mp + 2) / 5 + 1;
	unsigned mm = mp < 10 ? mp + 3 : mp - 9;
	struct date r = { (int)(y + (mm <= 2)), (int)mm, (int)dd };
	return r;
}

struct date date_add_days(struct date d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

struct date date_add_months(struct date d, int n)
{
	int idx = d.y * 12 + (d.m - 1) + n;
	struct date r = { idx / 12, idx % 12 + 1, d.d };
	int dim = date_days_in_month(r.y, r.m);
	if (r.d > dim)
		r.d = dim;
	return r;
}

int date_cmp(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

int date_weekday(struct date d)
{
	long days = date_to_days(d); /* 1970-01-01 was a Thursday (3) */
	long w = (days + 3) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

int date_years_between(struct date from, struct date on)
{
	int years = on.y - from.y;
	if (on.m < from.m || (on.m == from.m && on.d < from.d))
		years--;
	return years;
}

bool month_parse(const char *s, int *y, int *m, const char **why)
{
	const char *p = s;
	int yy, mm;
	if (read_num(&p, 4, &yy) != 4 || !skip_sep(&p, "年") || read_num(&p, 2, &mm) == 0)
		goto bad;
	if (strncmp(p, "月", strlen("月")) == 0)
		p += strlen("月");
	if (*p != '\0' || mm < 1 || mm > 12 || yy < 1800 || yy > 2999)
		goto bad;
	*y = yy;
	*m = mm;
	return true;
bad:
	if (why)
		*why = _("not a month (use YYYY-MM)");
	return false;
}

int month_index(int y, int m)
{
	return y * 12 + (m - 1);
}

void month_format(int index, char out[8])
{
	unsigned y = (unsigned)(index / 12) % 10000, m = (unsigned)(index % 12) + 1;
	snprintf(out, 8, "%04u-%02u", y % 10000, m % 100);
}

bool quarter_parse(const char *s, int *y, int *q, const char **why)
{
	const char *p = s;
	int yy;
	if (read_num(&p, 4, &yy) != 4 || (*p != 'Q' && *p != 'q') ||
	    p[1] < '1' || p[1] > '4' || p[2] != '\0' || yy < 1800 || yy > 2999) {
		if (why)
			*why = _("not a quarter (use YYYYQn, e.g. 2026Q1)");
		return false;
	}
	*y = yy;
	*q = p[1] - '0';
	return true;
}

int quarter_of_month(int m)
{
	return (m - 1) / 3 + 1;
}

bool date_today_checked(struct date *out)
{
	const char *pinned = getenv("ZHIBU_TODAY");
	if (pinned && *pinned && date_parse_iso(pinned, out))
		return true;
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	struct date d = { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
	*out = d;
	return !(pinned && *pinned);
}

struct date date_today(void)
{
	struct date d;
	date_today_checked(&d);
	return d;
}

void date_now_text(char out[DATE_TIME_SIZE])
{
	const char *pinned = getenv("ZHIBU_TODAY");
	struct date d;
	if (pinned && date_parse_iso(pinned, &d)) {
		date_format(d, out); /* every change logged asks: no snprintf */
		memcpy(out + DATE_ISO_SIZE - 1, " 00:00:00", sizeof " 00:00:00");
		return;
	}
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	strftime(out, DATE_TIME_SIZE, "%Y-%m-%d %H:%M:%S", &tm);
}
