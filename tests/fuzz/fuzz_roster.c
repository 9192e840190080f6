/* The checks of a member's fields, which the importer and the full-screen
 * form share (member_set_field): the first byte chooses the field, the rest
 * is what was typed.  Properties: a refusal says why and leaves the record
 * as it was; an accepted value reads back as well-formed UTF-8, and is
 * accepted again unchanged (normalising twice changes nothing); the checks
 * across fields never fail on any record the fields accept. */
#include "fuzz.h"

#include "core/text.h"
#include "rules/roster.h"

static void problem(void *ctx, enum member_field f, const char *why)
{
	(void)ctx;
	FUZZ_ASSERT((int)f >= 0 && f < MF_COUNT && why && *why);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	enum member_field f = (enum member_field)(data[0] % MF_COUNT);
	char *text = fuzz_string(data + 1, size - 1);
	size_t nul;
	/* Text reaches the checks as UTF-8: the importer converts files, the
	 * form reads characters. */
	if (!utf8_valid(text, strlen(text), &nul)) {
		free(text);
		return 0;
	}
	struct member m, before;
	member_init(&m);
	member_set_field(&m, MF_KIND, "正式");
	before = m;
	const char *why = member_set_field(&m, f, text);
	if (why) {
		FUZZ_ASSERT(*why);
		FUZZ_ASSERT(memcmp(&m, &before, sizeof m) == 0);
	} else {
		const char *v = member_get_field(&m, f);
		FUZZ_ASSERT(utf8_valid(v, strlen(v), &nul));
		char copy[1024];
		snprintf(copy, sizeof copy, "%s", v);
		struct member again = m;
		FUZZ_ASSERT(member_set_field(&again, f, copy) == NULL);
		FUZZ_ASSERT(!strcmp(member_get_field(&again, f), copy));
		struct date today = { 2026, 11, 20 };
		member_check(&m, today, problem, NULL);
	}
	free(text);
	return 0;
}
