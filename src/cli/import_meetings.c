/* zhibu import meetings: old minute books moved in from CSV, one minute per
 * row, header of Chinese column names in any order.  Names are matched
 * against the roster; any problem means nothing is written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "cli/meetings_cli.h"
#include "core/i18n.h"
#include "db/db.h"
#include "db/meeting.h"
#include "io/import.h"
#include "io/progress.h"

/* The minutes seen in the file (kind, day, group, topic), to catch one
 * listed twice. */
struct seen {
	char **keys;
	size_t *lines;
	size_t count, cap;
};

static size_t seen_add(struct seen *s, const struct meeting *m, size_t line)
{
	char *key;
	if (asprintf(&key, "%d|%s|%s|%s", (int)m->kind, m->date, m->group, m->title) < 0)
		abort();
	for (size_t i = 0; i < s->count; i++)
		if (!strcmp(s->keys[i], key)) {
			free(key);
			return s->lines[i];
		}
	if (s->count == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->keys = realloc(s->keys, s->cap * sizeof *s->keys);
		s->lines = realloc(s->lines, s->cap * sizeof *s->lines);
		if (!s->keys || !s->lines)
			abort();
	}
	s->keys[s->count] = key;
	s->lines[s->count++] = line;
	return 0;
}

static void seen_free(struct seen *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->keys[i]);
	free(s->keys);
	free(s->lines);
}

static void report_problem(void *ctx, enum minute_field f, const char *why)
{
	import_error(ctx, f < MIN_COUNT ? (int)f : -1, "%s", why);
}

/* Check one row into m; true when it can be written. */
static bool read_row(struct import *im, struct db *db, struct seen *seen, struct date today,
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
	if (!import_open(&im, o.file, o.encoding, columns, MIN_COUNT)) {
		import_close(&im);
		fprintf(stderr, _("zhibu: nothing was imported.\n"));
		return EXIT_REFUSED;
	}
	struct db *db = cli_db(cli, false);
	if (!db || !db_begin(db)) {
		if (db)
			fprintf(stderr, "zhibu: %s\n", db_error(db));
		import_close(&im);
		return EXIT_REFUSED;
	}

	struct seen seen = { 0 };
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
	seen_free(&seen);

	int status = EXIT_OK;
	if (im.errors) {
		db_rollback(db);
		fprintf(stderr, ngettext("zhibu: %d problem in %s: nothing was imported.\n",
					 "zhibu: %d problems in %s: nothing was imported.\n", im.errors),
			im.errors, o.file);
		status = EXIT_REFUSED;
	} else if (o.dry_run) {
		db_rollback(db);
		fprintf(stderr, ngettext("zhibu: %zu minute checked, no problems; nothing written (--dry-run).\n",
					 "zhibu: %zu minutes checked, no problems; nothing written (--dry-run).\n", im.rows),
			im.rows);
	} else if (!db_commit(db)) {
		fprintf(stderr, _("zhibu: nothing was imported: %s\n"), db_error(db));
		status = EXIT_REFUSED;
	} else {
		fprintf(stderr, ngettext("zhibu: imported %zu minute from %s (%s).\n",
					 "zhibu: imported %zu minutes from %s (%s).\n", added),
			added, o.file, encoding_name(im.encoding));
	}
	import_close(&im);
	return status;
}
