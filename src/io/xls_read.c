/* Reading .xls (BIFF, Excel 97-2003) through libfreexl, which gives each
 * cell with its type, dates as YYYY-MM-DD in the workbook's date system.
 * libfreexl reads out of bounds on some damaged files (found by fuzzing), so
 * it runs in a child process that sends the cells back over a pipe: a crash
 * of the library is a clean refusal, not the end of zhibu. */
#include <errno.h>
#include <freexl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/i18n.h"
#include "io/grid.h"

static bool fail(struct grid *t, const char *why)
{
	snprintf(t->why, sizeof t->why, "%s", why);
	return false;
}

static bool choose_sheet(struct grid *t, const void *h, unsigned n, const char *sheet, unsigned short *chosen)
{
	*chosen = 0;
	if (!sheet)
		return true;
	char names[400] = "";
	for (unsigned short i = 0; i < n; i++) {
		const char *name = NULL;
		if (freexl_get_worksheet_name(h, i, &name) != FREEXL_OK || !name)
			continue;
		if (!strcmp(name, sheet)) {
			*chosen = i;
			return true;
		}
		size_t used = strlen(names);
		snprintf(names + used, sizeof names - used, "%s%s", used ? "、" : "", name);
	}
	snprintf(t->why, sizeof t->why, _("the workbook has no sheet named %s (its sheets: %s)"), sheet, names);
	return false;
}

static void read_cell(struct grid *t, const void *h, unsigned row, unsigned short col)
{
	FreeXL_CellValue v;
	if (freexl_get_cell_value(h, row, col, &v) != FREEXL_OK)
		return;
	char buf[32];
	switch (v.type) {
	case FREEXL_CELL_INT:
		snprintf(buf, sizeof buf, "%d", v.value.int_value);
		grid_set_cell(t, col, buf, strlen(buf), GCELL_NUMBER);
		break;
	case FREEXL_CELL_DOUBLE:
		grid_set_number(t, col, v.value.double_value, false);
		break;
	case FREEXL_CELL_TEXT:
	case FREEXL_CELL_SST_TEXT:
	case FREEXL_CELL_TIME:
		if (v.value.text_value)
			grid_set_cell(t, col, v.value.text_value, strlen(v.value.text_value), GCELL_TEXT);
		break;
	case FREEXL_CELL_DATE:
	case FREEXL_CELL_DATETIME:
		if (v.value.text_value)
			grid_set_cell(t, col, v.value.text_value,
				       strlen(v.value.text_value) < 10 ? strlen(v.value.text_value) : 10, GCELL_DATE);
		break;
	default:
		break;
	}
}

static bool read_workbook(struct grid *t, const char *path, const char *sheet)
{
	grid_init(t);
	const void *h = NULL;
	if (freexl_open(path, &h) != FREEXL_OK) {
		if (h)
			freexl_close(h);
		return fail(t, _("the file is damaged: not a readable .xls workbook"));
	}
	unsigned n = 0, rows = 0;
	unsigned short cols = 0, chosen;
	bool ok = false;
	if (freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &n) != FREEXL_OK || n == 0) {
		fail(t, _("the workbook has no sheet"));
		goto out;
	}
	if (!choose_sheet(t, h, n, sheet, &chosen))
		goto out;
	const char *name = NULL;
	if (freexl_select_active_worksheet(h, chosen) != FREEXL_OK ||
	    freexl_worksheet_dimensions(h, &rows, &cols) != FREEXL_OK) {
		fail(t, _("the file is damaged: not a readable .xls workbook"));
		goto out;
	}
	t->nsheets = (int)n;
	t->sheet = strdup(freexl_get_worksheet_name(h, chosen, &name) == FREEXL_OK && name ? name : "");
	for (unsigned r = 0; r < rows; r++) {
		grid_begin_row(t, (size_t)r + 1);
		for (unsigned short c = 0; c < cols; c++)
			read_cell(t, h, r, c);
	}
	ok = true;
out:
	freexl_close(h);
	return ok;
}

/* What the child sends: ok, the number of sheets, the failure and the sheet's
 * name, the rows; each row its line and cells, each cell its kind and text. */
static bool put(FILE *f, const void *p, size_t n)
{
	return fwrite(p, 1, n, f) == n;
}

static bool put_text(FILE *f, const char *s, size_t n)
{
	uint32_t len = (uint32_t)n;
	return put(f, &len, sizeof len) && put(f, s, n);
}

static bool send_grid(FILE *f, const struct grid *g, bool ok)
{
	unsigned char good = ok;
	int32_t nsheets = g->nsheets;
	uint64_t nrows = ok ? g->nrows : 0;
	const char *name = g->sheet ? g->sheet : "";
	if (!put(f, &good, 1) || !put(f, &nsheets, sizeof nsheets) || !put_text(f, g->why, strlen(g->why)) ||
	    !put_text(f, name, strlen(name)) || !put(f, &nrows, sizeof nrows))
		return false;
	for (size_t r = 0; r < nrows; r++) {
		uint64_t line = g->rows[r].line;
		int32_t n = g->rows[r].ncells;
		if (!put(f, &line, sizeof line) || !put(f, &n, sizeof n))
			return false;
		for (int c = 0; c < n; c++) {
			const struct grid_cell *cell = &g->cells[g->rows[r].first + (size_t)c];
			const char *v = g->text + cell->off;
			if (!put(f, &cell->kind, 1) || !put_text(f, cell->kind == GCELL_EMPTY ? "" : v,
							      cell->kind == GCELL_EMPTY ? 0 : strlen(v)))
				return false;
		}
	}
	return true;
}

static bool get(FILE *f, void *p, size_t n)
{
	return fread(p, 1, n, f) == n;
}

/* A text of at most max bytes into a new string. */
static char *get_text(FILE *f, size_t max)
{
	uint32_t len;
	if (!get(f, &len, sizeof len) || len > max)
		return NULL;
	char *s = malloc((size_t)len + 1);
	if (!s)
		abort();
	if (!get(f, s, len)) {
		free(s);
		return NULL;
	}
	s[len] = '\0';
	return s;
}

static bool receive_grid(FILE *f, struct grid *t, bool *ok)
{
	unsigned char good;
	int32_t nsheets;
	uint64_t nrows;
	char *why, *name;
	if (!get(f, &good, 1) || !get(f, &nsheets, sizeof nsheets) || !(why = get_text(f, sizeof t->why - 1)))
		return false;
	snprintf(t->why, sizeof t->why, "%s", why);
	free(why);
	if (!(name = get_text(f, 4096)) || !get(f, &nrows, sizeof nrows)) {
		free(name);
		return false;
	}
	*ok = good;
	t->nsheets = nsheets;
	if (good)
		t->sheet = name;
	else
		free(name);
	for (uint64_t r = 0; r < nrows; r++) {
		uint64_t line;
		int32_t n;
		if (!get(f, &line, sizeof line) || !get(f, &n, sizeof n) || n < 0)
			return false;
		grid_begin_row(t, (size_t)line);
		for (int32_t c = 0; c < n; c++) {
			unsigned char kind;
			char *v;
			if (!get(f, &kind, 1) || kind > GCELL_BOOL || !(v = get_text(f, 1u << 24)))
				return false;
			grid_set_cell(t, c, v, strlen(v), (enum gcell_kind)kind);
			free(v);
		}
	}
	return true;
}

bool grid_read_xls(struct grid *t, const char *path, const char *sheet)
{
	grid_init(t);
	int fd[2];
	if (pipe(fd) != 0)
		return fail(t, strerror(errno));
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		close(fd[0]);
		close(fd[1]);
		return fail(t, strerror(errno));
	}
	if (pid == 0) {
		/* The child: read, send, and leave without the parent's exit
		 * handlers (temporary folders, the database). */
		close(fd[0]);
		FILE *out = fdopen(fd[1], "wb");
		struct grid g;
		bool ok = out && read_workbook(&g, path, sheet);
		bool sent = out && send_grid(out, &g, ok) && fflush(out) == 0;
		grid_free(&g);
		_exit(sent ? 0 : 1);
	}
	close(fd[1]);
	FILE *in = fdopen(fd[0], "rb");
	bool ok = false, received = in && receive_grid(in, t, &ok);
	/* Read to the end, so that the child never blocks on a full pipe. */
	char rest[4096];
	while (in && fread(rest, 1, sizeof rest, in) > 0)
		;
	if (in)
		fclose(in);
	else
		close(fd[0]);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!received || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		grid_free(t);
		grid_init(t);
		return fail(t, _("this .xls file could not be read (the .xls library failed on it); "
				 "open it in Excel or WPS and save it as .xlsx"));
	}
	return ok;
}
