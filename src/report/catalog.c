#include "report/catalog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/candidate.h"
#include "db/db.h"
#include "db/meeting.h"
#include "io/sheet.h"
#include "report/dues.h"
#include "report/hours.h"
#include "report/service.h"
#include "report/talks.h"
#include "report/meetings.h"
#include "report/pipeline.h"
#include "report/roster.h"
#include "report/stats.h"
#include "report/todo.h"
#include "rules/meetings.h"

#define TEXT_FORMATS (REPORT_FORMAT(OUT_TXT) | REPORT_FORMAT(OUT_CSV))

const struct report_kind report_kinds[] = {
	{ REPORT_ROSTER, "export roster", N_("Party member roster (花名册)"), "党员花名册",
	  RP_FULL_ID | RP_ALL, REPORT_ALL_FORMATS },
	{ REPORT_DUES_QUARTER, "report dues --quarter", N_("Party dues, quarterly report (党费季报)"), "党费季报",
	  RP_QUARTER | RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_DUES_YEAR, "report dues --year", N_("Party dues, yearly report (党费年报)"), "党费年报",
	  RP_YEAR | RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_DUES_NOTICE, "report dues-notice", N_("Notice of dues collected (党费收缴公示)"), "党费收缴公示",
	  RP_QUARTER | RP_YEAR | RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_ARREARS, "report arrears", N_("Members in arrears with dues (欠交党费)"), "欠交党费名单",
	  RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_MEETINGS, "report meetings", N_("Meetings of the year against the requirements"), "组织生活情况",
	  RP_YEAR, REPORT_ALL_FORMATS },
	{ REPORT_MINUTES, "export minutes --year", N_("Minutes of the year (会议记录)"), "会议记录",
	  RP_YEAR | RP_MEETING_KIND, REPORT_ALL_FORMATS },
	{ REPORT_PIPELINE, "report pipeline", N_("Development of new members (发展党员情况)"), "发展党员情况",
	  RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_NOTICE, "report notice", N_("Public notice of a candidate (公示)"), "公示",
	  RP_NOTICE | RP_AS_OF, REPORT_FORMAT(OUT_TXT) },
	{ REPORT_ACTIVISTS, "export activists", N_("Register of activists (入党积极分子名册)"), "入党积极分子名册",
	  RP_YEAR | RP_FULL_ID, REPORT_ALL_FORMATS },
	{ REPORT_TARGETS, "export candidates", N_("Register of development targets (发展对象名册)"), "发展对象名册",
	  RP_YEAR | RP_FULL_ID, REPORT_ALL_FORMATS },
	{ REPORT_NEW_MEMBERS, "export new-members", N_("Register of new members (新党员名册)"), "新党员名册",
	  RP_YEAR | RP_FULL_ID, REPORT_ALL_FORMATS },
	{ REPORT_STATS, "report stats", N_("Party member statistics (党员统计表)"), "党员统计表",
	  RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_HOURS, "report hours", N_("Education and training hours (学时登记表)"), "党员教育培训学时登记表",
	  RP_YEAR, REPORT_ALL_FORMATS },
	{ REPORT_TALKS, "report talks", N_("Talks and their coverage (谈心谈话)"), "谈心谈话覆盖情况",
	  RP_YEAR, REPORT_ALL_FORMATS },
	{ REPORT_SERVICE, "report service", N_("Volunteer service, pledges and posts (志愿服务)"), "志愿服务与承诺践诺",
	  RP_YEAR, REPORT_ALL_FORMATS },
	{ REPORT_CHECK, "check", N_("Overdue and due soon (待办事项)"), "待办事项",
	  RP_AS_OF | RP_WITHIN, TEXT_FORMATS },
};
const int report_kind_count = (int)(sizeof report_kinds / sizeof report_kinds[0]);

void report_request_init(struct report_request *r, const struct report_kind *kind, struct date today)
{
	memset(r, 0, sizeof *r);
	r->kind = kind;
	r->year = today.y;
	r->quarter = quarter_of_month(today.m);
	if ((kind->params & RP_YEAR) && !(kind->params & RP_QUARTER))
		r->quarter = 0;
	r->as_of = today;
	r->within = 30;
	r->meeting_kind = -1;
	r->notice = PN_TARGET;
}

static struct sheet *build_notice(struct db *db, const struct report_request *r, char **text,
				  const char **why)
{
	long long id;
	int n = candidate_find(db, r->person, &id);
	if (n < 0) {
		*why = db_error(db);
		return NULL;
	}
	if (n != 1) {
		*why = n ? _("several people in 发展 have that name: give the ID number")
			 : _("no one in 发展 has that name or ID number");
		return NULL;
	}
	struct candidate *c = malloc(sizeof *c);
	if (!c)
		abort();
	if (!candidate_get(db, id, c))
		*why = db_error(db);
	else
		*text = pipeline_notice_text(db, c, (enum pipeline_notice)r->notice, r->as_of, NULL, why);
	free(c);
	return NULL;
}

bool report_build(struct db *db, const struct report_request *r, struct sheet **sheet, char **text,
		  const char **why)
{
	struct dues_period dp = { r->year, r->quarter, r->as_of };
	struct sheet *s = NULL;
	*sheet = NULL;
	*text = NULL;
	*why = NULL;
	switch (r->kind->id) {
	case REPORT_ROSTER: {
		struct roster_options ro = { .include_left = r->include_left, .full_id = r->full_id };
		s = roster_sheet(db, &ro);
		break;
	}
	case REPORT_DUES_QUARTER:
	case REPORT_DUES_YEAR:
		s = dues_report_sheet(db, &dp);
		break;
	case REPORT_DUES_NOTICE:
		s = dues_notice_sheet(db, &dp);
		break;
	case REPORT_ARREARS:
		s = dues_arrears_sheet(db, r->as_of);
		break;
	case REPORT_MEETINGS:
		s = meetings_report(db, r->year);
		break;
	case REPORT_MINUTES: {
		struct meeting_filter f;
		meeting_filter_init(&f);
		f.kind = r->meeting_kind;
		snprintf(f.from, sizeof f.from, "%04d-01-01", r->year);
		snprintf(f.to, sizeof f.to, "%04d-12-31", r->year);
		if (!minutes_sheets(db, &f, &s)) {
			*why = db_error(db);
			return false;
		}
		if (!s) {
			*why = _("no minutes of that year (and kind) are recorded");
			return false;
		}
		break;
	}
	case REPORT_PIPELINE:
		s = pipeline_sheet(db, r->as_of);
		break;
	case REPORT_NOTICE:
		build_notice(db, r, text, why);
		return *text != NULL;
	case REPORT_ACTIVISTS:
		s = pipeline_register_sheet(db, REG_ACTIVISTS, r->year, r->full_id);
		break;
	case REPORT_TARGETS:
		s = pipeline_register_sheet(db, REG_TARGETS, r->year, r->full_id);
		break;
	case REPORT_NEW_MEMBERS:
		s = pipeline_register_sheet(db, REG_NEW_MEMBERS, r->year, r->full_id);
		break;
	case REPORT_STATS:
		s = stats_sheet(db, r->as_of);
		break;
	case REPORT_HOURS:
		s = hours_sheet(db, r->year, r->as_of);
		break;
	case REPORT_TALKS:
		s = talks_sheet(db, r->year, r->as_of);
		break;
	case REPORT_SERVICE:
		s = service_sheet(db, r->year, r->as_of);
		break;
	case REPORT_CHECK:
		s = todo_sheet(db, r->as_of, r->within);
		break;
	}
	if (!s) {
		*why = db_error(db);
		return false;
	}
	*sheet = s;
	return true;
}

void report_period_label(const struct report_request *r, char *out, size_t size)
{
	unsigned p = r->kind->params;
	char iso[DATE_ISO_SIZE];
	if ((p & RP_QUARTER) && r->quarter)
		snprintf(out, size, "%04dQ%d", r->year, r->quarter);
	else if (p & RP_YEAR)
		snprintf(out, size, "%04d", r->year);
	else {
		date_format(p & RP_AS_OF ? r->as_of : date_today(), iso);
		snprintf(out, size, "%s", iso);
	}
}

const char *report_format_ext(enum out_format format)
{
	switch (format) {
	case OUT_CSV: return "csv";
	case OUT_XLSX: return "xlsx";
	case OUT_TXT: break;
	}
	return "txt";
}

/* A part of a file name: no folder separators or control characters, no
 * leading dot, no characters Windows refuses (the files go to USB sticks). */
static void name_part(char *out, size_t size, const char *text)
{
	size_t n = strlen(out);
	for (const char *p = text; *p && n + 1 < size; p++) {
		unsigned char c = (unsigned char)*p;
		bool bad = c < 0x20 || c == 0x7f || strchr("/\\:*?\"<>|", c) != NULL;
		if (n == 0 && c == '.')
			bad = true;
		out[n++] = bad ? '_' : (char)c;
	}
	out[n] = '\0';
}

void report_file_name(const char *branch, const struct report_request *r, enum out_format format,
		      char *out, size_t size)
{
	char period[32], label[160];
	const struct report_kind *k = r->kind;
	report_period_label(r, period, sizeof period);
	if (k->id == REPORT_NOTICE)
		snprintf(label, sizeof label, "%s%s-%s", pipeline_notice_kinds[r->notice], k->file_label,
			 r->person);
	else if (k->id == REPORT_MINUTES && r->meeting_kind >= 0 && r->meeting_kind < MK_COUNT)
		snprintf(label, sizeof label, "%s-%s", k->file_label, meeting_kind_names[r->meeting_kind]);
	else
		snprintf(label, sizeof label, "%s", k->file_label);
	char name[512], clean[512] = "";
	snprintf(name, sizeof name, "%s-%s-%s.%s", branch, label, period, report_format_ext(format));
	name_part(clean, sizeof clean, name);
	text_copy(out, size, clean);
}
