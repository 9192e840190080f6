/* ID numbers (公民身份号码) and the masks that hide ID and phone numbers.
 * Properties: an accepted ID number is 18 characters with the right check
 * character and a real birth date; its mask shows only the first and the
 * last four characters; a phone mask keeps the length and the separators
 * and shows at most seven digits. */
#include "fuzz.h"

#include "core/idnum.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	char norm[IDNUM_SIZE], masked[IDNUM_SIZE];
	struct date birth;
	enum sex sex = SEX_UNKNOWN;
	const char *why = NULL;
	if (idnum_parse(s, norm, &birth, &sex, &why)) {
		FUZZ_ASSERT(strlen(norm) == 18);
		FUZZ_ASSERT(idnum_check_char(norm) == norm[17]);
		FUZZ_ASSERT(date_valid(birth));
		FUZZ_ASSERT(sex == SEX_MALE || sex == SEX_FEMALE);
		idnum_mask(norm, masked);
		FUZZ_ASSERT(strlen(masked) == 18 && memcmp(masked + 4, "**********", 10) == 0);
	} else {
		FUZZ_ASSERT(why != NULL && *why);
	}
	idnum_mask(s, masked);
	FUZZ_ASSERT(strlen(masked) <= 18);

	char phone[64];
	phone_mask(s, phone, sizeof phone);
	size_t n = strlen(phone), shown = 0;
	FUZZ_ASSERT(n <= strlen(s) && n < sizeof phone);
	for (size_t i = 0; i < n; i++) {
		if (phone[i] >= '0' && phone[i] <= '9')
			shown++;
		else if (phone[i] != '*')
			FUZZ_ASSERT(phone[i] == s[i]);
	}
	FUZZ_ASSERT(shown <= 7);
	free(s);
	return 0;
}
