/* 发展党员 as sheets and text: the pipeline report, the yearly registers,
 * a person's checklist, the 公示 and the items of `zhibu check`. */
#ifndef ZHIBU_REPORT_PIPELINE_H
#define ZHIBU_REPORT_PIPELINE_H
#include <stdbool.h>

#include "core/date.h"
#include "rules/pipeline.h"

struct db;
struct sheet;
struct candidate;
struct todo_list;

/* 姓名, 阶段, 下一步, 最早日期, 截止日期, 状态: everyone from 申请人 to 预备党员,
 * by stage, the most urgent first.  NULL on a database error. */
struct sheet *pipeline_sheet(struct db *db, struct date as_of);

/* The registers of domain.md §1, for one year. */
enum pipeline_register {
	REG_ACTIVISTS,    /* 入党积极分子名册: became 积极分子 that year */
	REG_TARGETS,      /* 发展对象名册: became 发展对象 that year */
	REG_NEW_MEMBERS,  /* 新党员名册: joined that year (入党日期, the roster) */
};
struct sheet *pipeline_register_sheet(struct db *db, enum pipeline_register kind, int year, bool full_id);

/* One person's 25 steps (the person page on paper). */
struct sheet *pipeline_checklist_sheet(struct db *db, const struct candidate *c, struct date as_of);

/* `zhibu check`: every deadline overdue or due within the window (类别 发展). */
bool pipeline_todo(struct db *db, struct todo_list *l);

#endif
