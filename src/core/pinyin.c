#include "core/pinyin.h"

#include <ctype.h>
#include <string.h>

#include "core/text.h"

/* Surnames whose reading differs from the character's most common one. */
static const struct {
	uint32_t cp;
	const char *reading;
} surnames[] = {
	{ 0x66fe, "zeng" }, /* 曾 */
	{ 0x5355, "shan" }, /* 单 */
	{ 0x89e3, "xie" }, /* 解 */
	{ 0x4ec7, "qiu" }, /* 仇 */
	{ 0x533a, "ou" }, /* 区 */
	{ 0x67e5, "zha" }, /* 查 */
	{ 0x4e50, "yue" }, /* 乐 */
	{ 0x8983, "qin" }, /* 覃 */
	{ 0x7fdf, "zhai" }, /* 翟 */
	{ 0x79cd, "chong" }, /* 种 */
	{ 0x79d8, "bi" }, /* 秘 */
	{ 0x53ec, "shao" }, /* 召 */
	{ 0x7e41, "po" }, /* 繁 */
	{ 0x53e5, "gou" }, /* 句 */
	{ 0x8584, "bo" }, /* 薄 */
};

static const char *surname_reading(uint32_t cp)
{
	for (size_t i = 0; i < sizeof surnames / sizeof surnames[0]; i++)
		if (surnames[i].cp == cp)
			return surnames[i].reading;
	return NULL;
}

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
	const char *r = surname_reading(cp);
	return r ? r[0] : pinyin_initial(cp);
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

/* A name as units that have readings: a Chinese character (its readings,
 * the surname's first for the first character) or a run of Latin letters
 * (read as itself, lower case); anything else is left out. */
#define UNITS_MAX 24
#define READINGS_MAX 8
struct unit {
	const char *text; /* in the name */
	size_t len;
	int count;
	const char *reading[READINGS_MAX];
	size_t reading_len[READINGS_MAX];
};

static bool is_latin(uint32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

static void add_reading(struct unit *u, const char *r, size_t len)
{
	for (int i = 0; i < u->count; i++)
		if (u->reading_len[i] == len && !memcmp(u->reading[i], r, len))
			return;
	if (u->count < READINGS_MAX) {
		u->reading[u->count] = r;
		u->reading_len[u->count++] = len;
	}
}

static int name_units(const char *name, struct unit *units)
{
	size_t len = strlen(name);
	int n = 0;
	uint32_t cp;
	for (size_t i = 0, k; n < UNITS_MAX && (k = utf8_decode(name + i, len - i, &cp)) > 0; i += k) {
		struct unit *u = &units[n];
		u->text = name + i;
		u->count = 0;
		if (is_latin(cp)) {
			size_t j = i;
			while (j < len && is_latin((unsigned char)name[j]))
				j++;
			u->len = j - i;
			add_reading(u, name + i, j - i);
			k = j - i;
		} else if (cp >= PINYIN_FIRST && cp <= PINYIN_LAST) {
			u->len = k;
			const char *s = n == 0 ? surname_reading(cp) : NULL;
			if (s)
				add_reading(u, s, strlen(s));
			for (unsigned r = pinyin_reading_start[cp - PINYIN_FIRST];
			     r < pinyin_reading_start[cp - PINYIN_FIRST + 1]; r++)
				add_reading(u, pinyin_syllables[pinyin_reading_list[r]],
					    strlen(pinyin_syllables[pinyin_reading_list[r]]));
		}
		if (u->count > 0)
			n++;
	}
	return n;
}

/* Whether q (lower-case letters) spells units[from..] from their start: each
 * unit by one of its readings' first letters (all, or at least one), the
 * query perhaps ending inside a reading. */
static bool units_match(const struct unit *units, int n, int from, const char *q)
{
	if (!*q)
		return true;
	if (from == n)
		return false;
	const struct unit *u = &units[from];
	for (int r = 0; r < u->count; r++) {
		size_t common = 0;
		while (common < u->reading_len[r] && q[common] &&
		       tolower((unsigned char)u->reading[r][common]) == q[common])
			common++;
		if (common > 0 && !q[common])
			return true;
		for (size_t k = common; k > 0; k--)
			if (units_match(units, n, from + 1, q + k))
				return true;
	}
	return false;
}

/* Whether a reading of name's first unit begins with letter: most names of
 * a search fail here, before their units are built. */
static bool first_letter_fits(const char *name, char letter)
{
	uint32_t cp;
	size_t len = strlen(name);
	for (size_t i = 0, k; (k = utf8_decode(name + i, len - i, &cp)) > 0; i += k) {
		if (is_latin(cp))
			return (char)tolower((int)cp) == letter;
		if (cp < PINYIN_FIRST || cp > PINYIN_LAST)
			continue;
		unsigned at = cp - PINYIN_FIRST, end = pinyin_reading_start[at + 1];
		const char *s = surname_reading(cp);
		if (s && s[0] == letter)
			return true;
		for (unsigned r = pinyin_reading_start[at]; r < end; r++)
			if (pinyin_syllables[pinyin_reading_list[r]][0] == letter)
				return true;
		if (pinyin_reading_start[at] < end)
			return false;
	}
	return false;
}

bool pinyin_matches(const char *name, const char *letters)
{
	char q[64];
	size_t n = 0;
	for (const char *p = letters; *p; p++) {
		if (!isalpha((unsigned char)*p) || n + 1 >= sizeof q)
			return false;
		q[n++] = (char)tolower((unsigned char)*p);
	}
	q[n] = '\0';
	if (n == 0 || !first_letter_fits(name, q[0]))
		return false;
	struct unit units[UNITS_MAX];
	int count = name_units(name, units);
	return units_match(units, count, 0, q);
}

bool pinyin_name_matches(const char *name, const char *query)
{
	return !*query || strstr(name, query) || pinyin_matches(name, query);
}

void pinyin_sort_key(const char *name, char *out, size_t size)
{
	struct unit units[UNITS_MAX];
	int count = name_units(name, units);
	size_t n = 0;
	if (size == 0)
		return;
	for (int i = 0; i < count; i++) {
		const struct unit *u = &units[i];
		if (n + u->reading_len[0] + 1 + u->len >= size)
			break;
		for (size_t j = 0; j < u->reading_len[0]; j++)
			out[n++] = (char)tolower((unsigned char)u->reading[0][j]);
		out[n++] = '\x01';
		memcpy(out + n, u->text, u->len);
		n += u->len;
	}
	out[n] = '\0';
}
