/* The rules of the 整改台账, the plan and the 民主测评 (rules/rectify.c,
 * rules/plan.c, rules/review.c), and the records' own guards. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "db/db.h"
#include "db/plan.h"
#include "db/rectify.h"
#include "db/review.h"
#include "report/rectify.h"
#include "report/review.h"
#include "report/todo.h"
#include "rules/plan.h"
#include "rules/rectify.h"
#include "rules/review.h"

static struct date d(const char *iso)
{
	struct date out;
	assert_true(date_parse_iso(iso, &out));
	return out;
}

static void test_completion(void **state)
{
	(void)state;
	char out[16];
	rectify_completion(15, 18, 0, out, sizeof out);
	assert_string_equal(out, "83.3%");
	rectify_completion(15, 20, 2, out, sizeof out);   /* 作废 leave the denominator */
	assert_string_equal(out, "83.3%");
	rectify_completion(8, 9, 0, out, sizeof out);
	assert_string_equal(out, "88.9%");
	rectify_completion(2, 3, 0, out, sizeof out);
	assert_string_equal(out, "66.7%");
	rectify_completion(0, 0, 0, out, sizeof out);
	assert_string_equal(out, "0.0%");
}

static void test_deadline_and_overdue(void **state)
{
	(void)state;
	char iso[DATE_ISO_SIZE];
	bool lt;
	const char *why;
	assert_true(rectify_deadline_parse("长期", iso, &lt, &why));
	assert_true(lt);
	assert_string_equal(iso, "");
	assert_true(rectify_deadline_parse("长期坚持", iso, &lt, &why));
	assert_true(lt);
	assert_true(rectify_deadline_parse("2026年6月30日", iso, &lt, &why));
	assert_false(lt);
	assert_string_equal(iso, "2026-06-30");
	assert_false(rectify_deadline_parse("", iso, &lt, &why));
	assert_false(rectify_deadline_parse("2026-02-30", iso, &lt, &why));

	assert_true(rectify_item_overdue("整改中", "2026-06-30", false, d("2026-07-01")));
	assert_false(rectify_item_overdue("整改中", "2026-06-30", false, d("2026-06-30")));
	assert_false(rectify_item_overdue("已销号", "2026-06-30", false, d("2026-07-01")));
	assert_false(rectify_item_overdue("作废", "2026-06-30", false, d("2026-07-01")));
	assert_false(rectify_item_overdue("整改中", "", true, d("2030-01-01")));
	assert_true(rectify_item_overdue("退回", "2026-06-30", false, d("2026-12-01")));
}

static void test_close_needs_evidence(void **state)
{
	(void)state;
	assert_non_null(rectify_close_problem("", "李四", "会议#3"));
	assert_non_null(rectify_close_problem("2026-06-01", " ", "会议#3"));
	assert_non_null(rectify_close_problem("2026-06-01", "李四", ""));
	assert_null(rectify_close_problem("2026-06-01", "李四", "会议#3"));
}

static void test_sources_and_report_months(void **state)
{
	(void)state;
	assert_int_equal(rectify_report_months_default("巡视"), 2);
	assert_int_equal(rectify_report_months_default("巡察"), 2);
	assert_int_equal(rectify_report_months_default("自查"), 0);
	assert_true(rectify_source_valid("述职评议"));
	assert_false(rectify_source_valid("巡查"));
	/* 2 months after 12-31 is the end of February, not moved off a weekend. */
	struct date due = date_add_months(d("2026-12-31"), 2);
	assert_int_equal(date_cmp(due, d("2027-02-28")), 0);
	assert_int_equal(date_cmp(rectify_quarter_end(d("2026-02-10")), d("2026-03-31")), 0);
	assert_int_equal(date_cmp(rectify_quarter_end(d("2026-12-31")), d("2026-12-31")), 0);
	assert_string_equal(rectify_status_on("已销号", "2026-06-01", d("2026-05-31")), "整改中");
	assert_string_equal(rectify_status_on("已销号", "2026-06-01", d("2026-06-01")), "已销号");
}

static void test_review_averages(void **state)
{
	(void)state;
	char out[16];
	assert_int_equal(review_average100(236, 3), 7867);   /* 78.666… → 78.67 */
	assert_int_equal(review_average100(157, 2), 7850);
	assert_int_equal(review_average100(1, 8), 13);       /* 0.125 → 0.13 half up */
	assert_int_equal(review_average100(5, 0), 0);
	review_format100(7867, out, sizeof out);
	assert_string_equal(out, "78.67");
	review_format100(8000, out, sizeof out);
	assert_string_equal(out, "80.00");

	struct review_areas a;
	const char *why;
	assert_true(review_areas_parse(review_areas_default, &a, &why));
	assert_int_equal(a.n, 6);
	assert_string_equal(a.name[5], "发展思路");
	long long sum[6] = { 158, 136, 155, 178, 167, 142 }, n[6] = { 2, 2, 2, 2, 2, 2 };
	assert_int_equal(review_overall100(&a, sum, n), 7800);   /* 936 / 12 */
	assert_true(review_areas_parse("甲:2、乙", &a, &why));
	assert_int_equal(a.weight[0], 2);
	long long s2[2] = { 90, 60 }, n2[2] = { 1, 1 };
	assert_int_equal(review_overall100(&a, s2, n2), 8000);  /* (2×90 + 60) / 3 */
	long long s3[2] = { 180, 60 }, n3[2] = { 2, 1 };         /* unequal counts (totals) */
	assert_int_equal(review_overall100(&a, s3, n3), 8000);
	assert_false(review_areas_parse("甲、甲", &a, &why));
	assert_false(review_areas_parse("", &a, &why));

	int score;
	assert_true(review_score_parse("100", &score, &why));
	assert_int_equal(score, 100);
	assert_false(review_score_parse("101", &score, &why));
	assert_false(review_score_parse("8a", &score, &why));
	assert_false(review_score_parse("-1", &score, &why));
	assert_string_equal(review_result(7999, 80, true), review_result(0, 80, true));
	assert_string_not_equal(review_result(8000, 80, true), review_result(7999, 80, true));
}

static void test_plan_rules(void **state)
{
	(void)state;
	struct date out;
	const char *why;
	assert_true(plan_due_parse("2026-02", 2026, &out, &why));
	assert_int_equal(date_cmp(out, d("2026-02-28")), 0);
	assert_true(plan_due_parse("6月", 2026, &out, &why));
	assert_int_equal(date_cmp(out, d("2026-06-30")), 0);
	assert_true(plan_due_parse("2026-09-15", 2026, &out, &why));
	assert_int_equal(date_cmp(out, d("2026-09-15")), 0);
	assert_false(plan_due_parse("13月", 2026, &out, &why));
	assert_int_equal(plan_indicator_parse("接收预备党员"), PI_NEW_MEMBERS);
	assert_true(plan_indicator_parse("主题党日") >= PI_MEETING_FIRST);
	assert_string_equal(plan_indicator_name(plan_indicator_parse("党员大会")), "支部党员大会");
	assert_int_equal(plan_indicator_parse("发展党员"), -1);
	assert_int_equal(date_cmp(plan_adopt_due(2026, "01-31"), d("2026-01-31")), 0);
	assert_int_equal(date_cmp(plan_adopt_due(2026, "02-30"), d("2026-01-31")), 0);
	assert_true(plan_area_valid("党风廉政建设"));
	assert_false(plan_area_valid("廉政"));
}

/* ---- the records ---- */

struct fixture {
	char dir[64];
	struct db *db;
};

static int setup_db(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char *err = NULL, path[128];
	strcpy(f->dir, "/tmp/zhibu-test-rectify-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	setenv("ZHIBU_TODAY", "2026-11-20", 1);
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

static long long add_batch(struct db *db, const char *title, const char *feedback)
{
	struct rectify_batch b = { 0 };
	long long id;
	strcpy(b.title, title);
	strcpy(b.source, "自查");
	strcpy(b.feedback_on, feedback);
	assert_true(rectify_batch_add(db, &b, &id));
	return id;
}

static long long add_item(struct db *db, long long batch, int seq, const char *problem, const char *deadline)
{
	struct rectify_item *it = calloc(1, sizeof *it);
	long long id;
	it->batch_id = batch;
	it->seq = seq;
	strcpy(it->problem, problem);
	strcpy(it->person, "张三");
	if (deadline)
		strcpy(it->deadline, deadline);
	else
		it->long_term = true;
	assert_true(rectify_item_add(db, it, &id));
	free(it);
	return id;
}

static void count_one(void *ctx, const struct rectify_item *it)
{
	rectify_count(ctx, it, d("2026-11-20"));
}

static void test_records_guard_themselves(void **state)
{
	struct fixture *f = *state;
	long long b1 = add_batch(f->db, "2025年自查", "2025-03-01"), b2 = add_batch(f->db, "2026年自查", "2026-03-01");
	long long old = add_item(f->db, b1, 1, "学习不深入", "2025-06-30");
	long long again = add_item(f->db, b2, 1, " 学习不深入 ", "2026-06-30");
	long long lt = add_item(f->db, b2, 2, "作风建设", NULL);
	(void)old;
	/* The same 序号 twice in a batch is refused. */
	struct rectify_item *it = calloc(1, sizeof *it);
	it->batch_id = b2;
	it->seq = 1;
	strcpy(it->problem, "x");
	strcpy(it->deadline, "2026-12-31");
	long long id;
	assert_false(rectify_item_add(f->db, it, &id));
	/* 销号 without evidence is refused by the table too. */
	assert_true(rectify_item_get(f->db, again, it));
	assert_true(it->repeated);            /* the same problem (trimmed) in an earlier year */
	strcpy(it->status, "已销号");
	strcpy(it->closed_on, "2026-06-01");
	strcpy(it->verifier, "李四");
	assert_false(rectify_item_update_status(f->db, it));
	strcpy(it->evidence, "会议#1");
	assert_true(rectify_item_update_status(f->db, it));
	/* Nothing is deleted; progress is append-only. */
	assert_true(rectify_progress_add(f->db, lt, "2026-04-01", "学习", "整改中"));
	assert_false(db_exec(f->db, "DELETE FROM rectify_items WHERE id = 1"));
	assert_false(db_exec(f->db, "UPDATE rectify_progress SET text = 'x'"));
	assert_false(db_exec(f->db, "DELETE FROM rectify_batches"));
	free(it);

	struct rectify_counts n = { 0 };
	assert_true(rectify_items_each(f->db, b2, "2026-11-20", count_one, &n));
	assert_int_equal(n.all, 2);
	assert_int_equal(n.closed, 1);
	assert_int_equal(n.long_term, 1);
	assert_int_equal(n.repeated, 1);
	assert_int_equal(n.overdue, 0);

	/* 长期坚持: progress in Q2 only: Q1 (from the feedback) and Q3 are to-dos. */
	struct todo_list l;
	todo_list_init(&l, d("2026-11-20"), 30);
	assert_true(rectify_todo(f->db, &l));
	int quarters = 0;
	for (size_t i = 0; i < l.count; i++)
		if (strstr(l.items[i].item, "整改#3"))
			quarters++;
	assert_int_equal(quarters, 2);
	todo_list_done(&l);
}

static void test_ballots(void **state)
{
	struct fixture *f = *state;
	struct review r = { .year = 2026, .expected = 5, .returned = 3, .threshold = 80 };
	strcpy(r.held_on, "2026-12-01");
	strcpy(r.areas, "甲、乙");
	long long id;
	assert_true(review_add(f->db, &r, &id));
	r.id = id;
	int s1[2] = { 80, 70 }, s2[2] = { 77, -1 }, s3[2] = { 90, 80 };
	assert_true(review_ballot_add(f->db, id, "1", s1, 2));
	assert_true(review_ballot_add(f->db, id, "2", s2, 2));
	assert_true(review_ballot_add(f->db, id, "3", s3, 2));
	assert_false(review_ballot_add(f->db, id, "3", s3, 2));   /* 票号 once */
	struct review_result res;
	assert_true(review_compute(f->db, &r, &res));
	assert_int_equal(res.valid, 2);
	assert_int_equal(res.invalid, 1);
	assert_int_equal(res.avg100[0], 8500);
	assert_int_equal(res.avg100[1], 7500);
	assert_int_equal(res.overall100, 8000);
	assert_false(res.below);
	/* More returned than expected is refused by the table. */
	struct review bad = r;
	bad.returned = 6;
	assert_false(review_add(f->db, &bad, &id));
	assert_false(db_exec(f->db, "DELETE FROM review_ballots"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_completion),
		cmocka_unit_test(test_deadline_and_overdue),
		cmocka_unit_test(test_close_needs_evidence),
		cmocka_unit_test(test_sources_and_report_months),
		cmocka_unit_test(test_review_averages),
		cmocka_unit_test(test_plan_rules),
		cmocka_unit_test_setup_teardown(test_records_guard_themselves, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(test_ballots, setup_db, teardown_db),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
