/* zhibu meeting ACTION ...: the everyday writes of the meetings part --
 * record a minute (from options, a file or $EDITOR), correct it, cancel it,
 * record attendance and votes, the committee's offices, group leaders,
 * 民主评议 grades and the requirements.  The work is done by src/db and
 * src/rules, which the minutes screen calls too. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/rectify_cli.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/evaluation.h"
#include "db/group.h"
#include "db/meeting.h"
#include "db/role.h"
#include "io/editor.h"
#include "io/encoding.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/talks.h"

#define EDIT_ROUNDS 5

/* ---- Shared pieces */

/* Problems with a minute go to standard error, and into notes (when given)
 * so that the editor can show them above the text. */
struct problems {
	int count;
	char *notes;
	size_t len;
};

static void note_problem(void *ctx, enum minute_field f, const char *why)
{
	struct problems *p = ctx;
	char line[1024];
	if (f < MIN_COUNT)
		snprintf(line, sizeof line, "%s: %s", minute_fields[f].header, why);
	else
		snprintf(line, sizeof line, "%s", why);
	fprintf(stderr, "zhibu: %s\n", line);
	p->count++;
	size_t n = strlen(line);
	p->notes = realloc(p->notes, p->len + n + 4);
	if (!p->notes)
		abort();
	memcpy(p->notes + p->len, "# ", 2);
	memcpy(p->notes + p->len + 2, line, n);
	p->len += n + 3;
	p->notes[p->len - 1] = '\n';
	p->notes[p->len] = '\0';
}

static void problems_clear(struct problems *p)
{
	free(p->notes);
	memset(p, 0, sizeof *p);
}

static bool parse_number(const char *v, long long lo, long long hi, long long *out)
{
	char *end;
	long long n = strtoll(v, &end, 10);
	if (!*v || *end || n < lo || n > hi)
		return false;
	*out = n;
	return true;
}

/* A date option: any form date_parse reads, into ISO. */
static bool parse_day(const char *v, char out[DATE_ISO_SIZE])
{
	struct date d;
	const char *why;
	if (!date_parse(v, &d, &why))
		return false;
	date_format(d, out);
	return true;
}

static void today_iso(char out[DATE_ISO_SIZE])
{
	date_format(date_today(), out);
}

/* The member called name on day, or 0 after printing why. */
static long long member_named(struct db *db, const char *name, const char *day)
{
	long long id;
	char why[512];
	if (meeting_member_by_name(db, name, day, &id, why, sizeof why) == MATCH_FOUND)
		return id;
	fprintf(stderr, "zhibu: %s\n", why);
	return 0;
}

/* A whole file as UTF-8 (GB18030 converted); NULL after printing why. */
static char *read_text_file(const char *path)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f) {
		fprintf(stderr, "zhibu: %s: %s\n", path, errno_text(errno));
		return NULL;
	}
	size_t cap = 4096, len = 0, n;
	char *raw = malloc(cap);
	if (!raw)
		abort();
	while ((n = fread(raw + len, 1, cap - len, f)) > 0) {
		len += n;
		if (len == cap) {
			cap *= 2;
			raw = realloc(raw, cap);
			if (!raw)
				abort();
		}
	}
	if (f != stdin)
		fclose(f);
	const char *why = NULL;
	size_t out_len, bad_line = 0;
	enum text_encoding detected;
	char *text = encoding_to_utf8(raw, len, ENC_AUTO, &detected, &out_len, &bad_line, &why);
	free(raw);
	if (!text)
		fprintf(stderr, "zhibu: %s:%zu: %s\n", path, bad_line, why);
	return text;
}

/* The options that set a field of a minute. */
static const struct {
	const char *option;
	enum minute_field field;
} field_options[] = {
	{ "--kind", MIN_KIND }, { "--date", MIN_DATE }, { "--title", MIN_TITLE },
	{ "--group", MIN_GROUP }, { "--place", MIN_PLACE }, { "--start", MIN_START },
	{ "--end", MIN_END }, { "--host", MIN_HOST }, { "--recorder", MIN_RECORDER },
	{ "--speaker", MIN_SPEAKER }, { "--present", MIN_PRESENT }, { "--absent", MIN_ABSENT },
	{ "--guests", MIN_GUESTS }, { "--agenda", MIN_AGENDA }, { "--discussion", MIN_DISCUSSION },
	{ "--decisions", MIN_DECISIONS },
};

struct field_value {
	enum minute_field field;
	const char *value;
};

/* Try argv[*i] as a field option: 1 taken (into values), 0 not, -1 usage
 * error reported. */
static int field_option(const char *cmd, int argc, char **argv, int *i, bool attendance,
			struct field_value *values, int *nvalues)
{
	for (size_t k = 0; k < sizeof field_options / sizeof field_options[0]; k++) {
		bool missing;
		const char *v = cli_opt_value(argc, argv, i, field_options[k].option, &missing);
		if (missing) {
			cli_usage(cmd, _("%s needs a value"), argv[*i]);
			return -1;
		}
		if (!v)
			continue;
		enum minute_field f = field_options[k].field;
		if (!attendance && (f == MIN_PRESENT || f == MIN_ABSENT)) {
			cli_usage(cmd, _("record attendance with: zhibu meeting attend --id N"));
			return -1;
		}
		values[(*nvalues)++] = (struct field_value){ f, v };
		return 1;
	}
	return 0;
}

/* Set the fields the options gave; a long text given twice goes on over
 * two lines. */
static void apply_fields(struct meeting *m, const struct field_value *values, int n, struct problems *p)
{
	bool seen[MIN_COUNT] = { false };
	for (int i = 0; i < n; i++) {
		enum minute_field f = values[i].field;
		const char *v = values[i].value;
		char *joined = NULL;
		if (seen[f] && minute_fields[f].multiline && f != MIN_PRESENT && f != MIN_ABSENT) {
			const char *old = f == MIN_GUESTS ? m->guests : f == MIN_AGENDA ? m->agenda
					: f == MIN_DISCUSSION ? m->discussion : m->decisions;
			if (asprintf(&joined, "%s\n%s", old, v) < 0)
				abort();
			v = joined;
		}
		seen[f] = true;
		const char *why = minute_set_field(m, f, v);
		if (why)
			note_problem(p, f, why);
		free(joined);
	}
}

static bool ask_again(void)
{
	if (!isatty(STDIN_FILENO))
		return false;
	fprintf(stderr, _("Edit the minute again? [Y/n] "));
	char answer[16];
	if (!fgets(answer, sizeof answer, stdin))
		return false;
	return answer[0] != 'n' && answer[0] != 'N';
}

/* Edit m's text form in $EDITOR until it reads without problems (or the
 * user gives up).  Returns false when nothing should be recorded. */
static bool edit_minute(struct db *db, struct meeting *m, bool attendance, struct problems *p)
{
	char *text = minute_to_text(m, attendance);
	for (int round = 0; round < EDIT_ROUNDS; round++) {
		char *shown = text, *edited = NULL, *err = NULL;
		if (p->notes && asprintf(&shown, "%s%s", p->notes, text) < 0)
			abort();
		problems_clear(p);
		enum editor_result r = editor_edit(shown, "minute.txt", &edited, &err);
		if (shown != text)
			free(shown);
		if (r == EDITOR_FAILED) {
			fprintf(stderr, "zhibu: %s\n", err ? err : "?");
			free(err);
			free(text);
			return false;
		}
		if (r == EDITOR_UNCHANGED && round == 0) {
			fprintf(stderr, _("zhibu: the minute was not changed in the editor.\n"));
			free(text);
			return false;
		}
		if (edited) {
			free(text);
			text = edited;
		}
		/* Read the text into a fresh minute (keeping the id of one being corrected). */
		long long id = m->id;
		meeting_done(m);
		meeting_init(m);
		if (id && !meeting_get(db, id, m)) {
			free(text);
			return false;
		}
		minute_from_text(m, text, attendance, note_problem, p);
		if (!p->count)
			minute_check(m, date_today(), note_problem, p);
		if (!p->count)
			meeting_resolve(db, m, note_problem, p);
		if (!p->count || !ask_again())
			break;
	}
	free(text);
	return p->count == 0;
}

/* ---- add, edit, cancel, list */

/* --id N, required by the actions on one minute. */
static int id_option(const char *cmd, int argc, char **argv, int *i, long long *id)
{
	bool missing;
	const char *v = cli_opt_value(argc, argv, i, "--id", &missing);
	if (missing) {
		cli_usage(cmd, _("%s needs a value"), argv[*i]);
		return -1;
	}
	if (!v)
		return 0;
	if (!parse_number(v, 1, 1LL << 62, id)) {
		cli_usage(cmd, _("--id takes a meeting number"));
		return -1;
	}
	return 1;
}

/* The options of meeting add and meeting edit: the field options, --file
 * FILE and --edit, and for edit (id not NULL) --id N; there the field
 * options take no attendance (meeting attend changes it).  Returns 0, or the
 * exit status of a usage error it reported. */
static int minute_options(int argc, char **argv, long long *id, struct field_value *values, int *nvalues,
			  const char **file, bool *edit)
{
	for (int i = 1; i < argc; i++) {
		bool missing = false;
		const char *v;
		int taken = field_option("meeting", argc, argv, &i, !id, values, nvalues);
		if (!taken && id)
			taken = id_option("meeting", argc, argv, &i, id);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--file", &missing)))
			*file = v;
		else if (!missing && !strcmp(argv[i], "--edit"))
			*edit = true;
		else
			return cli_bad_option("meeting", argv[i], missing);
	}
	return 0;
}

/* The part that add and edit share once the minute holds what --file gave:
 * apply the field options, then either open it in the editor (--edit) or
 * check it and resolve its names to members (attendance: the minute's text
 * form has the attendance, as a new one does).  True when nothing is wrong;
 * the problems are in p. */
static bool complete_minute(struct db *db, struct meeting *m, const struct field_value *values,
			    int nvalues, bool edit, bool attendance, struct problems *p)
{
	apply_fields(m, values, nvalues, p);
	if (p->count)
		return false;
	if (edit)
		return edit_minute(db, m, attendance, p);
	minute_check(m, date_today(), note_problem, p);
	if (!p->count)
		meeting_resolve(db, m, note_problem, p);
	return p->count == 0;
}

/* The year's 组织生活会 asks for the 谈心谈话 coverage first: a warning. */
static void talks_warn_org_life(struct db *db, const struct meeting *m)
{
	struct date day;
	char buf[512];
	const char *why;
	if (m->kind == MK_ORG_LIFE && date_parse_iso(m->date, &day) &&
	    (why = talks_coverage_warning(db, day, buf, sizeof buf)))
		fprintf(stderr, _("zhibu: warning: %s\n"), why);
}

static int meeting_add(struct cli *cli, int argc, char **argv)
{
	struct field_value *values = calloc((size_t)argc, sizeof *values);
	const char *file = NULL;
	bool edit = false;
	int nvalues = 0;
	if (!values)
		abort();
	int rc = minute_options(argc, argv, NULL, values, &nvalues, &file, &edit);
	if (rc) {
		free(values);
		return rc;
	}
	if (!nvalues && !file && !edit) {
		free(values);
		return cli_usage("meeting", _("give the minute with options, --file FILE or --edit"));
	}
	struct db *db = cli_db(cli, false);
	if (!db) {
		free(values);
		return EXIT_REFUSED;
	}
	struct meeting m;
	struct problems p = { 0 };
	meeting_init(&m);
	if (file) {
		char *text = read_text_file(file);
		if (!text) {
			free(values);
			meeting_done(&m);
			return EXIT_REFUSED;
		}
		minute_from_text(&m, text, true, note_problem, &p);
		free(text);
	}
	bool ok = complete_minute(db, &m, values, nvalues, edit, true, &p);
	free(values);
	long long same = ok ? meeting_find_same(db, &m) : 0;
	if (same) {
		fprintf(stderr, _("zhibu: already recorded as meeting #%lld\n"), same);
		ok = false;
	}
	int status = EXIT_REFUSED;
	if (!ok) {
		fprintf(stderr, _("zhibu: nothing recorded.\n"));
	} else if (!meeting_insert(db, &m)) {
		fprintf(stderr, _("zhibu: nothing recorded: %s\n"), db_error(db));
	} else {
		fprintf(stderr, _("zhibu: recorded meeting #%lld: %s %s (should attend %d, attended %d).\n"),
			m.id, m.date, meeting_kind_names[m.kind], m.turnout.expected, m.turnout.present);
		talks_warn_org_life(db, &m);
		status = EXIT_OK;
	}
	problems_clear(&p);
	meeting_done(&m);
	return status;
}

static int meeting_edit(struct cli *cli, int argc, char **argv)
{
	struct field_value *values = calloc((size_t)argc, sizeof *values);
	const char *file = NULL;
	long long id = 0;
	bool edit = false;
	int nvalues = 0;
	if (!values)
		abort();
	int rc = minute_options(argc, argv, &id, values, &nvalues, &file, &edit);
	if (rc) {
		free(values);
		return rc;
	}
	if (!id || (!nvalues && !edit && !file)) {
		free(values);
		return cli_usage("meeting", _("say which minute with --id N, and what to change (options, --file FILE or --edit)"));
	}
	struct db *db = cli_db(cli, false);
	if (!db) {
		free(values);
		return EXIT_REFUSED;
	}
	struct meeting m;
	struct problems p = { 0 };
	meeting_init(&m);
	int status = EXIT_REFUSED;
	if (!meeting_get(db, id, &m)) {
		fprintf(stderr, _("zhibu: no meeting #%lld\n"), id);
		goto out;
	}
	if (file) {
		char *text = read_text_file(file);
		if (!text)
			goto out;
		minute_from_text(&m, text, false, note_problem, &p);
		free(text);
	}
	bool ok = complete_minute(db, &m, values, nvalues, edit, false, &p);
	if (!ok)
		fprintf(stderr, _("zhibu: nothing changed.\n"));
	else if (!meeting_update(db, &m))
		fprintf(stderr, _("zhibu: nothing changed: %s\n"), db_error(db));
	else {
		fprintf(stderr, _("zhibu: meeting #%lld updated.\n"), id);
		status = EXIT_OK;
	}
out:
	free(values);
	problems_clear(&p);
	meeting_done(&m);
	return status;
}

static int meeting_cancel_cmd(struct cli *cli, int argc, char **argv)
{
	long long id = 0;
	const char *reason = NULL;
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		int taken = id_option("meeting", argc, argv, &i, &id);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--reason", &missing)))
			reason = v;
		else
			return cli_bad_option("meeting", argv[i], missing);
	}
	if (!id || !reason || text_blank(reason))
		return cli_usage("meeting", _("cancel takes --id N --reason TEXT"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (!meeting_cancel(db, id, reason))
		return cli_fail("%s", db_error(db));
	fprintf(stderr, _("zhibu: meeting #%lld cancelled: it no longer counts.\n"), id);
	return EXIT_OK;
}

static void list_row(void *ctx, const struct meeting *m)
{
	struct sheet *s = ctx;
	sheet_add_row(s, ROW_PLAIN);
	sheet_setf(s, 0, "%lld", m->id);
	sheet_set(s, 1, m->date);
	sheet_set(s, 2, meeting_kind_names[m->kind]);
	sheet_set(s, 3, m->group);
	sheet_set(s, 4, m->title);
	sheet_setf(s, 5, "%d", m->turnout.expected);
	sheet_setf(s, 6, "%d", m->turnout.present);
	if (m->cancelled)
		sheet_set(s, 7, _("cancelled"));
}

static int meeting_list(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	struct meeting_filter f;
	struct period p = { PERIOD_YEAR, date_today().y, 1 };
	int kind = -1;
	bool cancelled = false;
	output_options_init(&out);
	meeting_filter_init(&f);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		int taken = output_option(&out, "meeting", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			if (!period_parse(v, &p) || p.kind != PERIOD_YEAR)
				return cli_usage("meeting", _("--year takes a year such as 2026"));
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--period", &missing))) {
			if (!period_parse(v, &p))
				return cli_usage("meeting", _("%s is not a period (2026, 2026H2, 2026Q3 or 2026-10)"), v);
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--kind", &missing))) {
			if ((kind = meeting_kind_parse(v)) < 0)
				return cli_usage("meeting", _("no meeting kind called %s"), v);
		} else if (!missing && !strcmp(argv[i], "--all")) {
			cancelled = true;
		} else {
			return cli_bad_option("meeting", argv[i], missing);
		}
	}
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	meeting_filter_period(&f, kind, p);
	f.include_cancelled = cancelled;
	char label[PERIOD_LABEL_SIZE], subtitle[256];
	period_format(p, label);
	report_subtitle(db, label, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Minutes"), subtitle, NULL);
	sheet_add_column(s, _("No."), CELL_NUMBER);
	sheet_add_column(s, _("Date"), CELL_TEXT);
	sheet_add_column(s, _("Kind"), CELL_TEXT);
	sheet_add_column(s, _("Party group"), CELL_TEXT);
	sheet_add_column(s, _("Topic"), CELL_TEXT);
	sheet_add_column(s, _("Should attend"), CELL_NUMBER);
	sheet_add_column(s, _("Attended"), CELL_NUMBER);
	sheet_add_column(s, _("Note"), CELL_TEXT);
	if (!meeting_each(db, &f, list_row, s)) {
		sheet_free(s);
		return cli_fail("%s", db_error(db));
	}
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}

/* ---- attendance and votes */

struct attend_ctx {
	struct db *db;
	const char *day;
	long long meeting;
	int mode;           /* 1 present, 0 absent, -1 remove */
	int problems;
};

static void attend_one(void *ctx, const char *name, const char *reason)
{
	struct attend_ctx *c = ctx;
	long long id = member_named(c->db, name, c->day);
	if (!id) {
		c->problems++;
		return;
	}
	bool ok = c->mode < 0 ? meeting_unattend(c->db, c->meeting, id)
			      : meeting_attend(c->db, c->meeting, id, c->mode == 1, reason);
	if (!ok) {
		fprintf(stderr, "zhibu: %s: %s\n", name, db_error(c->db));
		c->problems++;
	}
}

static int meeting_attend_cmd(struct cli *cli, int argc, char **argv)
{
	const char *lists[3] = { NULL, NULL, NULL }; /* present, absent, remove */
	static const char *const names[3] = { "--present", "--absent", "--remove" };
	long long id = 0;
	for (int i = 1; i < argc; i++) {
		int taken = id_option("meeting", argc, argv, &i, &id);
		if (taken < 0)
			return EXIT_USAGE;
		for (int k = 0; !taken && k < 3; k++) {
			bool missing;
			const char *v = cli_opt_value(argc, argv, &i, names[k], &missing);
			if (missing)
				return cli_usage("meeting", _("%s needs a value"), argv[i]);
			if (v) {
				lists[k] = v;
				taken = 1;
			}
		}
		if (!taken)
			return cli_usage("meeting", _("unknown argument %s"), argv[i]);
	}
	if (!id || (!lists[0] && !lists[1] && !lists[2]))
		return cli_usage("meeting", _("attend takes --id N and --present, --absent or --remove NAMES"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct meeting m;
	meeting_init(&m);
	bool found = meeting_get(db, id, &m);
	if (!found) {
		meeting_done(&m);
		return cli_fail(_("no meeting #%lld"), id);
	}
	if (!db_begin(db)) {
		meeting_done(&m);
		return cli_fail("%s", db_error(db));
	}
	struct attend_ctx c = { db, m.date, id, 0, 0 };
	for (int k = 0; k < 3; k++) {
		if (!lists[k])
			continue;
		c.mode = k == 0 ? 1 : k == 1 ? 0 : -1;
		const char *why = name_list_parse(lists[k], attend_one, &c);
		if (why) {
			fprintf(stderr, "zhibu: %s: %s\n", names[k], why);
			c.problems++;
		}
	}
	int status = EXIT_REFUSED;
	if (c.problems) {
		db_rollback(db);
		fprintf(stderr, _("zhibu: nothing recorded.\n"));
	} else if (!db_commit(db) || !meeting_turnout_get(db, id, &m.turnout)) {
		fprintf(stderr, _("zhibu: nothing recorded: %s\n"), db_error(db));
	} else {
		fprintf(stderr, _("zhibu: attendance of meeting #%lld recorded (should attend %d, attended %d).\n"),
			id, m.turnout.expected, m.turnout.present);
		status = EXIT_OK;
	}
	meeting_done(&m);
	return status;
}

static int meeting_vote_cmd(struct cli *cli, int argc, char **argv)
{
	static const char *const names[3] = { "--for", "--against", "--abstain" };
	long long counts[3] = { -1, -1, 0 }, id = 0;
	const char *motion = NULL;
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		int taken = id_option("meeting", argc, argv, &i, &id);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--motion", &missing))) {
			motion = v;
			continue;
		}
		for (int k = 0; !missing && !taken && k < 3; k++) {
			if (!(v = cli_opt_value(argc, argv, &i, names[k], &missing)))
				continue;
			if (!parse_number(v, 0, 100000, &counts[k]))
				return cli_usage("meeting", _("%s takes a number of votes"), names[k]);
			taken = 1;
		}
		if (missing || !taken)
			return cli_bad_option("meeting", argv[i], missing);
	}
	if (!id || !motion || text_blank(motion) || counts[0] < 0 || counts[1] < 0)
		return cli_usage("meeting", _("vote takes --id N --motion TEXT --for N --against N [--abstain N]"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct vote_result r;
	long long motion_id;
	if (!meeting_vote(db, id, motion, (int)counts[0], (int)counts[1], (int)counts[2], &r, &motion_id))
		return cli_fail(_("the vote was not recorded: %s"), db_error(db));
	fprintf(stderr, _("zhibu: vote recorded: %s\n"), meeting_vote_result_name(&r));
	if (r.why)
		fprintf(stderr, "zhibu: %s\n", r.why);
	return EXIT_OK;
}

/* ---- the committee and the groups */

static void role_row(void *ctx, const struct role_term *t)
{
	struct sheet *s = ctx;
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, branch_role_names[t->role]);
	sheet_set(s, 1, t->name);
	sheet_set(s, 2, t->start);
	sheet_set(s, 3, t->end);
}

static int meeting_role(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	const char *end_name = NULL, *positional[2] = { NULL, NULL };
	char day[DATE_ISO_SIZE];
	bool all = false;
	int npos = 0, role = ROLE_COUNT;
	output_options_init(&out);
	today_iso(day);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		int taken = output_option(&out, "meeting", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--from", &missing)) ||
		    (!missing && (v = cli_opt_value(argc, argv, &i, "--on", &missing)))) {
			if (!parse_day(v, day))
				return cli_usage("meeting", _("%s is not a date"), v);
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--end", &missing))) {
			end_name = v;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--role", &missing))) {
			if ((role = branch_role_parse(v)) < 0)
				return cli_usage("meeting", _("no office called %s (书记, 副书记, 组织委员, 宣传委员, 纪检委员, 委员)"), v);
		} else if (!missing && !strcmp(argv[i], "--all")) {
			all = true;
		} else if (!missing && argv[i][0] != '-' && npos < 2) {
			positional[npos++] = argv[i];
		} else {
			return cli_bad_option("meeting", argv[i], missing);
		}
	}
	if (npos == 1 || (end_name && npos))
		return cli_usage("meeting", _("role takes OFFICE NAME [--from DATE], or --end NAME [--role OFFICE] [--on DATE]"));
	if (npos == 2 && (role = branch_role_parse(positional[0])) < 0)
		return cli_usage("meeting", _("no office called %s (书记, 副书记, 组织委员, 宣传委员, 纪检委员, 委员)"), positional[0]);
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (npos == 2 || end_name) {
		long long id = member_named(db, npos == 2 ? positional[1] : end_name, day);
		if (!id)
			return EXIT_REFUSED;
		bool ok = npos == 2 ? role_assign(db, (enum branch_role)role, id, day)
				    : role_end(db, id, (enum branch_role)role, day);
		if (!ok)
			return cli_fail("%s", db_error(db));
		if (npos == 2)
			fprintf(stderr, _("zhibu: %s is %s from %s.\n"), positional[1], branch_role_names[role], day);
		else
			fprintf(stderr, _("zhibu: the term of %s ends on %s.\n"), end_name, day);
		return EXIT_OK;
	}
	char subtitle[256];
	report_subtitle(db, all ? NULL : day, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Branch committee"), subtitle, NULL);
	sheet_add_column(s, _("Office"), CELL_TEXT);
	sheet_add_column(s, _("Name"), CELL_TEXT);
	sheet_add_column(s, _("From"), CELL_TEXT);
	sheet_add_column(s, _("To"), CELL_TEXT);
	if (!role_each(db, all ? NULL : day, role_row, s)) {
		sheet_free(s);
		return cli_fail("%s", db_error(db));
	}
	if (!s->nrows)
		sheet_add_footer(s, _("No committee recorded: zhibu meeting role 书记 NAME --from DATE"));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}

static int meeting_leader(struct cli *cli, int argc, char **argv)
{
	if (argc != 3)
		return cli_usage("meeting", _("leader takes GROUP NAME"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	long long group = group_id_by_name(db, argv[1], false);
	if (!group)
		return cli_fail(_("no party group called %s"), argv[1]);
	char day[DATE_ISO_SIZE];
	today_iso(day);
	long long id = member_named(db, argv[2], day);
	if (!id)
		return EXIT_REFUSED;
	if (!group_set_leader(db, group, id))
		return cli_fail("%s", db_error(db));
	fprintf(stderr, _("zhibu: %s leads %s.\n"), argv[2], argv[1]);
	return EXIT_OK;
}

/* ---- 民主评议 */

static void grade_row(void *ctx, const struct evaluation *e)
{
	struct sheet *s = ctx;
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, e->name);
	sheet_set(s, 1, e->group);
	sheet_set(s, 2, grade_names[e->grade]);
	sheet_set(s, 3, e->note);
}

static int grades_list(struct db *db, int year, const struct output_options *out)
{
	char period[16], subtitle[256], line[256], why[256];
	snprintf(period, sizeof period, "%d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("民主评议党员 grades"), subtitle, NULL);
	sheet_add_column(s, _("Name"), CELL_TEXT);
	sheet_add_column(s, _("Party group"), CELL_TEXT);
	sheet_add_column(s, _("Grade"), CELL_TEXT);
	sheet_add_column(s, _("Note"), CELL_TEXT);
	struct grade_tally t;
	if (!evaluation_each(db, year, grade_row, s) || !evaluation_tally(db, year, &t)) {
		sheet_free(s);
		return cli_fail("%s", db_error(db));
	}
	const char *problem = grade_tally_check(&t, why, sizeof why);
	snprintf(line, sizeof line, _("优秀 %d, 合格 %d, 基本合格 %d, 不合格 %d; %s"),
		 t.count[GRADE_EXCELLENT], t.count[GRADE_GOOD], t.count[GRADE_BASIC], t.count[GRADE_FAIL],
		 problem ? problem : _("优秀 within a third of those graded"));
	sheet_add_footer(s, line);
	int status = output_write(out, s);
	sheet_free(s);
	return status;
}

static int meeting_grade(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	struct period p = { PERIOD_YEAR, 0, 1 };
	const char *note = "";
	output_options_init(&out);
	char **pairs = calloc((size_t)argc, sizeof *pairs);
	int npairs = 0;
	if (!pairs)
		abort();
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		int taken = output_option(&out, "meeting", argc, argv, &i);
		if (taken < 0) {
			free(pairs);
			return EXIT_USAGE;
		}
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--year", &missing))) {
			if (!period_parse(v, &p) || p.kind != PERIOD_YEAR) {
				free(pairs);
				return cli_usage("meeting", _("--year takes a year such as 2026"));
			}
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--note", &missing))) {
			note = v;
		} else if (!missing && strchr(argv[i], '=') && argv[i][0] != '-') {
			pairs[npairs++] = argv[i];
		} else {
			free(pairs);
			return cli_bad_option("meeting", argv[i], missing);
		}
	}
	int year = p.year;
	if (!year) {
		free(pairs);
		return cli_usage("meeting", _("grade takes --year YYYY [NAME=GRADE ...]"));
	}
	struct db *db = cli_db(cli, false);
	if (!db) {
		free(pairs);
		return EXIT_REFUSED;
	}
	if (!npairs) {
		free(pairs);
		return grades_list(db, year, &out);
	}
	char day[DATE_ISO_SIZE];
	date_format((struct date){ year, 12, 31 }, day);
	if (!db_begin(db)) {
		free(pairs);
		return cli_fail("%s", db_error(db));
	}
	int problems = 0;
	for (int k = 0; k < npairs; k++) {
		char *eq = strchr(pairs[k], '=');
		*eq = '\0';
		int g = grade_parse(eq + 1);
		long long id = member_named(db, pairs[k], day);
		if (!id) {
			problems++;
		} else if (g < 0) {
			fprintf(stderr, _("zhibu: %s: %s is not a grade (优秀, 合格, 基本合格, 不合格)\n"), pairs[k], eq + 1);
			problems++;
		} else if (!evaluation_set(db, year, id, (enum grade)g, note)) {
			fprintf(stderr, "zhibu: %s\n", db_error(db));
			problems++;
		}
	}
	free(pairs);
	struct grade_tally t;
	char why[256];
	const char *problem = NULL;
	if (!problems && !evaluation_tally(db, year, &t)) {
		fprintf(stderr, "zhibu: %s\n", db_error(db));
		problems++;
	}
	if (!problems && (problem = grade_tally_check(&t, why, sizeof why))) {
		fprintf(stderr, "zhibu: %s\n", problem);
		problems++;
	}
	if (problems) {
		db_rollback(db);
		fprintf(stderr, _("zhibu: no grade recorded.\n"));
		return EXIT_REFUSED;
	}
	if (!db_commit(db))
		return cli_fail("%s", db_error(db));
	fprintf(stderr, _("zhibu: grades for %d recorded: 优秀 %d, 合格 %d, 基本合格 %d, 不合格 %d.\n"),
		year, t.count[GRADE_EXCELLENT], t.count[GRADE_GOOD], t.count[GRADE_BASIC], t.count[GRADE_FAIL]);
	return EXIT_OK;
}

/* ---- requirements */

static int requirements_list(struct db *db, const struct output_options *out)
{
	struct meeting_requirement req[MK_COUNT];
	if (!meeting_requirements_get(db, req))
		return cli_fail("%s", db_error(db));
	char subtitle[256], since[64];
	report_subtitle(db, NULL, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Meeting requirements"), subtitle, NULL);
	sheet_add_column(s, _("Kind"), CELL_TEXT);
	sheet_add_column(s, _("Period"), CELL_TEXT);
	sheet_add_column(s, _("How many"), CELL_NUMBER);
	sheet_add_column(s, _("Per"), CELL_TEXT);
	sheet_add_column(s, _("Requirement"), CELL_TEXT);
	for (int k = 0; k < MK_COUNT; k++) {
		char text[128];
		sheet_add_row(s, ROW_PLAIN);
		sheet_set(s, 0, meeting_kind_names[k]);
		sheet_set(s, 1, period_kind_names[req[k].period]);
		sheet_setf(s, 2, "%d", req[k].count);
		sheet_set(s, 3, req[k].per_group ? _("party group") : _("branch"));
		meeting_requirement_describe(&req[k], text, sizeof text);
		sheet_set(s, 4, text);
	}
	if (settings_get(db, "meetings.since", since, sizeof since, NULL) && *since) {
		char line[128];
		snprintf(line, sizeof line, _("Counted from %s (meetings.since)."), since);
		sheet_add_footer(s, line);
	}
	int status = output_write(out, s);
	sheet_free(s);
	return status;
}

static int meeting_require(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	struct meeting_requirement change = { PERIOD_KIND_COUNT, -1, false };
	const char *since = NULL;
	int kind = -1, per = -1;
	output_options_init(&out);
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v;
		long long n;
		int taken = output_option(&out, "meeting", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (taken)
			continue;
		if ((v = cli_opt_value(argc, argv, &i, "--period", &missing))) {
			int p = period_kind_parse(v);
			if (p < 0)
				return cli_usage("meeting", _("--period takes 月, 季度, 半年 or 年"));
			change.period = (enum period_kind)p;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--count", &missing))) {
			if (!parse_number(v, 0, 99, &n))
				return cli_usage("meeting", _("--count takes a number from 0 to 99"));
			change.count = (int)n;
		} else if (!missing && (v = cli_opt_value(argc, argv, &i, "--since", &missing))) {
			since = v;
		} else if (!missing && !strcmp(argv[i], "--per-group")) {
			per = 1;
		} else if (!missing && !strcmp(argv[i], "--per-branch")) {
			per = 0;
		} else if (!missing && argv[i][0] != '-' && kind < 0) {
			if ((kind = meeting_kind_parse(argv[i])) < 0)
				return cli_usage("meeting", _("no meeting kind called %s"), argv[i]);
		} else {
			return cli_bad_option("meeting", argv[i], missing);
		}
	}
	bool changes = change.period != PERIOD_KIND_COUNT || change.count >= 0 || per >= 0;
	if (changes && kind < 0)
		return cli_usage("meeting", _("name the meeting kind whose requirement changes"));
	if (kind >= 0 && !changes)
		return cli_usage("meeting", _("say what changes: --period, --count, --per-group or --per-branch"));
	char since_iso[DATE_ISO_SIZE] = "";
	if (since && strcmp(since, "none") && !parse_day(since, since_iso))
		return cli_usage("meeting", _("%s is not a date"), since);
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (!changes && !since)
		return requirements_list(db, &out);
	if (since && !settings_set(db, "meetings.since", since_iso))
		return cli_fail("%s", db_error(db));
	if (since && *since_iso)
		fprintf(stderr, _("zhibu: meetings are counted from %s.\n"), since_iso);
	else if (since)
		fprintf(stderr, _("zhibu: meetings are counted from the first minute recorded.\n"));
	if (changes) {
		struct meeting_requirement req[MK_COUNT];
		if (!meeting_requirements_get(db, req))
			return cli_fail("%s", db_error(db));
		struct meeting_requirement r = req[kind];
		if (change.period != PERIOD_KIND_COUNT)
			r.period = change.period;
		if (change.count >= 0)
			r.count = change.count;
		if (per >= 0)
			r.per_group = per;
		if (!meeting_requirement_set(db, (enum meeting_kind)kind, &r))
			return cli_fail("%s", db_error(db));
		char text[128];
		meeting_requirement_describe(&r, text, sizeof text);
		fprintf(stderr, _("zhibu: %s: %s.\n"), meeting_kind_names[kind], text);
	}
	return EXIT_OK;
}

static const struct action {
	const char *name;
	int (*run)(struct cli *cli, int argc, char **argv);
} actions[] = {
	{ "add", meeting_add },
	{ "edit", meeting_edit },
	{ "cancel", meeting_cancel_cmd },
	{ "list", meeting_list },
	{ "attend", meeting_attend_cmd },
	{ "vote", meeting_vote_cmd },
	{ "role", meeting_role },
	{ "leader", meeting_leader },
	{ "grade", meeting_grade },
	{ "require", meeting_require },
	{ "tag", meeting_tag_cmd },
};

int cmd_meeting(struct cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("meeting", _("name what to do: add, edit, cancel, list, attend, vote, role, leader, grade or require"));
	for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++)
		if (!strcmp(actions[i].name, argv[1]))
			return strcmp(argv[1], "list") ? cli_write(cli, actions[i].run, argc - 1, argv + 1)
						       : actions[i].run(cli, argc - 1, argv + 1);
	return cli_usage("meeting", _("no action called %s"), argv[1]);
}
