/* Each part's to-dos kept between runs (todo.c): in a file beside 首页's
 * (XDG_CACHE_HOME/zhibu/todo-KEY.cache), with the date and window they were
 * collected for, the columns the part read (db/reads.h) and their version
 * then.  A part is collected again only when one of those columns changed,
 * so that `zhibu check` after a payment computes the dues and reads the
 * other parts back.  The file is best effort: a missing, foreign or damaged
 * one is collected over. */
#ifndef ZHIBU_REPORT_TODO_CACHE_H
#define ZHIBU_REPORT_TODO_CACHE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "report/todo.h"

struct db;
struct todo_cache;

/* The file of the database's cache as it is (never NULL). */
struct todo_cache *todo_cache_load(struct db *db);
/* Append to l the items kept for the part, when they were collected for
 * l's date and window and nothing the part read has changed since: true;
 * else false, l untouched. */
bool todo_cache_take(struct todo_cache *c, struct db *db, const char *part, struct todo_list *l);
/* Keep the n items the part collected for as_of and within, from `from`
 * on in the list todo_cache_close is given, after reading what `reads`
 * names (db_readset_text) at `version` (db_reads_version). */
void todo_cache_keep(struct todo_cache *c, const char *part, struct date as_of, int within, const char *reads,
		     uint64_t version, size_t from, size_t n);
/* Write the file if anything was kept, and free: l is the list the parts
 * were taken and collected into, not yet sorted. */
void todo_cache_close(struct todo_cache *c, const struct todo_list *l);
/* Free without writing (the collection failed). */
void todo_cache_forget(struct todo_cache *c);

#endif
