/* Character encodings at the edges: files come in as UTF-8 (with or without
 * a BOM) or GB18030 (which contains GBK and GB2312); inside zhibu everything
 * is UTF-8. */
#ifndef ZHIBU_ENCODING_H
#define ZHIBU_ENCODING_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* ENC_UTF16 (with a BOM, either byte order) is only read; ENC_XLSX and
 * ENC_XLS say that an import read a workbook rather than text. */
enum text_encoding { ENC_AUTO, ENC_UTF8, ENC_GB18030, ENC_UTF16, ENC_XLSX, ENC_XLS };

bool encoding_parse(const char *name, enum text_encoding *out);
const char *encoding_name(enum text_encoding e);

/* Convert a file's bytes to UTF-8 text (NUL-terminated, heap).  ENC_AUTO
 * takes UTF-16 after a UTF-16 BOM, UTF-8 when there is a BOM or the bytes
 * are valid UTF-8, else GB18030.  A leading BOM is dropped.  On failure returns NULL and sets
 * *bad_line to the 1-based line of the first byte that is not text in the
 * encoding, and *why to a translated sentence. */
char *encoding_to_utf8(const char *data, size_t len, enum text_encoding enc,
		       enum text_encoding *detected, size_t *out_len,
		       size_t *bad_line, const char **why);

/* A writer that converts UTF-8 to the target encoding as it goes. */
struct enc_writer;
struct enc_writer *enc_writer_new(FILE *f, enum text_encoding enc);
void enc_writer_puts(struct enc_writer *w, const char *s);
/* Flushes; returns false when a write failed. */
bool enc_writer_free(struct enc_writer *w);

/* The line (from 1) of offset in text whose lines end in CR, LF or CRLF. */
size_t text_line_of(const char *data, size_t offset);

#endif
