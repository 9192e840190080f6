#include "rules/rectify.h"

#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "rules/stats.h"

const char *const rectify_sources[] = {
	"巡视", "巡察", "组织生活会", "民主生活会", "民主评议", "民主测评", "述职评议", "督查检查", "审计",
	"意见建议", "调查问卷", "自查", "其他", NULL,
};

const char *const rectify_statuses[] = { "未启动", "整改中", "待验收", "已销号", "退回", "作废", NULL };

static bool listed(const char *const *list, const char *s)
{
	for (int i = 0; list[i]; i++)
		if (!strcmp(list[i], s))
			return true;
	return false;
}

bool rectify_source_valid(const char *s)
{
	return listed(rectify_sources, s);
}

bool rectify_status_valid(const char *s)
{
	return listed(rectify_statuses, s);
}

bool rectify_progress_status_valid(const char *s)
{
	return !strcmp(s, "未启动") || !strcmp(s, "整改中") || !strcmp(s, "待验收") || !strcmp(s, "退回");
}

int rectify_report_months_default(const char *source)
{
	return !strcmp(source, "巡视") || !strcmp(source, "巡察") ? 2 : 0;
}

bool rectify_item_open(const char *status)
{
	return strcmp(status, "已销号") != 0 && strcmp(status, "作废") != 0;
}

bool rectify_item_overdue(const char *status, const char *deadline, bool long_term, struct date as_of)
{
	struct date d;
	if (long_term || !rectify_item_open(status) || !date_parse_iso(deadline, &d))
		return false;
	return date_cmp(d, as_of) < 0;
}

bool rectify_deadline_parse(const char *text, char out[DATE_ISO_SIZE], bool *long_term, const char **why)
{
	*long_term = false;
	out[0] = '\0';
	if (!strcmp(text, "长期") || !strcmp(text, "长期坚持")) {
		*long_term = true;
		return true;
	}
	if (text_blank(text)) {
		*why = _("give a date, or 长期 for an item kept up for good");
		return false;
	}
	struct date d;
	if (!date_parse(text, &d, why))
		return false;
	date_format(d, out);
	return true;
}

const char *rectify_close_problem(const char *closed_on, const char *verifier, const char *evidence)
{
	if (!closed_on || text_blank(closed_on))
		return _("销号 needs the date it was verified");
	if (!verifier || text_blank(verifier))
		return _("销号 needs the person who verified it (验收人)");
	if (!evidence || text_blank(evidence))
		return _("销号 needs evidence (佐证材料): a record such as 会议#12, or a description");
	return NULL;
}

void rectify_completion(long long closed, long long all, long long voided, char *out, size_t size)
{
	stats_share(closed, all - voided, out, size);
}

struct date rectify_quarter_end(struct date d)
{
	int q = quarter_of_month(d.m);
	struct date e = { d.y, q * 3, 1 };
	e.d = date_days_in_month(e.y, e.m);
	return e;
}
