#include "core/grow.h"

#include <stdlib.h>

void *grow_array(void *array, int count, int *cap, int first, size_t size)
{
	if (count < *cap)
		return array;
	*cap = *cap ? *cap * 2 : first;
	array = realloc(array, (size_t)*cap * size);
	if (!array)
		abort();
	return array;
}
