/* 报表: every report and export of the command line (report/catalog.c),
 * chosen from a list.  Enter asks in one form what the report needs (the
 * quarter, year or date, the kind of meeting, the person of a 公示, whether
 * ID numbers show in full) with the format, the encoding and the file,
 * each with a default: this quarter, this year, today, XLSX, UTF-8, and a
 * file in the Documents folder (~/Documents or ~/文档, else the current
 * folder) named after the branch, the report and the period.  The name
 * follows the period and format as they change, until it is edited.
 *
 * F2 builds the report with the same code as the command line and shows
 * its text form (TXT) in a preview that scrolls both ways; F2 there writes
 * the file (asking before replacing one), Esc goes back to the form.  The
 * saved path is shown at the end. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/branch.h"
#include "io/output.h"
#include "io/paths.h"
#include "io/print.h"
#include "io/sheet.h"
#include "report/catalog.h"
#include "rules/meetings.h"
#include "rules/pipeline.h"
#include "ui/dialog.h"
#include "ui/form.h"
#include "ui/views.h"

struct reports_view {
	struct app *app;
	int sel, top, rows;
};

static const enum ui_context contexts[] = { CTX_HOME, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = {
	ACT_HELP, ACT_OPEN, ACT_STATISTICS, ACT_NEXT_SCREEN, ACT_QUIT, ACT_NONE,
};

static void *reports_open(struct app *app, const void *arg)
{
	(void)arg;
	struct reports_view *rv = calloc(1, sizeof *rv);
	if (!rv)
		abort();
	rv->app = app;
	return rv;
}

static void reports_close(void *st)
{
	free(st);
}

/* ---- The form */

enum { F_PERIOD, F_AS_OF, F_WITHIN, F_MEETING_KIND, F_NOTICE, F_PERSON, F_ALL, F_FULL_ID,
       F_FORMAT, F_ENCODING, F_PATH, F_COUNT };

static const char *const format_names[] = { [OUT_TXT] = "TXT", [OUT_CSV] = "CSV", [OUT_XLSX] = "XLSX",
					     [OUT_PDF] = "PDF" };
static const char *const encoding_names[] = { "UTF-8", "GB18030", NULL };

struct report_form {
	struct app *app;
	const struct report_kind *kind;
	bool written;                          /* the preview wrote the file */
	struct report_request req;
	int at[F_COUNT];                       /* the form's field of each, -1 when not asked */
	struct form_field fields[F_COUNT];
	struct form form;
	const char *formats[5];                /* the kind's formats, XLSX first */
	const char *meeting_kinds[MK_COUNT + 2];
	const char *all_choices[3], *id_choices[3];
	char auto_path[PATH_MAX];              /* the path the form filled in last */
	char auto_as_of[DATE_ISO_SIZE];        /* the 缴费截至 the form filled in last */
	enum out_format format;
	enum text_encoding encoding;
	char path[PATH_MAX];
	struct sheet *sheet;                   /* what F2 built */
	char *text;
};

static const char *field_value(const struct report_form *rf, int f)
{
	return rf->at[f] >= 0 ? form_get(&rf->form, rf->at[f]) : "";
}

static int choice_of(const char *const *choices, const char *value)
{
	for (int i = 0; choices[i]; i++)
		if (!strcmp(choices[i], value))
			return i;
	return -1;
}

static bool parse_year(const char *s, int *year)
{
	char *end;
	long y = strtol(s, &end, 10);
	if (!*s || *end || y < 1921 || y > 2999)
		return false;
	*year = (int)y;
	return true;
}

/* Read the fields into rf->req, format, encoding and path; with report,
 * say what is wrong beside the field.  True when everything read. */
static bool read_fields(struct report_form *rf, bool report)
{
	struct form *form = &rf->form;
	struct report_request *r = &rf->req;
	unsigned p = rf->kind->params;
	const char *v, *why;
	bool ok = true;
#define BAD(f, ...) do { ok = false; if (report) form_error(form, rf->at[f], __VA_ARGS__); } while (0)
	if (rf->at[F_PERIOD] >= 0) {
		char text[64];
		text_copy(text, sizeof text, field_value(rf, F_PERIOD));
		text_trim(text);
		int y, q;
		if ((p & RP_QUARTER) && quarter_parse(text, &y, &q, &why)) {
			r->year = y;
			r->quarter = q;
		} else if ((p & RP_YEAR) && parse_year(text, &y)) {
			r->year = y;
			r->quarter = 0;
		} else if (p & RP_QUARTER) {
			BAD(F_PERIOD, "%s", (p & RP_YEAR) ? _("a quarter such as 2026Q3, or a year such as 2026")
							  : _("a quarter such as 2026Q3"));
		} else {
			BAD(F_PERIOD, "%s", _("a year such as 2026"));
		}
	}
	if (rf->at[F_AS_OF] >= 0 && !date_parse(field_value(rf, F_AS_OF), &r->as_of, &why))
		BAD(F_AS_OF, "%s", why);
	if (rf->at[F_WITHIN] >= 0) {
		char *end;
		v = field_value(rf, F_WITHIN);
		long n = strtol(v, &end, 10);
		if (!*v || *end || n < 0 || n > 3660)
			BAD(F_WITHIN, "%s", _("a number of days from 0 to 3660"));
		else
			r->within = (int)n;
	}
	if (rf->at[F_MEETING_KIND] >= 0) {
		v = field_value(rf, F_MEETING_KIND);
		r->meeting_kind = *v ? meeting_kind_parse(v) : -1;
	}
	if (rf->at[F_NOTICE] >= 0)
		r->notice = pipeline_notice_by_name(field_value(rf, F_NOTICE));
	if (r->notice < 0)
		r->notice = PN_TARGET;
	if (rf->at[F_PERSON] >= 0) {
		text_copy(r->person, sizeof r->person, field_value(rf, F_PERSON));
		text_trim(r->person);
		if (!*r->person)
			BAD(F_PERSON, "%s", _("required"));
	}
	if (rf->at[F_ALL] >= 0)
		r->include_left = choice_of(rf->all_choices, field_value(rf, F_ALL)) == 1;
	if (rf->at[F_FULL_ID] >= 0)
		r->full_id = choice_of(rf->id_choices, field_value(rf, F_FULL_ID)) == 1;
	rf->format = OUT_TXT;
	if (rf->at[F_FORMAT] >= 0)
		out_format_parse(field_value(rf, F_FORMAT), &rf->format);
	rf->encoding = ENC_UTF8;
	if (rf->at[F_ENCODING] >= 0 && !strcmp(field_value(rf, F_ENCODING), "GB18030"))
		rf->encoding = ENC_GB18030;
	text_copy(rf->path, sizeof rf->path, field_value(rf, F_PATH));
	text_trim(rf->path);
	const char *home = getenv("HOME");
	if (!strncmp(rf->path, "~/", 2) && home && *home) {
		char full[PATH_MAX];
		snprintf(full, sizeof full, "%s%s", home, rf->path + 1);
		text_copy(rf->path, sizeof rf->path, full);
	}
	if (!*rf->path)
		BAD(F_PATH, "%s", _("required"));
#undef BAD
	return ok;
}

/* The Documents folder and the name of the report as the form says now. */
static void default_path(struct report_form *rf, char *out, size_t size)
{
	char name[512], folder[PATH_MAX];
	struct stat st;
	char *dir = NULL;
	/* The folder a report was saved in last, while it is there. */
	if (settings_get(rf->app->db, "report.folder", folder, sizeof folder, "") && *folder &&
	    stat(folder, &st) == 0 && S_ISDIR(st.st_mode))
		dir = strdup(folder);
	if (!dir)
		dir = paths_documents_dir();
	if (!dir)
		abort();
	report_file_name(rf->app->branch.name, &rf->req, rf->format, name, sizeof name);
	const char *home = getenv("HOME");
	size_t n = home ? strlen(home) : 0;
	if (!strcmp(dir, "."))
		snprintf(out, size, "%s", name);
	else if (n && !strncmp(dir, home, n) && dir[n] == '/')
		snprintf(out, size, "~%s/%s", dir + n, name);   /* ~/Documents/...: the name shows */
	else
		snprintf(out, size, "%s/%s", dir, name);
	free(dir);
}

/* 缴费截至 follows the period (its end, today at the latest) until typed
 * by hand. */
static void as_of_follows_period(struct report_form *rf, struct form *form)
{
	if (rf->at[F_AS_OF] < 0 || strcmp(form_get(form, rf->at[F_AS_OF]), rf->auto_as_of) ||
	    !read_fields(rf, false))
		return;
	struct date end = { rf->req.year, rf->req.quarter ? rf->req.quarter * 3 : 12, 0 };
	end.d = date_days_in_month(end.y, end.m);
	if (date_cmp(end, date_today()) > 0)
		end = date_today();
	date_format(end, rf->auto_as_of);
	form_set(form, rf->at[F_AS_OF], rf->auto_as_of);
}

/* As the cursor leaves a field: the file name follows the period, format
 * and person, until the name was edited by hand. */
static void form_check(void *ctx, struct form *form, int field)
{
	struct report_form *rf = ctx;
	if (field == rf->at[F_PATH])
		return;
	if (field == rf->at[F_PERIOD])
		as_of_follows_period(rf, form);
	if (strcmp(form_get(form, rf->at[F_PATH]), rf->auto_path) != 0)
		return;
	read_fields(rf, false);
	default_path(rf, rf->auto_path, sizeof rf->auto_path);
	form_set(form, rf->at[F_PATH], rf->auto_path);
}

static bool form_save(void *ctx, struct form *form)
{
	struct report_form *rf = ctx;
	const char *why;
	if (!read_fields(rf, true))
		return false;
	if (!(rf->kind->formats & REPORT_FORMAT(rf->format))) {
		form_error(form, rf->at[F_FORMAT], "%s", _("not a format of this report"));
		return false;
	}
	if (!report_build(rf->app->db, &rf->req, &rf->sheet, &rf->text, &why)) {
		int f = rf->at[F_PERSON] >= 0 ? F_PERSON : rf->at[F_PERIOD] >= 0 ? F_PERIOD :
			rf->at[F_AS_OF] >= 0 ? F_AS_OF : F_PATH;
		form_error(form, rf->at[f], "%s", why ? why : _("cannot build the report"));
		return false;
	}
	return true;
}

static void add_field(struct report_form *rf, int which, struct form_field field, const char *value)
{
	int i = rf->form.count++;
	rf->at[which] = i;
	rf->fields[i] = field;
	form_set(&rf->form, i, value);
}

static void setup_form(struct report_form *rf)
{
	const struct report_kind *k = rf->kind;
	unsigned p = k->params;
	char text[64], title[256];
	for (int i = 0; i < F_COUNT; i++)
		rf->at[i] = -1;
	snprintf(title, sizeof title, _("%s: F2 shows it before it is saved"), _(k->title));
	rf->form = (struct form){ .title = NULL, .fields = rf->fields, .count = 0, .check = form_check,
				  .save = form_save, .ctx = rf, .db = rf->app->db };
	rf->form.title = strdup(title);
	if (!rf->form.title)
		abort();
	report_request_init(&rf->req, k, date_today());
	if (p & (RP_QUARTER | RP_YEAR)) {
		const char *label = (p & RP_QUARTER) && (p & RP_YEAR) ? _("Quarter or year")
				  : (p & RP_QUARTER) ? _("Quarter") : _("Year");
		if (rf->req.quarter)
			snprintf(text, sizeof text, "%04dQ%d", rf->req.year, rf->req.quarter);
		else
			snprintf(text, sizeof text, "%04d", rf->req.year);
		/* The period of the report saved last, when this report takes one
		 * of its kind. */
		char last[16];
		if (settings_get(rf->app->db, "report.period", last, sizeof last, "") &&
		    ((strlen(last) == 6 && (p & RP_QUARTER) && last[4] == 'Q') ||
		     (strlen(last) == 4 && (p & RP_YEAR))))
			text_copy(text, sizeof text, last);
		add_field(rf, F_PERIOD, (struct form_field){ .label = label, .type = FORM_TEXT, .required = true }, text);
	}
	if (p & RP_AS_OF) {
		const char *label = (p & RP_QUARTER) || (p & RP_YEAR) ? _("Payments up to") : _("As of");
		date_format(rf->req.as_of, text);
		text_copy(rf->auto_as_of, sizeof rf->auto_as_of, text);
		add_field(rf, F_AS_OF, (struct form_field){ .label = label, .type = FORM_DATE, .required = true }, text);
	}
	if (p & RP_WITHIN) {
		snprintf(text, sizeof text, "%d", rf->req.within);
		add_field(rf, F_WITHIN, (struct form_field){ .label = _("Due within (days)"), .type = FORM_TEXT,
							       .required = true }, text);
	}
	if (p & RP_MEETING_KIND) {
		rf->meeting_kinds[0] = "";
		for (int i = 0; i < MK_COUNT; i++)
			rf->meeting_kinds[i + 1] = meeting_kind_names[i];
		rf->meeting_kinds[MK_COUNT + 1] = NULL;
		add_field(rf, F_MEETING_KIND, (struct form_field){ .label = _("Kind of meeting"), .type = FORM_CHOICE,
								     .choices = rf->meeting_kinds,
								     .empty_label = _("all kinds") }, "");
	}
	if (p & RP_NOTICE) {
		add_field(rf, F_NOTICE, (struct form_field){ .label = _("Notice before"), .type = FORM_CHOICE,
							       .choices = pipeline_notice_kinds }, pipeline_notice_kinds[0]);
		add_field(rf, F_PERSON, (struct form_field){ .label = _("Person"),
							       .type = FORM_TEXT, .required = true }, "");
	}
	if (p & RP_ALL) {
		rf->all_choices[0] = _("on the roster now");
		rf->all_choices[1] = _("also those who left");
		add_field(rf, F_ALL, (struct form_field){ .label = _("Members"), .type = FORM_CHOICE,
							    .choices = rf->all_choices }, rf->all_choices[0]);
	}
	if (p & RP_FULL_ID) {
		rf->id_choices[0] = _("masked");
		rf->id_choices[1] = _("in full");
		add_field(rf, F_FULL_ID, (struct form_field){ .label = _("ID and phone numbers"), .type = FORM_CHOICE,
								.choices = rf->id_choices }, rf->id_choices[0]);
	}
	int n = 0;
	static const enum out_format order[] = { OUT_XLSX, OUT_CSV, OUT_TXT, OUT_PDF };
	for (int i = 0; i < 4; i++)
		if (k->formats & REPORT_FORMAT(order[i]))
			rf->formats[n++] = format_names[order[i]];
	rf->formats[n] = NULL;
	add_field(rf, F_FORMAT, (struct form_field){ .label = _("Format"), .type = FORM_CHOICE,
						       .choices = rf->formats }, rf->formats[0]);
	add_field(rf, F_ENCODING, (struct form_field){ .label = _("Encoding (TXT, CSV)"), .type = FORM_CHOICE,
							 .choices = encoding_names }, encoding_names[0]);
	add_field(rf, F_PATH, (struct form_field){ .label = _("Save to"), .type = FORM_TEXT, .required = true,
						     .show_end = true }, "");
	read_fields(rf, false);
	default_path(rf, rf->auto_path, sizeof rf->auto_path);
	form_set(&rf->form, rf->at[F_PATH], rf->auto_path);
	as_of_follows_period(rf, &rf->form);
}

/* ---- The preview */

struct preview {
	struct report_form *rf;
	char *buf;              /* the text, its lines cut in place */
	char **lines;
	int n, widest;
	int top, left, height, width;
};

static void preview_draw(void *ctx, struct ui *ui)
{
	struct preview *pv = ctx;
	int y, h, cols = ui_cols(ui), pos_w = 0;
	char head[PATH_MAX + 256], pos[64];
	ui_area(ui, &y, &h);
	const char *slash = strrchr(pv->rf->path, '/');
	snprintf(head, sizeof head, _(" Preview: F2 saves it as %s"), slash ? slash + 1 : pv->rf->path);
	if (pv->n > h - 1 || pv->widest > cols - 1) {
		snprintf(pos, sizeof pos, _(" line %d/%d, column %d "), pv->top + 1, pv->n, pv->left + 1);
		pos_w = text_width(pos);
		ui_text_right(y, cols - pos_w, pos_w, pos, UI_HEADER);
	}
	ui_text(y, 0, cols - pos_w, head, UI_HEADER);
	y++;
	h--;
	pv->height = h;
	pv->width = cols - 1;
	if (pv->top > pv->n - h)
		pv->top = pv->n - h;
	if (pv->top < 0)
		pv->top = 0;
	for (int i = 0; i < h && pv->top + i < pv->n; i++) {
		int pad;
		const char *rest = text_skip(pv->lines[pv->top + i], pv->left, &pad);
		ui_text(y + i, 1 + pad, cols - 1 - pad, rest, UI_NORMAL);
	}
}

/* The report's text form: TXT of the sheets, or the notice. */
static bool preview_text(struct preview *pv)
{
	struct report_form *rf = pv->rf;
	if (rf->text) {
		pv->buf = strdup(rf->text);
		if (!pv->buf)
			abort();
	} else {
		size_t len = 0;
		FILE *f = open_memstream(&pv->buf, &len);
		if (!f)
			abort();
		bool ok = sheet_write_txt(rf->sheet, f, ENC_UTF8);
		if (fclose(f) != 0 || !ok)
			return false;
	}
	int cap = 64;
	pv->lines = malloc((size_t)cap * sizeof *pv->lines);
	if (!pv->lines)
		abort();
	for (char *p = pv->buf; *p;) {
		char *eol = strchr(p, '\n');
		if (eol)
			*eol = '\0';
		if (pv->n == cap) {
			cap *= 2;
			pv->lines = realloc(pv->lines, (size_t)cap * sizeof *pv->lines);
			if (!pv->lines)
				abort();
		}
		pv->lines[pv->n++] = p;
		int w = text_width(p);
		if (w > pv->widest)
			pv->widest = w;
		if (!eol)
			break;
		p = eol + 1;
	}
	return true;
}

static bool file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* The whole path of a saved file, the home folder written ~, under note. */
static void show_saved(struct app *app, const char *saved, const char *note)
{
	char *real = realpath(saved, NULL), shown[PATH_MAX + 2];
	const char *path = real ? real : saved, *home = getenv("HOME");
	size_t n = home ? strlen(home) : 0;
	if (n > 1 && !strncmp(path, home, n) && path[n] == '/')
		snprintf(shown, sizeof shown, "~%s", path + n);
	else
		snprintf(shown, sizeof shown, "%s", path);
	if (note) {
		char text[PATH_MAX + 512];
		snprintf(text, sizeof text, "%s\n%s", note, shown);
		ui_message(app->ui, _("Saved"), text);
	} else {
		ui_message(app->ui, _("Saved"), shown);
	}
	ui_status(app->ui, _("Saved: %s"), shown);
	free(real);
}

/* The period and folder of the report saved last, which the next form
 * starts from (settings report.period and report.folder). */
struct remembered {
	const char *period;
	char folder[PATH_MAX];
};

static bool remember_write(void *ctx, struct db *db)
{
	struct remembered *r = ctx;
	return (!r->period || settings_set(db, "report.period", r->period)) &&
	       (!*r->folder || settings_set(db, "report.folder", r->folder));
}

static void remember_report(struct app *app, const struct report_form *rf)
{
	struct remembered r = { .period = rf->at[F_PERIOD] >= 0 ? field_value(rf, F_PERIOD) : NULL };
	char *real = realpath(rf->path, NULL);
	const char *slash = real ? strrchr(real, '/') : NULL;
	if (slash)
		snprintf(r.folder, sizeof r.folder, "%.*s", slash == real ? 1 : (int)(slash - real), real);
	free(real);
	app_transaction(app, remember_write, &r);
}

/* Write the file; true when written (the path then shown). */
static bool write_report(struct app *app, struct report_form *rf)
{
	char *err = NULL, question[PATH_MAX + 128];
	snprintf(question, sizeof question, _("%s exists. Replace it?"), rf->path);
	if (file_exists(rf->path) && !ui_confirm(app->ui, question, false))
		return false;
	bool ok = report_write(app->db, &rf->req, rf->sheet, rf->text, rf->format, rf->encoding, rf->path, &err);
	if (!ok) {
		ui_message(app->ui, _("Not saved"), err ? err : _("cannot write the file"));
		free(err);
		return false;
	}
	show_saved(app, rf->path, NULL);
	remember_report(app, rf);
	return true;
}

/* p: the report as PDF to a printer through lp when CUPS has one (the
 * printer and the copies chosen), else saved as PDF beside the form's file
 * (its name ending .pdf), and the path shown. */
static void print_pdf(struct app *app, const struct report_request *req, const struct sheet *sheet,
		      const char *text, const char *saved_path);

static void print_report(struct app *app, struct report_form *rf)
{
	char path[PATH_MAX];
	char *dot = strrchr(rf->path, '.'), *slash = strrchr(rf->path, '/');
	int stem = dot && (!slash || dot > slash) ? (int)(dot - rf->path) : (int)strlen(rf->path);
	snprintf(path, sizeof path, "%.*s.pdf", stem, rf->path);
	print_pdf(app, &rf->req, rf->sheet, rf->text, path);
}

/* One minute, from its page: the 会议记录 document of that minute alone;
 * without a printer saved as BRANCH-会议记录-DATE.pdf in the Documents folder. */
void minute_print(struct app *app, long long id, int year, const char *day)
{
	const struct report_kind *kind = NULL;
	for (int i = 0; i < report_kind_count; i++)
		if (report_kinds[i].id == REPORT_MINUTES)
			kind = &report_kinds[i];
	struct report_request req;
	report_request_init(&req, kind, date_today());
	req.year = year;
	req.meeting_kind = -1;
	req.meeting_id = id;
	char name[512], path[PATH_MAX];
	report_file_name(app->branch.name, &req, OUT_PDF, name, sizeof name);
	char *dash = strrchr(name, '-'); /* BRANCH-会议记录-2026.pdf: the day for the year */
	if (dash)
		*dash = '\0';
	char *dir = paths_documents_dir();
	snprintf(path, sizeof path, "%s/%s-%s.pdf", dir, name, day);
	free(dir);
	print_pdf(app, &req, NULL, NULL, path);
}

/* The PDF to a printer (CUPS), else saved to saved_path and the path shown. */
static void print_pdf(struct app *app, const struct report_request *req, const struct sheet *sheet,
		      const char *text, const char *saved_path)
{
	struct printers pr;
	char path[PATH_MAX], *err = NULL;
	bool cups = printers_list(&pr);
	if (cups) {
		const char *dir = getenv("TMPDIR");
		snprintf(path, sizeof path, "%s/zhibu-print-XXXXXX.pdf", dir && *dir ? dir : "/tmp");
		int fd = mkstemps(path, 4);
		if (fd >= 0)
			close(fd);
	} else {
		snprintf(path, sizeof path, "%s", saved_path);
	}
	if (!report_write(app->db, req, sheet, text, OUT_PDF, ENC_UTF8, path, &err)) {
		ui_message(app->ui, _("Not printed"), err ? err : _("cannot write the file"));
	} else if (!cups) {
		show_saved(app, path, _("No printer was found (CUPS lp): the PDF is saved, to print from another PC"));
	} else {
		int printer = pr.count > 1 ? ui_choose(app->ui, _("Printer"), (const char *const *)pr.names,
						       (int)pr.count, 0) : 0;
		static const char *const copies[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10" };
		int n = printer >= 0 ? ui_choose(app->ui, _("Copies"), copies, 10, 0) : -1;
		char done[512];
		if (n >= 0 && !print_file(path, pr.names[printer], n + 1, &err)) {
			ui_message(app->ui, _("Not printed"), err ? err : _("cannot print"));
		} else if (n >= 0) {
			snprintf(done, sizeof done, _("Sent to %s: %d copies"), pr.names[printer], n + 1);
			ui_message(app->ui, _("Printed"), done);
			ui_status(app->ui, "%s", done);
		}
	}
	if (cups)
		unlink(path);
	free(err);
	printers_free(&pr);
}


/* The preview: a page (screen_run), arg the report form; F2 writes the
 * file and closes it (rf->written), Esc goes back to the form. */
static void *preview_open(struct app *app, const void *arg)
{
	struct preview *pv = calloc(1, sizeof *pv);
	if (!pv)
		abort();
	pv->rf = (struct report_form *)arg;
	pv->rf->written = false;
	if (!preview_text(pv)) {
		ui_message(app->ui, _("Not saved"), _("cannot show the report"));
		free(pv->buf);
		free(pv);
		return NULL;
	}
	return pv;
}

static void preview_close(void *st)
{
	struct preview *pv = st;
	free(pv->lines);
	free(pv->buf);
	free(pv);
}

static int preview_key(void *st, enum action a, int key)
{
	struct preview *pv = st;
	int page = pv->height > 1 ? pv->height - 1 : 1, step = pv->width / 2 > 8 ? pv->width / 2 : 8;
	(void)key;
	if (a == ACT_WRITE) {
		if ((pv->rf->written = write_report(pv->rf->app, pv->rf)))
			return SCREEN_CLOSE;
	} else if (a == ACT_PRINT) {
		print_report(pv->rf->app, pv->rf);
	} else if (a == ACT_UP) {
		pv->top--;
	} else if (a == ACT_DOWN) {
		pv->top++;
	} else if (a == ACT_PAGE_UP) {
		pv->top -= page;
	} else if (a == ACT_PAGE_DOWN) {
		pv->top += page;
	} else if (a == ACT_FIRST) {
		pv->top = 0;
		pv->left = 0;
	} else if (a == ACT_LAST) {
		pv->top = pv->n;
	} else if (a == ACT_SCROLL_LEFT) {
		pv->left = pv->left > step ? pv->left - step : 0;
	} else if (a == ACT_SCROLL_RIGHT) {
		if (pv->left + pv->width < pv->widest)
			pv->left += step;
	} else {
		return SCREEN_UNUSED;
	}
	if (pv->top > pv->n - pv->height)
		pv->top = pv->n - pv->height;
	if (pv->top < 0)
		pv->top = 0;
	return SCREEN_DONE;
}

static const enum ui_context preview_contexts[] = { CTX_PREVIEW, CTX_LIST, CTX_GLOBAL, CTX_END };
static const enum action preview_bar[] = {
	ACT_WRITE, ACT_PRINT, ACT_BACK, ACT_PAGE_DOWN, ACT_SCROLL_RIGHT, ACT_HELP, ACT_QUIT, ACT_NONE,
};

static const struct screen_ops preview_screen = {
	.name = "preview", .title = N_("Reports"),
	.open = preview_open, .close = preview_close, .draw = preview_draw, .key = preview_key,
	.contexts = preview_contexts, .bar = preview_bar,
};

static bool preview_run(struct app *app, struct report_form *rf)
{
	rf->written = false;
	screen_run(app, &preview_screen, rf);
	return rf->written;
}

/* One report: the form, the preview, the file. */
static void report_run(struct app *app, const struct report_kind *kind)
{
	struct report_form *rf = calloc(1, sizeof *rf);
	if (!rf)
		abort();
	rf->app = app;
	rf->kind = kind;
	setup_form(rf);
	while (form_run(app->ui, &rf->form)) {
		bool written = preview_run(app, rf);
		sheet_free(rf->sheet);
		free(rf->text);
		rf->sheet = NULL;
		rf->text = NULL;
		if (written || ui_quitting(app->ui))
			break;
	}
	free((char *)rf->form.title);
	free(rf);
}

/* ---- The list */

/* What a report asks for and the formats it is written in: "by quarter or
 * year · XLSX CSV TXT PDF", beside its title in the list. */
static void report_what(const struct report_kind *k, char *out, size_t size)
{
	unsigned p = k->params;
	const char *period = (p & RP_QUARTER) && (p & RP_YEAR) ? _("by quarter or year")
			   : (p & RP_QUARTER) ? _("by quarter") : (p & RP_YEAR) ? _("by year")
			   : (p & RP_NOTICE) ? _("for one person") : (p & RP_AS_OF) ? _("as of a day") : _("as it is now");
	size_t len = (size_t)snprintf(out, size, "%s ·", period);
	static const enum out_format order[] = { OUT_XLSX, OUT_CSV, OUT_TXT, OUT_PDF };
	for (int i = 0; i < 4 && len < size; i++)
		if (k->formats & REPORT_FORMAT(order[i]))
			len += (size_t)snprintf(out + len, size - len, " %s", format_names[order[i]]);
}

static void reports_draw(void *view, struct ui *ui)
{
	struct reports_view *rv = view;
	int y, h, cols = ui_cols(ui), n = report_kind_count;
	ui_area(ui, &y, &h);
	char head[256];
	snprintf(head, sizeof head, " %s", _("Reports and registers: Enter chooses the period, format and file"));
	ui_text(y, 0, cols, head, UI_HEADER);
	y += 1;
	h -= 3;
	rv->rows = h;
	if (rv->sel < rv->top)
		rv->top = rv->sel;
	if (rv->sel >= rv->top + h)
		rv->top = rv->sel - h + 1;
	int title_w = 0;
	for (int i = 0; i < n; i++) {
		int w = text_width(_(report_kinds[i].title));
		if (w > title_w)
			title_w = w;
	}
	if (title_w > cols / 2)
		title_w = cols / 2;
	for (int i = 0; i < h && rv->top + i < n; i++) {
		const struct report_kind *k = &report_kinds[rv->top + i];
		bool sel = rv->top + i == rv->sel;
		char what[256];
		enum ui_style st = sel ? UI_SELECTED : UI_NORMAL;
		report_what(k, what, sizeof what);
		ui_fill(y + i, 0, cols, st);
		ui_text(y + i, 2, title_w, _(k->title), st);
		ui_text(y + i, 4 + title_w, cols - 5 - title_w, what, sel ? UI_SELECTED : UI_DIM);
	}
	char cmd[256];
	snprintf(cmd, sizeof cmd, _("On the command line: zhibu %s; s shows the statistics as bar charts."),
		 report_kinds[rv->sel].command);
	ui_text(y + h + 1, 1, cols - 2, cmd, UI_DIM);
}

static int reports_key(void *st, enum action a, int key)
{
	struct reports_view *rv = st;
	struct app *app = rv->app;
	int n = report_kind_count, page = rv->rows > 1 ? rv->rows - 1 : 1;
	(void)key;
	switch (a) {
	case ACT_UP: rv->sel--; break;
	case ACT_DOWN: rv->sel++; break;
	case ACT_PAGE_UP: rv->sel -= page; break;
	case ACT_PAGE_DOWN: rv->sel += page; break;
	case ACT_FIRST: rv->sel = 0; break;
	case ACT_LAST: rv->sel = n - 1; break;
	case ACT_OPEN:
		report_run(app, &report_kinds[rv->sel]);
		return SCREEN_DONE;
	case ACT_STATISTICS:
		screen_run(app, &screen_stats, NULL);
		return SCREEN_DONE;
	default:
		return SCREEN_UNUSED;
	}
	if (rv->sel >= n)
		rv->sel = n - 1;
	if (rv->sel < 0)
		rv->sel = 0;
	return SCREEN_DONE;
}

const struct screen_ops screen_reports = {
	.name = "reports", .title = N_("Reports"),
	.help = N_("Every report and register, written to a file after a preview"),
	.open = reports_open, .close = reports_close, .draw = reports_draw, .key = reports_key,
	.contexts = contexts, .bar = bar,
};
