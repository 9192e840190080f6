/* 党员统计 (domain.md §6): the members on the roster on a date counted by
 * sex, ethnic minority, education, age band, 人员类别, party group and
 * 正式/预备, and the year's joins, 转正 and departures, each with its share
 * of the members on the roster.  Pure counting: the database hands over one
 * row per member in a single pass (db/stats.h) and these functions place it.
 *
 *   struct stats st;
 *   stats_init(&st, as_of);
 *   stats_add_group(&st, id, "第一党小组");  ... every group, in roster order
 *   stats_add(&st, &person);                ... every member
 *   stats_finish(&st);
 *   ... st.parts[STATS_SEX].rows[i].label, .n; stats_share(n, st.total, ...)
 *   stats_done(&st);
 *
 * Labels are the Chinese words of the statistics forms (fixed data, like
 * the roster's column names). */
#ifndef ZHIBU_RULES_STATS_H
#define ZHIBU_RULES_STATS_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

enum stats_part {
	STATS_TOTAL,      /* 党员总数 */
	STATS_SEX,        /* 性别 */
	STATS_ETHNICITY,  /* 民族: 汉族, 少数民族 */
	STATS_EDUCATION,  /* 学历: 大专及以上, then each level */
	STATS_AGE,        /* 年龄, on the as-of date */
	STATS_CATEGORY,   /* 人员类别 */
	STATS_GROUP,      /* 党小组 */
	STATS_KIND,       /* 党员类别 on the as-of date */
	STATS_CHANGES,    /* 本年变动: from 1 January of the as-of year to the as-of date */
	STATS_PART_COUNT
};

/* Age bands: ≤30, 31–35, 36–40, 41–45, 46–50, 51–55, 56–60, ≥61. */
#define STATS_AGE_BANDS 8

/* One member as the database holds it.  Dates are ISO or "". */
struct stats_person {
	const char *sex, *ethnicity, *education, *category, *kind, *status;
	const char *birth_date, *join_date, *full_date, *status_date;
	long long group_id;   /* 0: in no group */
};

struct stats_row {
	char label[96];
	long long n;
	bool subtotal;  /* 大专及以上: the sum of some rows after it (left out of charts) */
	bool optional;  /* 未填, 未知, 未分组: left out by stats_finish when 0 */
};

struct stats_rows {
	struct stats_row *rows;
	int count;
	size_t cap;
};

struct stats {
	struct date as_of;
	long long total;                       /* on the roster on as_of */
	struct stats_rows parts[STATS_PART_COUNT];
	/* party groups: id -> row of STATS_GROUP, sorted by id for lookup */
	struct stats_group_index { long long id; int row; } *groups;
	int ngroups;
	size_t groups_cap;
	bool groups_sorted;
	long long ungrouped;
};

void stats_init(struct stats *s, struct date as_of);
/* Add a party group's row (before any stats_add), in the order to show. */
void stats_add_group(struct stats *s, long long id, const char *name);
/* Count one member (on the roster or not: the year's changes count
 * members who left since). */
void stats_add(struct stats *s, const struct stats_person *p);
/* Leave out the optional rows that stayed 0; add 未分组 when needed. */
void stats_finish(struct stats *s);
void stats_done(struct stats *s);
/* Add the counts of from (finished) to into (not yet finished), part by
 * part and row by row by label: a committee's statistics are the sum of its
 * branches'.  The party groups are the branches' own and are left out. */
void stats_merge(struct stats *into, const struct stats *from);

/* The part's name as the forms write it (性别, 民族 ...). */
const char *stats_part_name(enum stats_part part);
/* The first row of a part that a chart draws (after the subtotal). */
int stats_chart_first(const struct stats *s, enum stats_part part);

/* The rules, one at a time. */
/* On the roster on day: joined by then, and not gone (转出, 去世, 出党) by
 * then.  A departure without a date counts as gone at any date. */
bool stats_on_roster(const struct stats_person *p, struct date day);
/* 正式 or 预备 on day: a 正式 member whose 转正日期 is later was 预备. */
const char *stats_kind_on(const struct stats_person *p, struct date day);
/* The age band (0 .. STATS_AGE_BANDS-1) of someone born on birth, in whole
 * years on day: a member who turns 31 on day is 31. */
int stats_age_band(struct date birth, struct date day);
const char *stats_age_band_label(int band);
/* 少数民族: an ethnicity recorded and not 汉族. */
bool stats_is_minority(const char *ethnicity);
/* 大专及以上: 研究生, 大学本科, 大学专科. */
bool stats_is_college(const char *education);
/* n of total as a percentage with one decimal, rounded half up: "12.5%"
 * ("0.0%" when total is 0). */
void stats_share(long long n, long long total, char *out, size_t size);
/* The same in tenths of a percent (125 = 12.5%). */
int stats_share_permille(long long n, long long total);

#endif
