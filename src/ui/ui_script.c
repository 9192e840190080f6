/* Scripted mode for tests and benchmarks: ZHIBU_SCRIPT=FILE.  The screen is
 * a curses screen of ZHIBU_SIZE (COLSxLINES, default 80x24) whose terminal
 * output goes to an unlinked temporary file, emptied as it goes (no terminal
 * needed); keys come from FILE, one command per line:
 *   key NAME...        keys by name: j, Enter, F1, ^L, PgDn, BackTab, Esc
 *   type TEXT          each character of TEXT as a key (UTF-8)
 *   resize COLS LINES  the window changes size
 *   dump FILE          write the screen as text to FILE, without the title
 *                      line (the branch and the tabs)
 *   dump-title FILE    the same with the title line
 *   shell COMMAND      run COMMAND with sh -c while the app waits for the
 *                      next key (another process writing the database)
 *   timing FILE        from now on, write "KEY MS CPU_MS" per key to FILE: the
 *                      time from the key to the screen drawn again, wall
 *                      clock and processor time
 *   # comment
 * At the end of the file the app quits, without questions. */
#include "ui/ui_private.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "core/i18n.h"
#include "core/text.h"

static bool parse_size(const char *s, int *cols, int *lines)
{
	char x;
	return s && sscanf(s, "%d%c%d", cols, &x, lines) == 3 && (x == 'x' || x == 'X') &&
	       *cols > 0 && *lines > 0 && *cols <= 1000 && *lines <= 1000;
}

bool ui_script_open(struct ui *ui, const char *path, char *err, size_t err_size)
{
	int cols = 80, lines = 24;
	const char *size = getenv("ZHIBU_SIZE");
	if (size && *size && !parse_size(size, &cols, &lines)) {
		snprintf(err, err_size, "ZHIBU_SIZE=%s: use COLSxLINES, e.g. 80x24", size);
		return false;
	}
	ui->script_file = fopen(path, "r");
	if (!ui->script_file) {
		snprintf(err, err_size, "%s: %s", path, strerror(errno));
		return false;
	}
	ui->script = true;
	ui->script_path = path;
	char n[16];
	snprintf(n, sizeof n, "%d", lines);
	setenv("LINES", n, 1);
	snprintf(n, sizeof n, "%d", cols);
	setenv("COLUMNS", n, 1);
	ui->term_out = tmpfile();
	ui->term_in = tmpfile();
	if (!ui->term_out || !ui->term_in) {
		snprintf(err, err_size, "script mode: %s", strerror(errno));
		ui_script_close(ui);
		return false;
	}
	/* $TERM decides the capabilities (colours or not); any terminal with
	 * cursor addressing will do when it is unknown. */
	const char *terms[] = { getenv("TERM"), "xterm-256color", "xterm", "vt100", "ansi" };
	for (size_t i = 0; i < sizeof terms / sizeof terms[0] && !ui->screen; i++)
		if (terms[i] && *terms[i] && strcmp(terms[i], "dumb") != 0)
			ui->screen = newterm(terms[i], ui->term_out, ui->term_in);
	if (!ui->screen) {
		snprintf(err, err_size, "script mode: no terminfo for xterm or vt100");
		ui_script_close(ui);
		return false;
	}
	resizeterm(lines, cols);
	return true;
}

void ui_script_close(struct ui *ui)
{
	if (ui->script_file)
		fclose(ui->script_file);
	if (ui->term_out)
		fclose(ui->term_out);
	if (ui->term_in)
		fclose(ui->term_in);
	if (ui->timing)
		fclose(ui->timing);
	ui->script_file = ui->term_out = ui->term_in = ui->timing = NULL;
}

static void script_fail(struct ui *ui, const char *fmt, const char *arg)
{
	endwin();
	fprintf(stderr, "%s:%d: ", ui->script_path, ui->script_line);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n");
	exit(2);
}

static void enqueue(struct ui *ui, int key)
{
	if ((ui->queue_tail + 1) % UI_QUEUE == ui->queue_head)
		script_fail(ui, "%s", "too many keys on one line");
	ui->queue[ui->queue_tail] = key;
	ui->queue_tail = (ui->queue_tail + 1) % UI_QUEUE;
}

int ui_script_key(struct ui *ui)
{
	char line[4096];
	/* What curses wrote for the terminal is not needed: keep the file small. */
	fflush(ui->term_out);
	if (ftruncate(fileno(ui->term_out), 0) == 0)
		rewind(ui->term_out);
	while (ui->queue_head == ui->queue_tail) {
		if (!ui->script_file || !fgets(line, sizeof line, ui->script_file))
			return UI_KEY_EOF;
		ui->script_line++;
		line[strcspn(line, "\r\n")] = '\0';
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0' || *p == '#')
			continue;
		char *arg = p + strcspn(p, " \t");
		if (*arg)
			*arg++ = '\0';
		if (!strcmp(p, "key")) {
			for (char *save, *k = strtok_r(arg, " \t", &save); k; k = strtok_r(NULL, " \t", &save)) {
				int code = key_by_name(k);
				if (code < 0)
					script_fail(ui, "unknown key name %s", k);
				enqueue(ui, code);
			}
		} else if (!strcmp(p, "type")) {
			size_t len = strlen(arg);
			uint32_t cp;
			for (size_t i = 0, k; (k = utf8_decode(arg + i, len - i, &cp)) > 0; i += k)
				enqueue(ui, (int)cp);
		} else if (!strcmp(p, "resize")) {
			int cols, lines;
			if (sscanf(arg, "%d %d", &cols, &lines) != 2 || cols <= 0 || lines <= 0)
				script_fail(ui, "resize needs COLS LINES, not %s", arg);
			resizeterm(lines, cols);
			return UI_KEY_RESIZE;
		} else if (!strcmp(p, "dump") || !strcmp(p, "dump-title")) {
			if (!ui_dump(ui, arg, !strcmp(p, "dump-title")))
				script_fail(ui, "cannot write %s", arg);
		} else if (!strcmp(p, "shell")) {
			fflush(NULL);
			int st = system(arg);
			if (st != 0)
				fprintf(stderr, "script line %d: %s: exit status %d\n", ui->script_line, arg, st);
		} else if (!strcmp(p, "timing")) {
			if (ui->timing)
				fclose(ui->timing);
			ui->timing = fopen(arg, "w");
			if (!ui->timing)
				script_fail(ui, "cannot write %s", arg);
		} else {
			script_fail(ui, "unknown command %s (key, type, resize, dump, dump-title, shell, timing)", p);
		}
	}
	int key = ui->queue[ui->queue_head];
	ui->queue_head = (ui->queue_head + 1) % UI_QUEUE;
	return key;
}

/* What a line-drawing character of the alternate character set shows. */
static wchar_t acs_to_unicode(wchar_t c)
{
	switch (c) {
	case 'l': return 0x250c;
	case 'k': return 0x2510;
	case 'm': return 0x2514;
	case 'j': return 0x2518;
	case 'q': return 0x2500;
	case 'x': return 0x2502;
	case 't': return 0x251c;
	case 'u': return 0x2524;
	case 'w': return 0x252c;
	case 'v': return 0x2534;
	case 'n': return 0x253c;
	default: return c;
	}
}

bool ui_dump(struct ui *ui, const char *path, bool title)
{
	(void)ui;
	FILE *f = fopen(path, "w");
	if (!f)
		return false;
	for (int y = title ? 0 : 1; y < LINES; y++) {
		char line[8192];
		size_t n = 0, keep = 0;
		for (int x = 0; x < COLS;) {
			cchar_t cell;
			wchar_t wch[CCHARW_MAX + 1];
			attr_t attr;
			short pair;
			int width = 1;
			if (mvwin_wch(curscr, y, x, &cell) == ERR || getcchar(&cell, wch, &attr, &pair, NULL) == ERR)
				wch[0] = ' ', wch[1] = 0;
			for (int i = 0; wch[i] && i < CCHARW_MAX; i++) {
				wchar_t c = (attr & A_ALTCHARSET) ? acs_to_unicode(wch[i]) : wch[i];
				if (i == 0) {
					width = text_char_width((uint32_t)c);
					if (width < 1)
						width = 1;
				}
				if (n + 4 < sizeof line)
					n += utf8_encode((uint32_t)c, line + n);
			}
			if (!wch[0] && n + 1 < sizeof line)
				line[n++] = ' ';
			if (wch[0] && wch[0] != ' ')
				keep = n;
			x += width;
		}
		fprintf(f, "%.*s\n", (int)keep, line);
	}
	return fclose(f) == 0;
}
