#include "idnum.h"

#include <ctype.h>
#include <string.h>

#include "i18n.h"

char idnum_check_char(const char *first17)
{
	static const int weight[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	static const char map[] = "10X98765432";
	int sum = 0;
	for (int i = 0; i < 17; i++)
		sum += (first17[i] - '0') * weight[i];
	return map[sum % 11];
}

bool idnum_parse(const char *s, char norm[IDNUM_SIZE], struct date *birth,
		 enum sex *sex, const char **why)
{
	size_t len = strlen(s);
	if (len != 18) {
		*why = _("ID number must have 18 characters");
		return false;
	}
	for (int i = 0; i < 17; i++) {
		if (!isdigit((unsigned char)s[i])) {
			*why = _("ID number must be 17 digits and a check digit or X");
			return false;
		}
	}
	char last = (char)toupper((unsigned char)s[17]);
	if (!isdigit((unsigned char)last) && last != 'X') {
		*why = _("ID number must be 17 digits and a check digit or X");
		return false;
	}
	struct date d = {
		(s[6] - '0') * 1000 + (s[7] - '0') * 100 + (s[8] - '0') * 10 + (s[9] - '0'),
		(s[10] - '0') * 10 + (s[11] - '0'),
		(s[12] - '0') * 10 + (s[13] - '0'),
	};
	if (!date_valid(d)) {
		*why = _("ID number holds no real birth date");
		return false;
	}
	if (idnum_check_char(s) != last) {
		*why = _("ID number check digit is wrong");
		return false;
	}
	memcpy(norm, s, 17);
	norm[17] = last;
	norm[18] = '\0';
	if (birth)
		*birth = d;
	if (sex)
		*sex = (s[16] - '0') % 2 ? SEX_MALE : SEX_FEMALE;
	return true;
}

void idnum_mask(const char *id, char out[IDNUM_SIZE])
{
	size_t len = strlen(id);
	if (len != 18) {
		/* Not a full number: show nothing of it rather than leak a part. */
		memset(out, '*', len < 18 ? len : 18);
		out[len < 18 ? len : 18] = '\0';
		return;
	}
	memcpy(out, id, 4);
	memset(out + 4, '*', 10);
	memcpy(out + 14, id + 14, 4);
	out[18] = '\0';
}

void phone_mask(const char *phone, char *out, size_t size)
{
	size_t digits = 0, seen = 0, n = 0;
	if (size == 0)
		return;
	for (const char *p = phone; *p; p++)
		if (*p >= '0' && *p <= '9')
			digits++;
	size_t head = digits >= 8 ? 3 : 0, tail = 4;
	for (const char *p = phone; *p && n + 1 < size; p++) {
		char c = *p;
		if (c >= '0' && c <= '9') {
			if (seen >= head && seen + tail < digits)
				c = '*';
			seen++;
		}
		out[n++] = c;
	}
	out[n] = '\0';
}
