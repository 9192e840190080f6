#include "report/catalog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/candidate.h"
#include "db/db.h"
#include "db/meeting.h"
#include "io/doc.h"
#include "io/sheet.h"
#include "report/documents.h"
#include "report/disclosure.h"
#include "report/dues.h"
#include "report/hours.h"
#include "report/org.h"
#include "report/service.h"
#include "report/talks.h"
#include "report/meetings.h"
#include "report/pipeline.h"
#include "report/plan.h"
#include "report/rectify.h"
#include "report/review.h"
#include "report/yearbook.h"
#include "report/roster.h"
#include "report/stats.h"
#include "report/template.h"
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
	  RP_NOTICE | RP_AS_OF, REPORT_FORMAT(OUT_TXT) | REPORT_FORMAT(OUT_PDF) },
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
	{ REPORT_DOCUMENTS, "report documents", N_("Index of documents (文件材料目录)"), "文件材料目录",
	  RP_YEAR, REPORT_ALL_FORMATS },
	{ REPORT_CHECK, "check", N_("Overdue and due soon (待办事项)"), "待办事项",
	  RP_AS_OF | RP_WITHIN, TEXT_FORMATS },
	{ REPORT_TEMPLATE_MEMBERS, "export template members", N_("Template to fill: members (花名册导入模板)"),
	  "花名册导入模板", 0, REPORT_FORMAT(OUT_XLSX) },
	{ REPORT_TEMPLATE_DUES, "export template dues", N_("Template to fill: dues amounts (党费标准导入模板)"),
	  "党费标准导入模板", 0, REPORT_FORMAT(OUT_XLSX) },
	{ REPORT_TEMPLATE_PAYMENTS, "export template payments", N_("Template to fill: payments (党费缴纳导入模板)"),
	  "党费缴纳导入模板", 0, REPORT_FORMAT(OUT_XLSX) },
	{ REPORT_TEMPLATE_MEETINGS, "export template meetings", N_("Template to fill: meetings (会议记录导入模板)"),
	  "会议记录导入模板", 0, REPORT_FORMAT(OUT_XLSX) },
	{ REPORT_TEMPLATE_CANDIDATES, "export template candidates",
	  N_("Template to fill: candidates (入党申请人导入模板)"), "入党申请人导入模板", 0, REPORT_FORMAT(OUT_XLSX) },
	{ REPORT_DISCLOSURES, "report disclosures", N_("Register of disclosures (党务公开登记表)"), "党务公开登记表",
	  RP_YEAR | RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_DISCLOSURE_CATALOG, "report disclosure-catalog", N_("Catalogue of disclosures (党务公开目录)"),
	  "党务公开目录", 0, REPORT_ALL_FORMATS },
	{ REPORT_FEEDBACK, "report feedback", N_("Register of opinions and their handling (意见建议办理登记表)"),
	  "意见建议办理登记表", RP_YEAR | RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_FEEDBACK_NOTICE, "report feedback-notice", N_("Notice of how opinions were handled (意见建议办理情况公示)"),
	  "意见建议办理情况公示", RP_YEAR | RP_AS_OF, REPORT_FORMAT(OUT_TXT) },
	{ REPORT_RECTIFY, "report rectify", N_("Rectification ledger (整改台账)"), "整改台账",
	  RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_RECTIFY_SUMMARY, "report rectify-summary", N_("Rectification by batch (整改情况统计表)"), "整改情况统计表",
	  RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_PLAN, "report plan", N_("The year's party-building work plan (年度党建工作计划)"), "年度党建工作计划",
	  RP_YEAR | RP_AS_OF, REPORT_ALL_FORMATS },
	{ REPORT_REVIEW, "report review", N_("Members' review of the committee (民主测评结果)"), "民主测评结果汇总表",
	  RP_YEAR, REPORT_ALL_FORMATS },
	{ REPORT_REVIEW_FORM, "report review-form", N_("Blank review ballot (民主测评表)"), "民主测评表",
	  RP_YEAR, REPORT_ALL_FORMATS },
	{ REPORT_YEARBOOK, "report yearbook", N_("The year in numbers (述职数据表)"), "述职数据表",
	  RP_YEAR | RP_AS_OF, REPORT_ALL_FORMATS },
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

static struct doc *notice_doc(struct db *db, const struct report_request *r, const char **why)
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
	struct doc *doc = NULL;
	if (!c)
		abort();
	if (!candidate_get(db, id, c))
		*why = db_error(db);
	else
		doc = pipeline_notice_doc(db, c, (enum pipeline_notice)r->notice, r->as_of, NULL, why);
	free(c);
	return doc;
}

static void minutes_filter(const struct report_request *r, struct meeting_filter *f)
{
	meeting_filter_init(f);
	f->kind = r->meeting_kind;
	f->id = r->meeting_id;
	snprintf(f->from, sizeof f->from, "%04d-01-01", r->year);
	snprintf(f->to, sizeof f->to, "%04d-12-31", r->year);
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
		minutes_filter(r, &f);
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
	case REPORT_NOTICE: {
		struct doc *doc = notice_doc(db, r, why);
		if (doc)
			*text = doc_text_string(doc);
		doc_free(doc);
		return *text != NULL;
	}
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
	case REPORT_TEMPLATE_MEMBERS:
	case REPORT_TEMPLATE_DUES:
	case REPORT_TEMPLATE_PAYMENTS:
	case REPORT_TEMPLATE_MEETINGS:
	case REPORT_TEMPLATE_CANDIDATES:
		s = template_sheet(template_kinds[r->kind->id - REPORT_TEMPLATE_MEMBERS]);
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
	case REPORT_DOCUMENTS:
		s = documents_sheet(db, r->year);
		break;
	case REPORT_CHECK:
		s = todo_sheet(db, r->as_of, r->within);
		break;
	case REPORT_DISCLOSURES:
		s = disclosure_register_sheet(db, r->year, r->as_of);
		break;
	case REPORT_DISCLOSURE_CATALOG:
		s = disclosure_catalog_sheet(db);
		break;
	case REPORT_FEEDBACK:
		s = feedback_register_sheet(db, r->year, r->as_of);
		break;
	case REPORT_FEEDBACK_NOTICE:
		*text = feedback_notice_text(db, r->year, r->as_of, why);
		return *text != NULL;
	case REPORT_RECTIFY:
		s = rectify_ledger_sheet(db, 0, r->as_of);
		break;
	case REPORT_RECTIFY_SUMMARY:
		s = rectify_summary_sheet(db, r->as_of);
		break;
	case REPORT_PLAN:
		s = plan_sheet(db, r->year, r->as_of);
		break;
	case REPORT_REVIEW:
		s = review_sheet(db, r->year);
		break;
	case REPORT_REVIEW_FORM:
		s = review_form_sheet(db, r->year);
		break;
	case REPORT_YEARBOOK:
		s = yearbook_sheets(db, r->year, 0, r->as_of);
		break;
	case REPORT_ID_COUNT:
		break;
	}
	if (!s) {
		*why = db_error(db);
		return false;
	}
	*sheet = s;
	return true;
}

bool report_write(struct db *db, const struct report_request *r, const struct sheet *sheet, const char *text,
		  enum out_format format, enum text_encoding enc, const char *path, char **err)
{
	*err = NULL;
	if (format != OUT_PDF)
		return text ? text_write_file(text, enc, path, err) : sheet_write(sheet, format, enc, path, err);
	struct dues_period dp = { r->year, r->quarter, r->as_of };
	struct meeting_filter f;
	const char *why = NULL;
	struct doc *doc = NULL;
	switch (r->kind->id) {
	case REPORT_MINUTES:
		minutes_filter(r, &f);
		if (!minutes_doc(db, &f, true, &doc) || !doc)
			why = doc ? NULL : _("no minutes of that year (and kind) are recorded");
		break;
	case REPORT_NOTICE:
		doc = notice_doc(db, r, &why);
		break;
	case REPORT_DUES_NOTICE:
		doc = dues_notice_doc(db, &dp);
		break;
	case REPORT_FEEDBACK_NOTICE:
		doc = feedback_notice_doc(db, r->year, r->as_of, &why);
		break;
	default:
		if (sheet)
			doc = doc_from_sheet(sheet);
		break;
	}
	if (!doc) {
		if (asprintf(err, "%s", why ? why : db_error(db)) < 0)
			*err = NULL;
		return false;
	}
	bool ok = doc_write(doc, OUT_PDF, enc, path, err);
	doc_free(doc);
	return ok;
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
	case OUT_PDF: return "pdf";
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
