#include "db/dues.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db_private.h"
#include "db/member.h"
#include "rules/roster.h"

/* ---- Months as text (YYYY-MM) in SQL, as indexes in C ---- */

static int month_of_text(const unsigned char *t)
{
	if (!t || strlen((const char *)t) < 7)
		return -1;
	int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
	int m = (t[5] - '0') * 10 + (t[6] - '0');
	return month_index(y, m);
}

static void bind_month(sqlite3_stmt *st, const char *name, int month)
{
	char text[8];
	month_format(month, text);
	db_bind_text(st, name, text);
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		abort();
	return p;
}

/* ---- Settings ---- */

void dues_settings_load(struct db *db, struct dues_settings *s)
{
	dues_settings_init(s);
	s->warn_months = (int)settings_get_int(db, DUES_KEY_WARN_MONTHS, s->warn_months);
	s->flag_months = (int)settings_get_int(db, DUES_KEY_FLAG_MONTHS, s->flag_months);
	s->farmer_amount = settings_get_int(db, DUES_KEY_FARMER_FEN, s->farmer_amount);
	s->rounding = (int)settings_get_int(db, DUES_KEY_ROUNDING, s->rounding);
	s->remit_day = (int)settings_get_int(db, DUES_KEY_REMIT_DAY, s->remit_day);
	dues_settings_check(s);
}

/* ---- Members ---- */

enum dues_match dues_member_lookup(struct db *db, const char *id_number, const char *name,
				   struct member *out)
{
	if (id_number && *id_number)
		return member_find_by_id_number(db, id_number, out) ? DUES_MATCH_FOUND : DUES_MATCH_NONE;
	if (!name || !*name)
		return DUES_MATCH_NONE;
	sqlite3_stmt *st = db_stmt(db, "SELECT id FROM members WHERE name = :name ORDER BY id LIMIT 2");
	if (!st)
		return DUES_MATCH_ERROR;
	db_bind_text(st, ":name", name);
	long long ids[2];
	int n = 0;
	while (n < 2 && sqlite3_step(st) == SQLITE_ROW)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (n == 0)
		return DUES_MATCH_NONE;
	if (n > 1)
		return DUES_MATCH_MANY;
	return member_get(db, ids[0], out) ? DUES_MATCH_FOUND : DUES_MATCH_ERROR;
}

/* ---- Fixings ---- */

#define FIXING_COLUMNS \
	"f.id, f.member_id, f.year, f.category, f.base, f.rate, f.computed, f.amount, " \
	"f.reason, f.approval, f.reviewed, f.note, f.fixed_on"

static void read_fixing(sqlite3_stmt *st, int c, struct dues_fixing *f)
{
	f->id = sqlite3_column_int64(st, c);
	f->member_id = sqlite3_column_int64(st, c + 1);
	f->year = sqlite3_column_int(st, c + 2);
	db_column_copy(st, c + 3, f->category, sizeof f->category);
	f->base = sqlite3_column_int64(st, c + 4);
	f->rate = sqlite3_column_int(st, c + 5);
	f->computed = sqlite3_column_int64(st, c + 6);
	f->amount = sqlite3_column_int64(st, c + 7);
	db_column_copy(st, c + 8, f->reason, sizeof f->reason);
	db_column_copy(st, c + 9, f->approval, sizeof f->approval);
	f->reviewed = sqlite3_column_int(st, c + 10) != 0;
	db_column_copy(st, c + 11, f->note, sizeof f->note);
	db_column_copy(st, c + 12, f->fixed_on, sizeof f->fixed_on);
}

bool dues_fixing_get(struct db *db, long long member_id, int year, struct dues_fixing *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " FIXING_COLUMNS " FROM dues_fixings f "
				       "WHERE f.member_id = :member AND f.year = :year");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	db_bind_int(st, ":year", year);
	bool found = db_step(db, st) == SQLITE_ROW;
	if (found)
		read_fixing(st, 0, out);
	sqlite3_reset(st);
	return found;
}

static void bind_fixing(sqlite3_stmt *st, const struct dues_fixing *f)
{
	db_bind_int(st, ":member", f->member_id);
	db_bind_int(st, ":year", f->year);
	db_bind_text(st, ":category", f->category);
	db_bind_int(st, ":base", f->base);
	db_bind_int(st, ":rate", f->rate);
	db_bind_int(st, ":computed", f->computed);
	db_bind_int(st, ":amount", f->amount);
	db_bind_text(st, ":reason", f->reason);
	db_bind_text(st, ":approval", f->approval);
	db_bind_int(st, ":reviewed", f->reviewed);
	db_bind_text(st, ":note", f->note);
	db_bind_text(st, ":fixed_on", f->fixed_on);
}

bool dues_fixing_save(struct db *db, struct dues_fixing *f)
{
	struct dues_fixing old;
	if (dues_fixing_get(db, f->member_id, f->year, &old)) {
		sqlite3_stmt *st = db_stmt(db,
			"UPDATE dues_fixings SET category = :category, base = :base, rate = :rate, "
			"computed = :computed, amount = :amount, reason = :reason, approval = :approval, "
			"reviewed = :reviewed, note = :note, fixed_on = :fixed_on "
			"WHERE member_id = :member AND year = :year");
		if (!st)
			return false;
		bind_fixing(st, f);
		f->id = old.id;
		return db_step_done(db, st);
	}
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO dues_fixings(member_id, year, category, base, rate, computed, amount, "
		"reason, approval, reviewed, note, fixed_on) VALUES (:member, :year, :category, :base, "
		":rate, :computed, :amount, :reason, :approval, :reviewed, :note, :fixed_on)");
	if (!st)
		return false;
	bind_fixing(st, f);
	return db_insert_done(db, st, &f->id);
}

#define F(field, label) DB_TEXT(struct dues_fixing, field, label)
#define V(field, label) DB_VALUE(struct dues_fixing, field, label)
static const struct db_column fixing_columns[] = {
	F(category, N_("Person category")), V(base, N_("Base (after tax)")), V(rate, N_("Base (after tax)")),
	V(computed, N_("Base (after tax)")), V(amount, N_("Another amount")), F(reason, N_("Reason for it")),
	F(approval, N_("Approved by")), V(reviewed, N_("Note")), F(note, N_("Note")), F(fixed_on, N_("Note")),
};
#undef F
#undef V

bool dues_fixing_save_edit(struct db *db, const struct dues_fixing *loaded, struct dues_fixing *edited,
			   char *why, size_t why_size)
{
	struct dues_fixing now;
	*why = '\0';
	if (!db_begin(db))
		return false;
	bool found = dues_fixing_get(db, loaded->member_id, loaded->year, &now), ok = !db_failed(db);
	if (ok && found != (loaded->id != 0)) {
		snprintf(why, why_size, "%s", found ? _("another zhibu fixed this year's dues while the form was open: "
							"nothing was saved; Esc and open it again")
						    : _("This fixing is not in the database any more."));
		db_set_error(db, "%s", why);
		ok = false;
	}
	ok = ok && !(found && db_record_changed(db, fixing_columns, sizeof fixing_columns / sizeof fixing_columns[0],
						  loaded, &now, why, why_size));
	if (ok && found)
		db_record_apply(fixing_columns, sizeof fixing_columns / sizeof fixing_columns[0], &now, loaded, edited);
	else
		now = *edited;
	ok = ok && dues_fixing_save(db, &now);
	if (!ok) {
		db_rollback(db);
		return false;
	}
	if (!db_commit(db))
		return false;
	*edited = now;
	return true;
}

#define ROSTER_ORDER " ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id "

bool dues_fixing_each(struct db *db, int year, dues_fixing_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT " FIXING_COLUMNS ", m.name FROM dues_fixings f JOIN members m ON m.id = f.member_id "
		"LEFT JOIN party_groups g ON g.id = m.group_id WHERE f.year = :year" ROSTER_ORDER);
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct dues_fixing f;
		char name[96];
		read_fixing(st, 0, &f);
		db_column_copy(st, 13, name, sizeof name);
		fn(ctx, &f, name);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool dues_fixing_withdraw(struct db *db, int year, long long member_id, const char *on, const char *reason,
			  int *count, char *why, size_t why_size)
{
	char first[8], last[8], name[96];
	month_format(month_index(year, 1), first);
	month_format(month_index(year, 12), last);
	*count = 0;
	*why = '\0';
	if (!db_begin(db))
		return false;
	/* A payment of the year, not reversed, depends on the fixing. */
	sqlite3_stmt *st = db_stmt(db,
		"SELECT m.name FROM dues_fixings f JOIN members m ON m.id = f.member_id "
		"WHERE f.year = :year AND (:member = 0 OR f.member_id = :member) AND EXISTS ("
		" SELECT 1 FROM dues_payments p WHERE p.member_id = f.member_id AND p.month BETWEEN :first AND :last"
		" AND p.reverses IS NULL AND NOT EXISTS (SELECT 1 FROM dues_payments r WHERE r.reverses = p.id)) "
		"ORDER BY m.id LIMIT 1");
	bool ok = st != NULL;
	if (ok) {
		db_bind_int(st, ":year", year);
		db_bind_int(st, ":member", member_id);
		db_bind_text(st, ":first", first);
		db_bind_text(st, ":last", last);
		int rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			db_column_copy(st, 0, name, sizeof name);
			snprintf(why, why_size, _("payments of %s for %d depend on the amount fixed: it stays (reverse the payments first)"),
				 name, year);
		} else if (rc != SQLITE_DONE) {
			db_set_sqlite_error(db, NULL);
			ok = false;
		}
		sqlite3_reset(st);
	}
	if (ok && !*why) {
		st = db_stmt(db,
			"INSERT INTO dues_fixings_withdrawn (fixing_id, member_id, year, category, base, rate, computed, "
			"amount, reason, approval, reviewed, note, fixed_on, withdrawn_on, why) "
			"SELECT id, member_id, year, category, base, rate, computed, amount, reason, approval, reviewed, "
			"note, fixed_on, :on, :why FROM dues_fixings WHERE year = :year AND (:member = 0 OR member_id = :member)");
		if ((ok = st != NULL)) {
			db_bind_text(st, ":on", on);
			db_bind_text(st, ":why", reason);
			db_bind_int(st, ":year", year);
			db_bind_int(st, ":member", member_id);
			ok = db_step_done(db, st);
			*count = ok ? sqlite3_changes(db->h) : 0;
		}
		if (ok && *count == 0)
			snprintf(why, why_size, _("nothing is fixed for %d to withdraw"), year);
	}
	if (ok && !*why) {
		st = db_stmt(db, "DELETE FROM dues_fixings WHERE year = :year AND (:member = 0 OR member_id = :member)");
		if ((ok = st != NULL)) {
			db_bind_int(st, ":year", year);
			db_bind_int(st, ":member", member_id);
			ok = db_step_done(db, st);
		}
	}
	if (!ok || *why) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

/* The SQL of "member m belongs to the branch in month M (text)": from the
 * month of 入党日期 to the month of leaving; a member who left without a
 * recorded date, up to the last month a regular payment was made for. */
#define LEFT_STATUSES "('转出', '去世', '出党')"
#define LAST_PAID(mid) \
	"(SELECT max(lp.month) FROM dues_payments lp WHERE lp.member_id = " mid \
	" AND lp.voluntary = 0 AND lp.reverses IS NULL" \
	" AND NOT EXISTS (SELECT 1 FROM dues_payments lr WHERE lr.reverses = lp.id))"
#define MEMBER_UNTIL(m, month) \
	"(" m ".status NOT IN " LEFT_STATUSES " OR substr(" m ".status_date, 1, 7) >= " month \
	" OR (" m ".status_date IS NULL AND " LAST_PAID(m ".id") " >= " month "))"

struct fix_todo {
	long long member_id;
	char category[16];
	fen_t base;
	bool copied;
};

bool dues_fix_year(struct db *db, int year, const char *fixed_on, struct dues_fix_result *out)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT m.id, m.category, "
		" (SELECT f.base FROM dues_fixings f WHERE f.member_id = m.id AND f.year < :year "
		"  ORDER BY f.year DESC LIMIT 1), "
		" EXISTS (SELECT 1 FROM dues_fixings f WHERE f.member_id = m.id AND f.year = :year) "
		"FROM members m WHERE substr(m.join_date, 1, 7) <= :last AND " MEMBER_UNTIL("m", ":first")
		" ORDER BY m.id");
	if (!st)
		return false;
	char first[8], last[8];
	month_format(month_index(year, 1), first);
	month_format(month_index(year, 12), last);
	db_bind_int(st, ":year", year);
	db_bind_text(st, ":first", first);
	db_bind_text(st, ":last", last);
	memset(out, 0, sizeof *out);
	size_t n = 0, cap = 256;
	struct fix_todo *todo = xcalloc(cap, sizeof *todo);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (sqlite3_column_int(st, 3)) {
			out->kept++;
			continue;
		}
		if (n == cap) {
			cap *= 2;
			todo = realloc(todo, cap * sizeof *todo);
			if (!todo)
				abort();
		}
		struct fix_todo *t = &todo[n++];
		t->member_id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, t->category, sizeof t->category);
		t->copied = sqlite3_column_type(st, 2) != SQLITE_NULL;
		t->base = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		free(todo);
		return false;
	}
	struct dues_settings s;
	dues_settings_load(db, &s);
	bool ok = db_begin(db);
	for (size_t i = 0; ok && i < n; i++) {
		struct dues_fixing f = { .member_id = todo[i].member_id, .year = year, .base = todo[i].base };
		enum dues_scheme scheme;
		text_copy(f.category, sizeof f.category, todo[i].category);
		text_copy(f.fixed_on, sizeof f.fixed_on, fixed_on);
		if (!dues_fixing_compute(&s, &f, false) || !dues_scheme_for(f.category, &scheme))
			continue;
		/* No base to copy: a zero amount would look paid; leave it unfixed. */
		if (dues_scheme_uses_base(scheme) && !(todo[i].copied && todo[i].base > 0)) {
			out->need_base++;
			continue;
		}
		f.reviewed = false;
		ok = dues_fixing_save(db, &f);
		out->created++;
		if (dues_scheme_uses_base(scheme))
			out->copied++;
	}
	free(todo);
	if (!ok) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

bool dues_year_status(struct db *db, int year, struct dues_year_status *out)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*), "
		" count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM dues_fixings f "
		"                  WHERE f.member_id = m.id AND f.year = :year)), "
		" (SELECT count(*) FROM dues_fixings WHERE year = :year AND reviewed = 0), "
		" EXISTS (SELECT 1 FROM dues_fixings) "
		"FROM members m WHERE substr(m.join_date, 1, 7) <= :last AND " MEMBER_UNTIL("m", ":first"));
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	bind_month(st, ":first", month_index(year, 1));
	bind_month(st, ":last", month_index(year, 12));
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->members = sqlite3_column_int64(st, 0);
		out->unfixed = sqlite3_column_int64(st, 1);
		out->drafts = sqlite3_column_int64(st, 2);
		out->uses_dues = sqlite3_column_int(st, 3) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

/* ---- Payments ---- */

#define PAYMENT_COLUMNS \
	"p.id, p.member_id, p.month, p.amount, p.paid_on, p.collector, p.note, p.voluntary, " \
	"p.reverses, (SELECT r.id FROM dues_payments r WHERE r.reverses = p.id)"

static void read_payment(sqlite3_stmt *st, struct dues_payment *p)
{
	p->id = sqlite3_column_int64(st, 0);
	p->member_id = sqlite3_column_int64(st, 1);
	p->month = month_of_text(sqlite3_column_text(st, 2));
	p->amount = sqlite3_column_int64(st, 3);
	db_column_copy(st, 4, p->paid_on, sizeof p->paid_on);
	db_column_copy(st, 5, p->collector, sizeof p->collector);
	db_column_copy(st, 6, p->note, sizeof p->note);
	p->voluntary = sqlite3_column_int(st, 7) != 0;
	p->reverses = sqlite3_column_int64(st, 8);
	p->reversed_by = sqlite3_column_int64(st, 9);
}

bool dues_payment_insert(struct db *db, struct dues_payment *p)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO dues_payments(member_id, month, amount, paid_on, collector, note, "
		"voluntary, reverses) VALUES (:member, :month, :amount, :paid_on, :collector, :note, "
		":voluntary, :reverses)");
	if (!st)
		return false;
	db_bind_int(st, ":member", p->member_id);
	bind_month(st, ":month", p->month);
	db_bind_int(st, ":amount", p->amount);
	db_bind_text(st, ":paid_on", p->paid_on);
	db_bind_text(st, ":collector", p->collector);
	db_bind_text(st, ":note", p->note);
	db_bind_int(st, ":voluntary", p->voluntary);
	db_bind_id(st, ":reverses", p->reverses);
	return db_insert_done(db, st, &p->id);
}

bool dues_payment_get(struct db *db, long long id, struct dues_payment *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " PAYMENT_COLUMNS " FROM dues_payments p WHERE p.id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	bool found = db_step(db, st) == SQLITE_ROW;
	if (found)
		read_payment(st, out);
	sqlite3_reset(st);
	return found;
}

bool dues_payment_exists(struct db *db, const struct dues_payment *p)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT 1 FROM dues_payments p WHERE p.member_id = :member AND p.month = :month "
		"AND p.amount = :amount AND p.paid_on = :paid_on AND p.voluntary = :voluntary "
		"AND p.reverses IS NULL AND NOT EXISTS (SELECT 1 FROM dues_payments r WHERE r.reverses = p.id)");
	if (!st)
		return false;
	db_bind_int(st, ":member", p->member_id);
	bind_month(st, ":month", p->month);
	db_bind_int(st, ":amount", p->amount);
	db_bind_text(st, ":paid_on", p->paid_on);
	db_bind_int(st, ":voluntary", p->voluntary);
	bool found = db_step(db, st) == SQLITE_ROW;
	sqlite3_reset(st);
	return found;
}

bool dues_payment_reverse(struct db *db, long long id, const char *on, const char *note,
			  long long *new_id)
{
	struct dues_payment p;
	if (!dues_payment_get(db, id, &p)) {
		db_set_error(db, _("there is no payment number %lld"), id);
		return false;
	}
	if (p.reverses) {
		db_set_error(db, _("payment %lld is itself a reversal (of payment %lld)"), id, p.reverses);
		return false;
	}
	if (p.reversed_by) {
		db_set_error(db, _("payment %lld was already reversed by payment %lld"), id, p.reversed_by);
		return false;
	}
	struct dues_payment r = p;
	r.id = 0;
	r.amount = -p.amount;
	r.reverses = p.id;
	r.reversed_by = 0;
	text_copy(r.paid_on, sizeof r.paid_on, on);
	text_copy(r.note, sizeof r.note, note ? note : "");
	if (!dues_payment_insert(db, &r))
		return false;
	*new_id = r.id;
	return true;
}

bool dues_payment_annotate(struct db *db, long long id, const char *collector, const char *note)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE dues_payments SET collector = :collector, note = :note WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":collector", collector);
	db_bind_text(st, ":note", note);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}

bool dues_payment_each(struct db *db, long long member_id, dues_payment_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT " PAYMENT_COLUMNS " FROM dues_payments p WHERE p.member_id = :member "
		"ORDER BY p.month, coalesce(p.reverses, p.id), p.id");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct dues_payment p;
		read_payment(st, &p);
		fn(ctx, &p);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool dues_month_owed(struct db *db, long long member_id, int month, fen_t *owed, fen_t *paid)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT (SELECT f.amount FROM dues_fixings f WHERE f.member_id = m.id AND f.year = :year "
		"        AND substr(m.join_date, 1, 7) <= :month AND (m.status NOT IN " LEFT_STATUSES
		"        OR m.status_date IS NULL OR substr(m.status_date, 1, 7) >= :month)), "
		" (SELECT coalesce(sum(p.amount), 0) FROM dues_payments p WHERE p.member_id = m.id "
		"  AND p.month = :month AND p.voluntary = 0) "
		"FROM members m WHERE m.id = :member");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	db_bind_int(st, ":year", month / 12);
	bind_month(st, ":month", month);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*owed = sqlite3_column_type(st, 0) == SQLITE_NULL ? DUES_NOT_OWED : sqlite3_column_int64(st, 0);
		if (paid)
			*paid = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			db_set_error(db, _("there is no member number %lld"), member_id);
		else
			db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool dues_payment_check(struct db *db, long long member_id, int first, int last, fen_t total,
			bool voluntary, const char *paid_on, fen_t *amounts, enum dues_check_field *field,
			char *why, size_t why_size)
{
	int n = last - first + 1;
	char month[8], money[MONEY_SIZE], left[MONEY_SIZE];
	struct member m;
	struct date paid;
	int mfirst, mlast;
	*why = '\0';
	*field = DUES_CHECK_MONTH;
	if (n < 1 || n > 120) {
		snprintf(why, why_size, "%s", _("give from 1 to 120 months, the first before the last"));
		return false;
	}
	if (!member_get(db, member_id, &m)) {
		if (!db_failed(db))
			snprintf(why, why_size, _("there is no member number %lld"), member_id);
		return false;
	}
	if (dues_member_months(m.join_date, m.status, m.status_date, &mfirst, &mlast)) {
		if (first < mfirst) {
			month_format(first, month);
			snprintf(why, why_size, _("%s is before %s joined (入党日期 %s)"), month, m.name, m.join_date);
			return false;
		}
		if (last > mlast) {
			month_format(last, month);
			snprintf(why, why_size, _("%s is after %s left (%s %s)"), month, m.name, m.status,
				 m.status_date);
			return false;
		}
	}
	if (date_parse_iso(paid_on, &paid) && month_index(paid.y, paid.m) < first - 12) {
		month_format(first, month);
		*field = DUES_CHECK_DATE;
		snprintf(why, why_size, _("%s is more than a year before %s, the month paid for"), paid_on, month);
		return false;
	}
	if (voluntary) {
		if (n > 1 || total <= 0) {
			snprintf(why, why_size, "%s", _("voluntary extra: give one month and the amount"));
			*field = n > 1 ? DUES_CHECK_MONTH : DUES_CHECK_AMOUNT;
			return false;
		}
		amounts[0] = total;
		return true;
	}
	fen_t sum = 0;
	for (int i = 0; i < n; i++) {
		fen_t owed, done;
		if (!dues_month_owed(db, member_id, first + i, &owed, &done))
			return false;
		month_format(first + i, month);
		*field = DUES_CHECK_AMOUNT;
		if (owed == DUES_NOT_OWED && !(n == 1 && total > 0)) {
			snprintf(why, why_size,
				 _("%s is not owed (not a member then, or no amount was fixed for the year): give the amount, one month at a time"),
				 month);
			return false;
		}
		if (owed > 0 && done >= owed) {
			money_format(done, money);
			snprintf(why, why_size,
				 _("%s is already paid in full (%s): record more as a voluntary extra"), month, money);
			return false;
		}
		amounts[i] = owed > 0 ? owed - done : 0;
		sum += amounts[i];
	}
	if (total >= 0 && n == 1) {
		if (amounts[0] > 0 && total > amounts[0]) {
			money_format(total, money);
			money_format(amounts[0], left);
			month_format(first, month);
			snprintf(why, why_size,
				 _("%s is more than the %s still owed for %s: record the difference as a voluntary extra"),
				 money, left, month);
			return false;
		}
		amounts[0] = total;
	} else if (total >= 0 && total != sum) {
		money_format(total, money);
		money_format(sum, left);
		snprintf(why, why_size,
			 _("%s is not what the %d months add up to (%s): record a part payment month by month"),
			 money, n, left);
		return false;
	}
	return true;
}

bool dues_pay_months(struct db *db, long long member_id, int first, int last, fen_t total,
		     const char *paid_on, const char *collector, const char *note,
		     int *rows, char *why, size_t why_size)
{
	fen_t amounts[120];
	enum dues_check_field field;
	*rows = 0;
	*why = '\0';
	/* Read, check and write under one write lock: a second writer waits. */
	if (!db_begin(db))
		return false;
	bool ok = dues_payment_check(db, member_id, first, last, total, false, paid_on, amounts, &field,
				     why, why_size);
	for (int i = 0; ok && i <= last - first; i++) {
		struct dues_payment p = { .member_id = member_id, .month = first + i, .amount = amounts[i] };
		if (p.amount <= 0)
			continue; /* 免交: nothing to record */
		text_copy(p.paid_on, sizeof p.paid_on, paid_on);
		text_copy(p.collector, sizeof p.collector, collector ? collector : "");
		text_copy(p.note, sizeof p.note, note ? note : "");
		ok = dues_payment_insert(db, &p);
		if (ok)
			++*rows;
	}
	if (!ok) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

struct mark {
	long long member_id;
	fen_t missing;
};

bool dues_mark_paid(struct db *db, int month, long long member_id, const char *paid_on,
		    const char *collector, const char *note, int *count, fen_t *total)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT m.id, f.amount - coalesce((SELECT sum(p.amount) FROM dues_payments p "
		"  WHERE p.member_id = m.id AND p.month = :month AND p.voluntary = 0), 0) AS missing "
		"FROM members m JOIN dues_fixings f ON f.member_id = m.id AND f.year = :year "
		"WHERE (:member = 0 OR m.id = :member) AND substr(m.join_date, 1, 7) <= :month "
		"AND " MEMBER_UNTIL("m", ":month") " AND missing > 0 ORDER BY m.id");
	*count = 0;
	*total = 0;
	/* What is missing is read under the write lock that records it, so that
	 * two runs at once never both pay the same month. */
	if (!st || !db_begin(db))
		return false;
	bind_month(st, ":month", month);
	db_bind_int(st, ":year", month / 12);
	db_bind_int(st, ":member", member_id);
	size_t n = 0, cap = 256;
	struct mark *marks = xcalloc(cap, sizeof *marks);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap *= 2;
			marks = realloc(marks, cap * sizeof *marks);
			if (!marks)
				abort();
		}
		marks[n].member_id = sqlite3_column_int64(st, 0);
		marks[n].missing = sqlite3_column_int64(st, 1);
		n++;
	}
	bool ok = db_reset(db, st);
	for (size_t i = 0; ok && i < n; i++) {
		struct dues_payment p = { .member_id = marks[i].member_id, .month = month,
					  .amount = marks[i].missing };
		text_copy(p.paid_on, sizeof p.paid_on, paid_on);
		text_copy(p.collector, sizeof p.collector, collector ? collector : "");
		text_copy(p.note, sizeof p.note, note ? note : "");
		ok = dues_payment_insert(db, &p);
		if (ok) {
			++*count;
			*total += p.amount;
		}
	}
	free(marks);
	if (!ok) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

/* ---- Remittances ---- */

#define REMITTANCE_COLUMNS \
	"r.id, r.remitted_on, r.period, r.amount, r.receiver, r.note, r.reverses, " \
	"(SELECT x.id FROM dues_remittances x WHERE x.reverses = r.id)"

static void read_remittance(sqlite3_stmt *st, struct dues_remittance *r)
{
	r->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, r->remitted_on, sizeof r->remitted_on);
	db_column_copy(st, 2, r->period, sizeof r->period);
	r->amount = sqlite3_column_int64(st, 3);
	db_column_copy(st, 4, r->receiver, sizeof r->receiver);
	db_column_copy(st, 5, r->note, sizeof r->note);
	r->reverses = sqlite3_column_int64(st, 6);
	r->reversed_by = sqlite3_column_int64(st, 7);
}

bool dues_remittance_insert(struct db *db, struct dues_remittance *r)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO dues_remittances(remitted_on, period, amount, receiver, note, reverses) "
		"VALUES (:on, :period, :amount, :receiver, :note, :reverses)");
	if (!st)
		return false;
	db_bind_text(st, ":on", r->remitted_on);
	db_bind_text(st, ":period", r->period);
	db_bind_int(st, ":amount", r->amount);
	db_bind_text(st, ":receiver", r->receiver);
	db_bind_text(st, ":note", r->note);
	db_bind_id(st, ":reverses", r->reverses);
	return db_insert_done(db, st, &r->id);
}

bool dues_remittance_reverse(struct db *db, long long id, const char *on, const char *note,
			     long long *new_id)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " REMITTANCE_COLUMNS " FROM dues_remittances r WHERE r.id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	struct dues_remittance r;
	bool found = db_step(db, st) == SQLITE_ROW;
	if (found)
		read_remittance(st, &r);
	sqlite3_reset(st);
	if (!found) {
		db_set_error(db, _("there is no remittance number %lld"), id);
		return false;
	}
	if (r.reverses) {
		db_set_error(db, _("remittance %lld is itself a reversal (of remittance %lld)"), id, r.reverses);
		return false;
	}
	if (r.reversed_by) {
		db_set_error(db, _("remittance %lld was already reversed by remittance %lld"), id, r.reversed_by);
		return false;
	}
	r.id = 0;
	r.amount = -r.amount;
	r.reverses = id;
	r.reversed_by = 0;
	text_copy(r.remitted_on, sizeof r.remitted_on, on);
	text_copy(r.note, sizeof r.note, note ? note : "");
	if (!dues_remittance_insert(db, &r))
		return false;
	*new_id = r.id;
	return true;
}

bool dues_remittance_each(struct db *db, const char *from, const char *to,
			  dues_remittance_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT " REMITTANCE_COLUMNS " FROM dues_remittances r "
		"WHERE (:from IS NULL OR r.remitted_on >= :from) AND (:to IS NULL OR r.remitted_on <= :to) "
		"ORDER BY r.remitted_on, r.id");
	if (!st)
		return false;
	db_bind_opt(st, ":from", from);
	db_bind_opt(st, ":to", to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct dues_remittance r;
		read_remittance(st, &r);
		fn(ctx, &r);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

/* The months a remittance period covers: YYYYQn, YYYY or YYYY-MM. */
static bool period_months(const char *period, int *first, int *last)
{
	int y, m, q;
	if (quarter_parse(period, &y, &q, NULL)) {
		*first = month_index(y, q * 3 - 2);
		*last = *first + 2;
		return true;
	}
	if (strlen(period) == 4) {
		char jan[8]; /* "YYYY-01" */
		memcpy(jan, period, 4);
		memcpy(jan + 4, "-01", 4);
		if (!month_parse(jan, &y, &m, NULL))
			return false;
		*first = month_index(y, 1);
		*last = *first + 11;
		return true;
	}
	if (month_parse(period, &y, &m, NULL)) {
		*first = *last = month_index(y, m);
		return true;
	}
	return false;
}

bool dues_remitted_for(struct db *db, int first, int last, fen_t *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT period, sum(amount) FROM dues_remittances GROUP BY period");
	if (!st)
		return false;
	*out = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char period[16];
		int a, b;
		db_column_copy(st, 0, period, sizeof period);
		if (period_months(period, &a, &b) && a <= last && b >= first)
			*out += sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool dues_to_remit(struct db *db, const char *period, fen_t *out)
{
	int first, last;
	*out = 0;
	if (!period_months(period, &first, &last))
		return true;
	sqlite3_stmt *st = db_stmt(db,
		"SELECT coalesce(sum(amount), 0) FROM dues_payments WHERE month BETWEEN :first AND :last");
	if (!st)
		return false;
	bind_month(st, ":first", first);
	bind_month(st, ":last", last);
	int rc = sqlite3_step(st);
	fen_t collected = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	fen_t remitted;
	if (!dues_remitted_for(db, first, last, &remitted))
		return false;
	*out = collected > remitted ? collected - remitted : 0;
	return true;
}

bool dues_remittance_add(struct db *db, struct dues_remittance *r, bool force, fen_t *held, bool *over)
{
	fen_t collected, remitted;
	*over = false;
	if (!db_begin(db))
		return false;
	bool ok = dues_cash(db, NULL, NULL, &collected, &remitted);
	if (ok) {
		*held = collected - remitted;
		*over = r->amount > *held && !force;
		ok = !*over && dues_remittance_insert(db, r);
	}
	if (!ok) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

bool dues_paid_any(struct db *db, int first, int last, bool *out)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT EXISTS (SELECT 1 FROM dues_payments WHERE month BETWEEN :first AND :last)");
	if (!st)
		return false;
	bind_month(st, ":first", first);
	bind_month(st, ":last", last);
	int rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW && sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool dues_cash(struct db *db, const char *from, const char *to, fen_t *collected, fen_t *remitted)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT (SELECT coalesce(sum(amount), 0) FROM dues_payments "
		"        WHERE (:from IS NULL OR paid_on >= :from) AND (:to IS NULL OR paid_on <= :to)), "
		"       (SELECT coalesce(sum(amount), 0) FROM dues_remittances "
		"        WHERE (:from IS NULL OR remitted_on >= :from) AND (:to IS NULL OR remitted_on <= :to))");
	if (!st)
		return false;
	db_bind_opt(st, ":from", from);
	db_bind_opt(st, ":to", to);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*collected = sqlite3_column_int64(st, 0);
		*remitted = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

/* ---- The members × months view ---- */

#define VIEW_WHERE \
	"WHERE substr(m.join_date, 1, 7) <= :last_month AND " MEMBER_UNTIL("m", ":first_month") \
	" AND (:grp IS NULL OR g.name = :grp) " \
	"AND (:q IS NULL OR instr(m.name, :q) > 0 OR zhibu_pinyin_match(m.name, :q) " \
	"     OR m.id_number LIKE '%' || :q) "

static void bind_view(sqlite3_stmt *st, const struct dues_query *q)
{
	bind_month(st, ":first_month", q->first);
	bind_month(st, ":last_month", q->first + q->months - 1);
	db_bind_opt(st, ":grp", q->group);
	db_bind_opt(st, ":q", q->search);
}

struct month_sum {
	int month;
	fen_t paid, voluntary;
};

struct dues_iter {
	struct db *db;
	struct dues_query q;
	sqlite3_stmt *st;
	char as_of[DATE_ISO_SIZE];
	int as_of_month;
	long long skipped, given;
	bool failed;
	/* By id: the payments and fixings streams, each on its current row. */
	sqlite3_stmt *pay, *fix;
	int pay_rc, fix_rc;
	/* By id over a short window (the to-dos): the window's payments read
	 * at once in month order, and each member's run of them. */
	struct window_pay *wpay;
	unsigned *worder;         /* wpay's positions by member, then month */
	size_t *wfirst;           /* member id -> first index in worder; [id + 1]: its end */
	long long wmax_id;
	struct dues_settings settings;
	/* Scratch, reused member after member. */
	struct month_sum *sums;
	size_t nsums, cap_sums;
	fen_t *owed, *paid, *vol;
	int cap_months;
	struct { int year; fen_t amount; } *fixes;
	size_t nfixes, cap_fixes;
};

/* The month dues start: 入党日期, or for a member transferred in, the month
 * after the 党费交至 of her letter (schema/0012) when that is later. */
#define DUES_START \
	"coalesce((SELECT max(m.join_date, date(t.dues_to || '-01', '+1 month')) FROM transfers t " \
	"WHERE t.member_id = m.id AND t.direction = '转入' AND t.status = '有效' " \
	"ORDER BY t.issued DESC LIMIT 1), m.join_date)"

#define VIEW_MEMBER \
	"SELECT m.id, m.name, m.id_number, m.kind, m.status, m.status_date, " DUES_START ", " \
	"g.name, m.category, " \
	"CASE WHEN m.status IN " LEFT_STATUSES " AND m.status_date IS NULL THEN " \
	LAST_PAID("m.id") " END, "
#define VIEW_SELECT \
	VIEW_MEMBER FIXING_COLUMNS ", coalesce(g.sort_key, 0) " \
	"FROM members m LEFT JOIN party_groups g ON g.id = m.group_id " \
	"LEFT JOIN dues_fixings f ON f.member_id = m.id AND f.year = :year " VIEW_WHERE
/* The window's rows (the to-dos) without the fixing of the year: the
 * standing comes from the fixings stream, and a seek per member into
 * dues_fixings is a sixth of the to-do's time. */
#define WINDOW_SELECT \
	VIEW_MEMBER "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, " \
	"coalesce(g.sort_key, 0), :year " \
	"FROM members m LEFT JOIN party_groups g ON g.id = m.group_id " VIEW_WHERE

/* A private statement of the iterator; NULL after recording the error. */
static sqlite3_stmt *prepare(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
		db_set_sqlite_error(db, sql);
		return NULL;
	}
	return st;
}

/* A payment of the window (16 bytes: a year of a large branch's payments
 * stays a few MB), and how many months a window may span to be read at once
 * (a year's to-dos) rather than member by member. */
struct window_pay {
	fen_t amount;
	int member_id;
	int month;
};
#define WINDOW_MAX_MONTHS 24
#define WINDOW_VOLUNTARY (1 << 30) /* or-ed into month */

/* Read the payments from history_from on in one range of
 * dues_payments_month (schema/0016): a few thousand pages instead of one
 * seek and page per member; then order them by member, each member's
 * months kept in order (a counting sort of their positions). */
static bool window_load(struct dues_iter *it)
{
	sqlite3_stmt *st = db_stmt(it->db,
		"SELECT member_id, month, voluntary, amount FROM dues_payments INDEXED BY dues_payments_month "
		"WHERE month >= :from AND paid_on <= :as_of");
	if (!st)
		return false;
	bind_month(st, ":from", it->q.history_from);
	db_bind_text(st, ":as_of", it->as_of);
	size_t n = 0, cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		if (id <= 0 || id >= INT_MAX)
			continue; /* not a member's row (members' ids are far smaller) */
		it->wpay = grow_array(it->wpay, n, &cap, 4096, sizeof *it->wpay);
		it->wpay[n++] = (struct window_pay){ sqlite3_column_int64(st, 3), (int)id,
						     month_of_text(sqlite3_column_text(st, 1)) |
						     (sqlite3_column_int(st, 2) ? WINDOW_VOLUNTARY : 0) };
		if (id > it->wmax_id)
			it->wmax_id = id;
	}
	if (!db_reset(it->db, st) || rc != SQLITE_DONE)
		return false;
	size_t ids = (size_t)it->wmax_id + 2;
	it->wfirst = xcalloc(ids, sizeof *it->wfirst);
	for (size_t i = 0; i < n; i++)
		it->wfirst[it->wpay[i].member_id + 1]++;
	for (size_t id = 1; id + 1 < ids; id++)
		it->wfirst[id + 1] += it->wfirst[id];
	size_t *next = xcalloc(ids, sizeof *next);
	memcpy(next, it->wfirst, ids * sizeof *next);
	it->worder = xcalloc(n + 1, sizeof *it->worder);
	for (size_t i = 0; i < n; i++)
		it->worder[next[it->wpay[i].member_id]++] = (unsigned)i;
	free(next);
	return true;
}

struct dues_iter *dues_iter_new(struct db *db, const struct dues_query *q)
{
	static const char roster_sql[] = VIEW_SELECT ROSTER_ORDER "LIMIT :limit OFFSET :offset";
	static const char id_sql[] = VIEW_SELECT "ORDER BY m.id LIMIT :limit OFFSET :offset";
	static const char window_sql[] = WINDOW_SELECT "ORDER BY m.id LIMIT :limit OFFSET :offset";
	/* By id: every member's payments and fixings in two passes, merged
	 * with the members instead of two statements per member. */
	static const char pay_sql[] =
		"SELECT p.member_id, p.month, p.voluntary, p.amount FROM members m "
		/* member by member, never a sort of every payment by the month index */
		"JOIN dues_payments p INDEXED BY dues_payments_member ON p.member_id = m.id "
		"WHERE p.month >= :from AND p.paid_on <= :as_of ORDER BY m.id, p.month";
	static const char fix_sql[] =
		"SELECT f.member_id, f.year, f.amount FROM members m "
		"JOIN dues_fixings f ON f.member_id = m.id WHERE f.year >= :from_year "
		"ORDER BY m.id, f.year";
	if (q->months < 1 || q->months > DUES_PERIOD_MAX) {
		db_set_error(db, "dues_iter_new: months must be 1..%d", DUES_PERIOD_MAX);
		return NULL;
	}
	struct dues_iter *it = xcalloc(1, sizeof *it);
	it->db = db;
	it->q = *q;
	if (it->q.history_from > q->first)
		it->q.history_from = q->first; /* the period's own months are always read */
	date_format(q->as_of, it->as_of);
	it->as_of_month = month_index(q->as_of.y, q->as_of.m);
	dues_settings_load(db, &it->settings);
	bool window = q->by_id && it->q.history_from > 0 &&
		      it->as_of_month - it->q.history_from < WINDOW_MAX_MONTHS &&
		      q->first + q->months - 1 - it->q.history_from < WINDOW_MAX_MONTHS;
	it->st = prepare(db, window ? window_sql : q->by_id ? id_sql : roster_sql);
	if (q->by_id && it->st) {
		it->pay = window ? NULL : prepare(db, pay_sql);
		it->fix = prepare(db, fix_sql);
	}
	if (!it->st || (q->by_id && ((!window && !it->pay) || !it->fix)) || (window && !window_load(it))) {
		dues_iter_free(it);
		return NULL;
	}
	bind_view(it->st, q);
	db_bind_int(it->st, ":year", q->first / 12);
	db_bind_int(it->st, ":limit", q->arrears_only ? -1 : q->limit);
	db_bind_int(it->st, ":offset", q->arrears_only ? 0 : q->offset);
	if (q->by_id) {
		if (it->pay) {
			bind_month(it->pay, ":from", it->q.history_from);
			db_bind_text(it->pay, ":as_of", it->as_of);
			it->pay_rc = sqlite3_step(it->pay);
		} else {
			it->pay_rc = SQLITE_DONE;
		}
		db_bind_int(it->fix, ":from_year", it->q.history_from / 12);
		it->fix_rc = sqlite3_step(it->fix);
	}
	return it;
}

void dues_iter_free(struct dues_iter *it)
{
	if (!it)
		return;
	sqlite3_finalize(it->st);
	sqlite3_finalize(it->pay);
	sqlite3_finalize(it->fix);
	free(it->wpay);
	free(it->worder);
	free(it->wfirst);
	free(it->sums);
	free(it->owed);
	free(it->paid);
	free(it->vol);
	free(it->fixes);
	free(it);
}

#define GROW(arr, n, cap) ((arr) = grow_array((arr), (n), &(cap), 64, sizeof *(arr)))

/* The member's fixings (all years) and payments (dated up to as_of), one
 * entry per month paid for. */
static void add_payment(struct dues_iter *it, int month, bool voluntary, fen_t amount)
{
	if (!it->nsums || it->sums[it->nsums - 1].month != month) {
		GROW(it->sums, it->nsums, it->cap_sums);
		it->sums[it->nsums++] = (struct month_sum){ .month = month };
	}
	struct month_sum *s = &it->sums[it->nsums - 1];
	if (voluntary)
		s->voluntary += amount;
	else
		s->paid += amount;
}

/* By id: take the member's rows off the two streams. */
static bool take_history(struct dues_iter *it, long long member_id)
{
	long long id;
	it->nfixes = 0;
	while (it->fix_rc == SQLITE_ROW && (id = sqlite3_column_int64(it->fix, 0)) <= member_id) {
		if (id == member_id) {
			GROW(it->fixes, it->nfixes, it->cap_fixes);
			it->fixes[it->nfixes].year = sqlite3_column_int(it->fix, 1);
			it->fixes[it->nfixes].amount = sqlite3_column_int64(it->fix, 2);
			it->nfixes++;
		}
		it->fix_rc = sqlite3_step(it->fix);
	}
	it->nsums = 0;
	if (it->wfirst && member_id > 0 && member_id <= it->wmax_id)
		for (size_t i = it->wfirst[member_id]; i < it->wfirst[member_id + 1]; i++) {
			const struct window_pay *w = &it->wpay[it->worder[i]];
			add_payment(it, w->month & ~WINDOW_VOLUNTARY, (w->month & WINDOW_VOLUNTARY) != 0, w->amount);
		}
	while (it->pay_rc == SQLITE_ROW && (id = sqlite3_column_int64(it->pay, 0)) <= member_id) {
		if (id == member_id)
			add_payment(it, month_of_text(sqlite3_column_text(it->pay, 1)),
				    sqlite3_column_int(it->pay, 2) != 0, sqlite3_column_int64(it->pay, 3));
		it->pay_rc = sqlite3_step(it->pay);
	}
	if ((it->fix_rc != SQLITE_ROW && it->fix_rc != SQLITE_DONE) ||
	    (it->pay_rc != SQLITE_ROW && it->pay_rc != SQLITE_DONE)) {
		db_set_sqlite_error(it->db, NULL);
		return false;
	}
	return true;
}

static bool load_history(struct dues_iter *it, long long member_id)
{
	if (it->q.by_id)
		return take_history(it, member_id);
	sqlite3_stmt *st = db_stmt(it->db,
		"SELECT year, amount FROM dues_fixings WHERE member_id = :member ORDER BY year");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	it->nfixes = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		GROW(it->fixes, it->nfixes, it->cap_fixes);
		it->fixes[it->nfixes].year = sqlite3_column_int(st, 0);
		it->fixes[it->nfixes].amount = sqlite3_column_int64(st, 1);
		it->nfixes++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;

	st = db_stmt(it->db,
		"SELECT month, voluntary, amount FROM dues_payments "
		"WHERE member_id = :member AND month >= :from AND paid_on <= :as_of "
		"ORDER BY member_id, month, voluntary");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	bind_month(st, ":from", it->q.history_from);
	db_bind_text(st, ":as_of", it->as_of);
	it->nsums = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		add_payment(it, month_of_text(sqlite3_column_text(st, 0)), sqlite3_column_int(st, 1) != 0,
			    sqlite3_column_int64(st, 2));
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;
	return true;
fail:
	db_set_sqlite_error(it->db, NULL);
	return false;
}

static fen_t fixed_amount(const struct dues_iter *it, int year)
{
	for (size_t i = 0; i < it->nfixes; i++)
		if (it->fixes[i].year == year)
			return it->fixes[i].amount;
	return DUES_NOT_OWED;
}

#define MAX_HISTORY_MONTHS (12 * 120)

/* Everything of a row that follows from the history. */
static void compute_row(struct dues_iter *it, struct dues_row *r)
{
	const struct dues_query *q = &it->q;
	int period_last = q->first + q->months - 1;
	/* The window: from the first month that can be owed (joining, but not
	 * before the first fixing) or the period, to the last month with a
	 * payment, the as-of month or the period's end. */
	int lo = q->first, hi = period_last;
	if (it->nfixes) {
		int from = month_index(it->fixes[0].year, 1);
		if (from < r->first)
			from = r->first;
		if (from < q->history_from)
			from = q->history_from;
		if (from < lo)
			lo = from;
	}
	if (it->as_of_month > hi)
		hi = it->as_of_month;
	if (it->nsums && it->sums[it->nsums - 1].month > hi)
		hi = it->sums[it->nsums - 1].month;
	if (hi - lo + 1 > MAX_HISTORY_MONTHS)
		lo = hi - MAX_HISTORY_MONTHS + 1;
	if (lo > q->first)
		lo = q->first;
	int n = hi - lo + 1;
	if (n > it->cap_months) {
		it->cap_months = n;
		it->owed = realloc(it->owed, (size_t)n * sizeof *it->owed);
		it->paid = realloc(it->paid, (size_t)n * sizeof *it->paid);
		it->vol = realloc(it->vol, (size_t)n * sizeof *it->vol);
		if (!it->owed || !it->paid || !it->vol)
			abort();
	}
	memset(it->paid, 0, (size_t)n * sizeof *it->paid);
	memset(it->vol, 0, (size_t)n * sizeof *it->vol);
	int year = -1;
	fen_t amount = DUES_NOT_OWED;
	for (int i = 0; i < n; i++) {
		int m = lo + i;
		if (m / 12 != year) {
			year = m / 12;
			amount = fixed_amount(it, year);
		}
		it->owed[i] = m < r->first || m > r->last ? DUES_NOT_OWED : amount;
	}
	for (size_t k = 0; k < it->nsums; k++) {
		int i = it->sums[k].month - lo;
		if (i >= 0 && i < n) {
			it->paid[i] = it->sums[k].paid;
			it->vol[i] = it->sums[k].voluntary;
		}
	}

	r->months = q->months;
	r->owed = r->paid = r->voluntary = r->not_due = 0;
	fen_t paid_due = 0;
	for (int k = 0; k < q->months; k++) {
		int i = q->first + k - lo;
		struct dues_cell *c = &r->cell[k];
		fen_t owed = it->owed[i];
		c->owed = owed == DUES_NOT_OWED ? 0 : owed;
		c->paid = it->paid[i];
		c->voluntary = it->vol[i];
		c->later = q->first + k > it->as_of_month;
		if (owed == DUES_NOT_OWED)
			c->state = DUES_CELL_NOT_OWED;
		else if (c->paid >= owed)
			c->state = DUES_CELL_PAID;
		else if (c->later)
			c->state = DUES_CELL_NOT_DUE;
		else if (c->paid > 0)
			c->state = DUES_CELL_PARTLY;
		else
			c->state = DUES_CELL_UNPAID;
		if (c->later) {
			r->not_due += c->owed;
		} else {
			r->owed += c->owed;
			paid_due += c->paid;
		}
		r->paid += c->paid;
		r->voluntary += c->voluntary;
	}
	r->shortfall = r->owed > paid_due ? r->owed - paid_due : 0;

	struct dues_history h = {
		.first = lo, .n = n, .owed = it->owed, .paid = it->paid,
		.as_of = it->as_of_month, .last = r->last,
	};
	dues_standing_compute(&h, &r->standing);
	r->flag = dues_flag_for(&it->settings, &r->standing);
}

static bool read_row(struct dues_iter *it, struct dues_row *r)
{
	sqlite3_stmt *st = it->st;
	memset(r, 0, sizeof *r);
	r->member_id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, r->name, sizeof r->name);
	db_column_copy(st, 2, r->id_number, sizeof r->id_number);
	db_column_copy(st, 3, r->kind, sizeof r->kind);
	db_column_copy(st, 4, r->status, sizeof r->status);
	db_column_copy(st, 5, r->status_date, sizeof r->status_date);
	db_column_copy(st, 6, r->join_date, sizeof r->join_date);
	db_column_copy(st, 7, r->group, sizeof r->group);
	db_column_copy(st, 8, r->category, sizeof r->category);
	if (!dues_member_months(r->join_date, r->status, r->status_date, &r->first, &r->last))
		r->first = r->last = 0;
	if (roster_status_left(r->status) && !*r->status_date) {
		r->left_undated = true;
		r->last = sqlite3_column_type(st, 9) == SQLITE_NULL ? r->first - 1
				: month_of_text(sqlite3_column_text(st, 9));
	}
	r->group_sort = sqlite3_column_int(st, 23);
	r->fixed = sqlite3_column_type(st, 10) != SQLITE_NULL;
	if (r->fixed) {
		read_fixing(st, 10, &r->fix);
		text_copy(r->category, sizeof r->category, r->fix.category);
	}
	if (!load_history(it, r->member_id))
		return false;
	compute_row(it, r);
	return true;
}

bool dues_iter_next(struct dues_iter *it, struct dues_row *out)
{
	for (;;) {
		if (!it->q.arrears_only || it->q.limit < 0 || it->given < it->q.limit) {
			int rc = sqlite3_step(it->st);
			if (rc != SQLITE_ROW) {
				if (rc != SQLITE_DONE) {
					db_set_sqlite_error(it->db, NULL);
					it->failed = true;
				}
				return false;
			}
		} else {
			return false;
		}
		if (!read_row(it, out)) {
			it->failed = true;
			return false;
		}
		if (!it->q.arrears_only)
			return true;
		/* Overdue: a month before the as-of month not paid in full (the
		 * as-of month alone is not over yet). */
		if (out->standing.arrears_since < 0 || out->standing.arrears_since >= it->as_of_month)
			continue;
		if (it->skipped < it->q.offset) {
			it->skipped++;
			continue;
		}
		it->given++;
		return true;
	}
}

bool dues_iter_failed(const struct dues_iter *it)
{
	return it->failed;
}

long long dues_count(struct db *db, const struct dues_query *q)
{
	if (q->arrears_only) {
		struct dues_query all = *q;
		all.offset = 0;
		all.limit = -1;
		struct dues_iter *it = dues_iter_new(db, &all);
		if (!it)
			return -1;
		struct dues_row *r = xcalloc(1, sizeof *r);
		long long n = 0;
		while (dues_iter_next(it, r))
			n++;
		if (dues_iter_failed(it))
			n = -1;
		free(r);
		dues_iter_free(it);
		return n;
	}
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*) FROM members m LEFT JOIN party_groups g ON g.id = m.group_id " VIEW_WHERE);
	if (!st)
		return -1;
	bind_view(st, q);
	long long n = db_step(db, st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	return n;
}

bool dues_page(struct db *db, const struct dues_query *q, struct dues_row *rows, int max, int *n)
{
	struct dues_query page = *q;
	if (page.limit < 0 || page.limit > max)
		page.limit = max;
	*n = 0;
	struct dues_iter *it = dues_iter_new(db, &page);
	if (!it)
		return false;
	while (*n < max && dues_iter_next(it, &rows[*n]))
		++*n;
	bool ok = !dues_iter_failed(it);
	dues_iter_free(it);
	return ok;
}

bool dues_totals(struct db *db, const struct dues_query *q, struct dues_totals *out)
{
	/* The rows themselves, summed: in id order, reading only the period's
	 * months (the standing is not needed), so that the totals always agree
	 * with the rows and cost one pass over the period's payments. */
	struct dues_query all = *q;
	all.by_id = true;
	all.history_from = q->first;
	all.arrears_only = false;
	all.offset = 0;
	all.limit = -1;
	memset(out, 0, sizeof *out);
	out->months = q->months;
	struct dues_iter *it = dues_iter_new(db, &all);
	if (!it)
		return false;
	struct dues_row *r = xcalloc(1, sizeof *r);
	while (dues_iter_next(it, r)) {
		out->members++;
		for (int k = 0; k < q->months; k++) {
			const struct dues_cell *c = &r->cell[k];
			out->paid[k] += c->paid;
			out->voluntary[k] += c->voluntary;
			out->owed[k] += c->later ? 0 : c->owed;
			out->not_due[k] += c->later ? c->owed : 0;
			out->collected[k] += dues_cell_collected(c);
		}
	}
	bool ok = !dues_iter_failed(it);
	free(r);
	dues_iter_free(it);
	for (int k = 0; k < q->months; k++) {
		out->owed_sum += out->owed[k];
		out->paid_sum += out->paid[k];
		out->voluntary_sum += out->voluntary[k];
		out->collected_sum += out->collected[k];
		out->not_due_sum += out->not_due[k];
	}
	return ok;
}

fen_t dues_cell_collected(const struct dues_cell *c)
{
	if (c->later || c->state == DUES_CELL_NOT_OWED || c->paid <= 0)
		return 0;
	return c->paid < c->owed ? c->paid : c->owed;
}

int dues_rate_permille(fen_t collected, fen_t owed)
{
	if (owed <= 0)
		return -1;
	return (int)((collected * 1000 + owed / 2) / owed);
}
