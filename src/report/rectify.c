#include "report/rectify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/rectify.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/rectify.h"

const char *rectify_status_on(const char *status, const char *closed_on, struct date as_of)
{
	struct date d;
	if (!strcmp(status, "已销号") && date_parse_iso(closed_on, &d) && date_cmp(d, as_of) > 0)
		return "整改中";
	return status;
}

struct ledger_ctx {
	struct sheet *s;
	struct date as_of;
};

static void ledger_row(void *ctx, const struct rectify_item *it)
{
	struct ledger_ctx *c = ctx;
	struct sheet *s = c->s;
	const char *status = rectify_status_on(it->status, it->closed_on, c->as_of);
	bool closed = !strcmp(status, "已销号");
	sheet_add_row(s, ROW_PLAIN);
	sheet_setf(s, 0, "%d", it->seq);
	sheet_set(s, 1, it->source);
	if (it->repeated)
		sheet_setf(s, 2, "%s（%s）", it->problem, _("repeated problem"));
	else
		sheet_set(s, 2, it->problem);
	sheet_set(s, 3, it->measures);
	sheet_set(s, 4, it->leader);
	sheet_set(s, 5, it->unit);
	sheet_set(s, 6, it->person);
	sheet_set(s, 7, it->long_term ? "长期坚持" : it->deadline);
	if (it->last_on[0])
		sheet_setf(s, 8, "%s %s", it->last_on, it->last_text);
	if (rectify_item_overdue(status, it->deadline, it->long_term, c->as_of))
		sheet_setf(s, 9, "%s（%s）", status, _("overdue"));
	else if (!strcmp(status, "作废"))
		sheet_setf(s, 9, "%s（%s）", status, it->void_reason);
	else
		sheet_set(s, 9, status);
	if (closed) {
		sheet_set(s, 10, it->closed_on);
		if (!strcmp(it->verifier, it->person))
			sheet_setf(s, 11, "%s（%s：%s，%s）", it->evidence, _("verified by"), it->verifier,
				   _("the verifier is the person responsible"));
		else
			sheet_setf(s, 11, "%s（%s：%s）", it->evidence, _("verified by"), it->verifier);
	}
}

struct sheet *rectify_ledger_sheet(struct db *db, long long batch_id, struct date as_of)
{
	char iso[DATE_ISO_SIZE], subtitle[512], title[512];
	date_format(as_of, iso);
	report_subtitle(db, iso, subtitle, sizeof subtitle);
	struct rectify_batch b;
	if (batch_id) {
		if (!rectify_batch_get(db, batch_id, &b))
			return NULL;
		snprintf(title, sizeof title, _("Rectification ledger (整改台账): %s"), b.title);
	} else {
		snprintf(title, sizeof title, "%s", _("Rectification ledger (整改台账)"));
	}
	struct sheet *s = sheet_new(title, subtitle, _("Ledger"));
	static const char *const cols[] = {
		"序号", "问题来源", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限",
		"整改进展", "状态", "销号日期", "佐证材料",
	};
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		sheet_add_column(s, cols[i], i == 0 ? CELL_NUMBER : CELL_TEXT);
	struct ledger_ctx c = { s, as_of };
	if (!rectify_items_each(db, batch_id, iso, ledger_row, &c)) {
		sheet_free(s);
		return NULL;
	}
	if (!s->nrows)
		sheet_add_footer(s, _("No rectification items are recorded."));
	return s;
}

/* ---- the summary: per batch ---- */

struct batch_row {
	struct rectify_batch b;
	struct rectify_counts n;
};

struct summary_ctx {
	struct batch_row *rows;
	size_t count;
	struct date as_of;
};

void rectify_count(struct rectify_counts *n, const struct rectify_item *it, struct date as_of)
{
	const char *status = rectify_status_on(it->status, it->closed_on, as_of);
	n->all++;
	if (!strcmp(status, "作废"))
		n->voided++;
	else if (!strcmp(status, "已销号"))
		n->closed++;
	else
		n->open++;
	if (it->long_term && strcmp(status, "作废"))
		n->long_term++;
	if (rectify_item_overdue(status, it->deadline, it->long_term, as_of))
		n->overdue++;
	if (it->repeated)
		n->repeated++;
}

static void summary_batch(void *ctx, const struct rectify_batch *b)
{
	struct summary_ctx *c = ctx;
	c->rows = realloc(c->rows, (c->count + 1) * sizeof *c->rows);
	if (!c->rows)
		abort();
	memset(&c->rows[c->count], 0, sizeof c->rows[0]);
	c->rows[c->count++].b = *b;
}

static void summary_item(void *ctx, const struct rectify_item *it)
{
	struct summary_ctx *c = ctx;
	for (size_t i = 0; i < c->count; i++)
		if (c->rows[i].b.id == it->batch_id)
			rectify_count(&c->rows[i].n, it, c->as_of);
}

struct sheet *rectify_summary_sheet(struct db *db, struct date as_of)
{
	char iso[DATE_ISO_SIZE], subtitle[512];
	date_format(as_of, iso);
	struct summary_ctx c = { NULL, 0, as_of };
	if (!rectify_batches_each(db, iso, summary_batch, &c) || !rectify_items_each(db, 0, iso, summary_item, &c)) {
		free(c.rows);
		return NULL;
	}
	report_subtitle(db, iso, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Rectification by batch (整改情况统计表)"), subtitle, _("Batches"));
	static const struct { const char *title; enum cell_kind kind; } cols[] = {
		{ "批次", CELL_TEXT }, { "来源", CELL_TEXT }, { "反馈日期", CELL_TEXT }, { "问题数", CELL_NUMBER },
		{ "已销号", CELL_NUMBER }, { "整改中", CELL_NUMBER }, { "长期坚持", CELL_NUMBER },
		{ "超期", CELL_NUMBER }, { "完成率", CELL_PERCENT }, { "报告报送期限", CELL_TEXT },
		{ "报送日期", CELL_TEXT },
	};
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		sheet_add_column(s, cols[i].title, cols[i].kind);
	struct rectify_counts total = { 0 };
	for (size_t i = 0; i < c.count; i++) {
		const struct batch_row *r = &c.rows[i];
		char rate[16];
		struct date sent;
		bool sent_by_as_of = date_parse_iso(r->b.report_sent_on, &sent) && date_cmp(sent, as_of) <= 0;
		rectify_completion(r->n.closed, r->n.all, r->n.voided, rate, sizeof rate);
		sheet_add_row(s, ROW_PLAIN);
		sheet_set(s, 0, r->b.title);
		sheet_set(s, 1, r->b.source);
		sheet_set(s, 2, r->b.feedback_on);
		sheet_setf(s, 3, "%lld", r->n.all - r->n.voided);
		sheet_setf(s, 4, "%lld", r->n.closed);
		sheet_setf(s, 5, "%lld", r->n.open);
		sheet_setf(s, 6, "%lld", r->n.long_term);
		sheet_setf(s, 7, "%lld", r->n.overdue);
		sheet_set(s, 8, rate);
		sheet_set(s, 9, r->b.report_due);
		sheet_set(s, 10, sent_by_as_of ? r->b.report_sent_on : "");
		total.all += r->n.all;
		total.voided += r->n.voided;
		total.closed += r->n.closed;
		total.open += r->n.open;
		total.long_term += r->n.long_term;
		total.overdue += r->n.overdue;
	}
	if (c.count) {
		char rate[16];
		rectify_completion(total.closed, total.all, total.voided, rate, sizeof rate);
		sheet_add_row(s, ROW_TOTAL);
		sheet_set(s, 0, _("Total"));
		sheet_setf(s, 3, "%lld", total.all - total.voided);
		sheet_setf(s, 4, "%lld", total.closed);
		sheet_setf(s, 5, "%lld", total.open);
		sheet_setf(s, 6, "%lld", total.long_term);
		sheet_setf(s, 7, "%lld", total.overdue);
		sheet_set(s, 8, rate);
	} else {
		sheet_add_footer(s, _("No rectification items are recorded."));
	}
	sheet_add_footer(s, _("完成率 = 已销号 / (all items − 作废); 长期坚持 items count in it."));
	free(c.rows);
	return s;
}

/* ---- to-dos ---- */

struct todo_ctx {
	struct db *db;
	struct todo_list *l;
	bool failed;
};

static void todo_batch(void *ctx, const struct rectify_batch *b)
{
	struct todo_ctx *c = ctx;
	struct date due, sent;
	if ((date_parse_iso(b->report_sent_on, &sent) && date_cmp(sent, c->l->as_of) <= 0)
	    || !date_parse_iso(b->report_due, &due))
		return;
	char link[64], period[32], item[256], head[160];
	snprintf(link, sizeof link, "rectify:batch:%lld", b->id);
	snprintf(period, sizeof period, "整改批#%lld", b->id);
	text_fit(head, sizeof head, b->title, 40);
	snprintf(item, sizeof item, "%s：%s", _("report on the rectification"), head);
	todo_add(c->l, "整改", period, item, due, link);
}

static void todo_item(void *ctx, const struct rectify_item *it)
{
	struct todo_ctx *c = ctx;
	if (!rectify_item_open(it->status) || c->failed)
		return;
	char item[256], head[64], link[64], period[32];
	text_fit(head, sizeof head, it->problem, 40);
	snprintf(link, sizeof link, "rectify:%lld", it->id);
	snprintf(item, sizeof item, "整改#%lld %s", it->id, head);
	snprintf(period, sizeof period, "整改批#%lld", it->batch_id);
	struct date due, from;
	if (!it->long_term) {
		if (date_parse_iso(it->deadline, &due))
			todo_add(c->l, "整改", period, item, due, link);
		return;
	}
	/* 长期坚持: every quarter from the feedback to this one needs progress. */
	if (!date_parse_iso(it->feedback_on, &from))
		return;
	for (struct date q = rectify_quarter_end(from);; q = rectify_quarter_end(date_add_days(q, 1))) {
		struct date first = { q.y, q.m - 2, 1 };
		if (date_cmp(first, c->l->as_of) > 0)
			break;
		char a[DATE_ISO_SIZE], b[DATE_ISO_SIZE];
		date_format(date_cmp(first, from) < 0 ? from : first, a);
		date_format(q, b);
		bool any;
		if (!rectify_progress_between(c->db, it->id, a, b, &any)) {
			c->failed = true;
			return;
		}
		if (!any) {
			char quarter[16], what[256];
			snprintf(quarter, sizeof quarter, "%04dQ%d", q.y, quarter_of_month(q.m));
			snprintf(what, sizeof what, _("%s (长期坚持): no progress recorded in %s"), item, quarter);
			todo_add(c->l, "整改", quarter, what, q, link);
		}
	}
}

bool rectify_todo(struct db *db, struct todo_list *l)
{
	struct todo_ctx c = { db, l, false };
	char iso[DATE_ISO_SIZE];
	date_format(l->as_of, iso);
	return rectify_batches_each(db, iso, todo_batch, &c) && rectify_items_each(db, 0, iso, todo_item, &c)
	       && !c.failed;
}
