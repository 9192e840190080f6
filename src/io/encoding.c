#include "io/encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

bool encoding_parse(const char *name, enum text_encoding *out)
{
	if (!strcasecmp(name, "auto"))
		*out = ENC_AUTO;
	else if (!strcasecmp(name, "utf-8") || !strcasecmp(name, "utf8"))
		*out = ENC_UTF8;
	else if (!strcasecmp(name, "gb18030") || !strcasecmp(name, "gbk") || !strcasecmp(name, "gb2312"))
		*out = ENC_GB18030;
	else
		return false;
	return true;
}

const char *encoding_name(enum text_encoding e)
{
	switch (e) {
	case ENC_GB18030: return "GB18030";
	case ENC_UTF16: return "UTF-16";
	case ENC_XLSX: return "XLSX";
	case ENC_XLS: return "XLS";
	case ENC_AUTO:
	case ENC_UTF8: break;
	}
	return "UTF-8";
}

size_t text_line_of(const char *data, size_t offset)
{
	size_t line = 1;
	for (size_t i = 0; i < offset; i++)
		if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == offset || data[i + 1] != '\n')))
			line++;
	return line;
}

static char *copy_text(const char *data, size_t len, size_t *out_len)
{
	char *s = malloc(len + 1);
	if (!s)
		abort();
	memcpy(s, data, len);
	s[len] = '\0';
	*out_len = len;
	return s;
}

static char *convert_to_utf8(const char *data, size_t len, const char *from, size_t *out_len,
			  size_t *bad_offset, size_t *bad_line, const char **why)
{
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1) {
		*bad_line = 0;
		*why = _("this system cannot convert GB18030 text");
		return NULL;
	}
	size_t cap = len * 2 + 16;
	char *out = malloc(cap);
	if (!out)
		abort();
	char *in = (char *)data, *o = out;
	size_t inleft = len, oleft = cap - 1;
	while (inleft > 0) {
		if (iconv(cd, &in, &inleft, &o, &oleft) == (size_t)-1) {
			if (errno == E2BIG) { /* GB18030 grows at most 2x: cannot happen, but be safe */
				size_t used = (size_t)(o - out);
				cap *= 2;
				out = realloc(out, cap);
				if (!out)
					abort();
				o = out + used;
				oleft = cap - used - 1;
				continue;
			}
			*bad_offset = (size_t)(in - data);
			*bad_line = text_line_of(data, *bad_offset);
			*why = _("the file is neither UTF-8 nor GB18030 (GBK) text");
			free(out);
			iconv_close(cd);
			return NULL;
		}
	}
	iconv_close(cd);
	*o = '\0';
	*out_len = (size_t)(o - out);
	size_t nul;
	if (!utf8_valid(out, *out_len, &nul)) {
		*bad_line = text_line_of(out, nul);
		*why = _("the file holds a NUL byte: it is not a text file");
		free(out);
		return NULL;
	}
	return out;
}

char *encoding_to_utf8(const char *data, size_t len, enum text_encoding enc,
		       enum text_encoding *detected, size_t *out_len,
		       size_t *bad_line, const char **why)
{
	size_t bad = 0, gb_bad = 0;
	if (len >= 2 && enc == ENC_AUTO &&
	    (!memcmp(data, "\xff\xfe", 2) || !memcmp(data, "\xfe\xff", 2))) {
		/* Excel's "Unicode 文本": UTF-16 with a BOM. */
		const char *from = data[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";
		if (detected)
			*detected = ENC_UTF16;
		char *text = convert_to_utf8(data + 2, len - 2, from, out_len, &gb_bad, bad_line, why);
		if (!text) {
			*bad_line = 0;
			*why = _("the file starts as UTF-16 text but is damaged");
		}
		return text;
	}
	bool bom = len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0;
	bool guessed = enc == ENC_AUTO;
	if (bom && enc != ENC_GB18030) {
		data += 3;
		len -= 3;
		enc = ENC_UTF8;
	}
	if (enc == ENC_AUTO)
		enc = utf8_valid(data, len, &bad) ? ENC_UTF8 : ENC_GB18030;
	if (detected)
		*detected = enc;
	if (enc == ENC_GB18030) {
		char *text = convert_to_utf8(data, len, "GB18030", out_len, &gb_bad, bad_line, why);
		/* Neither fits: the encoding that read further is the file's own, so
		 * its first bad byte is where the damage is. */
		if (!text && guessed && bad > gb_bad)
			*bad_line = text_line_of(data, bad);
		return text;
	}
	if (!utf8_valid(data, len, &bad)) {
		*bad_line = text_line_of(data, bad);
		*why = data[bad] == '\0' ? _("the file holds a NUL byte: it is not a text file")
					 : _("the file is not UTF-8 text (try --encoding gb18030)");
		return NULL;
	}
	return copy_text(data, len, out_len);
}

struct enc_writer {
	FILE *f;
	iconv_t cd; /* (iconv_t)-1 for UTF-8: bytes pass through */
	bool failed;
};

struct enc_writer *enc_writer_new(FILE *f, enum text_encoding enc)
{
	struct enc_writer *w = calloc(1, sizeof *w);
	if (!w)
		abort();
	w->f = f;
	w->cd = (iconv_t)-1;
	if (enc == ENC_GB18030) {
		w->cd = iconv_open("GB18030", "UTF-8");
		if (w->cd == (iconv_t)-1)
			w->failed = true;
	}
	return w;
}

void enc_writer_puts(struct enc_writer *w, const char *s)
{
	size_t len = strlen(s);
	if (w->failed)
		return;
	if (w->cd == (iconv_t)-1) {
		if (fwrite(s, 1, len, w->f) != len)
			w->failed = true;
		return;
	}
	char buf[4096];
	char *in = (char *)s;
	while (len > 0) {
		char *o = buf;
		size_t oleft = sizeof buf;
		size_t rc = iconv(w->cd, &in, &len, &o, &oleft);
		if (fwrite(buf, 1, (size_t)(o - buf), w->f) != (size_t)(o - buf)) {
			w->failed = true;
			return;
		}
		if (rc == (size_t)-1 && errno != E2BIG) {
			/* Not representable: GB18030 covers all of Unicode, so only
			 * broken UTF-8 gets here; write a question mark for it. */
			fputc('?', w->f);
			in++;
			len--;
		}
	}
}

bool enc_writer_free(struct enc_writer *w)
{
	bool ok = !w->failed && fflush(w->f) == 0 && !ferror(w->f);
	if (w->cd != (iconv_t)-1)
		iconv_close(w->cd);
	free(w);
	return ok;
}
