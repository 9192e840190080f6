/* Shared by the fuzz targets (tests/fuzz/fuzz_*.c).  Each is a libFuzzer
 * target (make fuzz, with clang) and, linked with replay.c, a plain program
 * that runs it over the corpus in tests/fuzz/corpus/<target>/ (make check,
 * under the sanitizers).  A target aborts when a property fails, so that
 * the fuzzer reports it like a crash. */
#ifndef ZHIBU_FUZZ_H
#define ZHIBU_FUZZ_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as a NUL-terminated string (cut at the first NUL). */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#define FUZZ_ASSERT(cond)                                                          \
	do {                                                                       \
		if (!(cond)) {                                                     \
			fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, \
				__LINE__, #cond);                                  \
			abort();                                                   \
		}                                                                  \
	} while (0)

#endif
