/* 党费: what opens from the year grid.  The payment form; a member's
 * history, where a payment is reversed (a new row cancels it, nothing is
 * deleted) or its collector and note corrected; the form that fixes (核定)
 * a member's monthly amount, which refuses another amount than the rules'
 * without its reason and approval; the yearly fixing table with "fix next
 * year"; the remittances (上缴) and the branch's balance.
 *
 * The rules are the backend's (src/db/dues.h): where a form has to know
 * before writing whether they allow it, it does the write and rolls it back
 * (as import --dry-run does), then does it for real in one transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/member.h"
#include "rules/dues.h"
#include "rules/roster.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/table.h"
#include "ui/search.h"
#include "ui/view_dues.h"

/* ---- small helpers ---- */

static const char *trimmed(const struct form *form, int field, char *buf, size_t size)
{
	text_copy(buf, size, form_get(form, field));
	return text_trim(buf);
}

/* A date field: required, not in the future; shown as stored. */
static bool check_day(struct form *form, int field, char out[DATE_ISO_SIZE])
{
	struct date d;
	const char *why;
	char buf[LINEEDIT_SIZE];
	trimmed(form, field, buf, sizeof buf);
	if (!*buf) {
		form_error(form, field, "%s", _("required"));
		return false;
	}
	if (!date_parse(buf, &d, &why)) {
		form_error(form, field, "%s", why);
		return false;
	}
	date_format(d, out);
	if (strcmp(out, form_get(form, field)) != 0)
		form_set(form, field, out);
	if (date_cmp(d, date_today()) > 0) {
		form_error(form, field, "%s", _("is in the future"));
		return false;
	}
	return true;
}

/* A money field; empty gives *given false. */
static bool check_money(struct form *form, int field, fen_t *out, bool *given)
{
	char buf[LINEEDIT_SIZE];
	const char *why;
	trimmed(form, field, buf, sizeof buf);
	*given = *buf != '\0';
	*out = 0;
	if (*given && !money_parse(buf, out, &why)) {
		form_error(form, field, "%s", why);
		return false;
	}
	return true;
}

/* A text field into a record's buffer: false (and a message) when too long. */
static bool check_text(struct form *form, int field, char *out, size_t size, bool required)
{
	char buf[LINEEDIT_SIZE];
	trimmed(form, field, buf, sizeof buf);
	if (required && !*buf) {
		form_error(form, field, "%s", _("required"));
		return false;
	}
	if (!text_copy(out, size, buf)) {
		form_error(form, field, "%s", _("too long"));
		return false;
	}
	return true;
}

static void today_iso(char out[DATE_ISO_SIZE])
{
	date_format(date_today(), out);
}

bool dues_dry_run(struct db *db, app_write_fn *write, void *ctx)
{
	if (!db_begin(db))
		return false;
	bool ok = write(ctx, db);
	db_rollback(db);
	return ok;
}

/* The member's row of the year again (its standing after a write). */
static bool row_again(struct db *db, int year, struct dues_row *row)
{
	struct dues_query q = {
		.first = month_index(year, 1), .months = 12, .as_of = date_today(),
		.search = *row->id_number ? row->id_number : row->name, .limit = 64,
	};
	struct dues_row *rows = calloc(64, sizeof *rows);
	int n = 0;
	bool found = false;
	if (!rows)
		abort();
	if (dues_page(db, &q, rows, 64, &n))
		for (int i = 0; i < n && !found; i++)
			if (rows[i].member_id == row->member_id) {
				*row = rows[i];
				found = true;
			}
	free(rows);
	return found;
}

/* ---- recording a payment ---- */

enum { PAY_MONTHS, PAY_AMOUNT, PAY_DATE, PAY_COLLECTOR, PAY_NOTE, PAY_EXTRA, PAY_FIELDS };

struct pay {
	struct app *app;
	const struct dues_row *row;
	char auto_amount[MONEY_SIZE];  /* what the form filled in for the months */
	int first, last;
	bool months_ok, amount_given;
	fen_t amount, extra;
	char paid_on[DATE_ISO_SIZE], collector[DUES_COLLECTOR_SIZE], note[256];
	int rows;
	char why[512];
};

/* What months first..last still owe (fixed less paid): what the amount
 * field offers.  False when a month is not owed. */
static bool amount_due(struct db *db, long long member_id, int first, int last, fen_t *sum)
{
	*sum = 0;
	for (int m = first; m <= last; m++) {
		fen_t owed, paid;
		if (!dues_month_owed(db, member_id, m, &owed, &paid) || owed == DUES_NOT_OWED)
			return false;
		*sum += paid < owed ? owed - paid : 0; /* what is still owed, as dues_payment_check */
	}
	return true;
}

static void pay_months(struct pay *p, struct form *form)
{
	const char *why;
	char buf[LINEEDIT_SIZE];
	trimmed(form, PAY_MONTHS, buf, sizeof buf);
	p->months_ok = false;
	if (!*buf) {
		form_error(form, PAY_MONTHS, "%s", _("required"));
		return;
	}
	if (!dues_parse_months(buf, &p->first, &p->last, &why)) {
		form_error(form, PAY_MONTHS, "%s", why);
		return;
	}
	p->months_ok = true;
	/* The amount follows the months until it is typed over. */
	fen_t sum;
	const char *now = form_get(form, PAY_AMOUNT);
	if ((!*now || !strcmp(now, p->auto_amount)) && p->last - p->first < 120 &&
	    amount_due(p->app->db, p->row->member_id, p->first, p->last, &sum)) {
		money_format(sum, p->auto_amount);
		form_set(form, PAY_AMOUNT, p->auto_amount);
	}
}

static void pay_check(void *ctx, struct form *form, int field)
{
	struct pay *p = ctx;
	bool given;
	switch (field) {
	case PAY_MONTHS:
		pay_months(p, form);
		break;
	case PAY_AMOUNT:
		check_money(form, field, &p->amount, &p->amount_given);
		break;
	case PAY_DATE:
		check_day(form, field, p->paid_on);
		break;
	case PAY_COLLECTOR:
		check_text(form, field, p->collector, sizeof p->collector, false);
		break;
	case PAY_NOTE:
		check_text(form, field, p->note, sizeof p->note, false);
		break;
	case PAY_EXTRA:
		check_money(form, field, &p->extra, &given);
		break;
	}
}

static bool pay_write(void *ctx, struct db *db)
{
	struct pay *p = ctx;
	p->rows = 0;
	p->why[0] = '\0';
	if (!p->amount_given || p->amount > 0) {
		int rows;
		if (!dues_pay_months(db, p->row->member_id, p->first, p->last, p->amount_given ? p->amount : -1,
				     p->paid_on, p->collector, p->note, &rows, p->why, sizeof p->why))
			return false;
		p->rows += rows;
	}
	if (p->extra > 0) {
		struct dues_payment v = { .member_id = p->row->member_id, .month = p->first, .amount = p->extra,
					  .voluntary = true };
		text_copy(v.paid_on, sizeof v.paid_on, p->paid_on);
		text_copy(v.collector, sizeof v.collector, p->collector);
		text_copy(v.note, sizeof v.note, p->note);
		if (!dues_payment_insert(db, &v))
			return false;
		p->rows++;
	}
	return true;
}

static bool pay_save(void *ctx, struct form *form)
{
	struct pay *p = ctx;
	struct db *db = p->app->db;
	for (int i = 0; i < PAY_FIELDS; i++)
		pay_check(p, form, i);
	if (form_error_count(form))
		return false;
	if (p->amount_given && p->amount == 0 && p->extra == 0) {
		form_error(form, PAY_AMOUNT, "%s", _("must be more than 0"));
		return false;
	}
	if (!dues_dry_run(db, pay_write, p)) {
		if (*p->why)
			form_error(form, p->amount_given && p->last > p->first ? PAY_AMOUNT : PAY_MONTHS, "%s", p->why);
		else
			ui_message(p->app->ui, _("Not saved"), db_error(db));
		return false;
	}
	return app_transaction(p->app, pay_write, p);
}

bool dues_pay_form(struct app *app, const struct dues_row *row, int month, char *collector)
{
	struct pay p = { .app = app, .row = row };
	char title[256], fixed[MONEY_SIZE], months[8], today[DATE_ISO_SIZE];
	struct form_field fields[PAY_FIELDS] = {
		[PAY_MONTHS] = { .label = _("Months paid for"), .type = FORM_TEXT, .required = true },
		[PAY_AMOUNT] = { .label = _("Amount"), .type = FORM_TEXT },
		[PAY_DATE] = { .label = _("Date paid"), .type = FORM_DATE, .required = true },
		[PAY_COLLECTOR] = { .label = _("Collector"), .type = FORM_TEXT },
		[PAY_NOTE] = { .label = _("Note"), .type = FORM_TEXT },
		[PAY_EXTRA] = { .label = _("Voluntary extra"), .type = FORM_TEXT },
	};
	if (row->fixed) {
		money_format(row->fix.amount, fixed);
		snprintf(title, sizeof title, _("Record dues paid by %s (%s a month)"), row->name, fixed);
	} else {
		snprintf(title, sizeof title, _("Record dues paid by %s"), row->name);
	}
	struct form form = { .title = title, .fields = fields, .count = PAY_FIELDS, .check = pay_check,
			     .save = pay_save, .ctx = &p };
	month_format(month, months);
	today_iso(today);
	form_set(&form, PAY_MONTHS, months);
	form_set(&form, PAY_AMOUNT, "");
	form_set(&form, PAY_DATE, today);
	form_set(&form, PAY_COLLECTOR, collector);
	form_set(&form, PAY_NOTE, "");
	form_set(&form, PAY_EXTRA, "");
	pay_months(&p, &form);
	form_clear_errors(&form);
	if (!form_run(app->ui, &form))
		return false;
	text_copy(collector, DUES_COLLECTOR_SIZE, p.collector);
	char a[8], b[8];
	month_format(p.first, a);
	month_format(p.last, b);
	if (p.first == p.last)
		ui_status(app->ui, ngettext("%s: %d payment recorded for %s.", "%s: %d payments recorded for %s.",
					    p.rows), row->name, p.rows, a);
	else
		ui_status(app->ui, ngettext("%s: %d payment recorded for %s..%s.",
					    "%s: %d payments recorded for %s..%s.", p.rows),
			  row->name, p.rows, a, b);
	return true;
}

/* ---- a member's history ---- */

struct history {
	struct app *app;
	struct dues_row row;
	int year;
	struct dues_payment *list;
	int count;
	size_t cap;
	bool failed;
	struct table_list *list_source;
	struct table *table;
	struct table_column cols[6];
};

static void add_payment(void *ctx, const struct dues_payment *p)
{
	struct history *h = ctx;
	h->list = grow_array(h->list, h->count, &h->cap, 64, sizeof *h->list);
	h->list[h->count++] = *p;
}

static void history_load(struct history *h)
{
	h->count = 0;
	h->failed = !dues_payment_each(h->app->db, h->row.member_id, add_payment, h);
}

/* Add text to buf after sep (when buf is not empty). */
static void text_add(char *buf, size_t size, const char *sep, const char *text)
{
	size_t len = strlen(buf);
	if (!*text || len + 1 >= size)
		return;
	if (len) {
		text_copy(buf + len, size - len, sep);
		len = strlen(buf);
	}
	text_copy(buf + len, size - len, text);
}

static void note_add(char *buf, size_t size, const char *text)
{
	text_add(buf, size, "；", text);
}

/* The payments history_load read, in the records' order. */
static bool history_fill(void *ctx, struct table_list *list)
{
	struct history *h = ctx;
	if (h->failed)
		return false;
	for (int k = 0; k < h->count; k++) {
		const struct dues_payment *p = &h->list[k];
		char id[24], month[8], money[MONEY_SIZE], note[600] = "", part[64];
		snprintf(id, sizeof id, "%lld", p->id);
		month_format(p->month, month);
		money_format(p->amount, money);
		if (p->voluntary)
			note_add(note, sizeof note, _("voluntary extra"));
		if (p->reverses) {
			snprintf(part, sizeof part, _("reverses %lld"), p->reverses);
			note_add(note, sizeof note, part);
		}
		if (p->reversed_by) {
			snprintf(part, sizeof part, _("reversed by %lld"), p->reversed_by);
			note_add(note, sizeof note, part);
		}
		note_add(note, sizeof note, p->note);
		const char *cells[] = { id, month, money, p->paid_on, p->collector, note };
		table_list_add(list, p->id, p->reverses || p->reversed_by ? UI_DIM : UI_NORMAL, cells);
	}
	return true;
}

static const struct dues_payment *history_cursor(struct history *h)
{
	long long id = table_cursor_id(h->table);
	for (int i = 0; i < h->count; i++)
		if (h->list[i].id == id)
			return &h->list[i];
	return NULL;
}

static void history_draw(void *ctx, struct ui *ui)
{
	struct history *h = ctx;
	int y, height, cols = ui_cols(ui);
	char line[512], part[256], a[MONEY_SIZE];
	ui_area(ui, &y, &height);
	snprintf(line, sizeof line, " %s", h->row.name);
	text_add(line, sizeof line, " · ", h->row.group);
	if (h->row.fixed) {
		money_format(h->row.fix.amount, a);
		snprintf(part, sizeof part, _("%d: %s a month"), h->year, a);
		text_add(line, sizeof line, " · ", part);
	}
	ui_text(y, 0, cols, line, UI_HEADER);
	const struct dues_standing *st = &h->row.standing;
	char to[8] = "-";
	if (st->paid_to >= 0)
		month_format(st->paid_to, to);
	if (st->arrears_months > 0) {
		char since[8];
		month_format(st->arrears_since, since);
		money_format(st->arrears_amount, a);
		snprintf(line, sizeof line, _("Paid up to %s · %d months unpaid since %s, %s"), to,
			 st->arrears_months, since, a);
	} else {
		snprintf(line, sizeof line, _("Paid up to %s · nothing unpaid"), to);
	}
	ui_text(y + 1, 1, cols - 2, line, h->row.flag == DUES_FLAG_LAPSE ? UI_OVERDUE
				       : h->row.flag == DUES_FLAG_WARN ? UI_SOON : UI_NORMAL);
	table_set_empty_text(h->table, _("No payments recorded for this member."));
	table_draw(h->table, y + 2, 1, height - 2, cols - 2);
	if (h->failed)
		ui_error(ui, "%s", db_error(h->app->db));
}

/* Reverse a payment: a form for the date and the reason. */
enum { REV_DATE, REV_NOTE, REV_FIELDS };

struct reversal {
	struct app *app;
	long long id, new_id;
	char on[DATE_ISO_SIZE], note[256];
	bool remittance;
};

static bool reversal_write(void *ctx, struct db *db)
{
	struct reversal *r = ctx;
	return r->remittance ? dues_remittance_reverse(db, r->id, r->on, r->note, &r->new_id)
			     : dues_payment_reverse(db, r->id, r->on, r->note, &r->new_id);
}

static bool reversal_save(void *ctx, struct form *form)
{
	struct reversal *r = ctx;
	check_day(form, REV_DATE, r->on);
	check_text(form, REV_NOTE, r->note, sizeof r->note, true);
	if (form_error_count(form))
		return false;
	return app_transaction(r->app, reversal_write, r);
}

static bool reversal_form(struct app *app, struct reversal *r, const char *title)
{
	char today[DATE_ISO_SIZE];
	struct form_field fields[REV_FIELDS] = {
		[REV_DATE] = { .label = _("Date"), .type = FORM_DATE, .required = true },
		[REV_NOTE] = { .label = _("Reason"), .type = FORM_TEXT, .required = true },
	};
	struct form form = { .title = title, .fields = fields, .count = REV_FIELDS, .save = reversal_save, .ctx = r };
	today_iso(today);
	form_set(&form, REV_DATE, today);
	form_set(&form, REV_NOTE, "");
	return form_run(app->ui, &form);
}

static bool history_reverse(struct history *h)
{
	const struct dues_payment *p = history_cursor(h);
	char title[256], month[8], money[MONEY_SIZE];
	if (!p)
		return false;
	if (p->reverses) {
		ui_error(h->app->ui, _("Payment %lld is itself a reversal (of payment %lld)."), p->id, p->reverses);
		return false;
	}
	if (p->reversed_by) {
		ui_error(h->app->ui, _("Payment %lld was reversed already, by payment %lld."), p->id, p->reversed_by);
		return false;
	}
	struct reversal r = { .app = h->app, .id = p->id };
	month_format(p->month, month);
	money_format(p->amount, money);
	snprintf(title, sizeof title, _("Reverse payment %lld: %s for %s, paid %s"), p->id, money, month, p->paid_on);
	if (!reversal_form(h->app, &r, title))
		return false;
	ui_status(h->app->ui, _("Payment %lld reversed by payment %lld."), r.id, r.new_id);
	return true;
}

/* Correct the collector and the note. */
enum { ANN_COLLECTOR, ANN_NOTE, ANN_FIELDS };

struct annotation {
	struct app *app;
	long long id;
	char collector[DUES_COLLECTOR_SIZE], note[256];
};

static bool annotation_write(void *ctx, struct db *db)
{
	struct annotation *a = ctx;
	return dues_payment_annotate(db, a->id, a->collector, a->note);
}

static bool annotation_save(void *ctx, struct form *form)
{
	struct annotation *a = ctx;
	check_text(form, ANN_COLLECTOR, a->collector, sizeof a->collector, false);
	check_text(form, ANN_NOTE, a->note, sizeof a->note, false);
	if (form_error_count(form))
		return false;
	return app_transaction(a->app, annotation_write, a);
}

static bool history_annotate(struct history *h)
{
	const struct dues_payment *p = history_cursor(h);
	char title[256], month[8], money[MONEY_SIZE];
	if (!p)
		return false;
	struct annotation a = { .app = h->app, .id = p->id };
	struct form_field fields[ANN_FIELDS] = {
		[ANN_COLLECTOR] = { .label = _("Collector"), .type = FORM_TEXT },
		[ANN_NOTE] = { .label = _("Note"), .type = FORM_TEXT },
	};
	month_format(p->month, month);
	money_format(p->amount, money);
	snprintf(title, sizeof title, _("Payment %lld: %s for %s (the amounts stay as they are)"), p->id, money, month);
	struct form form = { .title = title, .fields = fields, .count = ANN_FIELDS, .save = annotation_save, .ctx = &a };
	form_set(&form, ANN_COLLECTOR, p->collector);
	form_set(&form, ANN_NOTE, p->note);
	if (!form_run(h->app->ui, &form))
		return false;
	ui_status(h->app->ui, _("Payment %lld corrected."), a.id);
	return true;
}

/* One member's payments: a page (screen_run); arg the grid's row and year. */
struct history_arg {
	const struct dues_row *row;
	int year;
};

static void *history_open(struct app *app, const void *arg)
{
	const struct history_arg *ha = arg;
	const struct table_column cols[6] = {
		{ _("No."), 5, 0, true }, { _("Month"), 7, 0, false }, { _("Amount"), 9, 0, true },
		{ _("Date paid"), 10, 0, false }, { _("Collector"), 8, 1, false }, { _("Note"), 12, 3, false },
	};
	struct history *h = calloc(1, sizeof *h);
	if (!h)
		abort();
	h->app = app;
	h->row = *ha->row;
	h->year = ha->year;
	memcpy(h->cols, cols, sizeof cols);
	history_load(h);
	h->list_source = table_list_new(6, history_fill, h);
	h->table = table_new(h->cols, 6, table_list_source(h->list_source));
	table_set_unsortable(h->table); /* the records' order */
	if (h->count)
		table_set_cursor(h->table, h->count - 1);
	return h;
}

static void history_close(void *st)
{
	struct history *h = st;
	table_free(h->table);
	table_list_free(h->list_source);
	free(h->list);
	free(h);
}

static void history_reload(void *st)
{
	struct history *h = st;
	history_load(h);
	row_again(h->app->db, h->year, &h->row);
	table_reload(h->table, false);
}

static int history_key(void *st, enum action a, int key)
{
	struct history *h = st;
	(void)key;
	if (a == ACT_DUES_REVERSE) {
		if (history_reverse(h)) {
			/* The new row that cancels it is the last: show it. */
			history_reload(h);
			table_set_cursor(h->table, h->count - 1);
		}
	} else if (a == ACT_DUES_ANNOTATE) {
		history_annotate(h);
	} else if (!table_key(h->table, a)) {
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context history_contexts[] = { CTX_DUES_HISTORY, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action history_bar[] = {
	ACT_BACK, ACT_DUES_REVERSE, ACT_DUES_ANNOTATE, ACT_HELP, ACT_QUIT, ACT_NONE,
};

static const struct screen_ops history_page = {
	.name = "dues-history", .title = N_("Dues"),
	.open = history_open, .close = history_close, .draw = history_draw, .key = history_key,
	.contexts = history_contexts, .bar = history_bar, .reload = history_reload,
};

void dues_history_page(struct app *app, const struct dues_row *row, int year)
{
	struct history_arg arg = { row, year };
	screen_run(app, &history_page, &arg);
}

/* ---- fixing one member's amount ---- */

enum { FIX_CATEGORY, FIX_BASE, FIX_AMOUNT, FIX_REASON, FIX_APPROVAL, FIX_NOTE, FIX_FIELDS };

struct fix {
	struct app *app;
	const char *name;
	struct dues_settings set;
	struct dues_fixing f;
	char title[512];
};

/* The title says what the rules give for the category and base typed. */
static void fix_title(struct fix *x, struct form *form)
{
	struct dues_fixing f = x->f;
	fen_t base = 0;
	bool given;
	char rate[DUES_RATE_SIZE], money[MONEY_SIZE], b[MONEY_SIZE], buf[LINEEDIT_SIZE];
	const char *why;
	int n = snprintf(x->title, sizeof x->title, _("Fix the monthly dues of %s for %d"), x->name, f.year);
	text_copy(f.category, sizeof f.category, form_get(form, FIX_CATEGORY));
	trimmed(form, FIX_BASE, buf, sizeof buf);
	given = *buf && money_parse(buf, &base, &why);
	f.base = given ? base : 0;
	if (n < 0 || (size_t)n >= sizeof x->title || !dues_fixing_compute(&x->set, &f, false))
		return;
	money_format(f.computed, money);
	if (f.rate > 0 && given) {
		dues_rate_format(f.rate, rate);
		money_format(f.base, b);
		snprintf(x->title + n, sizeof x->title - (size_t)n, _(": by the rules %s × %s = %s"), b, rate, money);
	} else if (f.rate == 0) {
		snprintf(x->title + n, sizeof x->title - (size_t)n, _(": by the rules %s"), money);
	}
}

static void fix_check(void *ctx, struct form *form, int field)
{
	struct fix *x = ctx;
	fen_t v;
	bool given;
	if (field == FIX_BASE || field == FIX_AMOUNT)
		check_money(form, field, &v, &given);
	if (field == FIX_CATEGORY || field == FIX_BASE)
		fix_title(x, form);
}

static bool fix_save(void *ctx, struct form *form)
{
	struct fix *x = ctx;
	struct dues_fixing f = x->f;
	enum dues_scheme scheme;
	fen_t base = 0, amount = 0;
	bool base_given, amount_given;
	text_copy(f.category, sizeof f.category, form_get(form, FIX_CATEGORY));
	if (!dues_scheme_for(f.category, &scheme))
		form_error(form, FIX_CATEGORY, "%s", _("required"));
	if (check_money(form, FIX_BASE, &base, &base_given) && !base_given && dues_scheme_for(f.category, &scheme) &&
	    dues_scheme_uses_base(scheme))
		form_error(form, FIX_BASE, "%s", _("required: the amount is worked out from it"));
	check_money(form, FIX_AMOUNT, &amount, &amount_given);
	check_text(form, FIX_REASON, f.reason, sizeof f.reason, false);
	check_text(form, FIX_APPROVAL, f.approval, sizeof f.approval, false);
	check_text(form, FIX_NOTE, f.note, sizeof f.note, false);
	if (form_error_count(form))
		return false;
	f.base = dues_scheme_uses_base(scheme) ? base : 0;
	dues_fixing_compute(&x->set, &f, false);
	if (amount_given)
		f.amount = amount;
	const char *problem = dues_fixing_problem(&f);
	if (problem) {
		if (!*f.reason)
			form_error(form, FIX_REASON, "%s", problem);
		if (!*f.approval)
			form_error(form, FIX_APPROVAL, "%s", problem);
		if (!form_error_count(form))
			form_error(form, FIX_AMOUNT, "%s", problem);
		return false;
	}
	f.reviewed = true;
	today_iso(f.fixed_on);
	char why[512];
	if (!dues_fixing_save_edit(x->app->db, &x->f, &f, why, sizeof why)) {
		ui_message(x->app->ui, _("Not saved"), *why ? why : db_error(x->app->db));
		return false;
	}
	x->f = f;
	return true;
}

bool dues_fix_form(struct app *app, long long member_id, const char *name, int year)
{
	struct fix x = { .app = app, .name = name };
	struct member m;
	char base[MONEY_SIZE] = "", amount[MONEY_SIZE] = "";
	dues_settings_load(app->db, &x.set);
	if (!dues_fixing_get(app->db, member_id, year, &x.f)) {
		memset(&x.f, 0, sizeof x.f);
		x.f.member_id = member_id;
		x.f.year = year;
		if (member_get(app->db, member_id, &m))
			text_copy(x.f.category, sizeof x.f.category, m.category);
	} else {
		if (x.f.rate > 0)
			money_format(x.f.base, base);
		if (x.f.amount != x.f.computed)
			money_format(x.f.amount, amount);
	}
	struct form_field fields[FIX_FIELDS] = {
		[FIX_CATEGORY] = { .label = _(member_fields[MF_CATEGORY].label), .type = FORM_CHOICE, .required = true,
				   .choices = roster_categories, .empty_label = _("(choose)") },
		[FIX_BASE] = { .label = _("Base (after tax)"), .type = FORM_TEXT },
		[FIX_AMOUNT] = { .label = _("Another amount"), .type = FORM_TEXT },
		[FIX_REASON] = { .label = _("Reason for it"), .type = FORM_TEXT },
		[FIX_APPROVAL] = { .label = _("Approved by"), .type = FORM_TEXT },
		[FIX_NOTE] = { .label = _("Note"), .type = FORM_TEXT },
	};
	struct form form = { .title = x.title, .fields = fields, .count = FIX_FIELDS, .check = fix_check,
			     .save = fix_save, .ctx = &x };
	form_set(&form, FIX_CATEGORY, x.f.category);
	form_set(&form, FIX_BASE, base);
	form_set(&form, FIX_AMOUNT, amount);
	form_set(&form, FIX_REASON, x.f.reason);
	form_set(&form, FIX_APPROVAL, x.f.approval);
	form_set(&form, FIX_NOTE, x.f.note);
	fix_title(&x, &form);
	if (!form_run(app->ui, &form))
		return false;
	char money[MONEY_SIZE];
	money_format(x.f.amount, money);
	ui_status(app->ui, _("%s, %d: %s a month."), name, year, money);
	return true;
}

/* ---- the yearly fixing table ---- */

enum { FC_NAME, FC_CATEGORY, FC_BASE, FC_RATE, FC_COMPUTED, FC_AMOUNT, FC_STATE, FC_NOTE, FC_COUNT };

struct fixings {
	struct app *app;
	int year;
	char query[LINEEDIT_SIZE];
	long long count;
	struct dues_year_status status;
	bool status_ok;
	struct dues_row *rows;     /* one page, TABLE_PAGE rows */
	struct table *table;
	struct table_column cols[FC_COUNT];
};

static struct dues_query fixings_query(const struct fixings *fx)
{
	return (struct dues_query){
		.first = month_index(fx->year, 1), .months = 12, .as_of = date_today(),
		.search = *fx->query ? fx->query : NULL, .limit = -1,
	};
}

static long long fixings_count(void *ctx)
{
	struct fixings *fx = ctx;
	struct dues_query q = fixings_query(fx);
	fx->count = dues_count(fx->app->db, &q);
	return fx->count;
}

static void fixing_cells(const struct dues_row *r, char cells[FC_COUNT][300])
{
	const struct dues_fixing *f = &r->fix;
	for (int c = 0; c < FC_COUNT; c++)
		cells[c][0] = '\0';
	text_copy(cells[FC_NAME], 300, r->name);
	text_copy(cells[FC_CATEGORY], 300, r->category);
	if (!r->fixed) {
		text_copy(cells[FC_STATE], 300, _("unfixed"));
		return;
	}
	if (f->rate > 0) {
		char rate[DUES_RATE_SIZE];
		money_format(f->base, cells[FC_BASE]);
		dues_rate_format(f->rate, rate);
		text_copy(cells[FC_RATE], 300, rate);
	}
	money_format(f->computed, cells[FC_COMPUTED]);
	money_format(f->amount, cells[FC_AMOUNT]);
	if (!f->reviewed)
		text_copy(cells[FC_STATE], 300, _("to review"));
	else if (f->amount != f->computed)
		text_copy(cells[FC_STATE], 300, _("adjusted"));
	note_add(cells[FC_NOTE], 300, f->reason);
	note_add(cells[FC_NOTE], 300, f->approval);
	if (!cells[FC_NOTE][0])
		text_copy(cells[FC_NOTE], 300, f->note);
}

static bool fixings_fetch(void *ctx, int sort, bool desc, long long offset, int limit, struct table_rows *rows)
{
	struct fixings *fx = ctx;
	struct dues_query q = fixings_query(fx);
	int n = 0;
	(void)sort;
	if (limit > TABLE_PAGE)
		limit = TABLE_PAGE;
	/* Descending: the same rows from the other end, the last first. */
	q.offset = desc ? fx->count - offset - limit : offset;
	q.limit = limit;
	if (q.offset < 0) {
		q.limit += q.offset;
		q.offset = 0;
	}
	if (q.limit <= 0)
		return true;
	if (!dues_page(fx->app->db, &q, fx->rows, (int)q.limit, &n))
		return false;
	for (int i = 0; i < n; i++) {
		const struct dues_row *r = &fx->rows[desc ? n - 1 - i : i];
		char cells[FC_COUNT][300];
		const char *c[FC_COUNT];
		fixing_cells(r, cells);
		for (int k = 0; k < FC_COUNT; k++)
			c[k] = cells[k];
		table_rows_add(rows, r->member_id, !r->fixed ? UI_DIM : !r->fix.reviewed ? UI_SOON : UI_NORMAL, c);
	}
	return true;
}

/* The year N fixes: the year shown while members of it have no amount,
 * else the one after. */
static int fixings_target_year(const struct fixings *fx)
{
	return fx->status_ok && fx->status.unfixed > 0 ? fx->year : fx->year + 1;
}

static void fixings_reload(struct fixings *fx, bool reset_cursor)
{
	fx->status_ok = dues_year_status(fx->app->db, fx->year, &fx->status);
	table_reload(fx->table, reset_cursor);
}

static void fixings_draw(void *ctx, struct ui *ui)
{
	struct fixings *fx = ctx;
	int y, h, cols = ui_cols(ui);
	char line[512], part[LINEEDIT_SIZE + 64];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, " %s", _("The yearly fixing of party dues (核定)"));
	snprintf(part, sizeof part, _("%d · [ ] other years"), fx->year);
	int pw = text_width(part);
	ui_fill(y, 0, cols, UI_HEADER);
	ui_text(y, 0, cols - pw - 2, line, UI_HEADER);
	ui_text_right(y, cols - pw - 1, pw, part, UI_HEADER);
	if (fx->status_ok)
		snprintf(line, sizeof line, _("%d: %lld members · %lld without an amount · %lld to review"),
			 fx->year, fx->status.members, fx->status.unfixed, fx->status.drafts);
	else
		snprintf(line, sizeof line, "%s", db_error(fx->app->db));
	if (fx->status_ok) {
		snprintf(part, sizeof part, _("%s fixes %d"), action_key_label(ACT_DUES_FIX_NEXT), fixings_target_year(fx));
		text_add(line, sizeof line, " · ", part);
	}
	if (*fx->query) {
		snprintf(part, sizeof part, _("search: %s"), fx->query);
		text_add(line, sizeof line, " · ", part);
	}
	ui_text(y + 1, 1, cols - 2, line, fx->status_ok ? UI_NORMAL : UI_ERROR);
	snprintf(line, sizeof line, _("No member belongs to the branch in %d."), fx->year);
	table_set_empty_text(fx->table, *fx->query ? _("No member matches. Esc clears the search.") : line);
	table_draw(fx->table, y + 2, 1, h - 2, cols - 2);
	if (table_failed(fx->table))
		ui_error(ui, "%s: %s", _("Cannot read the dues from the database"), db_error(fx->app->db));
}

struct fix_year {
	int year;
	char on[DATE_ISO_SIZE];
	struct dues_fix_result r;
};

static bool fix_year_write(void *ctx, struct db *db)
{
	struct fix_year *fy = ctx;
	return dues_fix_year(db, fy->year, fy->on, &fy->r);
}

static bool fixings_next_year(struct fixings *fx)
{
	struct app *app = fx->app;
	char question[512], text[512];
	struct fix_year fy = { .year = fixings_target_year(fx) };
	snprintf(question, sizeof question,
		 _("Fix %d: each member's amount from the rules, with the category of the roster and the latest "
		   "base, marked to review? Amounts already fixed for %d stay as they are."),
		 fy.year, fy.year);
	if (!ui_confirm(app->ui, question, false))
		return false;
	today_iso(fy.on);
	if (!app_transaction(app, fix_year_write, &fy))
		return false;
	snprintf(text, sizeof text,
		 _("%d: %d new amounts to review (%d with an earlier base); %d members need a base first "
		   "(Enter fixes one); %d had one already."),
		 fy.year, fy.r.created, fy.r.copied, fy.r.need_base, fy.r.kept);
	ui_message(app->ui, _("Fix year"), text);
	fx->year = fy.year;
	return true;
}

/* Withdrawing fixings made by mistake: the reason is asked in a form. */
struct unfix {
	struct app *app;
	int year;
	long long member_id;
	int count;
};

static bool unfix_save(void *ctx, struct form *form)
{
	struct unfix *u = ctx;
	char reason[LINEEDIT_SIZE], on[DATE_ISO_SIZE], why[512];
	text_copy(reason, sizeof reason, form_get(form, 0));
	text_trim(reason);
	if (!*reason) {
		form_error(form, 0, "%s", _("required"));
		return false;
	}
	today_iso(on);
	if (dues_fixing_withdraw(u->app->db, u->year, u->member_id, on, reason, &u->count, why, sizeof why))
		return true;
	if (*why)
		form_error(form, 0, "%s", why);
	else
		ui_message(u->app->ui, _("Not saved"), db_error(u->app->db));
	return false;
}

static bool fixings_withdraw(struct fixings *fx, bool whole_year)
{
	struct unfix u = { .app = fx->app, .year = fx->year };
	char title[256], name[96], text[256];
	if (whole_year) {
		snprintf(title, sizeof title, _("Withdraw every amount fixed for %d (made by mistake)?"), fx->year);
	} else {
		u.member_id = table_cursor_id(fx->table);
		if (!u.member_id)
			return false;
		text_copy(name, sizeof name, table_cursor_cell(fx->table, FC_NAME));
		snprintf(title, sizeof title, _("Withdraw the amount fixed for %s for %d (made by mistake)?"), name,
			 fx->year);
	}
	struct form_field field = { .label = _("Reason"), .type = FORM_TEXT, .required = true };
	struct form form = { .title = title, .fields = &field, .count = 1, .save = unfix_save, .ctx = &u };
	form_set(&form, 0, "");
	if (!form_run(fx->app->ui, &form))
		return false;
	snprintf(text, sizeof text, ngettext("%d: %d amount fixed is withdrawn.", "%d: %d amounts fixed are withdrawn.",
					     u.count), fx->year, u.count);
	ui_message(fx->app->ui, _("Withdraw"), text);
	return true;
}

static void fixings_search_changed(void *ctx)
{
	struct fixings *fx = ctx;
	table_reload(fx->table, true);
}

static bool fixings_move(void *ctx, enum action a)
{
	struct fixings *fx = ctx;
	return table_key(fx->table, a);
}

/* The fixing table of a year: a page (screen_run), arg the year. */
static void *fixings_open(struct app *app, const void *arg)
{
	const struct table_column cols[FC_COUNT] = {
		[FC_NAME] = { _("Name"), 8, 2, false },
		[FC_CATEGORY] = { _(member_fields[MF_CATEGORY].label), 8, 0, false },
		[FC_BASE] = { _("Base"), 9, 0, true },
		[FC_RATE] = { _("Rate"), 4, 0, true },
		[FC_COMPUTED] = { _("By rule"), 7, 0, true },
		[FC_AMOUNT] = { _("Monthly"), 7, 0, true },
		[FC_STATE] = { _("State"), 6, 0, false },
		[FC_NOTE] = { _("Reason and approval, or note"), 8, 3, false },
	};
	struct fixings *fx = calloc(1, sizeof *fx);
	if (!fx)
		abort();
	fx->app = app;
	fx->year = *(const int *)arg;
	memcpy(fx->cols, cols, sizeof cols);
	fx->rows = calloc(TABLE_PAGE, sizeof *fx->rows);
	if (!fx->rows)
		abort();
	fx->table = table_new(fx->cols, FC_COUNT, (struct table_source){ fixings_count, fixings_fetch, fx });
	table_set_unsortable(fx->table); /* the records' order */
	fixings_reload(fx, true);
	return fx;
}

static void fixings_close(void *st)
{
	struct fixings *fx = st;
	table_free(fx->table);
	free(fx->rows);
	free(fx);
}

static void fixings_changed(void *st)
{
	fixings_reload(st, false);
}

static int fixings_key(void *st, enum action a, int key)
{
	struct fixings *fx = st;
	struct app *app = fx->app;
	(void)key;
	switch (a) {
	case ACT_BACK:
		if (!*fx->query)
			return SCREEN_UNUSED;
		fx->query[0] = '\0';
		table_reload(fx->table, true);
		break;
	case ACT_DUES_FIX_EDIT: {
		long long id = table_cursor_id(fx->table);
		char name[96];
		text_copy(name, sizeof name, table_cursor_cell(fx->table, FC_NAME));
		if (id)
			dues_fix_form(app, id, name, fx->year);
		break;
	}
	case ACT_DUES_FIX_NEXT:
		if (fixings_next_year(fx))
			fixings_reload(fx, true);
		break;
	case ACT_DUES_UNFIX:
	case ACT_DUES_UNFIX_YEAR:
		if (fixings_withdraw(fx, a == ACT_DUES_UNFIX_YEAR))
			fixings_reload(fx, false);
		break;
	case ACT_DUES_YEAR_PREV:
	case ACT_DUES_YEAR_NEXT:
		fx->year += a == ACT_DUES_YEAR_PREV ? -1 : 1;
		fixings_reload(fx, true);
		break;
	case ACT_SEARCH:
		ui_search(app->ui, _("Search (name, pinyin or ID digits): "), fx->query, sizeof fx->query, 0,
			  fixings_search_changed, fixings_move, fx);
		break;
	default:
		return table_key(fx->table, a) ? SCREEN_DONE : SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context fixings_contexts[] = { CTX_DUES_FIXINGS, CTX_DUES_YEAR, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action fixings_bar[] = {
	ACT_BACK, ACT_DUES_FIX_EDIT, ACT_SEARCH, ACT_DUES_FIX_NEXT, ACT_DUES_UNFIX, ACT_HELP, ACT_QUIT, ACT_NONE,
};

static const struct screen_ops fixings_page = {
	.name = "dues-fixings", .title = N_("Fixings"),
	.open = fixings_open, .close = fixings_close, .draw = fixings_draw, .key = fixings_key,
	.contexts = fixings_contexts, .bar = fixings_bar, .reload = fixings_changed,
};

void dues_fixings_page(struct app *app, int year)
{
	screen_run(app, &fixings_page, &year);
}

/* ---- remittances ---- */

enum { RC_ID, RC_DATE, RC_PERIOD, RC_AMOUNT, RC_RECEIVER, RC_NOTE, RC_COUNT };

struct remittances {
	struct app *app;
	int year;
	struct dues_remittance *list;
	int count;
	size_t cap;
	bool failed;
	fen_t collected, remitted, all_collected, all_remitted;
	long long added;          /* the remittance just recorded */
	struct table_list *list_source;
	struct table *table;
	struct table_column cols[RC_COUNT];
};

static void add_remittance(void *ctx, const struct dues_remittance *r)
{
	struct remittances *rs = ctx;
	rs->list = grow_array(rs->list, rs->count, &rs->cap, 16, sizeof *rs->list);
	rs->list[rs->count++] = *r;
}

static void remittances_load(struct remittances *rs)
{
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
	snprintf(from, sizeof from, "%04d-01-01", rs->year);
	snprintf(to, sizeof to, "%04d-12-31", rs->year);
	rs->count = 0;
	rs->failed = !dues_remittance_each(rs->app->db, from, to, add_remittance, rs) ||
		     !dues_cash(rs->app->db, from, to, &rs->collected, &rs->remitted) ||
		     !dues_cash(rs->app->db, NULL, NULL, &rs->all_collected, &rs->all_remitted);
}

/* The remittances remittances_load read, by date. */
static bool remittances_fill(void *ctx, struct table_list *list)
{
	struct remittances *rs = ctx;
	if (rs->failed)
		return false;
	for (int k = 0; k < rs->count; k++) {
		const struct dues_remittance *r = &rs->list[k];
		char id[24], money[MONEY_SIZE], note[600] = "", part[64];
		snprintf(id, sizeof id, "%lld", r->id);
		money_format(r->amount, money);
		if (r->reverses) {
			snprintf(part, sizeof part, _("reverses %lld"), r->reverses);
			note_add(note, sizeof note, part);
		}
		if (r->reversed_by) {
			snprintf(part, sizeof part, _("reversed by %lld"), r->reversed_by);
			note_add(note, sizeof note, part);
		}
		note_add(note, sizeof note, r->note);
		const char *cells[RC_COUNT] = { id, r->remitted_on, r->period, money, r->receiver, note };
		table_list_add(list, r->id, r->reverses || r->reversed_by ? UI_DIM : UI_NORMAL, cells);
	}
	return true;
}

static void remittances_draw(void *ctx, struct ui *ui)
{
	struct remittances *rs = ctx;
	int y, h, cols = ui_cols(ui);
	char line[512], part[128], a[MONEY_SIZE], b[MONEY_SIZE], c[MONEY_SIZE], d[MONEY_SIZE];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, " %s", _("Remittances to the higher committee (上缴)"));
	snprintf(part, sizeof part, _("%d · [ ] other years"), rs->year);
	int pw = text_width(part);
	ui_fill(y, 0, cols, UI_HEADER);
	ui_text(y, 0, cols - pw - 2, line, UI_HEADER);
	ui_text_right(y, cols - pw - 1, pw, part, UI_HEADER);
	money_format(rs->collected, a);
	money_format(rs->remitted, b);
	money_format(rs->collected - rs->remitted, c);
	money_format(rs->all_collected - rs->all_remitted, d);
	snprintf(line, sizeof line, _("%d: collected %s · remitted %s · difference %s · the branch holds %s"),
		 rs->year, a, b, c, d);
	ui_text(y + 1, 1, cols - 2, line, UI_NORMAL);
	snprintf(line, sizeof line, _("No remittance recorded in %d: %s records one."), rs->year,
		 action_key_label(ACT_DUES_REMIT_ADD));
	table_set_empty_text(rs->table, line);
	table_draw(rs->table, y + 2, 1, h - 2, cols - 2);
	if (rs->failed)
		ui_error(ui, "%s: %s", _("Cannot read the dues from the database"), db_error(rs->app->db));
}

/* The period as stored: YYYYQn, YYYY or YYYY-MM. */
static bool period_normal(const char *text, char out[16])
{
	int y, m, q;
	char *end;
	if (quarter_parse(text, &y, &q, NULL)) {
		snprintf(out, 16, "%04dQ%d", y, q);
		return true;
	}
	long year = strtol(text, &end, 10);
	if (*text && !*end && year >= 1921 && year <= 2999) {
		snprintf(out, 16, "%04ld", year);
		return true;
	}
	if (month_parse(text, &y, &m, NULL)) {
		month_format(month_index(y, m), out);
		return true;
	}
	return false;
}

enum { RF_DATE, RF_PERIOD, RF_AMOUNT, RF_RECEIVER, RF_NOTE, RF_FIELDS };

struct remit {
	struct app *app;
	struct dues_remittance r;
	char suggested[MONEY_SIZE];  /* the amount filled in: what is left to remit for the period */
};

/* The period's amount left to remit goes into 金额 while the user has not
 * typed another. */
static void remit_suggest(struct remit *x, struct form *form)
{
	char period[16];
	fen_t left;
	if (!period_normal(form_get(form, RF_PERIOD), period) || !dues_to_remit(x->app->db, period, &left))
		return;
	if (strcmp(form_get(form, RF_AMOUNT), x->suggested) != 0)
		return;
	if (left > 0)
		money_format(left, x->suggested);
	else
		x->suggested[0] = '\0';
	form_set(form, RF_AMOUNT, x->suggested);
}

static void remit_check(void *ctx, struct form *form, int i)
{
	if (i == RF_PERIOD)
		remit_suggest(ctx, form);
}

static bool remit_save(void *ctx, struct form *form)
{
	struct remit *x = ctx;
	char buf[LINEEDIT_SIZE];
	bool given;
	check_day(form, RF_DATE, x->r.remitted_on);
	trimmed(form, RF_PERIOD, buf, sizeof buf);
	if (!period_normal(buf, x->r.period))
		form_error(form, RF_PERIOD, "%s", _("a quarter (2026Q3), a year (2026) or a month (2026-09)"));
	if (check_money(form, RF_AMOUNT, &x->r.amount, &given) && (!given || x->r.amount == 0))
		form_error(form, RF_AMOUNT, "%s", given ? _("must be more than 0") : _("required"));
	check_text(form, RF_RECEIVER, x->r.receiver, sizeof x->r.receiver, true);
	check_text(form, RF_NOTE, x->r.note, sizeof x->r.note, false);
	if (form_error_count(form))
		return false;
	fen_t held;
	bool over;
	if (dues_remittance_add(x->app->db, &x->r, false, &held, &over))
		return true;
	if (over) {
		char question[512], money[MONEY_SIZE], have[MONEY_SIZE], after[MONEY_SIZE];
		money_format(x->r.amount, money);
		money_format(held, have);
		money_format(held - x->r.amount, after);
		snprintf(question, sizeof question,
			 _("%s is more than the branch holds (%s): its balance would be %s. Record it as it is?"), money,
			 have, after);
		if (ui_confirm(x->app->ui, question, false) && dues_remittance_add(x->app->db, &x->r, true, &held, &over))
			return true;
		if (over)
			return false;
	}
	ui_message(x->app->ui, _("Not saved"), db_error(x->app->db));
	return false;
}

/* Record a remittance; the list moves to the year it was made in. */
static bool remit_form(struct remittances *rs)
{
	struct app *app = rs->app;
	struct remit x = { .app = app };
	char today[DATE_ISO_SIZE], period[16], title[256], balance[MONEY_SIZE];
	struct date t = date_today();
	struct form_field fields[RF_FIELDS] = {
		[RF_DATE] = { .label = _("Date remitted"), .type = FORM_DATE, .required = true },
		[RF_PERIOD] = { .label = _("Period"), .type = FORM_TEXT, .required = true },
		[RF_AMOUNT] = { .label = _("Amount"), .type = FORM_TEXT, .required = true },
		[RF_RECEIVER] = { .label = _("Received by"), .type = FORM_TEXT, .required = true },
		[RF_NOTE] = { .label = _("Note"), .type = FORM_TEXT },
	};
	money_format(rs->all_collected - rs->all_remitted, balance);
	snprintf(title, sizeof title, _("Record a remittance (the branch holds %s)"), balance);
	struct form form = { .title = title, .fields = fields, .count = RF_FIELDS, .check = remit_check,
			     .save = remit_save, .ctx = &x };
	today_iso(today);
	if (rs->year == t.y)
		snprintf(period, sizeof period, "%04dQ%d", t.y, quarter_of_month(t.m));
	else
		snprintf(period, sizeof period, "%04d", rs->year);
	struct branch b;
	form_set(&form, RF_DATE, today);
	form_set(&form, RF_PERIOD, period);
	form_set(&form, RF_AMOUNT, "");
	remit_suggest(&x, &form);
	form_set(&form, RF_RECEIVER, branch_get(app->db, &b) ? b.higher_committee : "");
	form_set(&form, RF_NOTE, "");
	if (!form_run(app->ui, &form))
		return false;
	money_format(x.r.amount, balance);
	ui_status(app->ui, _("Remittance %lld: %s for %s to %s on %s."), x.r.id, balance, x.r.period,
		  x.r.receiver, x.r.remitted_on);
	rs->year = atoi(x.r.remitted_on);
	rs->added = x.r.id;
	return true;
}

static void remittances_reload(void *st);

static bool remittance_reverse(struct remittances *rs)
{
	long long id = table_cursor_id(rs->table);
	const struct dues_remittance *r = NULL;
	char title[256], money[MONEY_SIZE];
	for (int i = 0; i < rs->count; i++)
		if (rs->list[i].id == id)
			r = &rs->list[i];
	if (!r)
		return false;
	if (r->reverses || r->reversed_by) {
		ui_error(rs->app->ui, r->reverses ? _("Remittance %lld is itself a reversal.")
						  : _("Remittance %lld was reversed already."), r->id);
		return false;
	}
	struct reversal x = { .app = rs->app, .id = r->id, .remittance = true };
	money_format(r->amount, money);
	snprintf(title, sizeof title, _("Reverse remittance %lld: %s for %s on %s"), r->id, money, r->period,
		 r->remitted_on);
	if (!reversal_form(rs->app, &x, title))
		return false;
	ui_status(rs->app->ui, _("Remittance %lld reversed by remittance %lld."), x.id, x.new_id);
	rs->added = x.new_id; /* the new row that cancels it: the cursor on it, in view */
	remittances_reload(rs);
	return true;
}

/* Remittances: a page (screen_run), arg the year. */
static void *remittances_open(struct app *app, const void *arg)
{
	const struct table_column cols[RC_COUNT] = {
		[RC_ID] = { _("No."), 4, 0, true },
		[RC_DATE] = { _("Date"), 10, 0, false },
		[RC_PERIOD] = { _("Period"), 7, 0, false },
		[RC_AMOUNT] = { _("Amount"), 10, 0, true },
		[RC_RECEIVER] = { _("Received by"), 10, 2, false },
		[RC_NOTE] = { _("Note"), 8, 2, false },
	};
	struct remittances *rs = calloc(1, sizeof *rs);
	if (!rs)
		abort();
	rs->app = app;
	rs->year = *(const int *)arg;
	memcpy(rs->cols, cols, sizeof cols);
	remittances_load(rs);
	rs->list_source = table_list_new(RC_COUNT, remittances_fill, rs);
	rs->table = table_new(rs->cols, RC_COUNT, table_list_source(rs->list_source));
	table_set_unsortable(rs->table); /* the records' order */
	return rs;
}

static void remittances_close(void *st)
{
	struct remittances *rs = st;
	table_free(rs->table);
	table_list_free(rs->list_source);
	free(rs->list);
	free(rs);
}

/* Read again; the cursor on a remittance just added. */
static void remittances_reload(void *st)
{
	struct remittances *rs = st;
	remittances_load(rs);
	table_reload(rs->table, rs->added != 0);
	for (int i = 0; rs->added && i < rs->count; i++)
		if (rs->list[i].id == rs->added)
			table_set_cursor(rs->table, i);
	rs->added = 0;
}

static int remittances_key(void *st, enum action a, int key)
{
	struct remittances *rs = st;
	(void)key;
	if (a == ACT_DUES_REMIT_ADD) {
		if (remit_form(rs))
			remittances_reload(rs);
	} else if (a == ACT_DUES_REMIT_REVERSE) {
		remittance_reverse(rs);
	} else if (a == ACT_DUES_YEAR_PREV || a == ACT_DUES_YEAR_NEXT) {
		rs->year += a == ACT_DUES_YEAR_PREV ? -1 : 1;
		remittances_load(rs);
		table_reload(rs->table, true);
	} else if (!table_key(rs->table, a)) {
		return SCREEN_UNUSED;
	}
	return SCREEN_DONE;
}

static const enum ui_context remittances_contexts[] = { CTX_DUES_REMIT, CTX_DUES_YEAR, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action remittances_bar[] = {
	ACT_BACK, ACT_DUES_REMIT_ADD, ACT_DUES_REMIT_REVERSE, ACT_HELP, ACT_QUIT, ACT_NONE,
};

static const struct screen_ops remittances_page = {
	.name = "dues-remittances", .title = N_("Remittances"),
	.open = remittances_open, .close = remittances_close, .draw = remittances_draw, .key = remittances_key,
	.contexts = remittances_contexts, .bar = remittances_bar, .reload = remittances_reload,
};

void dues_remittances_page(struct app *app, int year)
{
	screen_run(app, &remittances_page, &year);
}
