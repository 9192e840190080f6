/* 年度党建工作计划 (records.md §C4) as pure rules: areas, statuses, the
 * indicators zhibu computes, and 完成时限. */
#ifndef ZHIBU_RULES_PLAN_H
#define ZHIBU_RULES_PLAN_H
#include <stdbool.h>

#include "core/date.h"

/* NULL-terminated, as stored. */
extern const char *const plan_areas[];
extern const char *const plan_statuses[];
/* The indicators an item may be bound to: its progress is computed. */
enum plan_indicator {
	PI_NEW_MEMBERS,      /* 接收预备党员: 入党日期 in the year */
	PI_FULL_MEMBERS,     /* 预备党员转正: 转正日期 in the year */
	PI_MEETING_FIRST,    /* then one per meeting kind held (not cancelled) */
};
/* The names: 接收预备党员, 预备党员转正, then the meeting kinds. */
int plan_indicator_parse(const char *s);
const char *plan_indicator_name(int indicator);
int plan_indicator_count(void);
bool plan_area_valid(const char *s);
/* 完成时限: a date, or a month (YYYY-MM, or M月 of year) meaning its last day. */
bool plan_due_parse(const char *text, int year, struct date *out, const char **why);
/* The adoption deadline of year's plan (setting plan.adopt_by, MM-DD; default 01-31). */
struct date plan_adopt_due(int year, const char *adopt_by);

#endif
