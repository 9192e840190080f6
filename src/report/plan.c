#include "report/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "db/branch.h"
#include "db/plan.h"
#include "db/yearbook.h"
#include "core/text.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/plan.h"

bool plan_item_progress(struct db *db, const struct plan_item *it, struct date as_of, struct plan_progress *p)
{
	char iso[DATE_ISO_SIZE];
	struct date due, done;
	memset(p, 0, sizeof *p);
	date_format(as_of, iso);
	snprintf(p->status, sizeof p->status, "%s", it->status);
	if (it->indicator[0] && strcmp(it->status, "取消")) {
		int ind = plan_indicator_parse(it->indicator);
		if (ind < 0 || !plan_indicator_value(db, ind, it->year, iso, &p->value))
			return ind < 0;
		snprintf(p->status, sizeof p->status, "%s",
			 p->value >= it->target ? "已完成" : p->value > 0 ? "进行中" : "未开始");
	} else if (!strcmp(it->status, "已完成") && date_parse_iso(it->done_on, &done) && date_cmp(done, as_of) > 0) {
		snprintf(p->status, sizeof p->status, "进行中");
	}
	p->overdue = strcmp(p->status, "已完成") && strcmp(p->status, "取消") && date_parse_iso(it->due, &due)
		     && date_cmp(due, as_of) < 0;
	return true;
}

enum { AREA_MAX = 16 };
struct plan_ctx {
	struct db *db;
	struct sheet *s;
	struct date as_of;
	bool failed;
	long long tasks[AREA_MAX], done[AREA_MAX], going[AREA_MAX], idle[AREA_MAX], overdue[AREA_MAX];
};

static int area_index(const char *area)
{
	for (int i = 0; plan_areas[i]; i++)
		if (!strcmp(plan_areas[i], area))
			return i;
	return AREA_MAX - 1;
}

static void plan_row(void *ctx, const struct plan_item *it)
{
	struct plan_ctx *c = ctx;
	struct plan_progress p;
	if (c->failed || !plan_item_progress(c->db, it, c->as_of, &p)) {
		c->failed = true;
		return;
	}
	struct sheet *s = c->s;
	sheet_add_row(s, ROW_PLAIN);
	sheet_setf(s, 0, "%d", it->seq);
	sheet_set(s, 1, it->area);
	sheet_setf(s, 2, "计划#%lld %s", it->id, it->task);
	sheet_set(s, 3, it->measures);
	sheet_set(s, 4, it->due);
	sheet_set(s, 5, it->owner);
	if (it->indicator[0] && strcmp(p.status, "取消"))
		sheet_setf(s, 6, "%s（%s %lld/%d）%s", p.status, it->indicator, p.value, it->target,
			   p.overdue ? "，超期" : "");
	else
		sheet_setf(s, 6, "%s%s", p.status, p.overdue ? "（超期）" : "");
	if (!strcmp(it->status, "取消"))
		sheet_set(s, 7, it->void_reason);
	else if (it->done_on[0] && !strcmp(p.status, "已完成"))
		sheet_setf(s, 7, "%s %s", it->done_on, it->evidence);
	int a = area_index(it->area);
	if (!strcmp(p.status, "取消"))
		return;
	c->tasks[a]++;
	if (!strcmp(p.status, "已完成"))
		c->done[a]++;
	else if (!strcmp(p.status, "进行中"))
		c->going[a]++;
	else
		c->idle[a]++;
	if (p.overdue)
		c->overdue[a]++;
}

struct sheet *plan_sheet(struct db *db, int year, struct date as_of)
{
	char period[16], subtitle[512], title[128];
	snprintf(period, sizeof period, "%04d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	snprintf(title, sizeof title, _("%d party-building work plan (年度党建工作计划)"), year);
	struct sheet *s = sheet_new(title, subtitle, _("Plan"));
	static const char *const cols[] = { "序号", "类别", "工作任务", "具体措施", "完成时限", "责任人", "完成情况", "备注" };
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		sheet_add_column(s, cols[i], i == 0 ? CELL_NUMBER : CELL_TEXT);
	struct plan_ctx c = { .db = db, .s = s, .as_of = as_of };
	struct plan pl;
	int adopted = plan_get(db, year, &pl);
	if (adopted < 0 || !plan_items_each(db, year, plan_row, &c) || c.failed) {
		sheet_free(s);
		return NULL;
	}
	char line[256];
	if (adopted && pl.adopted_on[0] && pl.meeting_id)
		snprintf(line, sizeof line, _("Adopted on %s (会议#%lld)."), pl.adopted_on, pl.meeting_id);
	else if (adopted && pl.adopted_on[0])
		snprintf(line, sizeof line, _("Adopted on %s."), pl.adopted_on);
	else
		snprintf(line, sizeof line, "%s", _("Not adopted yet."));
	sheet_add_footer(s, line);

	struct sheet *t = sheet_new(_("How far the plan has got (计划落实情况)"), subtitle, _("Progress"));
	static const char *const tcols[] = { "类别", "任务数", "已完成", "进行中", "未开始", "超期" };
	for (size_t i = 0; i < sizeof tcols / sizeof tcols[0]; i++)
		sheet_add_column(t, tcols[i], i == 0 ? CELL_TEXT : CELL_NUMBER);
	long long sum[5] = { 0 };
	for (int a = 0; a < AREA_MAX; a++) {
		if (!c.tasks[a])
			continue;
		long long v[5] = { c.tasks[a], c.done[a], c.going[a], c.idle[a], c.overdue[a] };
		sheet_add_row(t, ROW_PLAIN);
		sheet_set(t, 0, a < AREA_MAX - 1 ? plan_areas[a] : "");
		for (int k = 0; k < 5; k++) {
			sheet_setf(t, k + 1, "%lld", v[k]);
			sum[k] += v[k];
		}
	}
	sheet_add_row(t, ROW_TOTAL);
	sheet_set(t, 0, _("Total"));
	for (int k = 0; k < 5; k++)
		sheet_setf(t, k + 1, "%lld", sum[k]);
	sheet_append(s, t);
	return s;
}

/* ---- to-dos ---- */

struct todo_ctx {
	struct db *db;
	struct todo_list *l;
	int first_year;
	bool failed;
};

static void first_year(void *ctx, int year)
{
	struct todo_ctx *c = ctx;
	if (!c->first_year || year < c->first_year)
		c->first_year = year;
}

static void item_todo(void *ctx, const struct plan_item *it)
{
	struct todo_ctx *c = ctx;
	struct plan_progress p;
	struct date due;
	if (c->failed || !plan_item_progress(c->db, it, c->l->as_of, &p)) {
		c->failed = true;
		return;
	}
	if (!strcmp(p.status, "已完成") || !strcmp(p.status, "取消") || !date_parse_iso(it->due, &due))
		return;
	char item[256], head[200], period[8], link[32];
	text_fit(head, sizeof head, it->task, 60);
	snprintf(item, sizeof item, "计划#%lld %s", it->id, head);
	snprintf(period, sizeof period, "%04d", it->year);
	snprintf(link, sizeof link, "plan:%lld", it->id);
	todo_add(c->l, "计划", period, item, due, link);
}

bool plan_todo(struct db *db, struct todo_list *l)
{
	struct todo_ctx c = { db, l, 0, false };
	if (!plan_years_each(db, first_year, &c))
		return false;
	if (!c.first_year)
		return true;
	char adopt_by[16];
	settings_get(db, "plan.adopt_by", adopt_by, sizeof adopt_by, "01-31");
	for (int y = c.first_year; y <= l->as_of.y + 1; y++) {
		struct plan pl;
		int found = plan_get(db, y, &pl);
		if (found < 0)
			return false;
		char period[8], item[128], link[32];
		snprintf(period, sizeof period, "%04d", y);
		snprintf(link, sizeof link, "plan:year:%d", y);
		if (!pl.adopted_on[0]) {
			snprintf(item, sizeof item, _("%d party-building work plan not adopted"), y);
			todo_add(l, "计划", period, item, plan_adopt_due(y, adopt_by), link);
		}
		if (!plan_items_each(db, y, item_todo, &c) || c.failed)
			return false;
		/* A 支部委员会 tagged 党建工作专题 each half year (records.md §C4.2). */
		for (int h = 1; h <= 2 && y <= l->as_of.y; h++) {
			char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE], half[16], mlink[48];
			long long n;
			snprintf(from, sizeof from, "%04d-%s", y, h == 1 ? "01-01" : "07-01");
			snprintf(to, sizeof to, "%04d-%s", y, h == 1 ? "06-30" : "12-31");
			if (!meeting_tagged_count(db, "支部委员会", "党建工作专题", from, to, &n))
				return false;
			if (n)
				continue;
			snprintf(half, sizeof half, "%04dH%d", y, h);
			snprintf(mlink, sizeof mlink, "meetings:%s:支部委员会", half);
			todo_add(l, "会议", half, _("支部委员会 tagged 党建工作专题 (0/1)"),
				 (struct date){ y, h == 1 ? 6 : 12, h == 1 ? 30 : 31 }, mlink);
		}
	}
	return true;
}
