/* Demo meetings: the branch committee with its elections, group leaders,
 * ten years of minutes (三会一课, 主题党日, 组织生活会, 民主评议, 谈心谈话)
 * with attendance and votes, 民主评议 grades for recent years, and a few
 * deliberate gaps in recent months so that `zhibu check` has something to
 * say.  Everything goes through src/db, as the screens' writes do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/demo.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/evaluation.h"
#include "db/group.h"
#include "db/meeting.h"
#include "db/member.h"
#include "db/role.h"
#include "io/progress.h"

#define YEARS 10
#define CANDIDATES 8
/* Above this size (a benchmark, not a branch) only the 党员大会 and this
 * year's minutes record attendance: millions of rows would add nothing. */
#define FULL_ATTENDANCE_MEMBERS 2000

static const char *const places[] = {
	"党员活动室", "学院第二会议室", "学院第一会议室", "党员活动室", NULL
};
static const char *const reasons[] = {
	"出差", "病假", "事假", "外出培训", "公务外出", "照顾家人", "出差", "带学生实习", NULL
};
static const char *const committee_topics[] = {
	"研究本月党建工作安排", "研究发展党员工作", "讨论党费收缴情况", "研究主题党日活动方案",
	"研究党员教育培训计划", "分析党员思想动态", "研究意识形态工作", "研究支部年度工作总结",
	"研究组织生活会准备工作", "研究党风廉政建设工作", NULL
};
static const char *const theme_days[] = {
	"重温入党誓词", "学习党章党规", "参观革命纪念馆", "志愿服务进社区", "学习党的二十大精神",
	"观看警示教育片", "为群众办实事", "学习习近平新时代中国特色社会主义思想", "红色经典诵读",
	"走访慰问老党员", "清洁校园志愿活动", "学习《中国共产党支部工作条例（试行）》", NULL
};
static const char *const lecture_topics[] = {
	"坚定理想信念，践行初心使命", "以高质量党建引领学院发展", "加强作风建设，密切联系群众",
	"学习党史，汲取奋进力量", "严守政治纪律和政治规矩", "做合格共产党员", NULL
};
static const char *const group_topics[] = {
	"学习近期重要讲话精神", "交流学习体会", "开展批评与自我批评", "讨论本组党员联系群众情况",
	"学习典型事迹", "讨论教学科研中的党员作用发挥", NULL
};
/* A 党员大会's topic and the motion it votes on. */
static const char *const general_topics[] = {
	"讨论支部工作报告", "讨论接收预备党员", "讨论预备党员转正", "讨论支部年度工作计划",
	"讨论党费收缴和使用情况", "讨论民主评议党员结果", NULL
};
static const char *const general_motions[] = {
	"关于支部工作报告的决议", "关于接收预备党员的决议", "关于预备党员转正的决议",
	"关于支部年度工作计划的决议", "关于党费收缴和使用情况的决议", "关于民主评议党员结果的决议", NULL
};
static const char *const outside_speakers[] = {
	"学院党委书记 陈志远", "学校党校 刘老师", "马克思主义学院 王教授", NULL
};

struct holder {
	enum branch_role role;
	long long id;
	char name[MINUTE_NAME_SIZE];
	struct date from;
};

struct unit {
	long long id;
	char name[MINUTE_NAME_SIZE];
	long long leader;
	char leader_name[MINUTE_NAME_SIZE];
};

struct gen {
	struct demo *d;
	struct holder *terms;        /* every appointment, in order */
	int nterms;
	bool committee;              /* the branch elects a committee (7+ full members) */
	struct unit *groups;
	int ngroups, cap;
	long long *expected;         /* scratch: who should attend */
	size_t nexpected, cap_expected;
	struct date start;           /* first day of the first month */
	bool failed;
};

/* The holder of an office on a day, or NULL. */
static const struct holder *holder_on(const struct gen *g, enum branch_role r, struct date day)
{
	const struct holder *h = NULL;
	for (int i = 0; i < g->nterms; i++)
		if (g->terms[i].role == r && date_cmp(g->terms[i].from, day) <= 0)
			h = &g->terms[i];
	return h;
}

static void add_group(void *ctx, const struct party_group *pg)
{
	struct gen *g = ctx;
	if (pg->members <= 0)
		return;
	if (g->ngroups == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 16;
		g->groups = realloc(g->groups, (size_t)g->cap * sizeof *g->groups);
		if (!g->groups)
			abort();
	}
	struct unit *u = &g->groups[g->ngroups++];
	memset(u, 0, sizeof *u);
	u->id = pg->id;
	snprintf(u->name, sizeof u->name, "%s", pg->name);
}

/* The committee: the longest-serving full members, elected at the start of
 * the ten years and re-elected every three, with a few changes. */
static bool make_committee(struct gen *g)
{
	struct demo *d = g->d;
	struct member_filter f = { .kind = "正式", .status = "正常" };
	long long full = member_count(d->db, &f);
	struct member_iter *it = member_iter_new(d->db, &f, MSORT_JOIN_DATE, false, 0, CANDIDATES);
	if (!it)
		return false;
	struct member c[CANDIDATES];
	int n = 0;
	char start[DATE_ISO_SIZE];
	date_format(g->start, start);
	while (n < CANDIDATES && member_iter_next(it, &c[n]))
		if (!*c[n].full_date || strcmp(c[n].full_date, start) <= 0)
			n++;
	member_iter_free(it);
	g->committee = full >= 7 && n >= 7;
	static const struct {
		int term, candidate;
		enum branch_role role;
	} plan[] = {
		{ 0, 0, ROLE_SECRETARY }, { 0, 1, ROLE_DEPUTY }, { 0, 2, ROLE_ORGANISATION },
		{ 0, 3, ROLE_PUBLICITY }, { 0, 4, ROLE_DISCIPLINE },
		{ 1, 5, ROLE_PUBLICITY }, { 2, 6, ROLE_DEPUTY }, { 3, 1, ROLE_DISCIPLINE },
	};
	g->terms = calloc(sizeof plan / sizeof plan[0], sizeof *g->terms);
	if (!g->terms)
		abort();
	for (size_t i = 0; i < sizeof plan / sizeof plan[0]; i++) {
		struct date from = date_add_months(g->start, 36 * plan[i].term);
		/* Without a committee the branch has only its secretary. */
		if ((!g->committee && plan[i].role != ROLE_SECRETARY) || plan[i].candidate >= n ||
		    date_cmp(from, d->today) > 0)
			continue;
		struct holder *h = &g->terms[g->nterms++];
		h->role = plan[i].role;
		h->id = c[plan[i].candidate].id;
		snprintf(h->name, sizeof h->name, "%s", c[plan[i].candidate].name);
		h->from = from;
		char iso[DATE_ISO_SIZE];
		date_format(from, iso);
		if (!role_assign(d->db, h->role, h->id, iso))
			return false;
	}
	if (!g->committee) {
		struct meeting_requirement none = { PERIOD_MONTH, 0, false };
		if (!meeting_requirement_set(d->db, MK_COMMITTEE, &none))
			return false;
	}
	return true;
}

/* Each group's leader: its longest-serving full member. */
static bool make_leaders(struct gen *g)
{
	if (!group_each(g->d->db, add_group, g))
		return false;
	for (int i = 0; i < g->ngroups; i++) {
		struct unit *u = &g->groups[i];
		struct member_filter f = { .kind = "正式", .status = "正常", .group = u->name };
		struct member_iter *it = member_iter_new(g->d->db, &f, MSORT_JOIN_DATE, false, 0, 1);
		struct member m;
		if (!it)
			return false;
		if (member_iter_next(it, &m)) {
			u->leader = m.id;
			snprintf(u->leader_name, sizeof u->leader_name, "%s", m.name);
		}
		member_iter_free(it);
		if (u->leader && !group_set_leader(g->d->db, u->id, u->leader))
			return false;
	}
	return true;
}

static void collect_expected(void *ctx, long long id)
{
	struct gen *g = ctx;
	if (g->nexpected == g->cap_expected) {
		g->cap_expected = g->cap_expected ? g->cap_expected * 2 : 256;
		g->expected = realloc(g->expected, g->cap_expected * sizeof *g->expected);
		if (!g->expected)
			abort();
	}
	g->expected[g->nexpected++] = id;
}

static void set_person(char *name, size_t size, long long *id, const struct holder *h, const char *fallback)
{
	*id = h ? h->id : 0;
	snprintf(name, size, "%s", h ? h->name : fallback);
}

/* Record one minute: a few of those who should attend are absent, each
 * with a reason; everyone else is filled in as present. */
static bool hold(struct gen *g, struct meeting *m, int absent_percent)
{
	struct demo *d = g->d;
	g->nexpected = 0;
	m->attendance_unrecorded = d->members > FULL_ATTENDANCE_MEMBERS && m->kind != MK_GENERAL &&
				   atoi(m->date) != d->today.y;
	if (!m->attendance_unrecorded &&
	    !meeting_expected_each(d->db, m->kind, m->group_id, m->date, collect_expected, g))
		return false;
	for (size_t i = 0; i < g->nexpected; i++)
		if (rng_chance(&d->rng, absent_percent)) {
			struct attendee *a = meeting_add_attendee(m, "", false, rng_pick(&d->rng, reasons));
			a->member_id = g->expected[i];
		}
	return meeting_insert(d->db, m);
}

static void start_minute(struct gen *g, struct meeting *m, enum meeting_kind k, struct date day,
			 const char *start, const char *end)
{
	meeting_init(m);
	m->kind = k;
	date_format(day, m->date);
	snprintf(m->start_time, sizeof m->start_time, "%s", start);
	snprintf(m->end_time, sizeof m->end_time, "%s", end);
	snprintf(m->place, sizeof m->place, "%s", rng_pick(&g->d->rng, places));
	set_person(m->host, sizeof m->host, &m->host_id, holder_on(g, ROLE_SECRETARY, day), "");
	const struct holder *rec = holder_on(g, ROLE_ORGANISATION, day);
	set_person(m->recorder, sizeof m->recorder, &m->recorder_id,
		   rec ? rec : holder_on(g, ROLE_SECRETARY, day), "");
}

static void set_texts(struct meeting *m, const char *agenda, const char *discussion, const char *decisions)
{
	meeting_set_text(&m->agenda, agenda);
	meeting_set_text(&m->discussion, discussion);
	meeting_set_text(&m->decisions, decisions);
}

/* A weekday near day d of the month (Saturday and Sunday move to Monday). */
static struct date weekday_near(int y, int mo, int d)
{
	struct date day = { y, mo, d };
	int w = date_weekday(day);
	return w >= 5 ? date_add_days(day, 7 - w) : day;
}

static struct date first_monday(int y, int mo)
{
	struct date day = { y, mo, 1 };
	return date_add_days(day, (7 - date_weekday(day)) % 7);
}

static bool committee_meeting(struct gen *g, int y, int mo)
{
	struct meeting m;
	const char *topic = rng_pick(&g->d->rng, committee_topics);
	start_minute(g, &m, MK_COMMITTEE, weekday_near(y, mo, rng_range(&g->d->rng, 3, 8)), "14:30", "16:00");
	snprintf(m.title, sizeof m.title, "%s", topic);
	char agenda[512], text[1024];
	snprintf(agenda, sizeof agenda, "%s\n通报上月工作完成情况\n其他事项", topic);
	snprintf(text, sizeof text,
		 "书记通报了上级党委近期工作要求和上月支部工作完成情况。\n"
		 "与会支委围绕“%s”逐项讨论，结合学院实际提出了具体意见：一是明确分工、压实责任；"
		 "二是加强与各党小组的沟通，及时掌握党员思想动态；三是做好材料的整理归档。", topic);
	set_texts(&m, agenda, text, "会议同意按讨论意见抓好落实，由组织委员跟踪进度，下次支委会通报。");
	bool ok = hold(g, &m, 6);
	meeting_done(&m);
	return ok;
}

static bool theme_day(struct gen *g, int y, int mo, bool cancelled)
{
	struct meeting m;
	const char *theme = rng_pick(&g->d->rng, theme_days);
	struct date day = first_monday(y, mo);
	if (date_cmp(day, g->d->today) > 0)
		return true;
	start_minute(g, &m, MK_THEME_DAY, day, "14:30", "17:00");
	snprintf(m.title, sizeof m.title, "主题党日：%s", theme);
	char text[1024];
	snprintf(text, sizeof text,
		 "按照支部年度计划，本月主题党日以“%s”为主题。\n"
		 "支部书记作动员讲话，党员集体学习有关材料，并分组交流心得体会。"
		 "大家表示，要把学习成果转化为做好本职工作的实际行动。", theme);
	set_texts(&m, theme, text, "");
	bool ok = hold(g, &m, 10);
	if (ok && cancelled) {
		ok = meeting_cancel(g->d->db, m.id, "暴雨红色预警，活动取消，顺延一周");
		meeting_done(&m);
		start_minute(g, &m, MK_THEME_DAY, date_add_days(day, 7), "14:30", "17:00");
		snprintf(m.title, sizeof m.title, "主题党日：%s（顺延）", theme);
		set_texts(&m, theme, text, "");
		ok = ok && hold(g, &m, 10);
	}
	meeting_done(&m);
	return ok;
}

static bool group_meeting(struct gen *g, const struct unit *u, int y, int mo)
{
	struct meeting m;
	const char *topic = rng_pick(&g->d->rng, group_topics);
	struct date day = weekday_near(y, mo, rng_range(&g->d->rng, 10, 22));
	if (date_cmp(day, g->d->today) > 0)
		return true;
	start_minute(g, &m, MK_GROUP, day, "12:30", "13:30");
	m.group_id = u->id;
	snprintf(m.group, sizeof m.group, "%s", u->name);
	m.host_id = u->leader;
	snprintf(m.host, sizeof m.host, "%s", u->leader_name);
	m.recorder_id = 0;
	m.recorder[0] = '\0';
	snprintf(m.title, sizeof m.title, "%s", topic);
	char text[512];
	snprintf(text, sizeof text, "组长主持，组内党员围绕“%s”逐一发言，交流了各自的学习体会和工作情况。", topic);
	set_texts(&m, topic, text, "");
	bool ok = hold(g, &m, 8);
	meeting_done(&m);
	return ok;
}

static bool general_meeting(struct gen *g, int y, int mo)
{
	struct meeting m;
	struct date day = weekday_near(y, mo, rng_range(&g->d->rng, 18, 24));
	if (date_cmp(day, g->d->today) > 0)
		return true;
	int pick = rng_range(&g->d->rng, 0, (int)(sizeof general_motions / sizeof general_motions[0]) - 2);
	const char *topic = general_topics[pick];
	start_minute(g, &m, MK_GENERAL, day, "15:00", "17:00");
	snprintf(m.title, sizeof m.title, "%d年第%d季度支部党员大会：%s", y, (mo - 1) / 3 + 1, topic);
	char agenda[256];
	snprintf(agenda, sizeof agenda, "支部书记通报本季度工作\n%s\n布置下季度工作", topic);
	set_texts(&m, agenda,
		  "支部书记通报了本季度支部工作情况和下季度工作安排。\n"
		  "与会党员对议题进行了充分讨论，发表了意见建议；有表决权的党员以举手方式进行表决。",
		  "会议同意议题所列事项，由支委会负责组织落实。");
	bool ok = hold(g, &m, 7);
	if (ok && m.turnout.voting_expected > 0) {
		struct vote_result r;
		int present = m.turnout.voting_present;
		int against = present > 10 && rng_chance(&g->d->rng, 30) ? 1 : 0;
		int abstain = present > 10 && rng_chance(&g->d->rng, 30) ? 1 : 0;
		ok = meeting_vote(g->d->db, m.id, general_motions[pick], present - against - abstain, against, abstain, &r, NULL);
	}
	meeting_done(&m);
	return ok;
}

static bool lecture(struct gen *g, int y, int mo)
{
	struct meeting m;
	struct date day = weekday_near(y, mo, rng_range(&g->d->rng, 12, 16));
	if (date_cmp(day, g->d->today) > 0)
		return true;
	const char *topic = rng_pick(&g->d->rng, lecture_topics);
	start_minute(g, &m, MK_LECTURE, day, "15:00", "16:30");
	snprintf(m.title, sizeof m.title, "专题党课：%s", topic);
	/* The secretary teaches once a year (in the second quarter). */
	const struct holder *secretary = holder_on(g, ROLE_SECRETARY, day);
	if (mo == 5 && secretary) {
		m.speaker_id = secretary->id;
		snprintf(m.speaker, sizeof m.speaker, "%s", secretary->name);
	} else {
		snprintf(m.speaker, sizeof m.speaker, "%s", rng_pick(&g->d->rng, outside_speakers));
	}
	char text[512];
	snprintf(text, sizeof text, "%s讲授专题党课《%s》，结合身边事例作了深入阐述。党员认真听讲并做好笔记。",
		 m.speaker, topic);
	set_texts(&m, topic, text, "");
	bool ok = hold(g, &m, 8);
	meeting_done(&m);
	return ok;
}

/* December: 组织生活会 and 民主评议党员; November: 谈心谈话 of the committee. */
static bool year_end(struct gen *g, int y)
{
	struct meeting m;
	struct date day = weekday_near(y, 12, rng_range(&g->d->rng, 15, 22));
	bool ok = true;
	if (date_cmp(day, g->d->today) <= 0) {
		start_minute(g, &m, MK_ORG_LIFE, day, "14:00", "17:30");
		snprintf(m.title, sizeof m.title, "%d年度组织生活会", y);
		set_texts(&m, "支部委员会对照检查\n党员逐一对照检查、开展批评和自我批评",
			  "会前支部广泛征求了意见，支委之间、支委和党员之间开展了谈心谈话。\n"
			  "会上支部书记代表支委会作对照检查，党员逐一发言，开展批评和自我批评。",
			  "会议梳理出的问题列入整改清单，明确整改措施和时限。");
		ok = hold(g, &m, 5);
		meeting_done(&m);
		start_minute(g, &m, MK_EVALUATION, date_add_days(day, 1), "14:30", "16:30");
		snprintf(m.title, sizeof m.title, "%d年度民主评议党员", y);
		set_texts(&m, "党员个人总结\n民主测评\n确定评议等次",
			  "党员逐一作个人总结，与会党员进行民主测评，支委会根据测评结果提出评议等次意见。",
			  "评议结果报上级党委备案，并在支部内公示。");
		ok = ok && hold(g, &m, 5);
		meeting_done(&m);
	}
	day = weekday_near(y, 11, rng_range(&g->d->rng, 5, 25));
	if (ok && date_cmp(day, g->d->today) <= 0) {
		start_minute(g, &m, MK_TALK, day, "10:00", "11:30");
		snprintf(m.title, sizeof m.title, "%d年度支委谈心谈话", y);
		for (int r = 0; r < ROLE_MEMBER; r++) {
			const struct holder *h = holder_on(g, (enum branch_role)r, day);
			if (h) {
				struct attendee *a = meeting_add_attendee(&m, h->name, true, "");
				a->member_id = h->id;
			}
		}
		set_texts(&m, "支委之间、支委与党员谈心谈话", "谈心谈话坦诚相见，交流了思想和工作情况，互相提出了意见建议。", "");
		ok = meeting_insert(g->d->db, &m);
		meeting_done(&m);
	}
	return ok;
}

/* Grades for a year: about a quarter 优秀 (never more than a third). */
static bool grade_year(struct gen *g, int y)
{
	struct demo *d = g->d;
	struct member_filter f = { .kind = "正式" };
	struct member_iter *it = member_iter_new(d->db, &f, MSORT_ROSTER, false, 0, -1);
	if (!it)
		return false;
	struct member m;
	g->nexpected = 0;
	while (member_iter_next(it, &m))
		collect_expected(g, m.id);
	member_iter_free(it);
	int max = grade_max_excellent((int)g->nexpected), excellent = 0;
	for (size_t i = 0; i < g->nexpected; i++) {
		int can = evaluation_can_grade(d->db, y, g->expected[i]);
		if (can < 0)
			return false;
		if (!can)
			continue;
		int roll = rng_range(&d->rng, 1, 100);
		enum grade grade = roll <= 25 && excellent < max ? GRADE_EXCELLENT : roll <= 98 ? GRADE_GOOD : GRADE_BASIC;
		excellent += grade == GRADE_EXCELLENT;
		if (!evaluation_set(d->db, y, g->expected[i], grade, ""))
			return false;
	}
	return true;
}

/* The gaps: months (back from today) where a kind was not held. */
static bool gap(const struct gen *g, enum meeting_kind k, int y, int mo, const struct unit *u)
{
	int back = month_index(g->d->today.y, g->d->today.m) - month_index(y, mo);
	switch (k) {
	case MK_COMMITTEE: return back == 2;
	case MK_THEME_DAY: return back == 3;
	case MK_GROUP: return back == 1 && g->ngroups > 1 && u == &g->groups[1];
	case MK_LECTURE: return back >= 3 && back <= 5 && (mo - 1) % 3 == 1; /* last quarter's 党课 */
	default: break;
	}
	return false;
}

static bool month(struct gen *g, int y, int mo)
{
	bool ok = true;
	int back = month_index(g->d->today.y, g->d->today.m) - month_index(y, mo);
	if (!gap(g, MK_THEME_DAY, y, mo, NULL))
		ok = theme_day(g, y, mo, back == 5 * 12 + 2);
	if (ok && g->committee && !gap(g, MK_COMMITTEE, y, mo, NULL)) {
		struct date day = weekday_near(y, mo, 8);
		if (date_cmp(day, g->d->today) <= 0)
			ok = committee_meeting(g, y, mo);
	}
	for (int i = 0; ok && i < g->ngroups; i++)
		if (!gap(g, MK_GROUP, y, mo, &g->groups[i]))
			ok = group_meeting(g, &g->groups[i], y, mo);
	if (ok && mo % 3 == 2 && !gap(g, MK_LECTURE, y, mo, NULL))
		ok = lecture(g, y, mo);
	if (ok && mo % 3 == 0)
		ok = general_meeting(g, y, mo);
	if (ok && mo == 12)
		ok = year_end(g, y);
	if (ok && mo == 12 && y >= g->d->today.y - 3)
		ok = grade_year(g, y);
	return ok;
}

bool demo_meetings(struct demo *d)
{
	struct gen g = { .d = d };
	/* Millions of attendance rows in one transaction: a page cache that
	 * holds them saves spilling to the WAL and reading back (this
	 * connection only). */
	if (!db_exec(d->db, "PRAGMA cache_size = -262144"))
		return false;
	int first = month_index(d->today.y, d->today.m) - (YEARS * 12 - 1);
	g.start = (struct date){ first / 12, first % 12 + 1, 1 };
	bool ok = make_committee(&g) && make_leaders(&g);
	struct progress pg;
	progress_start(&pg, _("Creating minutes"), YEARS * 12);
	for (int i = 0; ok && i < YEARS * 12; i++) {
		int idx = first + i;
		ok = month(&g, idx / 12, idx % 12 + 1);
		progress_update(&pg, (size_t)i + 1);
	}
	progress_end(&pg);
	free(g.terms);
	free(g.groups);
	free(g.expected);
	return ok;
}
