/* zhibu import dues | payments: the yearly fixings (核定) and the payments
 * a branch kept in a spreadsheet.  A member is found by 公民身份号码, or by
 * 姓名 when no ID number is given and only one member has that name.  Every
 * row is checked; any problem means nothing is written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/dues.h"
#include "cli/import_options.h"
#include "core/keyset.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/money.h"
#include "core/text.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/member.h"
#include "io/import.h"
#include "io/progress.h"
#include "rules/dues.h"
#include "rules/roster.h"


/* The member a row means (columns col_id and col_name); false after
 * reporting why not. */
static bool row_member(struct import *im, struct db *db, int col_id, int col_name, struct member *m)
{
	char idnum[IDNUM_SIZE] = "", name[96];
	const char *why;
	text_copy(name, sizeof name, import_value(im, col_name));
	text_trim(name);
	char raw[64];
	text_copy(raw, sizeof raw, import_value(im, col_id));
	text_trim(raw);
	if (*raw) {
		struct date birth;
		enum sex sex;
		if (!idnum_parse(raw, idnum, &birth, &sex, &why)) {
			import_error(im, col_id, "%s", why);
			return false;
		}
	} else if (!*name) {
		import_error(im, -1, _("give the 公民身份号码 or the 姓名 of the member"));
		return false;
	}
	switch (dues_member_lookup(db, idnum, name, m)) {
	case DUES_MATCH_FOUND:
		break;
	case DUES_MATCH_NONE:
		if (*idnum)
			import_error(im, col_id, _("no member has this ID number"));
		else
			import_error(im, col_name, _("no member is called %s"), name);
		return false;
	case DUES_MATCH_MANY:
		import_error(im, col_name, _("several members are called %s: give the 公民身份号码"), name);
		return false;
	case DUES_MATCH_ERROR:
		import_error(im, -1, "%s", db_error(db));
		return false;
	}
	if (*idnum && *name && strcmp(name, m->name) != 0) {
		import_error(im, col_name, _("the member with this ID number is called %s"), m->name);
		return false;
	}
	return true;
}

/* ---- Fixings ---- */

enum { FX_ID, FX_NAME, FX_YEAR, FX_CATEGORY, FX_BASE, FX_AMOUNT, FX_NOTE, FX_REASON, FX_APPROVAL, FX_COUNT };

static const struct import_column fixing_columns[FX_COUNT] = {
	[FX_ID] = { "公民身份号码", false },
	[FX_NAME] = { "姓名", false },
	[FX_YEAR] = { "年度", true },
	[FX_CATEGORY] = { "人员类别", false },
	[FX_BASE] = { "计算基数", false },
	[FX_AMOUNT] = { "月应交", false },
	[FX_NOTE] = { "备注", false },
	[FX_REASON] = { "调整原因", false },
	[FX_APPROVAL] = { "审批情况", false },
};

static bool read_money(struct import *im, int col, fen_t *out, bool *given)
{
	char v[64];
	const char *why;
	text_copy(v, sizeof v, import_value(im, col));
	text_trim(v);
	*given = *v != '\0';
	*out = 0;
	if (!*given)
		return true;
	if (!money_parse(v, out, &why)) {
		import_error(im, col, "%s", why);
		return false;
	}
	return true;
}

static void copy_cell(struct import *im, int col, char *dst, size_t size)
{
	text_copy(dst, size, import_value(im, col));
	text_trim(dst);
}

static bool read_fixing_row(struct import *im, struct db *db, const struct import_options *o,
			    const struct dues_settings *set, struct keyset *seen, struct dues_fixing *f,
			    bool *exists)
{
	int before = im->errors;
	struct member m;
	char v[64], key[64];
	*exists = false;
	memset(f, 0, sizeof *f);
	bool have_member = row_member(im, db, FX_ID, FX_NAME, &m);

	copy_cell(im, FX_YEAR, v, sizeof v);
	char *end;
	long year = strtol(v, &end, 10);
	if (!*v || *end || year < 1900 || year > 2999) {
		import_error(im, FX_YEAR, _("not a year (e.g. 2026)"));
		return false;
	}
	f->year = (int)year;
	if (!have_member)
		return false;
	f->member_id = m.id;
	snprintf(key, sizeof key, "%lld/%ld", m.id, year);
	size_t first = keyset_add(seen, key, im->row.line);
	if (first)
		import_error(im, FX_YEAR, _("%s, %ld, is already on line %zu"), m.name, year, first);

	int mfirst, mlast;
	if (dues_member_months(m.join_date, m.status, m.status_date, &mfirst, &mlast) &&
	    (mfirst > month_index(f->year, 12) || mlast < month_index(f->year, 1)))
		import_error(im, FX_YEAR, _("%s did not belong to the branch in %d"), m.name, f->year);

	struct dues_fixing old;
	if (dues_fixing_get(db, m.id, f->year, &old)) {
		*exists = true;
		if (!o->update) {
			char money[MONEY_SIZE];
			money_format(old.amount, money);
			import_error(im, FX_YEAR, _("%s's dues for %d are already fixed (%s a month); use --update to replace them"),
				     m.name, f->year, money);
		}
	}

	copy_cell(im, FX_CATEGORY, v, sizeof v);
	if (*v) {
		struct member scratch;
		const char *why;
		member_init(&scratch);
		if ((why = member_set_field(&scratch, MF_CATEGORY, v)))
			import_error(im, FX_CATEGORY, "%s", why);
		text_copy(f->category, sizeof f->category, scratch.category);
	} else {
		text_copy(f->category, sizeof f->category, m.category);
	}
	bool base_given, amount_given;
	fen_t amount;
	if (!read_money(im, FX_BASE, &f->base, &base_given) || !read_money(im, FX_AMOUNT, &amount, &amount_given))
		return false;
	if (im->errors != before)
		return false;
	enum dues_scheme scheme;
	if (!dues_fixing_compute(set, f, false) || !dues_scheme_for(f->category, &scheme))
		return false;
	if (amount_given)
		f->amount = amount;
	copy_cell(im, FX_NOTE, f->note, sizeof f->note);
	copy_cell(im, FX_REASON, f->reason, sizeof f->reason);
	copy_cell(im, FX_APPROVAL, f->approval, sizeof f->approval);
	f->reviewed = true;
	date_format(date_today(), f->fixed_on);

	if (dues_scheme_uses_base(scheme) && !base_given && !amount_given) {
		import_error(im, FX_BASE, _("is needed for %s (or give 月应交 with its reason and approval)"), f->category);
		return false;
	}
	if (f->amount != f->computed && (text_blank(f->reason) || text_blank(f->approval))) {
		char a[MONEY_SIZE], b[MONEY_SIZE];
		money_format(f->amount, a);
		money_format(f->computed, b);
		import_error(im, FX_AMOUNT,
			     _("%s is not the %s the rules give: give 调整原因 and 审批情况 (paying less needs the higher committee's approval)"),
			     a, b);
		return false;
	}
	const char *why = dues_fixing_problem(f);
	if (why) {
		import_error(im, -1, "%s", why);
		return false;
	}
	return im->errors == before;
}

int import_dues(struct cli *cli, int argc, char **argv)
{
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, true);
	if (rc)
		return rc;
	struct import im;
	struct db *db = import_start(cli, &im, &o, fixing_columns, FX_COUNT, false);
	if (!db)
		return EXIT_REFUSED;
	if (!import_has_column(&im, FX_ID) && !import_has_column(&im, FX_NAME)) {
		fprintf(stderr, _("%s:1: give a 公民身份号码 or a 姓名 column\n"), o.file);
		im.errors++;
	}
	struct dues_settings set;
	dues_settings_load(db, &set);
	struct keyset seen = { 0 };
	struct progress pg;
	size_t written = 0;
	bool write_failed = false;
	progress_start(&pg, _("Importing"), import_estimate_rows(&im));
	while (import_next(&im)) {
		struct dues_fixing f;
		bool exists;
		progress_update(&pg, im.row.line);
		if (!read_fixing_row(&im, db, &o, &set, &seen, &f, &exists) || im.errors)
			continue;
		if (!dues_fixing_save(db, &f)) {
			import_error(&im, -1, "%s", db_error(db));
			write_failed = true;
		}
		written++;
	}
	progress_end(&pg);
	keyset_free(&seen);
	char *done = import_done(ngettext("zhibu: imported %zu yearly dues amount from %s (%s).\n",
					  "zhibu: imported %zu yearly dues amounts from %s (%s).\n", written),
				 written, &im, &o);
	int status = import_finish(&im, db, &o, write_failed, done);
	free(done);
	return status;
}

/* ---- Payments ---- */

enum { PY_ID, PY_NAME, PY_MONTH, PY_AMOUNT, PY_DATE, PY_COLLECTOR, PY_NOTE, PY_VOLUNTARY, PY_COUNT };

static const struct import_column payment_columns[PY_COUNT] = {
	[PY_ID] = { "公民身份号码", false },
	[PY_NAME] = { "姓名", false },
	[PY_MONTH] = { "所属月份", true },
	[PY_AMOUNT] = { "金额", true },
	[PY_DATE] = { "缴纳日期", true },
	[PY_COLLECTOR] = { "经手人", false },
	[PY_NOTE] = { "备注", false },
	[PY_VOLUNTARY] = { "自愿多交", false },
};

#define MAX_ROW_MONTHS 120

struct payment_row {
	struct dues_payment p;    /* member, date, collector, note, voluntary */
	int first, last;
	fen_t amount[MAX_ROW_MONTHS];
};

static bool read_payment_row(struct import *im, struct db *db, struct keyset *seen, struct date today,
			     struct payment_row *row)
{
	int before = im->errors;
	struct member m;
	char v[64];
	const char *why;
	memset(row, 0, sizeof *row);
	bool have_member = row_member(im, db, PY_ID, PY_NAME, &m);

	copy_cell(im, PY_MONTH, v, sizeof v);
	bool months_ok = dues_parse_months(v, &row->first, &row->last, &why);
	if (!months_ok)
		import_error(im, PY_MONTH, "%s", why);
	else if (row->last - row->first + 1 > MAX_ROW_MONTHS) {
		import_error(im, PY_MONTH, _("more than %d months in one row"), MAX_ROW_MONTHS);
		months_ok = false;
	}

	struct date paid;
	copy_cell(im, PY_DATE, v, sizeof v);
	if (!date_parse(v, &paid, &why))
		import_error(im, PY_DATE, "%s", why);
	else if (date_cmp(paid, today) > 0)
		import_error(im, PY_DATE, _("is in the future"));
	else
		date_format(paid, row->p.paid_on);

	bool amount_given;
	fen_t total;
	if (read_money(im, PY_AMOUNT, &total, &amount_given) && amount_given && total == 0)
		import_error(im, PY_AMOUNT, _("must be more than 0"));

	copy_cell(im, PY_VOLUNTARY, v, sizeof v);
	if (!import_yes_no(v, &row->p.voluntary))
		import_error(im, PY_VOLUNTARY, _("must be 是 or 否"));
	copy_cell(im, PY_COLLECTOR, row->p.collector, sizeof row->p.collector);
	copy_cell(im, PY_NOTE, row->p.note, sizeof row->p.note);
	if (!have_member || !months_ok || im->errors != before)
		return false;
	row->p.member_id = m.id;

	int n = row->last - row->first + 1;
	char month[8], why2[512];
	enum dues_check_field field;
	static const int column_of[] = { [DUES_CHECK_MONTH] = PY_MONTH, [DUES_CHECK_DATE] = PY_DATE,
					 [DUES_CHECK_AMOUNT] = PY_AMOUNT };
	if (!dues_payment_check(db, m.id, row->first, row->last, amount_given ? total : -1, row->p.voluntary,
				row->p.paid_on, row->amount, &field, why2, sizeof why2)) {
		if (*why2)
			import_error(im, column_of[field], "%s", why2);
		else
			import_error(im, -1, "%s", db_error(db));
		return false;
	}
	/* The same payment twice: in this file, or imported before. */
	for (int i = 0; i < n; i++) {
		char key[128];
		struct dues_payment p = row->p;
		p.month = row->first + i;
		p.amount = row->amount[i];
		if (p.amount <= 0)
			continue;
		month_format(p.month, month);
		snprintf(key, sizeof key, "%lld/%s/%lld/%s/%d", p.member_id, month, p.amount, p.paid_on, p.voluntary);
		size_t first = keyset_add(seen, key, im->row.line);
		if (first) {
			import_error(im, -1, _("the same payment (%s %s) is already on line %zu"), m.name, month, first);
			return false;
		}
		if (dues_payment_exists(db, &p)) {
			import_error(im, -1, _("%s's payment for %s paid on %s is already recorded: was this file imported before?"),
				     m.name, month, p.paid_on);
			return false;
		}
	}
	return im->errors == before;
}

int import_payments(struct cli *cli, int argc, char **argv)
{
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, false);
	if (rc)
		return rc;
	struct import im;
	struct db *db = import_start(cli, &im, &o, payment_columns, PY_COUNT, false);
	if (!db)
		return EXIT_REFUSED;
	if (!import_has_column(&im, PY_ID) && !import_has_column(&im, PY_NAME)) {
		fprintf(stderr, _("%s:1: give a 公民身份号码 or a 姓名 column\n"), o.file);
		im.errors++;
	}
	struct keyset seen = { 0 };
	struct progress pg;
	struct date today = date_today();
	struct payment_row *row = calloc(1, sizeof *row);
	size_t written = 0;
	bool write_failed = false;
	if (!row)
		abort();
	progress_start(&pg, _("Importing"), import_estimate_rows(&im));
	while (import_next(&im)) {
		progress_update(&pg, im.row.line);
		if (!read_payment_row(&im, db, &seen, today, row) || im.errors)
			continue;
		for (int i = 0; i <= row->last - row->first && !write_failed; i++) {
			struct dues_payment p = row->p;
			p.month = row->first + i;
			p.amount = row->amount[i];
			if (p.amount <= 0)
				continue;
			if (!dues_payment_insert(db, &p)) {
				import_error(&im, -1, "%s", db_error(db));
				write_failed = true;
			}
			written++;
		}
	}
	progress_end(&pg);
	free(row);
	keyset_free(&seen);
	char *done = import_done(ngettext("zhibu: imported %zu monthly payment from %s (%s).\n",
					  "zhibu: imported %zu monthly payments from %s (%s).\n", written),
				 written, &im, &o);
	int status = import_finish(&im, db, &o, write_failed, done);
	free(done);
	return status;
}
