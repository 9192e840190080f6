/* zhibu training add|void|tag and zhibu import trainings: the trainings that
 * count for 学时, and the tag that makes a 支委会 count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/hours_cli.h"
#include "cli/import_options.h"
#include "cli/records_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/record.h"
#include "db/training.h"

enum { TF_TITLE, TF_KIND, TF_ORGANIZER, TF_START, TF_END, TF_HOURS, TF_CENTRAL, TF_COUNTS, TF_PEOPLE, TF_COUNT };

static const struct record_field training_fields[TF_COUNT] = {
	[TF_TITLE] = { "培训名称", "--title", true },
	[TF_KIND] = { "类型", "--kind", true },
	[TF_ORGANIZER] = { "主办单位", "--organizer", false },
	[TF_START] = { "开始日期", "--from", true },
	[TF_END] = { "结束日期", "--to", false },
	[TF_HOURS] = { "学时", "--hours", true },
	[TF_CENTRAL] = { "集中培训", "--centralized", false },
	[TF_COUNTS] = { "计入学时", "--counts", false },
	[TF_PEOPLE] = { "参加人", "--people", true },
};

static int yes_no(const char *v, bool fallback, int column, record_problem_fn *problem, void *ctx, bool *out)
{
	if (!*v) {
		*out = fallback;
		return 0;
	}
	if (import_yes_no(v, out))
		return 0;
	problem(ctx, column, _("write 是 or 否"));
	return 1;
}

static int write_training(struct db *db, const char *const *v, bool write, record_problem_fn *problem, void *ctx,
			  long long *id)
{
	struct training t = { 0 };
	struct hours_settings set;
	int problems = 0;
	if (!hours_settings_load(db, &set)) {
		problem(ctx, -1, db_error(db));
		return 1;
	}
	if (text_blank(v[TF_TITLE])) {
		problem(ctx, TF_TITLE, _("is empty"));
		problems++;
	}
	text_copy(t.title, sizeof t.title, v[TF_TITLE]);
	text_copy(t.organizer, sizeof t.organizer, v[TF_ORGANIZER]);
	int kind = training_kind_parse(v[TF_KIND]);
	if (kind < 0) {
		problem(ctx, TF_KIND, _("must be one of 集中培训, 网络培训, 专题讲座, 集体学习, 其他"));
		problems++;
	}
	t.kind = kind < 0 ? TK_OTHER : (enum training_kind)kind;
	if (!records_date(v[TF_START], TF_START, problem, ctx, t.start))
		problems++;
	if (!*v[TF_END])
		memcpy(t.end, t.start, sizeof t.end);
	else if (!records_date(v[TF_END], TF_END, problem, ctx, t.end))
		problems++;
	else if (*t.start && strcmp(t.end, t.start) < 0) {
		problem(ctx, TF_END, _("is before the start"));
		problems++;
	}
	const char *why;
	if (!hours_parse(v[TF_HOURS], set.minutes_per_hour, &t.minutes, &why)) {
		problem(ctx, TF_HOURS, why);
		problems++;
	}
	problems += yes_no(v[TF_CENTRAL], t.kind == TK_CENTRAL, TF_CENTRAL, problem, ctx, &t.centralized);
	problems += yes_no(v[TF_COUNTS], true, TF_COUNTS, problem, ctx, &t.counts);
	struct person_list people = { 0 };
	if (*t.start)
		problems += records_people(db, v[TF_PEOPLE], t.start, false, TF_PEOPLE, problem, ctx, &people);
	if (!problems && !people.count) {
		problem(ctx, TF_PEOPLE, _("is empty"));
		problems++;
	}
	long long same = problems ? 0 : training_find_same(db, t.title, t.start);
	if (same) {
		char buf[128];
		snprintf(buf, sizeof buf, _("already recorded as 培训#%lld"), same);
		problem(ctx, -1, buf);
		problems++;
	}
	if (!problems && write) {
		bool ok = training_insert(db, &t);
		for (size_t i = 0; ok && i < people.count; i++)
			ok = training_add_person(db, t.id, people.people[i].id, 0);
		if (ok)
			*id = t.id;
		else {
			problem(ctx, -1, db_error(db));
			problems++;
		}
	}
	person_list_free(&people);
	return problems;
}

static const struct record_kind training_kind = {
	"training", RT_TRAINING, training_fields, TF_COUNT, write_training,
};

int import_trainings(struct cli *cli, int argc, char **argv)
{
	return records_import(cli, argc, argv, &training_kind);
}

int cmd_training(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return records_add(cli, argc - 1, argv + 1, &training_kind);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return records_void(cli, argc - 1, argv + 1, &training_kind);
	return cli_usage("training", _("name what to do: add or void (a minute is tagged with zhibu meeting tag)"));
}
