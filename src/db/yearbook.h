/* The records the 述职数据表 (report/yearbook.c) reads that no other part
 * lists the way it needs: members by what happened to them in a period, and
 * the meetings of a period with their attendance and tags. */
#ifndef ZHIBU_DB_YEARBOOK_H
#define ZHIBU_DB_YEARBOOK_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct db;

enum yearbook_members {
	YBM_ON_ROSTER,   /* on the roster at `to`; kind is the kind on that day */
	YBM_JOINED,      /* 入党日期 from..to */
	YBM_MADE_FULL,   /* 转正日期 from..to */
	YBM_AWAY,        /* 流动, 失联, 停止党籍 at `to` */
};

struct yearbook_member {
	long long id;
	char name[96];
	char kind[8];
	char date[DATE_ISO_SIZE];   /* 入党日期, 转正日期 or the status date */
	char status[16];
};
typedef void yearbook_member_fn(void *ctx, const struct yearbook_member *m);
bool yearbook_members_each(struct db *db, enum yearbook_members set, const char *from, const char *to,
			   yearbook_member_fn *fn, void *ctx);

/* The candidates who reached pipeline step `step` (1 递交入党申请书, 3 确定入党
 * 积极分子, 7 确定发展对象, 15 支部党员大会讨论表决, 23 讨论转正) from..to, by
 * date: id is the candidate (发展#id), date the step's. */
bool yearbook_steps_each(struct db *db, int step, const char *from, const char *to, yearbook_member_fn *fn,
			 void *ctx);

struct yearbook_meeting {
	long long id;
	char kind[32];
	char date[DATE_ISO_SIZE];
	char title[128];
	bool cancelled, timed, has_decisions;
	bool topic;                 /* tagged 党建工作专题 */
	bool secretary_speaks;      /* 党课 given by the 书记 of that day */
	int expected, present;      /* attendance rows */
};
typedef void yearbook_meeting_fn(void *ctx, const struct yearbook_meeting *m);
/* Meetings dated from..to, by date. */
bool yearbook_meetings_each(struct db *db, const char *from, const char *to, yearbook_meeting_fn *fn, void *ctx);
/* Meetings of kind tagged tag, not cancelled, dated from..to. */
bool meeting_tagged_count(struct db *db, const char *kind, const char *tag, const char *from, const char *to,
			  long long *n);
/* The kind of meeting id: 1 found, 0 no such meeting, -1 error. */
int meeting_kind_of(struct db *db, long long id, char *kind, size_t size);

#endif
