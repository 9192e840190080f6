/* Unit tests of the 发展 rules (src/rules/pipeline.c) and working days
 * (src/core/workday.c): every deadline, the order rules, the age rule. */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "core/date.h"
#include "core/workday.h"
#include "rules/pipeline.h"

static struct date D(const char *iso)
{
	struct date d;
	assert_true(date_parse_iso(iso, &d));
	return d;
}

static const char *S(struct date d)
{
	static char buf[4][DATE_ISO_SIZE];
	static int i;
	i = (i + 1) % 4;
	date_format(d, buf[i]);
	return buf[i];
}

static struct workdays cal;
static struct pipeline_settings set = { PIPELINE_NOTICE_DAYS, true, &cal };

static void set_step(struct pipeline_dossier *d, int n, const char *date)
{
	snprintf(d->steps[n].date, sizeof d->steps[n].date, "%s", date);
}

static void dossier(struct pipeline_dossier *d, const char *birth)
{
	pipeline_dossier_init(d);
	snprintf(d->birth_date, sizeof d->birth_date, "%s", birth);
	snprintf(d->created_on, sizeof d->created_on, "%s", "2020-01-01");
}

static struct pipeline_person full_member(long long id, const char *name)
{
	struct pipeline_person p;
	memset(&p, 0, sizeof p);
	p.member_id = id;
	snprintf(p.name, sizeof p.name, "%s", name);
	snprintf(p.kind, sizeof p.kind, "%s", "正式");
	snprintf(p.status, sizeof p.status, "%s", "正常");
	return p;
}

/* The problems of recording step n on date (no people, no details). */
static int check(const struct pipeline_dossier *d, int n, const char *date, enum pipeline_mode mode,
		 const char *today, struct pipeline_problems *pp)
{
	struct pipeline_step s;
	memset(&s, 0, sizeof s);
	snprintf(s.date, sizeof s.date, "%s", date);
	return pipeline_check_step(d, n, &s, NULL, 0, D(today), mode, pp);
}

static int soon_days = 30;

/* The item of step n (or kind) among the person's items at as_of. */
static const struct pipeline_item *item(const struct pipeline_dossier *d, const char *as_of,
					enum pipeline_item_kind kind, int step)
{
	static struct pipeline_item items[PIPELINE_MAX_ITEMS];
	int n = pipeline_items(d, &set, D(as_of), soon_days, items, PIPELINE_MAX_ITEMS);
	for (int i = 0; i < n; i++)
		if (items[i].kind == kind && (kind == PI_REPORT || items[i].step == step))
			return &items[i];
	return NULL;
}

/* ---- working days ---- */

static void test_workdays(void **state)
{
	(void)state;
	struct workdays w;
	workdays_init(&w);
	/* Monday 2026-11-16: five working days end on Friday. */
	assert_int_equal(date_weekday(D("2026-11-16")), 0);
	assert_string_equal(S(workday_nth(&w, D("2026-11-16"), 5)), "2026-11-20");
	/* From a Saturday: Monday is the first. */
	assert_string_equal(S(workday_nth(&w, D("2026-11-21"), 1)), "2026-11-23");
	assert_string_equal(S(workday_nth(&w, D("2026-11-21"), 5)), "2026-11-27");
	assert_int_equal(workday_count(&w, D("2026-11-16"), D("2026-11-29")), 10);
	assert_int_equal(workday_count(&w, D("2026-11-20"), D("2026-11-16")), 0);
	/* National Day: 1-7 October off, Saturday 10 October worked (调休). */
	for (int day = 1; day <= 7; day++) {
		struct date d = { 2026, 10, day };
		workdays_add(&w, d, false);
	}
	workdays_add(&w, D("2026-10-10"), true);
	workdays_add(&w, D("2026-10-03"), false); /* twice counts once */
	assert_int_equal((int)w.noff, 7);
	assert_false(workday_is(&w, D("2026-10-01")));
	assert_true(workday_is(&w, D("2026-10-10")));
	assert_false(workday_is(&w, D("2026-10-11")));
	/* Tuesday 29 September: 29, 30, 8, 9, 10 October. */
	assert_string_equal(S(workday_nth(&w, D("2026-09-29"), 5)), "2026-10-10");
	assert_int_equal(workday_count(&w, D("2026-09-28"), D("2026-10-11")), 6);
	/* From inside the holiday: 8 October is the first working day. */
	assert_string_equal(S(workday_nth(&w, D("2026-10-02"), 1)), "2026-10-08");
	workdays_done(&w);
	assert_int_equal((int)w.noff, 0);
}

/* ---- stages ---- */

static void test_stage(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	dossier(&d, "1990-01-01");
	assert_int_equal(pipeline_stage_of(&d), PS_APPLICANT);
	set_step(&d, 1, "2024-01-10");
	assert_int_equal(pipeline_stage_of(&d), PS_APPLICANT);
	set_step(&d, 3, "2024-05-10");
	assert_int_equal(pipeline_stage_of(&d), PS_ACTIVIST);
	set_step(&d, 7, "2025-06-10");
	assert_int_equal(pipeline_stage_of(&d), PS_TARGET);
	set_step(&d, 15, "2025-10-10");
	assert_int_equal(pipeline_stage_of(&d), PS_TARGET); /* until approved */
	set_step(&d, 17, "2025-11-10");
	assert_int_equal(pipeline_stage_of(&d), PS_PROBATION);
	assert_string_equal(pipeline_stage_name(pipeline_stage_of(&d)), "预备党员");
	set_step(&d, 24, "2026-10-20");
	assert_int_equal(pipeline_stage_of(&d), PS_FULL);
	snprintf(d.decisions[PD_STOP].date, sizeof d.decisions[PD_STOP].date, "%s", "2026-10-21");
	assert_int_equal(pipeline_stage_of(&d), PS_STOPPED);
	snprintf(d.decisions[PD_CANCEL].date, sizeof d.decisions[PD_CANCEL].date, "%s", "2026-10-21");
	assert_int_equal(pipeline_stage_of(&d), PS_CANCELLED);
}

/* ---- deadlines ---- */

static void test_talk_within_a_month(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2026-01-31");
	const struct pipeline_item *it = item(&d, "2026-02-10", PI_STEP, 2);
	assert_non_null(it);
	assert_string_equal(it->deadline, "2026-02-28"); /* a month later, clamped */
	assert_int_equal(it->state, PST_SOON);
	soon_days = 7; /* "due soon" is a window */
	assert_int_equal(item(&d, "2026-02-10", PI_STEP, 2)->state, PST_OK);
	assert_int_equal(item(&d, "2026-02-21", PI_STEP, 2)->state, PST_SOON);
	soon_days = 30;
	assert_int_equal(item(&d, "2026-03-01", PI_STEP, 2)->state, PST_OVERDUE);
	assert_int_equal(item(&d, "2026-02-28", PI_STEP, 2)->state, PST_SOON);
	/* The talk held: no talk item; next is 积极分子 with no deadline. */
	set_step(&d, 2, "2026-02-20");
	assert_null(item(&d, "2026-03-01", PI_STEP, 2));
	it = item(&d, "2026-03-01", PI_STEP, 3);
	assert_string_equal(it->earliest, "2026-02-20");
	assert_string_equal(it->deadline, "");
	assert_true(it->ready);
}

static void test_assessment_every_six_months(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_assessment a = { "2025-09-10", "积极分子", "好", "" };
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2024-10-01");
	set_step(&d, 3, "2025-03-15");
	assert_string_equal(item(&d, "2025-06-01", PI_ASSESSMENT, 6)->deadline, "2025-09-15");
	pipeline_dossier_add_assessment(&d, &a);
	const struct pipeline_item *it = item(&d, "2026-03-01", PI_ASSESSMENT, 6);
	assert_string_equal(it->deadline, "2026-03-10");
	assert_int_equal(it->state, PST_SOON);
	assert_int_equal(item(&d, "2026-03-11", PI_ASSESSMENT, 6)->state, PST_OVERDUE);
	/* A 发展对象 is still assessed, until the branch vote. */
	set_step(&d, 7, "2026-03-20");
	assert_non_null(item(&d, "2026-04-01", PI_ASSESSMENT, 6));
	set_step(&d, 15, "2026-05-20");
	assert_null(item(&d, "2026-06-01", PI_ASSESSMENT, 6));
	/* A 预备党员 from the vote, every 6 months while the probation runs. */
	set_step(&d, 17, "2026-06-20");
	it = item(&d, "2026-07-01", PI_ASSESSMENT, 21);
	assert_non_null(it);
	assert_string_equal(it->deadline, "2026-11-20");
	struct pipeline_assessment b = { "2026-11-18", "预备党员", "好", "" };
	pipeline_dossier_add_assessment(&d, &b);
	/* 2027-05-18 is after the probation's end (2027-05-20)? No: before, so due. */
	assert_string_equal(item(&d, "2026-12-01", PI_ASSESSMENT, 21)->deadline, "2027-05-18");
	struct pipeline_assessment c = { "2027-05-10", "预备党员", "好", "" };
	pipeline_dossier_add_assessment(&d, &c);
	assert_null(item(&d, "2027-05-12", PI_ASSESSMENT, 21)); /* the 转正 vote assesses */
}

static void test_one_year_as_activist(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_problems pp;
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2024-10-01");
	set_step(&d, 2, "2024-10-20");
	set_step(&d, 3, "2025-03-15");
	set_step(&d, 5, "2025-03-20");
	const struct pipeline_item *it = item(&d, "2025-12-01", PI_STEP, 7);
	assert_string_equal(it->earliest, "2026-03-15");
	assert_false(it->ready);
	assert_true(item(&d, "2026-03-15", PI_STEP, 7)->ready);
	assert_int_equal(check(&d, 7, "2026-03-14", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_ONE_YEAR);
	assert_int_equal(pp.p[0].step, 7);
	assert_non_null(strstr(pp.p[0].why, "2026-03-15"));
	assert_true(pipeline_rule_overridable(PR_ONE_YEAR));
	assert_int_equal(check(&d, 7, "2026-03-15", PM_RECORD, "2026-11-20", &pp), 0);
	/* An override recorded for the rule: not asked again. */
	pipeline_dossier_add_override(&d, 7, "one-year");
	assert_int_equal(check(&d, 7, "2026-03-14", PM_RECORD, "2026-11-20", &pp), 0);
}

static void test_approval_within_three_months(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_problems pp;
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2023-10-01");
	set_step(&d, 3, "2024-03-01");
	set_step(&d, 7, "2025-03-01");
	set_step(&d, 15, "2026-01-31");
	set_step(&d, 16, "2026-02-10");
	const struct pipeline_item *it = item(&d, "2026-04-10", PI_STEP, 17);
	assert_string_equal(it->deadline, "2026-04-30");
	assert_int_equal(it->state, PST_SOON);
	assert_int_equal(item(&d, "2026-05-01", PI_STEP, 17)->state, PST_OVERDUE);
	assert_int_equal(check(&d, 17, "2026-04-30", PM_HISTORY, "2026-11-20", &pp), 0);
	assert_int_equal(check(&d, 17, "2026-05-01", PM_HISTORY, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_LATE);
	/* 转正: approval within 3 months of the 转正 vote too. */
	set_step(&d, 17, "2026-03-01");
	set_step(&d, 22, "2027-01-05");
	set_step(&d, 23, "2027-02-01");
	assert_string_equal(item(&d, "2027-02-02", PI_STEP, 24)->deadline, "2027-05-01");
	assert_int_equal(check(&d, 24, "2027-05-02", PM_RECORD, "2027-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_LATE);
}

static void test_probation_end(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_problems pp;
	struct date end;
	dossier(&d, "1990-01-01");
	assert_false(pipeline_probation_end(&d, &end));
	set_step(&d, 1, "2023-10-01");
	set_step(&d, 3, "2024-03-01");
	set_step(&d, 7, "2025-03-01");
	set_step(&d, 15, "2025-06-10");
	set_step(&d, 17, "2025-07-10");
	assert_true(pipeline_probation_end(&d, &end));
	assert_string_equal(S(end), "2026-06-10");
	/* The 转正 application and vote are due at the end of the probation. */
	assert_string_equal(item(&d, "2026-06-01", PI_STEP, 22)->deadline, "2026-06-10");
	assert_int_equal(item(&d, "2026-06-01", PI_STEP, 22)->state, PST_SOON);
	const struct pipeline_item *it = item(&d, "2026-06-11", PI_STEP, 23);
	assert_string_equal(it->earliest, "2026-06-10");
	assert_string_equal(it->deadline, "2026-06-10");
	assert_int_equal(it->state, PST_OVERDUE);
	set_step(&d, 22, "2026-05-20");
	assert_int_equal(check(&d, 23, "2026-06-09", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_PROBATION);
	assert_int_equal(check(&d, 23, "2026-06-10", PM_RECORD, "2026-11-20", &pp), 0);
	/* Extended by 6 months: due at the end of the extension. */
	snprintf(d.decisions[PD_EXTEND].date, sizeof d.decisions[PD_EXTEND].date, "%s", "2026-06-10");
	d.decisions[PD_EXTEND].months = 6;
	assert_true(pipeline_probation_end(&d, &end));
	assert_string_equal(S(end), "2026-12-10");
	assert_string_equal(item(&d, "2026-11-20", PI_STEP, 23)->deadline, "2026-12-10");
	assert_int_equal(check(&d, 23, "2026-06-10", PM_RECORD, "2026-12-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_PROBATION);
	/* Extended once only; by 6 to 12 months; not before the vote. */
	assert_int_equal(pipeline_check_decision(&d, PD_EXTEND, "2026-06-11", 6, "再考察", D("2026-11-20"), &pp), 1);
	d.decisions[PD_EXTEND].date[0] = '\0';
	assert_int_equal(pipeline_check_decision(&d, PD_EXTEND, "2026-06-11", 13, "再考察", D("2026-11-20"), &pp), 1);
	assert_int_equal(pipeline_check_decision(&d, PD_EXTEND, "2026-06-11", 12, "再考察", D("2026-11-20"), &pp), 0);
	assert_int_equal(pipeline_check_decision(&d, PD_EXTEND, "2026-06-11", 12, " ", D("2026-11-20"), &pp), 1);
	assert_int_equal(pipeline_check_decision(&d, PD_STOP, "2026-06-11", 0, "调离", D("2026-11-20"), &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_INVALID);
}

static void test_notice(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_problems pp;
	char to[DATE_ISO_SIZE];
	struct workdays w;
	struct pipeline_settings s = { 5, true, &w };
	workdays_init(&w);
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2024-10-01");
	set_step(&d, 3, "2025-03-15");
	/* Not a 发展对象 yet. */
	assert_int_equal(pipeline_check_notice(&d, PN_TARGET, "2026-11-16", "", &s, to, &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_ORDER);
	set_step(&d, 7, "2026-11-10");
	assert_int_equal(pipeline_check_notice(&d, PN_TARGET, "2026-11-16", "", &s, to, &pp), 0);
	assert_string_equal(to, "2026-11-20");
	assert_int_equal(pipeline_check_notice(&d, PN_TARGET, "2026-11-16", "2026-11-19", &s, to, &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_NOTICE);
	assert_non_null(strstr(pp.p[0].why, "2026-11-20"));
	/* A holiday lengthens it; the setting too. */
	workdays_add(&w, D("2026-11-18"), false);
	assert_int_equal(pipeline_check_notice(&d, PN_TARGET, "2026-11-16", "", &s, to, &pp), 0);
	assert_string_equal(to, "2026-11-23");
	s.notice_days = 7;
	assert_string_equal(S(pipeline_notice_end(&s, D("2026-11-16"))), "2026-11-25");
	/* The committee review waits for the notice to end. */
	snprintf(d.notices[PN_TARGET].from, sizeof d.notices[PN_TARGET].from, "%s", "2026-11-16");
	snprintf(d.notices[PN_TARGET].to, sizeof d.notices[PN_TARGET].to, "%s", "2026-11-20");
	set_step(&d, 9, "2026-11-11");
	set_step(&d, 10, "2026-11-12");
	set_step(&d, 11, "2026-11-13");
	assert_int_equal(check(&d, 12, "2026-11-20", PM_RECORD, "2026-11-30", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_NOTICE);
	assert_int_equal(check(&d, 12, "2026-11-21", PM_RECORD, "2026-11-30", &pp), 0);
	assert_string_equal(item(&d, "2026-11-17", PI_STEP, 12)->earliest, "2026-11-21");
	workdays_done(&w);
}

static void test_thought_reports(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2025-10-01");
	set_step(&d, 3, "2026-02-10");
	/* The first full quarter as 积极分子 is 2026Q2. */
	const struct pipeline_item *it = item(&d, "2026-05-01", PI_REPORT, 0);
	assert_string_equal(it->label, "思想汇报（2026Q2）");
	assert_string_equal(it->deadline, "2026-06-30");
	assert_int_equal(item(&d, "2026-07-05", PI_REPORT, 0)->state, PST_OVERDUE);
	pipeline_dossier_add_report(&d, "2026-05-01");
	it = item(&d, "2026-07-05", PI_REPORT, 0);
	assert_string_equal(it->label, "思想汇报（2026Q3）");
	assert_string_equal(it->deadline, "2026-09-30");
	assert_int_equal(it->state, PST_OK);
	/* A late report still counts: two in Q4 cover Q3 and Q4. */
	assert_int_equal(item(&d, "2026-10-05", PI_REPORT, 0)->state, PST_OVERDUE);
	pipeline_dossier_add_report(&d, "2026-10-08");
	pipeline_dossier_add_report(&d, "2026-11-08");
	it = item(&d, "2026-11-20", PI_REPORT, 0);
	assert_string_equal(it->deadline, "2027-03-31");
	/* Not for quarters before the person was entered in zhibu. */
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2020-10-01");
	set_step(&d, 3, "2021-02-10");
	snprintf(d.created_on, sizeof d.created_on, "%s", "2026-11-02");
	assert_string_equal(item(&d, "2026-11-20", PI_REPORT, 0)->deadline, "2026-12-31");
	/* The setting off: no item. */
	set.thought_reports = false;
	assert_null(item(&d, "2026-11-20", PI_REPORT, 0));
	set.thought_reports = true;
}

/* ---- order and age ---- */

static void test_age(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_problems pp;
	dossier(&d, "2008-12-01");
	assert_int_equal(check(&d, 1, "2026-11-30", PM_RECORD, "2026-12-31", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_AGE);
	assert_non_null(strstr(pp.p[0].why, "2026-12-01"));
	assert_int_equal(check(&d, 1, "2026-12-01", PM_RECORD, "2026-12-31", &pp), 0);
	/* Born on 29 February: 18 on 1 March. */
	dossier(&d, "2008-02-29");
	assert_int_equal(check(&d, 1, "2026-02-28", PM_RECORD, "2026-12-31", &pp), 1);
	assert_non_null(strstr(pp.p[0].why, "2026-03-01"));
	assert_int_equal(check(&d, 1, "2026-03-01", PM_RECORD, "2026-12-31", &pp), 0);
	/* The earliest application day is shown. */
	assert_string_equal(item(&d, "2025-01-01", PI_STEP, 1)->earliest, "2026-03-01");
}

static void test_order(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_problems pp;
	dossier(&d, "1990-01-01");
	/* 积极分子 without an application: refused in both modes. */
	assert_int_equal(check(&d, 3, "2025-03-15", PM_HISTORY, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_ORDER);
	assert_int_equal(check(&d, 3, "2025-03-15", PM_RECORD, "2026-11-20", &pp), 2); /* 1 and 2 */
	set_step(&d, 1, "2024-10-01");
	/* A talk before the application. */
	assert_int_equal(check(&d, 2, "2024-09-30", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_BEFORE);
	/* A history without the talk is accepted, one step at a time it is not. */
	assert_int_equal(check(&d, 3, "2025-03-15", PM_HISTORY, "2026-11-20", &pp), 0);
	assert_int_equal(check(&d, 3, "2025-03-15", PM_RECORD, "2026-11-20", &pp), 1);
	set_step(&d, 2, "2024-10-20");
	set_step(&d, 3, "2025-03-15");
	/* 发展对象 needs 培养联系人 first, when recorded one step at a time. */
	assert_int_equal(check(&d, 7, "2026-04-01", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_ORDER);
	assert_int_equal(check(&d, 7, "2026-04-01", PM_HISTORY, "2026-11-20", &pp), 0);
	/* Correcting an earlier step: a later one may not end up before it. */
	set_step(&d, 7, "2026-04-01");
	assert_int_equal(check(&d, 3, "2025-05-01", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_BEFORE);
	/* After today: never. */
	assert_int_equal(check(&d, 4, "2026-11-21", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_FUTURE);
	assert_false(pipeline_rule_overridable(PR_FUTURE));
	/* Steps 6 and 21 are assessments. */
	assert_int_equal(check(&d, 6, "2026-11-01", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_INVALID);
	/* After the end of development, nothing more. */
	snprintf(d.decisions[PD_STOP].date, sizeof d.decisions[PD_STOP].date, "%s", "2026-05-01");
	assert_int_equal(check(&d, 8, "2026-06-01", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_ENDED);
}

static void test_people_vote_review_training(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_problems pp;
	struct pipeline_step s;
	struct pipeline_person people[3] = { full_member(1, "李四"), full_member(2, "王五"), full_member(3, "赵六") };
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2023-10-01");
	set_step(&d, 2, "2023-10-20");
	set_step(&d, 3, "2024-03-15");
	memset(&s, 0, sizeof s);
	snprintf(s.date, sizeof s.date, "%s", "2024-03-20");
	assert_int_equal(pipeline_check_step(&d, 5, &s, people, 2, D("2026-11-20"), PM_RECORD, &pp), 0);
	assert_int_equal(pipeline_check_step(&d, 5, &s, people, 3, D("2026-11-20"), PM_RECORD, &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_PEOPLE);
	snprintf(people[1].kind, sizeof people[1].kind, "%s", "预备");
	assert_int_equal(pipeline_check_step(&d, 5, &s, people, 2, D("2026-11-20"), PM_RECORD, &pp), 1);
	assert_non_null(strstr(pp.p[0].why, "王五"));
	assert_false(pipeline_rule_overridable(PR_PEOPLE));
	snprintf(people[1].kind, sizeof people[1].kind, "%s", "正式");
	snprintf(people[1].status, sizeof people[1].status, "%s", "失联");
	assert_int_equal(pipeline_check_step(&d, 5, &s, people, 2, D("2026-11-20"), PM_RECORD, &pp), 1);
	set_step(&d, 5, "2024-03-20");
	set_step(&d, 7, "2025-03-20");
	/* Two 入党介绍人, no fewer. */
	snprintf(s.date, sizeof s.date, "%s", "2025-03-25");
	assert_int_equal(pipeline_check_step(&d, 9, &s, people, 1, D("2026-11-20"), PM_RECORD, &pp), 1);
	people[1] = people[0];
	assert_int_equal(pipeline_check_step(&d, 9, &s, people, 2, D("2026-11-20"), PM_RECORD, &pp), 1);
	assert_non_null(strstr(pp.p[0].why, "twice"));
	/* Training: 3 days, or 24 class hours. */
	memset(&s, 0, sizeof s);
	snprintf(s.date, sizeof s.date, "%s", "2025-04-01");
	snprintf(s.end_date, sizeof s.end_date, "%s", "2025-04-02");
	s.hours = 16;
	assert_int_equal(pipeline_check_step(&d, 11, &s, NULL, 0, D("2026-11-20"), PM_RECORD, &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_TRAINING);
	snprintf(s.end_date, sizeof s.end_date, "%s", "2025-04-03");
	assert_int_equal(pipeline_check_step(&d, 11, &s, NULL, 0, D("2026-11-20"), PM_RECORD, &pp), 0);
	s.end_date[0] = '\0';
	s.hours = 24;
	assert_int_equal(pipeline_check_step(&d, 11, &s, NULL, 0, D("2026-11-20"), PM_RECORD, &pp), 0);
	/* Political review: 不合格 means no admission, and no override. */
	set_step(&d, 9, "2025-03-25");
	set_step(&d, 10, "2025-04-10");
	set_step(&d, 11, "2025-04-01");
	snprintf(d.steps[10].result, sizeof d.steps[10].result, "%s", "不合格");
	assert_int_equal(check(&d, 12, "2025-05-01", PM_RECORD, "2026-11-20", &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_REVIEW);
	assert_int_equal(pipeline_problems_hard(&pp), 1);
	snprintf(d.steps[10].result, sizeof d.steps[10].result, "%s", "合格");
	set_step(&d, 12, "2025-05-01");
	set_step(&d, 13, "2025-05-10");
	set_step(&d, 14, "2025-05-20");
	/* The vote: quorum and majority of the voting members who should attend. */
	memset(&s, 0, sizeof s);
	snprintf(s.date, sizeof s.date, "%s", "2025-06-01");
	s.has_vote = true;
	s.vote = (struct vote_count){ 30, 15, 15, 0, 0 };
	assert_int_equal(pipeline_check_step(&d, 15, &s, NULL, 0, D("2026-11-20"), PM_RECORD, &pp), 1);
	assert_int_equal(pp.p[0].rule, PR_VOTE);
	s.vote = (struct vote_count){ 30, 20, 15, 3, 2 };
	assert_int_equal(pipeline_check_step(&d, 15, &s, NULL, 0, D("2026-11-20"), PM_RECORD, &pp), 1);
	s.vote = (struct vote_count){ 30, 20, 16, 3, 1 };
	assert_int_equal(pipeline_check_step(&d, 15, &s, NULL, 0, D("2026-11-20"), PM_RECORD, &pp), 0);
}

/* ---- the next step, the checklist ---- */

static void test_next_and_checklist(void **state)
{
	(void)state;
	struct pipeline_dossier d;
	struct pipeline_item items[PIPELINE_MAX_ITEMS];
	struct pipeline_checkline lines[PIPELINE_STEPS + 1];
	dossier(&d, "1990-01-01");
	set_step(&d, 1, "2024-10-01");
	set_step(&d, 3, "2025-03-15"); /* no talk recorded, no 培养联系人 */
	int n = pipeline_items(&d, &set, D("2025-04-01"), 30, items, PIPELINE_MAX_ITEMS);
	int next = pipeline_next(items, n);
	assert_int_equal(items[next].step, 4); /* the first step that can be done now */
	/* Overdue first, the earliest deadline first: 思想汇报 of 2025Q2. */
	n = pipeline_items(&d, &set, D("2025-10-01"), 30, items, PIPELINE_MAX_ITEMS);
	next = pipeline_next(items, n);
	assert_int_equal(items[next].kind, PI_REPORT);
	assert_string_equal(items[next].deadline, "2025-06-30");
	assert_int_equal(pipeline_worst(items, n), PST_OVERDUE);
	set.thought_reports = false;
	n = pipeline_items(&d, &set, D("2025-10-01"), 30, items, PIPELINE_MAX_ITEMS);
	next = pipeline_next(items, n);
	assert_int_equal(items[next].kind, PI_ASSESSMENT);
	assert_string_equal(items[next].deadline, "2025-09-15");
	set.thought_reports = true;

	pipeline_checklist(&d, &set, D("2025-10-01"), 30, lines);
	assert_int_equal(lines[1].state, PC_DONE);
	assert_int_equal(lines[2].state, PC_MISSING);
	assert_int_equal(lines[3].state, PC_DONE);
	assert_int_equal(lines[4].state, PC_OPEN);
	assert_int_equal(lines[6].state, PC_OPEN);
	assert_string_equal(lines[6].deadline, "2025-09-15");
	assert_int_equal(lines[6].due, PST_OVERDUE);
	assert_int_equal(lines[7].state, PC_OPEN);
	assert_string_equal(lines[7].earliest, "2026-03-15");
	assert_int_equal(lines[8].state, PC_LATER);
	/* Recorded but incomplete: what is missing is said. */
	set_step(&d, 7, "2026-03-20");
	set_step(&d, 15, "2026-06-01");
	pipeline_checklist(&d, &set, D("2026-07-01"), 30, lines);
	assert_int_equal(lines[15].state, PC_DONE);
	assert_string_equal(lines[15].missing, "the votes");
	assert_int_equal(lines[9].state, PC_MISSING);
	assert_int_equal(lines[17].state, PC_OPEN);
	assert_string_equal(lines[17].deadline, "2026-09-01");
}

static void test_names(void **state)
{
	(void)state;
	const char *list = "李四、王五，赵六 ; 欧阳建国,";
	char name[64];
	const char *want[] = { "李四", "王五", "赵六", "欧阳建国" };
	for (int i = 0; i < 4; i++) {
		assert_true(pipeline_next_name(&list, name, sizeof name));
		assert_string_equal(name, want[i]);
	}
	assert_false(pipeline_next_name(&list, name, sizeof name));
}

int main(void)
{
	workdays_init(&cal);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_workdays),
		cmocka_unit_test(test_stage),
		cmocka_unit_test(test_talk_within_a_month),
		cmocka_unit_test(test_assessment_every_six_months),
		cmocka_unit_test(test_one_year_as_activist),
		cmocka_unit_test(test_approval_within_three_months),
		cmocka_unit_test(test_probation_end),
		cmocka_unit_test(test_notice),
		cmocka_unit_test(test_thought_reports),
		cmocka_unit_test(test_age),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_people_vote_review_training),
		cmocka_unit_test(test_next_and_checklist),
		cmocka_unit_test(test_names),
	};
	return cmocka_run_group_tests_name("pipeline", tests, NULL, NULL);
}
