/* zhibu import members: a 花名册 in CSV, header of Chinese column names in any
 * order.  Every row is checked; any problem means nothing is written. */
#include "cli/import_members.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/member.h"
#include "io/import.h"
#include "io/progress.h"

/* A set of the ID numbers seen in the file, to catch a person listed twice. */
struct id_set {
	char (*ids)[IDNUM_SIZE];
	size_t *lines;
	size_t cap, count;
};

static size_t id_hash(const char *s)
{
	size_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* Returns the line where id was first seen, or 0 after adding it. */
static size_t id_set_add(struct id_set *set, const char *id, size_t line)
{
	if (set->count * 2 >= set->cap) {
		struct id_set bigger = { 0 };
		bigger.cap = set->cap ? set->cap * 2 : 1024;
		bigger.ids = calloc(bigger.cap, sizeof *bigger.ids);
		bigger.lines = calloc(bigger.cap, sizeof *bigger.lines);
		if (!bigger.ids || !bigger.lines)
			abort();
		for (size_t i = 0; i < set->cap; i++)
			if (set->lines[i])
				id_set_add(&bigger, set->ids[i], set->lines[i]);
		free(set->ids);
		free(set->lines);
		*set = bigger;
	}
	size_t i = id_hash(id) & (set->cap - 1);
	while (set->lines[i]) {
		if (!strcmp(set->ids[i], id))
			return set->lines[i];
		i = (i + 1) & (set->cap - 1);
	}
	memcpy(set->ids[i], id, IDNUM_SIZE);
	set->lines[i] = line;
	set->count++;
	return 0;
}

static void report_problem(void *ctx, enum member_field f, const char *why)
{
	import_error(ctx, (int)f, "%s", why);
}

/* Check one row into m (on top of the stored record when updating).
 * Returns true when the row can be written. */
static bool read_row(struct import *im, struct db *db, const struct import_options *o,
		     struct id_set *seen, struct date today, struct member *m, bool *exists)
{
	int before = im->errors;
	const char *why;
	char idnum[IDNUM_SIZE] = "";
	*exists = false;

	/* The ID number decides whether the row is new or an update. */
	struct member probe;
	member_init(&probe);
	if ((why = member_set_field(&probe, MF_ID_NUMBER, import_value(im, MF_ID_NUMBER)))) {
		import_error(im, MF_ID_NUMBER, "%s", why);
	} else {
		memcpy(idnum, probe.id_number, sizeof idnum);
		size_t first = id_set_add(seen, idnum, im->row.line);
		if (first)
			import_error(im, MF_ID_NUMBER, _("the same person is already on line %zu"), first);
	}
	member_init(m);
	if (*idnum && member_find_by_id_number(db, idnum, m)) {
		*exists = true;
		if (!o->update)
			import_error(im, MF_ID_NUMBER, _("already in the roster (%s); use --update to update"), m->name);
	}
	for (int f = 0; f < MF_COUNT; f++) {
		if (f == MF_ID_NUMBER || !import_has_column(im, f))
			continue;
		if ((why = member_set_field(m, (enum member_field)f, import_value(im, f))))
			import_error(im, f, "%s", why);
	}
	if (*idnum)
		memcpy(m->id_number, idnum, sizeof idnum);
	if (im->errors == before)
		member_check(m, today, report_problem, im);
	return im->errors == before;
}

int import_members(struct cli *cli, int argc, char **argv)
{
	struct import_column columns[MF_COUNT];
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, true);
	if (rc)
		return rc;
	for (int f = 0; f < MF_COUNT; f++) {
		columns[f].header = member_fields[f].header;
		columns[f].required = member_fields[f].required;
	}

	struct import im;
	if (!import_open(&im, o.file, o.encoding, columns, MF_COUNT)) {
		import_close(&im);
		fprintf(stderr, _("zhibu: nothing was imported.\n"));
		return EXIT_REFUSED;
	}
	struct db *db = cli_db(cli, true);
	if (!db || !db_begin(db)) {
		if (db)
			fprintf(stderr, "zhibu: %s\n", db_error(db));
		import_close(&im);
		return EXIT_REFUSED;
	}

	struct id_set seen = { 0 };
	struct date today = date_today();
	struct progress pg;
	size_t added = 0, updated = 0;
	bool write_failed = false;
	progress_start(&pg, _("Importing"), import_estimate_rows(&im));
	while (import_next(&im)) {
		struct member m;
		bool exists;
		progress_update(&pg, im.row.line);
		if (!read_row(&im, db, &o, &seen, today, &m, &exists) || im.errors)
			continue; /* after the first problem, only check */
		bool ok = exists ? member_update(db, &m) : member_insert(db, &m);
		if (!ok) {
			import_error(&im, -1, "%s", db_error(db));
			write_failed = true;
		}
		if (exists)
			updated++;
		else
			added++;
	}
	progress_end(&pg);
	free(seen.ids);
	free(seen.lines);

	int status = EXIT_OK;
	if (im.errors || write_failed) {
		db_rollback(db);
		fprintf(stderr, ngettext("zhibu: %d problem in %s: nothing was imported.\n",
					 "zhibu: %d problems in %s: nothing was imported.\n", im.errors),
			im.errors, o.file);
		status = EXIT_REFUSED;
	} else if (o.dry_run) {
		db_rollback(db);
		fprintf(stderr, _("zhibu: %zu rows checked, no problems (%zu new, %zu to update); "
				  "nothing written (--dry-run).\n"), im.rows, added, updated);
	} else if (!db_commit(db)) {
		fprintf(stderr, _("zhibu: nothing was imported: %s\n"), db_error(db));
		status = EXIT_REFUSED;
	} else {
		fprintf(stderr, ngettext("zhibu: imported %zu member (%zu new, %zu updated) from %s (%s).\n",
					 "zhibu: imported %zu members (%zu new, %zu updated) from %s (%s).\n",
					 added + updated),
			added + updated, added, updated, o.file, encoding_name(im.encoding));
	}
	import_close(&im);
	return status;
}
