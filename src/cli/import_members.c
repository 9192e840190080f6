/* zhibu import members: a 花名册 in CSV, header of Chinese column names in any
 * order.  Every row is checked; any problem means nothing is written. */
#include "cli/import_members.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "core/keyset.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/text.h"
#include "db/db.h"
#include "db/member.h"
#include "db/role.h"
#include "io/import.h"
#include "io/progress.h"

static void report_problem(void *ctx, enum member_field f, const char *why)
{
	import_error(ctx, (int)f, "%s", why);
}

/* The cell that clears a stored value in an update (an empty one keeps
 * it): （清空） or (清空), spaces around it allowed. */
#define CLEAR_CELL "（清空）"
static bool is_clear(const char *v)
{
	char t[32];
	text_copy(t, sizeof t, v);
	text_trim(t);
	return !strcmp(t, CLEAR_CELL) || !strcmp(t, "(清空)");
}

/* --dry-run: what the update would change, field by field. */
static void show_changes(const struct import *im, const struct member *was, const struct member *now)
{
	bool named = false;
	for (int f = 0; f < MF_COUNT; f++) {
		char old[600], new[600];
		text_copy(old, sizeof old, member_get_field(was, (enum member_field)f));
		text_copy(new, sizeof new, member_get_field(now, (enum member_field)f));
		if (!strcmp(old, new))
			continue;
		if (f == MF_PHONE) { /* masked as in the history */
			phone_mask(member_get_field(was, MF_PHONE), old, sizeof old);
			phone_mask(member_get_field(now, MF_PHONE), new, sizeof new);
		}
		if (!named) {
			char id[IDNUM_SIZE];
			idnum_mask(now->id_number, id);
			printf(_("line %zu: %s (%s):\n"), im->row.line, now->name, id);
		}
		named = true;
		printf("  %s: %s -> %s\n", member_fields[f].header, *old ? text_strip_controls(old) : _("(empty)"),
		       *new ? text_strip_controls(new) : _("(empty)"));
	}
	if (!named)
		printf(_("line %zu: %s: no change\n"), im->row.line, now->name);
}

/* Check one row into m (on top of the stored record when updating).
 * Returns true when the row can be written. */
static bool read_row(struct import *im, struct db *db, const struct import_options *o,
		     struct keyset *seen, struct date today, struct member *m, bool *exists)
{
	int before = im->errors;
	const char *why;
	char idnum[IDNUM_SIZE] = "";
	bool duplicate = false;
	*exists = false;

	/* The ID number decides whether the row is new or an update. */
	struct member probe;
	member_init(&probe);
	if ((why = member_set_field(&probe, MF_ID_NUMBER, import_value(im, MF_ID_NUMBER)))) {
		import_error(im, MF_ID_NUMBER, "%s", why);
	} else {
		memcpy(idnum, probe.id_number, sizeof idnum);
		size_t first = keyset_add(seen, idnum, im->row.line);
		if (first)
			import_error(im, MF_ID_NUMBER, _("the same person is already on line %zu"), first);
		duplicate = first != 0;
	}
	member_init(m);
	/* A person listed twice is found in the roster by the first line's own
	 * insert: say only that it is a duplicate. */
	if (*idnum && !duplicate && member_find_by_id_number(db, idnum, m)) {
		*exists = true;
		if (!o->update)
			import_error(im, MF_ID_NUMBER, _("already in the roster (%s); use --update to update"), m->name);
	}
	char was_status[sizeof m->status];
	text_copy(was_status, sizeof was_status, m->status);
	for (int f = 0; f < MF_COUNT; f++) {
		if (f == MF_ID_NUMBER || !import_has_column(im, f))
			continue;
		const char *v = import_value(im, f);
		/* Updating, an empty cell keeps what is stored; （清空） clears it. */
		if (*exists && text_blank(v))
			continue;
		if (*exists && is_clear(v))
			v = "";
		if ((why = member_set_field(m, (enum member_field)f, v)))
			import_error(im, f, "%s", why);
	}
	/* A new status without its 状态日期 does not keep the old status's date. */
	if (*exists && strcmp(was_status, m->status) &&
	    (!import_has_column(im, MF_STATUS_DATE) || text_blank(import_value(im, MF_STATUS_DATE))))
		m->status_date[0] = '\0';
	if (*idnum)
		memcpy(m->id_number, idnum, sizeof idnum);
	if (im->errors == before)
		member_check(m, today, report_problem, im);
	return im->errors == before;
}

/* A member updated to a status that ends membership leaves the committee
 * the same day; *said gathers a line for each. */
static bool end_offices(struct db *db, const struct member *m, struct date today, char **said)
{
	char day[DATE_ISO_SIZE], roles[256], *line;
	if (*m->status_date)
		text_copy(day, sizeof day, m->status_date);
	else
		date_format(today, day);
	if (!role_held(db, m->id, day, roles, sizeof roles))
		return false;
	if (!*roles)
		return true;
	if (!role_end(db, m->id, ROLE_COUNT, day))
		return false;
	if (asprintf(&line, _("zhibu: %s (%s since %s) leaves the committee that day: %s ended.\n"), m->name, m->status,
		     day, roles) < 0)
		abort();
	if (*said) {
		char *both;
		if (asprintf(&both, "%s%s", *said, line) < 0)
			abort();
		free(*said);
		free(line);
		line = both;
	}
	*said = line;
	return true;
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
	struct db *db = import_start(cli, &im, &o, columns, MF_COUNT, true);
	if (!db)
		return EXIT_REFUSED;

	struct keyset seen = { 0 };
	struct date today = date_today();
	struct progress pg;
	size_t added = 0, updated = 0;
	char *offices = NULL; /* the committee offices ended, said after the import */
	bool write_failed = false;
	progress_start(&pg, _("Importing"), import_estimate_rows(&im));
	while (import_next(&im)) {
		struct member m;
		bool exists;
		progress_update(&pg, im.row.line);
		if (!read_row(&im, db, &o, &seen, today, &m, &exists) || im.errors)
			continue; /* after the first problem, only check */
		if (o.dry_run && exists) {
			struct member was;
			if (member_find_by_id_number(db, m.id_number, &was))
				show_changes(&im, &was, &m);
		} else if (o.dry_run) {
			printf(_("line %zu: %s: a new member\n"), im.row.line, m.name);
		}
		struct member before;
		bool leaves = exists && roster_status_left(m.status) && member_get(db, m.id, &before) &&
			      !roster_status_left(before.status);
		bool ok = exists ? member_update(db, &m) : member_insert(db, &m);
		if (ok && leaves)
			ok = end_offices(db, &m, today, &offices);
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
	keyset_free(&seen);

	char *done;
	if (asprintf(&done, ngettext("zhibu: imported %zu member (%zu new, %zu updated) from %s (%s).\n",
				     "zhibu: imported %zu members (%zu new, %zu updated) from %s (%s).\n",
				     added + updated),
		     added + updated, added, updated, o.file, encoding_name(im.encoding)) < 0)
		abort();
	if (offices) {
		char *both;
		if (asprintf(&both, "%s%s", done, offices) < 0)
			abort();
		free(done);
		free(offices);
		done = both;
	}
	int status = import_finish(&im, db, &o, write_failed, done);
	free(done);
	return status;
}
