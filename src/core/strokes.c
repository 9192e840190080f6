#include "core/strokes.h"

#include <string.h>

#include "core/text.h"

int strokes_of(uint32_t cp)
{
	if (cp < PINYIN_FIRST || cp > PINYIN_LAST)
		return 0;
	return strokes_table[cp - PINYIN_FIRST];
}

void strokes_sort_key(const char *name, char *out, size_t size)
{
	size_t len = strlen(name), n = 0;
	uint32_t cp;
	if (size == 0)
		return;
	out[0] = '\0';
	for (size_t i = 0, k; (k = utf8_decode(name + i, len - i, &cp)) > 0; i += k) {
		int s = strokes_of(cp);
		if (n + 2 + k >= size)
			break;
		if (s == 0 || s > 99)
			s = 99;
		out[n] = (char)('0' + s / 10);
		out[n + 1] = (char)('0' + s % 10);
		memcpy(out + n + 2, name + i, k);
		n += 2 + k;
		out[n] = '\0';
	}
}
