/* The 会议记录 as a document: the facts of the meeting as a key–value
 * block, who came and who did not, the agenda as typed, the record of the
 * discussion in paragraphs, the votes as a table, the decisions, and the
 * signatures of the chair and the recorder kept with the last lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "db/db.h"
#include "db/meeting.h"
#include "io/doc.h"
#include "report/documents.h"
#include "report/meetings.h"
#include "report/roster.h"
#include "rules/meetings.h"
#include "rules/minute.h"

/* Each line of text as a paragraph (lines as typed when plain). */
static void add_lines(struct doc *doc, const char *text, bool plain)
{
	const char *p = text;
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		char *line = strndup(p, len);
		if (!line)
			abort();
		if (*line)
			(plain ? doc_text : doc_para)(doc, line);
		free(line);
		p += len + (eol ? 1 : 0);
	}
}

/* 张三、李四（出差）… of those present (or absent). */
static char *names(const struct meeting *m, bool present)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	if (!f)
		abort();
	int n = 0;
	for (size_t i = 0; i < m->natt; i++) {
		const struct attendee *a = &m->att[i];
		if (a->present != present)
			continue;
		fprintf(f, "%s%s", n++ ? "、" : "", a->name);
		if (*a->reason)
			fprintf(f, "（%s）", a->reason);
	}
	if (!n)
		fputs(_("none"), f);
	fclose(f);
	return buf;
}

static void doc_fact(void *ctx, const char *label, const char *value)
{
	doc_kv(ctx, label, value);
}

struct minutes_doc_ctx {
	struct db *db;
	struct doc *doc;
	size_t count;
	bool failed;
};

struct votes_ctx {
	struct doc *doc;
	int count;
	char *why;               /* the notes under the table */
	size_t why_len;
	FILE *notes;
};

static void add_vote(void *ctx, const struct motion *mo)
{
	struct votes_ctx *c = ctx;
	char yes[16], no[16], abstain[16], turnout[32];
	if (!c->count++) {
		const char *head[] = { _("Motion"), _("For"), _("Against"), _("Abstaining"),
				       _("Voting members (should attend / present)"), _("Result of the vote") };
		doc_table(c->doc, 6, head);
		for (int k = 1; k <= 4; k++)
			doc_table_align(c->doc, k, DOC_RIGHT_ALIGN);
	}
	snprintf(yes, sizeof yes, "%d", mo->yes);
	snprintf(no, sizeof no, "%d", mo->no);
	snprintf(abstain, sizeof abstain, "%d", mo->abstain);
	snprintf(turnout, sizeof turnout, "%d / %d", mo->expected, mo->present);
	const char *row[] = { mo->text, yes, no, abstain, turnout, mo->result };
	doc_table_row(c->doc, row, false);
	if (mo->why)
		fprintf(c->notes, "%s：%s\n", mo->text, mo->why);
}

static void add_meeting(void *ctx, const struct meeting *cm)
{
	struct minutes_doc_ctx *c = ctx;
	if (c->failed)
		return;
	const struct meeting m = *cm;
	struct doc *doc = c->doc;
	char title[128], subtitle[256], text[1024];
	if (c->count++)
		doc_page_break(doc);
	snprintf(text, sizeof text, "%s  %s  %s", m.date, meeting_kind_names[m.kind], m.title);
	doc_mark(doc, text);
	snprintf(title, sizeof title, _("Minutes of the %s"), meeting_kind_names[m.kind]);
	doc_title(doc, title);
	report_subtitle_held(c->db, m.date, subtitle, sizeof subtitle);
	doc_subtitle(doc, subtitle);
	minute_facts(&m, doc_fact, doc);
	char *list = names(&m, true);
	doc_kv(doc, _(minute_fields[MIN_PRESENT].label), list);
	free(list);
	list = names(&m, false);
	doc_kv(doc, _(minute_fields[MIN_ABSENT].label), list);
	free(list);
	if (*m.guests)
		doc_kv(doc, _(minute_fields[MIN_GUESTS].label), m.guests);

	doc_heading(doc, _(minute_fields[MIN_AGENDA].label));
	add_lines(doc, m.agenda, true);
	doc_heading(doc, _(minute_fields[MIN_DISCUSSION].label));
	add_lines(doc, m.discussion, false);
	if (meeting_kind_votes(m.kind)) {
		doc_heading(doc, _("Votes"));
		struct votes_ctx vc = { doc, 0, NULL, 0, NULL };
		vc.notes = open_memstream(&vc.why, &vc.why_len);
		if (!vc.notes)
			abort();
		if (!meeting_motions_each(c->db, m.id, add_vote, &vc))
			c->failed = true;
		fclose(vc.notes);
		if (!vc.count)
			doc_text(doc, _("none"));
		add_lines(doc, vc.why, true);
		free(vc.why);
	}
	doc_heading(doc, _(minute_fields[MIN_DECISIONS].label));
	add_lines(doc, m.decisions, false);
	doc_signature(doc, _("Chaired by (signature): ______________    "
			     "Recorded by (signature): ______________"));
}

bool minutes_doc(struct db *db, const struct meeting_filter *f, bool contents, struct doc **out)
{
	struct minutes_doc_ctx c = { db, doc_new(_("Minutes"), 12), 0, false };
	if (contents)
		doc_set_contents(c.doc, _("Contents"));
	bool ok = minutes_each(db, f, add_meeting, &c) && !c.failed;
	if (!ok || !c.count) {
		doc_free(c.doc);
		c.doc = NULL;
	}
	*out = c.doc;
	return ok;
}
