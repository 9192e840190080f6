/* 谈心谈话 coverage (支部工作条例 §19, records.md C10) as a pure rule: every
 * pair of committee members has talked in the year, and every other member
 * has talked with a committee member (or with the secretary, by setting).
 * Two people have talked when both took part in one talk and at least one
 * of them was the one who talked (谈话人). */
#ifndef ZHIBU_RULES_TALKS_H
#define ZHIBU_RULES_TALKS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One person in one talk. */
struct talk_party {
	long long talk_id;
	long long member_id;
	bool talker;            /* 谈话人, else 谈话对象 */
};

struct talks_coverage {
	/* In: the committee (held a role in the year), the secretaries among
	 * them, and the other members on the roster. */
	const long long *committee;
	size_t ncommittee;
	const bool *secretary;      /* per committee member */
	const long long *members;
	size_t nmembers;
	bool with_secretary;        /* talks.member_with = 书记 */
	/* Out: talks between committee members i and j (pairs[i * n + j], i < j),
	 * and each member's talks with the committee (or the secretary). */
	int *pairs;
	int *member_talks;
	/* Optional (talks.member_pairs): everyone on the roster, every two of
	 * whom should talk; NULL for none.  Out: one bit a pair, see
	 * talks_people_talked. */
	const long long *people;
	size_t npeople;
	uint64_t *people_bits;
};

/* More people than this and the pairs of members are not counted: the
 * setting is meant for small branches (200 people: 19,900 pairs, 5 KB). */
#define TALKS_PEOPLE_MAX 200

/* Count from the parties of the year's talks, grouped by talk (parties of
 * one talk next to each other).  Allocates the out arrays (free with
 * talks_coverage_done). */
void talks_coverage_count(struct talks_coverage *c, const struct talk_party *p, size_t n);
void talks_coverage_done(struct talks_coverage *c);
/* Pairs and members still missing. */
size_t talks_missing_pairs(const struct talks_coverage *c);
size_t talks_missing_members(const struct talks_coverage *c);
/* Whether people i and j (indexes in people) have talked; the pairs of
 * people still missing (0 without people). */
bool talks_people_talked(const struct talks_coverage *c, size_t i, size_t j);
size_t talks_missing_people_pairs(const struct talks_coverage *c);

#endif
