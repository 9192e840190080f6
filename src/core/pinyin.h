/* Pinyin initials of a Chinese name, for search: 张三 -> "zs".  The readings
 * come from a table generated at development time (scripts/gen-pinyin.sh,
 * from ICU's Han-Latin transliterator); building needs no ICU. */
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

/* The initial letter ('a'..'z') of one character's reading, or 0 when it has
 * none (not a CJK ideograph, or no reading known).  ASCII letters give
 * themselves in lower case. */
char pinyin_initial(uint32_t cp);
/* The initials of name into out (size bytes, always NUL-terminated): one
 * letter per Chinese character, with the surname reading for the first one
 * (曾 zeng, 单 shan, 解 xie ...); a run of Latin letters gives its first
 * letter; anything else is skipped. */
void pinyin_initials(const char *name, char *out, size_t size);
/* The screens' search of a name: part of the name, or the start of its
 * pinyin initials (zs, ZS finds 张三); "" matches every name. */
bool pinyin_name_matches(const char *name, const char *query);

#endif
