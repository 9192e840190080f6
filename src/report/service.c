#include "report/service.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "db/db.h"
#include "db/pledge.h"
#include "db/service.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/hours.h"

/* Clock hours of a length in minutes: one decimal. */
static void clock_hours(struct sheet *s, int col, long minutes)
{
	char text[HOURS_TEXT_SIZE];
	hours_format(minutes, 60, text);
	sheet_set(s, col, text);
}

struct activity_totals {
	struct sheet *s;
	long times, visits, minutes, person_minutes;
};

static void add_activity(void *ctx, const struct service_row *r)
{
	struct activity_totals *t = ctx;
	int people = r->members + r->outside;
	sheet_add_row(t->s, ROW_PLAIN);
	sheet_set(t->s, 0, r->date);
	sheet_set(t->s, 1, r->title);
	sheet_set(t->s, 2, r->place);
	sheet_setf(t->s, 3, "%d", r->members);
	sheet_setf(t->s, 4, "%d", r->outside);
	sheet_setf(t->s, 5, "%d", people);
	clock_hours(t->s, 6, r->minutes);
	sheet_setf(t->s, 7, "活动#%lld", r->id);
	t->times++;
	t->visits += people;
	t->minutes += r->minutes;
	t->person_minutes += (long)r->minutes * people;
}

struct member_ctx {
	struct sheet *s;
	int n;
};

static void add_member(void *ctx, const char *name, int times, long minutes)
{
	struct member_ctx *c = ctx;
	sheet_add_row(c->s, ROW_PLAIN);
	sheet_setf(c->s, 0, "%d", ++c->n);
	sheet_set(c->s, 1, name);
	sheet_setf(c->s, 2, "%d", times);
	clock_hours(c->s, 3, minutes);
}

static void add_pledge(void *ctx, const struct pledge_row *r)
{
	struct sheet *s = ctx;
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, r->name);
	sheet_set(s, 1, r->kind);
	sheet_set(s, 2, r->content);
	sheet_set(s, 3, r->fulfilment);
	sheet_set(s, 4, *r->fulfilled_on ? "是" : "否");
	sheet_set(s, 5, r->fulfilled_on);
	sheet_set(s, 6, r->evaluations);
	sheet_setf(s, 7, "承诺#%lld", r->id);
}

static void add_post(void *ctx, const struct post_row *r)
{
	struct sheet *s = ctx;
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, r->kind);
	sheet_set(s, 1, r->place);
	sheet_set(s, 2, r->name);
	sheet_setf(s, 3, "%s～%s", r->start, r->end);
}

struct sheet *service_sheet(struct db *db, int year, struct date as_of)
{
	char period[16], subtitle[256], from[DATE_ISO_SIZE], to[DATE_ISO_SIZE], line[512];
	snprintf(period, sizeof period, "%04d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	date_format((struct date){ year, 1, 1 }, from);
	date_format(hours_last_day(year, as_of), to);

	struct sheet *s = sheet_new(_("Register of volunteer service (志愿服务活动登记表)"), subtitle, _("Service"));
	sheet_add_column(s, _("Date"), CELL_TEXT);
	sheet_add_column(s, _("Activity"), CELL_TEXT);
	sheet_add_column(s, _("Place"), CELL_TEXT);
	sheet_add_column(s, _("Members taking part"), CELL_NUMBER);
	sheet_add_column(s, _("Others taking part"), CELL_NUMBER);
	sheet_add_column(s, "人次", CELL_NUMBER);
	sheet_add_column(s, _("Length (hours)"), CELL_DECIMAL);
	sheet_add_column(s, _("Record"), CELL_TEXT);
	struct activity_totals t = { s, 0, 0, 0, 0 };
	long people = 0;
	bool ok = services_each(db, from, to, add_activity, &t) && service_people_count(db, from, to, &people);
	sheet_add_row(s, ROW_TOTAL);
	sheet_set(s, 0, _("Total"));
	sheet_setf(s, 5, "%ld", t.visits);
	clock_hours(s, 6, t.minutes);
	char hours[HOURS_TEXT_SIZE];
	hours_format(t.person_minutes, 60, hours);
	snprintf(line, sizeof line, _("次数 %ld, 人次 %ld, 人数 %ld; hours of service of all who took part: %s."),
		 t.times, t.visits, people, hours);
	sheet_add_footer(s, line);

	struct sheet *m = sheet_new(_("Members in volunteer service (党员参加志愿服务统计)"), subtitle, _("Members"));
	sheet_add_column(m, _("Serial number"), CELL_NUMBER);
	sheet_add_column(m, _("Name"), CELL_TEXT);
	sheet_add_column(m, _("Times"), CELL_NUMBER);
	sheet_add_column(m, _("Length (hours)"), CELL_DECIMAL);
	struct member_ctx mc = { m, 0 };
	ok = ok && service_members_each(db, from, to, add_member, &mc);
	sheet_append(s, m);

	struct sheet *p = sheet_new(_("Register of pledges (党员承诺践诺登记表)"), subtitle, _("Pledges"));
	sheet_add_column(p, _("Name"), CELL_TEXT);
	sheet_add_column(p, _("Kind"), CELL_TEXT);
	sheet_add_column(p, "承诺内容", CELL_TEXT);
	sheet_add_column(p, "践诺情况", CELL_TEXT);
	sheet_add_column(p, "已践诺", CELL_TEXT);
	sheet_add_column(p, "完成日期", CELL_TEXT);
	sheet_add_column(p, _("Evaluations"), CELL_TEXT);
	sheet_add_column(p, _("Record"), CELL_TEXT);
	ok = ok && pledges_each(db, year, year, false, add_pledge, p);
	sheet_append(s, p);

	struct sheet *q = sheet_new(_("Posts (党员先锋岗、示范岗、责任区)"), subtitle, _("Posts"));
	sheet_add_column(q, _("Kind"), CELL_TEXT);
	sheet_add_column(q, _("Post or area"), CELL_TEXT);
	sheet_add_column(q, _("Member"), CELL_TEXT);
	sheet_add_column(q, _("Period"), CELL_TEXT);
	ok = ok && posts_each(db, from, to, add_post, q);
	sheet_append(s, q);
	if (!ok) {
		sheet_free(s);
		return NULL;
	}
	return s;
}

static void pledge_todo(void *ctx, const struct pledge_row *r)
{
	struct todo_list *l = ctx;
	char period[16], item[256], link[32];
	snprintf(period, sizeof period, "%04d", r->year);
	snprintf(item, sizeof item, "承诺#%lld %s 未践诺", r->id, r->name);
	snprintf(link, sizeof link, "pledge:%lld", r->id);
	todo_add(l, "承诺", period, item, (struct date){ r->year, 12, 31 }, link);
}

bool pledges_todo(struct db *db, struct todo_list *l)
{
	return pledges_each(db, l->as_of.y - 1, l->as_of.y, true, pledge_todo, l);
}
