/* 民主测评 of the branch committee by the members (records.md §C6) as pure
 * rules: the areas and their weights, ballots, averages and the result. */
#ifndef ZHIBU_RULES_REVIEW_H
#define ZHIBU_RULES_REVIEW_H
#include <stdbool.h>
#include <stddef.h>

#define REVIEW_MAX_AREAS 12
#define REVIEW_THRESHOLD_DEFAULT 80

struct review_areas {
	int n;
	char name[REVIEW_MAX_AREAS][64];
	int weight[REVIEW_MAX_AREAS];
};

/* The six areas of seed 003, equal weights (setting review.areas). */
extern const char review_areas_default[];
/* "领导班子建设、队伍建设:2, ..." (separated by 、 , ，; NAME or NAME:WEIGHT). */
bool review_areas_parse(const char *text, struct review_areas *out, const char **why);
/* Back to that form (weights shown only when not all 1). */
void review_areas_format(const struct review_areas *a, char *out, size_t size);
int review_area_index(const struct review_areas *a, const char *name);

/* A score as typed: an integer 0–100.  Empty is not a score (the ballot is invalid). */
bool review_score_parse(const char *text, int *score, const char **why);

/* The average of sum over n, ×100 rounded half up (7867 = 78.67); 0 when n is 0. */
long long review_average100(long long sum, long long n);
/* The weighted overall average ×100 from each area's sum and count. */
long long review_overall100(const struct review_areas *a, const long long sum[], const long long n[]);
/* "78.67" */
void review_format100(long long v, char *out, size_t size);
/* The result sentence: below the threshold prints "按规定由上级党委谈话". */
const char *review_result(long long overall100, int threshold, bool any_valid);

#endif
