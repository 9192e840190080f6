/* FNV-1a, 64 bits: the fingerprints and cache keys that say whether a
 * file kept beside the database still belongs to it (not for security). */
#ifndef ZHIBU_HASH_H
#define ZHIBU_HASH_H
#include <stddef.h>
#include <stdint.h>

#define HASH_START 0xcbf29ce484222325ULL

/* h (HASH_START to begin) with the n bytes at p added. */
uint64_t hash_bytes(uint64_t h, const void *p, size_t n);

#endif
