/* Votes of a 支部党员大会 or 支委会 (domain.md §3): the meeting is quorate
 * when more than half of the voting members who should attend are present;
 * a motion passes with more than half of the voting members who should
 * attend (not of those present).  Probationary members have no vote and are
 * not counted in either number. */
#ifndef ZHIBU_VOTE_H
#define ZHIBU_VOTE_H
#include <stdbool.h>

struct vote_count {
	int expected;   /* voting (full) members who should attend */
	int present;    /* voting members present */
	int yes, no, abstain;
};

struct vote_result {
	bool quorate;
	bool passed;
	const char *why; /* translated: why not quorate, not passed or not valid; NULL when passed */
};

struct vote_result vote_evaluate(const struct vote_count *c);

#endif
