/* 民主评议党员 in the database: one grade per member and year.  Probationary
 * members take part but are not graded; the year's 优秀 may be at most a
 * third of those graded (grade_tally_check). */
#ifndef ZHIBU_EVALUATION_H
#define ZHIBU_EVALUATION_H
#include <stdbool.h>

#include "rules/meetings.h"
#include "rules/minute.h"

struct db;

struct evaluation {
	int year;
	long long member_id;
	char name[MINUTE_NAME_SIZE];
	char group[MINUTE_NAME_SIZE];
	enum grade grade;
	char note[256];
};

/* 1 when the member can be graded for year; 0 when not, with db_error
 * saying why (not yet a member, or probationary at the end of that year);
 * -1 on a database error. */
int evaluation_can_grade(struct db *db, int year, long long member_id);
/* Record (or correct) a member's grade for a year.  Refused, with db_error
 * saying why, for someone who was not yet a member or was probationary at
 * the end of that year. */
bool evaluation_set(struct db *db, int year, long long member_id, enum grade g, const char *note);
bool evaluation_tally(struct db *db, int year, struct grade_tally *out);
typedef void evaluation_fn(void *ctx, const struct evaluation *e);
/* The year's grades in roster order. */
bool evaluation_each(struct db *db, int year, evaluation_fn *fn, void *ctx);

#endif
