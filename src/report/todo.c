#include "report/todo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "report/dues.h"
#include "report/meetings.h"
#include "report/pipeline.h"

/* The sources: each part of zhibu appends its own. */
typedef bool todo_source_fn(struct db *db, struct todo_list *l);
static todo_source_fn *const sources[] = {
	meetings_todo,
	pipeline_todo,
	dues_todo,
	NULL,
};

void todo_list_init(struct todo_list *l, struct date as_of, int within_days)
{
	memset(l, 0, sizeof *l);
	l->as_of = as_of;
	l->within_days = within_days;
}

void todo_list_done(struct todo_list *l)
{
	free(l->items);
	memset(l, 0, sizeof *l);
}

void todo_add(struct todo_list *l, const char *category, const char *period,
	      const char *item, struct date due, const char *link)
{
	long days = date_to_days(due) - date_to_days(l->as_of);
	if (days > l->within_days)
		return;
	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->items = realloc(l->items, l->cap * sizeof *l->items);
		if (!l->items)
			abort();
	}
	struct todo *t = &l->items[l->count++];
	text_copy(t->category, sizeof t->category, category);
	text_copy(t->period, sizeof t->period, period);
	text_copy(t->item, sizeof t->item, item);
	date_format(due, t->due);
	text_copy(t->link, sizeof t->link, link ? link : "");
	t->state = days < 0 ? TODO_OVERDUE : TODO_DUE_SOON;
}

/* Most urgent first: the earliest deadline, then category and item. */
static int by_urgency(const void *a, const void *b)
{
	const struct todo *x = a, *y = b;
	int c = strcmp(x->due, y->due);
	if (!c)
		c = strcmp(x->category, y->category);
	return c ? c : strcmp(x->item, y->item);
}

bool todo_collect(struct db *db, struct todo_list *l)
{
	for (size_t i = 0; i < sizeof sources / sizeof sources[0]; i++)
		if (sources[i] && !sources[i](db, l))
			return false;
	if (l->count)
		qsort(l->items, l->count, sizeof *l->items, by_urgency);
	return true;
}

const char *todo_state_label(enum todo_state s)
{
	return s == TODO_OVERDUE ? _("overdue") : _("due soon");
}
