#include "report/rollup.h"
#include "report/rollup_private.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/money.h"
#include "core/text.h"
#include "db/candidate.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/meeting.h"
#include "db/member.h"
#include "db/package.h"
#include "db/stats.h"
#include "io/sheet.h"
#include "report/dues.h"
#include "report/meetings.h"
#include "report/pipeline.h"
#include "report/stats.h"
#include "report/todo.h"
#include "rules/stats.h"

/* ---- the inputs -------------------------------------------------------- */

static void input_add(struct rollup_result *res, const char *path)
{
	res->inputs = grow_array(res->inputs, res->ninputs, &res->cap, 16, sizeof *res->inputs);
	struct rollup_input *in = &res->inputs[res->ninputs++];
	memset(in, 0, sizeof *in);
	in->path = strdup(path);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* SQLite's files beside a database, and hidden files, are not inputs. */
static bool side_file(const char *name)
{
	static const char *const ends[] = { "-wal", "-shm", "-journal" };
	size_t n = strlen(name);
	if (name[0] == '.')
		return true;
	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		size_t e = strlen(ends[i]);
		if (n > e && !strcmp(name + n - e, ends[i]))
			return true;
	}
	return false;
}

/* A folder's regular files, in name order. */
static void add_folder(struct rollup_result *res, const char *dir)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	if (!d) {
		input_add(res, dir);
		res->inputs[res->ninputs - 1].state = RI_SKIPPED;
		if (asprintf(&res->inputs[res->ninputs - 1].why, _("cannot read it: %s"), strerror(errno)) < 0)
			abort();
		return;
	}
	while ((e = readdir(d))) {
		char *p;
		struct stat st;
		if (side_file(e->d_name))
			continue;
		if (asprintf(&p, "%s/%s", dir, e->d_name) < 0)
			abort();
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
			names = grow_array(names, n, &cap, 64, sizeof *names);
			names[n++] = p;
		} else {
			free(p);
		}
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		input_add(res, names[i]);
		free(names[i]);
	}
	free(names);
}

static void expand_paths(struct rollup_result *res, char **paths, int npaths)
{
	for (int i = 0; i < npaths; i++) {
		struct stat st;
		if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
			add_folder(res, paths[i]);
		else
			input_add(res, paths[i]);
	}
}

/* When a copy was made: the package's manifest, else the file's time. */
static void made_at(const struct package_input *in, char *out, size_t size)
{
	if (in->manifest.present && in->manifest.made_at[0]) {
		snprintf(out, size, "%s", in->manifest.made_at);
		return;
	}
	time_t t = (time_t)in->mtime;
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(out, size, "%Y-%m-%d %H:%M:%S", &tm);
}

/* Pass one: learn which branch each input holds, and of two copies of one
 * branch (the same name under the same 上级党委) keep the newer.  The full
 * check (quick_check, a pass over every page) is made once, in pass two,
 * on the inputs kept. */
struct seen {
	char key[260];
	char made[DATE_TIME_SIZE];
	size_t input;
};

static void check_inputs(struct rollup_result *res)
{
	struct seen *seen = NULL;
	size_t nseen = 0, cap = 0;
	for (size_t i = 0; i < res->ninputs; i++) {
		struct rollup_input *ri = &res->inputs[i];
		struct package_input in;
		char *why = NULL;
		if (ri->state == RI_SKIPPED)
			continue;
		if (!package_input_open(ri->path, &in, false, &why)) {
			ri->state = RI_SKIPPED;
			ri->why = why;
			package_input_close(&in);
			continue;
		}
		snprintf(ri->branch, sizeof ri->branch, "%s", in.branch.name);
		snprintf(ri->higher, sizeof ri->higher, "%s", in.branch.higher_committee);
		struct seen s;
		snprintf(s.key, sizeof s.key, "%s\x1f%s", in.branch.name, in.branch.higher_committee);
		made_at(&in, s.made, sizeof s.made);
		s.input = i;
		package_input_close(&in);
		size_t k = 0;
		while (k < nseen && strcmp(seen[k].key, s.key))
			k++;
		if (k == nseen) {
			seen = grow_array(seen, nseen, &cap, 64, sizeof *seen);
			seen[nseen++] = s;
			continue;
		}
		/* The older of the two is left out, naming the newer. */
		size_t older = strcmp(s.made, seen[k].made) >= 0 ? seen[k].input : i;
		size_t newer = older == i ? seen[k].input : i;
		res->inputs[older].state = RI_OLDER_COPY;
		free(res->inputs[older].why);
		res->inputs[older].why = strdup(res->inputs[newer].path);
		if (newer == i)
			seen[k] = s;
	}
	free(seen);
}

/* The committee's name: the 上级党委 most of the branches name. */
static void committee_name(const struct rollup_result *res, char *out, size_t size)
{
	size_t best = 0;
	out[0] = '\0';
	for (size_t i = 0; i < res->ninputs; i++) {
		const char *h = res->inputs[i].higher;
		size_t n = 0;
		if (res->inputs[i].state != RI_USED || !h[0])
			continue;
		for (size_t j = 0; j < res->ninputs; j++)
			n += res->inputs[j].state == RI_USED && !strcmp(res->inputs[j].higher, h);
		if (n > best) {
			best = n;
			snprintf(out, size, "%s", h);
		}
	}
}

/* ---- people on two rolls ------------------------------------------------ */

/* A current member of one branch: the ID number (masked in a masked
 * package: 4501*00000012*1234), the name in a shared arena, the input. */
struct person {
	char id[IDNUM_SIZE];
	uint32_t name;       /* offset into people.names */
	uint32_t branch;     /* input index */
};

struct people {
	struct person *p;
	size_t n, cap;
	char *names;
	size_t names_len, names_cap;
	size_t branch;
};

static const struct people *sorting; /* for by_person: qsort takes no context */

static void person_add(struct people *pp, const struct member *m)
{
	size_t len = strlen(m->name) + 1;
	pp->p = grow_array(pp->p, pp->n, &pp->cap, 256, sizeof *pp->p);
	while (pp->names_len + len > pp->names_cap)
		pp->names = grow_array(pp->names, pp->names_cap, &pp->names_cap, 4096, 1);
	memcpy(pp->names + pp->names_len, m->name, len);
	struct person *p = &pp->p[pp->n++];
	snprintf(p->id, sizeof p->id, "%s", m->id_number);
	p->name = (uint32_t)pp->names_len;
	p->branch = (uint32_t)pp->branch;
	pp->names_len += len;
}

/* Masked numbers keep their first and last four digits: people are matched
 * on those and the name, and then conflict when either number is masked or
 * both are the same. */
static int same_person(const struct people *pp, const struct person *x, const struct person *y)
{
	int c = memcmp(x->id, y->id, 4);
	if (!c)
		c = strcmp(x->id + strlen(x->id) - (strlen(x->id) >= 4 ? 4 : 0),
			   y->id + strlen(y->id) - (strlen(y->id) >= 4 ? 4 : 0));
	return c ? c : strcmp(pp->names + x->name, pp->names + y->name);
}

static int by_person(const void *a, const void *b)
{
	const struct person *x = a, *y = b;
	int c = same_person(sorting, x, y);
	return c ? c : (x->branch > y->branch) - (x->branch < y->branch);
}

static bool numbers_clash(const struct person *x, const struct person *y)
{
	return strchr(x->id, '*') || strchr(y->id, '*') || !strcmp(x->id, y->id);
}

/* 重复在册: each person on the current rolls of more than one branch. */
static struct sheet *conflicts_sheet(struct people *pp, const struct rollup_result *res, size_t *count)
{
	struct sheet *s = sheet_new("党员重复在册情况", _("the same person on the current roll of two or more branches"),
				    "重复在册");
	sheet_add_column(s, "序号", CELL_NUMBER);
	sheet_add_column(s, "公民身份号码", CELL_TEXT);
	sheet_add_column(s, "姓名", CELL_TEXT);
	sheet_add_column(s, "所在支部", CELL_TEXT);
	sorting = pp;
	if (pp->n > 1)
		qsort(pp->p, pp->n, sizeof *pp->p, by_person);
	*count = 0;
	for (size_t i = 0; i < pp->n;) {
		size_t j = i + 1;
		bool clash = false;
		while (j < pp->n && !same_person(pp, &pp->p[j], &pp->p[i])) {
			clash = clash || (pp->p[j].branch != pp->p[i].branch && numbers_clash(&pp->p[j], &pp->p[i]));
			j++;
		}
		if (clash) {
			char id[IDNUM_SIZE];
			idnum_mask(pp->p[i].id, id);
			for (size_t k = i; k < j; k++) {
				sheet_add_row(s, ROW_PLAIN);
				if (k == i)
					sheet_setf(s, 0, "%zu", ++*count);
				sheet_set(s, 1, k == i ? id : "");
				sheet_set(s, 2, pp->names + pp->p[k].name);
				sheet_set(s, 3, res->inputs[pp->p[k].branch].branch);
			}
		}
		i = j;
	}
	return s;
}

/* ---- the reports ----------------------------------------------------------- */

/* ---- the driver ------------------------------------------------------- */


static bool current_people(struct db *db, struct people *pp)
{
	struct member_iter *it = member_iter_new(db, &(struct member_filter){ .include_left = false },
						 MSORT_ROSTER, false, 0, -1);
	struct member m;
	if (!it)
		return false;
	while (member_iter_next(it, &m))
		person_add(pp, &m);
	member_iter_free(it);
	return true;
}

static void say_inputs(struct sheet *s, const struct rollup_result *res)
{
	char line[1024];
	size_t skipped = 0, older = 0;
	for (size_t i = 0; i < res->ninputs; i++) {
		skipped += res->inputs[i].state == RI_SKIPPED;
		older += res->inputs[i].state == RI_OLDER_COPY;
	}
	snprintf(line, sizeof line, _("%zu of %zu branches reported (%zu inputs: %zu skipped, %zu older copies left out)."),
		 res->used, res->used + skipped, res->ninputs, skipped, older);
	sheet_add_footer(s, line);
	for (size_t i = 0; i < res->ninputs; i++) {
		const struct rollup_input *in = &res->inputs[i];
		if (in->state == RI_SKIPPED)
			snprintf(line, sizeof line, _("Skipped %s: %s"), in->path, in->why ? in->why : "");
		else if (in->state == RI_OLDER_COPY)
			snprintf(line, sizeof line, _("Left out %s: an older copy of %s; the newer %s was read"),
				 in->path, in->branch, in->why ? in->why : "");
		else
			continue;
		sheet_add_footer(s, line);
	}
	if (res->conflicts) {
		snprintf(line, sizeof line, _("%zu people are on the current roll of more than one branch: see the sheet 重复在册."),
			 res->conflicts);
		sheet_add_footer(s, line);
	}
}

struct sheet *rollup_build(const struct rollup_request *r, char **paths, int npaths,
			   struct rollup_result *res, char **why)
{
	char committee[128] = "";
	struct rollup_ctx c = { .r = r };
	struct people pp = { 0 };
	const struct rollup_kind *k = &rollup_kinds[r->report];
	memset(res, 0, sizeof *res);
	*why = NULL;

	expand_paths(res, paths, npaths);
	check_inputs(res);
	if (r->committee && *r->committee)
		snprintf(committee, sizeof committee, "%s", r->committee);
	else
		committee_name(res, committee, sizeof committee);
	c.committee = committee;
	k->begin(&c);
	for (size_t i = 0; i < res->ninputs; i++) {
		struct rollup_input *ri = &res->inputs[i];
		struct package_input in;
		char *err = NULL;
		if (ri->state != RI_USED)
			continue;
		if (!package_input_open(ri->path, &in, true, &err)) {
			ri->state = RI_SKIPPED;
			ri->why = err;
			package_input_close(&in);
			continue;
		}
		size_t people_before = pp.n;
		c.branches++;
		char made[DATE_TIME_SIZE];
		made_at(&in, made, sizeof made);
		c.input = pp.branch = i;
		c.made = made;
		c.path = ri->path;
		if (!current_people(in.db, &pp) || !k->branch(&c, in.db, ri->branch)) {
			ri->state = RI_SKIPPED;
			if (asprintf(&ri->why, _("cannot read it: %s"), db_error(in.db)) < 0)
				ri->why = NULL;
			c.branches--;
			pp.n = people_before;
		} else {
			res->used++;
		}
		package_input_close(&in);
	}
	k->finish(&c, res);
	struct sheet *conflicts = conflicts_sheet(&pp, res, &res->conflicts);
	free(pp.p);
	free(pp.names);
	free(c.todos);
	if (c.stats_started)
		stats_done(&c.stats);
	for (size_t i = 0; i < res->ninputs; i++)
		res->skipped += res->inputs[i].state == RI_SKIPPED;
	say_inputs(c.summary, res);
	if (res->conflicts)
		sheet_append(c.summary, conflicts);
	else
		sheet_free(conflicts);
	if (c.details)
		sheet_append(c.summary, c.details);
	if (!res->used) {
		if (asprintf(why, "%s", _("no input could be read")) < 0)
			*why = NULL;
		sheet_free(c.summary);
		return NULL;
	}
	return c.summary;
}

void rollup_result_done(struct rollup_result *res)
{
	for (size_t i = 0; i < res->ninputs; i++) {
		free(res->inputs[i].path);
		free(res->inputs[i].why);
	}
	free(res->inputs);
	memset(res, 0, sizeof *res);
}
