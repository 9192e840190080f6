/* Arrays that grow by doubling, as the lists filled row by row from the
 * database do. */
#ifndef ZHIBU_GROW_H
#define ZHIBU_GROW_H
#include <stddef.h>

/* Make room for one more element of size bytes in array, which holds count
 * of *cap: when it is full, *cap doubles (or becomes first when it is 0) and
 * the array is reallocated.  Aborts when memory runs out.  Returns the
 * array, moved or not:
 *     l->items = grow_array(l->items, l->count, &l->cap, 32, sizeof *l->items); */
void *grow_array(void *array, size_t count, size_t *cap, size_t first, size_t size);

/* Append s and its '\0' to the text of *len bytes in a buffer of *cap that
 * grows by doubling; returns the offset s was put at (offsets stay valid
 * when the buffer moves).  Aborts when memory runs out. */
size_t grow_text(char **text, size_t *len, size_t *cap, const char *s);

#endif
