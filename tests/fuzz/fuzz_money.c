/* The money parser.  Properties: an accepted amount is between 0 and
 * MONEY_MAX 分; formatting it and parsing that gives it back; a refusal
 * says why; applying a rate (0% to 100%) stays between 0 and the base. */
#include "fuzz.h"

#include "core/money.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	fen_t v = -1;
	const char *why = NULL;
	if (money_parse(s, &v, &why)) {
		FUZZ_ASSERT(v >= 0 && v <= MONEY_MAX);
		char text[MONEY_SIZE];
		money_format(v, text);
		fen_t again = -1;
		const char *why2 = NULL;
		FUZZ_ASSERT(money_parse(text, &again, &why2));
		FUZZ_ASSERT(again == v);
		int rate = size ? (int)(data[0] * 40u % 10001u) : 0;
		fen_t part = money_apply_rate(v, rate);
		FUZZ_ASSERT(part >= 0 && part <= v);
	} else {
		FUZZ_ASSERT(why != NULL && *why);
	}
	free(s);
	return 0;
}
