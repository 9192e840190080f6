#include "core/grow.h"

#include <stdlib.h>

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
