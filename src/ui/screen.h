/* One screen abstraction for the tabs, the ledgers and the modal pages, the
 * registry they are listed in, and the driver that runs them (app.c).
 *
 * A screen is a struct screen_ops (tig's view_ops): the driver opens it,
 * owns the state open() returns, draws it through its layer, gives it the
 * keys and closes it.  A key handler says what happened by its reaction
 * flags (htop); only the main loop draws.
 *
 * Reload by generation: every write through app_transaction() bumps the
 * app's generation, and PRAGMA data_version (checked when a key is read and
 * in the idle step) bumps it for another process's writes.  A screen that
 * comes to the top with an older generation is reloaded (reload(), which
 * keeps the cursor on the same record) before it is drawn or gets a key.
 * No screen reloads another by name.
 *
 * Shared parts: table.h (rows paged from the database, or a table_list held
 * in memory), form.h (every form, and the minute page: a form run as a
 * screen), search.h (the one type-ahead search).  The dues grid and the
 * 发展 board do not share a grid driver, on purpose: the grid is a cell
 * cursor over member × month, paged from the database like table.c's rows
 * (20,000 members), while the board holds the few people in 发展 whole,
 * in five columns of cards that a person moves between; one driver would
 * give the board paging it never needs and the grid a card layout.
 *
 * Adding a screen: write view_NAME.c with a `const struct screen_ops
 * screen_NAME`, add one line to UI_SCREENS below, a scripted test in
 * tests/tui/, its man prose and translations. */
#ifndef ZHIBU_UI_SCREEN_H
#define ZHIBU_UI_SCREEN_H
#include <stdbool.h>
#include <stdio.h>

#include "ui/ui.h"

struct app;

/* Reaction flags: what a key did. */
enum {
	SCREEN_DONE = 0,        /* handled */
	SCREEN_UNUSED = 1 << 0, /* the key means nothing here: the driver may use it (Esc goes back) */
	SCREEN_CLOSE = 1 << 1,  /* a page is finished: the driver closes it */
};

struct screen_ops {
	const char *name;      /* for tests and the man page: "members" */
	const char *title;     /* msgid of the tab or menu entry */
	const char *help;      /* msgid: one line for the help screen and the man page */
	/* The state, owned by the driver; arg is what the opener passes (a
	 * page's record), NULL for a tab or a ledger.  NULL: nothing to show
	 * (the reason is on the status line). */
	void *(*open)(struct app *app, const void *arg);
	void (*close)(void *st);
	void (*draw)(void *st, struct ui *ui);
	int (*key)(void *st, enum action a, int key);
	/* The key contexts and the bar; keymap (optional) when they change
	 * with the state (a search line open). */
	const enum ui_context *contexts;
	const enum action *bar;
	void (*keymap)(void *st, const enum ui_context **contexts, const enum action **bar);
	/* Optional: true while the screen holds typed work not saved (quitting
	 * and the tab keys ask first). */
	bool (*dirty)(void *st);
	/* Optional: the records changed (see above); keep the cursor's record. */
	void (*reload)(void *st);
	/* Optional: work for a pause in the typing; true to draw again. */
	bool (*idle)(void *st);
	/* Optional: show the record a to-do's link names ("candidate:12");
	 * link_prefix says which links ("candidate:"; several separated by
	 * spaces).  SCREEN_CLOSE when it
	 * showed the record on a page that is closed now: the driver goes back
	 * where the user came from. */
	int (*go)(void *st, const char *link);
	const char *link_prefix;
};

/* The registry: X(id, ops, place).  A TAB has a digit in the title line
 * (in this order); a LEDGER is an entry of the 台账 menu; a PAGE is opened
 * from another screen (screen_open). */
#define UI_SCREENS(X) \
	X(HOME, screen_home, TAB) \
	X(MEMBERS, screen_members, TAB) \
	X(DUES, screen_dues, TAB) \
	X(MEETINGS, screen_meetings, TAB) \
	X(PIPELINE, screen_pipeline, TAB) \
	X(REPORTS, screen_reports, TAB) \
	X(LEDGERS, screen_ledgers, TAB) \
	X(COMMITTEE, screen_committee, LEDGER) \
	X(GRADES, screen_grades, LEDGER) \
	X(GROUPS, screen_groups, LEDGER) \
	X(STATS, screen_stats, LEDGER) \
	X(HOURS, screen_hours, LEDGER) \
	X(RECTIFY, screen_rectify, LEDGER) \
	X(PLAN, screen_plan, LEDGER) \
	X(REVIEW, screen_review, LEDGER) \
	X(ORG, screen_org, LEDGER) \
	X(DISCLOSE, screen_disclose, LEDGER) \
	X(IMPORT, screen_import, LEDGER) \
	X(SETTINGS, screen_settings, LEDGER)

enum screen_place { SCREEN_TAB, SCREEN_LEDGER, SCREEN_PAGE };

enum screen_id {
#define X(id, ops, place) SCREEN_##id,
	UI_SCREENS(X)
#undef X
	SCREEN_COUNT
};

#define X(id, ops, place) extern const struct screen_ops ops;
UI_SCREENS(X)
#undef X

struct screen_entry {
	const struct screen_ops *ops;
	enum screen_place place;
};
extern const struct screen_entry screen_registry[SCREEN_COUNT];

/* The number of the 台账 tab in the title line. */
int screen_ledgers_tab(void);

/* Run a screen as a modal page over the one shown, until it closes (Esc,
 * SCREEN_CLOSE) or the app quits or jumps to a tab.  The one loop of every
 * modal page. */
void screen_run(struct app *app, const struct screen_ops *ops, const void *arg);

/* Show a tab or a ledger of the registry; the one shown now goes on the
 * back-stack (Esc returns to it). */
void app_show(struct app *app, enum screen_id id);

/* The screens' part of the man page and the help screen: each screen of
 * the registry, its key and its line of help. */
void screens_print_mdoc(FILE *f);

#endif
