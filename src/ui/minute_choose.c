/* Pick a minute as the record of something (the evidence of a 销号, the
 * minute that adopted the year's plan): the minutes of a span, newest
 * first, after a first line that stands for none. */
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/meeting.h"
#include "rules/meetings.h"
#include "ui/dialog.h"
#include "ui/views.h"

struct minute_lines {
	char **lines;
	long long *ids;
	size_t count, cap, idcap;
};

static void add_line(struct minute_lines *p, const char *line, long long id)
{
	size_t cap = p->cap;
	p->lines = grow_array(p->lines, p->count, &p->cap, 16, sizeof *p->lines);
	p->ids = grow_array(p->ids, p->count, &cap, 16, sizeof *p->ids);
	p->lines[p->count] = strdup(line);
	if (!p->lines[p->count])
		abort();
	p->ids[p->count++] = id;
}

static void add_minute(void *ctx, const struct meeting *m)
{
	char line[600];
	snprintf(line, sizeof line, "会议#%lld %s %s %s", m->id, m->date, meeting_kind_names[m->kind], m->title);
	add_line(ctx, line, m->id);
}

int minute_choose(struct app *app, const char *title, const char *none, const char *from, const char *to,
		  long long *id, char *line, size_t size)
{
	struct minute_lines p = { 0 };
	struct meeting_filter f;
	meeting_filter_init(&f);
	text_copy(f.from, sizeof f.from, from);
	text_copy(f.to, sizeof f.to, to);
	add_line(&p, none, 0);
	if (!meeting_each(app->db, &f, add_minute, &p)) {
		ui_error(app->ui, "%s", db_error(app->db));
		p.count = 1;
	}
	for (size_t i = 1, j = p.count - 1; i < j; i++, j--) { /* newest first */
		char *t = p.lines[i];
		long long n = p.ids[i];
		p.lines[i] = p.lines[j], p.ids[i] = p.ids[j];
		p.lines[j] = t, p.ids[j] = n;
	}
	int i = ui_choose(app->ui, title, (const char *const *)p.lines, (int)p.count, 0);
	*id = 0;
	*line = '\0';
	if (i > 0) {
		*id = p.ids[i];
		text_copy(line, size, p.lines[i]);
	}
	for (size_t k = 0; k < p.count; k++)
		free(p.lines[k]);
	free(p.lines);
	free(p.ids);
	return i < 0 ? -1 : i > 0;
}
