/* The cache of each part's to-dos (report/todo_cache.c), which zhibu reads
 * back from a file anybody could have damaged: the input is the file after
 * its magic and key (written by the target, which the fuzzer could not
 * guess), read for a small branch whose file mark is pinned, so that the
 * versions of the corpus's files match and the parts are read back.
 * Properties: collecting never fails over the file, and every item has its
 * strings ended within their arrays and a state.
 *   FUZZ_TODO_SEED=PATH fuzz_todo_cache-replay NONE: write the file of a
 *   real run to PATH (after the magic and key), for the corpus. */
#include "fuzz.h"

#include "cli/demo.h"
#include "db/db.h"
#include "io/paths.h"
#include "report/home.h"
#include "report/todo.h"

#define HEADER 16 /* magic and key */

static struct db *db;
static char *cache_file;

static void setup(void)
{
	char *dir = paths_temp_dir(), path[4096], *err = NULL;
	FUZZ_ASSERT(dir);
	snprintf(path, sizeof path, "%s/cache", dir);
	setenv("XDG_CACHE_HOME", path, 1);
	setenv("ZHIBU_TODAY", "2026-11-20", 1);
	snprintf(path, sizeof path, "%s/t.db", dir);
	free(dir);
	db = db_open(path, DB_CREATE, &err);
	FUZZ_ASSERT(db);
	struct demo d = { .db = db, .members = 8, .today = date_today() };
	rng_seed(&d.rng, 5);
	FUZZ_ASSERT(db_begin(db) && demo_members(&d) && demo_dues(&d) && demo_meetings(&d) && db_commit(db));
	FUZZ_ASSERT(db_exec(db, "UPDATE change_marks SET last = 1 WHERE tbl = '' AND field = 'file'"));
	cache_file = home_cache_path("todo", home_cache_key(db_path(db)), true);
	FUZZ_ASSERT(cache_file);
}

static void collect(void)
{
	struct todo_list l;
	todo_list_init(&l, date_today(), 30);
	FUZZ_ASSERT(todo_collect(db, &l));
	for (size_t i = 0; i < l.count; i++) {
		const struct todo *t = &l.items[i];
		FUZZ_ASSERT(strlen(t->category) < sizeof t->category && strlen(t->item) < sizeof t->item);
		FUZZ_ASSERT(strlen(t->period) < sizeof t->period && strlen(t->due) < sizeof t->due);
		FUZZ_ASSERT(strlen(t->link) < sizeof t->link);
		FUZZ_ASSERT(t->state == TODO_OVERDUE || t->state == TODO_DUE_SOON);
	}
	todo_list_done(&l);
}

static void write_seed(const char *to)
{
	remove(cache_file);
	collect();
	FILE *in = fopen(cache_file, "rb"), *out = fopen(to, "wb");
	FUZZ_ASSERT(in && out);
	int c;
	for (long at = 0; (c = getc(in)) != EOF; at++)
		if (at >= HEADER)
			putc(c, out);
	fclose(in);
	FUZZ_ASSERT(fclose(out) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!db)
		setup();
	const char *seed = getenv("FUZZ_TODO_SEED");
	if (seed) {
		write_seed(seed);
		return 0;
	}
	/* The header of the file zhibu itself would write. */
	uint8_t header[HEADER];
	memcpy(header, "zhibuTC1", 8);
	uint64_t key = home_cache_key(db_path(db));
	memcpy(header + 8, &key, sizeof key);
	FILE *f = fopen(cache_file, "wb");
	FUZZ_ASSERT(f);
	FUZZ_ASSERT(fwrite(header, 1, HEADER, f) == HEADER && fwrite(data, 1, size, f) == size);
	FUZZ_ASSERT(fclose(f) == 0);
	collect();
	return 0;
}
