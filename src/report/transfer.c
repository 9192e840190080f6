#include "report/transfer.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/member.h"
#include "db/transfer.h"
#include "io/doc.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/transfer.h"

/* The dates a transfer's state depends on. */
struct transfer_dates {
	struct date issued, expiry, due;   /* due: the 回执 */
	bool reported;
};

static void dates_of(const struct transfer *t, struct transfer_dates *d)
{
	memset(d, 0, sizeof *d);
	date_parse_iso(t->issued, &d->issued);
	d->expiry = transfer_expiry(d->issued, t->valid_days);
	struct date rep;
	d->reported = date_parse_iso(t->report_date, &rep);
	if (!strcmp(t->direction, "转出"))
		d->due = transfer_receipt_due(d->expiry);
	else if (d->reported)
		d->due = date_add_months(rep, 1);
}

/* 待回执, 回执超期, 已回执 for a 转出; 待报到, 待寄回执, 回执超期 (not sent in time), 已寄回执 for a 转入. */
static const char *state_of(const struct transfer *t, const struct transfer_dates *d, struct date as_of)
{
	bool received = *t->receipt_date != '\0';
	if (!strcmp(t->direction, "转出"))
		return transfer_state_names[transfer_state(d->issued, t->valid_days, received, as_of)];
	if (!d->reported)
		return date_cmp(as_of, d->expiry) > 0 ? "介绍信已过期" : "待报到";
	if (received)
		return "已寄回执";
	return date_cmp(as_of, d->due) > 0 ? "回执超期" : "待寄回执";
}

struct waiting_ctx {
	struct date as_of;
	transfer_waiting_fn *fn;
	void *ctx;
};

static void add_waiting(void *ctx, const struct transfer_open *o)
{
	struct waiting_ctx *c = ctx;
	const struct transfer *t = o->t;
	if (strcmp(t->direction, "转出") || *t->receipt_date)
		return;
	struct transfer_dates d;
	dates_of(t, &d);
	const char *state = state_of(t, &d, c->as_of);
	struct transfer_waiting w = { t, d.expiry, d.due, state,
				      !strcmp(state, transfer_state_names[TRANSFER_OVERDUE]) };
	c->fn(c->ctx, &w);
}

bool transfers_waiting_each(struct db *db, struct date as_of, transfer_waiting_fn *fn, void *ctx)
{
	struct waiting_ctx c = { as_of, fn, ctx };
	return transfer_open_each(db, add_waiting, &c);
}

const char *transfer_state_on(const struct transfer *t, struct date as_of, struct date *due)
{
	char day[DATE_ISO_SIZE];
	date_format(as_of, day);
	struct transfer then = *t;
	if (strcmp(then.report_date, day) > 0)
		then.report_date[0] = '\0';
	if (strcmp(then.receipt_date, day) > 0)
		then.receipt_date[0] = '\0';
	struct transfer_dates d;
	dates_of(&then, &d);
	*due = d.due;
	return state_of(&then, &d, as_of);
}

struct sheet_ctx {
	struct sheet *s;
	struct date as_of;
	int n, out, in, waiting;
};

static void add_row(void *ctx, const struct transfer *t)
{
	struct sheet_ctx *c = ctx;
	struct transfer_dates d;
	dates_of(t, &d);
	char expiry[DATE_ISO_SIZE], due[DATE_ISO_SIZE] = "";
	date_format(d.expiry, expiry);
	if (d.due.y)
		date_format(d.due, due);
	const char *state = state_of(t, &d, c->as_of);
	struct sheet *s = c->s;
	sheet_add_row(s, ROW_PLAIN);
	sheet_setf(s, 0, "%d", ++c->n);
	sheet_set(s, 1, t->direction);
	sheet_set(s, 2, t->name);
	sheet_set(s, 3, t->member_kind);
	sheet_set(s, 4, t->from_org);
	sheet_set(s, 5, t->to_org);
	sheet_set(s, 6, t->temporary ? "临时" : t->scope);
	sheet_set(s, 7, t->letter_no);
	sheet_set(s, 8, t->issued);
	sheet_setf(s, 9, "%d", t->valid_days);
	sheet_set(s, 10, expiry);
	sheet_set(s, 11, t->dues_to);
	sheet_set(s, 12, t->report_date);
	sheet_set(s, 13, due);
	sheet_set(s, 14, t->receipt_date);
	sheet_set(s, 15, state);
	if (!strcmp(t->direction, "转出"))
		c->out++;
	else
		c->in++;
	if (!*t->receipt_date)
		c->waiting++;
}

struct sheet *transfers_sheet(struct db *db, int year, struct date as_of)
{
	char period[16], subtitle[256], from[DATE_ISO_SIZE], to[DATE_ISO_SIZE], line[256];
	if (year)
		snprintf(period, sizeof period, "%04d", year);
	else
		date_format(as_of, period);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new("党员组织关系转接登记表", subtitle, _("Transfers"));
	static const char *const heads[] = { "序号", "方向", "姓名", "党员类别", "转出单位", "转入单位", "范围",
					     "介绍信编号", "开具日期", "有效期（天）", "有效期至", "党费交至",
					     "报到日期", "回执期限", "回执日期", "状态" };
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		sheet_add_column(s, heads[i], i == 0 || i == 9 ? CELL_NUMBER : CELL_TEXT);
	struct sheet_ctx c = { s, as_of, 0, 0, 0, 0 };
	date_format((struct date){ year, 1, 1 }, from);
	date_format((struct date){ year, 12, 31 }, to);
	if (!transfer_each(db, year ? from : NULL, year ? to : NULL, 0, add_row, &c)) {
		sheet_free(s);
		return NULL;
	}
	char iso[DATE_ISO_SIZE];
	date_format(as_of, iso);
	snprintf(line, sizeof line, _("%d transferred out, %d transferred in; %d without 回执 (as of %s)."), c.out,
		 c.in, c.waiting, iso);
	sheet_add_footer(s, line);
	return s;
}

struct todo_ctx {
	struct todo_list *l;
	int talk_days;
};

static void add_todo(void *ctx, const struct transfer_open *o)
{
	struct todo_ctx *c = ctx;
	const struct transfer *t = o->t;
	struct transfer_dates d;
	dates_of(t, &d);
	char item[512], link[48] = "", period[8], line[64];
	snprintf(period, sizeof period, "%.4s", t->issued);
	if (t->member_id)
		snprintf(link, sizeof link, "members:member:%lld", t->member_id);
	/* the 回执 and 报到 ones: the line of the 组织 screen's 转接 */
	snprintf(line, sizeof line, "org:transfer:%lld:%lld", t->id, t->member_id);
	if (!strcmp(t->direction, "转出")) {
		snprintf(item, sizeof item, "%s 转出至%s，回执未返回（转接#%lld）", t->name, t->to_org, t->id);
		todo_add(c->l, "转接", period, item, d.due, line);
		return;
	}
	if (!d.reported) {
		snprintf(item, sizeof item, "%s 自%s转入，尚未报到（转接#%lld）", t->name, t->from_org, t->id);
		todo_add(c->l, "转接", period, item, d.expiry, line);
		return;
	}
	struct date rep;
	date_parse_iso(t->report_date, &rep);
	if (!*t->receipt_date) {
		snprintf(item, sizeof item, "%s 已报到，向%s寄回回执（转接#%lld）", t->name, t->from_org, t->id);
		todo_add(c->l, "转接", period, item, d.due, line);
	}
	if (!o->talked) {
		snprintf(item, sizeof item, "与转入党员 %s 进行转入谈话", t->name);
		todo_add(c->l, "转接", period, item, date_add_days(rep, c->talk_days), link);
	}
	if (!o->in_group) {
		snprintf(item, sizeof item, "将转入党员 %s 编入党小组", t->name);
		todo_add(c->l, "转接", period, item, date_add_days(rep, c->talk_days), link);
	}
}

bool transfers_todo(struct db *db, struct todo_list *l)
{
	struct todo_ctx c = { l, (int)settings_get_int(db, TRANSFER_KEY_TALK_DAYS, 30) };
	return transfer_open_each(db, add_todo, &c);
}

static void cn_month(const char *ym, char out[32])
{
	int y = 0, m = 0;
	if (sscanf(ym, "%d-%d", &y, &m) == 2)
		snprintf(out, 32, "%d年%d月", y, m);
	else
		snprintf(out, 32, "%s", ym);
}

struct doc *transfer_letter_doc(struct db *db, const struct transfer *t)
{
	struct member m;
	member_init(&m);
	if (t->member_id && !member_get(db, t->member_id, &m))
		return NULL;
	struct date issued;
	date_parse_iso(t->issued, &issued);
	char dues_dx[128], days_dx[64], issued_cn[32], dues_cn[32], expiry_cn[32], expiry[DATE_ISO_SIZE];
	int y = 0, mo = 0;
	sscanf(t->dues_to, "%d-%d", &y, &mo);
	transfer_daxie_month(y, mo, dues_dx, sizeof dues_dx);
	transfer_daxie_number(t->valid_days, days_dx, sizeof days_dx);
	doc_cn_date(t->issued, issued_cn);
	cn_month(t->dues_to, dues_cn);
	date_format(transfer_expiry(issued, t->valid_days), expiry);
	doc_cn_date(expiry, expiry_cn);
	const char *kind = !strcmp(t->member_kind, "预备") ? "预备" : "正式";
	const char *header = *t->header ? t->header : t->to_org;

	struct doc *doc = doc_new("中国共产党党员组织关系介绍信", 14);
	doc_title(doc, "中国共产党党员组织关系介绍信");

	doc_heading(doc, "存根");
	doc_paraf(doc, "第 %s 号", t->letter_no);
	doc_paraf(doc, "%s 同志（%s），系中共%s党员，组织关系由 %s 转到 %s。%s", t->name, *m.sex ? m.sex : "—", kind,
		  t->from_org, t->to_org, t->temporary ? "（临时组织关系）" : "");
	doc_paraf(doc, "党费已交到%s（%s）。", dues_dx, dues_cn);
	doc_paraf(doc, "有效期%s天（至%s）。", days_dx, expiry_cn);
	if (*t->reason)
		doc_paraf(doc, "转接原因：%s", t->reason);
	doc_date(doc, issued_cn);
	doc_para(doc, "…………………………………………（骑缝）…………………………………………");

	doc_heading(doc, "介绍信");
	doc_paraf(doc, "第 %s 号", t->letter_no);
	doc_paraf(doc, "%s：", header);
	doc_paraf(doc, "兹介绍 %s 同志（%s，公民身份号码 %s），系中共%s党员，由 %s 去 %s，请转接组织关系。", t->name,
		  *m.sex ? m.sex : "—", t->id_number, kind, t->from_org, t->to_org);
	doc_paraf(doc, "该同志党费已交到%s。", dues_dx);
	doc_paraf(doc, "（有效期%s天）", days_dx);
	doc_signature(doc, t->from_org);
	doc_date(doc, issued_cn);
	doc_para(doc, "…………………………………………（骑缝）…………………………………………");

	doc_heading(doc, "回执");
	doc_paraf(doc, "第 %s 号", t->letter_no);
	doc_paraf(doc, "%s：", t->from_org);
	doc_paraf(doc, "%s 同志的党员组织关系已转达我处，特此回复。", t->name);
	doc_signature(doc, "接收党组织（盖章）");
	doc_date(doc, "    年  月  日");
	return doc;
}
