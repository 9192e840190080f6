#include "rules/disclosure.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

const char *const disclosure_scopes[] = { "党内", "先党内后党外", "党外", NULL };
const char *const disclosure_timings[] = { "定期", "阶段", "及时", "依申请", NULL };
const char *const disclosure_units[] = { "自然日", "工作日", NULL };
const char *const disclosure_forms[] = {
	"党员大会", "支委会", "党小组会", "情况通报会", "文件", "公开栏", "党员活动室", "网站", "微信群",
	"校报简报", "教代会", "家长会", "其他", NULL,
};
const char *const disclosure_categories[] = {
	"中心工作", "思想建设", "组织建设", "作风建设", "制度建设", "服务群众", "其他",
	"发展规划", "重大工作安排", "民主评议干部", "职称评审与考评评优", "工程招投标", "大宗采购", "收费",
	"财务收支", "招生", NULL,
};
const char *const feedback_channels[] = {
	"意见箱", "信箱", "座谈会", "问卷", "网络平台", "当面", "电话", "来信", "教代会提案", "家长会",
	"依申请公开", "其他", NULL,
};
const char *const feedback_results[] = { "采纳", "部分采纳", "解释说明", "不予采纳", "转办", "不予公开", NULL };
const char *const feedback_from_kinds[] = { "党员", "群众", "教职工", "学生", "家长", "匿名", "其他", NULL };
const char *const disclosure_state_names[] = { "按时", "逾期公开", "缺", "待公开", NULL };
const char *const feedback_state_names[] = { "按时答复", "超期答复", "待答复", "超期未答复", NULL };

const char *disclosure_value(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (!strcmp(*list, s))
			return *list;
	return NULL;
}

const char *disclosure_forms_check(const char *s, char *out, size_t size)
{
	static const char *const seps[] = { "、", ",", "，", ";", "；", "/", NULL };
	static char why[160];
	size_t n = 0;
	out[0] = '\0';
	while (*s) {
		size_t len = strlen(s), cut = len, skip = 0;
		for (int i = 0; seps[i]; i++) {
			const char *p = strstr(s, seps[i]);
			if (p && (size_t)(p - s) < cut) {
				cut = (size_t)(p - s);
				skip = strlen(seps[i]);
			}
		}
		char one[64];
		size_t k = cut < sizeof one ? cut : sizeof one - 1;
		memcpy(one, s, k);
		one[k] = '\0';
		text_trim(one);
		if (*one) {
			if (!disclosure_value(disclosure_forms, one)) {
				snprintf(why, sizeof why, _("%s is not a form of disclosure (公开栏, 党员大会, 网站 ...)"), one);
				return why;
			}
			int w = snprintf(out + n, size - n, "%s%s", n ? "、" : "", one);
			if (w < 0 || (size_t)w >= size - n)
				return _("too many forms");
			n += (size_t)w;
		}
		s += cut + skip;
	}
	return n ? NULL : _("name at least one form of disclosure");
}

void disclosure_settings_default(struct disclosure_settings *s)
{
	memset(s, 0, sizeof *s);
	s->grace_days = 30;
	s->prompt_days = 15;
	s->archive_month = 6;
	s->archive_day = 30;
	s->reply_workdays = 10;
	s->request_workdays = 3;
	s->request_ext_workdays = 10;
	s->box_period = PERIOD_MONTH;
	s->publish_replies = true;
}

struct date disclosure_due(struct period p, int grace_days)
{
	return date_add_days(period_last_day(p), grace_days);
}

struct date disclosure_until(const struct workdays *cal, struct date published, int days, bool workdays)
{
	if (days < 1)
		days = 1;
	return workdays ? workday_nth(cal, published, days) : date_add_days(published, days - 1);
}

struct date disclosure_archive_due(const struct disclosure_settings *s, int year)
{
	struct date d = { year + 1, s->archive_month, s->archive_day };
	if (!date_valid(d))
		d.d = date_days_in_month(d.y, d.m);
	return d;
}

struct date feedback_due(const struct workdays *cal, struct date received, int workdays)
{
	return workday_nth(cal, date_add_days(received, 1), workdays < 1 ? 1 : workdays);
}

struct date feedback_due_for(const struct disclosure_settings *s, const char *channel, struct date received)
{
	bool request = !strcmp(channel, "依申请公开");
	return feedback_due(s->calendar, received, request ? s->request_workdays : s->reply_workdays);
}

struct date feedback_extended_due(const struct disclosure_settings *s, struct date received)
{
	return feedback_due(s->calendar, received, s->request_ext_workdays);
}

enum disclosure_state disclosure_state_of(struct date due, const struct date *published, struct date today)
{
	if (published)
		return date_cmp(*published, due) <= 0 ? DS_ON_TIME : DS_LATE;
	return date_cmp(due, today) < 0 ? DS_MISSING : DS_PENDING;
}

enum feedback_state feedback_state_of(struct date due, const struct date *replied, struct date today)
{
	if (replied)
		return date_cmp(*replied, due) <= 0 ? FS_ON_TIME : FS_LATE;
	return date_cmp(due, today) < 0 ? FS_OVERDUE : FS_OPEN;
}

static bool done(const char *d)
{
	return d && *d;
}

/* a before b, when both are done. */
static bool before(const char *a, const char *b)
{
	return !done(a) || !done(b) || strcmp(a, b) <= 0;
}

const char *disclosure_steps_check(const struct disclosure_steps *s)
{
	static char why[256];
	if (done(s->published) && (!done(s->reviewed) || !s->secrecy_checked || !done(s->approved))) {
		snprintf(why, sizeof why,
			 _("cannot publish before it is reviewed (with the secrecy check) and approved (%s)"),
			 DISCLOSURE_RULE_15);
		return why;
	}
	if (done(s->reviewed) && !s->secrecy_checked)
		return _("the review must include the secrecy check (保密审查)");
	if (done(s->approved) && !done(s->reviewed))
		return _("cannot approve before it is reviewed");
	if (!before(s->proposed, s->reviewed))
		return _("the review date is before the proposal date");
	if (!before(s->reviewed, s->approved))
		return _("the approval date is before the review date");
	if (!before(s->approved, s->published))
		return _("the publication date is before the approval date");
	if (done(s->published_out) && !done(s->published))
		return _("publish inside the party first: the outside date needs the inside one");
	if (!before(s->published, s->published_out))
		return _("the outside (党外) date is before the inside (党内) date: change the scope instead");
	if (done(s->published_out) && s->scope && !strcmp(s->scope, "党内"))
		return _("an item disclosed inside the party only has no outside date");
	if ((done(s->taken_down) || done(s->archived)) && !done(s->published))
		return _("only what was published can be taken down or archived");
	if (!before(s->published, s->taken_down))
		return _("the take-down date is before the publication date");
	if (!before(s->published, s->archived))
		return _("the archive date is before the publication date");
	return NULL;
}
