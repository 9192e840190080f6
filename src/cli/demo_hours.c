/* Demo 学时, 谈心谈话, 承诺践诺 and 志愿服务 (records.md C5, C7, C10): each
 * year a 集中培训 of the committee and a 网络培训 of every member, the
 * committee's talks with each other and with every member, a pledge per
 * member and a few volunteering days.  This year one committee member has
 * missed the 集中培训, one pair of committee members and a few members have
 * not talked yet and a few pledges are open, so that `zhibu check` has a few rows to show, not
 * thousands.  Everything goes through src/db, as the commands do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo.h"
#include "core/grow.h"
#include "core/text.h"
#include "db/db.h"
#include "db/pledge.h"
#include "db/service.h"
#include "db/talk.h"
#include "db/training.h"
#include "rules/roster.h"

/* Above FULL_MEMBERS (a benchmark, not a branch) only this year is made and
 * only the first PLEDGE_MEMBERS pledge: the rows would add nothing. */
#define YEARS 3
#define FULL_MEMBERS 2000
#define PLEDGE_MEMBERS 500
#define UNTALKED 3           /* members not talked with yet this year */
#define SERVICES_PER_YEAR 6

static const char *const pledge_texts[] = {
	"立足岗位作表率，认真完成教学科研任务", "主动联系服务群众，每学期走访学生宿舍", "严守廉洁纪律，不收受礼品礼金",
	"争当岗位能手，带头参与学院重点工作", "带头参加志愿服务，每年不少于 8 小时", NULL
};
static const char *const talk_notes[] = {
	"交流思想和工作情况，听取对支部工作的意见", "了解家庭和工作困难，鼓励发挥党员作用",
	"谈学习体会和下一步打算", "沟通教学科研任务安排，提醒遵守纪律", NULL
};
static const char *const services[][2] = {
	{ "社区环境整治志愿服务", "和平里社区" }, { "校园迎新志愿服务", "学院迎新点" },
	{ "关爱留守儿童义务辅导", "城东小学" }, { "无偿献血志愿活动", "校医院" },
	{ "图书馆图书整理", "学校图书馆" }, { "敬老院慰问服务", "市第二福利院" },
};
static const char *const outsiders[] = { "入党积极分子 周宁", "学生志愿者 林晓", "群众 何丽", NULL };

struct people {
	struct hours_member *m;
	size_t n, cap;
};

static void keep_member(void *ctx, const struct hours_member *m)
{
	struct people *p = ctx;
	p->m = grow_array(p->m, p->n, &p->cap, 64, sizeof *p->m);
	p->m[p->n++] = *m;
}

static bool is_past(const struct demo *d, const char *iso)
{
	char today[DATE_ISO_SIZE];
	date_format(d->today, today);
	return strcmp(iso, today) <= 0;
}

static bool trainings(struct demo *d, const struct people *p, int year)
{
	bool this_year = year == d->today.y;
	struct training central = { .kind = TK_CENTRAL, .minutes = 24 * 60, .centralized = true, .counts = true };
	snprintf(central.title, sizeof central.title, "%d年基层党组织书记和支委集中轮训", year);
	text_copy(central.organizer, sizeof central.organizer, "学校党委组织部");
	date_format((struct date){ year, 7, 8 }, central.start);
	date_format((struct date){ year, 7, 10 }, central.end);
	struct training online = { .kind = TK_ONLINE, .minutes = 10 * 60, .counts = true };
	snprintf(online.title, sizeof online.title, "%d年党员网络培训专题", year);
	text_copy(online.organizer, sizeof online.organizer, "学院党委");
	date_format((struct date){ year, 4, 1 }, online.start);
	date_format((struct date){ year, 4, 30 }, online.end);
	if (is_past(d, central.end)) {
		if (!training_insert(d->db, &central))
			return false;
		/* This year the last committee member still serving could not go. */
		size_t absent = p->n;
		for (size_t i = 0; this_year && i < p->n; i++)
			if (p->m[i].identity == HID_COMMITTEE && !roster_status_left(p->m[i].status))
				absent = i;
		for (size_t i = 0; i < p->n; i++) {
			if (p->m[i].identity == HID_MEMBER || i == absent)
				continue;
			if (!training_add_person(d->db, central.id, p->m[i].id, 0))
				return false;
		}
	}
	if (is_past(d, online.end)) {
		if (!training_insert(d->db, &online))
			return false;
		for (size_t i = 0; i < p->n; i++)
			if (!training_add_person(d->db, online.id, p->m[i].id, 0))
				return false;
	}
	return true;
}

/* A day of the year's talks: March to October, never after today. */
static bool talk_day(struct demo *d, int year, char out[DATE_ISO_SIZE])
{
	date_format((struct date){ year, rng_range(&d->rng, 3, 10), rng_range(&d->rng, 1, 28) }, out);
	return is_past(d, out);
}

static bool one_talk(struct demo *d, int year, long long talker, long long with)
{
	struct talk t = { .kind = TALK_HEART };
	if (!talk_day(d, year, t.date))
		return true;
	text_copy(t.summary, sizeof t.summary, rng_pick(&d->rng, talk_notes));
	return talk_insert(d->db, &t, &talker, 1, &with, 1);
}

static bool talks(struct demo *d, const struct people *p, int year)
{
	bool this_year = year == d->today.y;
	long long committee[64];
	size_t nc = 0, last_two[2] = { 64, 64 };
	for (size_t i = 0; i < p->n && nc < 64; i++)
		if (p->m[i].identity != HID_MEMBER) {
			if (!roster_status_left(p->m[i].status)) {
				last_two[0] = last_two[1];
				last_two[1] = nc;
			}
			committee[nc++] = p->m[i].id;
		}
	if (!nc)
		return true;
	/* Every pair of committee members, but this year the last pair still
	 * serving. */
	for (size_t i = 0; i < nc; i++)
		for (size_t j = i + 1; j < nc; j++)
			if (!(this_year && nc > 2 && i == last_two[0] && j == last_two[1]) &&
			    !one_talk(d, year, committee[i], committee[j]))
				return false;
	/* Every member with a committee member in turn, but a few this year. */
	size_t k = 0, skipped = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (p->m[i].identity != HID_MEMBER)
			continue;
		if (this_year && skipped < UNTALKED && i % 7 == 3) {
			skipped++;
			continue;
		}
		if (!one_talk(d, year, committee[k++ % nc], p->m[i].id))
			return false;
	}
	return true;
}

static bool pledges(struct demo *d, const struct people *p, int year)
{
	for (size_t i = 0; i < p->n && (d->members <= FULL_MEMBERS || i < PLEDGE_MEMBERS); i++) {
		struct pledge x = { .member_id = p->m[i].id, .year = year };
		x.kind = (enum pledge_kind)rng_range(&d->rng, 0, PK_COUNT - 1);
		text_copy(x.content, sizeof x.content, rng_pick(&d->rng, pledge_texts));
		/* This year most have been kept already; a few are still open. */
		if (year < d->today.y) {
			text_copy(x.fulfilment, sizeof x.fulfilment, "已按承诺完成，群众评价良好");
			date_format((struct date){ year, 12, rng_range(&d->rng, 10, 25) }, x.fulfilled_on);
		} else if (i % 12 != 5 && d->today.m > 2) {
			text_copy(x.fulfilment, sizeof x.fulfilment, "已按承诺完成");
			date_format(date_add_days(d->today, -rng_range(&d->rng, 1, 50)), x.fulfilled_on);
		}
		if (!pledge_insert(d->db, &x))
			return false;
	}
	return true;
}

static bool volunteering(struct demo *d, const struct people *p, int year)
{
	for (int i = 0; i < SERVICES_PER_YEAR && p->n; i++) {
		struct service s = { .minutes = 60 * rng_range(&d->rng, 2, 4) };
		date_format((struct date){ year, 2 * i + 1, rng_range(&d->rng, 5, 25) }, s.date);
		if (!is_past(d, s.date))
			continue;
		text_copy(s.title, sizeof s.title, services[i][0]);
		text_copy(s.place, sizeof s.place, services[i][1]);
		long long ids[24];
		const char *names[24];
		size_t n = 0, want = (size_t)rng_range(&d->rng, 5, 20);
		for (size_t j = 0; j < want && j < p->n; j++) {
			const struct hours_member *m = &p->m[(size_t)rng_range(&d->rng, 0, (int)p->n - 1)];
			bool dup = false;
			for (size_t k = 0; k < n; k++)
				dup |= ids[k] == m->id;
			if (dup)
				continue;
			ids[n] = m->id;
			names[n++] = m->name;
		}
		ids[n] = 0;
		names[n++] = rng_pick(&d->rng, outsiders);
		if (!service_insert(d->db, &s, ids, names, n))
			return false;
	}
	return true;
}

bool demo_hours(struct demo *d)
{
	int years = d->members > FULL_MEMBERS ? 1 : YEARS;
	for (int year = d->today.y - years + 1; year <= d->today.y; year++) {
		struct people p = { 0 };
		bool ok = hours_members_each(d->db, year, 0, keep_member, &p) && trainings(d, &p, year) &&
			  talks(d, &p, year) && pledges(d, &p, year) && volunteering(d, &p, year);
		free(p.m);
		if (!ok)
			return false;
	}
	return true;
}
