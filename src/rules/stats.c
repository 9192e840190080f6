#include "rules/stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/text.h"
#include "rules/roster.h"

static const char *const part_names[STATS_PART_COUNT] = {
	[STATS_TOTAL] = "党员总数", [STATS_SEX] = "性别", [STATS_ETHNICITY] = "民族",
	[STATS_EDUCATION] = "学历", [STATS_AGE] = "年龄", [STATS_CATEGORY] = "人员类别",
	[STATS_GROUP] = "党小组", [STATS_KIND] = "党员类别", [STATS_CHANGES] = "本年变动",
};

/* The upper age of each band but the last. */
static const int band_top[STATS_AGE_BANDS - 1] = { 30, 35, 40, 45, 50, 55, 60 };
static const char *const band_labels[STATS_AGE_BANDS] = {
	"30岁及以下", "31至35岁", "36至40岁", "41至45岁", "46至50岁", "51至55岁", "56至60岁", "61岁及以上",
};

/* Fixed rows of the parts; the optional row (未填, 未知) comes last. */
enum { SEX_ROWS = 2, ETHNICITY_ROWS = 2, KIND_ROWS = 2 };
enum { CHANGE_JOINED, CHANGE_FULL, CHANGE_OUT, CHANGE_DIED, CHANGE_EXPELLED, CHANGE_ROWS };
static const char *const change_labels[CHANGE_ROWS] = { "入党", "转正", "转出", "去世", "出党" };
static const char *const departure_statuses[] = { [CHANGE_OUT] = "转出", [CHANGE_DIED] = "去世", [CHANGE_EXPELLED] = "出党" };

static struct stats_row *add_row(struct stats *s, enum stats_part part, const char *label)
{
	struct stats_rows *r = &s->parts[part];
	r->rows = grow_array(r->rows, (size_t)r->count, &r->cap, 16, sizeof *r->rows);
	struct stats_row *row = &r->rows[r->count++];
	memset(row, 0, sizeof *row);
	text_copy(row->label, sizeof row->label, label);
	return row;
}

static int list_count(const char *const *list)
{
	int n = 0;
	while (list[n])
		n++;
	return n;
}

void stats_init(struct stats *s, struct date as_of)
{
	memset(s, 0, sizeof *s);
	s->as_of = as_of;
	add_row(s, STATS_TOTAL, "合计");
	add_row(s, STATS_SEX, "男");
	add_row(s, STATS_SEX, "女");
	add_row(s, STATS_SEX, "未填")->optional = true;
	add_row(s, STATS_ETHNICITY, "汉族");
	add_row(s, STATS_ETHNICITY, "少数民族");
	add_row(s, STATS_ETHNICITY, "未填")->optional = true;
	add_row(s, STATS_EDUCATION, "大专及以上")->subtotal = true;
	for (int i = 0; roster_educations[i]; i++)
		add_row(s, STATS_EDUCATION, roster_educations[i]);
	add_row(s, STATS_EDUCATION, "未填")->optional = true;
	for (int i = 0; i < STATS_AGE_BANDS; i++)
		add_row(s, STATS_AGE, band_labels[i]);
	add_row(s, STATS_AGE, "未知")->optional = true;
	for (int i = 0; roster_categories[i]; i++)
		add_row(s, STATS_CATEGORY, roster_categories[i]);
	add_row(s, STATS_CATEGORY, "未填")->optional = true;
	add_row(s, STATS_KIND, "正式党员");
	add_row(s, STATS_KIND, "预备党员");
	for (int i = 0; i < CHANGE_ROWS; i++)
		add_row(s, STATS_CHANGES, change_labels[i]);
}

void stats_add_group(struct stats *s, long long id, const char *name)
{
	s->groups = grow_array(s->groups, (size_t)s->ngroups, &s->groups_cap, 16, sizeof *s->groups);
	s->groups[s->ngroups].id = id;
	s->groups[s->ngroups].row = s->parts[STATS_GROUP].count;
	s->ngroups++;
	s->groups_sorted = false;
	add_row(s, STATS_GROUP, name);
}

static int by_group_id(const void *a, const void *b)
{
	const struct stats_group_index *x = a, *y = b;
	return x->id < y->id ? -1 : x->id > y->id;
}

static struct stats_row *group_row(struct stats *s, long long id)
{
	if (!s->groups_sorted) {
		if (s->ngroups)
			qsort(s->groups, (size_t)s->ngroups, sizeof *s->groups, by_group_id);
		s->groups_sorted = true;
	}
	struct stats_group_index key = { id, 0 };
	const struct stats_group_index *g = id && s->ngroups
		? bsearch(&key, s->groups, (size_t)s->ngroups, sizeof *s->groups, by_group_id) : NULL;
	return g ? &s->parts[STATS_GROUP].rows[g->row] : NULL;
}

/* The row of value in a part whose rows are the values of list, the
 * optional row after them for anything else. */
static void count_in(struct stats *s, enum stats_part part, int first, const char *const *list,
		     const char *value)
{
	int n = list_count(list), i = 0;
	while (i < n && strcmp(list[i], value ? value : ""))
		i++;
	s->parts[part].rows[first + i].n++;
}

static bool parse_day(const char *iso, struct date *out)
{
	return iso && *iso && date_parse_iso(iso, out);
}

/* day lies in [1 January of as_of's year, as_of]. */
static bool in_year_to(const char *iso, struct date as_of)
{
	struct date d;
	return parse_day(iso, &d) && d.y == as_of.y && date_cmp(d, as_of) <= 0;
}

bool stats_on_roster(const struct stats_person *p, struct date day)
{
	struct date joined, left;
	if (!parse_day(p->join_date, &joined) || date_cmp(joined, day) > 0)
		return false;
	if (!roster_status_left(p->status ? p->status : ""))
		return true;
	return parse_day(p->status_date, &left) && date_cmp(left, day) > 0;
}

const char *stats_kind_on(const struct stats_person *p, struct date day)
{
	struct date full;
	if (p->kind && !strcmp(p->kind, "正式") && parse_day(p->full_date, &full) && date_cmp(full, day) > 0)
		return "预备";
	return p->kind && !strcmp(p->kind, "正式") ? "正式" : "预备";
}

int stats_age_band(struct date birth, struct date day)
{
	int age = date_years_between(birth, day);
	int band = 0;
	while (band < STATS_AGE_BANDS - 1 && age > band_top[band])
		band++;
	return band;
}

const char *stats_age_band_label(int band)
{
	return band >= 0 && band < STATS_AGE_BANDS ? band_labels[band] : "未知";
}

bool stats_is_minority(const char *ethnicity)
{
	return ethnicity && !text_blank(ethnicity) && strcmp(ethnicity, "汉族") != 0;
}

bool stats_is_college(const char *education)
{
	return education && (!strcmp(education, "研究生") || !strcmp(education, "大学本科") ||
			     !strcmp(education, "大学专科"));
}

void stats_add(struct stats *s, const struct stats_person *p)
{
	struct date as_of = s->as_of;
	struct stats_rows *changes = &s->parts[STATS_CHANGES];
	if (in_year_to(p->join_date, as_of))
		changes->rows[CHANGE_JOINED].n++;
	if (in_year_to(p->full_date, as_of))
		changes->rows[CHANGE_FULL].n++;
	for (int i = CHANGE_OUT; i < CHANGE_ROWS; i++)
		if (p->status && !strcmp(p->status, departure_statuses[i]) && in_year_to(p->status_date, as_of))
			changes->rows[i].n++;

	if (!stats_on_roster(p, as_of))
		return;
	s->total++;
	s->parts[STATS_TOTAL].rows[0].n++;
	count_in(s, STATS_SEX, 0, roster_sexes, p->sex);

	struct stats_row *eth = s->parts[STATS_ETHNICITY].rows;
	if (stats_is_minority(p->ethnicity))
		eth[1].n++;
	else if (p->ethnicity && !strcmp(p->ethnicity, "汉族"))
		eth[0].n++;
	else
		eth[ETHNICITY_ROWS].n++;

	if (stats_is_college(p->education))
		s->parts[STATS_EDUCATION].rows[0].n++;
	count_in(s, STATS_EDUCATION, 1, roster_educations, p->education);

	struct date birth;
	if (parse_day(p->birth_date, &birth))
		s->parts[STATS_AGE].rows[stats_age_band(birth, as_of)].n++;
	else
		s->parts[STATS_AGE].rows[STATS_AGE_BANDS].n++;

	count_in(s, STATS_CATEGORY, 0, roster_categories, p->category);

	struct stats_row *g = group_row(s, p->group_id);
	if (g)
		g->n++;
	else
		s->ungrouped++;

	s->parts[STATS_KIND].rows[strcmp(stats_kind_on(p, as_of), "正式") ? 1 : 0].n++;
}

void stats_finish(struct stats *s)
{
	if (s->ungrouped) {
		struct stats_row *r = add_row(s, STATS_GROUP, "未分组");
		r->n = s->ungrouped;
		r->optional = true;
		s->ungrouped = 0;
	}
	for (int p = 0; p < STATS_PART_COUNT; p++) {
		struct stats_rows *r = &s->parts[p];
		int k = 0;
		for (int i = 0; i < r->count; i++)
			if (!r->rows[i].optional || r->rows[i].n)
				r->rows[k++] = r->rows[i];
		r->count = k;
	}
	/* The group index points at rows that may have moved: not needed now. */
	free(s->groups);
	s->groups = NULL;
	s->ngroups = s->groups_cap = 0;
}

void stats_merge(struct stats *into, const struct stats *from)
{
	into->total += from->total;
	for (int p = 0; p < STATS_PART_COUNT; p++) {
		if (p == STATS_GROUP)
			continue;
		for (int i = 0; i < from->parts[p].count; i++) {
			const struct stats_row *src = &from->parts[p].rows[i];
			struct stats_rows *r = &into->parts[p];
			int k = 0;
			while (k < r->count && strcmp(r->rows[k].label, src->label))
				k++;
			struct stats_row *dst = k < r->count ? &r->rows[k] : add_row(into, (enum stats_part)p, src->label);
			dst->subtotal = src->subtotal;
			dst->optional = src->optional;
			dst->n += src->n;
		}
	}
}

void stats_done(struct stats *s)
{
	for (int p = 0; p < STATS_PART_COUNT; p++)
		free(s->parts[p].rows);
	free(s->groups);
	memset(s, 0, sizeof *s);
}

const char *stats_part_name(enum stats_part part)
{
	return part >= 0 && part < STATS_PART_COUNT ? part_names[part] : "";
}

int stats_chart_first(const struct stats *s, enum stats_part part)
{
	int i = 0;
	while (i < s->parts[part].count && s->parts[part].rows[i].subtotal)
		i++;
	return i;
}

int stats_share_permille(long long n, long long total)
{
	if (total <= 0)
		return 0;
	return (int)((n * 2000 + total) / (2 * total));
}

void stats_share(long long n, long long total, char *out, size_t size)
{
	int pm = stats_share_permille(n, total);
	snprintf(out, size, "%d.%d%%", pm / 10, pm % 10);
}
