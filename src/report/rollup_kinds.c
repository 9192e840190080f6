/* The committee's reports, one begin/branch/finish step each: every figure
 * is taken from the branch's own report builder or query, so that the
 * committee's totals are the sums of the branches' own figures. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"
#include "db/candidate.h"
#include "db/dues.h"
#include "db/meeting.h"
#include "db/stats.h"
#include "io/sheet.h"
#include "report/dues.h"
#include "report/home.h"
#include "report/meetings.h"
#include "report/pipeline.h"
#include "report/rollup_private.h"
#include "report/stats.h"

static void keep_detail(struct rollup_ctx *c, struct sheet *s, const char *branch)
{
	if (!c->r->details) {
		sheet_free(s);
		return;
	}
	/* A worksheet name: at most 31 characters, none of []:*?/\ . */
	char name[32 * 4];
	size_t at = 0, len = strlen(branch);
	for (int chars = 0; at < len && chars < 31; chars++) {
		uint32_t cp;
		size_t n = utf8_decode(branch + at, len - at, &cp);
		at += n ? n : 1;
	}
	snprintf(name, sizeof name, "%.*s", (int)at, branch);
	for (char *p = name; *p; p++)
		if (strchr("[]:*?/\\'", *p))
			*p = '_';
	for (struct sheet *p = s; p; p = p->next) {
		free(p->name);
		p->name = strdup(name);
	}
	if (c->details)
		sheet_append(c->details, s);
	else
		c->details = s;
}

static int column_named(const struct sheet *s, const char *a, const char *b)
{
	for (int i = 0; i < s->ncols; i++)
		if (!strcmp(s->cols[i].title, a) || (b && !strcmp(s->cols[i].title, b)))
			return i;
	return -1;
}

static fen_t cell_money(const struct sheet *s, size_t row, int col)
{
	fen_t v = 0;
	const char *why;
	if (col >= 0)
		money_parse(sheet_cell(s, row, col), &v, &why);
	return v;
}

static void set_rate(struct sheet *s, int col, fen_t collected, fen_t owed)
{
	int rate = dues_rate_permille(collected, owed);
	if (rate >= 0)
		sheet_setf(s, col, "%d.%d%%", rate / 10, rate % 10);
	else
		sheet_set(s, col, "—");
}

/* The summary sheet: the committee's name and what it is as the title; the
 * subtitle says the period (dues), the year and the date, or the date. */
enum subtitle { SUB_PERIOD, SUB_YEAR, SUB_AS_OF, SUB_NONE };

static void summary_new(struct rollup_ctx *c, const char *what, const char *name, enum subtitle sub)
{
	char title[256], text[128], day[DATE_ISO_SIZE];
	date_format(c->r->as_of, day);
	snprintf(title, sizeof title, "%s%s", c->committee, what);
	if (sub == SUB_PERIOD && c->r->quarter)
		snprintf(text, sizeof text, _("%d Q%d"), c->r->year, c->r->quarter);
	else if (sub == SUB_PERIOD)
		snprintf(text, sizeof text, _("the year %d"), c->r->year);
	else if (sub == SUB_YEAR)
		snprintf(text, sizeof text, _("the year %d, as of %s"), c->r->year, day);
	else
		snprintf(text, sizeof text, _("as of %s"), day);
	c->summary = sheet_new(title, sub == SUB_NONE ? NULL : text, name);
}

/* Text columns, except those named in numbers (NULL-terminated). */
static void summary_columns(struct rollup_ctx *c, const char *const *cols, size_t n, const char *const *numbers)
{
	for (size_t i = 0; i < n; i++) {
		enum cell_kind kind = CELL_TEXT;
		for (const char *const *k = numbers; *k; k++)
			if (!strcmp(*k, cols[i]))
				kind = CELL_NUMBER;
		sheet_add_column(c->summary, cols[i], kind);
	}
}

/* 党费: each branch's own report, its 合计 row carried over. */
static void rollup_dues_begin(struct rollup_ctx *c)
{
	summary_new(c, "党费收缴情况汇总表", "汇总", SUB_PERIOD);
	static const char *const cols[] = { "序号", "支部", "党员数", "应交", "实交", "欠交", "收缴率", "上缴" };
	static const enum cell_kind kinds[] = { CELL_NUMBER, CELL_TEXT, CELL_NUMBER, CELL_MONEY, CELL_MONEY,
						CELL_MONEY, CELL_PERCENT, CELL_MONEY };
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		sheet_add_column(c->summary, cols[i], kinds[i]);
}

static bool rollup_dues_branch(struct rollup_ctx *c, struct db *db, const char *branch)
{
	struct dues_period p = { .year = c->r->year, .quarter = c->r->quarter, .as_of = c->r->as_of };
	struct sheet *s = dues_report_sheet(db, &p);
	if (!s)
		return false;
	int c_owed = column_named(s, "本季应交", "本年应交");
	int c_paid = column_named(s, "本季实交", "本年实交");
	int c_short = column_named(s, "欠交", NULL);
	long long members = 0;
	fen_t owed = 0, paid = 0, shortfall = 0, remitted = 0;
	for (size_t i = 0; i < s->nrows; i++) {
		if (!(s->flags[i] & ROW_TOTAL)) {
			members++;
			continue;
		}
		owed = cell_money(s, i, c_owed);
		paid = cell_money(s, i, c_paid);
		shortfall = cell_money(s, i, c_short);
	}
	int first, months;
	dues_period_months(&p, &first, &months);
	if (!dues_remitted_for(db, first, first + months - 1, &remitted)) {
		sheet_free(s);
		return false;
	}
	sheet_add_row(c->summary, ROW_PLAIN);
	sheet_setf(c->summary, 0, "%zu", c->branches);
	sheet_set(c->summary, 1, branch);
	sheet_setf(c->summary, 2, "%lld", members);
	sheet_set_money(c->summary, 3, owed);
	sheet_set_money(c->summary, 4, paid);
	sheet_set_money(c->summary, 5, shortfall);
	set_rate(c->summary, 6, owed - shortfall, owed);
	sheet_set_money(c->summary, 7, remitted);
	c->members += members;
	c->owed += owed;
	c->paid += paid;
	c->shortfall += shortfall;
	c->remitted += remitted;
	keep_detail(c, s, branch);
	return true;
}

static void rollup_dues_finish(struct rollup_ctx *c, const struct rollup_result *res)
{
	sheet_add_row(c->summary, ROW_TOTAL);
	sheet_set(c->summary, 1, "合计");
	sheet_setf(c->summary, 2, "%lld", c->members);
	sheet_set_money(c->summary, 3, c->owed);
	sheet_set_money(c->summary, 4, c->paid);
	sheet_set_money(c->summary, 5, c->shortfall);
	set_rate(c->summary, 6, c->owed - c->shortfall, c->owed);
	sheet_set_money(c->summary, 7, c->remitted);
}

/* 党员统计: the branches' counts added up, part by part (the party groups
 * become the branches). */
static void rollup_stats_begin(struct rollup_ctx *c)
{
	stats_init(&c->stats, c->r->as_of);
	c->stats_started = true;
	summary_new(c, "各支部党员人数", "各支部", SUB_NONE);
	static const char *const cols[] = { "序号", "支部", "党员总数", "正式党员", "预备党员", "女", "少数民族",
					    "大专及以上" };
	static const char *const numbers[] = { "序号", "党员总数", "正式党员", "预备党员", "女", "少数民族", "大专及以上", NULL };
	summary_columns(c, cols, sizeof cols / sizeof cols[0], numbers);
}

static long long stats_count(const struct stats *st, enum stats_part part, const char *label)
{
	for (int i = 0; i < st->parts[part].count; i++)
		if (!strcmp(st->parts[part].rows[i].label, label))
			return st->parts[part].rows[i].n;
	return 0;
}

static bool rollup_stats_branch(struct rollup_ctx *c, struct db *db, const char *branch)
{
	struct stats st;
	stats_init(&st, c->r->as_of);
	if (!stats_collect(db, &st)) {
		stats_done(&st);
		return false;
	}
	sheet_add_row(c->summary, ROW_PLAIN);
	sheet_setf(c->summary, 0, "%zu", c->branches);
	sheet_set(c->summary, 1, branch);
	sheet_setf(c->summary, 2, "%lld", st.total);
	sheet_setf(c->summary, 3, "%lld", stats_count(&st, STATS_KIND, "正式党员"));
	sheet_setf(c->summary, 4, "%lld", stats_count(&st, STATS_KIND, "预备党员"));
	sheet_setf(c->summary, 5, "%lld", stats_count(&st, STATS_SEX, "女"));
	sheet_setf(c->summary, 6, "%lld", stats_count(&st, STATS_ETHNICITY, "少数民族"));
	sheet_setf(c->summary, 7, "%lld", stats_count(&st, STATS_EDUCATION, "大专及以上"));
	stats_merge(&c->stats, &st);
	if (c->r->details)
		keep_detail(c, stats_sheet_from(&st, branch), branch);
	stats_done(&st);
	return true;
}

static void rollup_stats_finish(struct rollup_ctx *c, const struct rollup_result *res)
{
	sheet_add_row(c->summary, ROW_TOTAL);
	sheet_set(c->summary, 1, "合计");
	sheet_setf(c->summary, 2, "%lld", c->stats.total);
	sheet_setf(c->summary, 3, "%lld", stats_count(&c->stats, STATS_KIND, "正式党员"));
	sheet_setf(c->summary, 4, "%lld", stats_count(&c->stats, STATS_KIND, "预备党员"));
	sheet_setf(c->summary, 5, "%lld", stats_count(&c->stats, STATS_SEX, "女"));
	sheet_setf(c->summary, 6, "%lld", stats_count(&c->stats, STATS_ETHNICITY, "少数民族"));
	sheet_setf(c->summary, 7, "%lld", stats_count(&c->stats, STATS_EDUCATION, "大专及以上"));
	stats_finish(&c->stats);
	/* The committee's statistics table first, then the branches. */
	struct sheet *all = stats_sheet_from(&c->stats, c->committee);
	sheet_append(all, c->summary);
	c->summary = all;
}

/* 三会一课: each kind the branch must hold, its periods of the year. */
static void rollup_meetings_begin(struct rollup_ctx *c)
{
	summary_new(c, "组织生活情况汇总表", "汇总", SUB_YEAR);
	static const char *const cols[] = { "序号", "支部", "会议类型", "要求", "已开次数", "达标期数", "缺开期数",
					    "待开期数" };
	static const char *const numbers[] = { "序号", "已开次数", "达标期数", "缺开期数", "待开期数", NULL };
	summary_columns(c, cols, sizeof cols / sizeof cols[0], numbers);
}

static bool rollup_meetings_branch(struct rollup_ctx *c, struct db *db, const char *branch)
{
	struct meeting_year y;
	if (!meeting_year_load(db, c->r->year, c->r->as_of, &y))
		return false;
	if (c->r->details) {
		struct sheet *s = meetings_report(db, c->r->year);
		if (!s)
			return false;
		keep_detail(c, s, branch);
	}
	bool first = true;
	for (int k = 0; k < MK_COUNT; k++) {
		if (y.req[k].count == 0)
			continue;
		int held = 0, states[4] = { 0 };
		for (int m = 0; m < 12; m++)
			held += y.month_held[k][m];
		for (int i = 0; i < y.ncells[k]; i++)
			states[y.cells[k][i].state]++;
		char req[96];
		meeting_requirement_describe(&y.req[k], req, sizeof req);
		sheet_add_row(c->summary, ROW_PLAIN);
		if (first)
			sheet_setf(c->summary, 0, "%zu", c->branches);
		sheet_set(c->summary, 1, first ? branch : "");
		sheet_set(c->summary, 2, meeting_kind_names[k]);
		sheet_set(c->summary, 3, req);
		sheet_setf(c->summary, 4, "%d", held);
		sheet_setf(c->summary, 5, "%d", states[MSTATE_DONE]);
		sheet_setf(c->summary, 6, "%d", states[MSTATE_MISSING]);
		sheet_setf(c->summary, 7, "%d", states[MSTATE_UPCOMING]);
		c->kind_totals[k][0] += held;
		c->kind_totals[k][1] += states[MSTATE_DONE];
		c->kind_totals[k][2] += states[MSTATE_MISSING];
		c->kind_totals[k][3] += states[MSTATE_UPCOMING];
		first = false;
	}
	return true;
}

static void rollup_meetings_finish(struct rollup_ctx *c, const struct rollup_result *res)
{
	bool first = true;
	for (int k = 0; k < MK_COUNT; k++) {
		if (!c->kind_totals[k][0] && !c->kind_totals[k][1] && !c->kind_totals[k][2] && !c->kind_totals[k][3])
			continue;
		/* One ruled block of totals, a row a kind. */
		sheet_add_row(c->summary, first ? ROW_TOTAL : ROW_PLAIN);
		sheet_set(c->summary, 1, first ? "合计" : "");
		sheet_set(c->summary, 2, meeting_kind_names[k]);
		for (int i = 0; i < 4; i++)
			sheet_setf(c->summary, 4 + i, "%lld", c->kind_totals[k][i]);
		first = false;
	}
}

/* 发展党员: how many at each stage, and how many are late. */
static void rollup_pipeline_begin(struct rollup_ctx *c)
{
	summary_new(c, "发展党员情况汇总表", "汇总", SUB_AS_OF);
	sheet_add_column(c->summary, "序号", CELL_NUMBER);
	sheet_add_column(c->summary, "支部", CELL_TEXT);
	for (int s = 0; s < PS_BOARD_COUNT; s++)
		sheet_add_column(c->summary, pipeline_stage_name((enum pipeline_stage)s), CELL_NUMBER);
	sheet_add_column(c->summary, "有超期事项", CELL_NUMBER);
}

static bool rollup_pipeline_branch(struct rollup_ctx *c, struct db *db, const char *branch)
{
	struct candidate_card *cards = NULL;
	size_t n = 0;
	int stages[PS_BOARD_COUNT + 1] = { 0 };
	if (!candidate_board(db, c->r->as_of, PIPELINE_SOON_DAYS, false, &cards, &n))
		return false;
	for (size_t i = 0; i < n; i++) {
		if ((int)cards[i].stage >= 0 && cards[i].stage < PS_BOARD_COUNT)
			stages[cards[i].stage]++;
		if (cards[i].overdue > 0)
			stages[PS_BOARD_COUNT]++;
	}
	free(cards);
	if (c->r->details) {
		struct sheet *s = pipeline_sheet(db, c->r->as_of);
		if (!s)
			return false;
		keep_detail(c, s, branch);
	}
	sheet_add_row(c->summary, ROW_PLAIN);
	sheet_setf(c->summary, 0, "%zu", c->branches);
	sheet_set(c->summary, 1, branch);
	for (int s = 0; s <= PS_BOARD_COUNT; s++) {
		sheet_setf(c->summary, 2 + s, "%d", stages[s]);
		c->stage_totals[s] += stages[s];
	}
	return true;
}

static void rollup_pipeline_finish(struct rollup_ctx *c, const struct rollup_result *res)
{
	sheet_add_row(c->summary, ROW_TOTAL);
	sheet_set(c->summary, 1, "合计");
	for (int s = 0; s <= PS_BOARD_COUNT; s++)
		sheet_setf(c->summary, 2 + s, "%lld", c->stage_totals[s]);
}

/* 待办: every branch's overdue and due-soon items, the branch with the most
 * overdue first. */
static void rollup_check_begin(struct rollup_ctx *c)
{
	summary_new(c, "各支部待办事项", "待办事项", SUB_AS_OF);
	static const char *const cols[] = { "支部", "类别", "期间", "事项", "截止日期", "状态" };
	static const char *const numbers[] = { NULL };
	summary_columns(c, cols, sizeof cols / sizeof cols[0], numbers);
}

static bool rollup_check_branch(struct rollup_ctx *c, struct db *db, const char *branch)
{
	struct todo_list l;
	todo_list_init(&l, c->r->as_of, c->r->within);
	if (!todo_collect(db, &l)) {
		todo_list_done(&l);
		return false;
	}
	int overdue = 0;
	for (size_t i = 0; i < l.count; i++)
		overdue += l.items[i].state == TODO_OVERDUE;
	for (size_t i = 0; i < l.count; i++) {
		c->todos = grow_array(c->todos, c->ntodos, &c->todos_cap, 64, sizeof *c->todos);
		struct rollup_todo *t = &c->todos[c->ntodos];
		t->t = l.items[i];
		t->branch = c->input;
		t->branch_overdue = overdue;
		t->seq = c->ntodos++;
	}
	todo_list_done(&l);
	(void)branch;
	return true;
}

static int by_branch_urgency(const void *a, const void *b)
{
	const struct rollup_todo *x = a, *y = b;
	if (x->branch_overdue != y->branch_overdue)
		return y->branch_overdue - x->branch_overdue;
	if (x->branch != y->branch)
		return x->branch < y->branch ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

static void rollup_check_finish(struct rollup_ctx *c, const struct rollup_result *res)
{
	if (c->ntodos > 1)
		qsort(c->todos, c->ntodos, sizeof *c->todos, by_branch_urgency);
	for (size_t i = 0; i < c->ntodos; i++) {
		const struct rollup_todo *t = &c->todos[i];
		sheet_add_row(c->summary, ROW_PLAIN);
		sheet_set(c->summary, 0, res->inputs[t->branch].branch);
		sheet_set(c->summary, 1, t->t.category);
		sheet_set(c->summary, 2, t->t.period);
		sheet_set(c->summary, 3, t->t.item);
		sheet_set(c->summary, 4, t->t.due);
		sheet_set(c->summary, 5, todo_state_label(t->t.state));
	}
}

/* 检查矩阵: branches × requirements, a mark per period in the column of the
 * period's last month (✓ done, ✗ missed, ○ not yet due, — not required). */
#define COMPLIANCE_FIRST_MONTH 3
static const char *const mark_of_state[] = {
	[MSTATE_DONE] = "✓", [MSTATE_MISSING] = "✗", [MSTATE_UPCOMING] = "○", [MSTATE_NOT_REQUIRED] = "—",
};

static void rollup_compliance_begin(struct rollup_ctx *c)
{
	summary_new(c, "支部组织生活和党费检查表", "检查表", SUB_YEAR);
	sheet_add_column(c->summary, "序号", CELL_NUMBER);
	sheet_add_column(c->summary, "支部", CELL_TEXT);
	sheet_add_column(c->summary, "要求", CELL_TEXT);
	for (int m = 1; m <= 12; m++) {
		char h[16];
		snprintf(h, sizeof h, "%d月", m);
		sheet_add_column(c->summary, h, CELL_TEXT);
	}
	sheet_add_column(c->summary, "缺", CELL_NUMBER);
	sheet_add_footer(c->summary, _("✓ done  ✗ missed  ○ not yet due  — not required.  A quarter's, half-year's "
				       "or year's mark stands in the column of its last month."));
}

/* One row: marks[m] for month m (NULL: no period ends there). */
struct compliance_row {
	char what[192];
	const char *marks[12];
	int missed;
};

static enum meeting_state dues_state(bool done, struct period q, struct date today)
{
	if (done)
		return MSTATE_DONE;
	return date_cmp(period_last_day(q), today) < 0 ? MSTATE_MISSING : MSTATE_UPCOMING;
}

static bool compliance_dues(struct db *db, const struct rollup_request *r, struct compliance_row *collected,
			    struct compliance_row *remitted)
{
	snprintf(collected->what, sizeof collected->what, "%s", "党费收缴（每季度）");
	snprintf(remitted->what, sizeof remitted->what, "%s", "党费上缴（每季度）");
	for (int q = 1; q <= 4; q++) {
		struct period p = { .kind = PERIOD_QUARTER, .year = r->year, .n = q };
		if (date_cmp(period_first_day(p), r->as_of) > 0)
			break;
		struct dues_period dp = { .year = r->year, .quarter = q, .as_of = r->as_of };
		struct sheet *s = dues_report_sheet(db, &dp);
		if (!s)
			return false;
		int c_owed = column_named(s, "本季应交", NULL), c_short = column_named(s, "欠交", NULL);
		fen_t owed = 0, shortfall = 0, sent = 0;
		for (size_t i = 0; i < s->nrows; i++)
			if (s->flags[i] & ROW_TOTAL) {
				owed = cell_money(s, i, c_owed);
				shortfall = cell_money(s, i, c_short);
			}
		sheet_free(s);
		int first, months;
		dues_period_months(&dp, &first, &months);
		if (!dues_remitted_for(db, first, first + months - 1, &sent))
			return false;
		enum meeting_state a = owed == 0 ? MSTATE_NOT_REQUIRED : dues_state(shortfall == 0, p, r->as_of);
		enum meeting_state b = owed == 0 ? MSTATE_NOT_REQUIRED : dues_state(sent > 0, p, r->as_of);
		collected->marks[q * 3 - 1] = mark_of_state[a];
		remitted->marks[q * 3 - 1] = mark_of_state[b];
		collected->missed += a == MSTATE_MISSING;
		remitted->missed += b == MSTATE_MISSING;
	}
	return true;
}

static bool rollup_compliance_branch(struct rollup_ctx *c, struct db *db, const char *branch)
{
	struct meeting_year y;
	struct compliance_row rows[MK_COUNT + 2];
	int nrows = 0;
	memset(rows, 0, sizeof rows);
	if (!meeting_year_load(db, c->r->year, c->r->as_of, &y))
		return false;
	for (int k = 0; k < MK_COUNT; k++) {
		if (y.req[k].count == 0)
			continue;
		struct compliance_row *row = &rows[nrows++];
		char req[96];
		meeting_requirement_describe(&y.req[k], req, sizeof req);
		snprintf(row->what, sizeof row->what, "%s（%s）", meeting_kind_names[k], req);
		for (int i = 0; i < y.ncells[k]; i++) {
			const struct meeting_cell *cell = &y.cells[k][i];
			struct date last = period_last_day(cell->period);
			if (last.y != c->r->year)
				continue;
			row->marks[last.m - 1] = mark_of_state[cell->state];
			row->missed += cell->state == MSTATE_MISSING;
		}
	}
	if (!compliance_dues(db, c->r, &rows[nrows], &rows[nrows + 1]))
		return false;
	nrows += 2;
	for (int i = 0; i < nrows; i++) {
		sheet_add_row(c->summary, ROW_PLAIN);
		if (i == 0) {
			sheet_setf(c->summary, 0, "%zu", c->branches);
			sheet_set(c->summary, 1, branch);
		}
		sheet_set(c->summary, 2, rows[i].what);
		for (int m = 0; m < 12; m++)
			sheet_set(c->summary, COMPLIANCE_FIRST_MONTH + m, rows[i].marks[m] ? rows[i].marks[m] : "");
		sheet_setf(c->summary, COMPLIANCE_FIRST_MONTH + 12, "%d", rows[i].missed);
		c->members += rows[i].missed;
	}
	return true;
}

static void rollup_compliance_finish(struct rollup_ctx *c, const struct rollup_result *res)
{
	sheet_add_row(c->summary, ROW_TOTAL);
	sheet_set(c->summary, 1, "合计");
	sheet_setf(c->summary, COMPLIANCE_FIRST_MONTH + 12, "%lld", c->members);
}

/* 各支部: the committee's list of its branches (zhibu --committee shows it):
 * members, the quarter's dues so far, the to-dos, when the copy was made,
 * and the file to open. */
static void rollup_branches_begin(struct rollup_ctx *c)
{
	summary_new(c, "各支部概况", "各支部", SUB_AS_OF);
	static const char *const cols[] = { "序号", "支部", "党员", "正式", "预备", "本季收缴率", "超期",
					    "即将到期", "数据时间", "文件" };
	static const enum cell_kind kinds[] = { CELL_NUMBER, CELL_TEXT, CELL_NUMBER, CELL_NUMBER, CELL_NUMBER,
						CELL_PERCENT, CELL_NUMBER, CELL_NUMBER, CELL_TEXT, CELL_TEXT };
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		sheet_add_column(c->summary, cols[i], kinds[i]);
}

static bool rollup_branches_branch(struct rollup_ctx *c, struct db *db, const char *branch)
{
	struct home_summary h;
	if (!home_summary_load(db, c->r->as_of, &h))
		return false;
	sheet_add_row(c->summary, ROW_PLAIN);
	sheet_setf(c->summary, 0, "%zu", c->branches);
	sheet_set(c->summary, 1, branch);
	sheet_setf(c->summary, 2, "%lld", h.full + h.probationary);
	sheet_setf(c->summary, 3, "%lld", h.full);
	sheet_setf(c->summary, 4, "%lld", h.probationary);
	set_rate(c->summary, 5, h.collected, h.owed);
	sheet_setf(c->summary, 6, "%d", h.overdue);
	sheet_setf(c->summary, 7, "%d", h.soon);
	sheet_set(c->summary, 8, c->made);
	sheet_set(c->summary, 9, c->path);
	c->members += h.full + h.probationary;
	c->owed += h.owed;
	c->paid += h.collected;
	c->stage_totals[0] += h.overdue;
	c->stage_totals[1] += h.soon;
	home_summary_done(&h);
	return true;
}

static void rollup_branches_finish(struct rollup_ctx *c, const struct rollup_result *res)
{
	(void)res;
	sheet_add_row(c->summary, ROW_TOTAL);
	sheet_set(c->summary, 1, "合计");
	sheet_setf(c->summary, 2, "%lld", c->members);
	set_rate(c->summary, 5, c->paid, c->owed);
	sheet_setf(c->summary, 6, "%lld", c->stage_totals[0]);
	sheet_setf(c->summary, 7, "%lld", c->stage_totals[1]);
}

const struct rollup_kind rollup_kinds[] = {
	[ROLLUP_DUES] = { rollup_dues_begin, rollup_dues_branch, rollup_dues_finish },
	[ROLLUP_STATS] = { rollup_stats_begin, rollup_stats_branch, rollup_stats_finish },
	[ROLLUP_MEETINGS] = { rollup_meetings_begin, rollup_meetings_branch, rollup_meetings_finish },
	[ROLLUP_PIPELINE] = { rollup_pipeline_begin, rollup_pipeline_branch, rollup_pipeline_finish },
	[ROLLUP_CHECK] = { rollup_check_begin, rollup_check_branch, rollup_check_finish },
	[ROLLUP_COMPLIANCE] = { rollup_compliance_begin, rollup_compliance_branch, rollup_compliance_finish },
	[ROLLUP_BRANCHES] = { rollup_branches_begin, rollup_branches_branch, rollup_branches_finish },
};

