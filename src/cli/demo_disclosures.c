/* Demo 党务公开 and 意见建议: ten years of routine disclosures of the
 * catalogue (most on time, some late, a few missing, the recent ones not all
 * archived), a 支委分工 and a 目录外 item each year, opinions through every
 * channel with their replies, and an opinion box opened most months.
 * Everything goes through src/db, as the commands do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo.h"
#include "core/grow.h"
#include "core/text.h"
#include "db/db.h"
#include "db/disclosure.h"
#include "db/feedback.h"

#define YEARS 10
#define OPINIONS_PER_YEAR 24

static const char *const people[] = { "李文静", "王芳", "张建国", "刘洋", "陈晓红", NULL };
static const char *const senders[] = { "赵某", "钱某", "孙某", "周某", "吴某", "", "", "", NULL };
static const char *const opinions[] = {
	"建议公开栏按时更新", "希望公开党费使用明细", "建议增加主题党日活动形式", "询问发展党员名额",
	"建议组织生活会提前通知", "希望多组织志愿服务", "建议学习材料提前发放", "询问党员组织关系转接手续",
	NULL
};
static const char *const replies[] = {
	"已安排专人按月更新", "已在公开栏补充明细", "下半年安排实践活动", "已当面解释说明",
	"已转学院党委办公室办理", NULL
};

struct rows {
	struct disclosure_item *items;
	size_t n, cap;
};

static bool keep_routine(void *ctx, const struct disclosure_item *c)
{
	struct rows *r = ctx;
	if (strcmp(c->timing, "定期"))
		return true;
	r->items = grow_array(r->items, r->n, &r->cap, 16, sizeof *r->items);
	r->items[r->n++] = *c;
	return true;
}

static void day_after(struct demo *d, char out[DATE_ISO_SIZE], const char *from, int lo, int hi)
{
	struct date f;
	date_parse_iso(from, &f);
	date_format(date_add_days(f, rng_range(&d->rng, lo, hi)), out);
}

/* One disclosure through its steps, as far as today allows. */
static bool disclose(struct demo *d, const struct disclosure_settings *s, struct disclosure *x, struct date start,
		     bool late)
{
	char today[DATE_ISO_SIZE];
	date_format(d->today, today);
	date_format(date_add_days(start, rng_range(&d->rng, 1, late ? 40 : 15)), x->proposed_on);
	text_copy(x->proposer, sizeof x->proposer, rng_pick(&d->rng, people));
	day_after(d, x->reviewed_on, x->proposed_on, 1, 3);
	text_copy(x->reviewer, sizeof x->reviewer, rng_pick(&d->rng, people));
	x->secrecy_checked = true;
	day_after(d, x->approved_on, x->reviewed_on, 0, 3);
	text_copy(x->approver, sizeof x->approver, "张建国");
	day_after(d, x->published_on, x->approved_on, 1, 4);
	if (!strcmp(x->scope, "先党内后党外"))
		day_after(d, x->published_out_on, x->published_on, 2, 5);
	x->notice_days = 5;
	text_copy(x->notice_unit, sizeof x->notice_unit, "工作日");
	/* Archived in the spring after, except this year's and most of last year's. */
	int year = atoi(x->published_on);
	if (year < d->today.y - 1 || (year == d->today.y - 1 && rng_chance(&d->rng, 30)))
		date_format((struct date){ year + 1, 3, rng_range(&d->rng, 1, 28) }, x->archived_on);
	/* Steps after today are not there yet. */
	char *steps[] = { x->archived_on, x->published_out_on, x->published_on, x->approved_on, x->reviewed_on };
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		if (strcmp(steps[i], today) > 0)
			steps[i][0] = '\0';
	if (!*x->published_on)
		x->published_out_on[0] = x->archived_on[0] = '\0';
	if (!*x->reviewed_on)
		x->secrecy_checked = false;
	if (strcmp(x->proposed_on, today) > 0)
		return true;
	return disclosure_save(d->db, s, x);
}

static bool routine(struct demo *d, const struct disclosure_settings *s, const struct rows *r)
{
	for (size_t i = 0; i < r->n; i++) {
		const struct disclosure_item *c = &r->items[i];
		int k = period_kind_parse(c->period);
		struct period p = period_of((enum period_kind)k, (struct date){ d->today.y - YEARS + 1, 1, 1 });
		for (; date_cmp(period_last_day(p), d->today) < 0; p = period_next(p)) {
			if (rng_chance(&d->rng, 6))
				continue; /* missing */
			struct disclosure x;
			disclosure_init(&x);
			x.catalog_id = c->id;
			period_format(p, x.period);
			text_copy(x.title, sizeof x.title, c->title);
			snprintf(x.summary, sizeof x.summary, "%s%s", x.period, c->title);
			text_copy(x.scope, sizeof x.scope, c->scope);
			text_copy(x.forms, sizeof x.forms, c->forms);
			bool ok = disclose(d, s, &x, period_last_day(p), rng_chance(&d->rng, 8));
			disclosure_done(&x);
			if (!ok)
				return false;
		}
	}
	return true;
}

static bool yearly_events(struct demo *d, const struct disclosure_settings *s)
{
	long long roles = disclosure_catalog_find(d->db, "支委分工及职责");
	if (roles < 0)
		return false;
	for (int y = d->today.y - YEARS + 1; y <= d->today.y; y++) {
		for (int k = 0; k < 2; k++) {
			struct disclosure x;
			disclosure_init(&x);
			x.catalog_id = k ? 0 : roles;
			text_copy(x.title, sizeof x.title, k ? "支部活动经费使用情况" : "支委分工及职责");
			snprintf(x.summary, sizeof x.summary, k ? "%d年支部活动经费使用情况" : "%d年支委分工调整", y);
			text_copy(x.scope, sizeof x.scope, k ? "党内" : "先党内后党外");
			text_copy(x.forms, sizeof x.forms, "党员大会、公开栏");
			bool ok = disclose(d, s, &x, (struct date){ y, k ? 9 : 3, 1 }, false);
			disclosure_done(&x);
			if (!ok)
				return false;
		}
	}
	return true;
}

static bool feedback_years(struct demo *d, const struct disclosure_settings *s)
{
	char today[DATE_ISO_SIZE];
	date_format(d->today, today);
	for (int y = d->today.y - YEARS + 1; y <= d->today.y; y++) {
		for (int i = 0; i < OPINIONS_PER_YEAR; i++) {
			struct feedback f;
			feedback_init(&f);
			struct date got = { y, rng_range(&d->rng, 1, 12), rng_range(&d->rng, 1, 28) };
			if (date_cmp(got, d->today) > 0)
				continue;
			date_format(got, f.received_on);
			text_copy(f.channel, sizeof f.channel, rng_pick(&d->rng, feedback_channels));
			const char *who = rng_pick(&d->rng, senders);
			text_copy(f.from_kind, sizeof f.from_kind, *who ? "群众" : "匿名");
			text_copy(f.from_name, sizeof f.from_name, who);
			text_copy(f.content, sizeof f.content, rng_pick(&d->rng, opinions));
			text_copy(f.handler, sizeof f.handler, rng_pick(&d->rng, people));
			date_format(feedback_due_for(s, f.channel, got), f.due_on);
			/* Most are answered within their time, some late, recent ones still open. */
			day_after(d, f.replied_on, f.received_on, 1, rng_chance(&d->rng, 10) ? 30 : 12);
			if (strcmp(f.replied_on, today) > 0) {
				f.replied_on[0] = '\0';
			} else {
				text_copy(f.result, sizeof f.result, rng_pick(&d->rng, feedback_results));
				text_copy(f.reply, sizeof f.reply, rng_pick(&d->rng, replies));
				day_after(d, f.reply_published_on, f.replied_on, 1, 10);
				if (strcmp(f.reply_published_on, today) > 0 || (y == d->today.y && rng_chance(&d->rng, 30)))
					f.reply_published_on[0] = '\0';
			}
			if (!feedback_save(d->db, &f))
				return false;
		}
	}
	return true;
}

static bool box(struct demo *d)
{
	struct feedback_box b = { .active = true };
	text_copy(b.name, sizeof b.name, "党员活动室意见箱");
	text_copy(b.place, sizeof b.place, "党员活动室门口");
	date_format((struct date){ d->today.y - YEARS + 1, 1, 1 }, b.since);
	if (!feedback_box_save(d->db, &b))
		return false;
	for (int m = month_index(d->today.y - YEARS + 1, 1); m < month_index(d->today.y, d->today.m); m++) {
		if (rng_chance(&d->rng, 5))
			continue;
		struct feedback_opening o = { .box_id = b.id, .found = rng_range(&d->rng, 0, 3) };
		char month[8];
		month_format(m, month);
		snprintf(o.opened_on, sizeof o.opened_on, "%s-%02d", month, rng_range(&d->rng, 1, 28));
		text_copy(o.openers, sizeof o.openers, "王芳、刘洋");
		if (!feedback_opening_insert(d->db, &o))
			return false;
	}
	return true;
}

bool demo_disclosures(struct demo *d)
{
	struct disclosure_settings s;
	struct workdays cal;
	struct rows r = { 0 };
	if (!disclosure_settings_load(d->db, &s, &cal))
		return false;
	bool ok = disclosure_catalog_each(d->db, false, false, keep_routine, &r) && routine(d, &s, &r) &&
		  yearly_events(d, &s) && feedback_years(d, &s) && box(d);
	free(r.items);
	workdays_done(&cal);
	return ok;
}
