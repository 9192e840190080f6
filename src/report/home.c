#include "report/home.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/hash.h"
#include "db/candidate.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/home.h"
#include "db/meeting.h"
#include "core/text.h"
#include "io/paths.h"

/* ---- Computing */

static void add_birthday(void *ctx, long long id, const char *name, const char *join_date)
{
	struct home_summary *h = ctx;
	struct date d;
	if (h->nbirthdays >= HOME_BIRTHDAYS_MAX)
		return;
	struct home_birthday *b = &h->birthdays[h->nbirthdays++];
	b->id = id;
	snprintf(b->name, sizeof b->name, "%s", name ? name : "");
	snprintf(b->join_date, sizeof b->join_date, "%s", join_date ? join_date : "");
	b->years = date_parse_iso(b->join_date, &d) ? h->today.y - d.y : 0;
}

static bool load_stages(struct db *db, struct home_summary *h)
{
	struct candidate_card *cards = NULL;
	size_t n = 0;
	if (!candidate_board(db, h->today, PIPELINE_SOON_DAYS, false, &cards, &n))
		return false;
	for (size_t i = 0; i < n; i++)
		if ((int)cards[i].stage >= 0 && cards[i].stage < PS_BOARD_COUNT)
			h->stages[cards[i].stage]++;
	free(cards);
	return true;
}

static bool load_dues(struct db *db, struct home_summary *h)
{
	int now = month_index(h->today.y, h->today.m);
	h->quarter_first = now - now % 3;
	h->quarter_months = now - h->quarter_first + 1;
	struct dues_query q = { .first = h->quarter_first, .months = h->quarter_months,
				.as_of = h->today, .limit = -1 };
	struct dues_totals t;
	if (!dues_totals(db, &q, &t))
		return false;
	h->owed = t.owed_sum;
	h->collected = t.collected_sum;
	h->dues_owed = t.owed_sum > 0;
	return true;
}

static bool overlaps(struct period p, struct date from, struct date to)
{
	return date_cmp(period_first_day(p), to) <= 0 && date_cmp(period_last_day(p), from) >= 0;
}

static bool load_meetings(struct db *db, struct home_summary *h)
{
	struct meeting_year *y = malloc(sizeof *y);
	if (!y)
		abort();
	bool ok = meeting_year_load(db, h->today.y, h->today, y);
	struct period q = period_of(PERIOD_QUARTER, h->today);
	struct date from = period_first_day(q), to = period_last_day(q);
	for (int k = 0; ok && k < MK_COUNT; k++) {
		if (y->req[k].count <= 0)
			continue;
		struct home_meeting *m = &h->meetings[h->nmeetings];
		m->kind = (enum meeting_kind)k;
		m->ncells = 0;
		for (int i = 0; i < y->ncells[k] && m->ncells < HOME_MEETING_CELLS; i++) {
			const struct meeting_cell *c = &y->cells[k][i];
			if (!overlaps(c->period, from, to))
				continue;
			struct home_meeting_cell *mc = &m->cells[m->ncells++];
			mc->period = c->period;
			mc->state = c->state;
			mc->held = c->held;
			mc->required = c->required;
		}
		if (m->ncells)
			h->nmeetings++;
	}
	free(y);
	return ok;
}

bool home_summary_load(struct db *db, struct date today, struct home_summary *h)
{
	memset(h, 0, sizeof *h);
	h->today = today;
	todo_list_init(&h->todos, today, HOME_TODO_DAYS);
	bool ok = todo_collect(db, &h->todos) && home_member_kinds(db, &h->full, &h->probationary) &&
		  load_stages(db, h) && load_dues(db, h) && load_meetings(db, h) &&
		  home_birthdays_each(db, today.y, today.m, HOME_BIRTHDAYS_MAX, add_birthday, h,
				      &h->birthdays_total);
	for (size_t i = 0; i < h->todos.count; i++) {
		h->overdue += h->todos.items[i].state == TODO_OVERDUE;
		h->soon += h->todos.items[i].state == TODO_DUE_SOON;
	}
	if (!ok)
		home_summary_done(h);
	return ok;
}

void home_summary_done(struct home_summary *h)
{
	todo_list_done(&h->todos);
}

/* ---- The cache file */

#define CACHE_MAGIC "zhibuHC1"

struct cache_header {
	char magic[8];
	uint32_t summary_size, todo_size;
	uint64_t fingerprint, key;
	int32_t y, m, d;
	uint32_t ntodos;
};

static uint64_t hash_text(uint64_t h, const char *s)
{
	return hash_bytes(hash_bytes(h, s ? s : "", s ? strlen(s) : 0), "\xff", 1);
}

/* What the cache belongs to besides the records: the file, the program,
 * the language its texts are in. */
uint64_t home_cache_key(const char *db_path)
{
	char *real = realpath(db_path, NULL);
	uint64_t h = hash_text(HASH_START, real ? real : db_path);
	free(real);
	h = hash_text(h, ZHIBU_VERSION);
	h = hash_text(h, setlocale(LC_MESSAGES, NULL));
	return hash_text(h, getenv("LANGUAGE"));
}

char *home_cache_path(const char *kind, uint64_t key, bool make_dir)
{
	char *dir = paths_cache_dir(make_dir), *path = NULL;
	if (dir && asprintf(&path, "%s/%s-%016llx.cache", dir, kind, (unsigned long long)key) < 0)
		abort();
	free(dir);
	return path;
}

#define TERMINATE(a) ((a)[sizeof(a) - 1] = '\0')

/* A file that was damaged must not make the screen read past a string. */
static void terminate_strings(struct home_summary *h)
{
	for (int i = 0; i < HOME_BIRTHDAYS_MAX; i++) {
		TERMINATE(h->birthdays[i].name);
		TERMINATE(h->birthdays[i].join_date);
	}
	for (size_t i = 0; i < h->todos.count; i++)
		todo_terminate(&h->todos.items[i]);
	if (h->nbirthdays < 0 || h->nbirthdays > HOME_BIRTHDAYS_MAX)
		h->nbirthdays = 0;
	if (h->nmeetings < 0 || h->nmeetings > MK_COUNT)
		h->nmeetings = 0;
	for (int i = 0; i < h->nmeetings; i++)
		if (h->meetings[i].ncells < 0 || h->meetings[i].ncells > HOME_MEETING_CELLS ||
		    (int)h->meetings[i].kind < 0 || h->meetings[i].kind >= MK_COUNT)
			h->nmeetings = 0;
}

bool home_cache_read(const char *db_path, uint64_t fp, struct date today, struct home_summary *h)
{
	char *path = home_cache_path("home", home_cache_key(db_path), false);
	FILE *f = path ? fopen(path, "rb") : NULL;
	free(path);
	if (!f)
		return false;
	struct cache_header hd;
	struct todo *items = NULL;
	bool ok = fread(&hd, sizeof hd, 1, f) == 1 && !memcmp(hd.magic, CACHE_MAGIC, 8) &&
		  hd.summary_size == sizeof *h && hd.todo_size == sizeof *items &&
		  hd.fingerprint == fp && hd.key == home_cache_key(db_path) &&
		  hd.y == today.y && hd.m == today.m && hd.d == today.d && hd.ntodos < 1000000 &&
		  fread(h, sizeof *h, 1, f) == 1;
	if (ok && hd.ntodos) {
		items = malloc(hd.ntodos * sizeof *items);
		if (!items)
			abort();
		ok = fread(items, sizeof *items, hd.ntodos, f) == hd.ntodos;
	}
	fclose(f);
	if (!ok) {
		free(items);
		memset(h, 0, sizeof *h);
		return false;
	}
	h->today = today;
	h->todos.items = items;
	h->todos.count = h->todos.cap = hd.ntodos;
	h->todos.as_of = today;
	h->todos.within_days = HOME_TODO_DAYS;
	terminate_strings(h);
	return true;
}

bool home_cache_replace(const char *kind, uint64_t key, home_cache_write_fn *write, const void *ctx)
{
	char *path = home_cache_path(kind, key, true), *tmp = NULL;
	if (!path)
		return false;
	if (asprintf(&tmp, "%s.tmp-%ld", path, (long)getpid()) < 0)
		abort();
	FILE *f = fopen(tmp, "wb");
	bool ok = f && write(f, ctx);
	if (f && fclose(f) != 0)
		ok = false;
	if (ok && rename(tmp, path) != 0)
		ok = false;
	if (!ok)
		unlink(tmp);
	free(tmp);
	free(path);
	return ok;
}

struct home_file {
	struct cache_header hd;
	const struct home_summary *h;
};

static bool write_home(FILE *f, const void *ctx)
{
	const struct home_file *hf = ctx;
	/* The summary without its pointer, and the items cleaned: nothing but
	 * the program's own bytes goes to the file. */
	struct home_summary copy = *hf->h;
	memset(&copy.todos, 0, sizeof copy.todos);
	return fwrite(&hf->hd, sizeof hf->hd, 1, f) == 1 && fwrite(&copy, sizeof copy, 1, f) == 1 &&
	       todo_write_items(f, hf->h->todos.items, hf->h->todos.count);
}

bool home_cache_write(const char *db_path, uint64_t fp, const struct home_summary *h)
{
	uint64_t key = home_cache_key(db_path);
	struct home_file hf = {
		.hd = { .summary_size = sizeof *h, .todo_size = sizeof(struct todo), .fingerprint = fp, .key = key,
			.y = h->today.y, .m = h->today.m, .d = h->today.d, .ntodos = (uint32_t)h->todos.count },
		.h = h,
	};
	memcpy(hf.hd.magic, CACHE_MAGIC, 8);
	return home_cache_replace("home", key, write_home, &hf);
}

bool home_summary_get(struct db *db, struct date today, struct home_summary *h, bool *cached)
{
	uint64_t fp;
	*cached = false;
	if (!home_fingerprint(db, &fp))
		return false;
	if (home_cache_read(db_path(db), fp, today, h)) {
		*cached = true;
		return true;
	}
	if (!home_summary_load(db, today, h))
		return false;
	home_cache_write(db_path(db), fp, h);
	return true;
}

bool home_todos_cached(struct db *db, struct date today, struct todo_list *out)
{
	uint64_t fp;
	struct home_summary h;
	if (!home_fingerprint(db, &fp) || !home_cache_read(db_path(db), fp, today, &h))
		return false;
	*out = h.todos;
	memset(&h.todos, 0, sizeof h.todos);
	home_summary_done(&h);
	return true;
}
