/* The screens of the full-screen app (one view_*.c each) and what they
 * share.  A screen behind a tab is a struct view; screens opened from one
 * (a member's details, a form, the party groups) are modal loops that push
 * their own layer. */
#ifndef ZHIBU_UI_VIEWS_H
#define ZHIBU_UI_VIEWS_H
#include <stdbool.h>
#include <stddef.h>

#include "db/branch.h"
#include "ui/ui.h"

struct db;
struct members_view;
struct pipeline_view;
struct dues_view;
struct meetings_view;
struct home_view;
struct reports_view;

struct app {
	struct ui *ui;
	struct db *db;
	struct branch branch;
	int screen;                    /* the tab shown */
	struct members_view *members;
	struct pipeline_view *pipeline;
	struct dues_view *dues;
	struct meetings_view *meetings;
	struct home_view *home;
	struct reports_view *reports;
};

struct view {
	const char *tab;               /* msgid of the tab's name */
	void (*draw)(struct app *app, struct ui *ui);
	void (*key)(struct app *app, enum action a, int key);
	const enum ui_context *contexts;
	const enum action *bar;
	/* Optional: work for a pause in the typing (struct ui_layer's idle). */
	bool (*idle)(struct app *app);
	/* Optional: show the record a to-do's link names (report/todo.h: e.g.
	 * "candidate:12"), once app_go has switched to this screen. */
	void (*go)(struct app *app, const char *link);
};

extern const struct view view_home, view_members, view_dues, view_meetings,
	view_pipeline, view_reports;

/* Go to the screen that resolves a to-do, by its link's prefix (dues:,
 * meetings:, candidate:), and let it show the record.  False (and a message
 * on the status line) when no screen knows the link. */
bool app_go(struct app *app, const char *link);

/* 首页 (view_home.c): the to-dos and the branch at a glance; 报表
 * (view_reports.c): every report, chosen from a list; 党员统计 as bar
 * charts over the screen shown (view_stats.c). */
struct home_view *home_view_new(struct app *app);
void home_view_free(struct home_view *hv);
struct reports_view *reports_view_new(struct app *app);
void reports_view_free(struct reports_view *rv);
void stats_page(struct app *app);

/* Members list (view_members.c). */
struct members_view *members_view_new(struct app *app);
void members_view_free(struct members_view *mv);
/* The records changed: count and fetch again. */
void members_view_reload(struct members_view *mv);
/* Show only the members of one party group. */
void members_view_limit_group(struct members_view *mv, const char *group);
/* The base layer's key contexts and bar while the list is shown (searching
 * or not). */
const enum ui_context *members_view_contexts(const struct members_view *mv);
const enum action *members_view_bar(const struct members_view *mv);

/* One member (view_member.c): details and history, the add/edit form, the
 * status form.  The forms return true when they saved. */
void member_detail(struct app *app, long long id);
bool member_edit(struct app *app, long long id, long long *saved_id);
bool member_change_status(struct app *app, long long id);

/* 发展: the board of candidates (view_pipeline.c) and one person's page
 * with the forms that record the steps (view_candidate.c).  The board
 * reads the database again after candidate_page() and candidate_edit(). */
struct pipeline_view *pipeline_view_new(struct app *app);
void pipeline_view_free(struct pipeline_view *pv);
void candidate_page(struct app *app, long long id);
/* Add (id 0) or correct a candidate's personal record; true when saved,
 * the id in *saved_id. */
bool candidate_edit(struct app *app, long long id, long long *saved_id);
/* When a pending item is due, as a card and the person page show it
 * ("2026-11-01 超期", "2027-03-01 起"), and the style to show it in. */
struct pipeline_item;
enum ui_style pipeline_item_when(const struct pipeline_item *it, char *out, size_t size);

/* 会议: the calendar and the lists of meetings (view_meetings.c); one
 * minute with its attendance and votes (view_minute.c), true when anything
 * was written: id 0 records a new meeting of kind (-1: choose) on day; the
 * branch committee and the year's 民主评议 grades (view_committee.c). */
struct meetings_view *meetings_view_new(struct app *app);
void meetings_view_free(struct meetings_view *mv);
void meetings_view_reload(struct meetings_view *mv);
bool minute_page(struct app *app, long long id, int kind, const char *day);
void committee_page(struct app *app);
void grades_page(struct app *app, int year);

/* 党费: the year grid of members × months (view_dues.c). */
struct dues_view *dues_view_new(struct app *app);
void dues_view_free(struct dues_view *dv);

/* Party groups (view_groups.c).  Returns true and the group's name when the
 * user asked to see the members of one. */
bool groups_run(struct app *app, char *show_group, size_t size);

/* The party groups' names for a choice field: "" (none) first, then each
 * group in order, NULL-terminated.  Free with group_names_free. */
struct group_names {
	const char **names;
	int count;
	size_t cap;
};
const char *const *group_choices(struct db *db, struct group_names *gn);
void group_names_free(struct group_names *gn);

/* The first start: a short form for the branch.  False when cancelled. */
bool branch_setup(struct app *app);

/* Every write of the app is one transaction: write(ctx, db) runs between
 * db_begin and db_commit; on failure it is rolled back and a message box
 * says why.  True when committed. */
typedef bool app_write_fn(void *ctx, struct db *db);
bool app_transaction(struct app *app, app_write_fn *write, void *ctx);

#endif
