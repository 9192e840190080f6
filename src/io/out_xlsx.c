/* The XLSX writer (libxlsxwriter): a title, a bold frozen header, widths that
 * fit Chinese text, and a page set-up that prints: A4 landscape, one page
 * wide, the header repeated on every page, page numbers in the footer. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "core/i18n.h"
#include "core/text.h"
#include "io/output.h"
#include "io/paths.h"

#define TITLE_ROWS 3 /* title, subtitle, a blank row */
#define MAX_WIDTH 60

struct formats {
	lxw_format *title, *subtitle, *header, *text, *money, *number, *percent;
	lxw_format *total_text, *total_money, *total_number, *total_percent;
	lxw_format *footer;
};

static lxw_format *body_format(lxw_workbook *wb, bool bold, const char *num_format, bool wrap)
{
	lxw_format *f = workbook_add_format(wb);
	format_set_font_name(f, "宋体");
	format_set_font_size(f, 11);
	format_set_border(f, LXW_BORDER_THIN);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	if (bold)
		format_set_bold(f);
	if (num_format)
		format_set_num_format(f, num_format);
	if (wrap)
		format_set_text_wrap(f);
	return f;
}

static void make_formats(lxw_workbook *wb, struct formats *fm)
{
	fm->title = workbook_add_format(wb);
	format_set_font_name(fm->title, "黑体");
	format_set_font_size(fm->title, 16);
	format_set_bold(fm->title);
	fm->subtitle = workbook_add_format(wb);
	format_set_font_name(fm->subtitle, "宋体");
	format_set_font_size(fm->subtitle, 11);
	fm->header = body_format(wb, true, NULL, true);
	format_set_bg_color(fm->header, 0xD9D9D9);
	format_set_align(fm->header, LXW_ALIGN_CENTER);
	fm->text = body_format(wb, false, "@", false);
	fm->money = body_format(wb, false, "0.00", false);
	fm->number = body_format(wb, false, "0", false);
	fm->percent = body_format(wb, false, "0.0%", false);
	fm->total_text = body_format(wb, true, "@", false);
	fm->total_money = body_format(wb, true, "0.00", false);
	fm->total_number = body_format(wb, true, "0", false);
	fm->total_percent = body_format(wb, true, "0.0%", false);
	fm->footer = fm->subtitle;
}

static lxw_format *cell_format(const struct formats *fm, enum cell_kind kind, bool total)
{
	switch (kind) {
	case CELL_MONEY: return total ? fm->total_money : fm->money;
	case CELL_NUMBER: return total ? fm->total_number : fm->number;
	case CELL_PERCENT: return total ? fm->total_percent : fm->percent;
	case CELL_TEXT: break;
	}
	return total ? fm->total_text : fm->text;
}

/* Excel's column width counts the width of "0": a CJK character takes two. */
static void set_widths(lxw_worksheet *ws, const struct sheet *s)
{
	for (int c = 0; c < s->ncols; c++) {
		int w = text_width(s->cols[c].title);
		for (size_t r = 0; r < s->nrows; r++) {
			int cw = text_width(sheet_cell(s, r, c));
			if (cw > w)
				w = cw;
		}
		w += 2;
		if (w > MAX_WIDTH)
			w = MAX_WIDTH;
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w * 1.1, NULL);
	}
}

static void write_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *v,
		       enum cell_kind kind, lxw_format *f)
{
	char *end;
	if (*v && kind != CELL_TEXT) {
		double d = strtod(v, &end);
		if (kind == CELL_PERCENT && *end == '%') {
			d /= 100;
			end++;
		}
		if (*end == '\0') {
			worksheet_write_number(ws, row, col, d, f);
			return;
		}
	}
	/* Text stays text: ID numbers keep their 18 digits, phones their zeros. */
	if (*v)
		worksheet_write_string(ws, row, col, v, f);
	else
		worksheet_write_blank(ws, row, col, f);
}

/* Each chart starts beside the first row it draws, or below the chart
 * before it when that one is still in the way: charts never overlap. */
#define CHART_ROWS 16 /* a chart of the default 480x288 pixels, and a gap */

static void write_charts(lxw_workbook *wb, lxw_worksheet *ws, const struct sheet *s)
{
	lxw_row_t free_row = 0;
	for (size_t i = 0; i < s->ncharts; i++) {
		const struct sheet_chart *c = &s->charts[i];
		lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
		lxw_row_t first = (lxw_row_t)(TITLE_ROWS + 1 + c->first_row);
		lxw_row_t last = (lxw_row_t)(TITLE_ROWS + 1 + c->last_row);
		lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
		chart_series_set_categories(series, s->name, first, (lxw_col_t)c->label_col,
					    last, (lxw_col_t)c->label_col);
		chart_series_set_values(series, s->name, first, (lxw_col_t)c->value_col,
					last, (lxw_col_t)c->value_col);
		chart_title_set_name(chart, c->title);
		chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
		lxw_chart_font font = { .name = "宋体", .size = 10 };
		chart_axis_set_num_font(chart->y_axis, &font);
		chart_axis_set_reverse(chart->y_axis); /* the bars in the table's order, top down */
		lxw_row_t at = first > free_row ? first : free_row;
		worksheet_insert_chart(ws, at, (lxw_col_t)(s->ncols + 1), chart);
		free_row = at + CHART_ROWS;
	}
}

static void write_sheet(lxw_workbook *wb, const struct formats *fm, const struct sheet *s)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, s->name);
	if (!ws) /* a name Excel refuses: let the library pick one */
		ws = workbook_add_worksheet(wb, NULL);
	set_widths(ws, s);
	worksheet_set_row(ws, 0, 24, NULL);
	worksheet_write_string(ws, 0, 0, s->title, fm->title);
	if (*s->subtitle)
		worksheet_write_string(ws, 1, 0, s->subtitle, fm->subtitle);
	lxw_row_t hdr = TITLE_ROWS;
	for (int c = 0; c < s->ncols; c++)
		worksheet_write_string(ws, hdr, (lxw_col_t)c, s->cols[c].title, fm->header);
	for (size_t r = 0; r < s->nrows; r++) {
		bool total = s->flags[r] & ROW_TOTAL;
		for (int c = 0; c < s->ncols; c++)
			write_cell(ws, (lxw_row_t)(hdr + 1 + r), (lxw_col_t)c, sheet_cell(s, r, c),
				   s->cols[c].kind, cell_format(fm, s->cols[c].kind, total));
	}
	for (size_t i = 0; i < s->nfooter; i++)
		worksheet_write_string(ws, (lxw_row_t)(hdr + 2 + s->nrows + i), 0, s->footer[i], fm->footer);
	write_charts(wb, ws, s);

	worksheet_freeze_panes(ws, hdr + 1, 0);
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9); /* A4 */
	worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_repeat_rows(ws, hdr, hdr);
	worksheet_center_horizontally(ws);
	worksheet_set_footer(ws, _("&CPage &P of &N"));
}

/* libxlsxwriter prints its own English [ERROR] lines on standard error,
 * over the full-screen app: while it works, standard error goes nowhere,
 * and what went wrong is said by zhibu instead. */
static int quiet_begin(void)
{
	fflush(stderr);
	int saved = dup(STDERR_FILENO);
	int null = open("/dev/null", O_WRONLY);
	if (null >= 0) {
		dup2(null, STDERR_FILENO);
		close(null);
	}
	return saved;
}

static void quiet_end(int saved)
{
	if (saved < 0)
		return;
	dup2(saved, STDERR_FILENO);
	close(saved);
}

static bool write_workbook(const struct sheet *s, const char *path, const char *tmpdir, char **err)
{
	/* Rows are written in order, so the constant-memory mode keeps a 20,000-row
	 * roster to a few megabytes.  Sheets with charts are small: kept in
	 * memory, the library fills each chart's cache from its cells (category
	 * labels as text), which viewers show without recalculating. */
	bool charts = false;
	for (const struct sheet *p = s; p; p = p->next)
		charts = charts || p->ncharts;
	lxw_workbook_options options = { .constant_memory = charts ? LXW_FALSE : LXW_TRUE,
					 .tmpdir = (char *)tmpdir };
	lxw_workbook *wb = workbook_new_opt(path, &options);
	if (!wb) {
		if (asprintf(err, _("cannot write %s: %s"), path, strerror(errno)) < 0)
			*err = NULL;
		return false;
	}
	struct formats fm;
	make_formats(wb, &fm);
	for (const struct sheet *p = s; p; p = p->next)
		write_sheet(wb, &fm, p);
	errno = 0;
	lxw_error rc = workbook_close(wb);
	if (rc != LXW_NO_ERROR) {
		const char *why = rc == LXW_ERROR_CREATING_XLSX_FILE && errno ? strerror(errno) : lxw_strerror(rc);
		if (asprintf(err, _("cannot write %s: %s"), path, why) < 0)
			*err = NULL;
		return false;
	}
	return true;
}

bool sheet_write_xlsx(const struct sheet *s, const char *path, char **err)
{
	/* The library's own temporary files go to a private folder too. */
	char *tmpdir = paths_temp_dir();
	if (!tmpdir) {
		if (asprintf(err, _("cannot create a temporary folder in %s: %s"),
			     getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", strerror(errno)) < 0)
			*err = NULL;
		return false;
	}
	int saved = quiet_begin();
	bool ok = write_workbook(s, path, tmpdir, err);
	quiet_end(saved);
	rmdir(tmpdir);
	free(tmpdir);
	return ok;
}
