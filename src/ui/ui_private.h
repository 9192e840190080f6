/* Shared by ui.c and ui_script.c: the state behind struct ui. */
#ifndef ZHIBU_UI_PRIVATE_H
#define ZHIBU_UI_PRIVATE_H
#include <curses.h>
#include <stdio.h>
#include <time.h>

#include "ui/ui.h"

#define UI_MAX_LAYERS 16
#define UI_QUEUE 1024

struct ui {
	SCREEN *screen;
	FILE *term_out, *term_in;    /* the script's /dev/null streams */
	attr_t styles[UI_STYLE_COUNT];

	/* script mode (ZHIBU_SCRIPT) */
	bool script;
	FILE *script_file;
	const char *script_path;
	int script_line;
	int queue[UI_QUEUE];
	int queue_head, queue_tail;
	FILE *timing;                /* "timing FILE": milliseconds per key */
	struct timespec key_time, key_cpu;
	char key_label[32];

	char title[160];
	const char *const *tabs;
	int tab_count, tab;

	struct ui_layer layers[UI_MAX_LAYERS];
	int layer_count;

	char status[512];
	bool status_error;
	char prompt[512];
	int prompt_cursor;
	bool have_prompt;
	int cursor_y, cursor_x;
	bool want_cursor;
	bool quitting;
	enum action jump;             /* a tab key pressed on a page: the pages close, then the driver jumps */
	void (*watch)(void *ctx);     /* see ui_set_watch */
	void *watch_ctx;
	int read_errors;
	int typed_ahead;              /* a key read early, 0 for none */
};

/* Script mode: start the virtual screen; the next key (or UI_KEY_RESIZE,
 * UI_KEY_EOF) from the script. */
bool ui_script_open(struct ui *ui, const char *path, char *err, size_t err_size);
int ui_script_key(struct ui *ui);
void ui_script_close(struct ui *ui);
/* Write the screen as UTF-8 text, a wide character once; the title line
 * only when title is true. */
bool ui_dump(struct ui *ui, const char *path, bool title);

#endif
