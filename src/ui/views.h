/* The screens of the full-screen app (one view_*.c each) and what they
 * share.  A screen behind a tab is a struct view; screens opened from one
 * (a member's details, a form, the party groups) are modal loops that push
 * their own layer. */
#ifndef ZHIBU_UI_VIEWS_H
#define ZHIBU_UI_VIEWS_H
#include <stdbool.h>
#include <stddef.h>

#include "db/branch.h"
#include "ui/screen.h"
#include "ui/ui.h"

struct db;
struct driver;

struct app {
	struct ui *ui;
	struct db *db;
	struct branch branch;
	/* Bumped by every write (app_transaction) and by another process's
	 * (PRAGMA data_version): a screen older than this reloads when shown. */
	unsigned long generation;
	struct driver *driver;         /* the screens, their state and the back-stack (app.c) */
};

/* A read found the database file damaged (SQLITE_CORRUPT, NOTADB, I/O):
 * what was read is not to be shown; app_draw_damaged() says what to do. */
bool app_damaged(const struct app *app);
void app_draw_damaged(struct ui *ui);

/* Go to the screen that resolves a to-do, by its link's prefix (the
 * screens' link_prefix: dues:, meetings:, candidate:), and let it show the
 * record; Esc comes back.  False (and a message
 * on the status line) when no screen knows the link. */
bool app_go(struct app *app, const char *link);


/* One member (view_member.c): details and history, the add/edit form, the
 * status form.  The forms return true when they saved. */
void member_detail(struct app *app, long long id);
bool member_edit(struct app *app, long long id, long long *saved_id);
bool member_change_status(struct app *app, long long id);
/* Record a talk (谈心谈话) with the member; true when saved. */
bool member_talk(struct app *app, long long id);

/* 发展: the board of candidates (view_pipeline.c) and one person's page
 * with the forms that record the steps (view_candidate.c).  The board
 * reads the database again after candidate_page() and candidate_edit(). */
void candidate_page(struct app *app, long long id);
/* Add (id 0) or correct a candidate's personal record; true when saved,
 * the id in *saved_id. */
bool candidate_edit(struct app *app, long long id, long long *saved_id);
/* When a pending item is due, as a card and the person page show it
 * ("2026-11-01 超期", "2027-03-01 起"), and the style to show it in. */
struct pipeline_item;
enum ui_style pipeline_item_when(const struct pipeline_item *it, char *out, size_t size);

/* 会议: the calendar and the lists of meetings (view_meetings.c); one
 * minute with its attendance and votes (view_minute.c), a page on
 * screen_run: id 0 records a new meeting of kind (-1: choose) on day; the
 * branch committee and the year's 民主评议 grades (view_committee.c). */
void minute_page(struct app *app, long long id, int kind, const char *day);
/* Print the stored minute id of year as PDF (the 报表 preview's print path). */
void minute_print(struct app *app, long long id, int year, const char *day);
void committee_page(struct app *app);
void grades_page(struct app *app, int year);


/* The party groups' names for a choice field: "" (none) first, then each
 * group in order, NULL-terminated.  Free with group_names_free. */
struct group_names {
	const char **names;
	int count;
	size_t cap;
};
const char *const *group_choices(struct db *db, struct group_names *gn);
void group_names_free(struct group_names *gn);

/* Pick a minute dated from..to ("" = no bound), newest first, after a
 * first line none (a NULL-free translated text): 1 picked (*id, and its
 * line "会议#ID date kind title" in line), 0 none, -1 cancelled. */
int minute_choose(struct app *app, const char *title, const char *none, const char *from, const char *to,
		  long long *id, char *line, size_t size);

/* The first start: a short form for the branch.  False when cancelled. */
bool branch_setup(struct app *app);

/* Every write of the app is one transaction: write(ctx, db) runs between
 * db_begin and db_commit; on failure it is rolled back and a message box
 * says why.  True when committed. */
typedef bool app_write_fn(void *ctx, struct db *db);
bool app_transaction(struct app *app, app_write_fn *write, void *ctx);

#endif
