#include "rng.h"

#include <stddef.h>

void rng_seed(struct rng *r, uint64_t seed)
{
	r->state = seed;
}

uint64_t rng_next(struct rng *r)
{
	uint64_t z = (r->state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

int rng_range(struct rng *r, int lo, int hi)
{
	return lo + (int)(rng_next(r) % (uint64_t)(hi - lo + 1));
}

int rng_chance(struct rng *r, int percent)
{
	return rng_range(r, 1, 100) <= percent;
}

const char *rng_pick(struct rng *r, const char *const *list)
{
	size_t n = 0;
	while (list[n])
		n++;
	return list[rng_next(r) % n];
}
