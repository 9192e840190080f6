/* Pinyin of a Chinese name, for search and sorting: 张三 -> "zs", "zhangsan".
 * The readings come from tables generated at development time
 * (scripts/gen-pinyin.sh from ICU's Han-Latin transliterator: the initials;
 * scripts/gen-unihan.py from Unihan: every reading); building needs neither. */
#ifndef ZHIBU_PINYIN_H
#define ZHIBU_PINYIN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PINYIN_FIRST 0x4e00
#define PINYIN_LAST 0x9fff
#define PINYIN_TABLE_LEN (PINYIN_LAST - PINYIN_FIRST + 1)

/* Generated: the initial letter of each code point's most common reading,
 * '-' when unknown. */
extern const char pinyin_initial_table[PINYIN_TABLE_LEN + 1];
/* Generated: the toneless syllables, and each code point's readings (the
 * most common first) as indexes into them. */
extern const char *const pinyin_syllables[];
extern const unsigned short pinyin_reading_start[PINYIN_TABLE_LEN + 1];
extern const unsigned short pinyin_reading_list[];

/* The initial letter ('a'..'z') of one character's reading, or 0 when it has
 * none (not a CJK ideograph, or no reading known).  ASCII letters give
 * themselves in lower case. */
char pinyin_initial(uint32_t cp);
/* The initials of name into out (size bytes, always NUL-terminated): one
 * letter per Chinese character, with the surname reading for the first one
 * (曾 zeng, 单 shan, 解 xie ...); a run of Latin letters gives its first
 * letter; anything else is skipped. */
void pinyin_initials(const char *name, char *out, size_t size);
/* Whether letters (ASCII, any case) spell the start of name's pinyin: each
 * character by any of its readings, in full or by its first letters, the
 * last one perhaps cut short: yuan finds 袁, wangfang, wf, wangf and wfang
 * find 王芳.  Anything but letters in query matches nothing. */
bool pinyin_matches(const char *name, const char *letters);
/* The screens' search of a name: part of the name, or the start of its
 * pinyin (see pinyin_matches); "" matches every name. */
bool pinyin_name_matches(const char *name, const char *query);
/* A key whose byte order is the pinyin order of names: per character its
 * common reading (a surname's for the first), then the character itself, so
 * that one surname stays together (陆 before 路, both lu).  out (size bytes)
 * is always NUL-terminated. */
void pinyin_sort_key(const char *name, char *out, size_t size);

#endif
