#include "report/org.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/archive.h"
#include "db/branch.h"
#include "db/role.h"
#include "db/term.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/term.h"

void term_dates(struct db *db, const struct term *t, struct date *end, struct date *request_due)
{
	struct date elected = { 0, 0, 0 };
	date_parse_iso(t->elected_on, &elected);
	*end = term_end(elected, t->years, t->extended_months);
	int months = (int)settings_get_int(db, TERM_KEY_REQUEST_MONTHS, 1);
	/* the request is due before the regular end, not the extended one */
	*request_due = term_request_due(term_end(elected, t->years, 0), months);
}

struct roles_ctx {
	char text[512];
};

static void add_role(void *ctx, const struct role_term *r)
{
	struct roles_ctx *c = ctx;
	size_t n = strlen(c->text);
	snprintf(c->text + n, sizeof c->text - n, "%s%s %s", n ? "、" : "", branch_role_names[r->role], r->name);
}

struct terms_ctx {
	struct db *db;
	struct sheet *s;
};

static void add_term(void *ctx, const struct term *t)
{
	struct terms_ctx *c = ctx;
	struct date end, request;
	char iso[DATE_ISO_SIZE];
	term_dates(c->db, t, &end, &request);
	sheet_add_row(c->s, ROW_PLAIN);
	sheet_setf(c->s, 0, "第%d届", t->seq);
	sheet_set(c->s, 1, t->elected_on);
	sheet_setf(c->s, 2, "%d", t->years);
	date_format(end, iso);
	sheet_set(c->s, 3, iso);
	date_format(request, iso);
	sheet_set(c->s, 4, iso);
	sheet_set(c->s, 5, t->request_sent_on);
	sheet_set(c->s, 6, t->approved_on);
	sheet_set(c->s, 7, t->approval_ref);
	if (t->extended_months)
		sheet_setf(c->s, 8, "%d个月（%s）", t->extended_months, t->extension_ref);
	struct roles_ctx r = { "" };
	role_each(c->db, t->elected_on, add_role, &r);
	sheet_set(c->s, 9, r.text);
}

struct sheet *terms_sheet(struct db *db)
{
	char subtitle[256];
	report_subtitle(db, "", subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Terms of the branch committee (支部委员会届次)"), subtitle, _("Terms"));
	sheet_add_column(s, "届次", CELL_TEXT);
	sheet_add_column(s, "选举日期", CELL_TEXT);
	sheet_add_column(s, "任期（年）", CELL_NUMBER);
	sheet_add_column(s, "届满日期", CELL_TEXT);
	sheet_add_column(s, "请示期限", CELL_TEXT);
	sheet_add_column(s, "请示日期", CELL_TEXT);
	sheet_add_column(s, "批复日期", CELL_TEXT);
	sheet_add_column(s, "批复文号", CELL_TEXT);
	sheet_add_column(s, "延期", CELL_TEXT);
	sheet_add_column(s, "选举时支委", CELL_TEXT);
	struct terms_ctx c = { db, s };
	if (!terms_each(db, add_term, &c)) {
		sheet_free(s);
		return NULL;
	}
	return s;
}

static void add_document(void *ctx, const struct document *d)
{
	struct sheet *s = ctx;
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, d->category);
	if (d->item_no)
		sheet_setf(s, 1, "%d", d->item_no);
	sheet_set(s, 2, d->doc_no);
	sheet_set(s, 3, d->author);
	sheet_set(s, 4, d->title);
	sheet_set(s, 5, d->date);
	if (d->pages)
		sheet_setf(s, 6, "%d", d->pages);
	sheet_set(s, 7, d->retention);
	sheet_set(s, 8, d->location);
	sheet_setf(s, 9, "%s %s#%lld", d->direction, "文件", d->id);
}

struct sheet *documents_sheet(struct db *db, int year)
{
	char period[16], subtitle[256];
	snprintf(period, sizeof period, "%04d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Index of documents (文件材料目录)"), subtitle, _("Documents"));
	sheet_add_column(s, "类别", CELL_TEXT);
	sheet_add_column(s, "件号", CELL_NUMBER);
	sheet_add_column(s, "文号", CELL_TEXT);
	sheet_add_column(s, "责任者", CELL_TEXT);
	sheet_add_column(s, "题名", CELL_TEXT);
	sheet_add_column(s, "日期", CELL_TEXT);
	sheet_add_column(s, "页数", CELL_NUMBER);
	sheet_add_column(s, "保管期限", CELL_TEXT);
	sheet_add_column(s, "存放位置", CELL_TEXT);
	sheet_add_column(s, "备注", CELL_TEXT);
	if (!documents_each(db, year, add_document, s)) {
		sheet_free(s);
		return NULL;
	}
	if (!sheet_cell(s, 0, 0))
		sheet_add_footer(s, _("No documents recorded for this year."));
	return s;
}

struct sub_ctx {
	struct sheet *s;
	int n;
};

static void add_submission(void *ctx, const struct submission *x)
{
	struct sub_ctx *c = ctx;
	sheet_add_row(c->s, ROW_PLAIN);
	sheet_setf(c->s, 0, "%d", ++c->n);
	sheet_set(c->s, 1, x->item);
	sheet_set(c->s, 2, x->to_org);
	sheet_set(c->s, 3, x->due);
	sheet_set(c->s, 4, x->sent_on);
	sheet_set(c->s, 5, x->way);
	if (x->id)
		sheet_setf(c->s, 6, "报送#%lld%s%s", x->id, *x->note ? " " : "", x->note);
	else
		sheet_set(c->s, 6, _("yearly, not yet recorded"));
}

/* The first day a recurring submission is asked for: the day zhibu began
 * keeping this branch (nothing before it is late). */
static void rules_since(struct db *db, char since[DATE_ISO_SIZE])
{
	struct branch b;
	if (!branch_get(db, &b) || !*b.created_on)
		snprintf(since, DATE_ISO_SIZE, "%s", "0000-00-00");
	else
		snprintf(since, DATE_ISO_SIZE, "%s", b.created_on);
}

struct sheet *submissions_sheet(struct db *db, struct date as_of)
{
	char iso[DATE_ISO_SIZE], subtitle[256], since[DATE_ISO_SIZE];
	date_format(as_of, iso);
	report_subtitle(db, iso, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Register of submissions (报送登记表)"), subtitle, _("Submissions"));
	sheet_add_column(s, "序号", CELL_NUMBER);
	sheet_add_column(s, "报送事项", CELL_TEXT);
	sheet_add_column(s, "报送单位", CELL_TEXT);
	sheet_add_column(s, "期限", CELL_TEXT);
	sheet_add_column(s, "报送日期", CELL_TEXT);
	sheet_add_column(s, "方式", CELL_TEXT);
	sheet_add_column(s, "备注", CELL_TEXT);
	struct sub_ctx c = { s, 0 };
	rules_since(db, since);
	if (!submissions_each(db, false, add_submission, &c) ||
	    !submissions_due_by_rules(db, as_of.y, as_of.y, since, add_submission, &c)) {
		sheet_free(s);
		return NULL;
	}
	return s;
}

/* To-dos. */

static void submission_todo(void *ctx, const struct submission *x)
{
	struct todo_list *l = ctx;
	struct date due;
	char link[64];
	if (!date_parse_iso(x->due, &due))
		return;
	char period[8];
	snprintf(period, sizeof period, "%04d", due.y);
	if (x->id) {
		snprintf(link, sizeof link, "org:submission:%lld", x->id);
		todo_add(l, "报送", period, x->item, due, link);
	} else {
		/* a yearly one is asked for from the first day of its month */
		snprintf(link, sizeof link, "org:submission:0");
		todo_add_from(l, "报送", period, x->item, due, (struct date){ due.y, due.m, 1 }, link);
	}
}

struct archive_ctx {
	struct todo_list *l;
	char by[16];
};

static void archive_todo(void *ctx, int year, int count)
{
	struct archive_ctx *c = ctx;
	char period[8], item[128], link[64];
	snprintf(period, sizeof period, "%04d", year);
	snprintf(item, sizeof item, ngettext("%d document of %d not archived", "%d documents of %d not archived", (unsigned long)count),
		 count, year);
	snprintf(link, sizeof link, "org:document:%04d", year);
	todo_add(c->l, "档案", period, item, archive_due(year, c->by), link);
}

bool org_todo(struct db *db, struct todo_list *l)
{
	struct term t;
	int found = term_latest(db, &t);
	if (found < 0)
		return false;
	if (found) {
		struct date end, request;
		char period[32], link[64];
		term_dates(db, &t, &end, &request);
		snprintf(period, sizeof period, "第%d届", t.seq);
		snprintf(link, sizeof link, "org:term:%lld", t.id);
		if (!*t.request_sent_on && !t.extended_months)
			todo_add(l, "换届", period, _("request to the higher committee for the election (换届选举请示)"), request, link);
		todo_add(l, "换届", period, _("the committee's term ends (任期届满)"), end, link);
	}
	struct archive_ctx a = { l, "" };
	settings_get(db, ARCHIVE_KEY_BY, a.by, sizeof a.by, "06-30");
	return documents_unarchived(db, archive_todo, &a) && submissions_pending(db, l->as_of, submission_todo, l);
}

bool submissions_pending(struct db *db, struct date as_of, submission_fn *fn, void *ctx)
{
	char since[DATE_ISO_SIZE];
	rules_since(db, since);
	return submissions_each(db, true, fn, ctx) && submissions_due_by_rules(db, as_of.y, as_of.y, since, fn, ctx);
}
