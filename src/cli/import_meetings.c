/* zhibu import meetings: old minute books moved in from CSV, one minute per
 * row, header of Chinese column names in any order.  Names are matched
 * against the roster; any problem means nothing is written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "core/keyset.h"
#include "cli/meetings_cli.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/meeting.h"
#include "io/import.h"
#include "io/progress.h"

/* The key of a minute for catching one listed twice: kind, day, group, topic. */
static size_t seen_add(struct keyset *seen, const struct meeting *m, size_t line)
{
	char *key;
	if (asprintf(&key, "%d|%s|%s|%s", (int)m->kind, m->date, m->group, m->title) < 0)
		abort();
	size_t first = keyset_add(seen, key, line);
	free(key);
	return first;
}

static void report_problem(void *ctx, enum minute_field f, const char *why)
{
	import_error(ctx, f < MIN_COUNT ? (int)f : -1, "%s", why);
}

/* Check one row into m; true when it can be written. */
static bool read_row(struct import *im, struct db *db, struct keyset *seen, struct date today,
		     struct meeting *m)
{
	int before = im->errors;
	/* A file without 出席 and 缺席 columns records nobody's attendance. */
	m->attendance_unrecorded = !import_has_column(im, MIN_PRESENT) && !import_has_column(im, MIN_ABSENT);
	for (int f = 0; f < MIN_COUNT; f++) {
		if (!import_has_column(im, f))
			continue;
		const char *why = minute_set_field(m, (enum minute_field)f, import_value(im, f));
		if (why)
			import_error(im, f, "%s", why);
	}
	if (im->errors == before)
		minute_check(m, today, report_problem, im);
	if (im->errors == before)
		meeting_resolve(db, m, report_problem, im);
	if (im->errors == before) {
		size_t first = seen_add(seen, m, im->row.line);
		long long same = first ? 0 : meeting_find_same(db, m);
		if (first)
			import_error(im, -1, _("the same minute is already on line %zu"), first);
		else if (same)
			import_error(im, -1, _("already recorded as meeting #%lld"), same);
	}
	return im->errors == before;
}

int import_meetings(struct cli *cli, int argc, char **argv)
{
	struct import_column columns[MIN_COUNT];
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, false);
	if (rc)
		return rc;
	for (int f = 0; f < MIN_COUNT; f++) {
		columns[f].header = minute_fields[f].header;
		columns[f].required = minute_fields[f].required;
	}
	struct import im;
	struct db *db = import_start(cli, &im, &o, columns, MIN_COUNT, false);
	if (!db)
		return EXIT_REFUSED;

	struct keyset seen = { 0 };
	struct date today = date_today();
	struct progress pg;
	size_t added = 0;
	progress_start(&pg, _("Importing"), import_estimate_rows(&im));
	while (import_next(&im)) {
		struct meeting m;
		meeting_init(&m);
		progress_update(&pg, im.row.line);
		/* After the first problem, only check. */
		if (read_row(&im, db, &seen, today, &m) && !im.errors) {
			if (meeting_insert(db, &m))
				added++;
			else
				import_error(&im, -1, "%s", db_error(db));
		}
		meeting_done(&m);
	}
	progress_end(&pg);
	keyset_free(&seen);

	char *done = import_done(ngettext("zhibu: imported %zu minute from %s (%s).\n",
					  "zhibu: imported %zu minutes from %s (%s).\n", added),
				 added, &im, &o);
	int status = import_finish(&im, db, &o, false, done);
	free(done);
	return status;
}
