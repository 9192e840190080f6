/* 年度党建工作计划: the plan of a year (its adoption) and its items.  Rules
 * in rules/plan.h. */
#ifndef ZHIBU_DB_PLAN_H
#define ZHIBU_DB_PLAN_H
#include <stdbool.h>

#include "core/date.h"

struct db;

struct plan {
	int year;
	char adopted_on[DATE_ISO_SIZE];  /* "" until adopted */
	long long meeting_id;            /* the minute that adopted it, 0: none */
};

struct plan_item {
	long long id;                    /* 计划#id */
	int year, seq;
	char area[32];
	char task[512];
	char measures[1024];
	char owner[96];
	char due[DATE_ISO_SIZE];
	char indicator[32];              /* "" when typed, not computed */
	int target;
	char status[16];
	char done_on[DATE_ISO_SIZE];
	char evidence[512];
	char void_reason[256];
};

/* 1 found, 0 not (out->year set, the rest empty), -1 error. */
int plan_get(struct db *db, int year, struct plan *out);
bool plan_adopt(struct db *db, int year, const char *on, long long meeting_id);
bool plan_next_seq(struct db *db, int year, int *seq);
bool plan_item_add(struct db *db, const struct plan_item *it, long long *id);
bool plan_item_get(struct db *db, long long id, struct plan_item *out);
bool plan_item_update_status(struct db *db, const struct plan_item *it);
typedef void plan_item_fn(void *ctx, const struct plan_item *it);
bool plan_items_each(struct db *db, int year, plan_item_fn *fn, void *ctx);
/* The value of an indicator (rules/plan.h) in year, counting records dated
 * on or before as_of. */
bool plan_indicator_value(struct db *db, int indicator, int year, const char *as_of, long long *value);
/* Years with a plan or plan items, for the to-dos: fn(ctx, year). */
bool plan_years_each(struct db *db, void (*fn)(void *ctx, int year), void *ctx);

#endif
