/* Pledges (承诺#id: 承诺践诺 with their evaluations, 一诺双评) and posts
 * (党员先锋岗, 示范岗, 责任区: who, where, from, to), records.md C7. */
#ifndef ZHIBU_DB_PLEDGE_H
#define ZHIBU_DB_PLEDGE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct db;

enum pledge_kind { PK_POST, PK_SERVICE, PK_INTEGRITY, PK_EXCEL, PK_LETTER, PK_COUNT };
/* 岗位承诺, 服务承诺, 廉洁承诺, 争先创优, 责任书 (stored so), NULL-terminated. */
extern const char *const pledge_kind_names[PK_COUNT + 1];
/* 自评, 群众评议, 组织评议 and 好, 较好, 一般, 差. */
extern const char *const pledge_evaluators[];
extern const char *const pledge_grades[];
/* 党员先锋岗, 党员示范岗, 党员责任区. */
extern const char *const post_kind_names[];
/* The index of s in a NULL-terminated list, or -1. */
int pledge_name_index(const char *const *list, const char *s);

struct pledge {
	long long id, member_id;
	int year;
	enum pledge_kind kind;
	char content[1024];
	char fulfilment[1024];            /* 践诺情况 */
	char fulfilled_on[DATE_ISO_SIZE]; /* "" while not 已践诺 */
};

bool pledge_insert(struct db *db, struct pledge *p);
long long pledge_find_same(struct db *db, const struct pledge *p);
/* Record an evaluation of a valid pledge. */
bool pledge_evaluate(struct db *db, long long id, const char *evaluator, const char *grade, const char *date,
		     const char *note);

struct pledge_row {
	long long id;
	const char *name, *kind, *content, *fulfilment, *fulfilled_on, *evaluations; /* valid during the call */
	int year;
};
typedef void pledge_row_fn(void *ctx, const struct pledge_row *r);
/* The valid pledges of years from..to, by year and roster order; with
 * open_only, only those not yet 已践诺. */
bool pledges_each(struct db *db, int from, int to, bool open_only, pledge_row_fn *fn, void *ctx);

/* A member's valid pledges of a year, and how many are 已践诺. */
bool pledge_count_member(struct db *db, long long member_id, int year, int *pledges, int *fulfilled);

struct post {
	long long id, member_id;
	int kind;
	char place[256];
	char start[DATE_ISO_SIZE], end[DATE_ISO_SIZE]; /* end "" while it lasts */
};
bool post_insert(struct db *db, struct post *p);
struct post_row {
	long long id;
	const char *kind, *place, *name, *start, *end;
};
typedef void post_row_fn(void *ctx, const struct post_row *r);
/* The valid posts that last into the days from..to (ISO). */
bool posts_each(struct db *db, const char *from, const char *to, post_row_fn *fn, void *ctx);

#endif
