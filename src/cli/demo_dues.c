/* Demo dues: a yearly fixing and monthly payments for every demo member
 * from the month they joined (at most ten years back), with the gaps a real
 * branch has: most pay monthly, some by the quarter or the year in advance,
 * a few late with 补交, a few in arrears; a remittance (上缴) each quarter.
 * 20,000 members make about 2.4 million payment rows: one prepared
 * statement (db_stmt's cache) inside the demo's one transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/member.h"
#include "io/progress.h"

#define DEMO_DUES_MONTHS 120

static const char *const collectors[] = { "李文静", "王建国", "陈思雨", "赵海峰", NULL };

struct demo_member {
	long long id;
	char category[16];
	int first, last;   /* months owed (last: today's month or the month they left) */
};

/* Members in id order, so that their payments go into the index in order. */
static struct demo_member *list_members(struct demo *d, size_t *n)
{
	struct member_filter all = { .include_left = true };
	struct member_iter *it = member_iter_new(d->db, &all, MSORT_ROSTER, false, 0, -1);
	if (!it)
		return NULL;
	size_t cap = (size_t)d->members + 16;
	struct demo_member *list = calloc(cap, sizeof *list);
	struct member m;
	if (!list)
		abort();
	*n = 0;
	while (*n < cap && member_iter_next(it, &m)) {
		struct demo_member *dm = &list[(*n)++];
		dm->id = m.id;
		text_copy(dm->category, sizeof dm->category, m.category);
		if (!dues_member_months(m.join_date, m.status, m.status_date, &dm->first, &dm->last))
			(*n)--;
	}
	member_iter_free(it);
	for (size_t i = 1; i < *n; i++) { /* insertion sort by id: nearly sorted already */
		struct demo_member t = list[i];
		size_t j = i;
		while (j > 0 && list[j - 1].id > t.id) {
			list[j] = list[j - 1];
			j--;
		}
		list[j] = t;
	}
	return list;
}

/* This year's base: a salary or a pension in whole tens of yuan. */
static fen_t demo_base(struct demo *d, const char *category)
{
	if (!strcmp(category, "在职") || !strcmp(category, "其他"))
		return (fen_t)rng_range(&d->rng, 250, 1500) * 1000;
	if (!strcmp(category, "离退休"))
		return (fen_t)rng_range(&d->rng, 250, 900) * 1000;
	return 0;
}

enum habit { MONTHLY, QUARTERLY, YEARLY, LATE };

struct payer {
	struct demo *d;
	const struct demo_member *dm;
	const char *collector;
	int today_month;
	int ahead;         /* the last month that can be paid for in advance */
	fen_t owed[DEMO_DUES_MONTHS + 12]; /* from base_month */
	int base_month;
	fen_t *cash;       /* collected per month of paid_on, from base_month */
};

static bool pay(struct payer *p, int month, fen_t amount, struct date on, const char *note, bool voluntary)
{
	struct dues_payment row = { .member_id = p->dm->id, .month = month, .amount = amount,
				    .voluntary = voluntary };
	if (amount <= 0)
		return true;
	date_format(on, row.paid_on);
	text_copy(row.collector, sizeof row.collector, p->collector);
	text_copy(row.note, sizeof row.note, note);
	int k = month_index(on.y, on.m) - p->base_month;
	if (k >= 0 && k < DEMO_DUES_MONTHS + 12)
		p->cash[k] += amount;
	return dues_payment_insert(p->d->db, &row);
}

static struct date day_in(struct demo *d, int month, int lo, int hi)
{
	struct date on = { month / 12, month % 12 + 1, rng_range(&d->rng, lo, hi) };
	return on;
}

static fen_t owed_at(const struct payer *p, int month)
{
	int k = month - p->base_month;
	return k >= 0 && k < DEMO_DUES_MONTHS + 12 ? p->owed[k] : 0;
}

static bool demo_payments(struct payer *p, int first, int last)
{
	struct demo *d = p->d;
	int roll = rng_range(&d->rng, 1, 100);
	enum habit habit = roll <= 62 ? MONTHLY : roll <= 82 ? QUARTERLY : roll <= 90 ? YEARLY : LATE;
	/* About one in twenty-five current members has stopped paying lately. */
	int stop = p->ahead + 1;
	if (p->dm->last == DUES_NO_END && rng_chance(&d->rng, 4))
		stop = last - rng_range(&d->rng, 0, 7);
	struct date today = d->today;
	int missed_from = -1, part_month = -1;
	fen_t part_rest = 0;
	for (int m = first; m <= last && m < stop; m++) {
		fen_t owed = owed_at(p, m);
		bool current = m == p->today_month;
		int qstart = m - m % 3;
		switch (habit) {
		case MONTHLY:
		case LATE: {
			if (habit == LATE && !current && rng_chance(&d->rng, 12)) {
				if (missed_from < 0)
					missed_from = m;
				break;
			}
			struct date on = day_in(d, m, 3, 25);
			if (current && on.d > today.d)
				break;
			/* 补交: the months missed (back to six), and the rest of a
			 * month paid in part. */
			if (missed_from >= 0) {
				int from = m - missed_from > 6 ? m - 6 : missed_from;
				for (int k = from; k < m; k++)
					if (!pay(p, k, owed_at(p, k), on, "补交", false))
						return false;
			}
			if (part_month >= 0 && !pay(p, part_month, part_rest, on, "补交", false))
				return false;
			missed_from = part_month = -1;
			/* Now and then only part of it. */
			fen_t amount = owed;
			if (!current && owed >= 200 && rng_range(&d->rng, 1, 200) == 1) {
				amount = owed / 2;
				part_month = m;
				part_rest = owed - amount;
			}
			if (!pay(p, m, amount, on, amount < owed ? "部分交纳" : "", false))
				return false;
			break;
		}
		case QUARTERLY:
			if (m == qstart || m == first) {
				struct date on = day_in(d, m, 3, 20);
				if (current && on.d > today.d)
					on.d = today.d;
				for (int k = m; k < qstart + 3 && k <= p->ahead && k < stop; k++)
					if (!pay(p, k, owed_at(p, k), on, "按季交纳", false))
						return false;
			}
			break;
		case YEARLY:
			if (m % 12 == 0 || m == first) {
				struct date on = day_in(d, m, 3, 20);
				if (current && on.d > today.d)
					on.d = today.d;
				for (int k = m; k < m - m % 12 + 12 && k <= p->ahead && k < stop; k++)
					if (!pay(p, k, owed_at(p, k), on, "按年预交", false))
						return false;
			}
			break;
		}
	}
	/* A few give more than their dues once. */
	if (rng_chance(&d->rng, 1) && last - first > 12) {
		int m = rng_range(&d->rng, first, last - 1);
		if (!pay(p, m, (fen_t)rng_range(&d->rng, 10, 200) * 1000, day_in(d, m, 1, 28), "自愿多交", true))
			return false;
	}
	return true;
}

/* The fixings of a member, year by year, and what each month owes. */
static bool demo_fixings(struct demo *d, struct payer *p, int first, int last)
{
	struct dues_settings s;
	dues_settings_init(&s);
	fen_t base = demo_base(d, p->dm->category);
	bool relief = rng_chance(&d->rng, 1) && base > 0;
	for (int y = last / 12; y >= first / 12; y--) {
		struct dues_fixing f = { .member_id = p->dm->id, .year = y, .base = base, .reviewed = true };
		text_copy(f.category, sizeof f.category, p->dm->category);
		/* In the first days of January; a new member's when joining. */
		struct date on = { y, 1, 5 };
		if (y == first / 12 && first % 12) {
			on = (struct date){ y, first % 12 + 1, 28 };
			if (date_cmp(on, d->today) > 0)
				on = d->today;
		}
		date_format(on, f.fixed_on);
		if (!dues_fixing_compute(&s, &f, false))
			return false;
		if (relief && y == last / 12) {
			f.amount = f.computed / 2;
			text_copy(f.reason, sizeof f.reason, "家庭困难，经支部委员会研究减半交纳");
			text_copy(f.approval, sizeof f.approval, "上级党委同意");
		}
		if (!dues_fixing_save(d->db, &f))
			return false;
		for (int m = y * 12; m < y * 12 + 12; m++) {
			int k = m - p->base_month;
			if (k >= 0 && k < DEMO_DUES_MONTHS + 12)
				p->owed[k] = f.amount;
		}
		/* Pay rises: last year's base was a little lower. */
		base = base * 97 / 100 / 1000 * 1000;
	}
	return true;
}

static bool demo_remittances(struct demo *d, const fen_t *cash, int base_month)
{
	struct branch b;
	struct dues_settings s;
	dues_settings_init(&s);
	if (!branch_get(d->db, &b) || !*b.higher_committee)
		snprintf(b.higher_committee, sizeof b.higher_committee, "%s", "上级党委");
	int today_month = month_index(d->today.y, d->today.m);
	for (int qlast = base_month + 2 - base_month % 3; qlast <= today_month; qlast += 3) {
		struct date due = { qlast / 12, qlast % 12 + 1, s.remit_day };
		if (date_cmp(due, d->today) > 0)
			break;
		fen_t amount = 0;
		for (int k = qlast - 3 - base_month; k < qlast - base_month; k++)
			if (k >= 0)
				amount += cash[k];
		if (amount <= 0)
			continue;
		struct dues_remittance r = { .amount = amount };
		struct date on = { due.y, due.m, rng_range(&d->rng, 3, s.remit_day) };
		date_format(on, r.remitted_on);
		snprintf(r.period, sizeof r.period, "%04dQ%d", qlast / 12, quarter_of_month(qlast % 12 + 1));
		text_copy(r.receiver, sizeof r.receiver, b.higher_committee);
		if (!dues_remittance_insert(d->db, &r))
			return false;
	}
	return true;
}

bool demo_dues(struct demo *d)
{
	size_t n;
	struct demo_member *list = list_members(d, &n);
	if (!list)
		return false;
	/* Each insert's statement journal stays in memory (db_open sets
	 * temp_store, which cannot change inside the demo's transaction). */
	int today_month = month_index(d->today.y, d->today.m);
	/* Ten years back, from a January: the first fixing covers its year. */
	int base_month = month_index(d->today.y - DEMO_DUES_MONTHS / 12 + 1, 1);
	fen_t *cash = calloc(DEMO_DUES_MONTHS + 12, sizeof *cash);
	struct payer *p = calloc(1, sizeof *p);
	if (!cash || !p)
		abort();
	bool ok = true;
	struct progress pg;
	progress_start(&pg, _("Creating dues and payments"), n);
	for (size_t i = 0; ok && i < n; i++) {
		const struct demo_member *dm = &list[i];
		int first = dm->first > base_month ? dm->first : base_month;
		int last = dm->last < today_month ? dm->last : today_month;
		if (first > last)
			continue;
		memset(p, 0, sizeof *p);
		p->d = d;
		p->dm = dm;
		p->cash = cash;
		p->base_month = base_month;
		p->today_month = today_month;
		p->collector = collectors[i % 4];
		p->ahead = dm->last == DUES_NO_END ? today_month - today_month % 12 + 11 : last;
		ok = demo_fixings(d, p, first, last) && demo_payments(p, first, last);
		progress_update(&pg, i + 1);
	}
	progress_end(&pg);
	ok = ok && demo_remittances(d, cash, base_month);
	free(p);
	free(cash);
	free(list);
	return ok;
}
