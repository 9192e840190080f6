/* Encoding detection and conversion to UTF-8: any bytes, in each of the
 * modes.  Properties: the result is well-formed UTF-8 of the length
 * reported, without NUL bytes; and as GB18030 covers all of Unicode, the
 * text written out as GB18030 (as exports do) and read back is the same. */
#include "fuzz.h"

#include "core/text.h"
#include "io/encoding.h"

/* glibc's GB18030 does not give back some private-use code points it was
 * given (U+E78D..U+E796 and others that GB 18030-2005 moved to standard
 * characters): text read from UTF-16 may hold any of them, and for those
 * the round trip is the library's, not ours to promise. */
static bool has_private_use(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (!n)
			return false;
		if (cp >= 0xE000 && cp <= 0xF8FF)
			return true;
		i += n;
	}
	return false;
}

static void roundtrip(const char *utf8, size_t len)
{
	if (has_private_use(utf8, len))
		return;
	char *gb = NULL;
	size_t gb_len = 0;
	FILE *f = open_memstream(&gb, &gb_len);
	FUZZ_ASSERT(f);
	struct enc_writer *w = enc_writer_new(f, ENC_GB18030);
	enc_writer_puts(w, utf8);
	FUZZ_ASSERT(enc_writer_free(w));
	fclose(f);
	enum text_encoding detected;
	size_t back_len = 0, bad_line = 0;
	const char *why = NULL;
	char *back = encoding_to_utf8(gb, gb_len, ENC_GB18030, &detected, &back_len, &bad_line, &why);
	FUZZ_ASSERT(back);
	const char *orig = utf8;
	size_t orig_len = len;
	FUZZ_ASSERT(back_len == orig_len && memcmp(back, orig, orig_len) == 0);
	free(back);
	free(gb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum text_encoding modes[] = { ENC_AUTO, ENC_UTF8, ENC_GB18030 };
	for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
		enum text_encoding detected = ENC_AUTO;
		size_t out_len = 0, bad_line = 0, nul;
		const char *why = NULL;
		char *out = encoding_to_utf8((const char *)data, size, modes[m], &detected, &out_len,
					     &bad_line, &why);
		if (!out) {
			FUZZ_ASSERT(why != NULL);
			continue;
		}
		FUZZ_ASSERT(detected == ENC_UTF8 || detected == ENC_GB18030 || detected == ENC_UTF16);
		FUZZ_ASSERT(strlen(out) == out_len);
		FUZZ_ASSERT(utf8_valid(out, out_len, &nul));
		if (modes[m] == ENC_AUTO)
			roundtrip(out, out_len);
		free(out);
	}
	return 0;
}
