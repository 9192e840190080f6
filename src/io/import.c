#include "io/import.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/i18n.h"
#include "core/text.h"

#define IMPORT_MAX_BYTES (256u << 20)

static void report(struct import *im, size_t line, const char *column, const char *fmt, va_list ap)
{
	if (im->sheet_label)
		fprintf(stderr, "%s[%s]:%zu: ", im->path, im->sheet_label, line);
	else
		fprintf(stderr, "%s:%zu: ", im->path, line);
	if (column)
		fprintf(stderr, "%s: ", column);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	im->errors++;
}

static void report_at(struct import *im, size_t line, const char *column, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report(im, line, column, fmt, ap);
	va_end(ap);
}

void import_error(struct import *im, int column, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report(im, im->row.line, column >= 0 ? im->spec[column].header : NULL, fmt, ap);
	va_end(ap);
}

static char *read_file(const char *path, size_t *len, const char **why)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		/* Our own words for the common cases: the user's language even
		 * where the C library has no translations installed. */
		*why = errno == ENOENT ? _("no such file") : errno == EACCES ? _("permission denied")
									    : errno_text(errno);
		return NULL;
	}
	struct stat st;
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		*why = _("not a regular file");
		fclose(f);
		return NULL;
	}
	if ((size_t)st.st_size > IMPORT_MAX_BYTES) {
		*why = _("the file is larger than 256 MB");
		fclose(f);
		return NULL;
	}
	char *data = malloc((size_t)st.st_size + 1);
	if (!data)
		abort();
	*len = fread(data, 1, (size_t)st.st_size, f);
	bool bad = ferror(f);
	fclose(f);
	if (bad) {
		*why = errno_text(errno);
		free(data);
		return NULL;
	}
	return data;
}

#define IMPORT_HEADER_ROWS 10 /* the header is within the first rows */
#define VALUE_SIZE 32         /* room for a value converted on reading */

/* Columns people keep in their sheets that carry nothing to import. */
static const char *const ignored_headers[] = { "序号", "编号", NULL };

/* The names people give the columns, and the name zhibu uses.  One table
 * for every importer (the man page lists it): a synonym applies where the
 * importer has the column it stands for. */
static const struct {
	const char *name, *canonical;
} synonyms[] = {
	{ "身份证号", "公民身份号码" }, { "身份证号码", "公民身份号码" }, { "身份证", "公民身份号码" },
	{ "公民身份证号", "公民身份号码" }, { "公民身份证号码", "公民身份号码" },
	{ "入党时间", "入党日期" }, { "转正时间", "转正日期" },
	{ "手机", "联系电话" }, { "手机号", "联系电话" }, { "手机号码", "联系电话" },
	{ "联系方式", "联系电话" }, { "电话", "联系电话" }, { "电话号码", "联系电话" },
	{ "出生年月", "出生日期" }, { "出生时间", "出生日期" },
	{ "文化程度", "学历" }, { "工作单位", "工作单位及职务" }, { "单位及职务", "工作单位及职务" },
	{ "工作单位和职务", "工作单位及职务" }, { "所在党小组", "党小组" },
	{ "缴纳时间", "缴纳日期" }, { "交纳日期", "缴纳日期" }, { "缴费日期", "缴纳日期" },
	{ "缴费月份", "所属月份" }, { "月份", "所属月份" },
	{ "缴纳金额", "金额" }, { "交纳金额", "金额" },
};

/* A row that starts with one of these closes the table: not a record. */
static const char *const footers[] = {
	"合计", "总计", "小计", "填表人", "制表人", "填报人", "审核人", "负责人", "经办人",
	"统计人", "填表日期", "制表日期", "填表时间", NULL
};

static bool ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);
	return n >= t && !strcmp(s + n - t, tail);
}

static bool starts_with(const char *s, const char *head)
{
	return !strncmp(s, head, strlen(head));
}

/* A header as people write it ("姓  名", "姓名*", "金额（元）", a line
 * break inside) to the bare name. */
static void header_name(char *name, size_t size, const char *cell)
{
	size_t o = 0;
	for (const char *p = cell; *p && o + 1 < size;) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '*') {
			p++;
		} else if (starts_with(p, "\u3000") || starts_with(p, "＊")) {
			p += strlen("\u3000");
		} else {
			name[o++] = *p++;
		}
	}
	name[o] = '\0';
	/* A unit or a note in brackets at the end. */
	char *open = strstr(name, "（");
	if (!open)
		open = strchr(name, '(');
	if (open && open != name && (ends_with(name, "）") || ends_with(name, ")")))
		*open = '\0';
}

/* The spec column a header names (through the synonyms), or -1. */
static int spec_column(const struct import *im, const char *name)
{
	for (int i = 0; i < im->nspec; i++)
		if (!strcmp(im->spec[i].header, name))
			return i;
	for (size_t s = 0; s < sizeof synonyms / sizeof synonyms[0]; s++)
		if (!strcmp(synonyms[s].name, name))
			for (int i = 0; i < im->nspec; i++)
				if (!strcmp(im->spec[i].header, synonyms[s].canonical))
					return i;
	return -1;
}

static bool is_ignored(const char *name)
{
	for (const char *const *p = ignored_headers; *p; p++)
		if (!strcmp(*p, name))
			return true;
	return false;
}

static bool date_column(const struct import *im, int i)
{
	return ends_with(im->spec[i].header, "日期") || ends_with(im->spec[i].header, "时间");
}

/* ---- the rows of the file, text or workbook -------------------------------- */

static void reserve_cells(struct import *im, int n)
{
	if (n <= im->cells_cap)
		return;
	im->cells_cap = n * 2;
	im->cells = realloc(im->cells, (size_t)im->cells_cap * sizeof *im->cells);
	im->kinds = realloc(im->kinds, (size_t)im->cells_cap);
	if (!im->cells || !im->kinds)
		abort();
}

/* The next record of the file into im->row, blank or not.  Returns false
 * at the end, or on a broken record with *why set. */
static bool next_record(struct import *im, const char **why)
{
	*why = NULL;
	if (!im->table)
		return csv_next(im->csv, &im->row, why);
	const struct grid *t = im->table;
	if (im->table_next >= t->nrows)
		return false;
	size_t r = im->table_next++;
	int n = t->rows[r].ncells > im->header_fields ? t->rows[r].ncells : im->header_fields;
	reserve_cells(im, n + 1);
	for (int c = 0; c < n; c++) {
		enum gcell_kind k;
		im->cells[c] = (char *)grid_cell(t, r, c, &k);
		im->kinds[c] = (unsigned char)k;
	}
	im->row.fields = im->cells;
	im->row.nfields = n;
	im->row.line = t->rows[r].line;
	return true;
}

static void rewind_records(struct import *im)
{
	if (im->table) {
		im->table_next = 0;
		return;
	}
	char sep = csv_detect_separator(im->text, im->text_len);
	csv_reader_free(im->csv);
	im->csv = csv_reader_new(im->text, im->text_len);
	csv_set_separator(im->csv, sep);
}

/* How many of row's cells name spec columns. */
static int known_columns(const struct import *im)
{
	int n = 0;
	for (int c = 0; c < im->row.nfields; c++) {
		char name[256];
		header_name(name, sizeof name, im->row.fields[c]);
		n += *name && spec_column(im, name) >= 0;
	}
	return n;
}

/* The header is the first row, among the first ten, that names at least two
 * known columns (or the one the importer has); the rows above it are a
 * title.  Without such a row the first row is the header, and its unknown
 * names are reported. */
static void find_header(struct import *im)
{
	const char *why;
	int need = im->nspec < 2 ? im->nspec : 2;
	for (size_t k = 0; k < IMPORT_HEADER_ROWS && next_record(im, &why); k++)
		if (known_columns(im) >= need) {
			im->title_rows = k;
			break;
		}
	rewind_records(im);
	for (size_t k = 0; k < im->title_rows; k++)
		next_record(im, &why);
}

static bool map_header(struct import *im)
{
	const char *why;
	find_header(im);
	if (!next_record(im, &why)) {
		report_at(im, 1, NULL, "%s", why ? why : _("the file is empty: the first row must name the columns"));
		return false;
	}
	im->header_fields = im->row.nfields;
	im->number_col = -1;
	for (int i = 0; i < im->nspec; i++)
		im->file_col[i] = -1;
	for (int c = 0; c < im->row.nfields; c++) {
		char name[256];
		header_name(name, sizeof name, im->row.fields[c]);
		if (*name == '\0')
			continue;
		int found = spec_column(im, name);
		if (found < 0 && is_ignored(name)) {
			if (im->number_col < 0)
				im->number_col = c;
		} else if (found < 0) {
			report_at(im, im->row.line, name, _("unknown column"));
		} else if (im->file_col[found] >= 0) {
			report_at(im, im->row.line, name, _("column appears twice"));
		} else {
			im->file_col[found] = c;
			im->month_column[found] = date_column(im, found) && ends_with(name, "年月");
		}
	}
	for (int i = 0; i < im->nspec; i++)
		if (im->spec[i].required && im->file_col[i] < 0)
			report_at(im, im->row.line, im->spec[i].header, _("required column is missing"));
	return im->errors == 0;
}

static bool read_source(struct import *im, const char *path, enum text_encoding enc)
{
	const char *why;
	size_t len, bad_line = 0;
	char *raw = read_file(path, &len, &why);
	if (!raw) {
		fprintf(stderr, "%s: %s\n", path, why);
		im->errors++;
		return false;
	}
	enum grid_format format = enc == ENC_AUTO ? grid_sniff(raw, len) : GRID_NONE;
	if (format != GRID_NONE) {
		im->table = calloc(1, sizeof *im->table);
		if (!im->table)
			abort();
		bool ok = format == GRID_XLSX ? grid_read_xlsx(im->table, raw, len, im->sheet)
					       : grid_read_xls(im->table, path, im->sheet);
		free(raw);
		im->encoding = format == GRID_XLSX ? ENC_XLSX : ENC_XLS;
		if (!ok) {
			fprintf(stderr, "%s: %s\n", path, im->table->why);
			im->errors++;
		}
		return ok;
	}
	im->text = encoding_to_utf8(raw, len, enc, &im->encoding, &im->text_len, &bad_line, &why);
	free(raw);
	if (!im->text) {
		report_at(im, bad_line, NULL, "%s", why);
		return false;
	}
	im->csv = csv_reader_new(im->text, im->text_len);
	csv_set_separator(im->csv, csv_detect_separator(im->text, im->text_len));
	return true;
}

bool import_open_sheet(struct import *im, const char *path, enum text_encoding enc, const char *sheet,
		       const struct import_column *spec, int nspec)
{
	memset(im, 0, sizeof *im);
	im->path = path;
	im->sheet = sheet;
	im->spec = spec;
	im->nspec = nspec;
	im->file_col = calloc((size_t)nspec + 1, sizeof *im->file_col);
	im->month_column = calloc((size_t)nspec + 1, sizeof *im->month_column);
	im->values = calloc((size_t)nspec + 1, VALUE_SIZE);
	im->value = calloc((size_t)nspec + 1, sizeof *im->value);
	if (!im->file_col || !im->month_column || !im->values || !im->value)
		abort();
	for (int i = 0; i < nspec; i++)
		im->value[i] = "";
	if (!read_source(im, path, enc))
		return false;
	if (im->table && im->table->nsheets > 1)
		im->sheet_label = im->table->sheet;
	return map_header(im);
}

bool import_open(struct import *im, const char *path, enum text_encoding enc,
		 const struct import_column *spec, int nspec)
{
	return import_open_sheet(im, path, enc, NULL, spec, nspec);
}

void import_close(struct import *im)
{
	csv_reader_free(im->csv);
	if (im->table) {
		grid_free(im->table);
		free(im->table);
	}
	free(im->text);
	free(im->file_col);
	free(im->month_column);
	free(im->values);
	free(im->value);
	free(im->cells);
	free(im->kinds);
	im->csv = NULL;
	im->table = NULL;
	im->text = NULL;
	im->file_col = NULL;
	im->month_column = NULL;
	im->values = NULL;
	im->value = NULL;
	im->cells = NULL;
	im->kinds = NULL;
}

void import_print_notes(const struct import *im)
{
	if (im->sheet_label)
		fprintf(stderr, _("zhibu: %s: read the sheet %s (choose another with --sheet).\n"), im->path,
			im->sheet_label);
	if (im->title_rows)
		fprintf(stderr, ngettext("zhibu: %s: skipped %zu title row above the header.\n",
					 "zhibu: %s: skipped %zu title rows above the header.\n", im->title_rows),
			im->path, im->title_rows);
	if (im->example_rows)
		fprintf(stderr, ngettext("zhibu: %s: skipped %zu example row of the template.\n",
					 "zhibu: %s: skipped %zu example rows of the template.\n", im->example_rows),
			im->path, im->example_rows);
	if (im->month_dates)
		fprintf(stderr, ngettext("zhibu: %s: %zu date gave only the year and month: read as the birthday in the "
					 "ID number when it is in that month, else as the first of the month.\n",
					 "zhibu: %s: %zu dates gave only the year and month: read as the birthday in the "
					 "ID number when it is in that month, else as the first of the month.\n",
					 im->month_dates),
			im->path, im->month_dates);
}

/* ---- one row ------------------------------------------------------------------ */

static const char *cell_of(const struct import *im, int c, enum gcell_kind *kind)
{
	*kind = c >= 0 && c < im->row.nfields ? (im->kinds ? (enum gcell_kind)im->kinds[c] : GCELL_TEXT) : GCELL_EMPTY;
	return c >= 0 && c < im->row.nfields ? im->row.fields[c] : "";
}

/* The footer word the row starts with, or NULL. */
static const char *footer_of(const struct import *im)
{
	for (int c = 0; c < im->row.nfields; c++) {
		const char *v = im->row.fields[c];
		if (text_blank(v))
			continue;
		char name[64];
		header_name(name, sizeof name, v);
		for (const char *const *f = footers; *f; f++)
			if (starts_with(name, *f))
				return *f;
		return NULL;
	}
	return NULL;
}

static bool row_blank(const struct import *im)
{
	for (int i = 0; i < im->nspec; i++) {
		int c = im->file_col[i];
		if (c >= 0 && c < im->row.nfields && !text_blank(im->row.fields[c]))
			return false;
	}
	return true;
}

/* The first control character of s (C0 but TAB and line ends, DEL, C1). */
static unsigned control_char(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7f)
			return *p;
		if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			return p[1];
	}
	return 0;
}

/* "4.50103196107289E+17": a long number as a spreadsheet shows it. */
static bool lost_digits(const char *v, enum gcell_kind kind)
{
	char *end;
	double d = strtod(v, &end);
	if (end == v || *end != '\0')
		return false;
	return (kind == GCELL_NUMBER || strpbrk(v, "eE")) && (d >= 1e15 || d <= -1e15);
}

/* YYYY-MM, YYYY.MM, YYYY/MM, YYYY年MM月 as the first of that month. */
static bool month_to_date(const char *v, char out[VALUE_SIZE])
{
	int y, m, n = 0;
	char sep[8] = "";
	if (sscanf(v, "%4d%7[-./年]%2d%n", &y, sep, &m, &n) != 3)
		return false;
	const char *rest = v + n;
	if (!strcmp(sep, "年") && starts_with(rest, "月"))
		rest += strlen("月");
	else if (strcmp(sep, "-") && strcmp(sep, ".") && strcmp(sep, "/"))
		return false;
	if (*rest || y < 1900 || m < 1 || m > 12)
		return false;
	snprintf(out, VALUE_SIZE, "%04d-%02d-01", y, m);
	return true;
}

/* A birth month (YYYY-MM-01 in date) takes its day from the row's ID
 * number when the number's birth date is in that month. */
static void day_from_id(const struct import *im, char *date)
{
	for (int i = 0; i < im->nspec; i++) {
		if (!strstr(im->spec[i].header, "身份"))
			continue;
		enum gcell_kind kind;
		const char *id = cell_of(im, im->file_col[i], &kind);
		if (strlen(id) == 18 && strspn(id, "0123456789") >= 17 && !strncmp(id + 6, date, 4) &&
		    !strncmp(id + 10, date + 5, 2) && strspn(id + 12, "0123456789") >= 2 &&
		    memcmp(id + 12, "00", 2) != 0 && memcmp(id + 12, "31", 2) <= 0) {
			date[8] = id[12];
			date[9] = id[13];
		}
	}
}

/* Read spec column i of the row into im->value[i], converting what a
 * spreadsheet stored.  False (reported) when the cell cannot be read. */
static bool read_value(struct import *im, int i)
{
	enum gcell_kind kind;
	const char *v = cell_of(im, im->file_col[i], &kind);
	char *conv = im->values + (size_t)i * VALUE_SIZE;
	size_t bad;
	if (im->table && !utf8_valid(v, strlen(v), &bad)) {
		import_error(im, i, "%s", _("holds damaged characters (not valid text)"));
		return false;
	}
	unsigned cc = control_char(v);
	if (cc) {
		import_error(im, i, _("holds a control character (U+%04X): remove it and import again"), cc);
		return false;
	}
	im->value[i] = csv_unguard(v);
	if (lost_digits(v, kind)) {
		if (strstr(im->spec[i].header, "身份"))
			import_error(im, i, _("the spreadsheet stored the ID number as a number and lost its last digits: "
					      "format the column as text and enter the numbers again"));
		else
			import_error(im, i, _("the spreadsheet kept only 15 digits of this number: "
					      "format the column as text and enter it again"));
		return false;
	}
	if (kind == GCELL_NUMBER && date_column(im, i) && im->table) {
		char *end;
		double d = strtod(v, &end);
		if (*end == '\0' && grid_serial_date(d, im->table->date1904, conv))
			im->value[i] = conv;
	} else if (kind == GCELL_DATE && ends_with(im->spec[i].header, "月份")) {
		snprintf(conv, VALUE_SIZE, "%.7s", v);
		im->value[i] = conv;
	} else if (im->month_column[i] && kind != GCELL_DATE) {
		char trimmed[VALUE_SIZE];
		text_copy(trimmed, sizeof trimmed, v);
		text_trim(trimmed);
		if (month_to_date(trimmed, conv)) {
			day_from_id(im, conv);
			im->value[i] = conv;
			im->month_dates++;
		}
	}
	return true;
}

bool import_next(struct import *im)
{
	const char *why;
	for (;;) {
		if (!next_record(im, &why)) {
			if (!why)
				return false;
			report_at(im, im->row.line, NULL, "%s", why);
			continue;
		}
		const char *footer = footer_of(im);
		if (footer) {
			report_at(im, im->row.line, NULL,
				  _("a footer row (%s) is not a record: delete it, and what is below the table, before importing"),
				  footer);
			continue;
		}
		if (row_blank(im))
			continue;
		enum gcell_kind kind;
		if (im->number_col >= 0 && !strcmp(cell_of(im, im->number_col, &kind), IMPORT_EXAMPLE)) {
			im->example_rows++;
			continue;
		}
		im->rows++;
		if (im->row.nfields != im->header_fields) {
			report_at(im, im->row.line, NULL, _("has %d fields, the header has %d"),
				  im->row.nfields, im->header_fields);
			continue;
		}
		bool ok = true;
		for (int i = 0; i < im->nspec && ok; i++)
			if (im->file_col[i] >= 0)
				ok = read_value(im, i);
			else
				im->value[i] = "";
		if (ok)
			return true;
	}
}

const char *import_value(const struct import *im, int i)
{
	return im->value[i];
}

bool import_has_column(const struct import *im, int i)
{
	return im->file_col[i] >= 0;
}

size_t import_estimate_rows(const struct import *im)
{
	if (im->table)
		return im->table->nrows;
	size_t n = 0;
	for (size_t i = 0; i < im->text_len; i++)
		n += im->text[i] == '\n' || (im->text[i] == '\r' && (i + 1 == im->text_len || im->text[i + 1] != '\n'));
	return n;
}
