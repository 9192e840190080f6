#include "io/csv.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"

struct csv_reader {
	const char *p, *end;
	size_t line;
	char sep;           /* ',' or TAB */
	char *buf;          /* the current record's fields, NUL-separated */
	size_t buf_cap;
	char **fields;
	int fields_cap;
};

struct csv_reader *csv_reader_new(const char *text, size_t len)
{
	struct csv_reader *r = calloc(1, sizeof *r);
	if (!r)
		abort();
	r->p = text;
	r->end = text + len;
	r->line = 1;
	r->sep = ',';
	return r;
}

void csv_set_separator(struct csv_reader *r, char sep)
{
	r->sep = sep;
}

char csv_detect_separator(const char *text, size_t len)
{
	/* Count both outside quotes over the first ten lines. */
	size_t tabs = 0, commas = 0;
	int lines = 0;
	bool quoted = false;
	for (size_t i = 0; i < len && lines < 10; i++) {
		char c = text[i];
		if (c == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (c == '\t')
			tabs++;
		else if (c == ',')
			commas++;
		else if (c == '\n' || (c == '\r' && (i + 1 == len || text[i + 1] != '\n')))
			lines++;
	}
	return tabs > commas ? '\t' : ',';
}

/* Past one line end (CR, LF or CRLF) at r->p, counting it. */
static void skip_line_end(struct csv_reader *r)
{
	if (r->p < r->end && *r->p == '\r')
		r->p++;
	if (r->p < r->end && *r->p == '\n')
		r->p++;
	r->line++;
}

void csv_reader_free(struct csv_reader *r)
{
	if (!r)
		return;
	free(r->buf);
	free(r->fields);
	free(r);
}

static void buf_reserve(struct csv_reader *r, size_t need)
{
	if (need <= r->buf_cap)
		return;
	r->buf_cap = need * 2 + 256;
	r->buf = realloc(r->buf, r->buf_cap);
	if (!r->buf)
		abort();
}

bool csv_next(struct csv_reader *r, struct csv_row *row, const char **why)
{
	*why = NULL;
	/* Skip empty lines between records. */
	while (r->p < r->end && (*r->p == '\n' || *r->p == '\r'))
		skip_line_end(r);
	if (r->p >= r->end)
		return false;
	row->line = r->line;
	/* A record is never longer than what is left of the text. */
	buf_reserve(r, (size_t)(r->end - r->p) < 65536 ? (size_t)(r->end - r->p) + 1 : 65536);
	size_t out = 0;
	int nf = 0;
	size_t starts[1024];
	starts[nf++] = 0;
	for (;;) {
		bool quoted = r->p < r->end && *r->p == '"';
		if (quoted) {
			r->p++;
			for (;;) {
				if (r->p >= r->end) {
					*why = _("a quoted field is not closed");
					return false;
				}
				char c = *r->p++;
				if (c == '"') {
					if (r->p < r->end && *r->p == '"') {
						r->p++;
					} else {
						break;
					}
				} else if (c == '\n' || (c == '\r' && (r->p == r->end || *r->p != '\n'))) {
					r->line++;
				}
				buf_reserve(r, out + 2);
				r->buf[out++] = c;
			}
			if (r->p < r->end && *r->p != r->sep && *r->p != '\n' && *r->p != '\r') {
				*why = _("text after a closing quote (a quote inside a field must be doubled)");
				/* Skip to the end of the line so that the next record can be read. */
				while (r->p < r->end && *r->p != '\n' && *r->p != '\r')
					r->p++;
				if (r->p < r->end)
					skip_line_end(r);
				return false;
			}
		} else {
			while (r->p < r->end && *r->p != r->sep && *r->p != '\n' && *r->p != '\r') {
				buf_reserve(r, out + 2);
				r->buf[out++] = *r->p++;
			}
		}
		buf_reserve(r, out + 1);
		r->buf[out++] = '\0';
		if (r->p < r->end && *r->p == r->sep) {
			r->p++;
			if (nf == (int)(sizeof starts / sizeof starts[0])) {
				*why = _("too many fields");
				return false;
			}
			starts[nf++] = out;
			continue;
		}
		/* End of record: CRLF, LF, CR or the end of the text. */
		if (r->p < r->end)
			skip_line_end(r);
		break;
	}
	if (nf > r->fields_cap) {
		r->fields_cap = nf * 2;
		r->fields = realloc(r->fields, (size_t)r->fields_cap * sizeof *r->fields);
		if (!r->fields)
			abort();
	}
	for (int i = 0; i < nf; i++)
		r->fields[i] = r->buf + starts[i];
	row->fields = r->fields;
	row->nfields = nf;
	return true;
}

bool csv_formula_like(const char *v)
{
	return *v && strchr("=+-@\t\r", *v);
}

bool csv_plain_number(const char *v)
{
	const char *p = v + (*v == '-' || *v == '+');
	size_t digits = strspn(p, "0123456789");
	if (digits == 0)
		return false;
	p += digits;
	if (*p == '.')
		p += 1 + strspn(p + 1, "0123456789");
	if (*p == '%')
		p++;
	return *p == '\0';
}

bool csv_digits_as_text(const char *v)
{
	size_t n = strspn(v, "0123456789");
	return n > 0 && v[n] == '\0' && ((v[0] == '0' && n > 1) || n >= 12);
}

const char *csv_unguard(const char *v)
{
	return *v == '\'' && (csv_formula_like(v + 1) || csv_digits_as_text(v + 1)) ? v + 1 : v;
}
