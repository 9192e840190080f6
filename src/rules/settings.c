#include "rules/settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "rules/dues.h"
#include "rules/meetings.h"
#include "rules/pipeline.h"
#include "rules/review.h"

static const char *const rounding[] = { "1", "10", "100", NULL };
static const char *const talk_with[] = { "任一支委", "书记", NULL };

#define NUM(key, def, mark, help, lo, hi) { key, def, mark, help, SETTING_NUMBER, lo, hi, NULL }
#define ONE_OF(key, def, mark, help, list) { key, def, mark, help, SETTING_CHOICE, 0, 0, list }
#define OTHER(key, def, mark, help, type) { key, def, mark, help, type, 0, 0, NULL }
#define STR_(x) #x
#define STR(x) STR_(x)

const struct setting_def setting_defs[] = {
	OTHER("branch.contact", "", N_("[default]"), N_("whom a notice names for questions"), SETTING_TEXT),
	OTHER("branch.phone", "", N_("[default]"), N_("the phone a notice gives for questions"), SETTING_TEXT),
	OTHER("branch.place", "", N_("[default]"), N_("where a notice says to come with questions"), SETTING_TEXT),
	OTHER("meetings.since", "", N_("[default]"), N_("YYYY-MM-DD from which meetings are counted (empty: the first minute recorded)"), SETTING_DATE),
	NUM("dues.warn_months", "3", N_("[default]"), N_("months unpaid before a member is warned"), 1, 120),
	NUM("dues.flag_months", "6", N_("[default]"), N_("months unpaid before a member is flagged (六个月未交)"), 1, 120),
	NUM("dues.farmer_fen", STR(DUES_FIXED_AMOUNT), N_("[default]"), N_("fixed monthly amount in 分 of 农民, students and others without income"), DUES_FARMER_MIN, DUES_FARMER_MAX),
	ONE_OF("dues.rounding_fen", "1", N_("[practice]"), N_("amounts rounded to 1 分, 10 (角) or 100 (元)"), rounding),
	NUM("dues.remit_day", "10", N_("[practice]"), N_("day of the quarter's last month by which dues are remitted (上缴)"), 1, 28),
	NUM("pipeline.notice_days", STR(PIPELINE_NOTICE_DAYS), N_("[practice]"), N_("working days a 公示 lasts"), 1, 30),
	NUM("pipeline.thought_reports", "1", N_("[practice]"), N_("1: 思想汇报 expected each quarter; 0: not tracked"), 0, 1),
	NUM("review.threshold", STR(REVIEW_THRESHOLD_DEFAULT), N_("[practice]"), N_("average score below which the 民主测评 result is 不满意"), 0, 100),
	OTHER("plan.adopt_by", "01-31", N_("[practice]"), N_("MM-DD by which the year's plan is adopted"), SETTING_MONTH_DAY),
	ONE_OF("talks.member_with", "任一支委", N_("[practice]"), N_("who talks with every member each year: any committee member or the 书记"), talk_with),
	NUM("talks.member_pairs", "0", N_("[practice]"), N_("1: also every two members talk each year (党员之间; counted up to 200 people on the roster)"), 0, 1),
	NUM("training.max_minutes_per_day", "480", N_("[practice]"), N_("minutes of study counted at most a day"), 0, 1440),
	NUM("training.minutes_per_hour", "60", N_("[practice]"), N_("minutes that make one 学时"), 1, 240),
	NUM("training.required_hours.member", "32", N_("[practice]"), N_("学时 a member needs a year"), 0, 1000),
	NUM("training.required_hours.committee", "56", N_("[practice]"), N_("学时 a committee member needs a year"), 0, 1000),
	NUM("training.required_centralized", "1", N_("[practice]"), N_("集中培训 a member needs a year"), 0, 100),
	NUM("backup.keep", "30" /* BACKUP_KEEP_DEFAULT */, N_("[default]"), N_("daily backups kept"), 1, 3650),
	NUM("package.masked", "0", N_("[default]"), N_("1: packages for the committee mask IDs and phones unless --unmasked"), 0, 1),
	NUM("disclosure.routine_grace_days", "30", N_("[default]"), N_("days after a routine period its disclosure is due"), 0, 365),
	NUM("disclosure.prompt_days", "15", N_("[default]"), N_("days after an event (offices changed) its disclosure is due"), 0, 365),
	OTHER("disclosure.archive_by", "06-30", N_("[default]"), N_("MM-DD of the next year by which a year's disclosures are archived"), SETTING_MONTH_DAY),
	NUM("disclosure.outside_days", "0", N_("[default]"), N_("days after the inside publication of a 先党内后党外 item by which it is published outside (0: no to-do)"), 0, 365),
	NUM("disclosure.school", "0", N_("[default]"), N_("1: also the 校务公开 catalogue"), 0, 1),
	OTHER("disclosure.since", "", N_("[default]"), N_("YYYY-MM-DD from which routine periods count (empty: the first disclosure's year)"), SETTING_DATE),
	NUM("feedback.reply_workdays", "10", N_("[default]"), N_("working days to answer an opinion, the day received not counted"), 1, 60),
	NUM("feedback.request_workdays", "3", N_("[practice]"), N_("working days to answer a 依申请公开 request"), 1, 60),
	NUM("feedback.request_ext_workdays", "10", N_("[practice]"), N_("working days after one extension of a request"), 1, 60),
	OTHER("feedback.box_period", "月", N_("[practice]"), N_("how often each opinion box is opened: 月, 季度, 半年 or 年"), SETTING_PERIOD),
	NUM("feedback.publish_replies", "1", N_("[practice]"), N_("1: each reply is to be published"), 0, 1),
};
const size_t setting_count = sizeof setting_defs / sizeof setting_defs[0];

const struct setting_def *setting_find(const char *key)
{
	for (size_t k = 0; k < setting_count; k++)
		if (!strcmp(setting_defs[k].key, key))
			return &setting_defs[k];
	return NULL;
}

const char *setting_problem(const struct setting_def *s, const char *v)
{
	struct date d;
	int m, day, used = 0;
	char *end;
	switch (s->type) {
	case SETTING_NUMBER: {
		long n = strtol(v, &end, 10);
		return *v && !*end && n >= s->lo && n <= s->hi ? NULL : _("is not a number in range");
	}
	case SETTING_CHOICE:
		for (const char *const *c = s->choices; *c; c++)
			if (!strcmp(*c, v))
				return NULL;
		return _("is not one of the values it takes");
	case SETTING_MONTH_DAY:
		return sscanf(v, "%2d-%2d%n", &m, &day, &used) == 2 && !v[used] && m >= 1 && m <= 12 && day >= 1 &&
			       day <= 31 ? NULL : _("is not MM-DD");
	case SETTING_DATE:
		return !*v || date_parse_iso(v, &d) ? NULL : _("is not a date YYYY-MM-DD");
	case SETTING_PERIOD:
		return period_kind_parse(v) >= 0 ? NULL : _("is not 月, 季度, 半年 or 年");
	case SETTING_TEXT:
		return strchr(v, '\n') ? _("is more than one line") : NULL;
	}
	return NULL;
}
