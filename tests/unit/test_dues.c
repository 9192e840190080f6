/* Unit tests of dues (党费): every example of domain.md §2, the bracket
 * edges, rounding, the months a member owes, 交至年月 and arrears; then the
 * database view the report and the 党费 screen read (departures with a
 * date, probationary members, reversals, mark-paid, totals). */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/date.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/member.h"
#include "rules/dues.h"

static fen_t amount_for(const char *category, fen_t base)
{
	struct dues_settings s;
	struct dues_amount a;
	dues_settings_init(&s);
	assert_true(dues_compute(&s, category, base, &a));
	return a.amount;
}

static int rate_for(const char *category, fen_t base)
{
	struct dues_settings s;
	struct dues_amount a;
	dues_settings_init(&s);
	assert_true(dues_compute(&s, category, base, &a));
	return a.rate;
}

/* ---- Rates and amounts (domain.md §2) */

static void test_domain_examples(void **state)
{
	(void)state;
	/* In service, rates on the whole base, upper bounds inclusive. */
	assert_int_equal(amount_for("在职", 300000), 1500);     /* 3000.00 -> 15.00 */
	assert_int_equal(amount_for("在职", 300001), 3000);     /* 3000.01 -> 30.00 */
	assert_int_equal(amount_for("在职", 500000), 5000);     /* 5000 -> 50.00 */
	assert_int_equal(amount_for("在职", 1000000), 15000);   /* 10000 -> 150.00 */
	assert_int_equal(amount_for("在职", 1200000), 24000);   /* 12000 -> 240.00 */
	/* Retirees on the basic pension. */
	assert_int_equal(amount_for("离退休", 500000), 2500);   /* 5000 -> 25.00 */
	assert_int_equal(amount_for("离退休", 600000), 6000);   /* 6000 -> 60.00 */
	/* Fixed amounts. */
	assert_int_equal(amount_for("学生", 0), 20);
	assert_int_equal(amount_for("失业", 0), 20);
	assert_int_equal(amount_for("困难", 0), 20);
	assert_int_equal(amount_for("农民", 0), 20);
}

static void test_bracket_edges(void **state)
{
	(void)state;
	assert_int_equal(rate_for("在职", 0), 50);
	assert_int_equal(rate_for("在职", 300000), 50);
	assert_int_equal(rate_for("在职", 300001), 100);
	assert_int_equal(rate_for("在职", 500000), 100);
	assert_int_equal(rate_for("在职", 500001), 150);
	assert_int_equal(amount_for("在职", 500001), 7500);     /* 5000.01 -> 75.00 */
	assert_int_equal(rate_for("在职", 1000000), 150);
	assert_int_equal(rate_for("在职", 1000001), 200);
	assert_int_equal(amount_for("在职", 1000001), 20000);   /* 10000.01 -> 200.00 */
	assert_int_equal(rate_for("离退休", 500000), 50);
	assert_int_equal(rate_for("离退休", 500001), 100);
	assert_int_equal(amount_for("离退休", 500001), 5000);   /* 5000.01 -> 50.00 */
	/* 其他 (e.g. 灵活就业) pays like in service on a base. */
	assert_int_equal(amount_for("其他", 800000), 12000);
	/* Students pay 0.20 whatever base is given. */
	assert_int_equal(amount_for("学生", 900000), 20);
	assert_int_equal(rate_for("学生", 900000), 0);
	struct dues_settings s;
	struct dues_amount a;
	dues_settings_init(&s);
	assert_false(dues_compute(&s, "退休", 100, &a)); /* not a stored category */
}

static void test_rounding(void **state)
{
	(void)state;
	/* Half up to the 分. */
	assert_int_equal(amount_for("在职", 123450), 617);     /* 0.5% of 1234.50 = 6.1725 */
	assert_int_equal(amount_for("在职", 400050), 4001);    /* 1% of 4000.50 = 40.005 -> 40.01 */
	assert_int_equal(amount_for("在职", 299999), 1500);    /* 0.5% of 2999.99 = 14.99995 */
	assert_int_equal(amount_for("在职", 333333), 3333);    /* 1% of 3333.33 = 33.3333 */
	/* Other rounding units as a setting: to the 角 and to the 元. */
	assert_int_equal(dues_round(400050, 100, 10), 4000);   /* 40.005 -> 40.00 */
	assert_int_equal(dues_round(404950, 100, 10), 4050);   /* 40.495 -> 40.50 */
	assert_int_equal(dues_round(404950, 100, 100), 4000);  /* 40.495 -> 40 */
	assert_int_equal(dues_round(405000, 100, 100), 4100);  /* 40.50 -> 41 */
	struct dues_settings s;
	dues_settings_init(&s);
	s.rounding = 7;
	s.farmer_amount = 500;
	s.warn_months = 0;
	dues_settings_check(&s);
	assert_int_equal(s.rounding, 1);
	assert_int_equal(s.farmer_amount, 20);
	assert_int_equal(s.warn_months, 3);
	s.farmer_amount = 50; /* some provinces: 0.50 */
	struct dues_amount a;
	assert_true(dues_compute(&s, "农民", 0, &a));
	assert_int_equal(a.amount, 50);
}

static void test_rate_format(void **state)
{
	(void)state;
	char out[DUES_RATE_SIZE];
	dues_rate_format(50, out);
	assert_string_equal(out, "0.5%");
	dues_rate_format(100, out);
	assert_string_equal(out, "1%");
	dues_rate_format(150, out);
	assert_string_equal(out, "1.5%");
	dues_rate_format(200, out);
	assert_string_equal(out, "2%");
	dues_rate_format(0, out);
	assert_string_equal(out, "");
	dues_rate_format(125, out);
	assert_string_equal(out, "1.25%");
}

static void test_fixing_override(void **state)
{
	(void)state;
	struct dues_settings s;
	struct dues_fixing f = { .year = 2026, .base = 800000, .reviewed = true };
	dues_settings_init(&s);
	strcpy(f.category, "在职");
	assert_true(dues_fixing_compute(&s, &f, false));
	assert_int_equal(f.rate, 150);
	assert_int_equal(f.computed, 12000);
	assert_int_equal(f.amount, 12000);
	assert_null(dues_fixing_problem(&f));
	/* Paying less needs a reason and the approval. */
	f.amount = 2000;
	assert_non_null(dues_fixing_problem(&f));
	strcpy(f.reason, "家庭困难");
	assert_non_null(dues_fixing_problem(&f));
	strcpy(f.approval, "上级党委 2026-01-10 同意");
	assert_null(dues_fixing_problem(&f));
	/* Recomputing keeps an approved amount when asked to. */
	assert_true(dues_fixing_compute(&s, &f, true));
	assert_int_equal(f.amount, 2000);
	/* A salaried member needs a base once reviewed. */
	struct dues_fixing g = { .year = 2026, .reviewed = true };
	strcpy(g.category, "离退休");
	assert_true(dues_fixing_compute(&s, &g, false));
	assert_non_null(dues_fixing_problem(&g));
	g.reviewed = false; /* a draft copied by "fix next year" */
	assert_null(dues_fixing_problem(&g));
	/* A fixed scheme forgets a base. */
	struct dues_fixing h = { .year = 2026, .base = 500000, .reviewed = true };
	strcpy(h.category, "学生");
	assert_true(dues_fixing_compute(&s, &h, false));
	assert_int_equal(h.base, 0);
	assert_int_equal(h.amount, 20);
}

/* ---- Months */

static void test_member_months(void **state)
{
	(void)state;
	int first, last;
	/* Probationary from the month of 入党日期. */
	assert_true(dues_member_months("2026-08-31", "正常", "", &first, &last));
	assert_int_equal(first, month_index(2026, 8));
	assert_int_equal(last, DUES_NO_END);
	/* Nobody after the month they left. */
	assert_true(dues_member_months("2010-05-04", "转出", "2026-09-01", &first, &last));
	assert_int_equal(last, month_index(2026, 9));
	assert_true(dues_member_months("2010-05-04", "去世", "2026-03-15", &first, &last));
	assert_int_equal(last, month_index(2026, 3));
	/* 流动 members still belong and pay. */
	assert_true(dues_member_months("2010-05-04", "流动", "2026-03-15", &first, &last));
	assert_int_equal(last, DUES_NO_END);
	assert_false(dues_member_months("", "正常", "", &first, &last));
}

static void test_parse_months(void **state)
{
	(void)state;
	int a, b;
	const char *why = NULL;
	assert_true(dues_parse_months("2026-03", &a, &b, &why));
	assert_int_equal(a, month_index(2026, 3));
	assert_int_equal(b, a);
	assert_true(dues_parse_months("2026-01..2026-03", &a, &b, &why));
	assert_int_equal(b - a, 2);
	assert_true(dues_parse_months("2026年1月至2026年3月", &a, &b, &why));
	assert_int_equal(a, month_index(2026, 1));
	assert_int_equal(b, month_index(2026, 3));
	assert_true(dues_parse_months("2025-11~2026-02", &a, &b, &why));
	assert_int_equal(b - a, 3);
	assert_false(dues_parse_months("2026-03..2026-01", &a, &b, &why));
	assert_string_equal(why, "the range ends before it starts");
	assert_false(dues_parse_months("2026-13", &a, &b, &why));
	assert_false(dues_parse_months("", &a, &b, &why));
}

/* ---- Standing: 交至年月 and arrears */

#define N 12
static void standing(const fen_t *owed, const fen_t *paid, int as_of, int last, struct dues_standing *st)
{
	struct dues_history h = { .first = month_index(2026, 1), .n = N, .owed = owed, .paid = paid,
				  .as_of = month_index(2026, as_of), .last = last };
	dues_standing_compute(&h, st);
}
#define M(m) month_index(2026, (m))
#define X DUES_NOT_OWED

static void test_standing_paid_up(void **state)
{
	(void)state;
	struct dues_standing st;
	fen_t owed[N] = { 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500 };
	fen_t paid[N] = { 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 0, 0 };
	standing(owed, paid, 10, DUES_NO_END, &st);
	assert_int_equal(st.paid_to, M(10));
	assert_int_equal(st.arrears_months, 0);
	assert_int_equal(st.arrears_since, -1);
	/* The as-of month itself counts once it is unpaid. */
	standing(owed, paid, 11, DUES_NO_END, &st);
	assert_int_equal(st.arrears_months, 1);
	assert_int_equal(st.arrears_since, M(11));
	assert_int_equal(st.arrears_amount, 1500);
}

static void test_standing_advance(void **state)
{
	(void)state;
	struct dues_standing st;
	fen_t owed[N] = { 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500 };
	fen_t paid[N] = { 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500 };
	standing(owed, paid, 10, DUES_NO_END, &st);
	assert_int_equal(st.paid_to, M(12));     /* paid in advance to December */
	assert_int_equal(st.arrears_months, 0);
	/* Into a year without a fixing yet: months paid for count. */
	fen_t owed2[N] = { 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, X, X, X };
	fen_t paid2[N] = { 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 0 };
	standing(owed2, paid2, 8, DUES_NO_END, &st);
	assert_int_equal(st.paid_to, M(11));
}

static void test_standing_gap_and_partial(void **state)
{
	(void)state;
	struct dues_standing st;
	fen_t owed[N] = { 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500 };
	/* March missed, June paid in part, the rest paid. */
	fen_t paid[N] = { 1500, 1500, 0, 1500, 1500, 700, 1500, 1500, 1500, 1500, 0, 0 };
	standing(owed, paid, 10, DUES_NO_END, &st);
	assert_int_equal(st.paid_to, M(2));
	assert_int_equal(st.arrears_months, 2);
	assert_int_equal(st.arrears_run, 1);
	assert_int_equal(st.arrears_since, M(3));
	assert_int_equal(st.arrears_amount, 1500 + 800);
	/* 补交 of March (paid later for March) moves 交至年月 to May. */
	paid[2] = 1500;
	standing(owed, paid, 10, DUES_NO_END, &st);
	assert_int_equal(st.paid_to, M(5));
	assert_int_equal(st.arrears_months, 1);
}

static void test_standing_flags(void **state)
{
	(void)state;
	struct dues_settings s;
	struct dues_standing st;
	dues_settings_init(&s);
	fen_t owed[N] = { 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500, 1500 };
	/* Three months scattered: the warning, not 自行脱党. */
	fen_t paid[N] = { 0, 1500, 0, 1500, 0, 1500, 1500, 1500, 1500, 1500, 1500, 1500 };
	standing(owed, paid, 10, DUES_NO_END, &st);
	assert_int_equal(st.arrears_months, 3);
	assert_int_equal(st.arrears_run, 1);
	assert_int_equal(st.paid_to, -1);        /* the first owed month is unpaid */
	assert_int_equal(dues_flag_for(&s, &st), DUES_FLAG_WARN);
	/* Six in a row: 自行脱党 to be handled. */
	fen_t paid6[N] = { 1500, 1500, 1500, 1500, 0, 0, 0, 0, 0, 0, 0, 0 };
	standing(owed, paid6, 10, DUES_NO_END, &st);
	assert_int_equal(st.arrears_run, 6);
	assert_int_equal(st.paid_to, M(4));
	assert_int_equal(dues_flag_for(&s, &st), DUES_FLAG_LAPSE);
	/* Five: only the warning. */
	standing(owed, paid6, 9, DUES_NO_END, &st);
	assert_int_equal(st.arrears_run, 5);
	assert_int_equal(dues_flag_for(&s, &st), DUES_FLAG_WARN);
	standing(owed, paid6, 5, DUES_NO_END, &st);
	assert_int_equal(dues_flag_for(&s, &st), DUES_FLAG_NONE);
}

static void test_standing_join_leave_exempt(void **state)
{
	(void)state;
	struct dues_standing st;
	/* Joined in April (probationary), left in September; 免交 (0) in May. */
	fen_t owed[N] = { X, X, X, 1500, 0, 1500, 1500, 1500, 1500, X, X, X };
	fen_t paid[N] = { 0, 0, 0, 1500, 0, 1500, 1500, 1500, 1500, 0, 0, 0 };
	standing(owed, paid, 11, M(9), &st);
	assert_int_equal(st.paid_to, M(9));
	assert_int_equal(st.arrears_months, 0);
	/* Nothing paid at all: no 交至年月. */
	fen_t none[N] = { 0 };
	standing(owed, none, 11, M(9), &st);
	assert_int_equal(st.paid_to, -1);
	assert_int_equal(st.arrears_months, 5); /* April, June..September; May is 免交 */
	assert_int_equal(st.arrears_run, 4);
}

/* ---- The database view */

struct fixture {
	char dir[64];
	struct db *db;
};

static long long add_member(struct db *db, const char *name, const char *idnum, const char *kind,
			    const char *category, const char *joined)
{
	struct member m;
	member_init(&m);
	strcpy(m.name, name);
	strcpy(m.sex, idnum[16] % 2 ? "男" : "女");
	strcpy(m.id_number, idnum);
	strcpy(m.kind, kind);
	strcpy(m.category, category);
	strcpy(m.join_date, joined);
	assert_true(member_insert(db, &m));
	return m.id;
}

static void fix(struct db *db, long long member, int year, const char *category, fen_t base)
{
	struct dues_settings s;
	struct dues_fixing f = { .member_id = member, .year = year, .base = base, .reviewed = true };
	dues_settings_init(&s);
	strcpy(f.category, category);
	strcpy(f.fixed_on, "2026-01-05");
	assert_true(dues_fixing_compute(&s, &f, false));
	assert_true(dues_fixing_save(db, &f));
}

static long long pay(struct db *db, long long member, int m, fen_t amount, const char *on)
{
	struct dues_payment p = { .member_id = member, .month = M(m), .amount = amount };
	strcpy(p.paid_on, on);
	assert_true(dues_payment_insert(db, &p));
	return p.id;
}

static int setup_db(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char *err = NULL;
	strcpy(f->dir, "/tmp/zhibu-test-dues-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	char path[128];
	snprintf(path, sizeof path, "%s/t.db", f->dir);
	f->db = db_open(path, DB_CREATE, &err);
	assert_non_null(f->db);
	*state = f;
	return 0;
}

static int teardown_db(void **state)
{
	struct fixture *f = *state;
	char cmd[160];
	db_close(f->db);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f);
	return 0;
}

static struct dues_row *find_row(struct dues_row *rows, int n, long long id)
{
	for (int i = 0; i < n; i++)
		if (rows[i].member_id == id)
			return &rows[i];
	return NULL;
}

static void test_db_view(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	assert_true(db_begin(db));
	long long a = add_member(db, "甲", "11010519491231002X", "正式", "在职", "2000-07-01");
	long long b = add_member(db, "乙", "440524188001010014", "预备", "在职", "2026-08-20");
	long long c = add_member(db, "丙", "110108199001010773", "正式", "离退休", "1990-01-01");
	fix(db, a, 2026, "在职", 300000);    /* 15.00 */
	fix(db, b, 2026, "在职", 500001);    /* 75.00 */
	fix(db, c, 2026, "离退休", 600000);  /* 60.00 */
	for (int m = 1; m <= 12; m++)
		pay(db, a, m, 1500, m <= 9 ? "2026-09-01" : "2026-10-08"); /* ahead to December */
	pay(db, b, 8, 7500, "2026-08-25");
	pay(db, b, 9, 3000, "2026-09-25");                   /* part */
	for (int m = 1; m <= 9; m++)
		pay(db, c, m, 6000, "2026-09-30");
	/* 丙 moved away in August: nothing owed after August. */
	assert_true(member_set_status(db, c, "转出", "2026-08-14", "调动"));
	assert_true(db_commit(db));

	struct dues_query q = { .first = M(7), .months = 3, .as_of = { 2026, 11, 20 }, .limit = -1 };
	assert_int_equal(dues_count(db, &q), 3);
	struct dues_row rows[4];
	int n;
	assert_true(dues_page(db, &q, rows, 4, &n));
	assert_int_equal(n, 3);

	struct dues_row *r = find_row(rows, n, a);
	assert_non_null(r);
	assert_int_equal(r->owed, 4500);
	assert_int_equal(r->paid, 4500);
	assert_int_equal(r->standing.paid_to, M(12));
	assert_int_equal(r->cell[0].state, DUES_CELL_PAID);

	r = find_row(rows, n, b);
	assert_non_null(r);
	assert_int_equal(r->cell[0].state, DUES_CELL_NOT_OWED); /* July: before joining */
	assert_int_equal(r->cell[1].state, DUES_CELL_PAID);     /* August: the month of 入党日期 */
	assert_int_equal(r->cell[2].state, DUES_CELL_PARTLY);
	assert_int_equal(r->owed, 15000);
	assert_int_equal(r->paid, 10500);
	assert_int_equal(r->shortfall, 4500);
	assert_int_equal(r->standing.paid_to, M(8));
	assert_int_equal(r->standing.arrears_months, 3);         /* September (part), October, November */
	assert_int_equal(r->standing.arrears_amount, 4500 + 7500 + 7500);
	assert_int_equal(r->flag, DUES_FLAG_WARN);

	r = find_row(rows, n, c);
	assert_non_null(r);
	assert_int_equal(r->last, M(8));
	assert_int_equal(r->cell[2].state, DUES_CELL_NOT_OWED); /* September: gone */
	assert_int_equal(r->cell[2].paid, 6000);                 /* but paid: shown */
	assert_int_equal(r->owed, 12000);
	assert_int_equal(r->paid, 18000);
	assert_int_equal(r->shortfall, 0);
	assert_int_equal(r->standing.paid_to, M(8));

	/* The totals agree with the rows. */
	struct dues_totals t;
	assert_true(dues_totals(db, &q, &t));
	assert_int_equal(t.members, 3);
	assert_int_equal(t.owed_sum, 4500 + 15000 + 12000);
	assert_int_equal(t.paid_sum, 4500 + 10500 + 18000);
	assert_int_equal(t.collected_sum, 4500 + 10500 + 12000);
	assert_int_equal(t.owed[2], 1500 + 7500);                /* September */
	assert_int_equal(dues_rate_permille(t.collected_sum, t.owed_sum), 857);

	/* The as-of date hides later payments. */
	q.as_of = (struct date){ 2026, 9, 30 };
	assert_true(dues_page(db, &q, rows, 4, &n));
	r = find_row(rows, n, a);
	assert_int_equal(r->standing.paid_to, M(9));
	assert_int_equal(r->paid, 4500);

	/* Arrears only, and paging. */
	q.as_of = (struct date){ 2026, 11, 20 };
	q.arrears_only = true;
	assert_int_equal(dues_count(db, &q), 1);
	/* The same in id order, read in passes; and from October only. */
	q.by_id = true;
	assert_int_equal(dues_count(db, &q), 1);
	q.by_id = false;
	struct dues_query recent = { .first = M(11), .months = 1, .as_of = q.as_of, .history_from = M(10),
				     .arrears_only = true, .by_id = true, .limit = -1 };
	assert_true(dues_page(db, &recent, rows, 4, &n));
	assert_int_equal(n, 1);
	assert_int_equal(rows[0].member_id, b);
	assert_int_equal(rows[0].standing.arrears_months, 2);
	assert_int_equal(rows[0].standing.arrears_since, M(10));
	q.arrears_only = false;
	q.offset = 1;
	q.limit = 1;
	assert_true(dues_page(db, &q, rows, 4, &n));
	assert_int_equal(n, 1);
}

static void test_db_writes(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	assert_true(db_begin(db));
	long long a = add_member(db, "甲", "11010519491231002X", "正式", "在职", "2000-07-01");
	long long b = add_member(db, "乙", "440524188001010014", "正式", "学生", "2020-08-20");
	fix(db, a, 2026, "在职", 1200000);   /* 240.00 */
	fix(db, b, 2026, "学生", 0);         /* 0.20 */
	assert_true(db_commit(db));

	/* Several months at the fixed amount; a total that does not add up is refused. */
	char why[256];
	int rows;
	assert_true(dues_pay_months(db, a, M(1), M(3), -1, "2026-03-01", "王", "", &rows, why, sizeof why));
	assert_int_equal(rows, 3);
	assert_false(dues_pay_months(db, a, M(4), M(5), 10000, "2026-05-01", "王", "", &rows, why, sizeof why));
	assert_string_equal(why, "100.00 is not what the 2 months add up to (480.00): record a part payment month by month");
	/* 2027 has no fixing: a month of it needs an amount. */
	assert_false(dues_pay_months(db, a, month_index(2027, 1), month_index(2027, 1), -1, "2026-05-01", "", "",
				     &rows, why, sizeof why));

	/* Mark April paid for everyone who owes it. */
	int count;
	fen_t total;
	assert_true(dues_mark_paid(db, M(4), 0, "2026-04-30", "王", "", &count, &total));
	assert_int_equal(count, 2);
	assert_int_equal(total, 24000 + 20);
	assert_true(dues_mark_paid(db, M(4), 0, "2026-04-30", "王", "", &count, &total));
	assert_int_equal(count, 0);

	/* A reversal: a new row, and only once. */
	struct dues_payment p = { .member_id = a, .month = M(5), .amount = 2400 };
	strcpy(p.paid_on, "2026-05-06");
	assert_true(dues_payment_insert(db, &p));
	long long rev;
	assert_true(dues_payment_reverse(db, p.id, "2026-05-07", "录入错误", &rev));
	assert_false(dues_payment_reverse(db, p.id, "2026-05-07", "", &rev));
	assert_false(dues_payment_reverse(db, rev, "2026-05-07", "", &rev));
	fen_t owed, paid;
	assert_true(dues_month_owed(db, a, M(5), &owed, &paid));
	assert_int_equal(owed, 24000);
	assert_int_equal(paid, 0);
	assert_true(dues_payment_exists(db, &(struct dues_payment){ .member_id = a, .month = M(1),
			.amount = 24000, .paid_on = "2026-03-01" }));
	assert_false(dues_payment_exists(db, &p)); /* reversed */

	/* Fix next year: copies of this year's bases, to review; a salaried
	 * member with no base to copy stays unfixed rather than owing 0. */
	add_member(db, "丙", "110108199001010773", "正式", "在职", "2001-07-01");
	struct dues_fix_result fr;
	assert_true(dues_fix_year(db, 2027, "2026-12-20", &fr));
	assert_int_equal(fr.created, 2);
	assert_int_equal(fr.copied, 1);
	assert_int_equal(fr.need_base, 1);
	struct dues_fixing got;
	assert_true(dues_fixing_get(db, a, 2027, &got));
	assert_int_equal(got.base, 1200000);
	assert_int_equal(got.amount, 24000);
	assert_false(got.reviewed);
	assert_true(dues_fix_year(db, 2027, "2026-12-20", &fr));
	assert_int_equal(fr.created, 0);
	assert_int_equal(fr.kept, 2);
	struct dues_year_status ys;
	assert_true(dues_year_status(db, 2027, &ys));
	assert_int_equal(ys.drafts, 2);
	assert_int_equal(ys.unfixed, 1);
	assert_true(ys.uses_dues);

	/* Remittances and the balance. */
	struct dues_remittance r = { .amount = 50000 };
	strcpy(r.remitted_on, "2026-06-08");
	strcpy(r.period, "2026Q2");
	strcpy(r.receiver, "上级党委");
	assert_true(dues_remittance_insert(db, &r));
	fen_t remitted, collected;
	assert_true(dues_remitted_for(db, M(4), M(6), &remitted));
	assert_int_equal(remitted, 50000);
	assert_true(dues_remitted_for(db, M(7), M(9), &remitted));
	assert_int_equal(remitted, 0);
	assert_true(dues_cash(db, NULL, "2026-12-31", &collected, &remitted));
	assert_int_equal(collected, 3 * 24000 + 24000 + 20);
	assert_int_equal(remitted, 50000);
}

static void test_db_refuses_deletes(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	assert_true(db_begin(db));
	long long a = add_member(db, "甲", "11010519491231002X", "正式", "在职", "2000-07-01");
	fix(db, a, 2026, "在职", 300000);
	pay(db, a, 1, 1500, "2026-01-10");
	assert_true(db_commit(db));
	assert_false(db_exec(db, "DELETE FROM dues_payments"));
	assert_false(db_exec(db, "DELETE FROM dues_fixings"));
	assert_false(db_exec(db, "UPDATE dues_payments SET amount = 1"));
	/* An override without its reason is refused by the schema too. */
	assert_false(db_exec(db, "UPDATE dues_fixings SET amount = 1"));
}

/* The to-dos' last year of payments, read in one range of the month index
 * (by id, history_from a year back), gives every member the same standing as
 * reading each member's payments apart (roster order): gaps, a part payment,
 * 自愿多交, months paid ahead, and a payment dated after the as-of day. */
static void test_db_window(void **state)
{
	struct fixture *f = *state;
	struct db *db = f->db;
	assert_true(db_begin(db));
	long long a = add_member(db, "甲", "11010519491231002X", "正式", "在职", "2000-07-01");
	long long b = add_member(db, "乙", "440524188001010014", "正式", "在职", "2010-08-20");
	long long c = add_member(db, "丙", "110108199001010773", "正式", "离退休", "1990-01-01");
	for (int year = 2025; year <= 2026; year++) {
		fix(db, a, year, "在职", 300000);
		fix(db, b, year, "在职", 500001);
		fix(db, c, year, "离退休", 600000);
	}
	for (int m = 0; m <= 10; m++)
		if (m != 5)
			pay(db, a, m, m == 7 ? 1000 : 1500, "2026-10-30"); /* May missing, July in part */
	struct dues_payment v = { .member_id = a, .month = M(3), .amount = 5000, .voluntary = true };
	strcpy(v.paid_on, "2026-03-30");
	assert_true(dues_payment_insert(db, &v));
	pay(db, b, -1, 7500, "2025-12-30");                 /* 2025-11 only */
	for (int m = 0; m <= 14; m++)
		pay(db, c, m, 6000, "2026-01-05");               /* 2025-12, and ahead to 2027-02 */
	pay(db, b, 1, 7500, "2026-12-01");                  /* after the as-of day */
	assert_true(db_commit(db));

	struct date as_of = { 2026, 11, 20 };
	int from = month_index(2025, 12);
	struct dues_query window = { .first = M(11), .months = 1, .as_of = as_of, .history_from = from,
				     .arrears_only = true, .by_id = true, .limit = -1 };
	struct dues_query apart = window;
	apart.by_id = false;
	struct dues_row w[4], r[4];
	int nw = 0, nr = 0;
	struct dues_iter *it = dues_iter_new(db, &window);
	assert_non_null(it);
	while (nw < 4 && dues_iter_next(it, &w[nw]))
		nw++;
	assert_false(dues_iter_failed(it));
	dues_iter_free(it);
	it = dues_iter_new(db, &apart);
	assert_non_null(it);
	while (nr < 4 && dues_iter_next(it, &r[nr]))
		nr++;
	assert_false(dues_iter_failed(it));
	dues_iter_free(it);
	assert_int_equal(nw, 2); /* 甲 and 乙; 丙 paid ahead */
	assert_int_equal(nr, 2);
	for (int i = 0; i < nw; i++) {
		struct dues_row *o = find_row(r, nr, w[i].member_id);
		assert_non_null(o);
		assert_int_equal(w[i].standing.paid_to, o->standing.paid_to);
		assert_int_equal(w[i].standing.arrears_months, o->standing.arrears_months);
		assert_int_equal(w[i].standing.arrears_run, o->standing.arrears_run);
		assert_int_equal(w[i].standing.arrears_since, o->standing.arrears_since);
		assert_int_equal(w[i].standing.arrears_amount, o->standing.arrears_amount);
		assert_int_equal(w[i].cell[0].paid, o->cell[0].paid);
	}
	struct dues_row *ra = find_row(w, nw, a), *rb = find_row(w, nw, b);
	assert_non_null(ra);
	assert_non_null(rb);
	assert_int_equal(ra->standing.arrears_since, M(5));
	assert_int_equal(ra->standing.arrears_months, 3);   /* May, July in part, November (not over) */
	assert_int_equal(rb->standing.arrears_since, month_index(2025, 12));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_domain_examples),
		cmocka_unit_test(test_bracket_edges),
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_rate_format),
		cmocka_unit_test(test_fixing_override),
		cmocka_unit_test(test_member_months),
		cmocka_unit_test(test_parse_months),
		cmocka_unit_test(test_standing_paid_up),
		cmocka_unit_test(test_standing_advance),
		cmocka_unit_test(test_standing_gap_and_partial),
		cmocka_unit_test(test_standing_flags),
		cmocka_unit_test(test_standing_join_leave_exempt),
		cmocka_unit_test_setup_teardown(test_db_view, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_db_writes, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_db_refuses_deletes, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_db_window, setup_db, teardown_db),
	};
	return cmocka_run_group_tests_name("dues", tests, NULL, NULL);
}
