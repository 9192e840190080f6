/* 民主测评: the members' review of the branch committee in the year shown
 * ([ ] change it): 应参评, 实参评, 参评率, 有效票, 无效票, each area's average,
 * 总平均分 and the result, as report/review.c computes them for `zhibu
 * report review`; then when it was reported and fed back.  a adds the year's
 * 测评 (the areas and the threshold are the settings' now, as `zhibu review
 * add`), t records the totals counted on paper.  Ballots come in with `zhibu
 * import review-ballots` or the import screen.  A 测评 to-do of 首页
 * (review:ID) shows its year here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/review.h"
#include "report/review.h"
#include "rules/review.h"
#include "rules/stats.h"
#include "ui/form.h"
#include "ui/textview.h"
#include "ui/views.h"

struct review_view {
	struct app *app;
	int year;
	struct review r;
	int found;           /* 1 the year has a 测评, 0 not, -1 error */
	struct textview *tv;
};

static void review_load(struct review_view *v)
{
	struct db *db = v->app->db;
	struct review_result res;
	char buf[64], line[300];
	textview_clear(v->tv);
	v->found = review_of_year(db, v->year, &v->r);
	if (v->found == 1 && !review_compute(db, &v->r, &res))
		v->found = -1;
	if (v->found < 0) {
		textview_add(v->tv, UI_ERROR, NULL, db_error(db));
		return;
	}
	if (!v->found) {
		textview_add(v->tv, UI_DIM, NULL, _("No 民主测评 this year: a adds it."));
		return;
	}
	const struct review *r = &v->r;
	long long ballots = 0, totals = 0;
	review_counts(db, r->id, &ballots, &totals);
	textview_addf(v->tv, UI_NORMAL, _("Record"), "测评#%lld", r->id);
	textview_add(v->tv, UI_NORMAL, _("Held on"), r->held_on);
	textview_addf(v->tv, UI_NORMAL, "应参评", "%d", r->expected);
	textview_addf(v->tv, UI_NORMAL, "实参评", "%d", r->returned);
	stats_share(r->returned, r->expected, buf, sizeof buf);
	textview_add(v->tv, UI_NORMAL, "参评率", buf);
	textview_addf(v->tv, UI_NORMAL, "有效票", "%lld", res.valid);
	textview_addf(v->tv, UI_NORMAL, "无效票", "%lld", res.invalid);
	textview_add(v->tv, UI_DIM, _("Counted from"),
		     ballots ? _("the ballots imported") : totals ? _("the totals counted on paper")
							  : _("nothing yet: import the ballots or t records the totals"));
	textview_add(v->tv, UI_NORMAL, NULL, "");
	for (int i = 0; i < res.areas.n; i++) {
		review_format100(res.avg100[i], buf, sizeof buf);
		bool low = res.valid && res.avg100[i] < (long long)r->threshold * 100;
		textview_add(v->tv, low ? UI_ERROR : UI_NORMAL, res.areas.name[i], res.valid ? buf : "");
	}
	review_format100(res.overall100, buf, sizeof buf);
	textview_add(v->tv, UI_EMPHASIS, "总平均分", res.valid ? buf : "");
	textview_add(v->tv, res.below ? UI_ERROR : UI_EMPHASIS, "结果", review_result(res.overall100, r->threshold, res.valid > 0));
	textview_add(v->tv, UI_NORMAL, NULL, "");
	textview_add(v->tv, UI_NORMAL, _("Reported"), r->reported_on[0] ? r->reported_on : _("not recorded yet"));
	if (r->fed_back_meeting_id)
		snprintf(line, sizeof line, "会议#%lld", r->fed_back_meeting_id);
	else
		snprintf(line, sizeof line, "%s", _("not recorded yet"));
	textview_add(v->tv, UI_NORMAL, _("Fed back"), line);
	snprintf(line, sizeof line, _("Threshold %d; areas %s."), r->threshold, r->areas);
	textview_add(v->tv, UI_DIM, NULL, line);
}

static void review_draw(void *st, struct ui *ui)
{
	struct review_view *v = st;
	int y, h, cols = ui_cols(ui);
	char line[200];
	ui_area(ui, &y, &h);
	snprintf(line, sizeof line, _("民主测评 of the branch committee, %d ([ ] another year)"), v->year);
	ui_text(y, 1, cols - 2, line, UI_EMPHASIS);
	textview_draw(v->tv, y + 1, 1, h - 1, cols - 2);
}

/* ---- add */

struct review_write {
	struct review_view *v;
	struct review r;
	int valid;
	long long sum[REVIEW_MAX_AREAS];
	char why[256];
};

enum { R_HELD, R_EXPECTED, R_RETURNED, R_FIELDS };

static bool whole_number(struct form *form, int field, int *out)
{
	char *end;
	const char *t = form_get(form, field);
	long n = strtol(t, &end, 10);
	if (text_blank(t) || *end || n < 0 || n > 1000000) {
		form_error(form, field, "%s", _("a whole number"));
		return false;
	}
	*out = (int)n;
	return true;
}

static bool add_write(void *ctx, struct db *db)
{
	struct review_write *w = ctx;
	char areas[1024];
	struct review_areas a;
	const char *why;
	long long id;
	settings_get(db, "review.areas", areas, sizeof areas, review_areas_default);
	if (!review_areas_parse(areas, &a, &why))
		return false;
	review_areas_format(&a, w->r.areas, sizeof w->r.areas);
	w->r.threshold = (int)settings_get_int(db, "review.threshold", REVIEW_THRESHOLD_DEFAULT);
	return review_add(db, &w->r, &id);
}

static bool add_save(void *ctx, struct form *form)
{
	struct review_write *w = ctx;
	memset(&w->r, 0, sizeof w->r);
	w->r.year = w->v->year;
	form_day(form, R_HELD, w->r.held_on);
	if (whole_number(form, R_EXPECTED, &w->r.expected) && w->r.expected < 1)
		form_error(form, R_EXPECTED, "%s", _("at least 1"));
	if (whole_number(form, R_RETURNED, &w->r.returned) && w->r.returned > w->r.expected)
		form_error(form, R_RETURNED, _("more than the %d expected"), w->r.expected);
	if (form_error_count(form))
		return false;
	return app_transaction(w->v->app, add_write, w);
}

static void review_add_form(struct review_view *v)
{
	struct review_write w = { .v = v };
	struct form_field fields[R_FIELDS] = {
		[R_HELD] = { .label = _("Held on"), .type = FORM_DATE, .required = true },
		[R_EXPECTED] = { .label = "应参评", .type = FORM_TEXT, .required = true },
		[R_RETURNED] = { .label = "实参评", .type = FORM_TEXT, .required = true },
	};
	char title[128], today[DATE_ISO_SIZE];
	snprintf(title, sizeof title, _("The 民主测评 of %d"), v->year);
	struct form form = { .title = title, .fields = fields, .count = R_FIELDS, .save = add_save, .ctx = &w };
	date_format(date_today(), today);
	form_set(&form, R_HELD, today);
	if (form_run(v->app->ui, &form))
		ui_status(v->app->ui, _("The 民主测评 of %d added."), v->year);
}

/* ---- totals counted on paper */

/* Why the review cannot take totals now (in w->why), or NULL. */
static const char *totals_refusal(struct review_write *w, struct db *db, const struct review *r)
{
	long long ballots, totals;
	if (!review_counts(db, r->id, &ballots, &totals))
		return db_error(db);
	if (!strcmp(r->status, "作废"))
		snprintf(w->why, sizeof w->why, _("测评#%lld is voided"), r->id);
	else if (ballots || totals)
		snprintf(w->why, sizeof w->why, "%s", _("this review has ballots or totals already: they are not replaced"));
	else
		return NULL;
	return w->why;
}

static bool totals_write(void *ctx, struct db *db)
{
	struct review_write *w = ctx;
	struct review r;
	struct review_areas a;
	const char *why;
	if (!review_get(db, w->v->r.id, &r) || totals_refusal(w, db, &r) || !review_areas_parse(r.areas, &a, &why)
	    || w->valid > r.returned)
		return false;
	bool ok = true;
	for (int k = 0; k < a.n && ok; k++)
		ok = review_total_add(db, r.id, k, w->sum[k], w->valid);
	return ok;
}

struct totals_form {
	struct review_write *w;
	struct review_areas a;
};

static bool totals_save(void *ctx, struct form *form)
{
	struct totals_form *t = ctx;
	struct review_write *w = t->w;
	if (whole_number(form, 0, &w->valid) && w->valid > w->v->r.returned)
		form_error(form, 0, _("%d valid ballots, more than the %d returned"), w->valid, w->v->r.returned);
	for (int k = 0; k < t->a.n; k++) {
		int sum;
		if (whole_number(form, k + 1, &sum) && !form_error_count(form) && sum > 100 * w->valid)
			form_error(form, k + 1, "%s", _("the sum is a whole number from 0 to 100 × valid ballots"));
		w->sum[k] = sum;
	}
	if (form_error_count(form))
		return false;
	return app_transaction(w->v->app, totals_write, w);
}

static void review_totals_form(struct review_view *v)
{
	struct review_write w = { .v = v };
	struct totals_form t = { .w = &w };
	const char *why;
	if (v->found != 1) {
		ui_error(v->app->ui, "%s", _("No 民主测评 this year: a adds it."));
		return;
	}
	if (totals_refusal(&w, v->app->db, &v->r)) {
		ui_error(v->app->ui, "%s", w.why);
		return;
	}
	if (!review_areas_parse(v->r.areas, &t.a, &why)) {
		ui_error(v->app->ui, "%s", why);
		return;
	}
	struct form_field fields[REVIEW_MAX_AREAS + 1];
	memset(fields, 0, sizeof fields);
	fields[0] = (struct form_field){ .label = "有效票", .type = FORM_TEXT, .required = true };
	for (int k = 0; k < t.a.n; k++)
		fields[k + 1] = (struct form_field){ .label = t.a.name[k], .type = FORM_TEXT, .required = true };
	char title[160];
	snprintf(title, sizeof title, _("Totals of 测评#%lld counted on paper: each area's sum over the valid ballots"),
		 v->r.id);
	struct form form = { .title = title, .fields = fields, .count = t.a.n + 1, .save = totals_save, .ctx = &t };
	if (form_run(v->app->ui, &form))
		ui_status(v->app->ui, _("Totals of 测评#%lld recorded."), v->r.id);
}

/* ---- the screen */

static void *review_open(struct app *app, const void *arg)
{
	(void)arg;
	struct review_view *v = calloc(1, sizeof *v);
	if (!v)
		abort();
	v->app = app;
	v->year = date_today().y;
	v->tv = textview_new(16);
	review_load(v);
	return v;
}

static void review_close(void *st)
{
	struct review_view *v = st;
	textview_free(v->tv);
	free(v);
}

static void review_reload(void *st)
{
	review_load(st);
}

static int review_key(void *st, enum action a, int key)
{
	struct review_view *v = st;
	(void)key;
	switch (a) {
	case ACT_YEAR_PREV:
	case ACT_YEAR_NEXT:
		v->year += a == ACT_YEAR_NEXT ? 1 : -1;
		review_load(v);
		return SCREEN_DONE;
	case ACT_REVIEW_ADD:
		if (v->found == 1)
			ui_error(v->app->ui, _("%d has its 民主测评 already (测评#%lld)"), v->year, v->r.id);
		else
			review_add_form(v);
		return SCREEN_DONE;
	case ACT_REVIEW_TOTALS: review_totals_form(v); return SCREEN_DONE;
	default: return textview_key(v->tv, a) ? SCREEN_DONE : SCREEN_UNUSED;
	}
}

/* From a to-do of 首页 ("review:ID"): the review's year. */
static int review_go(void *st, const char *link)
{
	struct review_view *v = st;
	long long id;
	struct review r;
	if (sscanf(link, "review:%lld", &id) == 1 && review_get(v->app->db, id, &r)) {
		v->year = r.year;
		review_load(v);
	}
	return SCREEN_DONE;
}

static const enum ui_context contexts[] = { CTX_REVIEW, CTX_CALENDAR, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_BACK, ACT_REVIEW_ADD, ACT_REVIEW_TOTALS, ACT_YEAR_PREV, ACT_YEAR_NEXT,
				   ACT_HELP, ACT_NONE };

const struct screen_ops screen_review = {
	.name = "review", .title = N_("民主测评"),
	.help = N_("The year's 民主测评 of the branch committee: turnout, valid ballots, each area's average and the result"),
	.open = review_open, .close = review_close, .draw = review_draw, .key = review_key,
	.contexts = contexts, .bar = bar, .reload = review_reload, .go = review_go, .link_prefix = "review:",
};
