/* zhibu import candidates FILE [--encoding E] [--dry-run]: people already
 * on their way into the party, moved in from a sheet with the dates of the
 * steps so far.  Every row is checked as `zhibu candidate` would (the order
 * of the steps, the age rule, the year as 积极分子, people from the roster);
 * any problem means nothing is written.  A rule may be set aside for a row
 * by giving the reason in the column 例外说明. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "core/keyset.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/candidate.h"
#include "db/db.h"
#include "db/member.h"
#include "io/import.h"
#include "io/progress.h"

enum col {
	C_NAME, C_SEX, C_ETHNICITY, C_BIRTH, C_IDNUM, C_EDUCATION, C_CATEGORY, C_UNIT, C_PHONE,
	C_APPLIED, C_TALK, C_ACTIVIST, C_CONTACTS, C_TARGET, C_INTRODUCERS, C_REVIEW, C_TRAINING,
	C_ADMITTED, C_APPROVED, C_FULL, C_NOTE, C_OVERRIDE,
	C_COUNT
};

static const struct import_column columns[C_COUNT] = {
	[C_NAME] = { "姓名", true }, [C_SEX] = { "性别", true }, [C_ETHNICITY] = { "民族", false },
	[C_BIRTH] = { "出生日期", false }, [C_IDNUM] = { "公民身份号码", true },
	[C_EDUCATION] = { "学历", false }, [C_CATEGORY] = { "人员类别", false },
	[C_UNIT] = { "工作单位及职务", false }, [C_PHONE] = { "联系电话", false },
	[C_APPLIED] = { "申请日期", true }, [C_TALK] = { "谈话日期", false },
	[C_ACTIVIST] = { "积极分子日期", false }, [C_CONTACTS] = { "培养联系人", false },
	[C_TARGET] = { "发展对象日期", false }, [C_INTRODUCERS] = { "入党介绍人", false },
	[C_REVIEW] = { "政审日期", false }, [C_TRAINING] = { "培训日期", false },
	[C_ADMITTED] = { "接收日期", false }, [C_APPROVED] = { "审批日期", false },
	[C_FULL] = { "转正日期", false }, [C_NOTE] = { "备注", false }, [C_OVERRIDE] = { "例外说明", false },
};

/* The personal columns, as the roster checks them. */
static const struct { enum col col; enum member_field field; } person_cols[] = {
	{ C_NAME, MF_NAME }, { C_SEX, MF_SEX }, { C_ETHNICITY, MF_ETHNICITY }, { C_BIRTH, MF_BIRTH_DATE },
	{ C_IDNUM, MF_ID_NUMBER }, { C_EDUCATION, MF_EDUCATION }, { C_CATEGORY, MF_CATEGORY },
	{ C_UNIT, MF_WORK_UNIT }, { C_PHONE, MF_PHONE }, { C_NOTE, MF_NOTE },
};

/* The date columns and the steps they record. */
static const struct { enum col col; int step; } date_cols[] = {
	{ C_APPLIED, 1 }, { C_TALK, 2 }, { C_ACTIVIST, 3 }, { C_TARGET, 7 }, { C_REVIEW, 10 },
	{ C_ADMITTED, 15 }, { C_APPROVED, 17 }, { C_FULL, 24 },
};

/* The column a problem of step n belongs to, or -1 for the row. */
static int column_of_step(int n)
{
	for (size_t i = 0; i < sizeof date_cols / sizeof date_cols[0]; i++)
		if (date_cols[i].step == n)
			return date_cols[i].col;
	return n == 5 ? C_CONTACTS : n == 9 ? C_INTRODUCERS : n == 11 ? C_TRAINING : -1;
}

static void report_person(void *ctx, enum member_field f, const char *why)
{
	for (size_t i = 0; i < sizeof person_cols / sizeof person_cols[0]; i++)
		if (person_cols[i].field == f)
			import_error(ctx, person_cols[i].col, "%s", why);
}

static bool parse_date(struct import *im, int col, const char *text, char out[DATE_ISO_SIZE])
{
	struct date d;
	const char *why;
	if (!date_parse(text, &d, &why)) {
		import_error(im, col, "%s", why);
		return false;
	}
	date_format(d, out);
	return true;
}

/* 培训日期: one day, or "FROM至TO" (also ~ ～ —). */
static void parse_training(struct import *im, const char *text, struct pipeline_step *s)
{
	static const char *const seps[] = { "至", "～", "~", "—", NULL };
	char buf[128];
	text_copy(buf, sizeof buf, text);
	for (const char *const *sep = seps; *sep; sep++) {
		char *p = strstr(buf, *sep);
		if (!p)
			continue;
		*p = '\0';
		if (parse_date(im, C_TRAINING, text_trim(buf), s->date))
			parse_date(im, C_TRAINING, text_trim(p + strlen(*sep)), s->end_date);
		return;
	}
	parse_date(im, C_TRAINING, buf, s->date);
}

struct cell {
	struct import *im;
	int col;
};

static void report_cell(void *ctx, const char *why)
{
	struct cell *c = ctx;
	import_error(c->im, c->col, "%s", why);
}

/* Names separated by 、, each a current member. */
static int parse_people(struct import *im, struct db *db, int col, const char *text,
			struct pipeline_person *out)
{
	struct cell cell = { im, col };
	int n = candidate_people_parse(db, text, out, PIPELINE_MAX_PEOPLE, report_cell, &cell);
	if (n < 0) {
		import_error(im, col, "%s", db_error(db));
		return 0;
	}
	return n;
}

static void report_problems(struct import *im, const struct pipeline_problems *pp, bool overriding)
{
	for (int i = 0; i < pp->count; i++) {
		const struct pipeline_problem *p = &pp->p[i];
		if (!pipeline_rule_overridable(p->rule))
			import_error(im, column_of_step(p->step), "%s", p->why);
		else if (!overriding)
			import_error(im, column_of_step(p->step),
				     _("%s (to import it anyway, give the reason in the column 例外说明)"), p->why);
	}
}

/* Read and check one row into c.  True when it can be written. */
static bool read_row(struct import *im, struct db *db, struct keyset *seen, struct date today,
		     struct candidate *c)
{
	int before = im->errors;
	const char *why;
	candidate_init(c);
	for (size_t i = 0; i < sizeof person_cols / sizeof person_cols[0]; i++) {
		int col = person_cols[i].col;
		if (!import_has_column(im, col) || (col == C_CATEGORY && text_blank(import_value(im, col))))
			continue;
		if ((why = member_set_field(&c->person, person_cols[i].field, import_value(im, col))))
			import_error(im, col, "%s", why);
	}
	if (!*c->person.category)
		snprintf(c->person.category, sizeof c->person.category, "%s", "在职");
	if (im->errors == before)
		member_check(&c->person, today, report_person, im);
	if (*c->person.id_number) {
		size_t first = keyset_add(seen, c->person.id_number, im->row.line);
		if (first)
			import_error(im, C_IDNUM, _("the same person is already on line %zu"), first);
	}

	struct pipeline_dossier *d = &c->d;
	for (size_t i = 0; i < sizeof date_cols / sizeof date_cols[0]; i++) {
		const char *v = import_value(im, date_cols[i].col);
		if (!text_blank(v))
			parse_date(im, date_cols[i].col, v, d->steps[date_cols[i].step].date);
	}
	if (!text_blank(import_value(im, C_TRAINING)))
		parse_training(im, import_value(im, C_TRAINING), &d->steps[11]);
	if (!text_blank(import_value(im, C_CONTACTS))) {
		d->ncontacts = parse_people(im, db, C_CONTACTS, import_value(im, C_CONTACTS), d->contacts);
		if (!pipeline_step_done(d, 3))
			import_error(im, C_CONTACTS, _("needs 积极分子日期: they are named when the person becomes 积极分子"));
		memcpy(d->steps[5].date, d->steps[3].date, DATE_ISO_SIZE);
	}
	if (!text_blank(import_value(im, C_INTRODUCERS))) {
		d->nintroducers = parse_people(im, db, C_INTRODUCERS, import_value(im, C_INTRODUCERS), d->introducers);
		if (!pipeline_step_done(d, 7))
			import_error(im, C_INTRODUCERS, _("needs 发展对象日期: they are named for a 发展对象"));
		memcpy(d->steps[9].date, d->steps[7].date, DATE_ISO_SIZE);
	}
	/* 转正日期 is the end of the probation, one year after the vote. */
	struct date vote, full;
	if (pipeline_step_done(d, 24) && date_parse_iso(d->steps[15].date, &vote) &&
	    date_parse_iso(d->steps[24].date, &full) && date_cmp(full, date_add_months(vote, 12)) != 0) {
		char iso[DATE_ISO_SIZE];
		date_format(date_add_months(vote, 12), iso);
		import_error(im, C_FULL, _("is not one year after 接收日期 (%s); record an extended probation with "
					   "zhibu candidate extend"), iso);
	}
	if (im->errors != before)
		return false;

	struct pipeline_problems pp;
	const char *override = import_value(im, C_OVERRIDE);
	snprintf(d->birth_date, sizeof d->birth_date, "%s", c->person.birth_date);
	date_format(today, c->created_on);
	snprintf(d->created_on, sizeof d->created_on, "%s", c->created_on);
	pipeline_check_dossier(d, today, &pp);
	report_problems(im, &pp, !text_blank(override));
	long long other;
	struct member m;
	if (candidate_find(db, c->person.id_number, &other) > 0)
		import_error(im, C_IDNUM, _("already in the pipeline"));
	else if (!pipeline_step_done(d, 17) && member_find_by_id_number(db, c->person.id_number, &m))
		import_error(im, C_IDNUM, _("already a party member in the roster (%s)"), m.name);
	return im->errors == before;
}

int import_candidates(struct cli *cli, int argc, char **argv)
{
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, false);
	if (rc)
		return rc;
	struct import im;
	struct db *db = import_start(cli, &im, &o, columns, C_COUNT, true);
	if (!db)
		return EXIT_REFUSED;

	struct keyset seen = { 0 };
	struct date today = date_today();
	struct progress pg;
	size_t added = 0;
	bool write_failed = false;
	struct candidate *c = malloc(sizeof *c);
	if (!c)
		abort();
	progress_start(&pg, _("Importing"), import_estimate_rows(&im));
	while (import_next(&im)) {
		progress_update(&pg, im.row.line);
		if (!read_row(&im, db, &seen, today, c) || im.errors)
			continue; /* after the first problem, only check */
		struct pipeline_problems pp;
		if (!candidate_add(db, c, import_value(&im, C_OVERRIDE), today, &pp)) {
			if (pp.count) {
				report_problems(&im, &pp, false);
			} else {
				import_error(&im, -1, "%s", db_error(db));
				write_failed = true;
			}
			continue;
		}
		added++;
	}
	progress_end(&pg);
	free(c);
	keyset_free(&seen);

	char *done = import_done(ngettext("zhibu: imported %zu candidate from %s (%s).\n",
					  "zhibu: imported %zu candidates from %s (%s).\n", added),
				 added, &im, &o);
	int status = import_finish(&im, db, &o, write_failed, done);
	free(done);
	return status;
}
