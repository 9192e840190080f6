#include "cli/records_cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "core/date.h"
#include "core/grow.h"
#include "core/i18n.h"
#include "core/keyset.h"
#include "core/text.h"
#include "db/db.h"
#include "db/meeting.h"
#include "db/record.h"
#include "io/import.h"
#include "rules/meetings.h"

static void import_problem(void *ctx, int column, const char *why)
{
	import_error(ctx, column, "%s", why);
}

int records_import(struct cli *cli, int argc, char **argv, const struct record_kind *k)
{
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, false);
	if (rc)
		return rc;
	struct import_column *columns = calloc((size_t)k->nfields, sizeof *columns);
	const char **values = calloc((size_t)k->nfields, sizeof *values);
	if (!columns || !values)
		abort();
	for (int f = 0; f < k->nfields; f++)
		columns[f] = (struct import_column){ k->fields[f].header, k->fields[f].required };
	struct import im;
	struct db *db = import_start(cli, &im, &o, columns, k->nfields, false);
	if (!db) {
		free(columns);
		free(values);
		return EXIT_REFUSED;
	}
	struct keyset seen = { 0 };
	size_t added = 0;
	while (import_next(&im)) {
		size_t len = 1;
		for (int f = 0; f < k->nfields; f++) {
			values[f] = import_value(&im, f);
			len += strlen(values[f]) + 1;
		}
		char *key = malloc(len), *p = key;
		if (!key)
			abort();
		for (int f = 0; f < k->nfields; f++)
			p += sprintf(p, "%s\x1f", values[f]);
		size_t first = keyset_add(&seen, key, im.row.line);
		free(key);
		if (first) {
			import_error(&im, -1, _("the same row is already on line %zu"), first);
			continue;
		}
		long long id = 0;
		/* After the first problem, only check. */
		if (!k->write(db, values, im.errors == 0, import_problem, &im, &id) && id)
			added++;
	}
	keyset_free(&seen);
	char *done = import_done(ngettext("zhibu: imported %zu record from %s (%s).\n",
					  "zhibu: imported %zu records from %s (%s).\n", added),
				 added, &im, &o);
	int status = import_finish(&im, db, &o, false, done);
	free(done);
	free(columns);
	free(values);
	return status;
}

struct add_ctx {
	const struct record_kind *k;
	int problems;
};

static void add_problem(void *ctx, int column, const char *why)
{
	struct add_ctx *c = ctx;
	if (column >= 0)
		fprintf(stderr, "zhibu: %s (%s): %s\n", c->k->fields[column].option, c->k->fields[column].header, why);
	else
		fprintf(stderr, "zhibu: %s\n", why);
	c->problems++;
}

int records_add(struct cli *cli, int argc, char **argv, const struct record_kind *k)
{
	const char **values = calloc((size_t)k->nfields, sizeof *values);
	if (!values)
		abort();
	for (int f = 0; f < k->nfields; f++)
		values[f] = "";
	char cmd[64];
	snprintf(cmd, sizeof cmd, "%s add", k->name);
	for (int i = 1; i < argc; i++) {
		bool missing = false, taken = false;
		for (int f = 0; f < k->nfields && !taken && !missing; f++) {
			const char *v = cli_opt_value(argc, argv, &i, k->fields[f].option, &missing);
			if (v) {
				values[f] = v;
				taken = true;
			}
		}
		if (!taken) {
			free(values);
			return cli_bad_option(cmd, argv[i], missing);
		}
	}
	for (int f = 0; f < k->nfields; f++)
		if (k->fields[f].required && !*values[f]) {
			free(values);
			return cli_usage(cmd, _("%s (%s) is required"), k->fields[f].option, k->fields[f].header);
		}
	struct db *db = cli_db(cli, false);
	if (!db || !db_begin(db)) {
		free(values);
		return db ? cli_fail("%s", db_error(db)) : EXIT_REFUSED;
	}
	struct add_ctx c = { k, 0 };
	long long id = 0;
	k->write(db, values, true, add_problem, &c, &id);
	free(values);
	if (c.problems || !id) {
		db_rollback(db);
		return EXIT_REFUSED;
	}
	if (!db_commit(db))
		return cli_fail("%s", db_error(db));
	printf(_("zhibu: recorded %s#%lld.\n"), record_refs[k->table], id);
	return EXIT_OK;
}

int records_void(struct cli *cli, int argc, char **argv, const struct record_kind *k)
{
	char cmd[64], *end;
	snprintf(cmd, sizeof cmd, "%s void", k->name);
	if (argc != 3)
		return cli_usage(cmd, _("give the record's number and the reason"));
	long long id = strtoll(argv[1], &end, 10);
	if (*end || id <= 0)
		return cli_usage(cmd, _("%s is not a record number"), argv[1]);
	if (text_blank(argv[2]))
		return cli_usage(cmd, _("give the reason"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (!db_begin(db))
		return cli_fail("%s", db_error(db));
	if (!record_void(db, (enum record_table)k->table, id, argv[2])) {
		db_rollback(db);
		return cli_fail("%s", db_error(db));
	}
	if (!db_commit(db))
		return cli_fail("%s", db_error(db));
	printf(_("zhibu: voided %s#%lld.\n"), record_refs[k->table], id);
	return EXIT_OK;
}

struct people_ctx {
	struct db *db;
	const char *day;
	bool outside;
	int column, problems;
	record_problem_fn *problem;
	void *ctx;
	struct person_list *out;
};

static void add_person(void *ctx, const char *name, const char *reason)
{
	struct people_ctx *c = ctx;
	char why[512];
	if (*reason) {
		snprintf(why, sizeof why, _("%s: no remark in brackets here"), name);
		c->problem(c->ctx, c->column, why);
		c->problems++;
		return;
	}
	long long id = 0;
	enum member_match r = meeting_member_by_name(c->db, name, c->day, &id, why, sizeof why);
	if (r != MATCH_FOUND && !(c->outside && r == MATCH_NONE && name[0] != '#')) {
		c->problem(c->ctx, c->column, why);
		c->problems++;
		return;
	}
	for (size_t i = 0; i < c->out->count; i++)
		if (id ? c->out->people[i].id == id : !strcmp(c->out->people[i].name, name)) {
			snprintf(why, sizeof why, _("%s is listed twice"), name);
			c->problem(c->ctx, c->column, why);
			c->problems++;
			return;
		}
	struct person_list *l = c->out;
	l->people = grow_array(l->people, l->count, &l->cap, 8, sizeof *l->people);
	l->people[l->count].id = id;
	text_copy(l->people[l->count].name, sizeof l->people[l->count].name, name);
	l->count++;
}

int records_people(struct db *db, const char *text, const char *day, bool outside, int column,
		   record_problem_fn *problem, void *ctx, struct person_list *out)
{
	struct people_ctx c = { db, day, outside, column, 0, problem, ctx, out };
	const char *why = name_list_parse(text, add_person, &c);
	if (why) {
		problem(ctx, column, why);
		c.problems++;
	}
	return c.problems;
}

void person_list_free(struct person_list *l)
{
	free(l->people);
	memset(l, 0, sizeof *l);
}

bool records_date(const char *text, int column, record_problem_fn *problem, void *ctx, char out[11])
{
	struct date d;
	const char *why;
	if (!date_parse(text, &d, &why)) {
		problem(ctx, column, why);
		return false;
	}
	date_format(d, out);
	return true;
}
