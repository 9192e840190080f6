/* The date, month and quarter parsers.  Properties: an accepted date is a
 * real date; its ISO form parses strictly to the same date; days since 1970
 * convert back; a refusal says why. */
#include "fuzz.h"

#include "core/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	struct date d = { 0, 0, 0 }, back;
	const char *why = NULL;
	if (date_parse(s, &d, &why)) {
		FUZZ_ASSERT(date_valid(d));
		char iso[DATE_ISO_SIZE];
		date_format(d, iso);
		FUZZ_ASSERT(date_parse_iso(iso, &back));
		FUZZ_ASSERT(date_cmp(back, d) == 0);
		back = date_from_days(date_to_days(d));
		FUZZ_ASSERT(date_cmp(back, d) == 0);
		FUZZ_ASSERT(date_weekday(d) >= 0 && date_weekday(d) <= 6);
	} else {
		FUZZ_ASSERT(why != NULL && *why);
	}
	if (date_parse_iso(s, &d))
		FUZZ_ASSERT(date_valid(d));
	int y, m, q;
	why = NULL;
	if (month_parse(s, &y, &m, &why))
		FUZZ_ASSERT(m >= 1 && m <= 12);
	why = NULL;
	if (quarter_parse(s, &y, &q, &why))
		FUZZ_ASSERT(q >= 1 && q <= 4);
	free(s);
	return 0;
}
