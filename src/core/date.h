/* Calendar dates, months and quarters.  Inside zhibu a date is ISO
 * YYYY-MM-DD, a month YYYY-MM and a quarter YYYYQn. */
#ifndef ZHIBU_DATE_H
#define ZHIBU_DATE_H
#include <stdbool.h>

struct date {
	int y, m, d;
};

#define DATE_ISO_SIZE 11 /* "YYYY-MM-DD" and NUL */

bool date_is_leap(int y);
int date_days_in_month(int y, int m);
bool date_valid(struct date d);

/* Parse the forms people type: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日,
 * 20260301.  On failure *why is a translated sentence saying what is wrong. */
bool date_parse(const char *s, struct date *out, const char **why);
/* Parse only strict ISO YYYY-MM-DD (values read back from the database). */
bool date_parse_iso(const char *s, struct date *out);
void date_format(struct date d, char out[DATE_ISO_SIZE]);

/* Days since 1970-01-01 (proleptic Gregorian), and back. */
long date_to_days(struct date d);
struct date date_from_days(long days);
struct date date_add_days(struct date d, long n);
/* Add months, clamping the day to the end of the target month. */
struct date date_add_months(struct date d, int n);
int date_cmp(struct date a, struct date b);
/* 0 = Monday .. 6 = Sunday */
int date_weekday(struct date d);
/* Whole years from birth to on (age on a date). */
int date_years_between(struct date from, struct date on);

/* Months: YYYY-MM.  A month index is y*12 + (m-1). */
bool month_parse(const char *s, int *y, int *m, const char **why);
int month_index(int y, int m);
void month_format(int index, char out[8]);
/* Quarters: YYYYQn (also accepts lower-case q). */
bool quarter_parse(const char *s, int *y, int *q, const char **why);
int quarter_of_month(int m);

/* Today: ZHIBU_TODAY=YYYY-MM-DD when set (for reproducible tests and
 * reports), else the local date.  Returns false (and today's real date)
 * when ZHIBU_TODAY is set but not a valid date. */
bool date_today_checked(struct date *out);
struct date date_today(void);
/* Now as "YYYY-MM-DD HH:MM:SS" (local time); with ZHIBU_TODAY pinned, that
 * day at 00:00:00, so that what records the time (the change log, a
 * package's manifest) does not depend on the clock in tests. */
#define DATE_TIME_SIZE 20
void date_now_text(char out[DATE_TIME_SIZE]);

#endif
