#include "keyset.h"

#include <stdlib.h>
#include <string.h>

static size_t key_hash(const char *s)
{
	size_t h = 1469598103934665603u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static size_t slot_of(const struct keyset *set, const char *key)
{
	size_t i = key_hash(key) & (set->cap - 1);
	while (set->keys[i] && strcmp(set->keys[i], key) != 0)
		i = (i + 1) & (set->cap - 1);
	return i;
}

static void grow(struct keyset *set)
{
	struct keyset bigger = { 0 };
	bigger.cap = set->cap ? set->cap * 2 : 256;
	bigger.keys = calloc(bigger.cap, sizeof *bigger.keys);
	bigger.lines = calloc(bigger.cap, sizeof *bigger.lines);
	if (!bigger.keys || !bigger.lines)
		abort();
	for (size_t i = 0; i < set->cap; i++) {
		if (set->keys[i]) {
			size_t j = slot_of(&bigger, set->keys[i]);
			bigger.keys[j] = set->keys[i];
			bigger.lines[j] = set->lines[i];
		}
	}
	bigger.count = set->count;
	free(set->keys);
	free(set->lines);
	*set = bigger;
}

size_t keyset_add(struct keyset *set, const char *key, size_t line)
{
	if (set->count * 2 >= set->cap)
		grow(set);
	size_t i = slot_of(set, key);
	if (set->keys[i])
		return set->lines[i];
	set->keys[i] = strdup(key);
	if (!set->keys[i])
		abort();
	set->lines[i] = line;
	set->count++;
	return 0;
}

void keyset_free(struct keyset *set)
{
	for (size_t i = 0; i < set->cap; i++)
		free(set->keys[i]);
	free(set->keys);
	free(set->lines);
	memset(set, 0, sizeof *set);
}
