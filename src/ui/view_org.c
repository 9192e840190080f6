/* 组织 (台账): the committee's current term (elected, end, request and
 * approval, extension), the archive index of a year with its 件号 ([ ] for
 * another year) and the submissions upward not yet sent, with those due by
 * the yearly rules.  Read-only; the records are written by `zhibu term`,
 * `zhibu document` and `zhibu submission`.  The 换届, 档案 and 报送 to-dos
 * of 首页 (org:...) open it at the part they name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/archive.h"
#include "db/db.h"
#include "db/term.h"
#include "io/sheet.h"
#include "report/org.h"
#include "ui/textview.h"
#include "ui/views.h"

struct org_view {
	struct app *app;
	int year;
	struct textview *tv;
	int archive_line;   /* where the archive starts, for go */
};

static void add_term(struct org_view *v)
{
	struct term t;
	int found = term_latest(v->app->db, &t);
	textview_add(v->tv, UI_EMPHASIS, NULL, _("The committee's term (换届)"));
	if (found < 0) {
		textview_add(v->tv, UI_ERROR, NULL, db_error(v->app->db));
		return;
	}
	if (!found) {
		textview_add(v->tv, UI_DIM, NULL, _("No term recorded: zhibu term add --elected DATE"));
		return;
	}
	struct date end, request;
	char e[DATE_ISO_SIZE], r[DATE_ISO_SIZE];
	term_dates(v->app->db, &t, &end, &request);
	date_format(end, e);
	date_format(request, r);
	textview_addf(v->tv, UI_NORMAL, "届次", "第%d届", t.seq);
	textview_addf(v->tv, UI_NORMAL, "选举日期", _("%s, %d years"), t.elected_on, t.years);
	textview_add(v->tv, date_cmp(end, date_today()) < 0 ? UI_ERROR : UI_NORMAL, "届满日期", e);
	textview_addf(v->tv, UI_NORMAL, "请示", _("due %s, sent %s"), r, *t.request_sent_on ? t.request_sent_on : "—");
	textview_addf(v->tv, UI_NORMAL, "批复", "%s %s", *t.approved_on ? t.approved_on : "—", t.approval_ref);
	if (t.extended_months)
		textview_addf(v->tv, UI_NORMAL, "延期", _("%d months (%s)"), t.extended_months, t.extension_ref);
}

static void add_document(void *ctx, const struct document *d)
{
	struct org_view *v = ctx;
	char no[16], cat[64], title[1024];
	if (d->item_no)
		snprintf(no, sizeof no, "%d", d->item_no);
	else
		snprintf(no, sizeof no, "%s", "—");
	text_pad(cat, sizeof cat, d->category, 10, false);
	snprintf(title, sizeof title, "%s  %s  %s  %s", cat, d->date, d->title, d->doc_no);
	textview_add(v->tv, d->item_no ? UI_NORMAL : UI_DIM, no, title);
}

static void add_submission(void *ctx, const struct submission *s)
{
	struct org_view *v = ctx;
	char ref[32], text[512];
	if (s->id)
		snprintf(ref, sizeof ref, "报送#%lld", s->id);
	else
		snprintf(ref, sizeof ref, "%s", _("yearly"));
	snprintf(text, sizeof text, "%s  %s  → %s", s->due, s->item, s->to_org);
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	textview_add(v->tv, strcmp(s->due, today) < 0 ? UI_ERROR : UI_NORMAL, ref, text);
}

static void org_load(struct org_view *v)
{
	struct db *db = v->app->db;
	textview_clear(v->tv);
	add_term(v);
	textview_add(v->tv, UI_NORMAL, NULL, "");
	v->archive_line = textview_lines(v->tv);
	textview_addf(v->tv, UI_EMPHASIS, NULL, _("Index of documents of %d by 件号 ([ ] another year)"), v->year);
	size_t before = (size_t)textview_lines(v->tv);
	if (!documents_each(db, v->year, add_document, v))
		textview_add(v->tv, UI_ERROR, NULL, db_error(db));
	else if ((size_t)textview_lines(v->tv) == before)
		textview_add(v->tv, UI_DIM, NULL, _("No documents recorded for this year."));
	textview_add(v->tv, UI_NORMAL, NULL, "");
	textview_add(v->tv, UI_EMPHASIS, NULL, _("Submissions not yet sent (报送)"));
	before = (size_t)textview_lines(v->tv);
	if (!submissions_pending(db, date_today(), add_submission, v))
		textview_add(v->tv, UI_ERROR, NULL, db_error(db));
	else if ((size_t)textview_lines(v->tv) == before)
		textview_add(v->tv, UI_DIM, NULL, _("Nothing waits to be sent."));
}

static void *org_open(struct app *app, const void *arg)
{
	(void)arg;
	struct org_view *v = calloc(1, sizeof *v);
	if (!v)
		abort();
	v->app = app;
	v->year = date_today().y;
	v->tv = textview_new(10);
	org_load(v);
	return v;
}

static void org_close(void *st)
{
	struct org_view *v = st;
	textview_free(v->tv);
	free(v);
}

static void org_draw(void *st, struct ui *ui)
{
	struct org_view *v = st;
	int y, h, cols = ui_cols(ui);
	ui_area(ui, &y, &h);
	textview_draw(v->tv, y, 1, h, cols - 2);
}

static void org_reload(void *st)
{
	org_load(st);
}

static int org_key(void *st, enum action a, int key)
{
	struct org_view *v = st;
	(void)key;
	if (a == ACT_YEAR_PREV || a == ACT_YEAR_NEXT) {
		v->year += a == ACT_YEAR_NEXT ? 1 : -1;
		org_load(v);
		return SCREEN_DONE;
	}
	return textview_key(v->tv, a) ? SCREEN_DONE : SCREEN_UNUSED;
}

/* org:term:ID, org:submission:ID (the top shows them), org:document:YEAR
 * (that year's index). */
static int org_go(void *st, const char *link)
{
	struct org_view *v = st;
	int year;
	if (sscanf(link, "org:document:%d", &year) == 1 && year > 1900 && year < 3000)
		v->year = year;
	org_load(v);
	return SCREEN_DONE;
}

static const enum ui_context contexts[] = { CTX_CALENDAR, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_BACK, ACT_YEAR_PREV, ACT_YEAR_NEXT, ACT_HELP, ACT_NONE };

const struct screen_ops screen_org = {
	.name = "org", .title = N_("Organisation (组织)"),
	.help = N_("The committee's term, the archive index of a year with its 件号, and submissions not yet sent"),
	.open = org_open, .close = org_close, .draw = org_draw, .key = org_key,
	.contexts = contexts, .bar = bar, .reload = org_reload, .go = org_go, .link_prefix = "org:",
};
