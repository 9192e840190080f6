#include "core/grow.h"

#include <stdlib.h>
#include <string.h>

void *grow_array(void *array, size_t count, size_t *cap, size_t first, size_t size)
{
	if (count < *cap)
		return array;
	*cap = *cap ? *cap * 2 : first;
	array = realloc(array, *cap * size);
	if (!array)
		abort();
	return array;
}

size_t grow_text(char **text, size_t *len, size_t *cap, const char *s)
{
	size_t n = strlen(s) + 1, at = *len;
	if (*len + n > *cap) {
		*cap = (*len + n) * 2;
		*text = realloc(*text, *cap);
		if (!*text)
			abort();
	}
	memcpy(*text + at, s, n);
	*len += n;
	return at;
}
