/* The terminal, the layers and the frame; see ui.h. */
#include "ui/ui_private.h"

#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include "core/i18n.h"
#include "core/text.h"
#include "ui/dialog.h"
#include "ui/screen.h"
#include "ui/textview.h"

/* The terminal is restored on every way out: quit, a signal, a crash. */
static volatile sig_atomic_t curses_active;
static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL };

static void on_signal(int sig)
{
	if (curses_active) {
		curses_active = 0;
		endwin();
	}
	/* SA_RESETHAND restored the default action: die of the same signal. */
	raise(sig);
}

static void install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
		sigaction(fatal_signals[i], &sa, NULL);
}

static void reset_signals(void)
{
	for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
		signal(fatal_signals[i], SIG_DFL);
}

static void on_exit_restore(void)
{
	if (curses_active) {
		curses_active = 0;
		endwin();
	}
}

/* Ctrl-S and Ctrl-Q reach the program (F2 or ^S saves) instead of
 * stopping the terminal's output, and Ctrl-C is a key (quit, or cancel a
 * form, asking first when typed work would be lost) instead of a signal
 * that ends the app at once; endwin() restores the user's settings. */
static void no_flow_control(void)
{
	struct termios t;
	if (tcgetattr(STDIN_FILENO, &t) == 0) {
		t.c_iflag &= ~(tcflag_t)IXON;
		t.c_cc[VINTR] = _POSIX_VDISABLE;
		tcsetattr(STDIN_FILENO, TCSANOW, &t);
		def_prog_mode();
	}
}

static void init_styles(struct ui *ui)
{
	static const attr_t mono[UI_STYLE_COUNT] = {
		[UI_NORMAL] = A_NORMAL, [UI_TITLE] = A_REVERSE, [UI_TAB] = A_REVERSE,
		[UI_TAB_ACTIVE] = A_BOLD, [UI_HEADER] = A_BOLD,
		[UI_HEADER_SORTED] = A_BOLD | A_UNDERLINE, [UI_SELECTED] = A_REVERSE,
		[UI_DIM] = A_DIM, [UI_DIM_SELECTED] = A_REVERSE | A_DIM, [UI_KEY] = A_BOLD,
		[UI_KEY_LABEL] = A_REVERSE, [UI_STATUS] = A_NORMAL, [UI_ERROR] = A_BOLD,
		[UI_LABEL] = A_NORMAL, [UI_FIELD] = A_UNDERLINE, [UI_FIELD_FOCUS] = A_REVERSE,
		[UI_MESSAGE] = A_BOLD, [UI_BUTTON] = A_NORMAL, [UI_BUTTON_FOCUS] = A_REVERSE,
		[UI_BOX] = A_NORMAL, [UI_EMPHASIS] = A_BOLD,
		[UI_OVERDUE] = A_BOLD | A_REVERSE, [UI_SOON] = A_BOLD,
	};
	memcpy(ui->styles, mono, sizeof mono);
	const char *no_color = getenv("NO_COLOR");
	if ((no_color && *no_color) || !has_colors() || start_color() != OK || COLORS < 8)
		return;
	short fg = COLOR_WHITE, bg = COLOR_BLACK;
	if (use_default_colors() == OK)
		fg = bg = -1;
	init_pair(1, COLOR_WHITE, COLOR_RED);   /* title bar */
	init_pair(2, COLOR_RED, COLOR_WHITE);   /* the active tab */
	init_pair(3, COLOR_BLACK, COLOR_CYAN);  /* selection, key labels */
	init_pair(4, COLOR_BLACK, COLOR_GREEN); /* table header */
	init_pair(5, COLOR_RED, bg);            /* errors, field messages */
	init_pair(6, COLOR_BLACK, COLOR_WHITE); /* the focused field */
	init_pair(7, fg, bg);
	init_pair(8, COLOR_YELLOW, bg);         /* due soon */
	ui->styles[UI_TITLE] = COLOR_PAIR(1) | A_BOLD;
	ui->styles[UI_TAB] = COLOR_PAIR(1);
	ui->styles[UI_TAB_ACTIVE] = COLOR_PAIR(2) | A_BOLD;
	ui->styles[UI_HEADER] = COLOR_PAIR(4);
	ui->styles[UI_HEADER_SORTED] = COLOR_PAIR(4) | A_BOLD | A_UNDERLINE;
	ui->styles[UI_SELECTED] = COLOR_PAIR(3);
	ui->styles[UI_DIM_SELECTED] = COLOR_PAIR(3) | A_DIM;
	ui->styles[UI_KEY_LABEL] = COLOR_PAIR(3);
	ui->styles[UI_ERROR] = COLOR_PAIR(5) | A_BOLD;
	ui->styles[UI_MESSAGE] = COLOR_PAIR(5);
	ui->styles[UI_FIELD_FOCUS] = COLOR_PAIR(6);
	ui->styles[UI_BUTTON_FOCUS] = COLOR_PAIR(3) | A_BOLD;
	ui->styles[UI_OVERDUE] = COLOR_PAIR(5) | A_BOLD;
	ui->styles[UI_SOON] = COLOR_PAIR(8) | A_BOLD;
}

static struct ui *current; /* for the drawing helpers */

bool ui_terminal_ready(char *err, size_t err_size)
{
	const char *script = getenv("ZHIBU_SCRIPT");
	if ((script && *script) || (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)))
		return true;
	snprintf(err, err_size, "%s", _("the full-screen app needs a terminal; see zhibu --help for the commands"));
	return false;
}

struct ui *ui_open(char *err, size_t err_size)
{
	struct ui *ui = calloc(1, sizeof *ui);
	if (!ui)
		abort();
	if (!keys_init()) {
		snprintf(err, err_size, "internal error in the key table");
		free(ui);
		return NULL;
	}
	const char *script = getenv("ZHIBU_SCRIPT");
	install_signals();
	if (script && *script) {
		if (!ui_script_open(ui, script, err, err_size)) {
			reset_signals();
			free(ui);
			return NULL;
		}
	} else {
		if (!ui_terminal_ready(err, err_size)) {
			reset_signals();
			free(ui);
			return NULL;
		}
		ui->screen = newterm(NULL, stdout, stdin);
		if (!ui->screen) {
			const char *term = getenv("TERM");
			snprintf(err, err_size, _("cannot use the terminal type %s (set TERM)"), term ? term : "");
			reset_signals();
			free(ui);
			return NULL;
		}
	}
	curses_active = 1;
	atexit(on_exit_restore);
	current = ui;
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	if (!ui->script)
		no_flow_control();
	init_styles(ui);
	return ui;
}

void ui_close(struct ui *ui)
{
	if (!ui)
		return;
	if (curses_active) {
		curses_active = 0;
		endwin();
	}
	delscreen(ui->screen);
	reset_signals();
	ui_script_close(ui);
	if (current == ui)
		current = NULL;
	free(ui);
}

void ui_set_title(struct ui *ui, const char *title)
{
	text_copy(ui->title, sizeof ui->title, title);
}

void ui_set_tabs(struct ui *ui, const char *const *tabs, int count, int active)
{
	ui->tabs = tabs;
	ui->tab_count = count;
	ui->tab = active;
}

void ui_push(struct ui *ui, const struct ui_layer *layer)
{
	if (ui->layer_count == UI_MAX_LAYERS)
		abort();
	ui->layers[ui->layer_count++] = *layer;
}

void ui_pop(struct ui *ui)
{
	if (ui->layer_count > 0)
		ui->layer_count--;
}

struct ui_layer *ui_top(struct ui *ui)
{
	return ui->layer_count ? &ui->layers[ui->layer_count - 1] : NULL;
}

bool ui_quitting(const struct ui *ui)
{
	return ui->quitting || ui->jump != ACT_NONE;
}

enum action ui_take_jump(struct ui *ui)
{
	enum action a = ui->jump;
	ui->jump = ACT_NONE;
	return a;
}

void ui_jump(struct ui *ui, enum action a)
{
	ui->jump = a;
}

void ui_set_watch(struct ui *ui, void (*fn)(void *ctx), void *ctx)
{
	ui->watch = fn;
	ui->watch_ctx = ctx;
}

static void watch(struct ui *ui)
{
	if (ui->watch)
		ui->watch(ui->watch_ctx);
}

void ui_set_quitting(struct ui *ui)
{
	ui->quitting = true;
}

static bool any_dirty(const struct ui *ui)
{
	for (int i = 0; i < ui->layer_count; i++)
		if (ui->layers[i].dirty)
			return true;
	return false;
}

bool ui_quit_requested(struct ui *ui)
{
	if (ui->quitting)
		return true;
	if (any_dirty(ui) && !ui_confirm(ui, _("Quit and lose the unsaved changes?"), false))
		return false;
	ui->quitting = true;
	return true;
}

bool ui_closes_view(struct ui *ui, enum action a)
{
	if (ui_quitting(ui) || a == ACT_BACK)
		return true;
	return a == ACT_QUIT && ui_quit_requested(ui);
}

void ui_status(struct ui *ui, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ui->status, sizeof ui->status, fmt, ap);
	va_end(ap);
	ui->status_error = false;
}

void ui_error(struct ui *ui, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ui->status, sizeof ui->status, fmt, ap);
	va_end(ap);
	ui->status_error = true;
}

void ui_status_prompt(struct ui *ui, const char *text, int cursor_col)
{
	text_copy(ui->prompt, sizeof ui->prompt, text);
	ui->prompt_cursor = cursor_col;
	ui->have_prompt = true;
}

int ui_cols(const struct ui *ui)
{
	(void)ui;
	return COLS;
}

int ui_lines(const struct ui *ui)
{
	(void)ui;
	return LINES;
}

void ui_area(const struct ui *ui, int *y, int *h)
{
	*y = 1;
	*h = ui_lines(ui) - 3;
}

static bool too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_LINES;
}

/* Control characters (a newline in a note) take no column: draw a space. */
static void sanitize(char *dst, size_t size, const char *src)
{
	size_t n = 0;
	for (; *src && n + 1 < size; src++) {
		unsigned char c = (unsigned char)*src;
		dst[n++] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
	}
	dst[n] = '\0';
}

static void put_utf8(int y, int x, const char *s, enum ui_style style)
{
	wchar_t w[1024];
	size_t n = 0, len = strlen(s);
	uint32_t cp;
	for (size_t i = 0, k; n + 1 < sizeof w / sizeof w[0] && (k = utf8_decode(s + i, len - i, &cp)) > 0; i += k)
		w[n++] = (wchar_t)cp;
	w[n] = 0;
	attr_t a = current ? current->styles[style] : A_NORMAL;
	attrset(a);
	mvaddnwstr(y, x, w, (int)n);
	attrset(A_NORMAL);
}

void ui_text(int y, int x, int width, const char *text, enum ui_style style)
{
	char clean[2048], fitted[4096];
	if (width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return;
	if (x + width > COLS)
		width = COLS - x;
	sanitize(clean, sizeof clean, text);
	text_pad(fitted, sizeof fitted, clean, width, false);
	put_utf8(y, x, fitted, style);
}

void ui_text_right(int y, int x, int width, const char *text, enum ui_style style)
{
	char clean[2048], fitted[4096];
	if (width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return;
	if (x + width > COLS)
		width = COLS - x;
	sanitize(clean, sizeof clean, text);
	text_pad(fitted, sizeof fitted, clean, width, true);
	put_utf8(y, x, fitted, style);
}

int ui_text_at(int y, int x, int max_width, const char *text, enum ui_style style)
{
	char clean[2048], fitted[4096];
	if (max_width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + max_width > COLS)
		max_width = COLS - x;
	sanitize(clean, sizeof clean, text);
	int w = text_fit(fitted, sizeof fitted, clean, max_width);
	put_utf8(y, x, fitted, style);
	return w;
}

void ui_fill(int y, int x, int width, enum ui_style style)
{
	if (width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return;
	if (x + width > COLS)
		width = COLS - x;
	attrset(current ? current->styles[style] : A_NORMAL);
	mvhline(y, x, ' ', width);
	attrset(A_NORMAL);
}

void ui_box(int y, int x, int height, int width, const char *title)
{
	if (height < 2 || width < 2)
		return;
	for (int r = y; r < y + height; r++)
		ui_fill(r, x, width, UI_BOX);
	attrset(current ? current->styles[UI_BOX] : A_NORMAL);
	mvadd_wch(y, x, WACS_ULCORNER);
	mvadd_wch(y, x + width - 1, WACS_URCORNER);
	mvadd_wch(y + height - 1, x, WACS_LLCORNER);
	mvadd_wch(y + height - 1, x + width - 1, WACS_LRCORNER);
	mvhline_set(y, x + 1, WACS_HLINE, width - 2);
	mvhline_set(y + height - 1, x + 1, WACS_HLINE, width - 2);
	mvvline_set(y + 1, x, WACS_VLINE, height - 2);
	mvvline_set(y + 1, x + width - 1, WACS_VLINE, height - 2);
	attrset(A_NORMAL);
	if (title && *title) {
		char t[512];
		snprintf(t, sizeof t, " %s ", title);
		ui_text_at(y, x + 2, width - 4, t, UI_EMPHASIS);
	}
}

void ui_cursor(struct ui *ui, int y, int x)
{
	ui->want_cursor = true;
	ui->cursor_y = y;
	ui->cursor_x = x;
}

void ui_suspend(struct ui *ui)
{
	if (ui->script || !curses_active)
		return;
	def_prog_mode();
	curses_active = 0;
	endwin();
	fflush(stdout);
}

void ui_resume(struct ui *ui)
{
	if (ui->script || curses_active)
		return;
	reset_prog_mode();
	curses_active = 1;
	clearok(curscr, TRUE);
	refresh();
}

static void draw_title(struct ui *ui)
{
	int cols = COLS, tabs_width = 0;
	char buf[128];
	ui_fill(0, 0, cols, UI_TITLE);
	for (int i = 0; i < ui->tab_count; i++) {
		snprintf(buf, sizeof buf, " %d%s ", i + 1, _(ui->tabs[i]));
		tabs_width += text_width(buf);
	}
	int x = cols - tabs_width;
	ui_text_at(0, 1, x - 2, ui->title, UI_TITLE);
	for (int i = 0; i < ui->tab_count; i++) {
		snprintf(buf, sizeof buf, " %d%s ", i + 1, _(ui->tabs[i]));
		x += ui_text_at(0, x, cols - x, buf, i == ui->tab ? UI_TAB_ACTIVE : UI_TAB);
	}
}

static void draw_bar(struct ui *ui)
{
	int y = LINES - 1, x = 0, cols = COLS;
	const struct ui_layer *top = ui_top(ui);
	ui_fill(y, 0, cols, UI_KEY_LABEL);
	if (!top || !top->bar)
		return;
	for (const enum action *a = top->bar; *a != ACT_NONE && x < cols; a++) {
		const char *key = action_key_label(*a);
		const char *label = action_info[*a].bar ? _(action_info[*a].bar) : "";
		int need = text_width(key) + text_width(label) + 1;
		if (x + need > cols)
			break;
		x += ui_text_at(y, x, cols - x, key, UI_KEY);
		x += ui_text_at(y, x, cols - x, label, UI_KEY_LABEL);
		x += 1;
	}
}

static void draw_status(struct ui *ui)
{
	int y = LINES - 2;
	if (ui->have_prompt) {
		ui_text(y, 0, COLS, ui->prompt, UI_STATUS);
		if (ui->prompt_cursor >= 0)
			ui_cursor(ui, y, ui->prompt_cursor < COLS ? ui->prompt_cursor : COLS - 1);
	} else {
		ui_text(y, 0, COLS, ui->status, ui->status_error ? UI_ERROR : UI_STATUS);
	}
}

static void draw_too_small(void)
{
	char msg[512];
	snprintf(msg, sizeof msg, _("This window is %dx%d; zhibu needs at least %dx%d. "
				    "Please make it larger, or press q to quit."),
		 COLS, LINES, UI_MIN_COLS, UI_MIN_LINES);
	int width = COLS > 4 ? COLS - 2 : COLS, lines = 0;
	size_t next;
	for (const char *p = msg; *p; p += next) {
		text_wrap(p, width, &next);
		lines++;
	}
	int y = (LINES - lines) / 2;
	for (const char *p = msg; *p && y < LINES; p += next, y++) {
		char line[512];
		size_t n = text_wrap(p, width, &next);
		snprintf(line, sizeof line, "%.*s", (int)n, p);
		int w = text_width(line);
		ui_text_at(y < 0 ? 0 : y, (COLS - w) / 2 > 0 ? (COLS - w) / 2 : 0, COLS, line, UI_EMPHASIS);
	}
}

static void draw(struct ui *ui)
{
	current = ui;
	ui->want_cursor = false;
	ui->have_prompt = false;
	erase();
	if (too_small()) {
		draw_too_small();
	} else {
		draw_title(ui);
		int first = 0;
		for (int i = ui->layer_count - 1; i >= 0; i--)
			if (ui->layers[i].opaque) {
				first = i;
				break;
			}
		for (int i = first; i < ui->layer_count; i++)
			ui->layers[i].draw(ui->layers[i].ctx, ui);
		draw_status(ui);
		draw_bar(ui);
	}
	if (ui->want_cursor) {
		curs_set(1);
		move(ui->cursor_y, ui->cursor_x);
	} else {
		curs_set(0);
	}
	refresh();
}

static double elapsed_ms(clockid_t clock, const struct timespec *since)
{
	struct timespec now;
	clock_gettime(clock, &now);
	return (double)(now.tv_sec - since->tv_sec) * 1e3 + (double)(now.tv_nsec - since->tv_nsec) / 1e6;
}

static int read_key(struct ui *ui)
{
	if (ui->script)
		return ui_script_key(ui);
	if (ui->typed_ahead) {
		int k = ui->typed_ahead;
		ui->typed_ahead = 0;
		return k;
	}
	for (;;) {
		wint_t wch;
		int rc = get_wch(&wch);
		if (rc == ERR) {
			if (++ui->read_errors > 1000) /* the terminal is gone */
				return UI_KEY_EOF;
			continue;
		}
		ui->read_errors = 0;
		return key_from_curses(rc == KEY_CODE_YES, (unsigned int)wch);
	}
}

/* A key already waiting (typed fast, or pasted): drawing can wait until
 * the keys are all handled.  The script mode draws after every key, so that
 * tests and timings see each one. */
static bool keys_waiting(struct ui *ui)
{
	wint_t wch;
	if (ui->script || ui->typed_ahead)
		return ui->typed_ahead != 0;
	nodelay(stdscr, TRUE);
	int rc = get_wch(&wch);
	nodelay(stdscr, FALSE);
	if (rc == ERR)
		return false;
	ui->typed_ahead = key_from_curses(rc == KEY_CODE_YES, (unsigned int)wch);
	if (ui->typed_ahead == UI_KEY_RESIZE) { /* draw at once for a resize */
		ui->typed_ahead = 0;
		return false;
	}
	return true;
}

/* The shown layers' work for a pause in the typing: true when one of them
 * wants the screen drawn again. */
static bool idle_work(struct ui *ui)
{
	bool again = false;
	int first = 0;
	for (int i = ui->layer_count - 1; i >= 0; i--)
		if (ui->layers[i].opaque) {
			first = i;
			break;
		}
	for (int i = first; i < ui->layer_count && !keys_waiting(ui); i++)
		if (ui->layers[i].idle && ui->layers[i].idle(ui->layers[i].ctx))
			again = true;
	return again;
}

static bool in_help;

/* A page where the tab keys may jump: no line editor takes the digits. */
static bool page_takes_tabs(const enum ui_context *contexts)
{
	for (const enum ui_context *c = contexts; *c != CTX_END; c++)
		if (*c == CTX_EDIT || *c == CTX_FORM || *c == CTX_TEXT || *c == CTX_DIALOG)
			return false;
	return true;
}

enum action ui_key(struct ui *ui, int *key)
{
	for (;;) {
		if (ui->quitting) {
			*key = UI_KEY_EOF;
			return ACT_QUIT;
		}
		if (ui->jump != ACT_NONE) {
			*key = UI_KEY_EOF;
			return ACT_QUIT;
		}
		bool drawn = !keys_waiting(ui);
		if (drawn) {
			watch(ui);
			draw(ui);
		}
		if (ui->timing && ui->key_label[0]) {
			fprintf(ui->timing, "%s %.3f %.3f\n", ui->key_label,
				elapsed_ms(CLOCK_MONOTONIC, &ui->key_time),
				elapsed_ms(CLOCK_PROCESS_CPUTIME_ID, &ui->key_cpu));
			fflush(ui->timing);
			ui->key_label[0] = '\0';
		}
		if (drawn && idle_work(ui) && !keys_waiting(ui)) {
			watch(ui);
			draw(ui);
		}
		int k = read_key(ui);
		if (k == UI_KEY_RESIZE)
			continue;
		if (k == UI_KEY_EOF) {
			ui->quitting = true;
			*key = k;
			return ACT_QUIT;
		}
		if (ui->timing) {
			clock_gettime(CLOCK_MONOTONIC, &ui->key_time);
			clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ui->key_cpu);
			key_label(k, ui->key_label, sizeof ui->key_label);
		}
		ui->status[0] = '\0';
		if (too_small()) {
			static const enum ui_context global[] = { CTX_GLOBAL, CTX_END };
			if (key_action(global, k) == ACT_QUIT && !any_dirty(ui))
				ui->quitting = true;
			continue;
		}
		watch(ui);
		const struct ui_layer *top = ui_top(ui);
		static const enum ui_context none[] = { CTX_GLOBAL, CTX_END };
		const enum ui_context *contexts = top && top->contexts ? top->contexts : none;
		enum action a = key_action(contexts, k);
		if (a == ACT_NONE && ui->layer_count > 1 && !any_dirty(ui) && page_takes_tabs(contexts)) {
			static const enum ui_context screens[] = { CTX_SCREENS, CTX_END };
			enum action jump = key_action(screens, k);
			if (jump != ACT_NONE) {
				ui->jump = jump;
				*key = UI_KEY_EOF;
				return ACT_QUIT;
			}
		}
		if (a == ACT_HELP && !in_help) {
			ui_help(ui);
			continue;
		}
		if (a == ACT_REDRAW) {
			clearok(curscr, TRUE);
			continue;
		}
		*key = k;
		return a;
	}
}

/* The help screen: the keys of the contexts where it was opened. */
struct help {
	struct textview *tv;
};

static void help_draw(void *ctx, struct ui *ui)
{
	struct help *h = ctx;
	int y, height;
	ui_area(ui, &y, &height);
	char head[256];
	snprintf(head, sizeof head, " %s", _("Keys that work here (all keys: man zhibu)"));
	ui_text(y, 0, COLS, head, UI_HEADER);
	textview_draw(h->tv, y + 1, 1, height - 1, COLS - 2);
}

/* The screens of the registry: the tab keys, then the ledgers of 台账. */
static void help_screens(struct textview *tv)
{
	int tab = 0;
	textview_add(tv, UI_NORMAL, NULL, "");
	textview_add(tv, UI_EMPHASIS, NULL, _("The screens"));
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_ops *ops = screen_registry[id].ops;
		char key[64], text[512];
		if (screen_registry[id].place == SCREEN_TAB)
			snprintf(key, sizeof key, "%d", ++tab);
		else if (screen_registry[id].place == SCREEN_LEDGER)
			snprintf(key, sizeof key, "%d › %s", screen_ledgers_tab(), _(screen_ledgers.title));
		else
			continue;
		snprintf(text, sizeof text, "%s: %s", _(ops->title), _(ops->help));
		textview_add(tv, UI_NORMAL, key, text);
	}
}

void ui_help(struct ui *ui)
{
	static const enum ui_context contexts[] = { CTX_LIST, CTX_GLOBAL, CTX_END };
	static const enum action bar[] = { ACT_BACK, ACT_PAGE_DOWN, ACT_PAGE_UP, ACT_NONE };
	const struct ui_layer *top = ui_top(ui);
	bool shown[CTX_COUNT] = { false };
	struct help h = { .tv = textview_new(18) };

	for (const enum ui_context *c = top && top->contexts ? top->contexts : contexts; *c != CTX_END; c++) {
		if (shown[*c])
			continue;
		shown[*c] = true;
		if (textview_lines(h.tv) > 0)
			textview_add(h.tv, UI_NORMAL, NULL, "");
		textview_add(h.tv, UI_EMPHASIS, NULL, _(context_titles[*c]));
		for (int a = 1; a < ACT_COUNT; a++) {
			if (action_info[a].ctx != *c)
				continue;
			char keys[96];
			action_keys_text((enum action)a, keys, sizeof keys);
			textview_add(h.tv, UI_NORMAL, keys, _(action_info[a].help));
		}
	}
	if (shown[CTX_SCREENS])
		help_screens(h.tv);
	struct ui_layer layer = { .draw = help_draw, .ctx = &h, .contexts = contexts, .bar = bar, .opaque = true };
	ui_push(ui, &layer);
	in_help = true;
	for (;;) {
		int key;
		enum action a = ui_key(ui, &key);
		if (ui_quitting(ui) || a == ACT_BACK || a == ACT_QUIT || a == ACT_HELP || a == ACT_OPEN)
			break;
		textview_key(h.tv, a);
	}
	in_help = false;
	ui_pop(ui);
	textview_free(h.tv);
}
