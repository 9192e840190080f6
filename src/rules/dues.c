#include "rules/dues.h"

#include <stdio.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "rules/roster.h"

void dues_settings_init(struct dues_settings *s)
{
	s->warn_months = 3;
	s->flag_months = 6;
	s->farmer_amount = DUES_FIXED_AMOUNT;
	s->rounding = 1;
	s->remit_day = 10;
}

void dues_settings_check(struct dues_settings *s)
{
	struct dues_settings d;
	dues_settings_init(&d);
	if (s->warn_months < 1 || s->warn_months > 120)
		s->warn_months = d.warn_months;
	if (s->flag_months < 1 || s->flag_months > 120)
		s->flag_months = d.flag_months;
	if (s->farmer_amount < DUES_FARMER_MIN || s->farmer_amount > DUES_FARMER_MAX)
		s->farmer_amount = d.farmer_amount;
	if (s->rounding != 1 && s->rounding != 10 && s->rounding != 100)
		s->rounding = d.rounding;
	if (s->remit_day < 1 || s->remit_day > 28)
		s->remit_day = d.remit_day;
}

static const struct {
	const char *category;
	enum dues_scheme scheme;
} schemes[] = {
	{ "在职", DUES_SALARY },
	{ "其他", DUES_SALARY },
	{ "离退休", DUES_PENSION },
	{ "学生", DUES_FIXED },
	{ "失业", DUES_FIXED },
	{ "困难", DUES_FIXED },
	{ "农民", DUES_FARMER },
};

bool dues_scheme_for(const char *category, enum dues_scheme *out)
{
	for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++)
		if (!strcmp(schemes[i].category, category)) {
			*out = schemes[i].scheme;
			return true;
		}
	return false;
}

bool dues_scheme_uses_base(enum dues_scheme s)
{
	return s == DUES_SALARY || s == DUES_PENSION;
}

int dues_rate_for(enum dues_scheme s, fen_t base)
{
	switch (s) {
	case DUES_SALARY:
		return base <= 300000 ? 50 : base <= 500000 ? 100 : base <= 1000000 ? 150 : 200;
	case DUES_PENSION:
		return base <= 500000 ? 50 : 100;
	case DUES_FIXED:
	case DUES_FARMER:
		break;
	}
	return 0;
}

fen_t dues_round(fen_t base, int rate, int rounding)
{
	if (rounding <= 1)
		return money_apply_rate(base, rate);
	/* base × rate is in units of 1/10000 分; half up to `rounding` 分. */
	fen_t unit = (fen_t)rounding * 10000;
	return (base * rate + unit / 2) / unit * rounding;
}

bool dues_compute(const struct dues_settings *s, const char *category, fen_t base,
		  struct dues_amount *out)
{
	if (!dues_scheme_for(category, &out->scheme))
		return false;
	out->rate = dues_rate_for(out->scheme, base);
	switch (out->scheme) {
	case DUES_SALARY:
	case DUES_PENSION:
		out->amount = dues_round(base, out->rate, s->rounding);
		break;
	case DUES_FIXED:
		out->amount = DUES_FIXED_AMOUNT;
		break;
	case DUES_FARMER:
		out->amount = s->farmer_amount;
		break;
	}
	return true;
}

void dues_rate_format(int rate, char out[DUES_RATE_SIZE])
{
	if (rate <= 0)
		*out = '\0';
	else if (rate % 100 == 0)
		snprintf(out, DUES_RATE_SIZE, "%d%%", rate / 100);
	else if (rate % 10 == 0)
		snprintf(out, DUES_RATE_SIZE, "%d.%d%%", rate / 100, rate % 100 / 10);
	else
		snprintf(out, DUES_RATE_SIZE, "%d.%02d%%", rate / 100, rate % 100);
}

bool dues_fixing_compute(const struct dues_settings *s, struct dues_fixing *f, bool keep_amount)
{
	struct dues_amount a;
	if (!dues_compute(s, f->category, f->base, &a))
		return false;
	if (!dues_scheme_uses_base(a.scheme))
		f->base = 0;
	f->rate = a.rate;
	f->computed = a.amount;
	if (!keep_amount)
		f->amount = a.amount;
	return true;
}

const char *dues_fixing_problem(const struct dues_fixing *f)
{
	enum dues_scheme scheme;
	if (!dues_scheme_for(f->category, &scheme))
		return _("人员类别 must be one of 在职, 离退休, 学生, 农民, 失业, 困难, 其他");
	if (f->amount != f->computed) {
		if (text_blank(f->reason) || text_blank(f->approval))
			return _("an amount other than the rules give needs a reason and the approval (少交/免交 are approved by the higher committee)");
	}
	if (f->reviewed && dues_scheme_uses_base(scheme) && f->base == 0 && f->amount == f->computed)
		return _("计算基数 is needed for 在职, 离退休 and 其他");
	return NULL;
}

bool dues_member_months(const char *join_date, const char *status, const char *status_date,
			int *first, int *last)
{
	struct date j, s;
	if (!date_parse_iso(join_date, &j))
		return false;
	*first = month_index(j.y, j.m);
	*last = DUES_NO_END;
	if (status && roster_status_left(status) && status_date && date_parse_iso(status_date, &s))
		*last = month_index(s.y, s.m);
	return true;
}

bool dues_parse_months(const char *s, int *first, int *last, const char **why)
{
	static const char *const seps[] = { "..", "~", "～", "至", "—", "--", NULL };
	char a[64], b[64];
	const char *sep = NULL, *at = NULL;
	for (const char *const *p = seps; *p && !sep; p++)
		if ((at = strstr(s, *p)))
			sep = *p;
	int y, m;
	if (!sep) {
		text_copy(a, sizeof a, s);
		text_trim(a);
		if (!month_parse(a, &y, &m, why))
			return false;
		*first = *last = month_index(y, m);
		return true;
	}
	size_t n = (size_t)(at - s) < sizeof a ? (size_t)(at - s) : sizeof a - 1;
	memcpy(a, s, n);
	a[n] = '\0';
	text_copy(b, sizeof b, at + strlen(sep));
	text_trim(a);
	text_trim(b);
	if (!month_parse(a, &y, &m, why))
		return false;
	*first = month_index(y, m);
	if (!month_parse(b, &y, &m, why))
		return false;
	*last = month_index(y, m);
	if (*last < *first) {
		*why = _("the range ends before it starts");
		return false;
	}
	return true;
}

void dues_standing_compute(const struct dues_history *h, struct dues_standing *out)
{
	bool walking = true;
	int run = 0;
	memset(out, 0, sizeof *out);
	out->paid_to = -1;
	out->arrears_since = -1;
	for (int i = 0; i < h->n; i++) {
		int m = h->first + i;
		fen_t owed = h->owed[i], paid = h->paid[i];
		bool owes = owed != DUES_NOT_OWED;
		bool full = owes && paid >= owed;
		if (walking) {
			if (owes) {
				if (full)
					out->paid_to = m;
				else
					walking = false;
			} else if (m > h->as_of) {
				/* Paid ahead into a year not fixed yet. */
				if (paid > 0 && m <= h->last)
					out->paid_to = m;
				else
					walking = false;
			}
		}
		if (m > h->as_of)
			continue;
		if (owes && !full) {
			out->arrears_months++;
			out->arrears_amount += owed - (paid > 0 ? paid : 0);
			if (out->arrears_since < 0)
				out->arrears_since = m;
			if (++run > out->arrears_run)
				out->arrears_run = run;
		} else {
			run = 0;
		}
	}
}

enum dues_flag dues_flag_for(const struct dues_settings *s, const struct dues_standing *st)
{
	if (st->arrears_run >= s->flag_months)
		return DUES_FLAG_LAPSE;
	if (st->arrears_months >= s->warn_months)
		return DUES_FLAG_WARN;
	return DUES_FLAG_NONE;
}
