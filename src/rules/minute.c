#include "rules/minute.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"

const struct minute_field_info minute_fields[MIN_COUNT] = {
	[MIN_KIND]       = { "类型", N_("Kind"), true, false },
	[MIN_DATE]       = { "日期", N_("Date"), true, false },
	[MIN_TITLE]      = { "主题", N_("Topic"), false, false },
	[MIN_GROUP]      = { "党小组", N_("Party group"), false, false },
	[MIN_PLACE]      = { "地点", N_("Place"), false, false },
	[MIN_START]      = { "开始时间", N_("Start"), false, false },
	[MIN_END]        = { "结束时间", N_("End"), false, false },
	[MIN_HOST]       = { "主持人", N_("Chaired by"), false, false },
	[MIN_RECORDER]   = { "记录人", N_("Recorded by"), false, false },
	[MIN_PRESENT]    = { "出席", N_("Present"), false, true },
	[MIN_ABSENT]     = { "缺席", N_("Absent"), false, true },
	[MIN_GUESTS]     = { "列席", N_("Attending non-members"), false, true },
	[MIN_DISCUSSION] = { "内容", N_("Discussion"), false, true },
	[MIN_DECISIONS]  = { "决议", N_("Decisions"), false, true },
	[MIN_SPEAKER]    = { "主讲人", N_("Speaker"), false, false },
	[MIN_AGENDA]     = { "议题", N_("Agenda"), false, true },
};

int minute_field_by_header(const char *name)
{
	for (int i = 0; i < MIN_COUNT; i++)
		if (!strcmp(minute_fields[i].header, name))
			return i;
	return -1;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s ? s : "");
	if (!d)
		abort();
	return d;
}

void meeting_init(struct meeting *m)
{
	memset(m, 0, sizeof *m);
	m->kind = MK_COUNT;
	m->guests = xstrdup("");
	m->agenda = xstrdup("");
	m->discussion = xstrdup("");
	m->decisions = xstrdup("");
}

void meeting_done(struct meeting *m)
{
	free(m->guests);
	free(m->agenda);
	free(m->discussion);
	free(m->decisions);
	free(m->att);
	memset(m, 0, sizeof *m);
	m->kind = MK_COUNT;
}

void meeting_set_text(char **field, const char *text)
{
	char *copy = xstrdup(text);
	free(*field);
	*field = copy;
}

struct attendee *meeting_add_attendee(struct meeting *m, const char *name, bool present,
				      const char *reason)
{
	m->att = grow_array(m->att, m->natt, &m->att_cap, 16, sizeof *m->att);
	struct attendee *a = &m->att[m->natt++];
	memset(a, 0, sizeof *a);
	text_copy(a->name, sizeof a->name, name);
	text_copy(a->reason, sizeof a->reason, reason ? reason : "");
	a->present = present;
	return a;
}

/* ---- Setting fields */

static const char *set_text(char *dst, size_t size, const char *v)
{
	return text_copy(dst, size, v) ? NULL : _("too long");
}

/* Long text: drop blank lines at both ends and blanks at the ends of lines,
 * keep the rest (indentation with 　 included). */
static char *clean_lines(const char *text)
{
	size_t len = strlen(text);
	char *out = malloc(len + 2), *o = out; /* every line gets its newline */
	if (!out)
		abort();
	const char *p = text;
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t n = eol ? (size_t)(eol - p) : strlen(p);
		char *line = o;
		memcpy(o, p, n);
		o += n;
		while (o > line && strchr(" \t\r", o[-1]))
			o--;
		*o++ = '\n';
		p += n + (eol ? 1 : 0);
	}
	*o = '\0';
	/* Blank lines (also of ideographic spaces) at the start and the end. */
	char *start = out;
	for (;;) {
		char *eol = strchr(start, '\n');
		if (!eol)
			break;
		*eol = '\0';
		bool blank = text_blank(start);
		*eol = '\n';
		if (!blank)
			break;
		start = eol + 1;
	}
	char *end = out + strlen(out);
	while (end > start) {
		char *prev = end - 1; /* the '\n' that ends the last line */
		char *line = prev;
		while (line > start && line[-1] != '\n')
			line--;
		*prev = '\0';
		bool blank = text_blank(line);
		if (!blank) {
			break;
		}
		end = line;
	}
	*end = '\0';
	memmove(out, start, strlen(start) + 1);
	return out;
}

struct list_ctx {
	struct meeting *m;
	bool present;
};

static void add_listed(void *ctx, const char *name, const char *reason)
{
	struct list_ctx *c = ctx;
	meeting_add_attendee(c->m, name, c->present, reason);
}

const char *minute_set_field(struct meeting *m, enum minute_field f, const char *text)
{
	const char *why = NULL;
	if (!text)
		text = "";
	if (minute_fields[f].multiline) {
		if (f == MIN_PRESENT || f == MIN_ABSENT) {
			struct list_ctx c = { m, f == MIN_PRESENT };
			size_t before = m->natt;
			why = name_list_parse(text, add_listed, &c);
			if (why)
				m->natt = before;
			return why;
		}
		/* 议题 too keeps what was typed: its numbering (一、（一）1.) is
		 * the secretary's, and "1.5倍" is not a number to strip. */
		char *clean = clean_lines(text);
		char **dst = f == MIN_GUESTS ? &m->guests : f == MIN_DISCUSSION ? &m->discussion
			   : f == MIN_DECISIONS ? &m->decisions : &m->agenda;
		free(*dst);
		*dst = clean;
		return NULL;
	}
	char v[1024];
	if (!text_copy(v, sizeof v, text))
		return _("too long");
	text_trim(v);
	if (!*v && minute_fields[f].required)
		return _("required");
	switch (f) {
	case MIN_KIND: {
		int k = meeting_kind_parse(v);
		if (k < 0)
			return _("must be one of 支部党员大会, 支部委员会, 党小组会, 党课, 主题党日, "
				 "组织生活会, 民主生活会, 民主评议党员, 谈心谈话, 其他");
		m->kind = (enum meeting_kind)k;
		return NULL;
	}
	case MIN_DATE: {
		struct date d;
		if (!date_parse(v, &d, &why))
			return why;
		date_format(d, m->date);
		return NULL;
	}
	case MIN_TITLE:
		return set_text(m->title, sizeof m->title, v);
	case MIN_GROUP:
		m->group_id = 0;
		return set_text(m->group, sizeof m->group, v);
	case MIN_PLACE:
		return set_text(m->place, sizeof m->place, v);
	case MIN_START:
	case MIN_END: {
		char *dst = f == MIN_START ? m->start_time : m->end_time;
		if (!*v) {
			*dst = '\0';
			return NULL;
		}
		return meeting_time_parse(v, dst, &why) ? NULL : why;
	}
	case MIN_HOST:
		m->host_id = 0;
		return set_text(m->host, sizeof m->host, v);
	case MIN_RECORDER:
		m->recorder_id = 0;
		return set_text(m->recorder, sizeof m->recorder, v);
	case MIN_SPEAKER:
		m->speaker_id = 0;
		return set_text(m->speaker, sizeof m->speaker, v);
	default:
		break;
	}
	return NULL;
}

int minute_check(const struct meeting *m, struct date today, minute_problem_fn *report, void *ctx)
{
	int problems = 0;
#define PROBLEM(f, msg) do { report(ctx, (f), (msg)); problems++; } while (0)
	struct date d;
	if (m->kind == MK_COUNT)
		PROBLEM(MIN_KIND, _("required"));
	if (!*m->date)
		PROBLEM(MIN_DATE, _("required"));
	else if (date_parse_iso(m->date, &d) && date_cmp(d, today) > 0)
		PROBLEM(MIN_DATE, _("is in the future"));
	if (m->kind == MK_GROUP && !*m->group)
		PROBLEM(MIN_GROUP, _("a 党小组会 names its party group"));
	if (m->kind != MK_COUNT && *m->group && !meeting_kind_allows_group(m->kind))
		PROBLEM(MIN_GROUP, _("a meeting of the whole branch belongs to no party group"));
	if (*m->start_time && *m->end_time && strcmp(m->end_time, m->start_time) < 0)
		PROBLEM(MIN_END, _("is before the start time"));
	for (size_t i = 0; i < m->natt; i++)
		for (size_t j = 0; j < i; j++)
			if (!strcmp(m->att[i].name, m->att[j].name)) {
				char why[256];
				snprintf(why, sizeof why, _("%s is listed twice"), m->att[i].name);
				PROBLEM(m->att[i].present ? MIN_PRESENT : MIN_ABSENT, why);
				break;
			}
#undef PROBLEM
	return problems;
}

/* ---- The text form */

struct buf {
	char *s;
	size_t len, cap;
};

static void buf_add(struct buf *b, const char *s)
{
	size_t n = strlen(s);
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
	memcpy(b->s + b->len, s, n + 1);
	b->len += n;
}

static void buf_field(struct buf *b, enum minute_field f, const char *value)
{
	buf_add(b, minute_fields[f].header);
	buf_add(b, "：");
	if (minute_fields[f].multiline && f != MIN_PRESENT && f != MIN_ABSENT && *value)
		buf_add(b, "\n");
	buf_add(b, value);
	buf_add(b, "\n");
}

static void buf_names(struct buf *b, const struct meeting *m, bool present)
{
	bool first = true;
	for (size_t i = 0; i < m->natt; i++) {
		const struct attendee *a = &m->att[i];
		if (a->present != present)
			continue;
		if (!first)
			buf_add(b, "、");
		buf_add(b, a->name);
		if (*a->reason) {
			buf_add(b, "（");
			buf_add(b, a->reason);
			buf_add(b, "）");
		}
		first = false;
	}
}

char *minute_to_text(const struct meeting *m, bool with_attendance)
{
	struct buf b = { 0 };
	buf_add(&b, _("# A minute: one \"field：value\" line each; 议题, 内容 and 决议 go on over the lines below.\n"
		      "# Lines that start with # are left out.\n"));
	if (with_attendance)
		buf_add(&b, _("# 出席 left empty: everyone who should attend and is not listed under 缺席.\n"));
	buf_field(&b, MIN_KIND, m->kind < MK_COUNT ? meeting_kind_names[m->kind] : "");
	buf_field(&b, MIN_TITLE, m->title);
	buf_field(&b, MIN_DATE, m->date);
	buf_field(&b, MIN_START, m->start_time);
	buf_field(&b, MIN_END, m->end_time);
	buf_field(&b, MIN_PLACE, m->place);
	buf_field(&b, MIN_GROUP, m->group);
	buf_field(&b, MIN_HOST, m->host);
	buf_field(&b, MIN_RECORDER, m->recorder);
	buf_field(&b, MIN_SPEAKER, m->speaker);
	if (with_attendance) {
		buf_add(&b, minute_fields[MIN_PRESENT].header);
		buf_add(&b, "：");
		buf_names(&b, m, true);
		buf_add(&b, "\n");
		buf_add(&b, minute_fields[MIN_ABSENT].header);
		buf_add(&b, "：");
		buf_names(&b, m, false);
		buf_add(&b, "\n");
	}
	buf_field(&b, MIN_GUESTS, m->guests);
	buf_field(&b, MIN_AGENDA, m->agenda);
	buf_field(&b, MIN_DISCUSSION, m->discussion);
	buf_field(&b, MIN_DECISIONS, m->decisions);
	return b.s;
}

/* The field a line starts with ("字段：" or "字段:"), and where its value starts. */
static int line_field(const char *line, const char **value)
{
	for (int f = 0; f < MIN_COUNT; f++) {
		size_t n = strlen(minute_fields[f].header);
		if (strncmp(line, minute_fields[f].header, n))
			continue;
		const char *p = line + n;
		while (*p == ' ')
			p++;
		if (*p == ':') {
			*value = p + 1;
			return f;
		}
		if (!strncmp(p, "：", strlen("："))) {
			*value = p + strlen("：");
			return f;
		}
	}
	return -1;
}

int minute_from_text(struct meeting *m, const char *text, bool attendance,
		     minute_problem_fn *report, void *ctx)
{
	int problems = 0, field = -1;
	bool seen[MIN_COUNT] = { false }, skip = false;
	struct buf value = { 0 };
	buf_add(&value, "");
	const char *p = text;
	for (;;) {
		const char *eol = p ? strchr(p, '\n') : NULL;
		bool at_end = !p || !*p;
		char *line = NULL;
		const char *v = NULL;
		int f = -1;
		if (!at_end) {
			size_t n = eol ? (size_t)(eol - p) : strlen(p);
			line = strndup(p, n);
			if (!line)
				abort();
			if (n && line[n - 1] == '\r')
				line[n - 1] = '\0';
			f = line[0] == '#' ? -2 : line_field(line, &v);
		}
		if ((at_end || f >= 0) && field >= 0 && !skip) {
			const char *why = minute_set_field(m, (enum minute_field)field, value.s);
			if (why) {
				report(ctx, (enum minute_field)field, why);
				problems++;
			}
		}
		if (at_end) {
			free(line);
			break;
		}
		if (f >= 0) {
			field = f;
			value.len = 0;
			value.s[0] = '\0';
			buf_add(&value, v);
			skip = seen[f] || (!attendance && (f == MIN_PRESENT || f == MIN_ABSENT));
			if (seen[f]) {
				report(ctx, (enum minute_field)f, _("is named twice"));
				problems++;
			} else if (skip) {
				report(ctx, (enum minute_field)f, _("attendance is recorded apart from the minute's text"));
				problems++;
			}
			seen[f] = true;
		} else if (f == -1 && field >= 0 && minute_fields[field].multiline) {
			buf_add(&value, "\n");
			buf_add(&value, line);
		} else if (f == -1 && !text_blank(line)) {
			report(ctx, field >= 0 ? (enum minute_field)field : MIN_COUNT,
			       field >= 0 ? _("takes one line") : _("a line before the first field"));
			problems++;
		}
		free(line);
		p = eol ? eol + 1 : NULL;
	}
	free(value.s);
	return problems;
}
