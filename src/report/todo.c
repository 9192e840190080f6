#include "report/todo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "io/sheet.h"
#include "report/disclosure.h"
#include "report/dues.h"
#include "report/flows.h"
#include "report/hours.h"
#include "report/service.h"
#include "report/talks.h"
#include "report/transfer.h"
#include "report/meetings.h"
#include "report/pipeline.h"
#include "report/roster.h"
#include "report/rectify.h"
#include "report/plan.h"
#include "report/review.h"
#include "report/org.h"

/* The sources: each part of zhibu appends its own. */
typedef bool todo_source_fn(struct db *db, struct todo_list *l);
static todo_source_fn *const sources[] = {
	meetings_todo,
	pipeline_todo,
	dues_todo,
	disclosure_todo,
	feedback_todo,
	rectify_todo,
	plan_todo,
	review_todo,
	hours_todo,
	talks_todo,
	pledges_todo,
	transfers_todo,
	org_todo,
	flows_todo,
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
	l->items = grow_array(l->items, l->count, &l->cap, 32, sizeof *l->items);
	struct todo *t = &l->items[l->count++];
	text_copy(t->category, sizeof t->category, category);
	text_copy(t->period, sizeof t->period, period);
	text_copy(t->item, sizeof t->item, item);
	date_format(due, t->due);
	text_copy(t->link, sizeof t->link, link ? link : "");
	t->state = days < 0 ? TODO_OVERDUE : TODO_DUE_SOON;
}

void todo_add_from(struct todo_list *l, const char *category, const char *period,
		   const char *item, struct date due, struct date from, const char *link)
{
	if (date_cmp(l->as_of, from) < 0)
		return;
	int within = l->within_days;
	long days = date_to_days(due) - date_to_days(l->as_of);
	if (days > within)
		l->within_days = (int)days;
	todo_add(l, category, period, item, due, link);
	l->within_days = within;
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

struct sheet *todo_sheet(struct db *db, struct date as_of, int within)
{
	struct todo_list l;
	todo_list_init(&l, as_of, within);
	struct sheet *s = todo_collect(db, &l) ? todo_list_sheet(db, &l) : NULL;
	todo_list_done(&l);
	return s;
}

struct sheet *todo_list_sheet(struct db *db, const struct todo_list *l)
{
	char iso[DATE_ISO_SIZE], subtitle[256];
	date_format(l->as_of, iso);
	report_subtitle(db, iso, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Overdue and due soon"), subtitle, NULL);
	sheet_add_column(s, _("Category"), CELL_TEXT);
	sheet_add_column(s, _("Period"), CELL_TEXT);
	sheet_add_column(s, _("Item"), CELL_TEXT);
	sheet_add_column(s, _("Deadline"), CELL_TEXT);
	sheet_add_column(s, _("State"), CELL_TEXT);
	for (size_t i = 0; i < l->count; i++) {
		sheet_add_row(s, ROW_PLAIN);
		sheet_set(s, 0, l->items[i].category);
		sheet_set(s, 1, l->items[i].period);
		sheet_set(s, 2, l->items[i].item);
		sheet_set(s, 3, l->items[i].due);
		sheet_set(s, 4, todo_state_label(l->items[i].state));
	}
	if (!l->count)
		sheet_add_footer(s, _("Nothing is overdue or due soon."));
	return s;
}
