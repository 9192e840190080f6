/* Party dues (党费), domain.md §2: the monthly amount from a member's
 * category and base, which months a member owes, and a member's standing
 * (交至年月, arrears).  Pure functions: no database, no output. */
#ifndef ZHIBU_RULES_DUES_H
#define ZHIBU_RULES_DUES_H
#include <stdbool.h>

#include "core/money.h"

/* Values that differ between units ([practice]); the settings table
 * overrides them (keys in db/dues.h). */
struct dues_settings {
	int warn_months;      /* arrears warning: 3 */
	int flag_months;      /* 6 consecutive months unpaid: 自行脱党 to be handled */
	fen_t farmer_amount;  /* 农民: 0.20 .. 1.00 a month, default 0.20 */
	int rounding;         /* round half up to this many 分: 1 (分), 10 (角) or 100 (元) */
	int remit_day;        /* 上缴 due by this day of the quarter's last month: 10 */
};

#define DUES_FIXED_AMOUNT 20     /* 0.20: students, unemployed, relief, 低保 */
#define DUES_FARMER_MIN 20
#define DUES_FARMER_MAX 100

void dues_settings_init(struct dues_settings *s);
/* Replace out-of-range values by the defaults. */
void dues_settings_check(struct dues_settings *s);

/* How a category's amount is worked out. */
enum dues_scheme {
	DUES_SALARY,   /* 在职, 其他: in-service rates on the whole base */
	DUES_PENSION,  /* 离退休: retirees' rates on the basic pension */
	DUES_FIXED,    /* 学生, 失业, 困难: 0.20 */
	DUES_FARMER,   /* 农民: the farmer amount setting */
};

/* The scheme of a 人员类别; false for an unknown category. */
bool dues_scheme_for(const char *category, enum dues_scheme *out);
/* True when the scheme takes a base and a rate. */
bool dues_scheme_uses_base(enum dues_scheme s);

/* The rate for a base (分), in units of 0.01% (1.5% is 150); 0 for the
 * fixed schemes.  Bracket upper bounds are inclusive: in service 3000.00 is
 * 0.5%, 3000.01 is 1%. */
int dues_rate_for(enum dues_scheme s, fen_t base);

/* base × rate, rounded half up to the rounding unit (1, 10 or 100 分). */
fen_t dues_round(fen_t base, int rate, int rounding);

struct dues_amount {
	enum dues_scheme scheme;
	int rate;         /* 0.01% units; 0 for a fixed amount */
	fen_t amount;     /* the monthly amount the rules give */
};

/* The monthly amount for a category and base.  False for an unknown
 * category. */
bool dues_compute(const struct dues_settings *s, const char *category, fen_t base,
		  struct dues_amount *out);

/* "0.5%", "1.5%", "2%"; "" for 0. */
#define DUES_RATE_SIZE 16
void dues_rate_format(int rate, char out[DUES_RATE_SIZE]);

/* The yearly fixing (核定) of one member's monthly amount. */
struct dues_fixing {
	long long id;           /* 0 until stored */
	long long member_id;
	int year;
	char category[16];      /* 人员类别 for that year */
	fen_t base;             /* 计算基数 (分); 0 for the fixed schemes */
	int rate;               /* 0.01% units; 0 for a fixed amount */
	fen_t computed;         /* what the rules give */
	fen_t amount;           /* 月应交: computed unless overridden */
	char reason[256];       /* why the amount differs from the rules */
	char approval[256];     /* who approved it, and when (审批) */
	bool reviewed;          /* false: copied from the year before, to check */
	char note[256];
	char fixed_on[11];
};

/* Work out rate and computed from category and base; amount becomes the
 * computed one unless keep_amount.  False for an unknown category. */
bool dues_fixing_compute(const struct dues_settings *s, struct dues_fixing *f, bool keep_amount);
/* Why the fixing cannot be stored (translated), or NULL: an amount that
 * differs from the computed one needs a reason and an approval. */
const char *dues_fixing_problem(const struct dues_fixing *f);

/* The months a member owes by membership: from the month of 入党日期
 * (probationary members too) to the month they left (转出, 去世, 出党, by
 * status_date), inclusive.  Month indexes as month_index(); *last is
 * DUES_NO_END while the member has not left.  False when join_date is not
 * a date. */
#define DUES_NO_END 0x7fffffff
bool dues_member_months(const char *join_date, const char *status, const char *status_date,
			int *first, int *last);

/* A member's months from `first`, n of them: what each owes (DUES_NOT_OWED
 * when not a member then or no amount was fixed for the year) and what
 * was paid for it (regular payments, not voluntary extra, dated on or
 * before the as-of date). */
#define DUES_NOT_OWED (-1)
struct dues_history {
	int first;           /* month index of owed[0] */
	int n;
	const fen_t *owed;
	const fen_t *paid;
	int as_of;           /* month index of the as-of date */
	int last;            /* the member's last month (DUES_NO_END when current) */
};

struct dues_standing {
	int paid_to;         /* 交至年月: month index, or -1 when the first owed month is not paid in full */
	int arrears_months;  /* owed months up to the as-of month not paid in full */
	int arrears_run;     /* the longest run of consecutive such months */
	int arrears_since;   /* the first of them (month index), -1 when none */
	fen_t arrears_amount;/* what is missing for them */
};

/* 交至年月 = the last month M such that every owed month up to M is paid
 * in full (advance payments count; beyond the as-of month a month without a
 * fixing counts as paid when anything was paid for it).  Arrears = owed
 * months up to the as-of month not paid in full. */
void dues_standing_compute(const struct dues_history *h, struct dues_standing *out);

/* A month or a range of months as people write it: 2026-03, 2026年3月,
 * 2026-01..2026-03, 2026-01~2026-03, 2026-01至2026-03.  On failure *why
 * is a translated sentence. */
bool dues_parse_months(const char *s, int *first, int *last, const char **why);

enum dues_flag { DUES_FLAG_NONE, DUES_FLAG_WARN, DUES_FLAG_LAPSE };
/* WARN at warn_months of arrears, LAPSE at flag_months consecutive. */
enum dues_flag dues_flag_for(const struct dues_settings *s, const struct dues_standing *st);

#endif
