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

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "io/output.h"
#include "io/paths.h"

#define TITLE_ROWS 3 /* title, subtitle, a blank row */
#define MAX_WIDTH 60
#define FREE_TEXT_WIDTH 24 /* a longer text column is capped and wraps */
#define PAGE_UNITS 140     /* column width units across A4 landscape at 100% */
#define MIN_SCALE 70       /* smaller print is not legible: spread over pages */
#define CHART_MAX_VALUES 20 /* more bars than this are a smear: the table says it */
#define PAGE_ROWS 30       /* rows on a printed page, for sheets with charts */

struct formats {
	lxw_format *title, *subtitle, *header, *text, *wrap, *money, *number, *percent, *decimal, *date;
	lxw_format *total_text, *total_money, *total_number, *total_percent, *total_decimal, *total_date;
	lxw_format *footer, *col_text, *col_date, *shortfall;
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
	fm->wrap = body_format(wb, false, "@", true);
	fm->money = body_format(wb, false, "#,##0.00", false);
	fm->number = body_format(wb, false, "0", false);
	fm->percent = body_format(wb, false, "0.0%", false);
	fm->decimal = body_format(wb, false, "0.0", false);
	fm->date = body_format(wb, false, "yyyy-mm-dd", false);
	fm->total_text = body_format(wb, true, "@", false);
	fm->total_money = body_format(wb, true, "#,##0.00", false);
	fm->total_number = body_format(wb, true, "0", false);
	fm->total_percent = body_format(wb, true, "0.0%", false);
	fm->total_decimal = body_format(wb, true, "0.0", false);
	fm->total_date = body_format(wb, true, "yyyy-mm-dd", false);
	/* A count short of a requirement: red on pink, still a number. */
	fm->shortfall = body_format(wb, true, "0", false);
	format_set_font_color(fm->shortfall, 0x9C0006);
	format_set_bg_color(fm->shortfall, 0xFFC7CE);
	fm->footer = workbook_add_format(wb);
	format_set_font_name(fm->footer, "宋体");
	format_set_font_size(fm->footer, 11);
	format_set_text_wrap(fm->footer);
	format_set_align(fm->footer, LXW_ALIGN_VERTICAL_TOP);
	/* Whole columns, for the rows a user adds: text stays text (an ID
	 * number keeps its 18 digits), a date is a date. */
	fm->col_text = workbook_add_format(wb);
	format_set_num_format(fm->col_text, "@");
	fm->col_date = workbook_add_format(wb);
	format_set_num_format(fm->col_date, "yyyy-mm-dd");
}

static lxw_format *cell_format(const struct formats *fm, enum cell_kind kind, bool total, bool wrap)
{
	switch (kind) {
	case CELL_MONEY: return total ? fm->total_money : fm->money;
	case CELL_NUMBER: return total ? fm->total_number : fm->number;
	case CELL_PERCENT: return total ? fm->total_percent : fm->percent;
	case CELL_DECIMAL: return total ? fm->total_decimal : fm->decimal;
	case CELL_DATE: return total ? fm->total_date : fm->date;
	case CELL_TEXT: break;
	}
	return total ? fm->total_text : wrap ? fm->wrap : fm->text;
}

/* How a sheet is laid out: the column widths, which columns wrap, the
 * first table column (1 when the rows are numbered), the print scale. */
struct layout {
	double *width;
	bool *wrap;
	int off;
	bool fit;
	double total;  /* the columns' width, in Excel's units */
};

/* Excel's column width counts the width of "0": a CJK character takes two. */
static void plan_layout(const struct sheet *s, struct layout *lo)
{
	lo->off = s->numbered ? 1 : 0;
	lo->width = calloc((size_t)s->ncols + 1, sizeof *lo->width);
	lo->wrap = calloc((size_t)s->ncols + 1, sizeof *lo->wrap);
	if (!lo->width || !lo->wrap)
		abort();
	double total = lo->off ? 6 : 0;
	for (int c = 0; c < s->ncols; c++) {
		int w = text_width(s->cols[c].title);
		for (size_t r = 0; r < s->nrows; r++) {
			int cw = text_width(sheet_cell(s, r, c));
			if (cw > w)
				w = cw;
		}
		if (s->cols[c].kind == CELL_DATE && w < 10)
			w = 10;
		if (s->blank_rows && w < 12)
			w = 12; /* a template: room to type */
		w += 1;
		if (s->cols[c].kind == CELL_TEXT && w > FREE_TEXT_WIDTH) {
			w = FREE_TEXT_WIDTH; /* 备注, 工作单位及职务: wrapped, not widening the page */
			lo->wrap[c] = true;
		}
		if (w > MAX_WIDTH)
			w = MAX_WIDTH;
		lo->width[c] = w * 1.05;
		total += lo->width[c];
	}
	/* One page wide only while that keeps the print at 70% or more. */
	lo->fit = total * MIN_SCALE <= PAGE_UNITS * 100;
	lo->total = total;
}

static void set_columns(lxw_worksheet *ws, const struct sheet *s, const struct formats *fm, const struct layout *lo)
{
	if (lo->off)
		worksheet_set_column(ws, 0, 0, 6, NULL);
	for (int c = 0; c < s->ncols; c++) {
		lxw_format *f = s->cols[c].kind == CELL_TEXT ? fm->col_text : s->cols[c].kind == CELL_DATE ? fm->col_date : NULL;
		worksheet_set_column(ws, (lxw_col_t)(c + lo->off), (lxw_col_t)(c + lo->off), lo->width[c], f);
	}
}

static void write_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *v,
		       enum cell_kind kind, lxw_format *f)
{
	char *end;
	struct date d;
	if (*v && kind == CELL_DATE && date_parse_iso(v, &d)) {
		lxw_datetime dt = { d.y, d.m, d.d, 0, 0, 0 };
		worksheet_write_datetime(ws, row, col, &dt, f);
		return;
	}
	if (*v && kind != CELL_TEXT && kind != CELL_DATE) {
		double x = strtod(v, &end);
		if (kind == CELL_PERCENT && *end == '%') {
			x /= 100;
			end++;
		}
		if (*end == '\0') {
			worksheet_write_number(ws, row, col, x, f);
			return;
		}
	}
	/* Text stays text: ID numbers keep their 18 digits, phones their zeros. */
	if (*v)
		worksheet_write_string(ws, row, col, v, f);
	else
		worksheet_write_blank(ws, row, col, f);
}

/* A 合计 cell as a formula over the rows above it (back to the previous
 * 合计 or the header), with its value cached for viewers that do not
 * calculate; only when the sum of those cells is what the report says. */
static bool write_total(lxw_worksheet *ws, const struct sheet *s, size_t r, int c, lxw_row_t first_xl_row,
			size_t from, lxw_col_t col, lxw_format *f)
{
	enum cell_kind kind = s->cols[c].kind;
	if (kind != CELL_MONEY && kind != CELL_NUMBER && kind != CELL_DECIMAL)
		return false;
	char *end;
	double want = strtod(sheet_cell(s, r, c), &end), sum = 0;
	if (end == sheet_cell(s, r, c) || *end || from >= r)
		return false;
	for (size_t i = from; i < r; i++) {
		const char *v = sheet_cell(s, i, c);
		double x = *v ? strtod(v, &end) : 0;
		if (*v && *end)
			return false;
		sum += x;
	}
	if (sum - want > 0.004 || want - sum > 0.004)
		return false;
	char range[64], formula[80];
	lxw_rowcol_to_range(range, first_xl_row + (lxw_row_t)from, col, first_xl_row + (lxw_row_t)r - 1, col);
	snprintf(formula, sizeof formula, "=SUM(%s)", range);
	worksheet_write_formula_num(ws, first_xl_row + (lxw_row_t)r, col, formula, f, want);
	return true;
}

#define CHART_ROWS 16 /* a chart of the default 480x288 pixels, and a gap */

/* Each chart starts beside the first row it draws, or below the chart
 * before it, and never across a page break (the sheet breaks every
 * PAGE_ROWS rows); a breakdown of more than 20 values stays a table. */
static void write_charts(lxw_workbook *wb, lxw_worksheet *ws, const struct sheet *s, const struct layout *lo,
			 lxw_row_t base)
{
	lxw_row_t free_row = 0, last_row = 0;
	for (size_t i = 0; i < s->ncharts; i++) {
		const struct sheet_chart *c = &s->charts[i];
		if (c->last_row - c->first_row + 1 > CHART_MAX_VALUES)
			continue;
		lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
		lxw_row_t first = (lxw_row_t)(base + TITLE_ROWS + 1 + c->first_row);
		lxw_row_t last = (lxw_row_t)(base + TITLE_ROWS + 1 + c->last_row);
		lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
		chart_series_set_categories(series, s->name, first, (lxw_col_t)(c->label_col + lo->off),
					    last, (lxw_col_t)(c->label_col + lo->off));
		chart_series_set_values(series, s->name, first, (lxw_col_t)(c->value_col + lo->off),
					last, (lxw_col_t)(c->value_col + lo->off));
		chart_series_set_labels(series);
		chart_title_set_name(chart, c->title);
		chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
		lxw_chart_font font = { .name = "宋体", .size = 10 };
		chart_axis_set_num_font(chart->y_axis, &font);
		chart_axis_set_reverse(chart->y_axis); /* the bars in the table's order, top down */
		/* People are counted whole: ticks at whole numbers. */
		double max = 0;
		for (size_t r = c->first_row; r <= c->last_row && r < s->nrows; r++) {
			double v = strtod(sheet_cell(s, r, c->value_col), NULL);
			if (v > max)
				max = v;
		}
		double unit = max <= 5 ? 1 : (double)(long)((max + 4) / 5);
		chart_axis_set_min(chart->x_axis, 0);
		chart_axis_set_major_unit(chart->x_axis, unit);
		chart_axis_set_num_format(chart->x_axis, "0");
		lxw_row_t at = first > free_row ? first : free_row;
		if (at / PAGE_ROWS != (at + CHART_ROWS - 2) / PAGE_ROWS)
			at = (at / PAGE_ROWS + 1) * PAGE_ROWS;
		worksheet_insert_chart(ws, at, (lxw_col_t)(s->ncols + lo->off + 1), chart);
		free_row = at + CHART_ROWS;
		last_row = free_row;
	}
	if (!last_row)
		return;
	size_t n = last_row / PAGE_ROWS + 1;
	lxw_row_t *breaks = calloc(n + 1, sizeof *breaks);
	if (!breaks)
		abort();
	for (size_t i = 0; i < n; i++)
		breaks[i] = (lxw_row_t)((i + 1) * PAGE_ROWS);
	worksheet_set_h_pagebreaks(ws, breaks);
	free(breaks);
}

/* A drop-down of the allowed values over the column's data rows. */
static void write_choices(lxw_worksheet *ws, const struct sheet *s, int c, lxw_row_t first, lxw_row_t last,
			  const struct layout *lo)
{
	const char *list[64];
	int n = 0;
	size_t len = 0;
	for (const char *const *p = s->cols[c].choices; *p && n < 63; p++) {
		len += strlen(*p) + 1;
		if (len > 255) /* Excel's limit on a list written inline */
			break;
		list[n++] = *p;
	}
	list[n] = NULL;
	lxw_data_validation dv = { 0 };
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = (char **)list;
	dv.ignore_blank = LXW_VALIDATION_ON;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	worksheet_data_validation_range(ws, first, (lxw_col_t)(c + lo->off), last, (lxw_col_t)(c + lo->off), &dv);
}

/* One titled table from row base of ws; returns the first row after it. */
static lxw_row_t write_part(lxw_workbook *wb, lxw_worksheet *ws, const struct formats *fm, const struct sheet *s,
			    const struct layout *layout, lxw_row_t base)
{
	struct layout lo = *layout;
	worksheet_set_row(ws, base, 24, NULL);
	worksheet_write_string(ws, base, 0, s->title, fm->title);
	if (*s->subtitle)
		worksheet_write_string(ws, base + 1, 0, s->subtitle, fm->subtitle);
	lxw_row_t hdr = base + TITLE_ROWS;
	if (lo.off)
		worksheet_write_string(ws, hdr, 0, "序号", fm->header);
	for (int c = 0; c < s->ncols; c++)
		worksheet_write_string(ws, hdr, (lxw_col_t)(c + lo.off), s->cols[c].title, fm->header);
	size_t counted = 0, block = 0;
	for (size_t r = 0; r < s->nrows; r++) {
		bool total = s->flags[r] & ROW_TOTAL;
		lxw_row_t row = (lxw_row_t)(hdr + 1 + r);
		counted += !total;
		if (lo.off && total)
			worksheet_write_blank(ws, row, 0, fm->total_text);
		else if (lo.off)
			worksheet_write_number(ws, row, 0, (double)counted, fm->number);
		for (int c = 0; c < s->ncols; c++) {
			lxw_col_t col = (lxw_col_t)(c + lo.off);
			lxw_format *f = sheet_marked(s, r, c) ? fm->shortfall
							      : cell_format(fm, s->cols[c].kind, total, lo.wrap[c]);
			if (!total || !write_total(ws, s, r, c, hdr + 1, block, col, f))
				write_cell(ws, row, col, sheet_cell(s, r, c), s->cols[c].kind, f);
		}
		if (total)
			block = r + 1;
	}
	lxw_row_t end = (lxw_row_t)(hdr + 1 + s->nrows + s->blank_rows);
	for (size_t i = 0; i < s->blank_rows; i++)
		for (int c = 0; c < s->ncols; c++)
			worksheet_write_blank(ws, (lxw_row_t)(hdr + 1 + s->nrows + i), (lxw_col_t)(c + lo.off),
					      cell_format(fm, s->cols[c].kind, false, lo.wrap[c]));
	for (int c = 0; c < s->ncols; c++)
		if (s->cols[c].choices)
			write_choices(ws, s, c, hdr + 1, end > hdr + 1 ? end - 1 : hdr + 1, &lo);
	/* What follows the table, across its width so that no line runs
	 * under a chart: 共 N 人, notes, the signature line. */
	lxw_col_t last_col = (lxw_col_t)(s->ncols - 1 + lo.off);
	lxw_row_t at = end + 1;
	if (s->count_unit) {
		char line[64];
		snprintf(line, sizeof line, "共 %zu %s", counted, s->count_unit);
		worksheet_write_string(ws, end, 0, line, fm->subtitle);
	}
	for (size_t i = 0; i < s->nfooter; i++, at++) {
		if (last_col > 0)
			worksheet_merge_range(ws, at, 0, at, last_col, s->footer[i], fm->footer);
		else
			worksheet_write_string(ws, at, 0, s->footer[i], fm->footer);
	}
	write_charts(wb, ws, s, &lo, base);
	return at;
}

#define ROW_PT 15          /* a row's height in points (libxlsxwriter's default) */
#define PAGE_PT 509        /* A4 landscape's height inside the margins, in points */

/* The rows of a printed page below the repeated title and header, as the
 * sheet is printed (one page wide: the scale that fits; else 70%). */
static int page_rows(const struct sheet *s, const struct layout *lo)
{
	double scale = !lo->fit ? MIN_SCALE / 100.0 : lo->total > PAGE_UNITS ? PAGE_UNITS / lo->total : 1;
	int header = ROW_PT;
	for (int c = 0; c < s->ncols; c++)
		if (text_width(s->cols[c].title) + 1 > lo->width[c])
			header = 2 * ROW_PT; /* a wrapped header */
	return (int)((PAGE_PT / scale - (24 + 2 * ROW_PT + header)) / ROW_PT);
}

/* Keep a table's end (its last two rows, 共 N 人, the notes and the
 * signature line) on one printed page: when the page would end inside
 * them, a page break goes before them.  Row heights are Excel's defaults,
 * so this is an estimate; false when no break is needed. */
static bool tail_break(const struct sheet *s, const struct layout *lo, lxw_row_t after, lxw_row_t *at)
{
	lxw_row_t first = TITLE_ROWS + 1; /* the first row of the table */
	if (s->nrows < 3 || s->ncharts || after <= first)
		return false;
	int per_page = page_rows(s, lo);
	size_t from = s->nrows - 2, last = after - 1 - first;
	if (per_page < 1 || last - from + 1 > (size_t)per_page || from / per_page == last / per_page)
		return false;
	*at = (lxw_row_t)(first + from);
	return true;
}

/* A sheet as a worksheet; with joined, the whole chain in this one
 * worksheet, each part after a page break (a year's minutes: one sheet to
 * open and print, not one per meeting). */
static void write_sheet(lxw_workbook *wb, const struct formats *fm, const struct sheet *s, bool joined)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, s->name);
	if (!ws) /* a name Excel refuses: let the library pick one */
		ws = workbook_add_worksheet(wb, NULL);
	struct layout lo;
	plan_layout(s, &lo);
	for (const struct sheet *p = joined ? s->next : NULL; p; p = p->next) {
		struct layout more;
		plan_layout(p, &more);
		for (int c = 0; c < s->ncols && c < p->ncols; c++)
			if (more.width[c] > lo.width[c]) {
				lo.width[c] = more.width[c];
				lo.wrap[c] = lo.wrap[c] || more.wrap[c];
			}
		lo.fit = lo.fit && more.fit;
		free(more.width);
		free(more.wrap);
	}
	set_columns(ws, s, fm, &lo);
	size_t nbreaks = 0;
	lxw_row_t *breaks = NULL, at = 0;
	for (const struct sheet *p = s; p; p = joined ? p->next : NULL) {
		if (p != s) {
			breaks = realloc(breaks, (nbreaks + 2) * sizeof *breaks);
			if (!breaks)
				abort();
			breaks[nbreaks++] = at;
			breaks[nbreaks] = 0;
		}
		at = write_part(wb, ws, fm, p, &lo, at) + 1;
	}
	lxw_row_t tail_at, tail_breaks[2] = { 0 };
	if (!joined && !breaks && tail_break(s, &lo, at - 1, &tail_at)) {
		tail_breaks[0] = tail_at;
		worksheet_set_h_pagebreaks(ws, tail_breaks);
	}
	if (breaks)
		worksheet_set_h_pagebreaks(ws, breaks);
	free(breaks);
	lxw_row_t hdr = TITLE_ROWS;
	lxw_col_t last_col = (lxw_col_t)(s->ncols - 1 + lo.off);
	if (!joined) {
		if (s->ncols > 0)
			worksheet_autofilter(ws, hdr, 0, hdr + (lxw_row_t)(s->nrows ? s->nrows : 1), last_col);
		worksheet_freeze_panes(ws, hdr + 1, 0);
		/* The title, the period and the header on every printed page. */
		worksheet_repeat_rows(ws, 0, hdr);
	}
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9); /* A4 */
	worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
	if (lo.fit) {
		worksheet_fit_to_pages(ws, 1, 0);
	} else {
		/* Too wide for one legible page: 70%, and the first columns
		 * (序号, 姓名) repeated on the pages to the right. */
		worksheet_set_print_scale(ws, MIN_SCALE);
		worksheet_repeat_columns(ws, 0, (lxw_col_t)lo.off);
	}
	worksheet_center_horizontally(ws);
	worksheet_set_footer(ws, _("&CPage &P of &N"));
	free(lo.width);
	free(lo.wrap);
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
	for (const struct sheet *p = s; p; p = s->one_worksheet ? NULL : p->next)
		write_sheet(wb, &fm, p, s->one_worksheet);
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
