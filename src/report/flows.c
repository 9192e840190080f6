#include "report/flows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/flow.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/flows.h"

/* More members than this with the same deadline in the window: one row. */
#define FLOWS_ONE_BY_ONE 10

struct flows_load {
	struct flow_member *m;
	size_t n, cap;
	char as_of[DATE_ISO_SIZE];
};

static void add_member(void *ctx, const struct flow_member *m)
{
	struct flows_load *f = ctx;
	if (strcmp(m->status_date, f->as_of) > 0)
		return; /* not yet on that day */
	f->m = grow_array(f->m, f->n, &f->cap, 64, sizeof *f->m);
	f->m[f->n++] = *m;
}

static bool flows_load(struct db *db, struct date as_of, struct flows_load *f)
{
	memset(f, 0, sizeof *f);
	date_format(as_of, f->as_of);
	return flow_members_each(db, f->as_of, add_member, f);
}

bool flows_each(struct db *db, struct date as_of, flows_fn *fn, void *ctx)
{
	struct flows_load f;
	bool ok = flows_load(db, as_of, &f);
	int months = ok ? flow_contact_months(db) : 0;
	for (size_t i = 0; ok && i < f.n; i++) {
		struct flow_due d[2];
		int n = flow_deadlines(f.m[i].status, f.m[i].status_date, f.m[i].last_contact, months, d);
		fn(ctx, &f.m[i], d, n);
	}
	free(f.m);
	return ok;
}

static const char *due_of(const struct flow_due *d, int n, enum flow_due_kind kind, char out[DATE_ISO_SIZE])
{
	out[0] = '\0';
	for (int i = 0; i < n; i++)
		if (d[i].kind == kind)
			date_format(d[i].due, out);
	return out;
}

struct flows_sheets {
	struct sheet *away, *lost;
	struct date as_of;
};

static void add_flow_row(void *ctx, const struct flow_member *m, const struct flow_due *d, int n)
{
	struct flows_sheets *c = ctx;
	struct sheet *away = c->away, *lost = c->lost;
	char due[DATE_ISO_SIZE], note[300] = "";
	if (!*m->status_date)
		snprintf(note, sizeof note, "%s", "未填状态日期");
	for (int k = 0; k < n; k++)
		if (date_cmp(d[k].due, c->as_of) <= 0) {
			size_t len = strlen(note);
			snprintf(note + len, sizeof note - len, "%s%s", len ? "；" : "",
				 d[k].kind == FLOW_DUE_CONTACT ? "逾期未联系" : flow_due_text(d[k].kind));
		}
	if (!strcmp(m->status, "流动")) {
		const char *out_on = *m->away.out_on ? m->away.out_on : m->status_date;
		sheet_add_row(away, ROW_PLAIN);
		sheet_set(away, 0, m->name);
		sheet_set(away, 1, m->sex);
		char born[8] = "";
		if (*m->birth_date)
			snprintf(born, sizeof born, "%.7s", m->birth_date);
		sheet_set(away, 2, born);
		sheet_set(away, 3, m->kind);
		sheet_set(away, 4, out_on);
		sheet_set(away, 5, m->away.destination);
		sheet_set(away, 6, m->away.reason);
		sheet_set(away, 7, m->away.contact);
		sheet_set(away, 8, *m->away.card_no ? "是" : "否");
		sheet_set(away, 9, m->away.card_no);
		sheet_set(away, 10, m->away.host_org);
		sheet_set(away, 11, m->last_contact);
		sheet_set(away, 12, due_of(d, n, FLOW_DUE_CONTACT, due));
		sheet_set(away, 13, due_of(d, n, FLOW_DUE_TRANSFER, due));
		sheet_set(away, 14, note);
	} else {
		sheet_add_row(lost, ROW_PLAIN);
		sheet_set(lost, 0, m->name);
		sheet_set(lost, 1, m->status);
		sheet_set(lost, 2, m->status_date);
		sheet_setf(lost, 3, "%lld", m->searches);
		sheet_set(lost, 4, m->last_search);
		sheet_set(lost, 5, m->last_result);
		sheet_set(lost, 6, due_of(d, n, FLOW_DUE_STOP, due));
		sheet_set(lost, 7, due_of(d, n, FLOW_DUE_EXPEL, due));
		char what[600];
		snprintf(what, sizeof what, "%s%s%s", m->status_reason, *m->status_reason && *note ? "；" : "", note);
		sheet_set(lost, 8, what);
	}
}

struct sheet *flows_sheet(struct db *db, struct date as_of)
{
	char subtitle[512], day[DATE_ISO_SIZE], today[DATE_ISO_SIZE];
	struct branch b;
	date_format(as_of, day);
	date_format(date_today(), today);
	if (!branch_get(db, &b))
		b.name[0] = '\0';
	snprintf(subtitle, sizeof subtitle, _("%s    As of: %s    Printed: %s"), b.name, day, today);
	struct sheet *away = sheet_new(_("Register of members away (流动党员)"), subtitle, _("Away"));
	static const char *const away_cols[] = {
		"姓名", "性别", "出生年月", "党员类别", "外出时间", "外出地点", "外出原因", "联系方式",
		"是否持《流动党员活动证》", "证号", "流入地党组织", "最近联系", "应联系日期", "满6个月日期", "备注",
	};
	for (size_t i = 0; i < sizeof away_cols / sizeof away_cols[0]; i++)
		sheet_add_column(away, away_cols[i], sheet_date_or(away_cols[i], CELL_TEXT));
	away->numbered = true;
	away->count_unit = "人";
	struct sheet *lost = sheet_new(_("Members out of contact (失联党员) and suspended (停止党籍)"), subtitle,
				       _("Out of contact"));
	static const char *const lost_cols[] = {
		"姓名", "党籍状态", "状态日期", "查找次数", "最近查找", "查找结果", "满6个月日期", "满2年日期", "处理情况",
	};
	for (size_t i = 0; i < sizeof lost_cols / sizeof lost_cols[0]; i++)
		sheet_add_column(lost, lost_cols[i], sheet_date_or(lost_cols[i], CELL_TEXT));
	lost->numbered = true;
	lost->count_unit = "人";
	struct flows_sheets c = { away, lost, as_of };
	if (!flows_each(db, as_of, add_flow_row, &c)) {
		sheet_free(away);
		sheet_free(lost);
		return NULL;
	}
	sheet_append(away, lost);
	return away;
}

bool flows_todo(struct db *db, struct todo_list *l)
{
	struct flows_load f;
	if (!flows_load(db, l->as_of, &f)) {
		free(f.m);
		return false;
	}
	int months = flow_contact_months(db);
	/* Each kind of deadline: the members within the window, one by one, or
	 * one row for many (the earliest due). */
	enum { KINDS = FLOW_DUE_EXPEL + 1 };
	size_t count[KINDS] = { 0 }, first[KINDS] = { 0 };
	struct date earliest[KINDS];
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < f.n; i++) {
			const struct flow_member *m = &f.m[i];
			struct flow_due d[2];
			int n = flow_deadlines(m->status, m->status_date, m->last_contact, months, d);
			for (int k = 0; k < n; k++) {
				enum flow_due_kind kind = d[k].kind;
				if (date_to_days(d[k].due) - date_to_days(l->as_of) > l->within_days)
					continue;
				if (pass == 0) {
					if (!count[kind]++ || date_cmp(d[k].due, earliest[kind]) < 0) {
						earliest[kind] = d[k].due;
						first[kind] = i;
					}
					continue;
				}
				if (count[kind] > FLOWS_ONE_BY_ONE && i != first[kind])
					continue;
				char item[256], period[16], link[64];
				const char *what = flow_due_text(kind);
				char contact[96];
				if (kind == FLOW_DUE_CONTACT) {
					snprintf(contact, sizeof contact, "流动在外，%d个月未联系", months);
					what = contact;
				}
				if (count[kind] > FLOWS_ONE_BY_ONE)
					snprintf(item, sizeof item, "%s 等 %zu 名党员%s", m->name, count[kind], what);
				else
					snprintf(item, sizeof item, "%s %s", m->name, what);
				snprintf(period, sizeof period, "%.7s", m->status_date);
				snprintf(link, sizeof link, "members:member:%lld", m->id);
				todo_add(l, "党籍", period, item, d[k].due, link);
			}
		}
	}
	free(f.m);
	return true;
}
