/* The terminal: start and stop curses, a stack of layers that draw the
 * screen, the frame (title line with tabs, status line, key bar), key input
 * from the keyboard or from a test script, and small drawing helpers.
 *
 * Only ui_key() draws: a screen changes its state, then asks for the next
 * key, and every layer is drawn again from the bottom up (htop's "only the
 * main loop redraws").  A modal loop (form, dialog, detail) pushes a layer,
 * loops on ui_key(), and pops its layer.
 *
 * ZHIBU_SCRIPT=FILE reads keys from FILE instead of the keyboard, on a
 * virtual screen of ZHIBU_SIZE (COLSxLINES, default 80x24); see ui_script.c. */
#ifndef ZHIBU_UI_H
#define ZHIBU_UI_H
#include <stdbool.h>
#include <stddef.h>

#include "ui/keys.h"

#define UI_MIN_COLS 80
#define UI_MIN_LINES 24

enum ui_style {
	UI_NORMAL, UI_TITLE, UI_TAB, UI_TAB_ACTIVE, UI_HEADER, UI_HEADER_SORTED,
	UI_SELECTED, UI_DIM, UI_DIM_SELECTED, UI_KEY, UI_KEY_LABEL, UI_STATUS,
	UI_ERROR, UI_LABEL, UI_FIELD, UI_FIELD_FOCUS, UI_MESSAGE, UI_BUTTON,
	UI_BUTTON_FOCUS, UI_BOX, UI_EMPHASIS,
	UI_OVERDUE, UI_SOON,      /* a deadline past, or within the warning window */
	UI_STYLE_COUNT
};

struct ui;

typedef void ui_draw_fn(void *ctx, struct ui *ui);

struct ui_layer {
	ui_draw_fn *draw;
	void *ctx;
	const enum ui_context *contexts; /* key contexts, first wins; ends with CTX_END */
	const enum action *bar;          /* the bar's actions; ends with ACT_NONE */
	bool opaque;                     /* covers the content area: layers below are not drawn */
	bool dirty;                      /* holds unsaved changes (q asks before quitting) */
	/* Optional: work that can wait for a pause in the typing (a total over
	 * the whole branch).  Called after the screen is drawn when no key is
	 * waiting (in a script: before every next key); returns true when the
	 * screen should be drawn again. */
	bool (*idle)(void *ctx);
};

/* False, with a message in err, when there is no terminal to start on (and
 * no script): checked before anything else happens. */
bool ui_terminal_ready(char *err, size_t err_size);
/* Start the terminal (or the script's virtual screen).  NULL with a message
 * in err when there is no terminal. */
struct ui *ui_open(char *err, size_t err_size);
/* Restore the terminal and free. */
void ui_close(struct ui *ui);

/* The title line: a title (the branch name) and tabs, one active. */
void ui_set_title(struct ui *ui, const char *title);
void ui_set_tabs(struct ui *ui, const char *const *tabs, int count, int active);

void ui_push(struct ui *ui, const struct ui_layer *layer);
void ui_pop(struct ui *ui);
/* The layer on top (its dirty flag may be changed). */
struct ui_layer *ui_top(struct ui *ui);

/* Draw every layer and the frame, then wait for the next key.  Handles
 * resizing, the help screen (F1, ?) and ^L itself.  Returns the key's action
 * in the top layer's contexts (ACT_NONE for a character to insert, or an
 * unbound key) and the key in *key.  At the end of input, or when quitting
 * was decided, returns ACT_QUIT with ui_quitting() true. */
enum action ui_key(struct ui *ui, int *key);
/* Quitting was decided, or a tab key was pressed on a page (see
 * ui_take_jump): every modal loop returns at once. */
bool ui_quitting(const struct ui *ui);
/* The driver, back at the base layer: the tab action pressed on a page
 * (ACT_NONE for none), and the pages' unwinding ends.  A tab key (CTX_SCREENS)
 * works on every page that binds it to nothing else and holds no unsaved
 * input. */
enum action ui_take_jump(struct ui *ui);
/* A page passes a tab key it does not use on: the pages close, the driver
 * shows the tab. */
void ui_jump(struct ui *ui, enum action a);
/* fn(ctx) runs before the screen is drawn, after each key is read and in
 * the idle step: the driver looks there for changed data. */
void ui_set_watch(struct ui *ui, void (*fn)(void *ctx), void *ctx);
void ui_set_quitting(struct ui *ui);
/* Handle ACT_QUIT in a loop: true when the app should quit now.  Asks
 * first when a layer holds unsaved changes. */
bool ui_quit_requested(struct ui *ui);
/* In the loop of a view that Esc (ACT_BACK) closes, after ui_key: true
 * when the view should close now, because quitting was decided, the user
 * went back, or asked to quit and confirmed.  A quit that was refused still
 * comes back as ACT_QUIT for the loop to pass over. */
bool ui_closes_view(struct ui *ui, enum action a);

/* A message on the status line until the next key. */
void ui_status(struct ui *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ui_error(struct ui *ui, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Something for the status line while a prompt is open: text, and the
 * cursor's column in it (-1 for none).  Cleared at each ui_key(). */
void ui_status_prompt(struct ui *ui, const char *text, int cursor_col);

/* The screen size, and the content area between the title line and the
 * status line. */
int ui_cols(const struct ui *ui);
int ui_lines(const struct ui *ui);
void ui_area(const struct ui *ui, int *y, int *h);

/* Drawing, for layers.  Text is UTF-8, fitted to width columns (never split
 * inside a character, a cut marked with …) and padded with spaces. */
void ui_text(int y, int x, int width, const char *text, enum ui_style style);
void ui_text_right(int y, int x, int width, const char *text, enum ui_style style);
/* Text as wide as it is (at most max_width); returns the columns used. */
int ui_text_at(int y, int x, int max_width, const char *text, enum ui_style style);
void ui_fill(int y, int x, int width, enum ui_style style);
/* A framed box with a title, its inside cleared. */
void ui_box(int y, int x, int height, int width, const char *title);
/* Show the terminal cursor at y, x after this draw (line editors). */
void ui_cursor(struct ui *ui, int y, int x);

/* Leave the screen to another program (the user's editor): the terminal is
 * as the user had it until ui_resume(), which draws everything again.  In
 * the script mode there is no terminal to give: both do nothing. */
void ui_suspend(struct ui *ui);
void ui_resume(struct ui *ui);

/* The help screen for the top layer's contexts. */
void ui_help(struct ui *ui);

#endif
