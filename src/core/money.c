#include "money.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"

static const char *skip_prefix(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);
	return strncmp(s, prefix, n) == 0 ? s + n : s;
}

bool money_parse(const char *s, fen_t *out, const char **why)
{
	const char *p = s;
	fen_t yuan = 0;
	int digits = 0, decimals = 0, frac = 0;
	bool comma_seen = false;
	int since_comma = 0;

	while (*p == ' ')
		p++;
	if (*p == '-') {
		*why = _("amount must not be negative");
		return false;
	}
	p = skip_prefix(p, "¥");
	p = skip_prefix(p, "￥");
	if (*p == '-') {
		*why = _("amount must not be negative");
		return false;
	}
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			yuan = yuan * 10 + (*p - '0');
			digits++;
			since_comma++;
			if (yuan * 100 > MONEY_MAX) {
				*why = _("amount is too large");
				return false;
			}
		} else if (*p == ',' && digits > 0) {
			if (comma_seen && since_comma != 3)
				goto bad;
			comma_seen = true;
			since_comma = 0;
		} else {
			break;
		}
	}
	if (digits == 0)
		goto bad;
	if (comma_seen && since_comma != 3)
		goto bad;
	if (*p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') {
			if (++decimals > 2) {
				*why = _("amount has more than two decimals");
				return false;
			}
			frac = frac * 10 + (*p - '0');
			p++;
		}
		if (decimals == 1)
			frac *= 10;
	}
	p = skip_prefix(p, "元");
	while (*p == ' ')
		p++;
	if (*p != '\0')
		goto bad;
	if (yuan * 100 + frac > MONEY_MAX) { /* 1000000000.01: the 分 too */
		*why = _("amount is too large");
		return false;
	}
	*out = yuan * 100 + frac;
	return true;
bad:
	*why = _("not an amount (e.g. 15.50)");
	return false;
}

void money_format(fen_t v, char out[MONEY_SIZE])
{
	const char *sign = v < 0 ? "-" : "";
	if (v < 0)
		v = -v;
	snprintf(out, MONEY_SIZE, "%s%lld.%02lld", sign, v / 100, v % 100);
}

fen_t money_apply_rate(fen_t base, int rate_per_10000)
{
	/* base 分 × rate / 10000, half up, in integers. */
	fen_t num = base * rate_per_10000;
	return (num + 5000) / 10000;
}
