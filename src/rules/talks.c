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
	for (size_t a = 0; a < n;) {
		size_t b = a;
		while (b < n && p[b].talk_id == p[a].talk_id)
			b++;
		/* Every two people of the talk, one of them the talker. */
		for (size_t i = a; i < b; i++)
			for (size_t j = a; j < b; j++) {
				if (i == j || !p[i].talker || (p[j].talker && j < i))
					continue;
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
	free(counted);
	free(slots);
}

void talks_coverage_done(struct talks_coverage *c)
{
	free(c->pairs);
	free(c->member_talks);
	c->pairs = c->member_talks = NULL;
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
