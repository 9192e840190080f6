#include "report/disclosure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "core/money.h"
#include "db/disclosure.h"
#include "db/candidate.h"
#include "db/dues.h"
#include "db/feedback.h"
#include "io/doc.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/disclosure.h"

/* ---- Everything the registers and the check look at, read once. */

struct book {
	struct disclosure_settings set;
	struct workdays cal;
	char first_day[DATE_ISO_SIZE];
	struct disclosure_item *items;
	size_t nitems, cap_items;
	struct disclosure *ds;          /* not void, by id; content not read */
	size_t nds, cap_ds;
	struct feedback *fb;            /* not void, by date received */
	size_t nfb, cap_fb;
};

static bool add_item(void *ctx, const struct disclosure_item *c)
{
	struct book *b = ctx;
	b->items = grow_array(b->items, b->nitems, &b->cap_items, 16, sizeof *b->items);
	b->items[b->nitems++] = *c;
	return true;
}

static bool add_disclosure(void *ctx, const struct disclosure *d)
{
	struct book *b = ctx;
	b->ds = grow_array(b->ds, b->nds, &b->cap_ds, 32, sizeof *b->ds);
	b->ds[b->nds] = *d;
	b->ds[b->nds++].content = NULL;
	return true;
}

static bool add_feedback(void *ctx, const struct feedback *f)
{
	struct book *b = ctx;
	b->fb = grow_array(b->fb, b->nfb, &b->cap_fb, 32, sizeof *b->fb);
	b->fb[b->nfb++] = *f;
	return true;
}

static void book_done(struct book *b)
{
	workdays_done(&b->cal);
	free(b->items);
	free(b->ds);
	free(b->fb);
	memset(b, 0, sizeof *b);
}

/* all: also the inactive catalogue rows; feedback: read the opinions too. */
static bool book_load(struct db *db, struct book *b, bool all, bool feedback)
{
	memset(b, 0, sizeof *b);
	bool ok = disclosure_settings_load(db, &b->set, &b->cal) && disclosure_first_day(db, b->first_day) &&
		  disclosure_catalog_each(db, b->set.school, all, add_item, b) &&
		  disclosure_each(db, add_disclosure, b) && (!feedback || feedback_each(db, add_feedback, b));
	if (!ok)
		book_done(b);
	return ok;
}

static const struct disclosure_item *book_item(const struct book *b, long long id)
{
	for (size_t i = 0; i < b->nitems; i++)
		if (b->items[i].id == id)
			return &b->items[i];
	return NULL;
}

/* Published on or before day (a publication after the day is not yet one). */
static bool published_by(const struct disclosure *d, const char *day)
{
	return *d->published_on && strcmp(d->published_on, day) <= 0;
}

static int item_grace(const struct book *b, const struct disclosure_item *c)
{
	return c->grace_days >= 0 ? c->grace_days : b->set.grace_days;
}

/* The first disclosure of catalogue row c for the period label, preferring
 * one published by day; NULL when none. */
static const struct disclosure *period_disclosure(const struct book *b, const struct disclosure_item *c,
						  const char *label, const char *day)
{
	const struct disclosure *best = NULL;
	for (size_t i = 0; i < b->nds; i++) {
		const struct disclosure *d = &b->ds[i];
		if (d->catalog_id != c->id || strcmp(d->period, label) || strcmp(d->proposed_on, day) > 0)
			continue;
		if (!best || (published_by(d, day) && (!published_by(best, day) ||
							strcmp(d->published_on, best->published_on) < 0)))
			best = d;
	}
	return best;
}

static void timing_text(const struct disclosure_item *c, char *out, size_t size)
{
	if (*c->period)
		snprintf(out, size, "%s·%s", c->timing, c->period);
	else
		text_copy(out, size, c->timing);
}

/* ---- 公开目录 */

struct sheet *disclosure_catalog_sheet(struct db *db)
{
	struct book b;
	if (!book_load(db, &b, false, false))
		return NULL;
	char subtitle[256];
	report_subtitle(db, NULL, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Catalogue of what the branch discloses (党务公开目录)"), subtitle,
				    _("Catalogue"));
	static const char *const cols[] = {
		"序号", "编号", "类别", "公开事项", "公开范围", "公开时限", "公开形式", "公开期", "责任人", "依据", "备注",
	};
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		sheet_add_column(s, cols[i], i < 2 ? CELL_NUMBER : CELL_TEXT);
	for (size_t i = 0; i < b.nitems; i++) {
		const struct disclosure_item *c = &b.items[i];
		char timing[64];
		timing_text(c, timing, sizeof timing);
		sheet_add_row(s, ROW_PLAIN);
		sheet_setf(s, 0, "%zu", i + 1);
		sheet_setf(s, 1, "%lld", c->id);
		sheet_set(s, 2, strcmp(c->domain, "党务") ? c->domain : c->category);
		if (strcmp(c->domain, "党务"))
			sheet_setf(s, 2, "%s·%s", c->domain, c->category);
		sheet_set(s, 3, c->title);
		sheet_set(s, 4, c->scope);
		sheet_set(s, 5, timing);
		sheet_set(s, 6, c->forms);
		if (c->notice_days)
			sheet_setf(s, 7, "%d%s", c->notice_days, c->notice_unit);
		sheet_set(s, 8, c->owner);
		sheet_set(s, 9, c->basis);
		sheet_set(s, 10, c->note);
	}
	book_done(&b);
	return s;
}

/* ---- 党务公开登记表 */

enum {
	R_NO, R_ITEM, R_PERIOD, R_CATEGORY, R_SCOPE, R_FORMS, R_SUMMARY, R_STATE, R_DUE, R_PROPOSED, R_PROPOSER,
	R_REVIEWED, R_REVIEWER, R_APPROVED, R_APPROVER, R_PUBLISHED, R_OUT, R_UNTIL, R_DOWN, R_ARCHIVED,
	R_OPINIONS, R_REPLIED, R_NOTE, R_COUNT
};
static const char *const register_columns[R_COUNT] = {
	"序号", "公开事项", "期间", "类别", "公开范围", "公开形式", "内容摘要", "状态", "截止日期", "提出日期", "提出人",
	"审核日期", "审核人", "审批日期", "审批人", "公开日期", "党外公开日期", "公开期至", "撤下日期", "归档日期",
	"意见建议（条）", "已答复（条）", "备注",
};

struct register_ctx {
	struct sheet *s;
	const struct book *b;
	char day[DATE_ISO_SIZE];
	size_t n;
};

/* One row: the catalogue row c (NULL: 目录外) and its disclosure d (NULL: none). */
static void register_row(struct register_ctx *r, const struct disclosure_item *c, const char *period,
			 const struct disclosure *d, const char *state, const char *due)
{
	struct sheet *s = r->s;
	sheet_add_row(s, ROW_PLAIN);
	sheet_setf(s, R_NO, "%zu", ++r->n);
	sheet_set(s, R_ITEM, c ? c->title : d->title);
	sheet_set(s, R_PERIOD, period);
	sheet_set(s, R_CATEGORY, c ? c->category : "目录外");
	sheet_set(s, R_SCOPE, d ? d->scope : c->scope);
	sheet_set(s, R_FORMS, d ? d->forms : c->forms);
	sheet_set(s, R_STATE, state);
	sheet_set(s, R_DUE, due);
	if (!d)
		return;
	/* Each step as it stood on the day: later ones are not there yet. */
	const struct { int col; const char *day, *who; } steps[] = {
		{ R_PROPOSED, d->proposed_on, d->proposer }, { R_REVIEWED, d->reviewed_on, d->reviewer },
		{ R_APPROVED, d->approved_on, d->approver }, { R_PUBLISHED, d->published_on, NULL },
		{ R_OUT, d->published_out_on, NULL }, { R_DOWN, d->taken_down_on, NULL },
		{ R_ARCHIVED, d->archived_on, NULL },
	};
	sheet_set(s, R_SUMMARY, d->summary);
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		if (!*steps[i].day || strcmp(steps[i].day, r->day) > 0)
			continue;
		sheet_set(s, steps[i].col, steps[i].day);
		if (steps[i].who)
			sheet_set(s, steps[i].col + 1, steps[i].who);
	}
	if (published_by(d, r->day))
		sheet_set(s, R_UNTIL, d->until);
	int opinions = 0, replied = 0;
	for (size_t i = 0; i < r->b->nfb; i++) {
		const struct feedback *f = &r->b->fb[i];
		if (f->disclosure_id == d->id && strcmp(f->received_on, r->day) <= 0) {
			opinions++;
			replied += *f->replied_on && strcmp(f->replied_on, r->day) <= 0;
		}
	}
	sheet_setf(s, R_OPINIONS, "%d", opinions);
	sheet_setf(s, R_REPLIED, "%d", replied);
	char note[256] = "";
	size_t n = 0;
	if (d->republish_of)
		n += (size_t)snprintf(note + n, sizeof note - n, "再次公开（原 公开#%lld）；", d->republish_of);
	if (*d->reviewer && !strcmp(d->reviewer, d->approver) && n < sizeof note)
		n += (size_t)snprintf(note + n, sizeof note - n, "审核人即审批人；");
	if (n < sizeof note)
		snprintf(note + n, sizeof note - n, "公开#%lld", d->id);
	sheet_set(s, R_NOTE, note);
}

static bool in_year(const char *day, int year)
{
	return *day && atoi(day) == year;
}

struct sheet *disclosure_register_sheet(struct db *db, int year, struct date as_of)
{
	struct book b;
	if (!book_load(db, &b, true, true))
		return NULL;
	char title[160], subtitle[256], period[16], name[16];
	struct branch br;
	if (!branch_get(db, &br))
		*br.name = '\0';
	snprintf(period, sizeof period, "%04d", year);
	snprintf(title, sizeof title, _("%s register of disclosures, %d (党务公开登记表)"), br.name, year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	snprintf(name, sizeof name, "%04d", year);
	struct register_ctx r = { sheet_new(title, subtitle, name), &b, "", 0 };
	date_format(as_of, r.day);
	for (int c = 0; c < R_COUNT; c++)
		sheet_add_column(r.s, register_columns[c], c == R_NO || c == R_OPINIONS || c == R_REPLIED
							   ? CELL_NUMBER : CELL_TEXT);
	int counts[4] = { 0 };
	for (size_t i = 0; i < b.nitems; i++) {
		const struct disclosure_item *c = &b.items[i];
		if (strcmp(c->timing, "定期")) {
			/* 阶段, 及时, 依申请: each disclosure of the year is a row. */
			for (size_t k = 0; k < b.nds; k++) {
				const struct disclosure *d = &b.ds[k];
				if (d->catalog_id != c->id || strcmp(d->proposed_on, r.day) > 0 ||
				    !in_year(*d->published_on ? d->published_on : d->proposed_on, year))
					continue;
				bool pub = published_by(d, r.day);
				register_row(&r, c, d->period, d, pub ? disclosure_state_names[DS_ON_TIME]
								  : disclosure_state_names[DS_PENDING], "");
			}
			continue;
		}
		int k = period_kind_parse(c->period);
		if (k < 0)
			continue;
		struct date since = disclosure_item_since(c, &b.set, b.first_day, as_of);
		struct period p = period_of((enum period_kind)k, (struct date){ year, 1, 1 });
		for (; p.year == year; p = period_next(p)) {
			char label[PERIOD_LABEL_SIZE], due_iso[DATE_ISO_SIZE];
			period_format(p, label);
			const struct disclosure *d = period_disclosure(&b, c, label, r.day);
			if (!d && (date_cmp(period_last_day(p), since) < 0 || !c->active))
				continue;
			struct date due = disclosure_due(p, item_grace(&b, c)), pub;
			bool done = d && published_by(d, r.day) && date_parse_iso(d->published_on, &pub);
			enum disclosure_state st = disclosure_state_of(due, done ? &pub : NULL, as_of);
			counts[st]++;
			date_format(due, due_iso);
			register_row(&r, c, label, d, disclosure_state_names[st], due_iso);
		}
	}
	/* 目录外: disclosures of no catalogue row, of the year. */
	for (size_t k = 0; k < b.nds; k++) {
		const struct disclosure *d = &b.ds[k];
		if (d->catalog_id && book_item(&b, d->catalog_id))
			continue;
		if (!in_year(*d->published_on ? d->published_on : d->proposed_on, year) || strcmp(d->proposed_on, r.day) > 0)
			continue;
		bool pub = published_by(d, r.day);
		register_row(&r, NULL, d->period, d, pub ? disclosure_state_names[DS_ON_TIME]
						: disclosure_state_names[DS_PENDING], "");
	}
	char footer[256];
	snprintf(footer, sizeof footer, "定期公开：按时 %d，逾期公开 %d，缺 %d，待公开 %d。截止日期 = 期末 + %d 天。",
		 counts[DS_ON_TIME], counts[DS_LATE], counts[DS_MISSING], counts[DS_PENDING], b.set.grace_days);
	sheet_add_footer(r.s, footer);
	book_done(&b);
	return r.s;
}

/* ---- the calendar of the 公开 screen */

static void cell_of(struct disclosure_cell *cell, const struct disclosure *d, const char *day)
{
	cell->id = d->id;
	text_copy(cell->status, sizeof cell->status, d->status);
	text_copy(cell->title, sizeof cell->title, d->title);
	if (published_by(d, day))
		text_copy(cell->published_on, sizeof cell->published_on, d->published_on);
}

bool disclosure_calendar(struct db *db, int year, struct date as_of, disclosure_cell_fn *fn, void *ctx)
{
	struct book b;
	if (!book_load(db, &b, false, false))
		return false;
	char day[DATE_ISO_SIZE];
	date_format(as_of, day);
	for (size_t i = 0; i <= b.nitems; i++) {
		const struct disclosure_item *c = i < b.nitems ? &b.items[i] : NULL;
		int k = c && !strcmp(c->timing, "定期") ? period_kind_parse(c->period) : -1;
		if (k < 0) {
			/* 阶段, 及时, 依申请 and 目录外: each disclosure of the year. */
			int n = 0;
			for (size_t j = 0; j < b.nds; j++) {
				const struct disclosure *d = &b.ds[j];
				bool mine = c ? d->catalog_id == c->id : !d->catalog_id || !book_item(&b, d->catalog_id);
				if (!mine || strcmp(d->proposed_on, day) > 0 ||
				    !in_year(*d->published_on ? d->published_on : d->proposed_on, year))
					continue;
				struct disclosure_cell cell = { .state = published_by(d, day) ? DS_ON_TIME : DS_PENDING };
				text_copy(cell.period, sizeof cell.period, d->period);
				cell_of(&cell, d, day);
				fn(ctx, c, &cell);
				n++;
			}
			if (!n && c)
				fn(ctx, c, &(struct disclosure_cell){ .state = -1 });
			continue;
		}
		struct date since = disclosure_item_since(c, &b.set, b.first_day, as_of);
		for (struct period p = period_of((enum period_kind)k, (struct date){ year, 1, 1 }); p.year == year;
		     p = period_next(p)) {
			struct disclosure_cell cell = { .months = k == PERIOD_MONTH ? 1 : k == PERIOD_QUARTER ? 3 : k == PERIOD_HALF ? 6 : 12,
							.state = -1 };
			period_format(p, cell.period);
			struct date due = disclosure_due(p, item_grace(&b, c)), pub;
			date_format(due, cell.due);
			const struct disclosure *d = period_disclosure(&b, c, cell.period, day);
			if (d)
				cell_of(&cell, d, day);
			if (d || date_cmp(period_last_day(p), since) >= 0) {
				bool done = d && published_by(d, day) && date_parse_iso(d->published_on, &pub);
				cell.state = disclosure_state_of(due, done ? &pub : NULL, as_of);
			}
			fn(ctx, c, &cell);
		}
	}
	book_done(&b);
	return true;
}

/* ---- 意见建议办理登记表 */

enum {
	F_NO, F_RECEIVED, F_CHANNEL, F_FROM, F_CONTENT, F_ABOUT, F_HANDLER, F_DUE, F_REPLIED, F_RESULT, F_REPLY,
	F_PUBLISHED, F_STATE, F_NOTE, F_COUNT
};
static const char *const feedback_columns[F_COUNT] = {
	"序号", "收到日期", "渠道", "反映人", "内容", "涉及事项", "承办人", "办理期限", "答复日期", "处理结果", "答复内容",
	"公开答复日期", "状态", "备注",
};

enum feedback_state feedback_state_on(const struct feedback *f, struct date as_of)
{
	struct date due, replied;
	char day[DATE_ISO_SIZE];
	date_format(as_of, day);
	date_parse_iso(f->due_on, &due);
	bool done = *f->replied_on && strcmp(f->replied_on, day) <= 0 && date_parse_iso(f->replied_on, &replied);
	return feedback_state_of(due, done ? &replied : NULL, as_of);
}

struct opening_ctx {
	struct sheet *s;
	int year;
};

static bool opening_row(void *ctx, const struct feedback_opening *o)
{
	struct opening_ctx *c = ctx;
	if (atoi(o->opened_on) != c->year)
		return true;
	sheet_add_row(c->s, ROW_PLAIN);
	sheet_set(c->s, 0, o->opened_on);
	sheet_set(c->s, 1, o->box);
	sheet_set(c->s, 2, o->openers);
	sheet_setf(c->s, 3, "%d", o->found);
	sheet_set(c->s, 4, o->note);
	return true;
}

struct sheet *feedback_register_sheet(struct db *db, int year, struct date as_of)
{
	struct book b;
	if (!book_load(db, &b, true, true))
		return NULL;
	char title[160], subtitle[256], period[16], day[DATE_ISO_SIZE];
	struct branch br;
	if (!branch_get(db, &br))
		*br.name = '\0';
	date_format(as_of, day);
	snprintf(period, sizeof period, "%04d", year);
	snprintf(title, sizeof title, _("%s register of opinions and their handling, %d (意见建议办理登记表)"),
		 br.name, year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(title, subtitle, period);
	for (int c = 0; c < F_COUNT; c++)
		sheet_add_column(s, feedback_columns[c], c == F_NO ? CELL_NUMBER : CELL_TEXT);
	int counts[4] = { 0 }, n = 0;
	for (size_t i = 0; i < b.nfb; i++) {
		const struct feedback *f = &b.fb[i];
		if (atoi(f->received_on) != year || strcmp(f->received_on, day) > 0)
			continue;
		enum feedback_state st = feedback_state_on(f, as_of);
		bool replied = st == FS_ON_TIME || st == FS_LATE;
		char from[96], note[320] = "";
		counts[st]++;
		feedback_sender_masked(f, from, sizeof from);
		sheet_add_row(s, ROW_PLAIN);
		sheet_setf(s, F_NO, "%d", ++n);
		sheet_set(s, F_RECEIVED, f->received_on);
		sheet_set(s, F_CHANNEL, f->channel);
		sheet_set(s, F_FROM, from);
		sheet_set(s, F_CONTENT, f->content);
		if (f->disclosure_id)
			sheet_setf(s, F_ABOUT, "公开#%lld", f->disclosure_id);
		sheet_set(s, F_HANDLER, f->handler);
		sheet_set(s, F_DUE, f->due_on);
		if (replied) {
			sheet_set(s, F_REPLIED, f->replied_on);
			sheet_set(s, F_RESULT, f->result);
			sheet_set(s, F_REPLY, f->reply);
			if (*f->reply_published_on && strcmp(f->reply_published_on, day) <= 0)
				sheet_set(s, F_PUBLISHED, f->reply_published_on);
		}
		sheet_set(s, F_STATE, feedback_state_names[st]);
		if (*f->extended_reason)
			snprintf(note, sizeof note, "延期：%s；", f->extended_reason);
		snprintf(note + strlen(note), sizeof note - strlen(note), "意见#%lld", f->id);
		sheet_set(s, F_NOTE, note);
	}
	char footer[256];
	snprintf(footer, sizeof footer, "收到 %d 件：按时答复 %d，超期答复 %d，待答复 %d，超期未答复 %d。", n,
		 counts[FS_ON_TIME], counts[FS_LATE], counts[FS_OPEN], counts[FS_OVERDUE]);
	sheet_add_footer(s, footer);
	book_done(&b);

	struct sheet *boxes = sheet_new(_("Opinion box openings (意见箱开箱记录)"), subtitle, _("Boxes"));
	static const char *const box_cols[] = { "开箱日期", "意见箱", "开箱人", "收到（件）", "备注" };
	for (int c = 0; c < 5; c++)
		sheet_add_column(boxes, box_cols[c], c == 3 ? CELL_NUMBER : CELL_TEXT);
	struct opening_ctx oc = { boxes, year };
	if (!feedback_opening_each(db, 0, opening_row, &oc)) {
		sheet_free(s);
		sheet_free(boxes);
		return NULL;
	}
	sheet_append(s, boxes);
	return s;
}

/* ---- Texts for the 公开栏 (fixed Chinese: documents the branch posts) */

static char *text_end(FILE *f, char **buf)
{
	if (fclose(f) != 0) {
		free(*buf);
		return NULL;
	}
	return *buf;
}

char *disclosure_notice_text(struct db *db, long long id, const char **why)
{
	struct disclosure d;
	struct disclosure_item c;
	struct branch br;
	disclosure_init(&d);
	if (!disclosure_get(db, id, &d) || (d.catalog_id && !disclosure_catalog_get(db, d.catalog_id, &c))) {
		*why = db_error(db);
		disclosure_done(&d);
		return NULL;
	}
	if (!strcmp(d.status, "作废") || !*d.approved_on) {
		*why = !strcmp(d.status, "作废") ? _("the disclosure is void")
						: _("the disclosure is not approved yet: there is nothing to post");
		disclosure_done(&d);
		return NULL;
	}
	if (!branch_get(db, &br))
		*br.name = '\0';
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		abort();
	fprintf(f, "%s\n\n", d.title);
	fprintf(f, "%s\n", *d.content ? d.content : d.summary);
	if (*d.content && d.content[strlen(d.content) - 1] != '\n')
		fputc('\n', f);
	fputc('\n', f);
	if (*d.published_on && *d.until)
		fprintf(f, "公开期：%s 至 %s。", d.published_on, d.until);
	else if (*d.published_on)
		fprintf(f, "公开日期：%s。", d.published_on);
	fprintf(f, "公开范围：%s。\n", d.scope);
	fprintf(f, "如有意见建议，请投意见箱或向%s反映。\n\n", d.catalog_id && *c.owner ? c.owner : "支部委员会");
	fprintf(f, "%s\n%s\n", *br.name ? br.name : "党支部", *d.published_on ? d.published_on : d.approved_on);
	disclosure_done(&d);
	return text_end(f, &buf);
}

char *feedback_notice_text(struct db *db, int year, struct date as_of, const char **why)
{
	struct book b;
	if (!book_load(db, &b, true, true)) {
		*why = db_error(db);
		return NULL;
	}
	struct branch br;
	if (!branch_get(db, &br))
		*br.name = '\0';
	char day[DATE_ISO_SIZE];
	date_format(as_of, day);
	int received = 0, replied = 0, on_time = 0, results[8] = { 0 };
	for (size_t i = 0; i < b.nfb; i++) {
		const struct feedback *f = &b.fb[i];
		if (atoi(f->received_on) != year || strcmp(f->received_on, day) > 0)
			continue;
		enum feedback_state st = feedback_state_on(f, as_of);
		received++;
		if (st == FS_ON_TIME || st == FS_LATE) {
			replied++;
			on_time += st == FS_ON_TIME;
			for (int r = 0; feedback_results[r]; r++)
				results[r] += !strcmp(f->result, feedback_results[r]);
		}
	}
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	if (!out)
		abort();
	fprintf(out, "%s%d年意见建议办理情况公示\n\n", br.name, year);
	fprintf(out, "截至%s，共收到意见建议 %d 件，已答复 %d 件（按期答复 %d 件）", day, received, replied, on_time);
	for (int r = 0; feedback_results[r]; r++)
		if (results[r])
			fprintf(out, "，%s %d 件", feedback_results[r], results[r]);
	fprintf(out, "，办理中 %d 件。\n", received - replied);
	int n = 0;
	for (size_t i = 0; i < b.nfb; i++) {
		const struct feedback *f = &b.fb[i];
		if (atoi(f->received_on) != year || strcmp(f->received_on, day) > 0)
			continue;
		enum feedback_state st = feedback_state_on(f, as_of);
		fprintf(out, "\n%d. %s（%s，%s收到）\n", ++n, f->content, f->channel, f->received_on);
		if (st == FS_ON_TIME || st == FS_LATE)
			fprintf(out, "   答复（%s，%s）：%s\n", f->result, f->replied_on, f->reply);
		else
			fprintf(out, "   办理中，办理期限 %s。\n", f->due_on);
	}
	fprintf(out, "\n欢迎党员群众继续通过意见箱等渠道提出意见建议。\n\n%s\n%s\n", *br.name ? br.name : "党支部", day);
	book_done(&b);
	return text_end(out, &buf);
}

/* A notice text as a document to print and post: its first line the title,
 * each further line a paragraph (the numbered lines of a list as typed),
 * its last two lines the branch's name and the date (2026年11月20日) at the
 * right. */
static struct doc *notice_doc_of(const char *name, char *text)
{
	struct doc *doc = doc_new(name, 16);
	char *lines[512];
	size_t n = 0;
	for (char *line = strtok(text, "\n"); line && n < sizeof lines / sizeof lines[0]; line = strtok(NULL, "\n"))
		if (!text_blank(line))
			lines[n++] = line;
	for (size_t i = 0; i < n; i++) {
		char date[32];
		if (i == 0)
			doc_title(doc, lines[i]);
		else if (n >= 3 && i == n - 2)
			doc_signature(doc, lines[i]);
		else if (n >= 3 && i == n - 1) {
			doc_cn_date(lines[i], date);
			doc_date(doc, date);
		} else if (lines[i][0] == ' ' || !strncmp(lines[i] + strspn(lines[i], "0123456789"), ". ", 2))
			doc_text(doc, lines[i]);
		else
			doc_para(doc, lines[i]);
	}
	return doc;
}

struct doc *disclosure_notice_doc(struct db *db, long long id, const char **why)
{
	char *t = disclosure_notice_text(db, id, why);
	if (!t)
		return NULL;
	struct doc *doc = notice_doc_of("党务公开", t);
	free(t);
	return doc;
}

struct doc *feedback_notice_doc(struct db *db, int year, struct date as_of, const char **why)
{
	char *t = feedback_notice_text(db, year, as_of, why);
	if (!t)
		return NULL;
	struct doc *doc = notice_doc_of("意见建议办理情况公示", t);
	free(t);
	return doc;
}

/* ---- A summary from zhibu's own figures */

/* 发展党员: where the pipeline stands on day, with the names of those at the
 * stages a 公示 is about (发展对象, 预备党员). */
static int pipeline_summary(struct db *db, struct date day, char *out, size_t size)
{
	struct candidate_card *cards;
	size_t n;
	if (!candidate_board(db, day, 0, false, &cards, &n))
		return -1;
	int count[PS_BOARD_COUNT] = { 0 };
	char names[2][256] = { "", "" };
	for (size_t i = 0; i < n; i++) {
		if (cards[i].stage >= PS_BOARD_COUNT)
			continue;
		count[cards[i].stage]++;
		if (cards[i].stage == PS_TARGET || cards[i].stage == PS_PROBATION) {
			char *list = names[cards[i].stage == PS_PROBATION];
			size_t len = strlen(list);
			snprintf(list + len, sizeof names[0] - len, "%s%s", len ? "、" : "", cards[i].name);
		}
	}
	free(cards);
	char iso[DATE_ISO_SIZE];
	date_format(day, iso);
	snprintf(out, size, "截至%s，入党申请人%d名，入党积极分子%d名，发展对象%d名%s%s%s，预备党员%d名%s%s%s。", iso,
		 count[PS_APPLICANT], count[PS_ACTIVIST], count[PS_TARGET], *names[0] ? "（" : "", names[0],
		 *names[0] ? "）" : "", count[PS_PROBATION], *names[1] ? "（" : "", names[1], *names[1] ? "）" : "");
	return 1;
}

int disclosure_summary_from(struct db *db, const char *source, const char *period, char *out, size_t size)
{
	struct period p;
	out[0] = '\0';
	if (!strcmp(source, "发展党员"))
		return pipeline_summary(db, date_today(), out, size);
	if (strcmp(source, "党费") || !period_parse(period, &p))
		return 0;
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE], collected[MONEY_SIZE], remitted[MONEY_SIZE];
	char owed[MONEY_SIZE], paid[MONEY_SIZE], rate[16] = "—";
	fen_t c, r;
	struct date first = period_first_day(p), last = period_last_day(p), today = date_today();
	date_format(first, from);
	date_format(last, to);
	if (!dues_cash(db, from, to, &c, &r))
		return -1;
	/* 应交 and 实交 of the period's months, as of its end (or today). */
	struct dues_query q = { .first = month_index(first.y, first.m),
				.months = (last.y - first.y) * 12 + last.m - first.m + 1,
				.as_of = date_cmp(today, last) < 0 ? today : last, .by_id = true, .limit = -1 };
	struct dues_totals t;
	if (q.months > DUES_PERIOD_MAX || !dues_totals(db, &q, &t))
		return -1;
	int pm = dues_rate_permille(t.collected_sum, t.owed_sum);
	if (pm >= 0)
		snprintf(rate, sizeof rate, "%d.%d%%", pm / 10, pm % 10);
	money_format(t.owed_sum, owed);
	money_format(t.paid_sum, paid);
	money_format(c, collected);
	money_format(r, remitted);
	snprintf(out, size, "%s（%s至%s）应交党费%s元，实交%s元，收缴率%s；期内收到党费%s元（含补交、预交），上缴上级党委%s元。", period, from,
		 to, owed, paid, rate, collected, remitted);
	return 1;
}

/* ---- `zhibu check` */

struct event_ctx {
	struct todo_list *l;
	const struct book *b;
	const struct disclosure_item *c;
};

/* R5: an event of zhibu's own data (offices changed, grades saved) is to be
 * disclosed. */
static void source_event(void *ctx, const char *day)
{
	struct event_ctx *r = ctx;
	for (size_t i = 0; i < r->b->nds; i++) {
		const struct disclosure *d = &r->b->ds[i];
		if (d->catalog_id == r->c->id && *d->published_on && strcmp(d->published_on, day) >= 0)
			return;
	}
	struct date on;
	if (!date_parse_iso(day, &on))
		return;
	char item[400];
	if (!strcmp(r->c->source, "支委分工"))
		snprintf(item, sizeof item, _("%s: to be disclosed (offices changed on %s)"), r->c->title, day);
	else if (!strcmp(r->c->source, "整改"))
		snprintf(item, sizeof item, _("%s: to be disclosed (a 整改 batch closed on %s)"), r->c->title, day);
	else if (!strcmp(r->c->source, "民主测评"))
		snprintf(item, sizeof item, _("%s: to be disclosed (a 测评 result reported on %s)"), r->c->title, day);
	else if (!strcmp(r->c->source, "换届"))
		snprintf(item, sizeof item, _("%s: to be disclosed (a new committee elected on %s)"), r->c->title, day);
	else
		snprintf(item, sizeof item, _("%s: to be disclosed (recorded on %s)"), r->c->title, day);
	char link[64];
	snprintf(link, sizeof link, "disclosures:%d:%lld", on.y, r->c->id);
	todo_add(r->l, "公开", day, item, date_add_days(on, r->b->set.prompt_days), link);
}

static void routine_todo(struct todo_list *l, const struct book *b, const struct disclosure_item *c,
			 const char *day)
{
	int k = period_kind_parse(c->period);
	if (k < 0)
		return;
	struct date since = disclosure_item_since(c, &b->set, b->first_day, l->as_of);
	for (struct period p = period_of((enum period_kind)k, (struct date){ l->as_of.y - 1, 1, 1 });
	     date_cmp(period_first_day(p), l->as_of) <= 0; p = period_next(p)) {
		if (date_cmp(period_last_day(p), since) < 0)
			continue;
		char label[PERIOD_LABEL_SIZE], item[400], link[64];
		period_format(p, label);
		const struct disclosure *d = period_disclosure(b, c, label, day);
		if (d && published_by(d, day))
			continue;
		snprintf(item, sizeof item, _("%s: to be disclosed"), c->title);
		if (d)
			snprintf(link, sizeof link, "disclosure:%lld", d->id);
		else
			snprintf(link, sizeof link, "disclosures:%d:%lld:%s", p.year, c->id, label);
		todo_add(l, "公开", label, item, disclosure_due(p, item_grace(b, c)), link);
	}
}

bool disclosure_todo(struct db *db, struct todo_list *l)
{
	struct book b;
	if (!book_load(db, &b, false, false))
		return false;
	char day[DATE_ISO_SIZE], from[24];
	date_format(l->as_of, day);
	snprintf(from, sizeof from, "%04d-01-01", l->as_of.y - 1);
	bool ok = true;
	for (size_t i = 0; i < b.nitems && ok; i++) {
		const struct disclosure_item *c = &b.items[i];
		if (!strcmp(c->timing, "定期"))
			routine_todo(l, &b, c, day);
		struct event_ctx r = { l, &b, c };
		ok = disclosure_source_events(db, c->source, from, source_event, &r);
	}
	/* R4: 先党内后党外, published inside and not yet outside (when asked for). */
	for (size_t i = 0; b.set.outside_days > 0 && i < b.nds; i++) {
		const struct disclosure *d = &b.ds[i];
		struct date pub;
		if (strcmp(d->scope, "先党内后党外") || *d->published_out_on || !date_parse_iso(d->published_on, &pub))
			continue;
		char item[400], link[32];
		snprintf(item, sizeof item, _("%s: to be disclosed outside the party"), d->title);
		snprintf(link, sizeof link, "disclosure:%lld", d->id);
		todo_add(l, "公开", d->period, item, date_add_days(pub, b.set.outside_days), link);
	}
	/* R6: what was published in a year is archived by the next year's date. */
	for (int y = l->as_of.y - 2; y < l->as_of.y; y++) {
		int open = 0;
		for (size_t i = 0; i < b.nds; i++)
			open += in_year(b.ds[i].published_on, y) && !*b.ds[i].archived_on;
		if (!open)
			continue;
		char item[160], period[16], link[32];
		snprintf(period, sizeof period, "%04d", y);
		snprintf(item, sizeof item, ngettext("%d disclosure of %d not archived", "%d disclosures of %d not archived",
						     open), open, y);
		snprintf(link, sizeof link, "disclosures:%d", y);
		todo_add(l, "公开", period, item, disclosure_archive_due(&b.set, y), link);
	}
	book_done(&b);
	return ok;
}

struct box_ctx {
	struct todo_list *l;
	struct db *db;
	enum period_kind kind;
	bool ok;
};

struct opened_ctx {
	const char *from, *to;
	bool found;
};

static bool opened_in(void *ctx, const struct feedback_opening *o)
{
	struct opened_ctx *c = ctx;
	if (strcmp(o->opened_on, c->from) >= 0 && strcmp(o->opened_on, c->to) <= 0) {
		c->found = true;
		return false;
	}
	return true;
}

/* An active box not opened in a period (this year and the last). */
static bool box_todo(void *ctx, const struct feedback_box *box)
{
	struct box_ctx *c = ctx;
	struct date since;
	if (!box->active || !date_parse_iso(box->since, &since))
		return true;
	for (struct period p = period_of(c->kind, (struct date){ c->l->as_of.y - 1, 1, 1 });
	     date_cmp(period_first_day(p), c->l->as_of) <= 0; p = period_next(p)) {
		if (date_cmp(period_last_day(p), since) < 0)
			continue;
		char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE], label[PERIOD_LABEL_SIZE], item[200], link[64];
		date_format(period_first_day(p), from);
		date_format(period_last_day(p), to);
		struct opened_ctx oc = { from, to, false };
		if (!feedback_opening_each(c->db, box->id, opened_in, &oc)) {
			c->ok = false;
			return false;
		}
		if (oc.found)
			continue;
		period_format(p, label);
		snprintf(item, sizeof item, _("%s not opened"), box->name);
		snprintf(link, sizeof link, "box:%s", label);
		todo_add(c->l, "意见", label, item, period_last_day(p), link);
	}
	return true;
}

bool feedback_todo(struct db *db, struct todo_list *l)
{
	struct book b;
	if (!book_load(db, &b, false, true))
		return false;
	char day[DATE_ISO_SIZE];
	date_format(l->as_of, day);
	for (size_t i = 0; i < b.nfb; i++) {
		const struct feedback *f = &b.fb[i];
		char item[400], link[32], period[16];
		struct date due;
		snprintf(link, sizeof link, "feedback:%lld", f->id);
		snprintf(period, sizeof period, "%.7s", f->received_on);
		if (!*f->replied_on) {
			if (!date_parse_iso(f->due_on, &due))
				continue;
			snprintf(item, sizeof item, _("意见#%lld (%s) awaits a reply"), f->id, f->channel);
			todo_add(l, "意见", period, item, due, link);
		} else if (b.set.publish_replies && !*f->reply_published_on && !f->reply_disclosure_id &&
			   date_parse_iso(f->replied_on, &due)) {
			snprintf(item, sizeof item, _("意见#%lld: the reply is to be published"), f->id);
			todo_add(l, "意见", period, item, date_add_days(due, b.set.prompt_days), link);
		}
	}
	struct box_ctx bc = { l, db, b.set.box_period, true };
	book_done(&b);
	return feedback_box_each(db, box_todo, &bc) && bc.ok;
}
