/* zhibu talk add|void and zhibu import talks: 谈心谈话 with whom, by whom. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/hours_cli.h"
#include "cli/records_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/record.h"
#include "db/talk.h"

enum { KF_DATE, KF_TALKER, KF_WITH, KF_KIND, KF_SUMMARY, KF_COUNT };

static const struct record_field talk_fields[KF_COUNT] = {
	[KF_DATE] = { "日期", "--date", true },
	[KF_TALKER] = { "谈话人", "--talker", true },
	[KF_WITH] = { "谈话对象", "--with", true },
	[KF_KIND] = { "类型", "--kind", false },
	[KF_SUMMARY] = { "内容摘要", "--summary", false },
};

static long long *ids_of(const struct person_list *l)
{
	long long *ids = calloc(l->count + 1, sizeof *ids);
	if (!ids)
		abort();
	for (size_t i = 0; i < l->count; i++)
		ids[i] = l->people[i].id;
	return ids;
}

static int write_talk(struct db *db, const char *const *v, bool write, record_problem_fn *problem, void *ctx,
		      long long *id)
{
	struct talk t = { 0 };
	int problems = 0;
	if (!records_date(v[KF_DATE], KF_DATE, problem, ctx, t.date))
		problems++;
	int kind = *v[KF_KIND] ? talk_kind_parse(v[KF_KIND]) : TALK_HEART;
	if (kind < 0) {
		problem(ctx, KF_KIND, _("must be one of 谈心谈话, 提醒谈话, 转入谈话, 政治生日谈话, 其他"));
		problems++;
	}
	t.kind = kind < 0 ? TALK_OTHER : (enum talk_kind)kind;
	if (!text_copy(t.summary, sizeof t.summary, v[KF_SUMMARY])) {
		problem(ctx, KF_SUMMARY, _("is too long"));
		problems++;
	}
	struct person_list talkers = { 0 }, with = { 0 };
	if (*t.date) {
		problems += records_people(db, v[KF_TALKER], t.date, false, KF_TALKER, problem, ctx, &talkers);
		problems += records_people(db, v[KF_WITH], t.date, false, KF_WITH, problem, ctx, &with);
	}
	if (!problems && (!talkers.count || !with.count)) {
		problem(ctx, talkers.count ? KF_WITH : KF_TALKER, _("is empty"));
		problems++;
	}
	for (size_t i = 0; !problems && i < talkers.count; i++)
		for (size_t j = 0; j < with.count; j++)
			if (talkers.people[i].id == with.people[j].id) {
				char buf[256];
				snprintf(buf, sizeof buf, _("%s cannot talk with themselves"), with.people[j].name);
				problem(ctx, KF_WITH, buf);
				problems++;
			}
	long long same = problems ? 0 : talk_find_same(db, t.date, t.kind, talkers.people[0].id, with.people[0].id);
	if (same) {
		char buf[128];
		snprintf(buf, sizeof buf, _("already recorded as 谈话#%lld"), same);
		problem(ctx, -1, buf);
		problems++;
	}
	if (!problems && write) {
		long long *a = ids_of(&talkers), *b = ids_of(&with);
		if (talk_insert(db, &t, a, talkers.count, b, with.count))
			*id = t.id;
		else {
			problem(ctx, -1, db_error(db));
			problems++;
		}
		free(a);
		free(b);
	}
	person_list_free(&talkers);
	person_list_free(&with);
	return problems;
}

static const struct record_kind talk_kind = { "talk", RT_TALK, talk_fields, KF_COUNT, write_talk };

int import_talks(struct cli *cli, int argc, char **argv)
{
	return records_import(cli, argc, argv, &talk_kind);
}

int cmd_talk(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return records_add(cli, argc - 1, argv + 1, &talk_kind);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return records_void(cli, argc - 1, argv + 1, &talk_kind);
	return cli_usage("talk", _("name what to do: add or void"));
}
