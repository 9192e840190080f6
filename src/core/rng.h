/* A small reproducible random number generator (splitmix64) for the demo
 * data and tests: the same seed gives the same branch on every machine. */
#ifndef ZHIBU_RNG_H
#define ZHIBU_RNG_H
#include <stdint.h>

struct rng {
	uint64_t state;
};

void rng_seed(struct rng *r, uint64_t seed);
uint64_t rng_next(struct rng *r);
/* Uniform in [lo, hi]. */
int rng_range(struct rng *r, int lo, int hi);
/* True with probability percent/100. */
int rng_chance(struct rng *r, int percent);
/* An element of a NULL-terminated list. */
const char *rng_pick(struct rng *r, const char *const *list);

#endif
