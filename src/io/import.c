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

/* Columns people keep in their sheets that carry nothing to import. */
static const char *const ignored_headers[] = { "序号", "编号", NULL };

static void report(struct import *im, size_t line, const char *column, const char *fmt, va_list ap)
{
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

static bool map_header(struct import *im)
{
	const char *why;
	if (!csv_next(im->csv, &im->row, &why)) {
		report_at(im, 1, NULL, "%s", why ? why : _("the file is empty: the first row must name the columns"));
		return false;
	}
	im->header_fields = im->row.nfields;
	for (int i = 0; i < im->nspec; i++)
		im->file_col[i] = -1;
	for (int c = 0; c < im->row.nfields; c++) {
		char name[256];
		text_copy(name, sizeof name, im->row.fields[c]);
		text_trim(name);
		if (*name == '\0')
			continue;
		int found = -1;
		for (int i = 0; i < im->nspec; i++)
			if (!strcmp(im->spec[i].header, name))
				found = i;
		bool ignored = false;
		for (const char *const *p = ignored_headers; *p; p++)
			ignored = ignored || !strcmp(*p, name);
		if (found < 0 && !ignored) {
			report_at(im, im->row.line, name, _("unknown column"));
		} else if (found >= 0 && im->file_col[found] >= 0) {
			report_at(im, im->row.line, name, _("column appears twice"));
		} else if (found >= 0) {
			im->file_col[found] = c;
		}
	}
	for (int i = 0; i < im->nspec; i++)
		if (im->spec[i].required && im->file_col[i] < 0)
			report_at(im, im->row.line, im->spec[i].header, _("required column is missing"));
	return im->errors == 0;
}

bool import_open(struct import *im, const char *path, enum text_encoding enc,
		 const struct import_column *spec, int nspec)
{
	memset(im, 0, sizeof *im);
	im->path = path;
	im->spec = spec;
	im->nspec = nspec;
	im->file_col = calloc((size_t)nspec, sizeof *im->file_col);
	if (!im->file_col)
		abort();
	const char *why;
	size_t len, bad_line = 0;
	char *raw = read_file(path, &len, &why);
	if (!raw) {
		fprintf(stderr, "%s: %s\n", path, why);
		im->errors++;
		return false;
	}
	im->text = encoding_to_utf8(raw, len, enc, &im->encoding, &im->text_len, &bad_line, &why);
	free(raw);
	if (!im->text) {
		report_at(im, bad_line, NULL, "%s", why);
		return false;
	}
	im->csv = csv_reader_new(im->text, im->text_len);
	return map_header(im);
}

void import_close(struct import *im)
{
	csv_reader_free(im->csv);
	free(im->text);
	free(im->file_col);
	im->csv = NULL;
	im->text = NULL;
	im->file_col = NULL;
}

static bool row_blank(const struct csv_row *row)
{
	for (int i = 0; i < row->nfields; i++)
		if (!text_blank(row->fields[i]))
			return false;
	return true;
}

bool import_next(struct import *im)
{
	const char *why;
	for (;;) {
		if (!csv_next(im->csv, &im->row, &why)) {
			if (!why)
				return false;
			report_at(im, im->row.line, NULL, "%s", why);
			continue;
		}
		if (row_blank(&im->row))
			continue;
		im->rows++;
		if (im->row.nfields != im->header_fields) {
			report_at(im, im->row.line, NULL, _("has %d fields, the header has %d"),
				  im->row.nfields, im->header_fields);
			continue;
		}
		return true;
	}
}

const char *import_value(const struct import *im, int i)
{
	int c = im->file_col[i];
	return c >= 0 && c < im->row.nfields ? csv_unguard(im->row.fields[c]) : "";
}

bool import_has_column(const struct import *im, int i)
{
	return im->file_col[i] >= 0;
}

size_t import_estimate_rows(const struct import *im)
{
	size_t n = 0;
	for (size_t i = 0; i < im->text_len; i++)
		n += im->text[i] == '\n';
	return n;
}
