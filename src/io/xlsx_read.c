/* Reading .xlsx (Office Open XML): the zip through minizip, the XML through
 * expat.  The workbook's sheet list, its date system, the shared strings,
 * which cell styles are dates, then one sheet's cells and merged ranges. */
#include <ctype.h>
#include <expat.h>
#include <minizip/unzip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "io/grid.h"

#define PART_MAX_BYTES (512u << 20) /* a zip bomb stops here */

/* ---- minizip reading from memory ---------------------------------------- */

struct memzip {
	const char *data;
	size_t len, pos;
};

static voidpf mz_open(voidpf opaque, const void *name, int mode) { return opaque; }
static uLong mz_read(voidpf opaque, voidpf stream, void *buf, uLong size)
{
	struct memzip *m = opaque;
	size_t n = m->len - m->pos < size ? m->len - m->pos : size;
	memcpy(buf, m->data + m->pos, n);
	m->pos += n;
	return (uLong)n;
}
static uLong mz_write(voidpf opaque, voidpf stream, const void *buf, uLong size) { return 0; }
static ZPOS64_T mz_tell(voidpf opaque, voidpf stream) { return ((struct memzip *)opaque)->pos; }
static long mz_seek(voidpf opaque, voidpf stream, ZPOS64_T off, int origin)
{
	struct memzip *m = opaque;
	ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : m->len;
	if (off > m->len - base)
		return -1;
	m->pos = (size_t)(base + off);
	return 0;
}
static int mz_close(voidpf opaque, voidpf stream) { return 0; }
static int mz_error(voidpf opaque, voidpf stream) { return 0; }

/* ---- one XML part through expat ------------------------------------------ */

struct reader {
	struct grid *t;
	unzFile zip;
	bool failed;
};

/* Parse part (a path in the zip) with the handlers; data is their user data.
 * Returns 0 when parsed, 1 when the part is absent, -1 when damaged. */
static int parse_part(struct reader *rd, const char *part, XML_StartElementHandler start,
		      XML_EndElementHandler end, XML_CharacterDataHandler chars, void *data)
{
	if (unzLocateFile(rd->zip, part, 2) != UNZ_OK)
		return 1;
	if (unzOpenCurrentFile(rd->zip) != UNZ_OK)
		return -1;
	XML_Parser p = XML_ParserCreate("UTF-8");
	if (!p)
		abort();
	XML_SetUserData(p, data);
	XML_SetElementHandler(p, start, end);
	XML_SetCharacterDataHandler(p, chars);
	char buf[65536];
	size_t total = 0;
	int rc = 0;
	for (;;) {
		int n = unzReadCurrentFile(rd->zip, buf, sizeof buf);
		if (n < 0 || (total += (size_t)(n > 0 ? n : 0)) > PART_MAX_BYTES) {
			rc = -1;
			break;
		}
		if (XML_Parse(p, buf, n, n == 0) != XML_STATUS_OK) {
			rc = -1;
			break;
		}
		if (n == 0)
			break;
	}
	if (unzCloseCurrentFile(rd->zip) != UNZ_OK) /* a CRC error */
		rc = -1;
	XML_ParserFree(p);
	return rc;
}

/* The element's name without a namespace prefix (x:row is row). */
static const char *local(const char *name)
{
	const char *c = strrchr(name, ':');
	return c ? c + 1 : name;
}

static const char *attr(const char **atts, const char *name)
{
	for (int i = 0; atts[i]; i += 2)
		if (!strcmp(local(atts[i]), name))
			return atts[i + 1];
	return NULL;
}

/* A growing piece of text. */
struct buf {
	char *s;
	size_t len, cap;
};

static void buf_add(struct buf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		b->cap = (b->len + len + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
	memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
}

/* ---- workbook.xml and its relationships ---------------------------------- */

struct sheet_ref {
	char *name, *rid, *target;
};

struct workbook {
	struct sheet_ref *sheets;
	size_t n, cap;
	bool date1904;
};

static void wb_start(void *data, const char *name, const char **atts)
{
	struct workbook *wb = data;
	name = local(name);
	if (!strcmp(name, "workbookPr")) {
		const char *v = attr(atts, "date1904");
		wb->date1904 = v && (!strcmp(v, "1") || !strcmp(v, "true"));
	} else if (!strcmp(name, "sheet")) {
		const char *n = attr(atts, "name"), *id = attr(atts, "id");
		if (!n || !id)
			return;
		wb->sheets = grow_array(wb->sheets, wb->n, &wb->cap, 8, sizeof *wb->sheets);
		wb->sheets[wb->n++] = (struct sheet_ref){ strdup(n), strdup(id), NULL };
	}
}

static void rels_start(void *data, const char *name, const char **atts)
{
	struct workbook *wb = data;
	if (strcmp(local(name), "Relationship"))
		return;
	const char *id = attr(atts, "Id"), *target = attr(atts, "Target");
	if (!id || !target)
		return;
	for (size_t i = 0; i < wb->n; i++)
		if (!strcmp(wb->sheets[i].rid, id) && !wb->sheets[i].target) {
			if (*target == '/')
				wb->sheets[i].target = strdup(target + 1);
			else if (asprintf(&wb->sheets[i].target, "xl/%s", target) < 0)
				abort();
		}
}

static void no_end(void *data, const char *name) {}
static void no_chars(void *data, const char *s, int len) {}

static void workbook_free(struct workbook *wb)
{
	for (size_t i = 0; i < wb->n; i++) {
		free(wb->sheets[i].name);
		free(wb->sheets[i].rid);
		free(wb->sheets[i].target);
	}
	free(wb->sheets);
}

/* ---- sharedStrings.xml --------------------------------------------------- */

struct strings {
	struct buf text;    /* each string NUL-terminated */
	size_t *off;
	size_t n, cap;
	struct buf cur;
	bool in_si, in_t;
	int in_rph;         /* phonetic runs (furigana) are not the text */
};

static void ss_start(void *data, const char *name, const char **atts)
{
	struct strings *ss = data;
	name = local(name);
	if (!strcmp(name, "si")) {
		ss->in_si = true;
		ss->cur.len = 0;
		buf_add(&ss->cur, "", 0);
	} else if (!strcmp(name, "rPh")) {
		ss->in_rph++;
	} else if (!strcmp(name, "t")) {
		ss->in_t = true;
	}
}

static void ss_end(void *data, const char *name)
{
	struct strings *ss = data;
	name = local(name);
	if (!strcmp(name, "si") && ss->in_si) {
		ss->in_si = false;
		ss->off = grow_array(ss->off, ss->n, &ss->cap, 256, sizeof *ss->off);
		ss->off[ss->n++] = ss->text.len;
		buf_add(&ss->text, ss->cur.s, ss->cur.len);
		buf_add(&ss->text, "", 1);
		ss->text.len++; /* keep the NUL */
	} else if (!strcmp(name, "rPh")) {
		ss->in_rph--;
	} else if (!strcmp(name, "t")) {
		ss->in_t = false;
	}
}

static void ss_chars(void *data, const char *s, int len)
{
	struct strings *ss = data;
	if (ss->in_si && ss->in_t && !ss->in_rph)
		buf_add(&ss->cur, s, (size_t)len);
}

/* ---- styles.xml: which cell styles show a date --------------------------- */

struct styles {
	int *custom_id;     /* custom number formats that are dates */
	size_t ncustom, custom_cap;
	bool *xf_date;
	size_t nxf, xf_cap;
	bool in_cellxfs;
};

/* A format code shows a date when it has y, m, d (outside quotes, brackets
 * and escapes) and is not elapsed time. */
static bool code_is_date(const char *code)
{
	bool quoted = false;
	for (const char *p = code; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (*p == '\\' && p[1])
			p++;
		else if (*p == '[') {
			const char *e = strchr(p, ']');
			if (!e)
				return false;
			p = e;
		} else if (strchr("yYdD", *p))
			return true;
		else if (*p == ';')
			return false;
	}
	return false;
}

static bool builtin_is_date(int id)
{
	return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

static void st_start(void *data, const char *name, const char **atts)
{
	struct styles *st = data;
	name = local(name);
	if (!strcmp(name, "numFmt")) {
		const char *id = attr(atts, "numFmtId"), *code = attr(atts, "formatCode");
		if (id && code && code_is_date(code)) {
			st->custom_id = grow_array(st->custom_id, st->ncustom, &st->custom_cap, 8, sizeof *st->custom_id);
			st->custom_id[st->ncustom++] = atoi(id);
		}
	} else if (!strcmp(name, "cellXfs")) {
		st->in_cellxfs = true;
	} else if (!strcmp(name, "xf") && st->in_cellxfs) {
		const char *v = attr(atts, "numFmtId");
		int id = v ? atoi(v) : 0;
		bool date = builtin_is_date(id);
		for (size_t i = 0; i < st->ncustom && !date; i++)
			date = st->custom_id[i] == id;
		st->xf_date = grow_array(st->xf_date, st->nxf, &st->xf_cap, 32, sizeof *st->xf_date);
		st->xf_date[st->nxf++] = date;
	}
}

static void st_end(void *data, const char *name)
{
	struct styles *st = data;
	if (!strcmp(local(name), "cellXfs"))
		st->in_cellxfs = false;
}

/* ---- the sheet ------------------------------------------------------------ */

struct sheet_parse {
	struct grid *t;
	const struct strings *ss;
	const struct styles *st;
	size_t next_line;   /* for rows without r= */
	int next_col;       /* for cells without r= */
	int col;
	char type[16];
	bool date_style;
	bool in_v, in_is_t, in_cell;
	int in_rph;
	struct buf v;
};

/* "BC12" -> column 54 (from 0), row 12; false when it is not a reference. */
static bool parse_ref(const char *s, int *col, size_t *row)
{
	int c = 0, letters = 0;
	while (isupper((unsigned char)*s)) {
		c = c * 26 + (*s++ - 'A' + 1);
		if (++letters > 3)
			return false;
	}
	if (!letters || c > 16384)
		return false;
	*col = c - 1;
	if (row) {
		char *end;
		unsigned long r = strtoul(s, &end, 10);
		if (*end || r < 1 || r > 1048576)
			return false;
		*row = r;
	}
	return true;
}

static void sh_start(void *data, const char *name, const char **atts)
{
	struct sheet_parse *sp = data;
	name = local(name);
	if (!strcmp(name, "row")) {
		const char *r = attr(atts, "r");
		unsigned long line = r ? strtoul(r, NULL, 10) : 0;
		if (line < 1 || line > 1048576)
			line = sp->next_line;
		sp->next_line = line + 1;
		sp->next_col = 0;
		grid_begin_row(sp->t, line);
	} else if (!strcmp(name, "c") && sp->t->nrows) {
		const char *r = attr(atts, "r"), *t = attr(atts, "t"), *s = attr(atts, "s");
		int col;
		if (!r || !parse_ref(r, &col, NULL))
			col = sp->next_col;
		sp->col = col;
		sp->next_col = col + 1;
		snprintf(sp->type, sizeof sp->type, "%s", t ? t : "n");
		unsigned long xf = s ? strtoul(s, NULL, 10) : 0;
		sp->date_style = xf < sp->st->nxf && sp->st->xf_date[xf];
		sp->in_cell = true;
		sp->v.len = 0;
		buf_add(&sp->v, "", 0);
	} else if (sp->in_cell && !strcmp(name, "v")) {
		sp->in_v = true;
	} else if (sp->in_cell && !strcmp(name, "t")) {
		sp->in_is_t = true;
	} else if (sp->in_cell && !strcmp(name, "rPh")) {
		sp->in_rph++;
	} else if (!strcmp(name, "mergeCell")) {
		const char *ref = attr(atts, "ref");
		const char *colon = ref ? strchr(ref, ':') : NULL;
		char a[16];
		struct grid_merge m;
		if (!colon || (size_t)(colon - ref) >= sizeof a)
			return;
		memcpy(a, ref, (size_t)(colon - ref));
		a[colon - ref] = '\0';
		if (parse_ref(a, &m.c1, &m.r1) && parse_ref(colon + 1, &m.c2, &m.r2))
			grid_add_merge(sp->t, m);
	}
}

static void set_value(struct sheet_parse *sp)
{
	const char *v = sp->v.s ? sp->v.s : "";
	struct grid *t = sp->t;
	if (!strcmp(sp->type, "s")) {
		char *end;
		unsigned long i = strtoul(v, &end, 10);
		if (*v && !*end && i < sp->ss->n) {
			const char *s = sp->ss->text.s + sp->ss->off[i];
			grid_set_cell(t, sp->col, s, strlen(s), GCELL_TEXT);
		}
	} else if (!strcmp(sp->type, "inlineStr") || !strcmp(sp->type, "str") || !strcmp(sp->type, "e")) {
		grid_set_cell(t, sp->col, v, sp->v.len, GCELL_TEXT);
	} else if (!strcmp(sp->type, "b")) {
		const char *b = !strcmp(v, "1") ? "TRUE" : "FALSE";
		if (*v)
			grid_set_cell(t, sp->col, b, strlen(b), GCELL_BOOL);
	} else if (!strcmp(sp->type, "d")) {
		grid_set_cell(t, sp->col, v, sp->v.len > 10 ? 10 : sp->v.len, GCELL_DATE);
	} else if (*v) {
		char *end;
		double d = strtod(v, &end);
		if (*end == '\0')
			grid_set_number(t, sp->col, d, sp->date_style);
		else
			grid_set_cell(t, sp->col, v, sp->v.len, GCELL_TEXT);
	}
}

static void sh_end(void *data, const char *name)
{
	struct sheet_parse *sp = data;
	name = local(name);
	if (!strcmp(name, "c") && sp->in_cell) {
		set_value(sp);
		sp->in_cell = false;
	} else if (!strcmp(name, "v")) {
		sp->in_v = false;
	} else if (!strcmp(name, "t")) {
		sp->in_is_t = false;
	} else if (!strcmp(name, "rPh") && sp->in_rph) {
		sp->in_rph--;
	}
}

static void sh_chars(void *data, const char *s, int len)
{
	struct sheet_parse *sp = data;
	if (sp->in_cell && (sp->in_v || (sp->in_is_t && !sp->in_rph)))
		buf_add(&sp->v, s, (size_t)len);
}

/* ---- the whole ------------------------------------------------------------ */

static bool fail(struct grid *t, const char *why)
{
	snprintf(t->why, sizeof t->why, "%s", why);
	return false;
}

static bool choose_sheet(struct grid *t, const struct workbook *wb, const char *sheet, size_t *chosen)
{
	if (wb->n == 0)
		return fail(t, _("the workbook has no sheet"));
	*chosen = 0;
	if (!sheet)
		return true;
	for (size_t i = 0; i < wb->n; i++)
		if (!strcmp(wb->sheets[i].name, sheet)) {
			*chosen = i;
			return true;
		}
	struct buf names = { 0 };
	for (size_t i = 0; i < wb->n; i++) {
		if (i)
			buf_add(&names, "、", strlen("、"));
		buf_add(&names, wb->sheets[i].name, strlen(wb->sheets[i].name));
	}
	snprintf(t->why, sizeof t->why, _("the workbook has no sheet named %s (its sheets: %s)"), sheet, names.s);
	free(names.s);
	return false;
}

bool grid_read_xlsx(struct grid *t, const char *data, size_t len, const char *sheet)
{
	grid_init(t);
	struct memzip mem = { data, len, 0 };
	zlib_filefunc64_def ff = { mz_open, mz_read, mz_write, mz_tell, mz_seek, mz_close, mz_error, &mem };
	struct reader rd = { t, unzOpen2_64("memory", &ff), false };
	if (!rd.zip)
		return fail(t, _("the file is damaged: not a readable .xlsx workbook"));
	struct workbook wb = { 0 };
	struct strings ss = { 0 };
	struct styles st = { 0 };
	struct sheet_parse sp = { .t = t, .ss = &ss, .st = &st, .next_line = 1 };
	size_t chosen;
	bool ok = false;
	int rc = parse_part(&rd, "xl/workbook.xml", wb_start, no_end, no_chars, &wb);
	if (rc != 0) {
		fail(t, _("the file is damaged: not a readable .xlsx workbook"));
		goto out;
	}
	if (parse_part(&rd, "xl/_rels/workbook.xml.rels", rels_start, no_end, no_chars, &wb) != 0) {
		fail(t, _("the file is damaged: not a readable .xlsx workbook"));
		goto out;
	}
	if (!choose_sheet(t, &wb, sheet, &chosen))
		goto out;
	t->date1904 = wb.date1904;
	t->nsheets = (int)wb.n;
	t->sheet = strdup(wb.sheets[chosen].name);
	if (parse_part(&rd, "xl/sharedStrings.xml", ss_start, ss_end, ss_chars, &ss) < 0 ||
	    parse_part(&rd, "xl/styles.xml", st_start, st_end, no_chars, &st) < 0 ||
	    !wb.sheets[chosen].target ||
	    parse_part(&rd, wb.sheets[chosen].target, sh_start, sh_end, sh_chars, &sp) != 0) {
		fail(t, _("the file is damaged: not a readable .xlsx workbook"));
		goto out;
	}
	grid_finish(t);
	ok = true;
out:
	unzClose(rd.zip);
	workbook_free(&wb);
	free(ss.text.s);
	free(ss.cur.s);
	free(ss.off);
	free(st.custom_id);
	free(st.xf_date);
	free(sp.v.s);
	return ok;
}
