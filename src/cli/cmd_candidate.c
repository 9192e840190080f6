/* zhibu candidate VERB ...: the everyday writes of 发展党员 — add a person,
 * record a step, an assessment, a 思想汇报 or a 公示, the higher committee's
 * approval, an extension, cancellation or end — and a person's checklist.
 * The checks and the writes are in src/rules/pipeline.c and
 * src/db/candidate.c, shared with the full-screen app; this file only
 * parses and prints. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/candidate_cli.h"
#include "cli/cli.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/text.h"
#include "db/candidate.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/pipeline.h"

#define CMD "candidate"

/* Every option a verb may take; each verb names the ones it accepts. */
struct opts {
	const char *pos[3];
	int npos;
	const char *date, *to, *hours, *who, *people, *result, *number, *vote, *meeting, *group,
		*note, *override, *kind, *from, *months, *reason, *as_of, *id_number, *sex, *birth,
		*ethnicity, *education, *category, *unit, *phone, *applied, *name, *notice_days,
		*thought_reports;
	bool working;
	struct output_options out;
};

static const struct opt_spec {
	const char *name;
	size_t offset;
} opt_specs[] = {
#define O(n, f) { n, offsetof(struct opts, f) }
	O("--date", date), O("--to", to), O("--hours", hours), O("--who", who), O("--people", people),
	O("--result", result), O("--number", number), O("--vote", vote), O("--meeting", meeting),
	O("--group", group), O("--note", note), O("--override", override), O("--kind", kind),
	O("--from", from), O("--months", months), O("--reason", reason), O("--as-of", as_of),
	O("--id-number", id_number), O("--sex", sex), O("--birth", birth), O("--ethnicity", ethnicity),
	O("--education", education), O("--category", category), O("--unit", unit), O("--phone", phone),
	O("--applied", applied), O("--name", name), O("--notice-days", notice_days),
	O("--thought-reports", thought_reports),
#undef O
};

static bool allowed(const char *name, const char *list)
{
	size_t n = strlen(name);
	for (const char *p = strstr(list, name); p; p = strstr(p + 1, name))
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

/* Parse argv (argv[0] the verb) taking the options in list (space
 * separated, "--format" for the output options) and at most maxpos
 * positional arguments.  Returns 0 or the exit status of a usage error. */
static int parse(struct opts *o, int argc, char **argv, const char *list, int maxpos)
{
	memset(o, 0, sizeof *o);
	output_options_init(&o->out);
	for (int i = 1; i < argc; i++) {
		bool missing = false, taken = false;
		if (allowed("--format", list)) {
			int r = output_option(&o->out, CMD, argc, argv, &i);
			if (r < 0)
				return EXIT_USAGE;
			if (r)
				continue;
		}
		if (!strcmp(argv[i], "--working") && allowed("--working", list)) {
			o->working = true;
			continue;
		}
		for (size_t k = 0; k < sizeof opt_specs / sizeof opt_specs[0] && !taken && !missing; k++) {
			if (!allowed(opt_specs[k].name, list))
				continue;
			const char *v = cli_opt_value(argc, argv, &i, opt_specs[k].name, &missing);
			if (v) {
				*(const char **)((char *)o + opt_specs[k].offset) = v;
				taken = true;
			}
		}
		if (taken)
			continue;
		if (missing)
			return cli_usage(CMD, _("%s needs a value"), argv[i]);
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage(CMD, _("%s: unknown argument %s"), argv[0], argv[i]);
		if (o->npos == maxpos)
			return cli_usage(CMD, _("%s: unexpected argument %s"), argv[0], argv[i]);
		o->pos[o->npos++] = argv[i];
	}
	return 0;
}

/* A date option in any form people type, normalised to ISO. */
static int want_date(const char *opt, const char *v, char out[DATE_ISO_SIZE], bool required)
{
	struct date d;
	const char *why;
	out[0] = '\0';
	if (!v) {
		if (required)
			return cli_usage(CMD, _("%s is required"), opt);
		return 0;
	}
	if (!date_parse(v, &d, &why))
		return cli_usage(CMD, "%s %s: %s", opt, v, why);
	date_format(d, out);
	return 0;
}

static int want_int(const char *opt, const char *v, int lo, int hi, int *out)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < lo || n > hi)
		return cli_usage(CMD, _("%s takes a whole number from %d to %d"), opt, lo, hi);
	*out = (int)n;
	return 0;
}

int candidate_cli_find(struct db *db, const char *text, long long *id)
{
	int n = candidate_find(db, text, id);
	if (n < 0)
		return cli_fail("%s", db_error(db));
	if (n == 0)
		return cli_fail(_("no candidate is called %s (see zhibu report pipeline)"), text);
	if (n > 1)
		return cli_fail(_("%d candidates are called %s: give the ID number instead"), n, text);
	return EXIT_OK;
}

static void print_problem(const struct pipeline_problem *p)
{
	if (p->step > 0)
		fprintf(stderr, _("  step %d (%s): %s [%s]\n"), p->step, pipeline_steps[p->step].name, p->why,
			pipeline_rule_code(p->rule));
	else
		fprintf(stderr, "  %s [%s]\n", p->why, pipeline_rule_code(p->rule));
}

/* After a write: print what stopped it, or the rules set aside. */
static int report_write(struct db *db, const char *who, bool ok, const struct pipeline_problems *pp)
{
	if (ok) {
		if (pp->count)
			fprintf(stderr, _("zhibu: %s: recorded, rule set aside with the reason given:\n"), who);
		for (int i = 0; i < pp->count; i++)
			print_problem(&pp->p[i]);
		return EXIT_OK;
	}
	if (!pp->count)
		return cli_fail("%s", db_error(db));
	fprintf(stderr, _("zhibu: %s: not recorded:\n"), who);
	for (int i = 0; i < pp->count; i++)
		print_problem(&pp->p[i]);
	if (!pipeline_problems_hard(pp))
		fprintf(stderr, _("To record it anyway, give the reason: --override REASON\n"));
	return EXIT_REFUSED;
}

/* Open the database and find the person of o->pos[0]. */
static struct db *open_person(struct cli *cli, const struct opts *o, long long *id, int *status)
{
	*status = EXIT_OK;
	if (o->npos < 1) {
		*status = cli_usage(CMD, _("name the person (name or ID number)"));
		return NULL;
	}
	struct db *db = cli_db(cli, false);
	if (!db) {
		*status = EXIT_REFUSED;
		return NULL;
	}
	*status = candidate_cli_find(db, o->pos[0], id);
	return *status ? NULL : db;
}

/* ---- add ---- */

static void print_field_problem(void *ctx, enum member_field f, const char *why)
{
	(void)ctx;
	fprintf(stderr, "zhibu: %s: %s\n", member_fields[f].header, why);
}

#define PERSON_OPTIONS "--id-number --sex --birth --ethnicity --education --category --unit --phone --note"

/* Set the personal fields that name and the options give, checked as the
 * roster checks them; the sex from the ID number when not given.  Returns
 * the number of problems, printed. */
static int set_person(struct member *p, const struct opts *o, const char *name)
{
	const struct { enum member_field f; const char *v; } fields[] = {
		{ MF_NAME, name }, { MF_ID_NUMBER, o->id_number }, { MF_SEX, o->sex },
		{ MF_BIRTH_DATE, o->birth }, { MF_ETHNICITY, o->ethnicity }, { MF_EDUCATION, o->education },
		{ MF_CATEGORY, o->category }, { MF_WORK_UNIT, o->unit }, { MF_PHONE, o->phone }, { MF_NOTE, o->note },
	};
	int problems = 0;
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		const char *why;
		if (fields[i].v && (why = member_set_field(p, fields[i].f, fields[i].v))) {
			print_field_problem(NULL, fields[i].f, why);
			problems++;
		}
	}
	if (!problems && !o->sex && o->id_number) {
		enum sex sex;
		const char *why;
		if (idnum_parse(p->id_number, p->id_number, NULL, &sex, &why))
			snprintf(p->sex, sizeof p->sex, "%s", sex == SEX_MALE ? "男" : "女");
	}
	return problems ? problems : member_check(p, date_today(), print_field_problem, NULL);
}

static int verb_add(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	int rc = parse(&o, argc, argv, PERSON_OPTIONS " --applied --override", 1);
	if (rc)
		return rc;
	if (o.npos < 1)
		return cli_usage(CMD, _("add: name the person"));
	if (!o.id_number)
		return cli_usage(CMD, _("%s is required"), "--id-number");
	struct candidate *c = malloc(sizeof *c);
	if (!c)
		abort();
	candidate_init(c);
	if (set_person(&c->person, &o, o.pos[0]))
		rc = EXIT_REFUSED;
	else
		rc = want_date("--applied", o.applied, c->d.steps[1].date, false);
	struct db *db = rc ? NULL : cli_db(cli, true);
	if (!db) {
		free(c);
		return rc ? rc : EXIT_REFUSED;
	}
	struct pipeline_problems pp;
	bool ok = candidate_add(db, c, o.override, date_today(), &pp);
	rc = report_write(db, c->person.name, ok, &pp);
	if (ok)
		fprintf(stderr, _("zhibu: %s added (%s).\n"), c->person.name, pipeline_stage_name(pipeline_stage_of(&c->d)));
	free(c);
	return rc;
}

/* Correct the personal record of someone not yet in the roster (after
 * admission the roster holds it). */
static int verb_edit(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	long long id, other;
	int rc = parse(&o, argc, argv, PERSON_OPTIONS " --name", 1);
	if (rc)
		return rc;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	struct candidate *c = malloc(sizeof *c);
	if (!c)
		abort();
	if (!candidate_get(db, id, c))
		rc = cli_fail("%s", db_error(db));
	else if (c->member_id)
		rc = cli_fail(_("%s is in the roster now: correct the personal record there"), c->person.name);
	else if (set_person(&c->person, &o, o.name))
		rc = EXIT_REFUSED;
	else if (o.id_number && candidate_find(db, c->person.id_number, &other) > 0 && other != id)
		rc = cli_fail(_("%s is already in the pipeline"), c->person.id_number);
	else if (!candidate_update_person(db, c))
		rc = cli_fail("%s", db_error(db));
	else
		fprintf(stderr, _("zhibu: %s: personal record updated.\n"), c->person.name);
	free(c);
	return rc;
}

/* ---- step ---- */

static int parse_vote(const char *v, struct vote_count *out)
{
	int n[5], k = 0;
	const char *p = v;
	while (k < 5) {
		char *end;
		long x = strtol(p, &end, 10);
		if (end == p || x < 0 || x > 100000)
			break;
		n[k++] = (int)x;
		p = end;
		if (*p == '\0')
			break;
		if (*p != ',' && *p != '/' && strncmp(p, "，", strlen("，")) != 0)
			break;
		p += *p == ',' || *p == '/' ? 1 : strlen("，");
	}
	if (k != 5 || *p != '\0')
		return cli_usage(CMD, _("--vote takes five numbers: 应到,实到,赞成,反对,弃权 (e.g. 30,28,27,1,0)"));
	*out = (struct vote_count){ n[0], n[1], n[2], n[3], n[4] };
	return 0;
}

static void print_why(void *ctx, const char *why)
{
	int *problems = ctx;
	fprintf(stderr, "zhibu: --people: %s\n", why);
	(*problems)++;
}

/* Names separated by 、 resolved against the roster. */
static int parse_people(struct db *db, const char *list, struct pipeline_person *out, int *n)
{
	int problems = 0;
	*n = candidate_people_parse(db, list, out, PIPELINE_MAX_PEOPLE, print_why, &problems);
	if (*n < 0)
		return cli_fail("%s", db_error(db));
	return problems ? EXIT_REFUSED : EXIT_OK;
}

/* Options a step does not use are refused rather than dropped. */
static int check_step_options(int n, const struct opts *o)
{
	unsigned needs = pipeline_steps[n].needs;
	const struct { const char *opt; const char *v; unsigned need; } map[] = {
		{ "--who", o->who, NEED_WHO }, { "--group", o->group, NEED_GROUP },
		{ "--people", o->people, NEED_CONTACTS | NEED_INTRODUCERS }, { "--result", o->result, NEED_RESULT },
		{ "--to", o->to, NEED_TRAINING }, { "--hours", o->hours, NEED_TRAINING },
		{ "--vote", o->vote, NEED_VOTE }, { "--meeting", o->meeting, NEED_MEETING },
		{ "--number", o->number, NEED_NUMBER },
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].v && !(needs & map[i].need))
			return cli_usage(CMD, _("step %d (%s) does not take %s"), n, pipeline_steps[n].name, map[i].opt);
	return 0;
}

static int verb_step(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	int rc = parse(&o, argc, argv, "--date --to --hours --who --people --result --number --vote "
			"--meeting --group --note --override", 2);
	if (rc)
		return rc;
	int n;
	if (o.npos < 2)
		return cli_usage(CMD, _("step: name the person and the step number (1-25)"));
	if ((rc = want_int(_("the step"), o.pos[1], 1, PIPELINE_STEPS, &n)))
		return rc;
	if (pipeline_steps[n].needs & NEED_ASSESSMENT)
		return cli_usage(CMD, _("steps 6 and 21 are the half-yearly assessments: use zhibu candidate assess"));
	if ((rc = check_step_options(n, &o)))
		return rc;
	struct pipeline_step s;
	memset(&s, 0, sizeof s);
	if ((rc = want_date("--date", o.date, s.date, true)) || (rc = want_date("--to", o.to, s.end_date, false)))
		return rc;
	if (o.hours && (rc = want_int("--hours", o.hours, 1, 2000, &s.hours)))
		return rc;
	int meeting = 0;
	if (o.meeting && (rc = want_int("--meeting", o.meeting, 1, 2000000000, &meeting)))
		return rc;
	s.meeting_id = meeting;
	if (o.vote && (rc = parse_vote(o.vote, &s.vote)))
		return rc;
	s.has_vote = o.vote != NULL;
	text_copy(s.who, sizeof s.who, o.group ? o.group : o.who ? o.who : "");
	text_copy(s.result, sizeof s.result, o.result ? o.result : "");
	text_copy(s.doc_number, sizeof s.doc_number, o.number ? o.number : "");
	text_copy(s.note, sizeof s.note, o.note ? o.note : "");
	if ((n == 5 || n == 9) && !o.people)
		return cli_usage(CMD, _("step %d (%s) needs --people"), n, pipeline_steps[n].name);

	long long id;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	struct pipeline_person people[PIPELINE_MAX_PEOPLE];
	int npeople = 0;
	if (o.people && (rc = parse_people(db, o.people, people, &npeople)))
		return rc;
	struct pipeline_problems pp;
	bool ok = candidate_record_step(db, id, n, &s, people, npeople, o.override, date_today(), &pp);
	rc = report_write(db, o.pos[0], ok, &pp);
	if (ok)
		fprintf(stderr, _("zhibu: %s: step %d (%s) recorded on %s.\n"), o.pos[0], n, pipeline_steps[n].name, s.date);
	return rc;
}

/* ---- approve, assess, thought-report, notice ---- */

static int verb_approve(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	char date[DATE_ISO_SIZE];
	int rc = parse(&o, argc, argv, "--date --number --override", 1);
	if (rc || (rc = want_date("--date", o.date, date, true)))
		return rc;
	long long id;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	struct pipeline_problems pp;
	bool ok = candidate_approve(db, id, date, o.number, o.override, date_today(), &pp);
	rc = report_write(db, o.pos[0], ok, &pp);
	struct candidate *c = malloc(sizeof *c);
	if (!c)
		abort();
	if (ok && candidate_get(db, id, c)) {
		struct date end;
		char iso[DATE_ISO_SIZE] = "";
		if (pipeline_stage_of(&c->d) == PS_FULL) {
			pipeline_probation_end(&c->d, &end);
			date_format(end, iso);
			fprintf(stderr, _("zhibu: %s is now a full member (正式党员) in the roster, 转正日期 %s.\n"),
				c->person.name, iso);
		} else {
			fprintf(stderr, _("zhibu: %s is now a probationary member (预备党员) in the roster, 入党日期 %s.\n"),
				c->person.name, c->d.steps[15].date);
		}
	}
	free(c);
	return rc;
}

static int verb_assess(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	char date[DATE_ISO_SIZE];
	int rc = parse(&o, argc, argv, "--date --result --note --override", 1);
	if (rc || (rc = want_date("--date", o.date, date, true)))
		return rc;
	if (!o.result)
		return cli_usage(CMD, _("%s is required"), "--result");
	long long id;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	struct pipeline_problems pp;
	bool ok = candidate_record_assessment(db, id, date, o.result, o.note, o.override, date_today(), &pp);
	rc = report_write(db, o.pos[0], ok, &pp);
	if (ok)
		fprintf(stderr, _("zhibu: %s: assessment of %s recorded.\n"), o.pos[0], date);
	return rc;
}

static int verb_thought_report(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	char date[DATE_ISO_SIZE];
	int rc = parse(&o, argc, argv, "--date --note --override", 1);
	if (rc || (rc = want_date("--date", o.date, date, true)))
		return rc;
	long long id;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	struct pipeline_problems pp;
	bool ok = candidate_record_report(db, id, date, o.note, o.override, date_today(), &pp);
	rc = report_write(db, o.pos[0], ok, &pp);
	if (ok)
		fprintf(stderr, _("zhibu: %s: 思想汇报 received on %s recorded.\n"), o.pos[0], date);
	return rc;
}

static int notice_kind(const char *v, enum pipeline_notice *out)
{
	int k = v ? pipeline_notice_by_name(v) : -1;
	if (k < 0)
		return cli_usage(CMD, _("--kind is 发展对象, 接收 or 转正"));
	*out = (enum pipeline_notice)k;
	return 0;
}

static int verb_notice(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE], last[DATE_ISO_SIZE];
	enum pipeline_notice kind = PN_TARGET;
	int rc = parse(&o, argc, argv, "--kind --from --to --override", 1);
	if (rc || (rc = notice_kind(o.kind, &kind)) || (rc = want_date("--from", o.from, from, true)) ||
	    (rc = want_date("--to", o.to, to, false)))
		return rc;
	long long id;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	struct pipeline_problems pp;
	bool ok = candidate_record_notice(db, id, kind, from, to, o.override, date_today(), last, &pp);
	rc = report_write(db, o.pos[0], ok, &pp);
	if (ok)
		fprintf(stderr, _("zhibu: %s: 公示 (%s) from %s to %s recorded.\n"), o.pos[0], pipeline_notice_kinds[kind],
			from, last);
	return rc;
}

/* ---- extend, cancel, stop ---- */

static int decision(struct cli *cli, int argc, char **argv, enum pipeline_decision kind)
{
	struct opts o;
	char date[DATE_ISO_SIZE];
	int months = 0;
	int rc = parse(&o, argc, argv, kind == PD_EXTEND ? "--date --months --reason" : "--date --reason", 1);
	if (rc || (rc = want_date("--date", o.date, date, true)))
		return rc;
	if (kind == PD_EXTEND && (!o.months || (rc = want_int("--months", o.months, 6, 12, &months))))
		return rc ? rc : cli_usage(CMD, _("%s is required"), "--months");
	if (!o.reason)
		return cli_usage(CMD, _("%s is required"), "--reason");
	long long id;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	struct pipeline_problems pp;
	bool ok = candidate_record_decision(db, id, kind, date, months, o.reason, date_today(), &pp);
	rc = report_write(db, o.pos[0], ok, &pp);
	if (ok)
		fprintf(stderr, _("zhibu: %s: %s recorded on %s.\n"), o.pos[0], pipeline_decision_kinds[kind], date);
	return rc;
}

static int verb_extend(struct cli *cli, int argc, char **argv)
{
	return decision(cli, argc, argv, PD_EXTEND);
}

static int verb_cancel(struct cli *cli, int argc, char **argv)
{
	return decision(cli, argc, argv, PD_CANCEL);
}

static int verb_stop(struct cli *cli, int argc, char **argv)
{
	return decision(cli, argc, argv, PD_STOP);
}

/* ---- show, history ---- */

static int verb_show(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	struct date as_of = date_today();
	const char *why;
	int rc = parse(&o, argc, argv, "--as-of --format", 1);
	if (rc)
		return rc;
	if (o.as_of && !date_parse(o.as_of, &as_of, &why))
		return cli_usage(CMD, "--as-of %s: %s", o.as_of, why);
	long long id;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	struct candidate *c = malloc(sizeof *c);
	if (!c)
		abort();
	struct sheet *s = candidate_get(db, id, c) ? pipeline_checklist_sheet(db, c, as_of) : NULL;
	free(c);
	if (!s)
		return cli_fail("%s", db_error(db));
	rc = output_write(&o.out, s);
	sheet_free(s);
	return rc;
}

/* As the member's history shows it: labels, ID and phone numbers masked
 * unless --full-id. */
static void print_change(void *ctx, const char *at, const char *field, const char *old_value,
			 const char *new_value)
{
	const bool *full_id = ctx;
	char old[600], new[600];
	member_column_shown(field, old_value, *full_id, old, sizeof old);
	member_column_shown(field, new_value, *full_id, new, sizeof new);
	const char *what = member_column_label(field);
	char label[160];
	int step;
	if (sscanf(field, "step %d", &step) == 1 && step >= 1 && step <= PIPELINE_STEPS) {
		snprintf(label, sizeof label, _("step %d %s"), step, pipeline_steps[step].name);
		what = label;
	}
	if (!strcmp(field, "*"))
		printf(_("%s  record created: %s\n"), at, text_strip_controls(new));
	else
		printf("%s  %s  %s → %s\n", at, what, text_strip_controls(old), text_strip_controls(new));
}

static int verb_history(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	bool full_id = false;
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--full-id")) { /* a flag: taken out before the options */
			full_id = true;
			memmove(argv + i, argv + i + 1, (size_t)(argc - i) * sizeof *argv);
			argc--;
			break;
		}
	int rc = parse(&o, argc, argv, "", 1);
	if (rc)
		return rc;
	long long id;
	struct db *db = open_person(cli, &o, &id, &rc);
	if (!db)
		return rc;
	if (!candidate_history(db, id, print_change, &full_id))
		return cli_fail("%s", db_error(db));
	return EXIT_OK;
}

/* ---- settings, holidays ---- */

static int verb_settings(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	int days = 0, rc = parse(&o, argc, argv, "--notice-days --thought-reports", 0);
	if (rc)
		return rc;
	if (o.notice_days && (rc = want_int("--notice-days", o.notice_days, 1, 30, &days)))
		return rc;
	if (o.thought_reports && strcmp(o.thought_reports, "on") && strcmp(o.thought_reports, "off"))
		return cli_usage(CMD, _("--thought-reports is on or off"));
	struct db *db = cli_db(cli, true);
	if (!db)
		return EXIT_REFUSED;
	if ((o.notice_days && !candidate_settings_set_notice_days(db, days)) ||
	    (o.thought_reports && !candidate_settings_set_thought_reports(db, !strcmp(o.thought_reports, "on"))))
		return cli_fail("%s", db_error(db));
	struct pipeline_settings set;
	struct workdays cal;
	bool ok = candidate_settings_load(db, &set, &cal);
	if (ok) {
		printf(_("公示 lasts %d working days.\n"), set.notice_days);
		printf(set.thought_reports ? _("思想汇报 are expected each quarter.\n")
					   : _("思想汇报 are not tracked.\n"));
		printf(_("Holidays and worked weekend days recorded: %zu and %zu.\n"), cal.noff, cal.non);
	}
	workdays_done(&cal);
	return ok ? EXIT_OK : cli_fail("%s", db_error(db));
}

static void print_holiday(void *ctx, const char *date, bool working, const char *name)
{
	(void)ctx;
	printf("%s  %s  %s\n", date, working ? _("worked") : _("day off"), name);
}

static int verb_holiday(struct cli *cli, int argc, char **argv)
{
	struct opts o;
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
	int rc = parse(&o, argc, argv, "--to --working --name", 1);
	if (rc)
		return rc;
	struct db *db = cli_db(cli, true);
	if (!db)
		return EXIT_REFUSED;
	if (o.npos == 0)
		return candidate_holiday_each(db, print_holiday, NULL) ? EXIT_OK : cli_fail("%s", db_error(db));
	if ((rc = want_date(_("the date"), o.pos[0], from, true)) || (rc = want_date("--to", o.to, to, false)))
		return rc;
	struct date d, end;
	date_parse_iso(from, &d);
	end = d;
	if (*to)
		date_parse_iso(to, &end);
	if (date_cmp(end, d) < 0 || date_to_days(end) - date_to_days(d) > 366)
		return cli_usage(CMD, _("--to is on or after the first day, within a year"));
	if (!db_begin(db))
		return cli_fail("%s", db_error(db));
	int days = 0;
	for (; date_cmp(d, end) <= 0; d = date_add_days(d, 1), days++) {
		char iso[DATE_ISO_SIZE];
		date_format(d, iso);
		if (!candidate_holiday_set(db, iso, o.working, o.name ? o.name : "")) {
			db_rollback(db);
			return cli_fail("%s", db_error(db));
		}
	}
	if (!db_commit(db))
		return cli_fail("%s", db_error(db));
	fprintf(stderr, o.working ? _("zhibu: %d worked weekend days recorded.\n")
				  : _("zhibu: %d days off recorded.\n"), days);
	return EXIT_OK;
}

static const struct verb {
	const char *name;
	int (*run)(struct cli *cli, int argc, char **argv);
} verbs[] = {
	{ "add", verb_add },
	{ "edit", verb_edit },
	{ "show", verb_show },
	{ "step", verb_step },
	{ "approve", verb_approve },
	{ "assess", verb_assess },
	{ "thought-report", verb_thought_report },
	{ "notice", verb_notice },
	{ "extend", verb_extend },
	{ "cancel", verb_cancel },
	{ "stop", verb_stop },
	{ "history", verb_history },
	{ "settings", verb_settings },
	{ "holiday", verb_holiday },
};

int cmd_candidate(struct cli *cli, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(CMD, _("name what to do: add, edit, show, step, approve, assess, thought-report, "
					"notice, extend, cancel, stop, history, settings, holiday"));
	for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (!strcmp(verbs[i].name, argv[1]))
			return strcmp(argv[1], "show") && strcmp(argv[1], "history")
				       ? cli_write(cli, verbs[i].run, argc - 1, argv + 1)
				       : verbs[i].run(cli, argc - 1, argv + 1);
	return cli_usage(CMD, _("unknown action %s"), argv[1]);
}
