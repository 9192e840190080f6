#include "rules/talks.h"

#include <stdlib.h>
#include <string.h>

static long find(const long long *ids, size_t n, long long id)
{
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id)
			return (long)i;
	return -1;
}

/* Member id -> index in members, by binary search on a sorted copy. */
struct slot {
	long long id;
	size_t index;
};

static int by_slot(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static long member_index(const struct slot *s, size_t n, long long id)
{
	struct slot key = { id, 0 };
	const struct slot *f = bsearch(&key, s, n, sizeof *s, by_slot);
	return f ? (long)f->index : -1;
}

void talks_coverage_count(struct talks_coverage *c, const struct talk_party *p, size_t n)
{
	size_t k = c->ncommittee;
	c->pairs = calloc(k * k + 1, sizeof *c->pairs);
	c->member_talks = calloc(c->nmembers + 1, sizeof *c->member_talks);
	struct slot *slots = malloc((c->nmembers + 1) * sizeof *slots);
	long long *counted = calloc(c->nmembers + 1, sizeof *counted); /* the last talk counted */
	if (!c->pairs || !c->member_talks || !slots || !counted)
		abort();
	for (size_t i = 0; i < c->nmembers; i++)
		slots[i] = (struct slot){ c->members[i], i };
	qsort(slots, c->nmembers, sizeof *slots, by_slot);
	size_t np = c->people ? c->npeople : 0;
	struct slot *people = NULL;
	if (c->people) {
		c->people_bits = calloc(np * np / 64 + 1, sizeof *c->people_bits);
		people = malloc((np + 1) * sizeof *people);
		if (!c->people_bits || !people)
			abort();
		for (size_t i = 0; i < np; i++)
			people[i] = (struct slot){ c->people[i], i };
		qsort(people, np, sizeof *people, by_slot);
	}
	for (size_t a = 0; a < n;) {
		size_t b = a;
		while (b < n && p[b].talk_id == p[a].talk_id)
			b++;
		/* Every two people of the talk, one of them the talker. */
		for (size_t i = a; i < b; i++)
			for (size_t j = a; j < b; j++) {
				if (i == j || !p[i].talker || (p[j].talker && j < i))
					continue;
				if (people) {
					long pi = member_index(people, np, p[i].member_id);
					long pj = member_index(people, np, p[j].member_id);
					if (pi >= 0 && pj >= 0) {
						size_t bit = (size_t)(pi < pj ? pi : pj) * np + (size_t)(pi < pj ? pj : pi);
						c->people_bits[bit / 64] |= UINT64_C(1) << (bit % 64);
					}
				}
				long ci = find(c->committee, k, p[i].member_id);
				long cj = find(c->committee, k, p[j].member_id);
				if (ci >= 0 && cj >= 0) {
					long lo = ci < cj ? ci : cj, hi = ci < cj ? cj : ci;
					c->pairs[lo * (long)k + hi]++;
					continue;
				}
				/* A member and a committee member (or the secretary). */
				long cm = ci >= 0 ? ci : cj;
				long long other = ci >= 0 ? p[j].member_id : p[i].member_id;
				if (cm < 0 || (c->with_secretary && !c->secretary[cm]))
					continue;
				long mi = member_index(slots, c->nmembers, other);
				if (mi >= 0 && counted[mi] != p[a].talk_id) {
					counted[mi] = p[a].talk_id;
					c->member_talks[mi]++;
				}
			}
		a = b;
	}
	free(people);
	free(counted);
	free(slots);
}

void talks_coverage_done(struct talks_coverage *c)
{
	free(c->pairs);
	free(c->member_talks);
	free(c->people_bits);
	c->pairs = c->member_talks = NULL;
	c->people_bits = NULL;
}

size_t talks_missing_pairs(const struct talks_coverage *c)
{
	size_t missing = 0, k = c->ncommittee;
	for (size_t i = 0; i < k; i++)
		for (size_t j = i + 1; j < k; j++)
			missing += !c->pairs[i * k + j];
	return missing;
}

size_t talks_missing_members(const struct talks_coverage *c)
{
	size_t missing = 0;
	for (size_t i = 0; i < c->nmembers; i++)
		missing += !c->member_talks[i];
	return missing;
}

bool talks_people_talked(const struct talks_coverage *c, size_t i, size_t j)
{
	size_t lo = i < j ? i : j, hi = i < j ? j : i, bit = lo * c->npeople + hi;
	return c->people_bits && c->people_bits[bit / 64] >> (bit % 64) & 1;
}

size_t talks_missing_people_pairs(const struct talks_coverage *c)
{
	size_t missing = 0;
	for (size_t i = 0; c->people_bits && i < c->npeople; i++)
		for (size_t j = i + 1; j < c->npeople; j++)
			missing += !talks_people_talked(c, i, j);
	return missing;
}
