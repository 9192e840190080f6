/* Dues (党费) in the database: yearly fixings, payments, remittances, and
 * the members × months view that the report, `zhibu check` and the 党费
 * screen all read.  Payments and remittances are never changed or deleted:
 * a mistake is cancelled by a reversal row. */
#ifndef ZHIBU_DB_DUES_H
#define ZHIBU_DB_DUES_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "core/idnum.h"
#include "core/money.h"
#include "rules/dues.h"

struct db;
struct member;

/* Settings keys (values are whole numbers; defaults in rules/dues.c). */
#define DUES_KEY_WARN_MONTHS "dues.warn_months"   /* 3 */
#define DUES_KEY_FLAG_MONTHS "dues.flag_months"   /* 6 */
#define DUES_KEY_FARMER_FEN  "dues.farmer_fen"    /* 20 = 0.20 a month */
#define DUES_KEY_ROUNDING    "dues.rounding_fen"  /* 1 = to the 分; 10 = 角; 100 = 元 */
#define DUES_KEY_REMIT_DAY   "dues.remit_day"     /* 10: 上缴 by the 10th of the quarter's last month */

void dues_settings_load(struct db *db, struct dues_settings *s);

/* ---- Finding the member a file row or a command means ---- */

enum dues_match { DUES_MATCH_FOUND, DUES_MATCH_NONE, DUES_MATCH_MANY, DUES_MATCH_ERROR };
/* By ID number when one is given, else by 姓名 when exactly one member (of
 * any status) has it. */
enum dues_match dues_member_lookup(struct db *db, const char *id_number, const char *name,
				   struct member *out);

/* ---- Yearly fixings (核定) ---- */

bool dues_fixing_get(struct db *db, long long member_id, int year, struct dues_fixing *out);
/* Insert, or replace the member's fixing for that year; sets f->id.  The
 * caller has run dues_fixing_compute and dues_fixing_problem. */
bool dues_fixing_save(struct db *db, struct dues_fixing *f);
/* Save the edit form of a fixing: loaded as the form loaded it (id 0: there
 * was none), edited as the user left it.  As member_save_edit: refused,
 * with why naming what changed, when another writer changed or added the
 * fixing meanwhile; else only the changed fields are written. */
bool dues_fixing_save_edit(struct db *db, const struct dues_fixing *loaded, struct dues_fixing *edited,
			   char *why, size_t why_size);
typedef void dues_fixing_fn(void *ctx, const struct dues_fixing *f, const char *name);
/* Every fixing of a year, in roster order, with the member's name. */
bool dues_fixing_each(struct db *db, int year, dues_fixing_fn *fn, void *ctx);

struct dues_fix_result {
	int created;     /* new fixings */
	int copied;      /* of them, with an earlier year's base */
	int need_base;   /* 在职/离退休/其他 without a base to copy: left unfixed */
	int kept;        /* members who already had one */
};
/* "Fix next year": give every member who belongs to the branch during
 * `year` and has no fixing for it one from the rules, with the category of
 * the roster and the base of their latest earlier fixing, marked for review
 * (reviewed = false).  Members whose category needs a base and who have
 * none to copy stay unfixed (dues_fixing_save with the base they give).
 * Existing fixings are kept. */
bool dues_fix_year(struct db *db, int year, const char *fixed_on, struct dues_fix_result *out);

/* Withdraw the fixings of `year` made by mistake (of one member when
 * member_id > 0, else of every member), dated `on`, with a reason: each is
 * kept whole in dues_fixings_withdrawn and the change log.  Refused while a
 * payment of the year, not reversed, depends on one of them (all or
 * nothing): false with why (translated) set; on a database error why is ""
 * and db_error says what.  *count: how many were withdrawn. */
bool dues_fixing_withdraw(struct db *db, int year, long long member_id, const char *on, const char *reason,
			  int *count, char *why, size_t why_size);
/* The state of a year's fixings: members who belong to the branch during
 * the year, those of them without a fixing, and fixings awaiting review;
 * uses_dues is false while the branch has no fixing at all. */
struct dues_year_status {
	long long members, unfixed, drafts;
	bool uses_dues;
};
bool dues_year_status(struct db *db, int year, struct dues_year_status *out);

/* ---- Payments ---- */

struct dues_payment {
	long long id;           /* 0 until stored */
	long long member_id;
	int month;              /* 所属月份, month_index() */
	fen_t amount;           /* negative for a reversal */
	char paid_on[DATE_ISO_SIZE];
	char collector[96];     /* 经手人 */
	char note[256];
	bool voluntary;         /* 自愿多交 */
	long long reverses;     /* the payment a reversal cancels, else 0 */
	long long reversed_by;  /* read back: the reversal that cancels this one, else 0 */
};

/* Insert one payment; sets p->id. */
bool dues_payment_insert(struct db *db, struct dues_payment *p);
bool dues_payment_get(struct db *db, long long id, struct dues_payment *out);
/* True when an identical payment (member, month, amount, date, voluntary)
 * is already recorded and not reversed: importing a file twice. */
bool dues_payment_exists(struct db *db, const struct dues_payment *p);
/* Cancel payment id by a reversal dated `on`; *new_id is the reversal's id.
 * Refused (false, db_error says why) for a reversal or a payment already
 * reversed. */
bool dues_payment_reverse(struct db *db, long long id, const char *on, const char *note,
			  long long *new_id);
/* Correct the collector and note (the money columns never change). */
bool dues_payment_annotate(struct db *db, long long id, const char *collector, const char *note);
typedef void dues_payment_fn(void *ctx, const struct dues_payment *p);
/* A member's payments, month by month, reversals beside what they cancel. */
bool dues_payment_each(struct db *db, long long member_id, dues_payment_fn *fn, void *ctx);

/* What the member owes for a month: the fixed amount when a member that
 * month and fixed for its year; DUES_NOT_OWED otherwise.  (A member who
 * left without a recorded date counts as a member after joining: payments
 * for the months before leaving can still be recorded.)  *paid (may be
 * NULL) is what regular payments already recorded for it add up to. */
bool dues_month_owed(struct db *db, long long member_id, int month, fen_t *owed, fen_t *paid);

/* The one check of a payment before it is written, for the import, `dues
 * pay` and the screen.  Months first..last (1 to 120) of the member: each a
 * month the member belonged to the branch; paid_on no more than a year
 * before the first month; unless voluntary (one month, an amount), no month
 * already paid in full and no more than what is still owed.  total < 0:
 * what the months still owe; several months: total must be their sum.
 * Fills amounts[i] with what to record for month first+i (0: nothing, a
 * 免交 month).  Refused: false with why (translated) and *field the part at
 * fault; a database error: false with why "" (db_error says what). */
enum dues_check_field { DUES_CHECK_MONTH, DUES_CHECK_DATE, DUES_CHECK_AMOUNT };
bool dues_payment_check(struct db *db, long long member_id, int first, int last, fen_t total,
			bool voluntary, const char *paid_on, fen_t *amounts, enum dues_check_field *field,
			char *why, size_t why_size);

/* Pay months first..last at the fixed amounts (one row each) for one
 * member; *rows says how many were written (a fixed 0 writes none).
 * total < 0: what the months still owe; else as dues_payment_check allows,
 * which it runs under the same write lock.  When refused, returns false with why (translated) set;
 * on a database error why is "" and db_error says what. */
bool dues_pay_months(struct db *db, long long member_id, int first, int last, fen_t total,
		     const char *paid_on, const char *collector, const char *note,
		     int *rows, char *why, size_t why_size);

/* "Mark month M paid at the fixed amount": for every member (or the one
 * given, member_id > 0) who owes the month and has not paid it in full, a
 * payment of what is missing.  *count and *total say what was recorded. */
bool dues_mark_paid(struct db *db, int month, long long member_id, const char *paid_on,
		    const char *collector, const char *note, int *count, fen_t *total);

/* ---- Remittances (上缴) ---- */

struct dues_remittance {
	long long id;
	char remitted_on[DATE_ISO_SIZE];
	char period[16];        /* YYYYQn, YYYY or YYYY-MM */
	fen_t amount;           /* negative for a reversal */
	char receiver[128];     /* the receiving committee */
	char note[256];
	long long reverses;
	long long reversed_by;
};

bool dues_remittance_insert(struct db *db, struct dues_remittance *r);
bool dues_remittance_reverse(struct db *db, long long id, const char *on, const char *note,
			     long long *new_id);
typedef void dues_remittance_fn(void *ctx, const struct dues_remittance *r);
/* Remittances dated from..to (ISO, inclusive; NULL = open), by date. */
bool dues_remittance_each(struct db *db, const char *from, const char *to,
			  dues_remittance_fn *fn, void *ctx);
/* The net amount remitted for periods that overlap months first..last. */
bool dues_remitted_for(struct db *db, int first, int last, fen_t *out);

/* What is left to remit for a period (YYYYQn, YYYY or YYYY-MM): the
 * payments for its months less what was remitted for it; 0 when nothing is
 * left or the period is not one.  The remittance form suggests it. */
bool dues_to_remit(struct db *db, const char *period, fen_t *out);
/* Record a remittance (dues_remittance_insert) in one transaction with the
 * check that it is not more than the branch holds (*held: all payments less
 * all remittances): when it is, and !force, nothing is written and false is
 * returned with *over set. */
bool dues_remittance_add(struct db *db, struct dues_remittance *r, bool force, fen_t *held, bool *over);
/* Whether any payment is recorded for months first..last. */
bool dues_paid_any(struct db *db, int first, int last, bool *out);

/* Money collected (all payments, voluntary too, net of reversals) dated
 * from..to (ISO, inclusive; NULL = open), and remitted in the same dates. */
bool dues_cash(struct db *db, const char *from, const char *to, fen_t *collected, fen_t *remitted);

/* ---- The members × months view ---- */

#define DUES_PERIOD_MAX 12

/* Which members and months: a quarter is 3 months, a year 12.  Members are
 * those who belong to the branch in some month of the period (and those
 * who left without a recorded date but paid for it), in roster order. */
struct dues_query {
	int first;             /* month index of the first month */
	int months;            /* 1 .. DUES_PERIOD_MAX */
	struct date as_of;     /* payments dated later do not count */
	const char *group;     /* party group name; NULL or "" = all */
	const char *search;    /* name part, pinyin (full or initials) or ID digits; NULL or "" = all */
	bool arrears_only;     /* only members with a month before the as-of month
	                        * not paid in full (the as-of month alone is not
	                        * over yet, though it counts in arrears_months) */
	int history_from;      /* 0: read each member's whole history; else a month
	                        * index (at most first): earlier months are not
	                        * read, and the standing covers only the months
	                        * from there (quicker: zhibu check looks at the
	                        * last year); with by_id and a window of at most
	                        * two years, the row's fixing (fixed, fix) is not
	                        * read either */
	bool by_id;            /* members in id order, not roster order: the whole
	                        * branch read in a few passes (for checks and lists
	                        * that sort on their own) */
	long long offset;      /* a page: skip this many members */
	long long limit;       /* at most this many; < 0 = all */
};

enum dues_cell_state {
	DUES_CELL_NOT_OWED,    /* not a member that month, or nothing fixed for the year */
	DUES_CELL_UNPAID,      /* owed, nothing paid */
	DUES_CELL_PARTLY,      /* owed, paid in part */
	DUES_CELL_PAID,        /* paid in full (a fixed amount of 0 counts as paid) */
	DUES_CELL_NOT_DUE,     /* owed for a month after the as-of month, not paid
	                        * in full: not due yet (未到期) */
};

struct dues_cell {
	enum dues_cell_state state;
	fen_t owed;            /* 0 when not owed */
	fen_t paid;            /* regular payments for the month */
	fen_t voluntary;       /* 自愿多交 for the month */
	bool later;            /* a month after the as-of month: its amount is
	                        * not yet due, and stays out of 应交, 欠交 and the
	                        * collection rate (payments ahead count as paid) */
};

struct dues_row {
	long long member_id;
	char name[96];
	char id_number[IDNUM_SIZE];
	char kind[8];
	char status[16];
	char status_date[DATE_ISO_SIZE];
	char join_date[DATE_ISO_SIZE];
	char group[96];
	int group_sort;        /* the group's place in the roster order */
	char category[16];     /* the fixing's, else the roster's */
	bool fixed;            /* a fixing exists for the period's (first) year */
	struct dues_fixing fix;
	int first, last;       /* the member's months (DUES_NO_END while current) */
	bool left_undated;     /* left the branch, date not recorded */
	int months;
	struct dues_cell cell[DUES_PERIOD_MAX];
	fen_t owed, paid, voluntary, shortfall; /* 应交, 实交, 自愿多交, 欠交 of the period
	                                         * (应交 and 欠交 up to the as-of month) */
	fen_t not_due;                          /* 未到期: owed for the period's months after
	                                         * the as-of month */
	struct dues_standing standing;          /* at as_of */
	enum dues_flag flag;
};

/* Walk the rows of a query.  The iterator owns its statements. */
struct dues_iter;
struct dues_iter *dues_iter_new(struct db *db, const struct dues_query *q);
bool dues_iter_next(struct dues_iter *it, struct dues_row *out);
/* After dues_iter_next returned false: true when it stopped on an error. */
bool dues_iter_failed(const struct dues_iter *it);
void dues_iter_free(struct dues_iter *it);
/* How many members the query lists (without offset/limit); -1 on error. */
long long dues_count(struct db *db, const struct dues_query *q);

/* One page of the year grid, straight into an array: rows[0..*n). */
bool dues_page(struct db *db, const struct dues_query *q, struct dues_row *rows, int max, int *n);

/* Per-month totals of the members a query selects (offset, limit and
 * arrears_only ignored): what the grid's totals row and collection rates
 * show.  collected counts each member's month up to what was owed, so that
 * paying ahead or extra does not lift the rate above 100%.  Months after the
 * as-of month are not due: owed and collected are 0 there, and what will be
 * owed is in not_due. */
struct dues_totals {
	int months;
	long long members;
	fen_t owed[DUES_PERIOD_MAX], paid[DUES_PERIOD_MAX], voluntary[DUES_PERIOD_MAX];
	fen_t collected[DUES_PERIOD_MAX], not_due[DUES_PERIOD_MAX];
	fen_t owed_sum, paid_sum, voluntary_sum, collected_sum, not_due_sum;
};
bool dues_totals(struct db *db, const struct dues_query *q, struct dues_totals *out);
/* What a cell adds to the collected amount of a rate: the regular payment
 * up to what was owed, for a month that is due (0 for a later month). */
fen_t dues_cell_collected(const struct dues_cell *c);
/* collected / owed in tenths of a percent (875 = 87.5%); -1 when nothing is owed. */
int dues_rate_permille(fen_t collected, fen_t owed);

#endif
