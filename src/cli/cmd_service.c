/* zhibu service add|void and zhibu import services: volunteer service with
 * the members and outside activists who took part. */
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
#include "db/service.h"
#include "rules/hours.h"

enum { SF_DATE, SF_TITLE, SF_PLACE, SF_HOURS, SF_PEOPLE, SF_COUNT };

static const struct record_field service_fields[SF_COUNT] = {
	[SF_DATE] = { "日期", "--date", true },
	[SF_TITLE] = { "活动名称", "--title", true },
	[SF_PLACE] = { "地点", "--place", false },
	[SF_HOURS] = { "时长（小时）", "--hours", true },
	[SF_PEOPLE] = { "参加人", "--people", true },
};

static int write_service(struct db *db, const char *const *v, bool write, record_problem_fn *problem, void *ctx,
			 long long *id)
{
	struct service s = { 0 };
	int problems = 0;
	const char *why;
	if (!records_date(v[SF_DATE], SF_DATE, problem, ctx, s.date))
		problems++;
	if (text_blank(v[SF_TITLE])) {
		problem(ctx, SF_TITLE, _("is empty"));
		problems++;
	}
	text_copy(s.title, sizeof s.title, v[SF_TITLE]);
	text_copy(s.place, sizeof s.place, v[SF_PLACE]);
	if (!hours_parse(v[SF_HOURS], 60, &s.minutes, &why)) {
		problem(ctx, SF_HOURS, why);
		problems++;
	}
	struct person_list people = { 0 };
	if (*s.date)
		problems += records_people(db, v[SF_PEOPLE], s.date, true, SF_PEOPLE, problem, ctx, &people);
	if (!problems && !people.count) {
		problem(ctx, SF_PEOPLE, _("is empty"));
		problems++;
	}
	long long same = problems ? 0 : service_find_same(db, s.date, s.title);
	if (same) {
		char buf[128];
		snprintf(buf, sizeof buf, _("already recorded as 活动#%lld"), same);
		problem(ctx, -1, buf);
		problems++;
	}
	if (!problems && write) {
		long long *ids = calloc(people.count + 1, sizeof *ids);
		const char **names = calloc(people.count + 1, sizeof *names);
		if (!ids || !names)
			abort();
		for (size_t i = 0; i < people.count; i++) {
			ids[i] = people.people[i].id;
			names[i] = people.people[i].name;
		}
		if (service_insert(db, &s, ids, names, people.count))
			*id = s.id;
		else {
			problem(ctx, -1, db_error(db));
			problems++;
		}
		free(ids);
		free(names);
	}
	person_list_free(&people);
	return problems;
}

static const struct record_kind service_kind = { "service", RT_SERVICE, service_fields, SF_COUNT, write_service };

int import_services(struct cli *cli, int argc, char **argv)
{
	return records_import(cli, argc, argv, &service_kind);
}

int cmd_service(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return records_add(cli, argc - 1, argv + 1, &service_kind);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return records_void(cli, argc - 1, argv + 1, &service_kind);
	return cli_usage("service", _("name what to do: add or void"));
}
