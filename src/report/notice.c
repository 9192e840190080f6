/* The 公示 of a person before 发展对象 are reviewed, before acceptance and
 * before 转正.  The text is a document the branch posts, in the words such
 * notices use: fixed Chinese, like the column names of the registers, not a
 * message of the program. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/candidate.h"
#include "db/db.h"
#include "io/doc.h"
#include "io/sheet.h"
#include "report/dues.h"
#include "report/documents.h"
#include "report/pipeline.h"

struct text {
	char *buf;
	size_t len, cap;
};

static void add(struct text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(struct text *t, const char *fmt, ...)
{
	va_list ap;
	for (;;) {
		va_start(ap, fmt);
		int n = vsnprintf(t->buf + t->len, t->cap - t->len, fmt, ap);
		va_end(ap);
		if (n >= 0 && (size_t)n < t->cap - t->len) {
			t->len += (size_t)n;
			return;
		}
		t->cap = (t->cap + (size_t)(n > 0 ? n : 0)) * 2 + 256;
		t->buf = realloc(t->buf, t->cap);
		if (!t->buf)
			abort();
	}
}

/* The paragraph gathered so far into the document; t starts again. */
static void para(struct doc *doc, struct text *t)
{
	if (t->len)
		doc_para(doc, t->buf);
	t->len = 0;
	if (t->buf)
		t->buf[0] = '\0';
}

/* 2026年11月20日 (day true) or 2026年11月. */
static const char *cn_date(const char *iso, bool day, char out[32])
{
	struct date d;
	if (!date_parse_iso(iso, &d))
		snprintf(out, 32, "%s", iso);
	else if (day)
		snprintf(out, 32, "%d年%d月%d日", d.y, d.m, d.d);
	else
		snprintf(out, 32, "%d年%d月", d.y, d.m);
	return out;
}

/* 张三，女，汉族，1998年5月生，大学本科学历，计算机学院 教师 */
static void person_line(struct text *t, const struct member *p)
{
	char buf[32];
	add(t, "%s，%s", p->name, p->sex);
	if (*p->ethnicity)
		add(t, "，%s", p->ethnicity);
	if (*p->birth_date)
		add(t, "，%s生", cn_date(p->birth_date, false, buf));
	if (*p->education)
		add(t, "，%s学历", p->education);
	if (*p->work_unit)
		add(t, "，%s", p->work_unit);
	add(t, "。");
}

static void history_line(struct text *t, const struct pipeline_dossier *d, enum pipeline_notice kind)
{
	char buf[32], people[256];
	if (pipeline_step_done(d, 1))
		add(t, "%s递交入党申请书", cn_date(d->steps[1].date, true, buf));
	if (pipeline_step_done(d, 3))
		add(t, "，%s被确定为入党积极分子", cn_date(d->steps[3].date, true, buf));
	if (kind == PN_TARGET) {
		pipeline_people_text(d->contacts, d->ncontacts, people, sizeof people);
		if (*people)
			add(t, "，培养联系人为%s", people);
	} else {
		if (pipeline_step_done(d, 7))
			add(t, "，%s被列为发展对象", cn_date(d->steps[7].date, true, buf));
		pipeline_people_text(d->introducers, d->nintroducers, people, sizeof people);
		if (*people)
			add(t, "，入党介绍人为%s", people);
	}
	add(t, "。");
}

/* The lines every notice ends with: whom to contact, then the branch's
 * name and the date at the right. */
void notice_close(struct db *db, struct doc *doc, struct date dated)
{
	char contact[128], phone[64], place[256], iso[DATE_ISO_SIZE], buf[32];
	settings_get(db, BRANCH_KEY_CONTACT, contact, sizeof contact, "");
	settings_get(db, BRANCH_KEY_PHONE, phone, sizeof phone, "");
	settings_get(db, BRANCH_KEY_PLACE, place, sizeof place, "");
	/* Unset, the lines are left for the pen. */
	doc_paraf(doc, "联系人：%s；联系电话：%s%s%s。", *contact ? contact : "________",
		  *phone ? phone : "________", *place ? "；地点：" : "", place);
	struct branch b;
	if (branch_get(db, &b))
		doc_signature(doc, b.name);
	date_format(dated, iso);
	doc_cn_date(iso, buf);
	doc_date(doc, buf);
}

struct doc *pipeline_notice_doc(struct db *db, const struct candidate *c, enum pipeline_notice kind,
				struct date as_of, const char *from, const char **why)
{
	const struct pipeline_dossier *d = &c->d;
	const char *name = c->person.name;
	struct pipeline_settings set;
	struct workdays cal;
	struct date start, end;
	char buf[32], buf2[32], iso[DATE_ISO_SIZE];
	int need = pipeline_notice_needs(kind), after = pipeline_notice_step(kind);
	enum pipeline_stage stage = pipeline_stage_of(d);
	bool recorded = d->notices[kind].from[0] && !(from && *from);

	*why = NULL;
	if (!pipeline_step_done(d, need) || stage == PS_STOPPED || stage == PS_CANCELLED) {
		*why = need == 7 ? _("not a 发展对象 (step 7 is not recorded)")
				 : _("not a 预备党员 (step 17 is not recorded)");
		return NULL;
	}
	/* A 公示 comes before its step: once the step is recorded, a new one
	 * dated today would be false.  The one recorded, or one given --from,
	 * is printed as it was posted. */
	if (pipeline_step_done(d, after) && !recorded && !(from && *from)) {
		static char msg[256];
		snprintf(msg, sizeof msg,
			 _("step %d (%s) was recorded on %s: this 公示 comes before it; record the 公示 that was "
			   "posted, or give the day it was posted with --from"),
			 after, pipeline_steps[after].name, d->steps[after].date);
		*why = msg;
		return NULL;
	}
	if (!candidate_settings_load(db, &set, &cal)) {
		workdays_done(&cal);
		*why = db_error(db);
		return NULL;
	}
	if (from && *from && !date_parse(from, &start, why)) {
		workdays_done(&cal);
		return NULL;
	}
	if (recorded) {
		date_parse_iso(d->notices[kind].from, &start);
		date_parse_iso(d->notices[kind].to, &end);
	} else {
		start = workday_nth(&cal, from && *from ? start : as_of, 1);
		end = pipeline_notice_end(&set, start);
	}
	int days = workday_count(&cal, start, end);
	workdays_done(&cal);

	char title[256];
	struct doc *doc;
	struct text t = { NULL, 0, 0 };
	switch (kind) {
	case PN_TARGET:
		snprintf(title, sizeof title, "关于拟将%s同志列为发展对象的公示", name);
		add(&t, "经党支部委员会研究，拟将%s同志列为发展对象。现将有关情况公示如下：", name);
		break;
	case PN_ADMIT:
		snprintf(title, sizeof title, "关于拟接收%s同志为中共预备党员的公示", name);
		add(&t, "经党支部委员会审查，拟接收%s同志为中共预备党员。现将有关情况公示如下：", name);
		break;
	case PN_FULL:
	case PN_COUNT: {
		struct date pend;
		pipeline_probation_end(d, &pend);
		date_format(pend, iso);
		snprintf(title, sizeof title, "关于%s同志预备党员转正的公示", name);
		add(&t, "%s同志于%s经支部党员大会讨论通过接收为中共预备党员", name,
		    cn_date(d->steps[15].date, true, buf));
		if (pipeline_step_done(d, 17))
			add(&t, "，%s经上级党委批准", cn_date(d->steps[17].date, true, buf));
		add(&t, "，预备期至%s止。经党支部委员会研究，拟同意%s同志按期转为中共正式党员。"
			"现将有关情况公示如下：", cn_date(iso, true, buf2), name);
		break;
	}
	}
	doc = doc_new(title, 16);
	doc_title(doc, title);
	para(doc, &t);
	person_line(&t, &c->person);
	history_line(&t, d, kind);
	para(doc, &t);
	date_format(start, iso);
	add(&t, "公示时间：%s至", cn_date(iso, true, buf));
	date_format(end, iso);
	add(&t, "%s（%d个工作日）。", cn_date(iso, true, buf), days);
	para(doc, &t);
	add(&t, "公示期间，党员和群众可通过来信、来电、来访等方式，向党支部反映公示对象的情况和问题。"
		"反映问题应实事求是，以真实姓名反映。");
	para(doc, &t);
	free(t.buf);
	notice_close(db, doc, start);
	return doc;
}

struct doc *dues_notice_doc(struct db *db, const struct dues_period *p)
{
	struct sheet *s = dues_notice_sheet(db, p);
	if (!s)
		return NULL;
	/* The sheet's last line is the branch and the date: notice_close
	 * writes them as a notice ends. */
	if (s->nfooter)
		free(s->footer[--s->nfooter]);
	struct doc *doc = doc_new(s->title, 12);
	doc_add_sheet(doc, s);
	sheet_free(s);
	notice_close(db, doc, date_today()); /* issued today, whatever day the payments are counted to */
	return doc;
}
