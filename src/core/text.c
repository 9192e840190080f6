#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	if (len == 0 || u[0] == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	size_t n;
	uint32_t c, min;
	if ((u[0] & 0xe0) == 0xc0) {
		n = 2; c = u[0] & 0x1f; min = 0x80;
	} else if ((u[0] & 0xf0) == 0xe0) {
		n = 3; c = u[0] & 0x0f; min = 0x800;
	} else if ((u[0] & 0xf8) == 0xf0) {
		n = 4; c = u[0] & 0x07; min = 0x10000;
	} else {
		*cp = 0xfffd;
		return 1;
	}
	if (len < n) {
		*cp = 0xfffd;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80) {
			*cp = 0xfffd;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
		*cp = 0xfffd;
		return 1;
	}
	*cp = c;
	return n;
}

size_t utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xc0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xe0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
	o[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

bool utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		if (s[i] == 0) { /* NUL is valid UTF-8 but never valid text here */
			if (bad_offset)
				*bad_offset = i;
			return false;
		}
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (cp == 0xfffd && n == 1 && (unsigned char)s[i] >= 0x80) {
			if (bad_offset)
				*bad_offset = i;
			return false;
		}
		i += n;
	}
	return true;
}

size_t utf8_chars(const char *s)
{
	size_t n = 0, len = strlen(s);
	uint32_t cp;
	for (size_t i = 0, k; (k = utf8_decode(s + i, len - i, &cp)) > 0; i += k)
		n++;
	return n;
}

/* East Asian Wide and Fullwidth ranges (Unicode 15), plus emoji
 * presentation blocks that terminals draw two columns wide. */
static const uint32_t wide[][2] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
	{ 0x23e9, 0x23ec }, { 0x23f0, 0x23f0 }, { 0x23f3, 0x23f3 },
	{ 0x25fd, 0x25fe }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
	{ 0x267f, 0x267f }, { 0x2693, 0x2693 }, { 0x26a1, 0x26a1 },
	{ 0x26aa, 0x26ab }, { 0x26bd, 0x26be }, { 0x26c4, 0x26c5 },
	{ 0x26ce, 0x26ce }, { 0x26d4, 0x26d4 }, { 0x26ea, 0x26ea },
	{ 0x26f2, 0x26f3 }, { 0x26f5, 0x26f5 }, { 0x26fa, 0x26fa },
	{ 0x26fd, 0x26fd }, { 0x2705, 0x2705 }, { 0x270a, 0x270b },
	{ 0x2728, 0x2728 }, { 0x274c, 0x274c }, { 0x274e, 0x274e },
	{ 0x2753, 0x2755 }, { 0x2757, 0x2757 }, { 0x2795, 0x2797 },
	{ 0x27b0, 0x27b0 }, { 0x27bf, 0x27bf }, { 0x2b1b, 0x2b1c },
	{ 0x2b50, 0x2b50 }, { 0x2b55, 0x2b55 }, { 0x2e80, 0x303e },
	{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xa000, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 },
	{ 0xf900, 0xfaff }, { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f },
	{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x16fe0, 0x16fe4 },
	{ 0x17000, 0x18cff }, { 0x1b000, 0x1b2ff }, { 0x1f004, 0x1f004 },
	{ 0x1f0cf, 0x1f0cf }, { 0x1f18e, 0x1f18e }, { 0x1f191, 0x1f19a },
	{ 0x1f200, 0x1f251 }, { 0x1f300, 0x1f64f }, { 0x1f680, 0x1f6ff },
	{ 0x1f900, 0x1f9ff }, { 0x20000, 0x2fffd }, { 0x30000, 0x3fffd },
};

int text_char_width(uint32_t cp)
{
	if (cp == 0 || cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 0;
	if ((cp >= 0x300 && cp <= 0x36f) || cp == 0x200b || cp == 0x200d ||
	    (cp >= 0xfe00 && cp <= 0xfe0f))
		return 0;
	if (cp < 0x1100)
		return 1;
	size_t lo = 0, hi = sizeof wide / sizeof wide[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cp < wide[mid][0])
			hi = mid;
		else if (cp > wide[mid][1])
			lo = mid + 1;
		else
			return 2;
	}
	return 1;
}

size_t utf8_prev(const char *s, size_t at)
{
	if (at == 0)
		return 0;
	at--;
	while (at > 0 && ((unsigned char)s[at] & 0xc0) == 0x80)
		at--;
	return at;
}

/* A combining mark: a character of no width that is not a control. */
static bool is_mark(uint32_t cp)
{
	return cp >= 0x20 && text_char_width(cp) == 0;
}

size_t text_skip_marks(const char *s, size_t len, size_t at)
{
	uint32_t cp;
	size_t k;
	while (at < len && (k = utf8_decode(s + at, len - at, &cp)) > 0 && is_mark(cp))
		at += k;
	return at;
}

size_t text_next_cluster(const char *s, size_t len, size_t at)
{
	uint32_t cp;
	size_t k = utf8_decode(s + at, len - at, &cp);
	if (k == 0)
		return at;
	return text_skip_marks(s, len, at + k);
}

size_t text_prev_cluster(const char *s, size_t len, size_t at)
{
	uint32_t cp;
	while (at > 0) {
		at = utf8_prev(s, at);
		utf8_decode(s + at, len - at, &cp);
		if (!is_mark(cp))
			break;
	}
	return at;
}

int text_width(const char *s)
{
	int w = 0;
	size_t len = strlen(s);
	uint32_t cp;
	for (size_t i = 0, k; (k = utf8_decode(s + i, len - i, &cp)) > 0; i += k)
		w += text_char_width(cp);
	return w;
}

static const char ellipsis[] = "\xe2\x80\xa6"; /* U+2026, one column */

int text_fit(char *dst, size_t dst_size, const char *s, int width)
{
	size_t len = strlen(s), out = 0;
	int w = 0;
	uint32_t cp;
	if (dst_size == 0)
		return 0;
	if (text_width(s) <= width && len < dst_size) {
		memcpy(dst, s, len + 1);
		return text_width(s);
	}
	/* Leave one column for the mark that says the text was cut. */
	for (size_t i = 0, k; width > 0 && (k = utf8_decode(s + i, len - i, &cp)) > 0; i += k) {
		int cw = text_char_width(cp);
		if (w + cw > width - 1 || out + k + sizeof ellipsis > dst_size)
			break;
		memcpy(dst + out, s + i, k);
		out += k;
		w += cw;
	}
	if (width > 0 && out + sizeof ellipsis <= dst_size) {
		memcpy(dst + out, ellipsis, sizeof ellipsis - 1);
		out += sizeof ellipsis - 1;
		w += 1;
	}
	dst[out] = '\0';
	return w;
}

/* A character of a word, number, date or command: not to be cut inside. */
static bool word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       c == '-' || c == ':' || c == '.' || c == '/' || c == '_' || c == '%';
}

int text_fit_words(char *dst, size_t dst_size, const char *s, int width)
{
	int w = text_fit(dst, dst_size, s, width);
	size_t out = strlen(dst), keep;
	if (out < sizeof ellipsis - 1 || strcmp(dst + out - (sizeof ellipsis - 1), ellipsis) ||
	    !strcmp(dst, s))
		return w;
	keep = out - (sizeof ellipsis - 1);
	/* Inside a word, number or date: cut before it, while at least half of
	 * the width is kept. */
	size_t cut = keep;
	if (cut > 0 && word_byte((unsigned char)s[cut]) && word_byte((unsigned char)s[cut - 1])) {
		while (cut > 0 && word_byte((unsigned char)s[cut - 1]))
			cut--;
		char head[1024];
		if (cut < sizeof head) {
			memcpy(head, s, cut);
			head[cut] = '\0';
			if (text_width(head) * 2 < width)
				cut = keep;
		}
	}
	/* No space or opening bracket just before the mark. */
	for (;;) {
		if (cut > 0 && s[cut - 1] == ' ')
			cut--;
		else if (cut >= 3 && (!memcmp(s + cut - 3, "（", 3) || !memcmp(s + cut - 3, "“", 3) ||
				      !memcmp(s + cut - 3, "《", 3)))
			cut -= 3;
		else if (cut > 0 && (s[cut - 1] == '(' || s[cut - 1] == '"'))
			cut--;
		else
			break;
	}
	if (cut == keep || cut == 0)
		return w;
	memcpy(dst + cut, ellipsis, sizeof ellipsis);
	return text_width(dst);
}

const char *text_skip(const char *s, int cols, int *pad)
{
	size_t len = strlen(s), i = 0, k;
	uint32_t cp;
	int w = 0;
	*pad = 0;
	while (w < cols && (k = utf8_decode(s + i, len - i, &cp)) > 0) {
		w += text_char_width(cp);
		i += k;
	}
	if (w > cols)
		*pad = w - cols;
	return s + i;
}

int text_pad(char *dst, size_t dst_size, const char *s, int width, bool right)
{
	char fitted[1024];
	int w = text_fit(fitted, sizeof fitted, s, width);
	size_t flen = strlen(fitted), pad = (size_t)(width - w);
	if (flen + pad + 1 > dst_size)
		return text_fit(dst, dst_size, s, width);
	if (right) {
		memset(dst, ' ', pad);
		memcpy(dst + pad, fitted, flen + 1);
	} else {
		memcpy(dst, fitted, flen);
		memset(dst + flen, ' ', pad);
		dst[flen + pad] = '\0';
	}
	return width;
}

static bool is_space_at(const char *s, size_t *n)
{
	unsigned char c = (unsigned char)*s;
	if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
		*n = 1;
		return true;
	}
	if (strncmp(s, "\xe3\x80\x80", 3) == 0) { /* U+3000 ideographic space (strncmp: s may end sooner) */
		*n = 3;
		return true;
	}
	return false;
}

char *text_trim(char *s)
{
	size_t n, start = 0, len = strlen(s);
	while (start < len && is_space_at(s + start, &n))
		start += n;
	size_t end = len;
	for (;;) {
		if (end > start && strchr(" \t\r\n\v\f", s[end - 1])) {
			end--;
		} else if (end >= start + 3 && memcmp(s + end - 3, "\xe3\x80\x80", 3) == 0) {
			end -= 3;
		} else {
			break;
		}
	}
	memmove(s, s + start, end - start);
	s[end - start] = '\0';
	return s;
}

bool text_copy(char *dst, size_t dst_size, const char *src)
{
	size_t len = strlen(src);
	if (len < dst_size) {
		memcpy(dst, src, len + 1);
		return true;
	}
	size_t cut = dst_size - 1;
	while (cut > 0 && ((unsigned char)src[cut] & 0xc0) == 0x80)
		cut--;
	memcpy(dst, src, cut);
	dst[cut] = '\0';
	return false;
}

bool text_blank(const char *s)
{
	size_t n;
	while (*s) {
		if (!is_space_at(s, &n))
			return false;
		s += n;
	}
	return true;
}

/* Part of a date, a time or a number (2026-05-22, 14:30, 1,234.50, 95%),
 * or of a Latin word: a line does not break inside one. */
static bool wrap_word_byte(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       c == '-' || c == '.' || c == ':' || c == '/' || c == '%' || c == ',';
}

/* Closing punctuation that does not begin a line (，。、；：！？）》」』”). */
static bool wrap_no_start(uint32_t cp)
{
	static const uint32_t closing[] = { 0xff0c, 0x3002, 0x3001, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0xff09,
					    0x300b, 0x300d, 0x300f, 0x201d, 0x3011 };
	for (size_t j = 0; j < sizeof closing / sizeof closing[0]; j++)
		if (cp == closing[j])
			return true;
	return false;
}

/* A break forced at i (no space to break at): not inside a date or a
 * number, and not before closing punctuation, when the line keeps
 * something. */
static size_t char_before(const char *s, size_t b)
{
	size_t q = b - 1;
	while (q > 0 && ((unsigned char)s[q] & 0xc0) == 0x80)
		q--;
	return q;
}

static size_t wrap_forced(const char *s, size_t i)
{
	size_t b = i, q;
	if (wrap_word_byte(s[b]) && wrap_word_byte(s[b - 1])) {
		size_t r = b;
		while (r > 0 && wrap_word_byte(s[r - 1]))
			r--;
		if (r > 0)
			b = r;
	}
	uint32_t cp;
	if (utf8_decode(s + b, strlen(s + b), &cp) > 0 && wrap_no_start(cp) && (q = char_before(s, b)) > 0)
		b = q;
	/* nor end with an opening one (（《「『“【) */
	q = char_before(s, b);
	if (q > 0 && utf8_decode(s + q, b - q, &cp) > 0 &&
	    (cp == 0xff08 || cp == 0x300a || cp == 0x300c || cp == 0x300e || cp == 0x201c || cp == 0x3010))
		b = q;
	return b;
}

size_t text_wrap(const char *s, int width, size_t *next)
{
	size_t len = strlen(s), i = 0, space = 0, k;
	int w = 0;
	uint32_t cp;
	bool have_space = false; /* a space in the second half of the line */
	if (len == 0) {
		*next = 0;
		return 0;
	}
	while ((k = utf8_decode(s + i, len - i, &cp)) > 0) {
		if (cp == '\n') {
			*next = i + 1;
			return i;
		}
		int cw = text_char_width(cp);
		if (w + cw > width && i > 0) {
			if (cp == ' ') {
				*next = i + 1;
				return i;
			}
			if (have_space && space > 0) {
				*next = space + 1;
				return space;
			}
			*next = wrap_forced(s, i);
			return *next;
		}
		if (cp == ' ' && w >= width / 2) {
			have_space = true;
			space = i;
		}
		w += cw;
		i += k;
	}
	*next = len;
	return len;
}

void text_halfwidth(char *s)
{
	size_t len = strlen(s), out = 0;
	uint32_t cp;
	for (size_t i = 0, k; (k = utf8_decode(s + i, len - i, &cp)) > 0; i += k) {
		if (cp >= 0xff01 && cp <= 0xff5e)
			s[out++] = (char)(cp - 0xff01 + '!');
		else if (cp == 0x3000)
			s[out++] = ' ';
		else {
			memmove(s + out, s + i, k);
			out += k;
		}
	}
	s[out] = '\0';
}

char *text_strip_controls(char *s)
{
	size_t len = strlen(s), out = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		bool control = (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7f && cp <= 0x9f);
		if (!control)
			memmove(s + out, s + i, n), out += n;
		i += n;
	}
	s[out] = '\0';
	return s;
}

char *text_printf(const char *fmt, ...)
{
	char *out;
	va_list ap;
	va_start(ap, fmt);
	if (vasprintf(&out, fmt, ap) < 0)
		out = NULL;
	va_end(ap);
	return out;
}
