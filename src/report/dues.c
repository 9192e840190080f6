#include "report/dues.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/member.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/roster.h"

void dues_period_months(const struct dues_period *p, int *first, int *months)
{
	if (p->quarter >= 1 && p->quarter <= 4) {
		*first = month_index(p->year, p->quarter * 3 - 2);
		*months = 3;
	} else {
		*first = month_index(p->year, 1);
		*months = 12;
	}
}

static void set_month(struct sheet *s, int col, int month)
{
	char text[8];
	if (month < 0)
		return;
	month_format(month, text);
	sheet_set(s, col, text);
}

/* "2026Q3" or "2026", with the as-of date: the period line of a subtitle. */
static void period_text(const struct dues_period *p, char *out, size_t size)
{
	char code[16], iso[DATE_ISO_SIZE];
	if (p->quarter)
		snprintf(code, sizeof code, "%04dQ%d", p->year, p->quarter);
	else
		snprintf(code, sizeof code, "%04d", p->year);
	date_format(p->as_of, iso);
	snprintf(out, size, _("%s, payments to %s"), code, iso);
}

static void period_title(const struct dues_period *p, const char *quarter_fmt, const char *year_fmt,
			 char *out, size_t size)
{
	if (p->quarter)
		snprintf(out, size, quarter_fmt, p->year, p->quarter);
	else
		snprintf(out, size, year_fmt, p->year);
}

static struct dues_query period_query(const struct dues_period *p)
{
	struct dues_query q = { .as_of = p->as_of, .limit = -1 };
	dues_period_months(p, &q.first, &q.months);
	return q;
}

/* Append one part of a 备注, separated by "；". */
static void note_add(char *note, size_t size, const char *part)
{
	if (!*part)
		return;
	size_t n = strlen(note);
	if (n && n + 1 < size)
		text_copy(note + n, size - n, "；");
	n = strlen(note);
	text_copy(note + n, size - n, part);
}

static void row_note(const struct dues_row *r, const struct dues_query *q,
		     const struct dues_settings *set, char *note, size_t size)
{
	char part[512], money[MONEY_SIZE], month[8];
	int last = q->first + q->months - 1;
	*note = '\0';
	if (!r->fixed) {
		snprintf(part, sizeof part, _("no amount fixed for %d"), q->first / 12);
		note_add(note, size, part);
	} else {
		if (!r->fix.reviewed)
			note_add(note, size, _("copied from last year, to review"));
		if (r->fix.amount != r->fix.computed) {
			money_format(r->fix.computed, money);
			snprintf(part, sizeof part, _("rules give %s: %s (approved: %s)"), money,
				 r->fix.reason, r->fix.approval);
			note_add(note, size, part);
		}
		note_add(note, size, r->fix.note);
	}
	if (r->first >= q->first && r->first <= last) {
		month_format(r->first, month);
		snprintf(part, sizeof part, _("joined %s (%s)"), month, r->kind);
		note_add(note, size, part);
	}
	if (r->left_undated) {
		snprintf(part, sizeof part, _("%s, date not recorded"), r->status);
		note_add(note, size, part);
	} else if (r->last != DUES_NO_END && r->last <= last) {
		month_format(r->last, month);
		snprintf(part, sizeof part, "%s %s", r->status, month);
		note_add(note, size, part);
	}
	if (r->voluntary) {
		money_format(r->voluntary, money);
		snprintf(part, sizeof part, _("voluntary extra %s"), money);
		note_add(note, size, part);
	}
	if (r->standing.arrears_months >= set->warn_months) {
		snprintf(part, sizeof part, _("%d months in arrears"), r->standing.arrears_months);
		note_add(note, size, part);
	}
}

enum { C_NO, C_NAME, C_CATEGORY, C_BASE, C_RATE, C_AMOUNT, C_MONTHS };

struct sheet *dues_report_sheet(struct db *db, const struct dues_period *p)
{
	struct dues_query q = period_query(p);
	struct dues_settings set;
	char title[128], period[64], subtitle[256], name[16];
	dues_settings_load(db, &set);
	period_title(p, _("Party dues collected in %d, quarter %d"), _("Party dues collected in %d"),
		     title, sizeof title);
	period_text(p, period, sizeof period);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	if (p->quarter)
		snprintf(name, sizeof name, "%04dQ%d", p->year, p->quarter);
	else
		snprintf(name, sizeof name, "%04d", p->year);
	struct sheet *s = sheet_new(title, subtitle, name);

	/* The columns of the form (fixed Chinese, like the 花名册's). */
	sheet_add_column(s, "序号", CELL_NUMBER);
	sheet_add_column(s, "姓名", CELL_TEXT);
	sheet_add_column(s, "人员类别", CELL_TEXT);
	sheet_add_column(s, "核定基数", CELL_MONEY);
	sheet_add_column(s, "比例", CELL_PERCENT);
	sheet_add_column(s, "月应交", CELL_MONEY);
	for (int k = 0; k < q.months; k++) {
		char head[16];
		snprintf(head, sizeof head, "%d月", (q.first + k) % 12 + 1);
		sheet_add_column(s, head, CELL_MONEY);
	}
	/* A period still running: its months after the as-of month are not
	 * due yet, and are shown apart (未到期), out of 应交, 欠交 and the rate. */
	bool running = q.first + q.months - 1 > month_index(p->as_of.y, p->as_of.m);
	int c_owed = C_MONTHS + q.months, c_paid = c_owed + 1, c_short = c_owed + 2;
	int c_later = running ? c_owed + 3 : -1;
	int c_to = c_owed + 3 + running, c_note = c_to + 1;
	sheet_add_column(s, p->quarter ? "本季应交" : "本年应交", CELL_MONEY);
	sheet_add_column(s, p->quarter ? "本季实交" : "本年实交", CELL_MONEY);
	sheet_add_column(s, "欠交", CELL_MONEY);
	if (running)
		sheet_add_column(s, "未到期", CELL_MONEY);
	sheet_add_column(s, "交至年月", CELL_TEXT);
	sheet_add_column(s, "备注", CELL_TEXT);

	struct dues_iter *it = dues_iter_new(db, &q);
	if (!it) {
		sheet_free(s);
		return NULL;
	}
	struct dues_row *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	fen_t month_paid[DUES_PERIOD_MAX] = { 0 }, amounts = 0, owed = 0, paid = 0, shortfall = 0;
	fen_t voluntary = 0, collected = 0, not_due = 0;
	long long n = 0;
	while (dues_iter_next(it, r)) {
		char note[1024];
		sheet_add_row(s, ROW_PLAIN);
		sheet_setf(s, C_NO, "%lld", ++n);
		sheet_set(s, C_NAME, r->name);
		sheet_set(s, C_CATEGORY, r->category);
		if (r->fixed) {
			char rate[DUES_RATE_SIZE];
			if (r->fix.rate > 0) {
				sheet_set_money(s, C_BASE, r->fix.base);
				dues_rate_format(r->fix.rate, rate);
				sheet_set(s, C_RATE, rate);
			}
			sheet_set_money(s, C_AMOUNT, r->fix.amount);
			amounts += r->fix.amount;
		}
		for (int k = 0; k < q.months; k++) {
			const struct dues_cell *c = &r->cell[k];
			if ((c->state != DUES_CELL_NOT_OWED && c->state != DUES_CELL_NOT_DUE) || c->paid)
				sheet_set_money(s, C_MONTHS + k, c->paid);
			month_paid[k] += c->paid;
			collected += dues_cell_collected(c);
		}
		sheet_set_money(s, c_owed, r->owed);
		sheet_set_money(s, c_paid, r->paid);
		sheet_set_money(s, c_short, r->shortfall);
		if (running && r->not_due)
			sheet_set_money(s, c_later, r->not_due);
		set_month(s, c_to, r->standing.paid_to);
		row_note(r, &q, &set, note, sizeof note);
		sheet_set(s, c_note, note);
		owed += r->owed;
		paid += r->paid;
		shortfall += r->shortfall;
		voluntary += r->voluntary;
		not_due += r->not_due;
	}
	bool failed = dues_iter_failed(it);
	dues_iter_free(it);
	free(r);
	if (failed) {
		sheet_free(s);
		return NULL;
	}
	sheet_add_row(s, ROW_TOTAL);
	sheet_set(s, C_NAME, "合计");
	sheet_set_money(s, C_AMOUNT, amounts);
	for (int k = 0; k < q.months; k++)
		sheet_set_money(s, C_MONTHS + k, month_paid[k]);
	sheet_set_money(s, c_owed, owed);
	sheet_set_money(s, c_paid, paid);
	sheet_set_money(s, c_short, shortfall);
	if (running)
		sheet_set_money(s, c_later, not_due);

	char line[512], a[MONEY_SIZE], b[MONEY_SIZE], c[MONEY_SIZE], d[MONEY_SIZE];
	money_format(owed, a);
	money_format(paid, b);
	money_format(shortfall, c);
	int rate = dues_rate_permille(collected, owed);
	if (rate >= 0)
		snprintf(line, sizeof line, _("%lld members. Owed %s, paid %s, short %s; collection rate %d.%d%%."),
			 n, a, b, c, rate / 10, rate % 10);
	else
		snprintf(line, sizeof line, _("%lld members. Owed %s, paid %s, short %s."), n, a, b, c);
	sheet_add_footer(s, line);
	if (running) {
		char month[8];
		month_format(month_index(p->as_of.y, p->as_of.m), month);
		money_format(not_due, d);
		snprintf(line, sizeof line, _("Not due yet (the months after %s): %s, not in owed, short or the rate."),
			 month, d);
		sheet_add_footer(s, line);
	}
	if (voluntary) {
		money_format(voluntary, d);
		snprintf(line, sizeof line, _("Voluntary extra, not in the columns above: %s."), d);
		sheet_add_footer(s, line);
	}
	fen_t remitted;
	if (!dues_remitted_for(db, q.first, q.first + q.months - 1, &remitted)) {
		sheet_free(s);
		return NULL;
	}
	money_format(remitted, d);
	snprintf(line, sizeof line, _("Remitted to the higher committee for the period: %s."), d);
	sheet_add_footer(s, line);
	sheet_add_footer(s, _("Prepared by:              Checked by:              Branch secretary:"));
	return s;
}

struct sheet *dues_notice_sheet(struct db *db, const struct dues_period *p)
{
	struct dues_query q = period_query(p);
	char title[128], period[64], subtitle[256];
	period_title(p, _("Notice of party dues paid in %d, quarter %d"), _("Notice of party dues paid in %d"),
		     title, sizeof title);
	period_text(p, period, sizeof period);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(title, subtitle, _("Notice"));
	sheet_add_column(s, "序号", CELL_NUMBER);
	sheet_add_column(s, "姓名", CELL_TEXT);
	sheet_add_column(s, "党小组", CELL_TEXT);
	sheet_add_column(s, p->quarter ? "本季实交" : "本年实交", CELL_MONEY);
	sheet_add_column(s, "自愿多交", CELL_MONEY);
	sheet_add_column(s, "交至年月", CELL_TEXT);

	struct dues_iter *it = dues_iter_new(db, &q);
	if (!it) {
		sheet_free(s);
		return NULL;
	}
	struct dues_row *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	fen_t owed = 0, paid = 0, voluntary = 0;
	long long n = 0, paying = 0;
	while (dues_iter_next(it, r)) {
		sheet_add_row(s, ROW_PLAIN);
		sheet_setf(s, 0, "%lld", ++n);
		sheet_set(s, 1, r->name);
		sheet_set(s, 2, r->group);
		sheet_set_money(s, 3, r->paid);
		if (r->voluntary)
			sheet_set_money(s, 4, r->voluntary);
		set_month(s, 5, r->standing.paid_to);
		owed += r->owed;
		paid += r->paid;
		voluntary += r->voluntary;
		paying += r->paid + r->voluntary > 0;
	}
	bool failed = dues_iter_failed(it);
	dues_iter_free(it);
	free(r);
	fen_t remitted, collected, remitted_all;
	char to[DATE_ISO_SIZE];
	date_format(p->as_of, to);
	if (failed || !dues_remitted_for(db, q.first, q.first + q.months - 1, &remitted) ||
	    !dues_cash(db, NULL, to, &collected, &remitted_all)) {
		sheet_free(s);
		return NULL;
	}
	sheet_add_row(s, ROW_TOTAL);
	sheet_set(s, 1, "合计");
	sheet_set_money(s, 3, paid);
	sheet_set_money(s, 4, voluntary);

	char line[512], a[MONEY_SIZE], b[MONEY_SIZE], c[MONEY_SIZE], d[MONEY_SIZE];
	money_format(owed, a);
	money_format(paid, b);
	money_format(voluntary, c);
	snprintf(line, sizeof line, _("%lld of %lld members paid. Dues owed %s, paid %s; voluntary extra %s."),
		 paying, n, a, b, c);
	sheet_add_footer(s, line);
	money_format(remitted, a);
	money_format(collected - remitted_all, d);
	snprintf(line, sizeof line, _("Remitted to the higher committee for the period: %s. Held by the branch on %s: %s."),
		 a, to, d);
	sheet_add_footer(s, line);
	struct branch br;
	if (!branch_get(db, &br))
		snprintf(br.name, sizeof br.name, "%s", _("(branch not named yet)"));
	sheet_add_footer(s, _("Questions go to the branch committee (组织委员)."));
	snprintf(line, sizeof line, "%s    %s", br.name, to);
	sheet_add_footer(s, line);
	return s;
}

/* The most months first, then the roster order (group, joining, name). */
static int by_arrears(const void *a, const void *b)
{
	const struct dues_row *x = *(const struct dues_row *const *)a, *y = *(const struct dues_row *const *)b;
	int c;
	if (x->standing.arrears_months != y->standing.arrears_months)
		return y->standing.arrears_months - x->standing.arrears_months;
	if (x->group_sort != y->group_sort)
		return x->group_sort < y->group_sort ? -1 : 1;
	if ((c = strcmp(x->group, y->group)) || (c = strcmp(x->join_date, y->join_date)) ||
	    (c = strcmp(x->name, y->name)))
		return c;
	return x->member_id < y->member_id ? -1 : x->member_id > y->member_id;
}

/* Rows in an array, for sorting. */
struct row_list {
	struct dues_row *rows;
	size_t n, cap;
};

/* Every member in arrears on as_of, over the whole history, in id order
 * (the quicker; the sheet sorts them). */
static bool arrears_rows(struct db *db, struct date as_of, struct row_list *out)
{
	struct dues_query q = { .first = month_index(as_of.y, as_of.m), .months = 1, .as_of = as_of,
				.arrears_only = true, .by_id = true, .limit = -1 };
	struct dues_iter *it = dues_iter_new(db, &q);
	memset(out, 0, sizeof *out);
	if (!it)
		return false;
	for (;;) {
		out->rows = grow_array(out->rows, out->n, &out->cap, 64, sizeof *out->rows);
		if (!dues_iter_next(it, &out->rows[out->n]))
			break;
		out->n++;
	}
	bool failed = dues_iter_failed(it);
	dues_iter_free(it);
	return !failed;
}

static const char *flag_text(const struct dues_settings *set, const struct dues_row *r, char *buf, size_t size)
{
	switch (r->flag) {
	case DUES_FLAG_LAPSE:
		snprintf(buf, size, _("%d months in a row unpaid: to be handled as 自行脱党 (党章 §9)"),
			 r->standing.arrears_run);
		return buf;
	case DUES_FLAG_WARN:
		snprintf(buf, size, _("%d months or more: criticise and set a deadline"), set->warn_months);
		return buf;
	case DUES_FLAG_NONE:
		break;
	}
	return "";
}

struct sheet *dues_arrears_sheet(struct db *db, struct date as_of)
{
	struct dues_settings set;
	char iso[DATE_ISO_SIZE], subtitle[256];
	dues_settings_load(db, &set);
	date_format(as_of, iso);
	report_subtitle(db, iso, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Members in arrears with party dues"), subtitle, _("Arrears"));
	sheet_add_column(s, "序号", CELL_NUMBER);
	sheet_add_column(s, "姓名", CELL_TEXT);
	sheet_add_column(s, "党小组", CELL_TEXT);
	sheet_add_column(s, "月应交", CELL_MONEY);
	sheet_add_column(s, "欠交月数", CELL_NUMBER);
	sheet_add_column(s, "连续欠交", CELL_NUMBER);
	sheet_add_column(s, "欠交金额", CELL_MONEY);
	sheet_add_column(s, "起欠年月", CELL_TEXT);
	sheet_add_column(s, "交至年月", CELL_TEXT);
	sheet_add_column(s, "提示", CELL_TEXT);

	struct row_list l;
	if (!arrears_rows(db, as_of, &l)) {
		free(l.rows);
		sheet_free(s);
		return NULL;
	}
	const struct dues_row **order = calloc(l.n + 1, sizeof *order);
	if (!order)
		abort();
	for (size_t i = 0; i < l.n; i++)
		order[i] = &l.rows[i];
	qsort(order, l.n, sizeof *order, by_arrears);
	fen_t total = 0;
	int warned = 0, lapsed = 0;
	for (size_t i = 0; i < l.n; i++) {
		const struct dues_row *r = order[i];
		char flag[256];
		sheet_add_row(s, ROW_PLAIN);
		sheet_setf(s, 0, "%zu", i + 1);
		sheet_set(s, 1, r->name);
		sheet_set(s, 2, r->group);
		if (r->fixed)
			sheet_set_money(s, 3, r->fix.amount);
		sheet_setf(s, 4, "%d", r->standing.arrears_months);
		sheet_setf(s, 5, "%d", r->standing.arrears_run);
		sheet_set_money(s, 6, r->standing.arrears_amount);
		set_month(s, 7, r->standing.arrears_since);
		set_month(s, 8, r->standing.paid_to);
		sheet_set(s, 9, flag_text(&set, r, flag, sizeof flag));
		total += r->standing.arrears_amount;
		warned += r->flag == DUES_FLAG_WARN;
		lapsed += r->flag == DUES_FLAG_LAPSE;
	}
	sheet_add_row(s, ROW_TOTAL);
	sheet_set(s, 1, "合计");
	sheet_set_money(s, 6, total);
	char line[256], money[MONEY_SIZE];
	money_format(total, money);
	if (l.n)
		snprintf(line, sizeof line,
			 _("%zu members in arrears, %s in all; %d at %d months or more, %d with %d months in a row."),
			 l.n, money, warned + lapsed, set.warn_months, lapsed, set.flag_months);
	else
		snprintf(line, sizeof line, "%s", _("No member is in arrears."));
	sheet_add_footer(s, line);
	free(order);
	free(l.rows);
	return s;
}

/* ---- Tables of records ---- */

struct fixings_ctx {
	struct sheet *s;
	long long n;
	fen_t total;
};

static void fixing_row(void *ctx, const struct dues_fixing *f, const char *name)
{
	struct fixings_ctx *c = ctx;
	char rate[DUES_RATE_SIZE];
	sheet_add_row(c->s, ROW_PLAIN);
	sheet_setf(c->s, 0, "%lld", ++c->n);
	sheet_set(c->s, 1, name);
	sheet_set(c->s, 2, f->category);
	if (f->rate > 0) {
		sheet_set_money(c->s, 3, f->base);
		dues_rate_format(f->rate, rate);
		sheet_set(c->s, 4, rate);
	}
	sheet_set_money(c->s, 5, f->computed);
	sheet_set_money(c->s, 6, f->amount);
	sheet_set(c->s, 7, f->reason);
	sheet_set(c->s, 8, f->approval);
	sheet_set(c->s, 9, f->reviewed ? "" : _("to review"));
	sheet_set(c->s, 10, f->note);
	c->total += f->amount;
}

struct sheet *dues_fixings_sheet(struct db *db, int year)
{
	char title[128], period[16], subtitle[256];
	snprintf(title, sizeof title, _("Monthly party dues fixed for %d"), year);
	snprintf(period, sizeof period, "%04d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(title, subtitle, period);
	sheet_add_column(s, "序号", CELL_NUMBER);
	sheet_add_column(s, "姓名", CELL_TEXT);
	sheet_add_column(s, "人员类别", CELL_TEXT);
	sheet_add_column(s, "计算基数", CELL_MONEY);
	sheet_add_column(s, "比例", CELL_PERCENT);
	sheet_add_column(s, "按规定应交", CELL_MONEY);
	sheet_add_column(s, "月应交", CELL_MONEY);
	sheet_add_column(s, "调整原因", CELL_TEXT);
	sheet_add_column(s, "审批情况", CELL_TEXT);
	sheet_add_column(s, "复核", CELL_TEXT);
	sheet_add_column(s, "备注", CELL_TEXT);
	struct fixings_ctx c = { .s = s };
	if (!dues_fixing_each(db, year, fixing_row, &c)) {
		sheet_free(s);
		return NULL;
	}
	sheet_add_row(s, ROW_TOTAL);
	sheet_set(s, 1, "合计");
	sheet_set_money(s, 6, c.total);
	return s;
}

static void payment_row(void *ctx, const struct dues_payment *p)
{
	struct sheet *s = ctx;
	char note[512] = "";
	sheet_add_row(s, ROW_PLAIN);
	sheet_setf(s, 0, "%lld", p->id);
	set_month(s, 1, p->month);
	sheet_set_money(s, 2, p->amount);
	sheet_set(s, 3, p->paid_on);
	sheet_set(s, 4, p->collector);
	if (p->voluntary)
		note_add(note, sizeof note, _("voluntary extra"));
	if (p->reverses) {
		char part[64];
		snprintf(part, sizeof part, _("reverses %lld"), p->reverses);
		note_add(note, sizeof note, part);
	}
	if (p->reversed_by) {
		char part[64];
		snprintf(part, sizeof part, _("reversed by %lld"), p->reversed_by);
		note_add(note, sizeof note, part);
	}
	note_add(note, sizeof note, p->note);
	sheet_set(s, 5, note);
}

struct sheet *dues_history_sheet(struct db *db, long long member_id)
{
	struct member m;
	char title[192], subtitle[256];
	if (!member_get(db, member_id, &m))
		return NULL;
	snprintf(title, sizeof title, _("Party dues paid by %s"), m.name);
	report_subtitle(db, NULL, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(title, subtitle, _("Payments"));
	sheet_add_column(s, "编号", CELL_NUMBER);
	sheet_add_column(s, "所属月份", CELL_TEXT);
	sheet_add_column(s, "金额", CELL_MONEY);
	sheet_add_column(s, "缴纳日期", CELL_TEXT);
	sheet_add_column(s, "经手人", CELL_TEXT);
	sheet_add_column(s, "备注", CELL_TEXT);
	if (!dues_payment_each(db, member_id, payment_row, s)) {
		sheet_free(s);
		return NULL;
	}
	return s;
}

struct remit_ctx {
	struct sheet *s;
	fen_t total;
};

static void remittance_row(void *ctx, const struct dues_remittance *r)
{
	struct remit_ctx *c = ctx;
	char note[512] = "", part[64];
	sheet_add_row(c->s, ROW_PLAIN);
	sheet_setf(c->s, 0, "%lld", r->id);
	sheet_set(c->s, 1, r->remitted_on);
	sheet_set(c->s, 2, r->period);
	sheet_set_money(c->s, 3, r->amount);
	sheet_set(c->s, 4, r->receiver);
	if (r->reverses) {
		snprintf(part, sizeof part, _("reverses %lld"), r->reverses);
		note_add(note, sizeof note, part);
	}
	if (r->reversed_by) {
		snprintf(part, sizeof part, _("reversed by %lld"), r->reversed_by);
		note_add(note, sizeof note, part);
	}
	note_add(note, sizeof note, r->note);
	sheet_set(c->s, 5, note);
	c->total += r->amount;
}

struct sheet *dues_remittances_sheet(struct db *db, int year)
{
	char from[DATE_ISO_SIZE] = "", to[DATE_ISO_SIZE] = "", period[16] = "", subtitle[256];
	if (year) {
		snprintf(from, sizeof from, "%04d-01-01", year);
		snprintf(to, sizeof to, "%04d-12-31", year);
		snprintf(period, sizeof period, "%04d", year);
	}
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Party dues remitted to the higher committee"), subtitle, _("Remittances"));
	sheet_add_column(s, "编号", CELL_NUMBER);
	sheet_add_column(s, "上缴日期", CELL_TEXT);
	sheet_add_column(s, "所属期间", CELL_TEXT);
	sheet_add_column(s, "金额", CELL_MONEY);
	sheet_add_column(s, "接收单位", CELL_TEXT);
	sheet_add_column(s, "备注", CELL_TEXT);
	struct remit_ctx c = { .s = s };
	if (!dues_remittance_each(db, from, to, remittance_row, &c)) {
		sheet_free(s);
		return NULL;
	}
	sheet_add_row(s, ROW_TOTAL);
	sheet_set(s, 2, "合计");
	sheet_set_money(s, 3, c.total);
	return s;
}

/* ---- zhibu check ---- */

#define TODO_ARREARS_MONTHS 12

static struct date month_day(int month, int day)
{
	struct date d = { month / 12, month % 12 + 1, day };
	int dim = date_days_in_month(d.y, d.m);
	if (d.d > dim)
		d.d = dim;
	return d;
}

static bool todo_arrears(struct db *db, struct todo_list *l, const struct dues_settings *set)
{
	/* The last twelve months: what is still to act on, and quick.  One
	 * row at a time: thousands of members may be in arrears. */
	int now = month_index(l->as_of.y, l->as_of.m);
	struct dues_query q = { .first = now, .months = 1, .as_of = l->as_of,
				.history_from = now - TODO_ARREARS_MONTHS + 1, .arrears_only = true, .by_id = true,
				.limit = -1 };
	struct dues_iter *it = dues_iter_new(db, &q);
	struct dues_row *r = malloc(sizeof *r);
	if (!r)
		abort();
	char period[8];
	month_format(now, period);
	while (it && dues_iter_next(it, r)) {
		const struct dues_standing *st = &r->standing;
		char item[256], since[8], link[64];
		month_format(st->arrears_since, since);
		snprintf(link, sizeof link, "dues:member:%lld", r->member_id);
		if (st->arrears_run >= set->flag_months - 1) {
			snprintf(item, sizeof item, _("%s: no dues for %d months in a row since %s (自行脱党 at %d)"),
				 r->name, st->arrears_run, since, set->flag_months);
			todo_add(l, _("Dues"), period, item,
				 month_day(st->arrears_since + set->flag_months - 1, 1), link);
		} else if (st->arrears_months >= set->warn_months - 1) {
			snprintf(item, sizeof item, _("%s: dues unpaid for %d months (since %s)"),
				 r->name, st->arrears_months, since);
			todo_add(l, _("Dues"), period, item,
				 month_day(st->arrears_since + set->warn_months - 1, 1), link);
		}
	}
	bool ok = it && !dues_iter_failed(it);
	dues_iter_free(it);
	free(r);
	return ok;
}

static bool todo_remittance(struct db *db, struct todo_list *l, const struct dues_settings *set)
{
	int now = month_index(l->as_of.y, l->as_of.m);
	int qfirst = now - now % 3;
	/* This quarter and the three before it. */
	for (int k = 3; k >= 0; k--) {
		int first = qfirst - 3 * k, last = first + 2;
		bool paid;
		fen_t remitted;
		if (!dues_paid_any(db, first, last, &paid) || !dues_remitted_for(db, first, last, &remitted))
			return false;
		if (!paid || remitted > 0)
			continue;
		char period[16], link[32];
		snprintf(period, sizeof period, "%04dQ%d", first / 12, first % 12 / 3 + 1);
		snprintf(link, sizeof link, "dues:remit:%s", period);
		todo_add(l, _("Dues"), period, _("Remit the quarter's dues to the higher committee"),
			 month_day(last, set->remit_day), link);
	}
	return true;
}

/* *uses_dues: false while the branch has fixed no dues at all (then
 * there is nothing else to look at). */
static bool todo_fixings(struct db *db, struct todo_list *l, bool *uses_dues)
{
	*uses_dues = false;
	/* A branch that has fixed nothing yet, set up after January, has its
	 * first year to fix from the day it was set up. */
	struct branch b;
	struct date created = { 0, 0, 0 };
	if (branch_get(db, &b) && !date_parse_iso(b.created_on, &created))
		created.y = 0;
	/* This year's, and next year's once its January is within reach: from
	 * the first day, whether or not anything was fixed before. */
	for (int year = l->as_of.y; year <= l->as_of.y + 1; year++) {
		struct dues_year_status ys;
		char item[256], period[8], link[32];
		struct date due = { year, 1, 31 };
		if (year > l->as_of.y && date_to_days(due) - date_to_days(l->as_of) > l->within_days)
			break;
		if (!dues_year_status(db, year, &ys))
			return false;
		if (!ys.uses_dues && created.y == year && date_cmp(created, due) > 0)
			due = created;
		*uses_dues = *uses_dues || ys.uses_dues;
		snprintf(period, sizeof period, "%04d", year);
		snprintf(link, sizeof link, "dues:fix:%04d", year);
		if (ys.unfixed) {
			snprintf(item, sizeof item,
				 ngettext("Fix the monthly dues of %lld member for %d (zhibu dues fix)",
					  "Fix the monthly dues of %lld members for %d (zhibu dues fix)", ys.unfixed),
				 ys.unfixed, year);
			todo_add(l, _("Dues"), period, item, due, link);
		}
		if (ys.drafts) {
			snprintf(item, sizeof item,
				 ngettext("Review %lld dues amount for %d copied from the year before",
					  "Review %lld dues amounts for %d copied from the year before", ys.drafts),
				 ys.drafts, year);
			todo_add(l, _("Dues"), period, item, due, link);
		}
	}
	return true;
}

bool dues_todo(struct db *db, struct todo_list *l)
{
	struct dues_settings set;
	dues_settings_load(db, &set);
	bool uses_dues;
	if (!todo_fixings(db, l, &uses_dues))
		return false;
	return !uses_dues || (todo_remittance(db, l, &set) && todo_arrears(db, l, &set));
}
