#include "core/pinyin.h"

#include <ctype.h>
#include <string.h>

#include "core/text.h"

/* Surnames whose reading differs from the character's most common one. */
static const struct {
	uint32_t cp;
	char initial;
} surnames[] = {
	{ 0x66fe, 'z' }, /* 曾 zeng */
	{ 0x5355, 's' }, /* 单 shan */
	{ 0x89e3, 'x' }, /* 解 xie */
	{ 0x4ec7, 'q' }, /* 仇 qiu */
	{ 0x533a, 'o' }, /* 区 ou */
	{ 0x67e5, 'z' }, /* 查 zha */
	{ 0x4e50, 'y' }, /* 乐 yue */
	{ 0x8983, 'q' }, /* 覃 qin */
	{ 0x7fdf, 'z' }, /* 翟 zhai */
	{ 0x79cd, 'c' }, /* 种 chong */
	{ 0x79d8, 'b' }, /* 秘 bi */
	{ 0x53ec, 's' }, /* 召 shao */
	{ 0x7e41, 'p' }, /* 繁 po */
	{ 0x53e5, 'g' }, /* 句 gou */
	{ 0x8584, 'b' }, /* 薄 bo */
};

char pinyin_initial(uint32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return (char)(cp - 'A' + 'a');
	if (cp >= 'a' && cp <= 'z')
		return (char)cp;
	if (cp < PINYIN_FIRST || cp > PINYIN_LAST)
		return 0;
	char c = pinyin_initial_table[cp - PINYIN_FIRST];
	return c >= 'a' && c <= 'z' ? c : 0;
}

static char surname_initial(uint32_t cp)
{
	for (size_t i = 0; i < sizeof surnames / sizeof surnames[0]; i++)
		if (surnames[i].cp == cp)
			return surnames[i].initial;
	return pinyin_initial(cp);
}

void pinyin_initials(const char *name, char *out, size_t size)
{
	size_t len = strlen(name), n = 0;
	bool first = true, in_latin = false;
	uint32_t cp;
	if (size == 0)
		return;
	for (size_t i = 0, k; (k = utf8_decode(name + i, len - i, &cp)) > 0; i += k) {
		bool latin = (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
		char c = 0;
		if (latin && !in_latin)
			c = pinyin_initial(cp);
		else if (!latin)
			c = first ? surname_initial(cp) : pinyin_initial(cp);
		in_latin = latin;
		if (c) {
			first = false;
			if (n + 1 < size)
				out[n++] = c;
		}
	}
	out[n] = '\0';
}

bool pinyin_name_matches(const char *name, const char *query)
{
	if (!*query || strstr(name, query))
		return true;
	char initials[64], q[64];
	size_t n = 0;
	for (const char *p = query; *p && n + 1 < sizeof q; p++) {
		if (!isalpha((unsigned char)*p))
			return false;
		q[n++] = (char)tolower((unsigned char)*p);
	}
	q[n] = '\0';
	pinyin_initials(name, initials, sizeof initials);
	return n > 0 && !strncmp(initials, q, n);
}
