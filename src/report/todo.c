#include "report/todo.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/reads.h"
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
#include "report/todo_cache.h"

/* The sources: each part of zhibu appends its own, under its name in the
 * cache (todo_cache.h).  Those to collect are shared by two lanes, here and
 * on a second connection in a thread of its own, each taking the next one
 * not taken: an office PC has two cores, and on a large branch the dues and
 * the year's attendance (学时, then 谈话 on the member list it read) each
 * take a third of the time.  So the heavy ones come first, heaviest first,
 * and no source may keep state outside its connection. */
typedef bool todo_source_fn(struct db *db, struct todo_list *l);
#define SOURCE(fn, heavy) { #fn, fn, heavy }
static const struct {
	const char *name;
	todo_source_fn *fn;
	bool heavy;
} sources[] = {
	SOURCE(hours_todo, true),
	SOURCE(dues_todo, true),
	SOURCE(talks_todo, true),
	SOURCE(pipeline_todo, true),
	SOURCE(meetings_todo, true),
	SOURCE(disclosure_todo, false),
	SOURCE(feedback_todo, false),
	SOURCE(rectify_todo, false),
	SOURCE(plan_todo, false),
	SOURCE(review_todo, false),
	SOURCE(pledges_todo, false),
	SOURCE(transfers_todo, false),
	SOURCE(org_todo, false),
	SOURCE(flows_todo, false),
};
#define NSOURCES (sizeof sources / sizeof sources[0])

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

void todo_add_item(struct todo_list *l, const struct todo *t)
{
	l->items = grow_array(l->items, l->count, &l->cap, 32, sizeof *l->items);
	l->items[l->count++] = *t;
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

/* A source collected: where its items are in the list of the lane that
 * collected it, and what it read (text NULL when the version of that is
 * unknown: then nothing is kept). */
struct part_run {
	size_t from, to;
	char *text;
	uint64_t version;
	bool beside;               /* collected on the second connection */
};

/* Collect source i into l; with `keep`, what it read and its version too. */
static bool run_source(struct db *db, size_t i, struct todo_list *l, bool keep, struct part_run *run)
{
	struct db_readset reads = { 0 };
	run->from = l->count;
	if (keep)
		db_reads_start(db, &reads);
	bool ok = sources[i].fn(db, l);
	if (keep)
		db_reads_stop(db);
	run->to = l->count;
	run->text = ok && keep ? db_readset_text(db, &reads) : NULL;
	if (run->text && !db_reads_version(db, run->text, &run->version)) {
		free(run->text);
		run->text = NULL;
	}
	db_readset_free(&reads);
	return ok;
}

/* The sources to collect, taken in turn by the lanes; keep: what each
 * read is recorded, for the cache. */
struct queue {
	pthread_mutex_t lock;
	size_t which[NSOURCES], n, next;
	struct part_run runs[NSOURCES];
	bool keep, failed;
};

/* A lane: a connection and the list its sources go into. */
struct lane {
	struct queue *q;
	struct db *db;
	struct todo_list *l;
	bool beside;
	bool ok;
};

static void *run_lane(void *arg)
{
	struct lane *ln = arg;
	struct queue *q = ln->q;
	/* The lane beside reads one state of the file too. */
	bool began = ln->beside && db_read_begin(ln->db);
	ln->ok = true;
	for (;;) {
		pthread_mutex_lock(&q->lock);
		size_t i = q->failed || q->next == q->n ? NSOURCES : q->which[q->next++];
		pthread_mutex_unlock(&q->lock);
		if (i == NSOURCES)
			break;
		q->runs[i].beside = ln->beside;
		if (!run_source(ln->db, i, ln->l, q->keep, &q->runs[i])) {
			ln->ok = false;
			pthread_mutex_lock(&q->lock);
			q->failed = true;
			pthread_mutex_unlock(&q->lock);
		}
	}
	db_read_end(ln->db, began);
	return NULL;
}

/* Start the lane beside; false (nothing started) when there is nothing for
 * it or no second connection or thread to be had. */
static bool start_beside(struct db *db, struct lane *ln, pthread_t *thread)
{
	char *err = NULL;
	if (ln->q->n < 2 || !(ln->db = db_open_again(db, &err))) {
		free(err);
		return false;
	}
	/* Its page cache at half the usual: the two lanes' peaks add up. */
	db_exec(ln->db, "PRAGMA cache_size = -1000");
	if (pthread_create(thread, NULL, run_lane, ln) != 0) {
		db_close(ln->db);
		return false;
	}
	return true;
}

/* Collect what the queue holds in the two lanes (or here alone), the
 * items of the lane beside then appended to l. */
static bool collect_queue(struct db *db, struct queue *q, struct todo_list *l)
{
	struct todo_list beside_list;
	todo_list_init(&beside_list, l->as_of, l->within_days);
	struct lane here = { .q = q, .db = db, .l = l }, beside = { .q = q, .l = &beside_list, .beside = true };
	pthread_t thread;
	bool apart = q->keep && start_beside(db, &beside, &thread);
	run_lane(&here);
	if (apart) {
		pthread_join(thread, NULL);
		db_close(beside.db);
	}
	size_t base = l->count;
	for (size_t i = 0; here.ok && beside.ok && i < beside_list.count; i++)
		todo_add_item(l, &beside_list.items[i]);
	for (size_t k = 0; k < q->n; k++)
		if (q->runs[q->which[k]].beside) {
			q->runs[q->which[k]].from += base;
			q->runs[q->which[k]].to += base;
		}
	todo_list_done(&beside_list);
	if (apart && !beside.ok && here.ok) {
		/* Again here, where a failure is reported (db_error). */
		for (size_t k = 0; here.ok && k < q->n; k++) {
			size_t i = q->which[k];
			if (q->runs[i].beside && !q->runs[i].text)
				here.ok = run_source(db, i, l, q->keep, &q->runs[i]);
		}
		here.ok = false;
	}
	return here.ok && (!apart || beside.ok);
}

bool todo_collect(struct db *db, struct todo_list *l)
{
	struct queue q = { .lock = PTHREAD_MUTEX_INITIALIZER };
	/* One state of the file for the items read back and their versions.
	 * Inside a transaction of the caller's, or on a file opened read-only
	 * (the committee's inputs), everything is collected here and nothing
	 * kept: what is not committed may never be, and a rollup keeps nothing
	 * beside its inputs. */
	bool began = db_read_begin(db), keep = began && !db_readonly(db);
	struct todo_cache *c = keep ? todo_cache_load(db) : NULL;
	q.keep = keep;
	for (int heavy = 1; heavy >= 0; heavy--)
		for (size_t i = 0; i < NSOURCES; i++)
			if (sources[i].heavy == heavy && (!c || !todo_cache_take(c, db, sources[i].name, l)))
				q.which[q.n++] = i;
	l->parts_computed += q.n;
	bool ok = collect_queue(db, &q, l);
	db_read_end(db, began);
	for (size_t k = 0; k < q.n; k++) {
		struct part_run *r = &q.runs[q.which[k]];
		if (ok && c && r->text)
			todo_cache_keep(c, sources[q.which[k]].name, l->as_of, l->within_days, r->text, r->version,
					r->from, r->to - r->from);
		free(r->text);
	}
	if (c && ok)
		todo_cache_close(c, l);
	else if (c)
		todo_cache_forget(c);
	if (ok && l->count)
		qsort(l->items, l->count, sizeof *l->items, by_urgency);
	return ok;
}

bool todo_write_items(FILE *f, const struct todo *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct todo *t = &items[i];
		struct todo out;
		memset(&out, 0, sizeof out);
		text_copy(out.category, sizeof out.category, t->category);
		text_copy(out.period, sizeof out.period, t->period);
		text_copy(out.item, sizeof out.item, t->item);
		text_copy(out.due, sizeof out.due, t->due);
		text_copy(out.link, sizeof out.link, t->link);
		out.state = t->state;
		if (fwrite(&out, sizeof out, 1, f) != 1)
			return false;
	}
	return true;
}

#define TERMINATE(a) ((a)[sizeof(a) - 1] = '\0')

bool todo_terminate(struct todo *t)
{
	TERMINATE(t->category);
	TERMINATE(t->period);
	TERMINATE(t->item);
	TERMINATE(t->due);
	TERMINATE(t->link);
	return t->state == TODO_OVERDUE || t->state == TODO_DUE_SOON;
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
