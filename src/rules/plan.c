#include "rules/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "rules/meetings.h"

const char *const plan_areas[] = {
	"政治建设", "思想建设", "组织建设", "作风建设", "纪律建设", "制度建设", "党风廉政建设", "中心工作",
	"服务群众", "其他", NULL,
};
const char *const plan_statuses[] = { "未开始", "进行中", "已完成", "取消", NULL };

static const char *const fixed_indicators[] = { "接收预备党员", "预备党员转正" };

int plan_indicator_count(void)
{
	return PI_MEETING_FIRST + MK_COUNT;
}

const char *plan_indicator_name(int i)
{
	if (i >= 0 && i < PI_MEETING_FIRST)
		return fixed_indicators[i];
	if (i >= PI_MEETING_FIRST && i < plan_indicator_count())
		return meeting_kind_names[i - PI_MEETING_FIRST];
	return "";
}

int plan_indicator_parse(const char *s)
{
	for (int i = 0; i < PI_MEETING_FIRST; i++)
		if (!strcmp(fixed_indicators[i], s))
			return i;
	int k = meeting_kind_parse(s);
	return k >= 0 ? PI_MEETING_FIRST + k : -1;
}

bool plan_area_valid(const char *s)
{
	for (int i = 0; plan_areas[i]; i++)
		if (!strcmp(plan_areas[i], s))
			return true;
	return false;
}

bool plan_due_parse(const char *text, int year, struct date *out, const char **why)
{
	int y, m;
	const char *ignored;
	char *end;
	long mm = strtol(text, &end, 10);
	if (end != text && !strcmp(end, "月") && mm >= 1 && mm <= 12) {
		*out = (struct date){ year, (int)mm, date_days_in_month(year, (int)mm) };
		return true;
	}
	if (month_parse(text, &y, &m, &ignored)) {
		*out = (struct date){ y, m, date_days_in_month(y, m) };
		return true;
	}
	return date_parse(text, out, why);
}

struct date plan_adopt_due(int year, const char *adopt_by)
{
	int m = 1, d = 31;
	if (adopt_by && sscanf(adopt_by, "%d-%d", &m, &d) == 2 && m >= 1 && m <= 12 && d >= 1
	    && d <= date_days_in_month(year, m))
		return (struct date){ year, m, d };
	return (struct date){ year, 1, 31 };
}
