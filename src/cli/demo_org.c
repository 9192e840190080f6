/* Demo 换届, 文书档案 and 报送: the committee's term elected 35 months ago
 * (its request due now), four years of documents (archived up to two years
 * back), and the submissions of the year: the yearly ones sent, one late,
 * one due soon.  Everything goes through src/db, as the commands do. */
#include <stdio.h>
#include <string.h>

#include "cli/demo.h"
#include "core/text.h"
#include "db/archive.h"
#include "db/term.h"

static const struct demo_doc {
	const char *direction, *category, *no, *by, *title, *md, *retention;
	int pages;
} docs[] = {
	{ "收文", "上级文件", "党委发〔%d〕1号", "学院党委", "%d年党建工作要点", "02-20", "长期", 6 },
	{ "本级材料", "计划总结", "", "", "%d年党支部工作计划", "01-25", "永久", 4 },
	{ "本级材料", "三会一课", "", "", "%d年第一季度党课记录", "03-28", "长期", 3 },
	{ "收文", "统计报表", "组通〔%d〕5号", "学院党委组织部", "关于做好%d年党内统计工作的通知", "11-30", "10年", 2 },
	{ "发文", "发展党员", "", "", "%d年发展党员工作情况报告", "07-10", "永久", 5 },
	{ "本级材料", "组织生活会与民主评议", "", "", "%d年度组织生活会材料", "12-20", "永久", 12 },
};

static bool add_documents(struct demo *d, int year)
{
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		struct document doc = { 0 };
		char day[16];
		doc.year = year;
		doc.pages = docs[i].pages;
		snprintf(day, sizeof day, "%04d-%s", year, docs[i].md);
		char today[DATE_ISO_SIZE];
		date_format(d->today, today);
		if (strcmp(day, today) > 0)
			continue; /* not written yet */
		snprintf(doc.direction, sizeof doc.direction, "%s", docs[i].direction);
		snprintf(doc.category, sizeof doc.category, "%s", docs[i].category);
		snprintf(doc.doc_no, sizeof doc.doc_no, docs[i].no, year);
		snprintf(doc.author, sizeof doc.author, "%s", *docs[i].by ? docs[i].by : "本支部");
		snprintf(doc.title, sizeof doc.title, docs[i].title, year, year);
		text_copy(doc.date, sizeof doc.date, day);
		snprintf(doc.retention, sizeof doc.retention, "%s", docs[i].retention);
		snprintf(doc.location, sizeof doc.location, "%d-%zu", year, i / 3 + 1);
		if (!document_insert(d->db, &doc))
			return false;
	}
	return true;
}

static bool add_submission(struct demo *d, const char *item, const char *to, struct date due, bool sent)
{
	struct submission s = { 0 };
	text_copy(s.item, sizeof s.item, item);
	text_copy(s.to_org, sizeof s.to_org, to);
	date_format(due, s.due);
	if (!submission_insert(d->db, &s))
		return false;
	if (!sent)
		return true;
	char on[DATE_ISO_SIZE];
	date_format(date_add_days(due, -2), on);
	return submission_mark_sent(d->db, s.id, on, "系统");
}

bool demo_org(struct demo *d)
{
	struct term t = { 0 };
	date_format(date_add_months(d->today, -35), t.elected_on);
	t.years = 3;
	if (!term_insert(d->db, &t))
		return false;
	int count;
	for (int y = d->today.y - 3; y <= d->today.y; y++) {
		char on[DATE_ISO_SIZE];
		date_format((struct date){ y + 1, 3, 15 }, on);
		if (!add_documents(d, y) || (y < d->today.y - 1 && !documents_archive(d->db, y, on, &count)))
			return false;
	}
	int y = d->today.y;
	return add_submission(d, "党内统计年报", "上级党委组织部", (struct date){ y, 1, 15 }, true) &&
	       add_submission(d, "年度工作总结和书记述职", "上级党委", (struct date){ y, 1, 31 }, true) &&
	       add_submission(d, "主题教育开展情况", "上级党委", date_add_days(d->today, -5), false) &&
	       add_submission(d, "党员教育培训情况统计", "上级党委组织部", date_add_days(d->today, 10), false);
}
