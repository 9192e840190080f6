/* A set of text keys, each with the line of a file where it was first seen:
 * how every importer catches a record listed twice. */
#ifndef ZHIBU_KEYSET_H
#define ZHIBU_KEYSET_H
#include <stddef.h>

struct keyset {
	char **keys;
	size_t *lines;
	size_t cap, count;
};

/* Returns the line where key was first seen, or 0 after adding it with line. */
size_t keyset_add(struct keyset *set, const char *key, size_t line);
void keyset_free(struct keyset *set);

#endif
