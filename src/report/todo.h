/* What is overdue or due soon, across every part of zhibu: the rows of
 * `zhibu check` and the to-dos of the 首页 screen.  Each part adds a source
 * to the table in todo.c. */
#ifndef ZHIBU_TODO_H
#define ZHIBU_TODO_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/date.h"

struct db;

enum todo_state { TODO_OVERDUE, TODO_DUE_SOON };

struct todo {
	char category[32];   /* 类别: 会议, 党费, 发展 ... */
	char period[32];     /* 期间: 2026-10, 2026Q3, 2026 ... */
	char item[256];      /* 事项 */
	char due[DATE_ISO_SIZE]; /* 截止日期 */
	enum todo_state state;
	char link[64];       /* where the app jumps to resolve it: "meetings:2026-10:党小组会",
	                      * "dues:member:ID", "dues:remit:2026Q3", "dues:fix:2026",
	                      * "candidate:ID" (app_go, src/ui/app.c) */
};

struct todo_list {
	struct todo *items;
	size_t count, cap;
	struct date as_of;
	int within_days;     /* due soon = due within this many days of as_of */
	size_t parts_computed; /* todo_collect: the parts collected, not read back from their cache */
};

void todo_list_init(struct todo_list *l, struct date as_of, int within_days);
void todo_list_done(struct todo_list *l);
/* Add an item; its state follows from due against as_of and within_days.
 * Items due later than the window are not added. */
void todo_add(struct todo_list *l, const char *category, const char *period,
	      const char *item, struct date due, const char *link);
/* Append an item as it is (read back from a cache, or collected into
 * another list). */
void todo_add_item(struct todo_list *l, const struct todo *t);
/* Add an item shown from the day `from` on (whatever the window), as
 * overdue once due has passed: a yearly duty asked for from a fixed day
 * (学时 from 12-01, 谈心谈话 from 11-01). */
void todo_add_from(struct todo_list *l, const char *category, const char *period,
		   const char *item, struct date due, struct date from, const char *link);
/* Fill the list from every source, most urgent first: each source's items
 * read back from the cache while nothing it read has changed (todo_cache.h).
 * False on a database error (db_error says why). */
bool todo_collect(struct db *db, struct todo_list *l);
const char *todo_state_label(enum todo_state s);
/* Write n items to a cache file, the bytes after each string zeroed
 * (nothing but the program's own bytes goes to the file).  False when a
 * write failed. */
bool todo_write_items(FILE *f, const struct todo *items, size_t n);
/* An item as it comes back from a file that may be damaged: each string
 * ended within its array; false when its state is none. */
bool todo_terminate(struct todo *t);

/* The rows of `zhibu check` as a sheet (类别, 期间, 事项, 截止日期, 状态):
 * everything overdue or due within `within` days of as_of.  NULL on a
 * database error (db_error says why). */
struct sheet *todo_sheet(struct db *db, struct date as_of, int within);
/* The sheet of to-dos collected already (l->as_of, l->within_days). */
struct sheet *todo_list_sheet(struct db *db, const struct todo_list *l);

#endif
