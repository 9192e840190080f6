#include "report/hours.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/pledge.h"
#include "db/service.h"
#include "db/talk.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/roster.h"

/* The year is read once, in order of days: each member's minutes of the
 * current day add up in acc (the rows touched listed), and are capped and
 * added to the member's total when the day changes.  The trainings, read
 * first, stay spans (first day, days, minutes) per member, not one entry per
 * day: a meeting day adds the spans' minutes of that day before the cap, and
 * the days with a training only add the rest of the spans' minutes at the
 * end, capped day by day only for a member whose trainings could pass the
 * cap on one day ("heavy": rare).  A 20,000-member 网络培训 over a month so
 * costs 20,000 spans, not 600,000 entries to sort. */
struct span {
	long start;
	int days, minutes;
	size_t next;              /* the member's next span + 1, 0: none */
};

struct row_day {
	unsigned row;
	long day;
};

struct load_ctx {
	struct hours_year *y;
	long *index;              /* member id -> row + 1 (0: not in the year) */
	long long max_id;
	struct span *spans;
	size_t nspans, cap_spans;
	size_t *first_span;       /* per row: its first span + 1, 0: none */
	long *train_minutes;      /* per row: the spans' minutes in the days counted */
	long *train_on_meetings;  /* per row: of those, on days with a meeting (already counted) */
	long *peak;               /* per row: the most the spans can give on one day */
	struct row_day *meeting_days; /* the meeting days of heavy rows */
	size_t nmeeting_days, cap_meeting_days;
	long *acc;                /* minutes of the current day, per row */
	unsigned *touched;
	size_t ntouched;
	long day;                 /* the current day, or LONG_MIN before the first */
	long first, last;         /* the days counted */
	bool detail;
	bool totals_only;         /* the to-dos: no minutes by kind (they cost a cache miss a row) */
	enum hours_source_kind source; /* the record last seen, and its days */
	long long id;
	long rec_day, rec_days;
};

static void add_member(void *ctx, const struct hours_member *m)
{
	struct hours_year *y = ctx;
	y->rows = grow_array(y->rows, y->nrows, &y->cap_rows, 64, sizeof *y->rows);
	struct hours_row *r = &y->rows[y->nrows++];
	memset(r, 0, sizeof *r);
	r->m = *m;
	r->apart = !strcmp(m->status, "流动") || !strcmp(m->status, "失联") || !strcmp(m->status, "停止党籍");
	struct date joined, left;
	bool has_join = date_parse_iso(m->join_date, &joined);
	bool gone = roster_status_left(m->status) && date_parse_iso(m->status_date, &left);
	int months = hours_months_on_roster(y->year, has_join ? &joined : NULL, gone ? &left : NULL);
	int full = m->identity == HID_MEMBER ? y->set.required_member : y->set.required_committee;
	r->required = hours_required(full, months);
}

static void add_item(struct hours_year *y, const struct hours_source *s)
{
	y->items = grow_array(y->items, y->nitems, &y->cap_items, 16, sizeof *y->items);
	struct hours_item *it = &y->items[y->nitems++];
	it->source = s->source;
	it->id = s->id;
	it->member_id = s->member_id;
	it->kind = s->kind;
	memcpy(it->date, s->date, sizeof it->date);
	text_copy(it->title, sizeof it->title, s->title ? s->title : "");
	it->minutes = s->minutes;
	it->counts = s->counts;
}

static bool is_heavy(const struct load_ctx *c, size_t row)
{
	return c->y->set.max_minutes_per_day > 0 && c->peak[row] > c->y->set.max_minutes_per_day;
}

/* The minutes row's trainings give on day (one of the days counted). */
static long spans_on(const struct load_ctx *c, size_t row, long day)
{
	long m = 0;
	for (size_t i = c->first_span[row]; i; i = c->spans[i - 1].next) {
		const struct span *sp = &c->spans[i - 1];
		if (day >= sp->start && day < sp->start + sp->days)
			m += hours_spread(sp->minutes, sp->days, (int)(day - sp->start));
	}
	return m;
}

/* Cap and count the current day, with the trainings' minutes of the day. */
static void close_day(struct load_ctx *c)
{
	for (size_t i = 0; i < c->ntouched; i++) {
		unsigned r = c->touched[i];
		long train = c->first_span[r] ? spans_on(c, r, c->day) : 0;
		c->train_on_meetings[r] += train;
		c->y->rows[r].total += hours_cap_day(c->acc[r] + train, c->y->set.max_minutes_per_day);
		c->acc[r] = 0;
		if (is_heavy(c, r)) {
			c->meeting_days = grow_array(c->meeting_days, c->nmeeting_days, &c->cap_meeting_days, 16,
						     sizeof *c->meeting_days);
			c->meeting_days[c->nmeeting_days++] = (struct row_day){ r, c->day };
		}
	}
	c->ntouched = 0;
}

static void go_to_day(struct load_ctx *c, long day)
{
	if (day == c->day)
		return;
	close_day(c);
	c->day = day;
}

static int by_row_day(const void *a, const void *b)
{
	const struct row_day *x = a, *y = b;
	if (x->row != y->row)
		return (x->row > y->row) - (x->row < y->row);
	return (x->day > y->day) - (x->day < y->day);
}

static int by_day(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return (x > y) - (x < y);
}

/* A heavy row's days with a training and no meeting, capped one by one. */
static long heavy_rest(struct load_ctx *c, size_t row)
{
	long *days = NULL, total = 0;
	size_t n = 0, cap = 0;
	for (size_t i = c->first_span[row]; i; i = c->spans[i - 1].next)
		for (long d = c->spans[i - 1].start; d < c->spans[i - 1].start + c->spans[i - 1].days; d++) {
			if (d < c->first || d > c->last)
				continue;
			struct row_day key = { (unsigned)row, d };
			if (c->nmeeting_days && bsearch(&key, c->meeting_days, c->nmeeting_days, sizeof key, by_row_day))
				continue;
			days = grow_array(days, n, &cap, 16, sizeof *days);
			days[n++] = d;
		}
	if (n)
		qsort(days, n, sizeof *days, by_day);
	for (size_t i = 0; i < n; i++)
		if (!i || days[i] != days[i - 1])
			total += hours_cap_day(spans_on(c, row, days[i]), c->y->set.max_minutes_per_day);
	free(days);
	return total;
}

/* The days with a training only, after the last meeting day was closed. */
static void add_training_days(struct load_ctx *c)
{
	if (c->nmeeting_days > 1)
		qsort(c->meeting_days, c->nmeeting_days, sizeof *c->meeting_days, by_row_day);
	for (size_t r = 0; r < c->y->nrows; r++) {
		if (!c->first_span[r])
			continue;
		c->y->rows[r].total += is_heavy(c, r) ? heavy_rest(c, r) : c->train_minutes[r] - c->train_on_meetings[r];
	}
}

static void add_minutes(struct load_ctx *c, size_t row, long minutes)
{
	if (!c->acc[row])
		c->touched[c->ntouched++] = (unsigned)row;
	c->acc[row] += minutes;
}

static void add_source(void *ctx, const struct hours_source *s)
{
	struct load_ctx *c = ctx;
	if (s->member_id <= 0 || s->member_id > c->max_id || !c->index[s->member_id])
		return;
	size_t row = (size_t)c->index[s->member_id] - 1;
	/* The rows of one record come together: its days are worked out once. */
	if (s->source != c->source || s->id != c->id) {
		struct date d0, d1;
		if (!date_parse_iso(s->date, &d0) || !date_parse_iso(s->end, &d1))
			return;
		c->source = s->source;
		c->id = s->id;
		c->rec_day = date_to_days(d0);
		c->rec_days = date_to_days(d1) - c->rec_day + 1;
	}
	long first = c->rec_day, days = c->rec_days;
	struct hours_row *r = &c->y->rows[row];
	if (c->detail || (s->source == HS_MEETING && s->minutes < 0 &&
			  !(c->y->nitems && c->y->items[c->y->nitems - 1].id == s->id)))
		add_item(c->y, s);
	if (s->source == HS_MEETING) {
		if (s->minutes > 0) {
			go_to_day(c, first);
			if (!c->totals_only)
				r->kind_minutes[s->kind] += s->minutes;
			add_minutes(c, row, s->minutes);
		}
		return;
	}
	if (!s->counts || days < 1)
		return;
	if (s->centralized && first >= c->first)
		r->centralized++;
	/* Only the days counted: from the year's first day to the last. */
	long lo = first < c->first ? c->first : first, hi = first + days - 1 > c->last ? c->last : first + days - 1;
	long in = 0;
	for (long d = lo; d <= hi; d++)
		in += hours_spread(s->minutes, (int)days, (int)(d - first));
	if (!in)
		return;
	*(s->centralized ? &r->central_minutes : &r->other_minutes) += in;
	c->train_minutes[row] += in;
	c->peak[row] += hours_spread(s->minutes, (int)days, 0);
	c->spans = grow_array(c->spans, c->nspans, &c->cap_spans, 64, sizeof *c->spans);
	c->spans[c->nspans++] = (struct span){ first, (int)days, s->minutes, c->first_span[row] };
	c->first_span[row] = c->nspans;
}

static int by_id(const void *a, const void *b)
{
	const struct hours_item *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

/* The minutes without times, each once, by date. */
static void unique_items(struct hours_year *y)
{
	if (!y->nitems)
		return;
	qsort(y->items, y->nitems, sizeof *y->items, by_id);
	size_t n = 1;
	for (size_t i = 1; i < y->nitems; i++)
		if (y->items[i].id != y->items[n - 1].id)
			y->items[n++] = y->items[i];
	y->nitems = n;
}

static bool year_load(struct db *db, int year, struct date as_of, long long member_id, bool totals_only,
		      struct hours_year *y)
{
	memset(y, 0, sizeof *y);
	y->year = year;
	if (!hours_settings_load(db, &y->set) || !hours_members_count(db, year, member_id, &y->cap_rows))
		return false;
	y->rows = malloc((y->cap_rows + 1) * sizeof *y->rows);
	if (!y->rows)
		abort();
	if (!hours_members_each(db, year, member_id, add_member, y))
		return false;
	struct load_ctx c = { .y = y, .detail = member_id != 0, .totals_only = totals_only };
	for (size_t r = 0; r < y->nrows; r++)
		if (y->rows[r].m.id > c.max_id)
			c.max_id = y->rows[r].m.id;
	c.index = calloc((size_t)c.max_id + 1, sizeof *c.index);
	if (!c.index)
		abort();
	for (size_t r = 0; r < y->nrows; r++)
		c.index[y->rows[r].m.id] = (long)r + 1;
	c.acc = calloc(y->nrows + 1, sizeof *c.acc);
	c.touched = calloc(y->nrows + 1, sizeof *c.touched);
	c.first_span = calloc(y->nrows + 1, sizeof *c.first_span);
	c.train_minutes = calloc(y->nrows + 1, sizeof *c.train_minutes);
	c.train_on_meetings = calloc(y->nrows + 1, sizeof *c.train_on_meetings);
	c.peak = calloc(y->nrows + 1, sizeof *c.peak);
	if (!c.acc || !c.touched || !c.first_span || !c.train_minutes || !c.train_on_meetings || !c.peak)
		abort();
	c.day = LONG_MIN;
	struct date last = hours_last_day(year, as_of);
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
	date_format((struct date){ year, 1, 1 }, from);
	date_format(last, to);
	c.first = date_to_days((struct date){ year, 1, 1 });
	c.last = date_to_days(last);
	bool ok = hours_sources_each(db, &y->set, from, to, member_id, add_source, &c);
	if (ok) {
		go_to_day(&c, LONG_MAX);
		add_training_days(&c);
		if (!c.detail)
			unique_items(y);
	}
	free(c.spans);
	free(c.first_span);
	free(c.train_minutes);
	free(c.train_on_meetings);
	free(c.peak);
	free(c.meeting_days);
	free(c.acc);
	free(c.touched);
	free(c.index);
	return ok;
}

bool hours_year_load(struct db *db, int year, struct date as_of, long long member_id, struct hours_year *y)
{
	return year_load(db, year, as_of, member_id, false, y);
}

bool hours_year_totals(struct db *db, int year, struct date as_of, struct hours_year *y)
{
	return year_load(db, year, as_of, 0, true, y);
}

void hours_year_done(struct hours_year *y)
{
	free(y->rows);
	free(y->items);
	memset(y, 0, sizeof *y);
}

long hours_required_minutes(const struct hours_year *y, const struct hours_row *r)
{
	return (long)r->required * y->set.minutes_per_hour;
}

/* ---- The register */

static const char *identity_label(enum hours_identity id)
{
	switch (id) {
	case HID_SECRETARY: return "书记";
	case HID_COMMITTEE: return "支委";
	case HID_MEMBER: break;
	}
	return "党员";
}

static struct sheet *register_sheet(struct db *db, const struct hours_year *y, const char *title,
				    const char *name, bool apart)
{
	char period[16], subtitle[256], text[HOURS_TEXT_SIZE];
	snprintf(period, sizeof period, "%04d", y->year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(title, subtitle, name);
	sheet_add_column(s, _("Serial number"), CELL_NUMBER);
	sheet_add_column(s, _("Name"), CELL_TEXT);
	sheet_add_column(s, _("Identity (书记/支委/党员)"), CELL_TEXT);
	int kinds[MK_COUNT], nk = 0;
	for (int k = 0; k < MK_COUNT; k++)
		if (y->set.count_kind[k] || k == MK_COMMITTEE)
			kinds[nk++] = k;
	for (int i = 0; i < nk; i++) {
		if (kinds[i] == MK_COMMITTEE)
			sheet_add_column(s, "支部委员会（" HOURS_COMMITTEE_TAG "）", CELL_DECIMAL);
		else
			sheet_add_column(s, meeting_kind_names[kinds[i]], CELL_DECIMAL);
	}
	sheet_add_column(s, training_kind_names[TK_CENTRAL], CELL_DECIMAL);
	sheet_add_column(s, _("Other trainings"), CELL_DECIMAL);
	sheet_add_column(s, _("Total hours"), CELL_DECIMAL);
	sheet_add_column(s, _("Required hours"), CELL_NUMBER);
	sheet_add_column(s, _("Difference"), CELL_DECIMAL);
	sheet_add_column(s, _("集中培训 (times)"), CELL_NUMBER);
	int n = 0;
	for (size_t r = 0; r < y->nrows; r++) {
		const struct hours_row *row = &y->rows[r];
		if (row->apart != apart)
			continue;
		int col = 0;
		sheet_add_row(s, ROW_PLAIN);
		sheet_setf(s, col++, "%d", ++n);
		sheet_set(s, col++, row->m.name);
		sheet_set(s, col++, identity_label(row->m.identity));
		for (int i = 0; i < nk; i++) {
			hours_format(row->kind_minutes[kinds[i]], y->set.minutes_per_hour, text);
			sheet_set(s, col++, text);
		}
		hours_format(row->central_minutes, y->set.minutes_per_hour, text);
		sheet_set(s, col++, text);
		hours_format(row->other_minutes, y->set.minutes_per_hour, text);
		sheet_set(s, col++, text);
		hours_format(row->total, y->set.minutes_per_hour, text);
		sheet_set(s, col++, text);
		sheet_setf(s, col++, "%d", row->required);
		hours_format(row->total - hours_required_minutes(y, row), y->set.minutes_per_hour, text);
		sheet_set(s, col++, text);
		sheet_setf(s, col++, "%d", row->centralized);
	}
	return s;
}

static void add_notes(struct sheet *s, const struct hours_year *y)
{
	char line[512];
	snprintf(line, sizeof line,
		 _("学时 = minutes / %d, one decimal, half up; at most %d minutes a day count; a 支部委员会 counts "
		   "only when tagged %s; a training over several days is spread evenly over them."),
		 y->set.minutes_per_hour, y->set.max_minutes_per_day, HOURS_COMMITTEE_TAG);
	sheet_add_footer(s, line);
	snprintf(line, sizeof line,
		 _("Required: %d 学时 for a member, %d and at least %d 集中培训 for the secretary and committee "
		   "members; pro rata by months on the roster, rounded up to whole hours."),
		 y->set.required_member, y->set.required_committee, y->set.required_centralized);
	sheet_add_footer(s, line);
}

struct sheet *hours_sheet(struct db *db, int year, struct date as_of)
{
	struct hours_year y;
	if (!hours_year_load(db, year, as_of, 0, &y)) {
		hours_year_done(&y);
		return NULL;
	}
	struct sheet *s = register_sheet(db, &y, _("Register of Party members' education and training hours"),
					 _("Hours"), false);
	add_notes(s, &y);
	struct sheet *apart = register_sheet(db, &y, _("Members listed apart (流动, 失联, 停止党籍): no requirement"),
					     _("Listed apart"), true);
	if (apart->nrows)
		sheet_append(s, apart);
	else
		sheet_free(apart);
	if (y.nitems) {
		char period[16], subtitle[256];
		snprintf(period, sizeof period, "%04d", year);
		report_subtitle(db, period, subtitle, sizeof subtitle);
		struct sheet *t = sheet_new(_("Minutes without start or end time (未记起止时间): counted 0"), subtitle,
					    _("No times"));
		sheet_add_column(t, _("Date"), CELL_TEXT);
		sheet_add_column(t, _("Kind"), CELL_TEXT);
		sheet_add_column(t, _("Topic"), CELL_TEXT);
		sheet_add_column(t, _("Record"), CELL_TEXT);
		for (size_t i = 0; i < y.nitems; i++) {
			sheet_add_row(t, ROW_PLAIN);
			sheet_set(t, 0, y.items[i].date);
			sheet_set(t, 1, meeting_kind_names[y.items[i].kind]);
			sheet_set(t, 2, y.items[i].title);
			sheet_setf(t, 3, "会议#%lld", y.items[i].id);
		}
		sheet_append(s, t);
	}
	hours_year_done(&y);
	return s;
}

static int by_date(const void *a, const void *b)
{
	const struct hours_item *x = a, *y = b;
	int c = strcmp(x->date, y->date);
	if (!c)
		c = (int)x->source - (int)y->source;
	return c ? c : (x->id > y->id) - (x->id < y->id);
}

struct sheet *hours_member_sheet(struct db *db, int year, long long member_id)
{
	struct hours_year y;
	if (!hours_year_load(db, year, (struct date){ year, 12, 31 }, member_id, &y)) {
		hours_year_done(&y);
		return NULL;
	}
	char period[16], subtitle[256], title[256], text[HOURS_TEXT_SIZE];
	snprintf(period, sizeof period, "%04d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	const struct hours_row *r = y.nrows ? &y.rows[0] : NULL;
	snprintf(title, sizeof title, _("Hours of %s"), r ? r->m.name : "");
	struct sheet *s = sheet_new(title, subtitle, _("Hours"));
	sheet_add_column(s, _("Date"), CELL_TEXT);
	sheet_add_column(s, _("Kind"), CELL_TEXT);
	sheet_add_column(s, _("Content"), CELL_TEXT);
	sheet_add_column(s, _("Hours"), CELL_DECIMAL);
	sheet_add_column(s, _("Record"), CELL_TEXT);
	sheet_add_column(s, _("Note"), CELL_TEXT);
	if (y.nitems)
		qsort(y.items, y.nitems, sizeof *y.items, by_date);
	long listed = 0;
	for (size_t i = 0; i < y.nitems; i++) {
		const struct hours_item *it = &y.items[i];
		bool meeting = it->source == HS_MEETING;
		if (it->minutes > 0 && it->counts)
			listed += it->minutes;
		sheet_add_row(s, ROW_PLAIN);
		sheet_set(s, 0, it->date);
		sheet_set(s, 1, meeting ? meeting_kind_names[it->kind] : training_kind_names[it->kind]);
		sheet_set(s, 2, it->title);
		hours_format(it->minutes > 0 && it->counts ? it->minutes : 0, y.set.minutes_per_hour, text);
		sheet_set(s, 3, text);
		sheet_setf(s, 4, meeting ? "会议#%lld" : "培训#%lld", it->id);
		if (it->minutes < 0)
			sheet_set(s, 5, "未记起止时间");
		else if (!it->counts)
			sheet_set(s, 5, _("not counted"));
	}
	if (r) {
		sheet_add_row(s, ROW_TOTAL);
		sheet_set(s, 0, _("Total"));
		hours_format(r->total, y.set.minutes_per_hour, text);
		sheet_set(s, 3, text);
		char line[256];
		snprintf(line, sizeof line, _("required %d, %d 集中培训"), r->required, r->centralized);
		sheet_set(s, 5, line);
	}
	add_notes(s, &y);
	if (r && listed > r->total) {
		char line[256];
		hours_format(listed - r->total, y.set.minutes_per_hour, text);
		snprintf(line, sizeof line, _("Over the daily cap, not counted: %s 学时."), text);
		sheet_add_footer(s, line);
	}
	hours_year_done(&y);
	return s;
}

bool member_year_load(struct db *db, long long member_id, int year, struct date as_of, struct member_year *out,
		      bool *found)
{
	struct hours_year y;
	memset(out, 0, sizeof *out);
	*found = false;
	if (!hours_year_load(db, year, as_of, member_id, &y)) {
		hours_year_done(&y);
		return false;
	}
	if (y.nrows) {
		*found = true;
		hours_format(y.rows[0].total, y.set.minutes_per_hour, out->hours);
		out->required = y.rows[0].required;
		out->centralized = y.rows[0].centralized;
		out->apart = y.rows[0].apart;
	}
	hours_year_done(&y);
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
	long minutes = 0;
	date_format((struct date){ year, 1, 1 }, from);
	date_format(hours_last_day(year, as_of), to);
	bool ok = talk_count_member(db, member_id, from, to, &out->talks) &&
		  pledge_count_member(db, member_id, year, &out->pledges, &out->fulfilled) &&
		  service_count_member(db, member_id, from, to, &out->services, &minutes);
	hours_format(minutes, 60, out->service_hours);
	return ok;
}

bool hours_todo(struct db *db, struct todo_list *l)
{
	if (l->as_of.m != 12)
		return true;
	struct hours_year y;
	int year = l->as_of.y;
	if (!hours_year_totals(db, year, l->as_of, &y)) {
		hours_year_done(&y);
		return false;
	}
	struct date due = { year, 12, 31 }, from = { year, 12, 1 };
	char period[16], item[256], link[64], text[HOURS_TEXT_SIZE];
	snprintf(period, sizeof period, "%04d", year);
	for (size_t i = 0; i < y.nrows; i++) {
		const struct hours_row *r = &y.rows[i];
		/* Nobody can still train a member who is away or has left. */
		if (r->apart || roster_status_left(r->m.status))
			continue;
		snprintf(link, sizeof link, "training:%04d:%lld", year, r->m.id);
		if (r->total < hours_required_minutes(&y, r)) {
			hours_format(r->total, y.set.minutes_per_hour, text);
			snprintf(item, sizeof item, "%s 学时 %s/%d", r->m.name, text, r->required);
			todo_add_from(l, "学时", period, item, due, from, link);
		}
		if (r->m.identity != HID_MEMBER && r->centralized < y.set.required_centralized) {
			snprintf(item, sizeof item, "%s（支委）未参加集中培训", r->m.name);
			todo_add_from(l, "学时", period, item, due, from, link);
		}
	}
	hours_year_done(&y);
	return true;
}
