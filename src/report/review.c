#include "report/review.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "db/branch.h"
#include "db/review.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/rectify.h"
#include "rules/stats.h"

bool review_compute(struct db *db, const struct review *r, struct review_result *out)
{
	const char *why;
	memset(out, 0, sizeof *out);
	if (!review_areas_parse(r->areas, &out->areas, &why))
		review_areas_parse(review_areas_default, &out->areas, &why);
	struct review_tally t;
	if (!review_tally(db, r, out->areas.n, &t))
		return false;
	for (int i = 0; i < out->areas.n; i++)
		out->avg100[i] = review_average100(t.sum[i], t.n[i]);
	out->overall100 = review_overall100(&out->areas, t.sum, t.n);
	out->valid = t.valid;
	out->invalid = t.invalid;
	out->below = t.valid > 0 && out->overall100 < (long long)r->threshold * 100;
	return true;
}

struct sheet_ctx {
	struct db *db;
	struct sheet *s;
	int year;
	bool failed;
};

static void result_row(void *ctx, const struct review *r)
{
	struct sheet_ctx *c = ctx;
	struct review_result res;
	if (r->year != c->year || c->failed)
		return;
	if (!review_compute(c->db, r, &res)) {
		c->failed = true;
		return;
	}
	struct sheet *s = c->s;
	if (!s->ncols) {
		static const char *const head[] = { "应参评", "实参评", "参评率", "有效票", "无效票" };
		static const enum cell_kind kinds[] = { CELL_NUMBER, CELL_NUMBER, CELL_PERCENT, CELL_NUMBER, CELL_NUMBER };
		for (int i = 0; i < 5; i++)
			sheet_add_column(s, head[i], kinds[i]);
		for (int i = 0; i < res.areas.n; i++)
			sheet_add_column(s, res.areas.name[i], CELL_TEXT);
		sheet_add_column(s, "总平均分", CELL_TEXT);
		sheet_add_column(s, "结果", CELL_TEXT);
	}
	char buf[32], line[256];
	sheet_add_row(s, ROW_PLAIN);
	sheet_setf(s, 0, "%d", r->expected);
	sheet_setf(s, 1, "%d", r->returned);
	stats_share(r->returned, r->expected, buf, sizeof buf);
	sheet_set(s, 2, buf);
	sheet_setf(s, 3, "%lld", res.valid);
	sheet_setf(s, 4, "%lld", res.invalid);
	int col = 5;
	for (int i = 0; i < res.areas.n && col < s->ncols - 2; i++, col++) {
		review_format100(res.avg100[i], buf, sizeof buf);
		sheet_set(s, col, res.valid ? buf : "");
	}
	review_format100(res.overall100, buf, sizeof buf);
	sheet_set(s, s->ncols - 2, res.valid ? buf : "");
	sheet_set(s, s->ncols - 1, review_result(res.overall100, r->threshold, res.valid > 0));
	snprintf(line, sizeof line, _("测评#%lld held on %s; threshold %d; areas %s."), r->id, r->held_on,
		 r->threshold, r->areas);
	sheet_add_footer(s, line);
	if (r->reported_on[0]) {
		snprintf(line, sizeof line, _("Reported to the higher committee on %s."), r->reported_on);
		sheet_add_footer(s, line);
	}
	if (r->fed_back_meeting_id) {
		snprintf(line, sizeof line, _("Fed back at 会议#%lld."), r->fed_back_meeting_id);
		sheet_add_footer(s, line);
	}
	if (res.below) {
		snprintf(line, sizeof line, _("Below %d: 按规定由上级党委谈话.  To turn it into a 整改 batch: "
					      "zhibu review to-rectify 测评#%lld"), r->threshold, r->id);
		sheet_add_footer(s, line);
	}
}

struct sheet *review_sheet(struct db *db, int year)
{
	char period[16], subtitle[512];
	snprintf(period, sizeof period, "%04d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Members' review of the branch committee (民主测评结果汇总表)"), subtitle,
				    _("Review"));
	struct sheet_ctx c = { db, s, year, false };
	if (!reviews_each(db, result_row, &c) || c.failed) {
		sheet_free(s);
		return NULL;
	}
	if (!s->ncols) {
		sheet_add_column(s, "应参评", CELL_NUMBER);
		sheet_add_footer(s, _("No review of the committee is recorded for that year."));
	}
	return s;
}

/* The descriptions of seed 003's six areas. */
static const struct { const char *area, *what; } area_text[] = {
	{ "领导班子建设", "班子团结协作，民主集中制执行情况" },
	{ "队伍建设", "党员教育管理，发展党员，培养入党积极分子" },
	{ "工作机制", "三会一课等组织生活制度落实，工作制度健全" },
	{ "工作业绩", "完成年度党建工作计划和中心工作任务情况" },
	{ "作风形象", "联系服务群众，廉洁自律，工作作风" },
	{ "发展思路", "工作思路清晰，创新举措，发展目标明确" },
};

struct sheet *review_form_sheet(struct db *db, int year)
{
	char areas[1024], period[16], subtitle[512];
	const char *why;
	struct review_areas a;
	settings_get(db, "review.areas", areas, sizeof areas, review_areas_default);
	if (!review_areas_parse(areas, &a, &why))
		review_areas_parse(review_areas_default, &a, &why);
	snprintf(period, sizeof period, "%04d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Ballot: members' review of the branch committee (支部委员会班子民主测评表)"),
				    subtitle, _("Ballot"));
	sheet_add_column(s, "测评项目", CELL_TEXT);
	sheet_add_column(s, "测评内容", CELL_TEXT);
	sheet_add_column(s, "得分（0—100）", CELL_TEXT);
	for (int i = 0; i < a.n; i++) {
		sheet_add_row(s, ROW_PLAIN);
		sheet_set(s, 0, a.name[i]);
		for (size_t k = 0; k < sizeof area_text / sizeof area_text[0]; k++)
			if (!strcmp(area_text[k].area, a.name[i]))
				sheet_set(s, 1, area_text[k].what);
	}
	sheet_add_footer(s, _("Ballot no. ________    Do not sign.  Score each area out of 100; a ballot with an empty area is invalid."));
	return s;
}

struct todo_ctx {
	struct todo_list *l;
};

static void review_todos(void *ctx, const struct review *r)
{
	struct todo_ctx *c = ctx;
	struct date held;
	if (!date_parse_iso(r->held_on, &held))
		return;
	char period[8], link[32];
	snprintf(period, sizeof period, "%04d", r->year);
	snprintf(link, sizeof link, "review:%lld", r->id);
	if (!r->reported_on[0])
		todo_add(c->l, "测评", period, _("report the committee review's result to the higher committee"), date_add_days(held, 15), link);
	if (!r->fed_back_meeting_id) {
		struct date next = date_add_months((struct date){ held.y, held.m, 1 }, 3);
		todo_add(c->l, "测评", period, _("feed the committee review's result back at a 支部党员大会"), rectify_quarter_end(next), link);
	}
}

bool review_todo(struct db *db, struct todo_list *l)
{
	struct todo_ctx c = { l };
	return reviews_each(db, review_todos, &c);
}
