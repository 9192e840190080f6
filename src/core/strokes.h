/* Stroke counts of Chinese characters, for the 姓氏笔画 order of a roster: by
 * the surname's total strokes, then the next characters'.  The counts come
 * from Unihan's kTotalStrokes (scripts/gen-unihan.py, src/core/strokes_table.c)
 * for the range the pinyin table covers. */
#ifndef ZHIBU_STROKES_H
#define ZHIBU_STROKES_H
#include <stddef.h>
#include <stdint.h>

#include "core/pinyin.h"

extern const unsigned char strokes_table[PINYIN_TABLE_LEN];

/* Total strokes of cp (王 4, 陈 7), 0 when not known. */
int strokes_of(uint32_t cp);
/* A key whose byte order is the 姓氏笔画 order of names: per character its
 * strokes (two digits; 99 for other characters), then the character, so that
 * one surname stays together.  out (size bytes) is always NUL-terminated. */
void strokes_sort_key(const char *name, char *out, size_t size);

#endif
