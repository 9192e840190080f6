/* 民主测评 of the branch committee: the review, its anonymous ballots (or
 * totals counted on paper).  Rules in rules/review.h. */
#ifndef ZHIBU_DB_REVIEW_H
#define ZHIBU_DB_REVIEW_H
#include <stdbool.h>

#include "core/date.h"
#include "rules/review.h"

struct db;

struct review {
	long long id;                    /* 测评#id */
	int year;
	char held_on[DATE_ISO_SIZE];
	int expected, returned;
	char areas[512];                 /* the areas at the time (rules/review.h form) */
	int threshold;
	char reported_on[DATE_ISO_SIZE];
	long long fed_back_meeting_id;
	char status[16];
};

bool review_add(struct db *db, const struct review *r, long long *id);
bool review_get(struct db *db, long long id, struct review *out);
/* The year's review (the latest not voided): 1 found, 0 not, -1 error. */
int review_of_year(struct db *db, int year, struct review *out);
bool review_set_reported(struct db *db, long long id, const char *on);
bool review_set_fed_back(struct db *db, long long id, long long meeting_id);
bool review_void(struct db *db, long long id, const char *reason);
typedef void review_fn(void *ctx, const struct review *r);
bool reviews_each(struct db *db, review_fn *fn, void *ctx);

/* Ballots and totals so far. */
bool review_counts(struct db *db, long long id, long long *ballots, long long *totals);
/* One ballot: scores[i] for area i, -1 when left empty (then it is invalid). */
bool review_ballot_add(struct db *db, long long review_id, const char *seq, const int *scores, int nareas);
/* 1 when the review has a ballot of that 票号, 0 not, -1 error. */
int review_ballot_exists(struct db *db, long long review_id, const char *seq);
bool review_total_add(struct db *db, long long review_id, int area, long long total, long long n);
/* Per area the sum and count of valid scores, and the valid and invalid
 * ballots (from totals: valid is the largest count, invalid returned − valid). */
struct review_tally {
	long long sum[REVIEW_MAX_AREAS], n[REVIEW_MAX_AREAS];
	long long valid, invalid;
	bool from_totals;
};
bool review_tally(struct db *db, const struct review *r, int nareas, struct review_tally *t);

#endif
