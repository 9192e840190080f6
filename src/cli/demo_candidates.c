/* Demo candidates: applicants, 积极分子, 发展对象 and 预备党员 at every step,
 * about one for every ten members, with their 培养联系人 and 入党介绍人 drawn
 * from the full members.  The probationary members of the demo roster get
 * the history that brought them in.  A few deadlines are missed on purpose,
 * so that `zhibu check` and the board have something to show. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo.h"
#include "core/i18n.h"
#include "db/candidate.h"
#include "db/db.h"
#include "db/member.h"
#include "io/progress.h"

struct pool {
	struct pipeline_person *full;   /* full members in good standing */
	size_t nfull;
	struct member *probationary;    /* the roster's 预备党员 */
	size_t nprob;
};

static bool load_pool(struct demo *d, struct pool *p)
{
	struct member_iter *it = member_iter_new(d->db, NULL, MSORT_JOIN_DATE, false, 0, -1);
	size_t cap_full = 0, cap_prob = 0;
	struct member m;
	if (!it)
		return false;
	while (member_iter_next(it, &m)) {
		if (!strcmp(m.kind, "正式") && !strcmp(m.status, "正常") && p->nfull < 2000) {
			if (p->nfull == cap_full) {
				cap_full = cap_full ? cap_full * 2 : 64;
				p->full = realloc(p->full, cap_full * sizeof *p->full);
			}
			struct pipeline_person *x = &p->full[p->nfull++];
			memset(x, 0, sizeof *x);
			x->member_id = m.id;
			snprintf(x->name, sizeof x->name, "%s", m.name);
			snprintf(x->kind, sizeof x->kind, "%s", m.kind);
			snprintf(x->status, sizeof x->status, "%s", m.status);
		} else if (!strcmp(m.kind, "预备") && !roster_status_left(m.status)) {
			if (p->nprob == cap_prob) {
				cap_prob = cap_prob ? cap_prob * 2 : 64;
				p->probationary = realloc(p->probationary, cap_prob * sizeof *p->probationary);
			}
			p->probationary[p->nprob++] = m;
		}
		if ((p->nfull && !p->full) || (p->nprob && !p->probationary))
			abort();
	}
	member_iter_free(it);
	return true;
}

static struct date after(struct demo *d, struct date from, int lo, int hi)
{
	return date_add_days(from, rng_range(&d->rng, lo, hi));
}

static bool past(struct demo *d, struct date x)
{
	return date_cmp(x, d->today) <= 0;
}

/* Record step n on day x when x is not in the future; false if it is. */
static bool step(struct demo *d, struct candidate *c, int n, struct date x)
{
	if (!past(d, x))
		return false;
	date_format(x, c->d.steps[n].date);
	return true;
}

/* want distinct full members into out; false when the roster has too few. */
static bool pick_people(struct demo *d, const struct pool *p, struct pipeline_person *out, int *n, int want)
{
	*n = 0;
	if (p->nfull < 2)
		return false;
	while (*n < want) {
		const struct pipeline_person *x = &p->full[rng_range(&d->rng, 0, (int)p->nfull - 1)];
		if (*n == 1 && out[0].member_id == x->member_id)
			continue;
		out[(*n)++] = *x;
	}
	return true;
}

/* Half-yearly assessments from `from` until `until`, each a few days
 * before it is due; now and then the last one is missing, so that it is
 * overdue. */
static void assessments(struct demo *d, struct candidate *c, struct date from, struct date until,
			const char *stage)
{
	static const char *const results[] = { "好", "好", "较好", "较好", "一般", NULL };
	bool skip_last = rng_chance(&d->rng, 3);
	struct date prev = from;
	for (;;) {
		struct date on = after(d, date_add_months(prev, 6), -20, -1);
		if (date_cmp(on, until) > 0 || !past(d, on))
			break;
		if (skip_last && date_cmp(date_add_months(on, 6), until) > 0)
			break;
		struct pipeline_assessment a;
		memset(&a, 0, sizeof a);
		date_format(on, a.date);
		snprintf(a.stage, sizeof a.stage, "%s", stage);
		snprintf(a.result, sizeof a.result, "%s", rng_pick(&d->rng, results));
		pipeline_dossier_add_assessment(&c->d, &a);
		prev = on;
	}
}

/* 思想汇报 each quarter from the quarter after becoming 积极分子. */
static void reports(struct demo *d, struct candidate *c, struct date from)
{
	struct date q = { from.y, ((from.m - 1) / 3) * 3 + 1, 1 };
	bool lazy = rng_chance(&d->rng, 2);
	for (q = date_add_months(q, 3); past(d, q); q = date_add_months(q, 3)) {
		struct date on = after(d, q, 10, 80);
		if (!past(d, on) || (lazy && date_cmp(date_add_months(q, 6), d->today) > 0))
			break;
		char iso[DATE_ISO_SIZE];
		date_format(on, iso);
		pipeline_dossier_add_report(&c->d, iso);
	}
}

/* Steps 3 to 5 from 积极分子 day a3, assessed until `until`. */
static void activist_history(struct demo *d, const struct pool *p, struct candidate *c, struct date a3,
			     struct date until)
{
	step(d, c, 3, a3);
	step(d, c, 4, after(d, a3, 5, 20));
	if (step(d, c, 5, after(d, a3, 1, 10)) &&
	    !pick_people(d, p, c->d.contacts, &c->d.ncontacts, rng_chance(&d->rng, 70) ? 2 : 1))
		c->d.steps[5].date[0] = '\0';
	assessments(d, c, a3, until, "积极分子");
	reports(d, c, a3);
}

/* Steps 7 to 15 (at most upto) from 发展对象 day a7; late: the vote is
 * recorded even when the approval is overdue by now. */
static void target_history(struct demo *d, const struct pool *p, struct candidate *c, struct date a7, int upto,
			   bool late)
{
	struct date x;
	step(d, c, 7, a7);
	if (upto >= 8)
		step(d, c, 8, after(d, a7, 5, 15));
	if (upto >= 9 && step(d, c, 9, after(d, a7, 5, 20)) &&
	    !pick_people(d, p, c->d.introducers, &c->d.nintroducers, 2))
		c->d.steps[9].date[0] = '\0';
	if (upto >= 10 && step(d, c, 10, after(d, a7, 20, 50)))
		snprintf(c->d.steps[10].result, sizeof c->d.steps[10].result, "%s", "合格");
	x = after(d, a7, 30, 80);
	if (upto >= 11 && step(d, c, 11, x) && past(d, date_add_days(x, 4))) {
		date_format(date_add_days(x, rng_range(&d->rng, 2, 4)), c->d.steps[11].end_date);
		c->d.steps[11].hours = rng_range(&d->rng, 24, 40);
	}
	bool all = pipeline_step_done(&c->d, 9) && pipeline_step_done(&c->d, 10) && pipeline_step_done(&c->d, 11);
	x = after(d, a7, 90, 110);
	for (int n = 12; all && n <= upto && n <= 14; n++, x = after(d, x, 3, 12))
		all = step(d, c, n, x);
	/* A vote long ago is approved by now, but for one in twenty. */
	struct date vote = after(d, x, 5, 20);
	bool recent = date_cmp(vote, date_add_months(d->today, -3)) >= 0 || late;
	if (all && upto >= 15 && recent && step(d, c, 15, vote)) {
		struct pipeline_step *s = &c->d.steps[15];
		int expected = rng_range(&d->rng, 12, 45), present = expected - rng_range(&d->rng, 0, expected / 5);
		s->has_vote = true;
		s->vote = (struct vote_count){ expected, present, present - 1, 0, 1 };
	}
}

static bool make_person(struct demo *d, struct candidate *c)
{
	struct member probe;
	for (int tries = 0; tries < 50; tries++) {
		candidate_init(c);
		demo_make_member(d, &c->person, 1);
		if (strcmp(c->person.category, "在职") && strcmp(c->person.category, "学生"))
			continue;
		long long other;
		if (member_find_by_id_number(d->db, c->person.id_number, &probe) ||
		    candidate_find(d->db, c->person.id_number, &other) != 0)
			continue;
		c->person.kind[0] = c->person.join_date[0] = c->person.full_date[0] = c->person.group[0] = '\0';
		snprintf(c->person.status, sizeof c->person.status, "%s", "正常");
		return true;
	}
	return false;
}

/* The earliest application day for someone born on birth. */
static struct date adult(const struct candidate *c)
{
	struct date b;
	date_parse_iso(c->person.birth_date, &b);
	return date_add_days(date_add_months(b, 18 * 12), 1);
}

/* late: applied two months ago and nobody has talked with them yet. */
static void applicant(struct demo *d, struct candidate *c, bool late)
{
	struct date a1 = late ? after(d, d->today, -70, -45) : after(d, d->today, -300, -3);
	if (date_cmp(a1, adult(c)) < 0)
		a1 = adult(c);
	step(d, c, 1, a1);
	/* Talks are held within the month. */
	if (!late)
		step(d, c, 2, after(d, a1, 7, 28));
}

/* Application and talk before 积极分子 day a3 (moved later when the
 * person was too young); returns the day of becoming 积极分子. */
static struct date application(struct demo *d, struct candidate *c, struct date a3)
{
	struct date a1 = after(d, a3, -400, -60);
	if (date_cmp(a1, adult(c)) < 0)
		a1 = adult(c);
	struct date a2 = after(d, a1, 5, 25);
	step(d, c, 1, a1);
	step(d, c, 2, a2);
	return date_cmp(a3, a2) > 0 ? a3 : after(d, a2, 20, 90);
}

/* A 积极分子, or a 发展对象 (target); late: a 发展对象 voted on more than
 * three months ago, the higher committee's approval overdue. */
static void activist(struct demo *d, const struct pool *p, struct candidate *c, bool target, bool late)
{
	struct date a3 = late ? after(d, d->today, -700, -690)
		       : target ? after(d, d->today, -950, -380) : after(d, d->today, -700, -20);
	a3 = application(d, c, a3);
	struct date a7 = late ? date_add_months(a3, 12) : after(d, date_add_months(a3, 12), 0, 120);
	activist_history(d, p, c, a3, d->today);
	if (target && past(d, a7))
		target_history(d, p, c, a7, late ? 15 : rng_range(&d->rng, 8, 15), late);
}

/* A probationary member of the roster, with the history behind the vote. */
static bool probationary(struct demo *d, const struct pool *p, struct candidate *c, const struct member *m)
{
	struct date vote, a17, a3, a7;
	date_parse_iso(m->join_date, &vote);
	candidate_init(c);
	c->person = *m;
	a7 = after(d, vote, -150, -120);
	a3 = after(d, date_add_months(a7, -12), -120, -5);
	if (date_cmp(application(d, c, a3), a3) != 0)
		return false; /* too young for this history */
	activist_history(d, p, c, a3, vote);
	target_history(d, p, c, a7, 11, false);
	/* The vote is the member's 入党日期. */
	for (int n = 12; n <= 14; n++)
		date_format(after(d, vote, -40 + 10 * (n - 12), -35 + 10 * (n - 12)), c->d.steps[n].date);
	date_format(vote, c->d.steps[15].date);
	c->d.steps[15].has_vote = true;
	c->d.steps[15].vote = (struct vote_count){ 30, 27, 26, 0, 1 };
	step(d, c, 16, after(d, vote, 5, 15));
	a17 = after(d, vote, 20, 60);
	if (!past(d, a17))
		a17 = d->today;
	if (date_cmp(a17, after(d, vote, 16, 16)) < 0 || !step(d, c, 17, a17))
		return false;
	snprintf(c->d.steps[17].doc_number, sizeof c->d.steps[17].doc_number, "党委〔%d〕%d号", a17.y,
		 rng_range(&d->rng, 1, 60));
	step(d, c, 18, after(d, a17, 5, 15));
	if (step(d, c, 19, after(d, a17, 3, 20)))
		snprintf(c->d.steps[19].who, sizeof c->d.steps[19].who, "%s", m->group);
	step(d, c, 20, after(d, a17, 10, 40));
	assessments(d, c, vote, date_add_months(vote, 12), "预备党员");
	if (date_cmp(date_add_months(vote, 11), d->today) <= 0)
		step(d, c, 22, after(d, date_add_months(vote, 11), 0, 20));
	return true;
}

bool demo_candidates(struct demo *d)
{
	struct pool p = { 0 };
	if (!load_pool(d, &p))
		return false;
	int total = d->members / 10 < 8 ? 8 : d->members / 10;
	int want = total / 5 > 1 ? total / 5 : 1;
	int nprob = want < (int)p.nprob ? want : (int)p.nprob;
	struct candidate *c = malloc(sizeof *c);
	bool ok = true;
	if (!c)
		abort();
	struct progress pg;
	progress_start(&pg, _("Creating candidates"), (size_t)total);
	for (int i = 0; ok && i < total; i++) {
		if (i < nprob) {
			if (!probationary(d, &p, c, &p.probationary[i]))
				continue;
		} else {
			if (!make_person(d, c))
				break;
			/* Three in ten applicants, three 积极分子, four 发展对象; the
			 * first applicant and the first 发展对象 are late. */
			int k = i - nprob, roll = k % 10;
			if (roll < 3)
				applicant(d, c, k == 0);
			else
				activist(d, &p, c, roll >= 6, k == 6);
		}
		snprintf(c->created_on, sizeof c->created_on, "%s", c->d.steps[1].date);
		struct pipeline_problems pp;
		if (!candidate_add(d->db, c, NULL, d->today, &pp)) {
			for (int k = 0; k < pp.count; k++) /* a bug of this generator */
				fprintf(stderr, "zhibu: demo: %s: step %d: %s\n", c->person.name, pp.p[k].step, pp.p[k].why);
			ok = false;
		}
		progress_update(&pg, (size_t)i + 1);
	}
	progress_end(&pg);
	free(c);
	free(p.full);
	free(p.probationary);
	return ok;
}
