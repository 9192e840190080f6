#include "rules/review.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

const char review_areas_default[] = "领导班子建设、队伍建设、工作机制、工作业绩、作风形象、发展思路";

bool review_areas_parse(const char *text, struct review_areas *out, const char **why)
{
	char buf[1024];
	memset(out, 0, sizeof *out);
	if (!text_copy(buf, sizeof buf, text)) {
		*why = _("the list of areas is too long");
		return false;
	}
	/* Every separator becomes a comma. */
	static const char *const seps[] = { "、", "，", NULL };
	for (const char *const *s = seps; *s; s++)
		for (char *p; (p = strstr(buf, *s));) {
			size_t n = strlen(*s);
			*p = ',';
			memmove(p + 1, p + n, strlen(p + n) + 1);
		}
	for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		tok = text_trim(tok);
		if (!*tok)
			continue;
		if (out->n == REVIEW_MAX_AREAS) {
			*why = _("at most 12 areas");
			return false;
		}
		int w = 1;
		char *colon = strchr(tok, ':');
		if (colon) {
			*colon = '\0';
			char *end;
			long v = strtol(colon + 1, &end, 10);
			if (end == colon + 1 || *text_trim(end) || v < 1 || v > 100) {
				*why = _("a weight is a whole number from 1 to 100");
				return false;
			}
			w = (int)v;
			tok = text_trim(tok);
		}
		if (review_area_index(out, tok) >= 0) {
			*why = _("an area is named twice");
			return false;
		}
		if (!text_copy(out->name[out->n], sizeof out->name[0], tok)) {
			*why = _("an area's name is too long");
			return false;
		}
		out->weight[out->n++] = w;
	}
	if (!out->n) {
		*why = _("name at least one area");
		return false;
	}
	return true;
}

void review_areas_format(const struct review_areas *a, char *out, size_t size)
{
	bool equal = true;
	for (int i = 0; i < a->n; i++)
		equal = equal && a->weight[i] == 1;
	size_t len = 0;
	out[0] = '\0';
	for (int i = 0; i < a->n && len < size; i++) {
		int w = equal ? snprintf(out + len, size - len, "%s%s", i ? "、" : "", a->name[i])
			      : snprintf(out + len, size - len, "%s%s:%d", i ? "、" : "", a->name[i], a->weight[i]);
		if (w < 0)
			break;
		len += (size_t)w;
	}
}

int review_area_index(const struct review_areas *a, const char *name)
{
	for (int i = 0; i < a->n; i++)
		if (!strcmp(a->name[i], name))
			return i;
	return -1;
}

bool review_score_parse(const char *text, int *score, const char **why)
{
	char *end;
	long v = strtol(text, &end, 10);
	if (end == text || *end || v < 0 || v > 100) {
		*why = _("a score is a whole number from 0 to 100");
		return false;
	}
	*score = (int)v;
	return true;
}

long long review_average100(long long sum, long long n)
{
	return n > 0 ? (sum * 200 + n) / (2 * n) : 0;
}

long long review_overall100(const struct review_areas *a, const long long sum[], const long long n[])
{
	/* Σ w·sum/n / Σ w, ×100, exactly: over the common denominator when the
	 * counts are equal (ballots), else with long double and half up. */
	long long wsum = 0, wtot = 0;
	bool same = true;
	for (int i = 0; i < a->n; i++) {
		if (n[i] <= 0)
			return 0;
		same = same && n[i] == n[0];
		wsum += a->weight[i] * sum[i];
		wtot += a->weight[i];
	}
	if (!wtot)
		return 0;
	if (same)
		return review_average100(wsum, wtot * n[0]);
	long double v = 0;
	for (int i = 0; i < a->n; i++)
		v += (long double)a->weight[i] * sum[i] / n[i];
	return (long long)(v * 100 / wtot + 0.5L + 1e-9L);
}

void review_format100(long long v, char *out, size_t size)
{
	snprintf(out, size, "%lld.%02lld", v / 100, v % 100);
}

const char *review_result(long long overall100, int threshold, bool any_valid)
{
	if (!any_valid)
		return _("no valid ballots");
	if (overall100 < (long long)threshold * 100)
		return _("below the threshold: 按规定由上级党委谈话");
	return _("at or above the threshold");
}
