/* The demo's members away (流动), out of contact (失联) and suspended
 * (停止党籍), with their histories: where and since when, the contacts
 * kept, the searches made.  About one member in forty is away (500 of
 * 20,000), at least two; one 失联 and one 停止党籍 at least (from 20
 * members). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo.h"
#include "db/db.h"
#include "db/flow.h"
#include "db/member.h"

static const char *const places[] = {
	"广东省深圳市", "浙江省杭州市", "上海市浦东新区", "江苏省苏州市", "北京市海淀区", "四川省成都市", NULL,
};
static const char *const reasons[] = { "外出务工", "经商", "随迁", "外出学习", NULL };
static const char *const ways[] = { "电话", "微信", "走访", "函询", NULL };

struct pick {
	long long *ids;
	char (*join)[DATE_ISO_SIZE];
	size_t n;
};

/* The members of a status (ids and 入党日期), in roster order. */
static bool members_of(struct db *db, const char *status, struct pick *p)
{
	struct member_filter f = { .status = status };
	struct member_iter *it = member_iter_new(db, &f, MSORT_ROSTER, false, 0, -1);
	if (!it)
		return false;
	struct member m;
	size_t cap = 0;
	memset(p, 0, sizeof *p);
	while (member_iter_next(it, &m)) {
		if (p->n == cap) {
			cap = cap ? cap * 2 : 64;
			p->ids = realloc(p->ids, cap * sizeof *p->ids);
			p->join = realloc(p->join, cap * sizeof *p->join);
			if (!p->ids || !p->join)
				abort();
		}
		p->ids[p->n] = m.id;
		memcpy(p->join[p->n++], m.join_date, DATE_ISO_SIZE);
	}
	member_iter_free(it);
	return true;
}

static void pick_free(struct pick *p)
{
	free(p->ids);
	free(p->join);
}

/* A day `back` months before today, not before join. */
static void day_back(struct demo *d, int back, const char *join, char out[DATE_ISO_SIZE])
{
	struct date day = date_add_days(date_add_months(d->today, -back), -rng_range(&d->rng, 0, 27));
	date_format(day, out);
	if (strcmp(out, join) < 0)
		memcpy(out, join, DATE_ISO_SIZE);
}

static bool away(struct demo *d, long long id, const char *join)
{
	struct flow f = { 0 };
	char since[DATE_ISO_SIZE];
	day_back(d, rng_range(&d->rng, 1, 14), join, since);
	snprintf(f.destination, sizeof f.destination, "%s", rng_pick(&d->rng, places));
	snprintf(f.reason, sizeof f.reason, "%s", rng_pick(&d->rng, reasons));
	snprintf(f.contact, sizeof f.contact, "13%09d", rng_range(&d->rng, 0, 999999999));
	if (rng_chance(&d->rng, 60)) {
		snprintf(f.card_no, sizeof f.card_no, "LD%.4s%05d", since, rng_range(&d->rng, 1, 99999));
		snprintf(f.host_org, sizeof f.host_org, "%.64s流动党员党支部", f.destination);
	}
	char why[160];
	snprintf(why, sizeof why, "%.32s，去%.64s", f.reason, f.destination);
	if (!flow_status_set(d->db, id, "流动", since, why, &f, false))
		return false;
	/* Contacts: every few months, some fall behind. */
	struct date day, today = d->today;
	date_parse_iso(since, &day);
	for (;;) {
		day = date_add_days(day, rng_range(&d->rng, 40, 130));
		if (date_cmp(day, today) > 0)
			break;
		struct flow_contact c = { .member_id = id };
		date_format(day, c.date);
		snprintf(c.way, sizeof c.way, "%s", rng_pick(&d->rng, ways));
		snprintf(c.note, sizeof c.note, "%s", "了解近况，按时交纳党费");
		if (!flow_contact_add(d->db, &c))
			return false;
	}
	return true;
}

static bool lost(struct demo *d, long long id, const char *join, bool stopped)
{
	char since[DATE_ISO_SIZE];
	day_back(d, stopped ? rng_range(&d->rng, 18, 30) : rng_range(&d->rng, 2, 9), join, since);
	if (!flow_status_set(d->db, id, "失联", since, "电话停机，住址无人", NULL, false))
		return false;
	struct date day;
	date_parse_iso(since, &day);
	int searches = rng_range(&d->rng, stopped ? 2 : 0, 3);
	for (int i = 0; i < searches; i++) {
		day = date_add_days(day, rng_range(&d->rng, 20, 60));
		if (date_cmp(day, d->today) > 0)
			break;
		struct lost_search s = { .member_id = id };
		date_format(day, s.date);
		snprintf(s.way, sizeof s.way, "%s", i % 2 ? "走访" : "电话");
		snprintf(s.result, sizeof s.result, "%s", "未取得联系");
		snprintf(s.searcher, sizeof s.searcher, "%s", "支部委员");
		if (!lost_search_add(d->db, &s))
			return false;
	}
	if (!stopped)
		return true;
	char on[DATE_ISO_SIZE];
	date_format(date_add_months(day, 6), on);
	char today[DATE_ISO_SIZE];
	date_format(d->today, today);
	if (strcmp(on, today) > 0)
		memcpy(on, today, sizeof on);
	return flow_status_set(d->db, id, "停止党籍", on, "失联超过6个月，查找未果，支部大会决定停止党籍", NULL, false);
}

bool demo_flows(struct demo *d)
{
	struct pick p;
	struct member_filter fa = { .status = "流动" }, fl = { .status = "失联" };
	long long had_away = member_count(d->db, &fa), had_lost = member_count(d->db, &fl);
	bool ok = had_away >= 0 && had_lost >= 0 && members_of(d->db, "正常", &p);
	if (!ok)
		return false;
	/* A small branch (the default 36) shows each kind once or twice; one of
	 * fewer than 20 members only what its roster holds. */
	int small = d->members >= 20;
	int want_away = (int)((d->members / 40 > 2 * small ? d->members / 40 : 2 * small) - had_away);
	int want_lost = (int)((d->members / 400 > small ? d->members / 400 : small) - had_lost);
	int want_stopped = d->members / 2000 > small ? d->members / 2000 : small;
	want_away = want_away > 0 ? want_away : 0;
	want_lost = want_lost > 0 ? want_lost : 0;
	/* Every k-th member of the roster, so that they spread over the groups. */
	size_t want = (size_t)(want_away + want_lost + want_stopped);
	size_t step = want && p.n > want * 2 ? p.n / want : 1;
	size_t k = step / 2;
	for (int i = 0; ok && i < want_away + want_lost + want_stopped && k < p.n; i++, k += step) {
		if (i < want_away)
			ok = away(d, p.ids[k], p.join[k]);
		else
			ok = lost(d, p.ids[k], p.join[k], i >= want_away + want_lost);
	}
	pick_free(&p);
	/* Those the roster made 流动 or 失联 get their dates and histories too. */
	for (int lostp = 0; ok && lostp < 2; lostp++) {
		ok = members_of(d->db, lostp ? "失联" : "流动", &p);
		for (size_t i = 0; ok && i < p.n; i++) {
			struct member m;
			ok = member_get(d->db, p.ids[i], &m);
			if (ok && !*m.status_date)
				ok = lostp ? lost(d, p.ids[i], p.join[i], false) : away(d, p.ids[i], p.join[i]);
		}
		pick_free(&p);
	}
	return ok;
}
