/* zhibu pledge add|void|evaluate, zhibu import pledges, and zhibu post
 * add|void: 承诺践诺 and the 党员先锋岗, 示范岗 and 责任区. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/hours_cli.h"
#include "cli/records_cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/record.h"
#include "db/meeting.h"
#include "db/pledge.h"

enum { PF_NAME, PF_YEAR, PF_KIND, PF_CONTENT, PF_FULFILMENT, PF_DONE, PF_COUNT };

static const struct record_field pledge_fields[PF_COUNT] = {
	[PF_NAME] = { "姓名", "--member", true },
	[PF_YEAR] = { "年度", "--year", true },
	[PF_KIND] = { "类型", "--kind", true },
	[PF_CONTENT] = { "承诺内容", "--content", true },
	[PF_FULFILMENT] = { "践诺情况", "--fulfilment", false },
	[PF_DONE] = { "完成日期", "--done", false },
};

/* The one member a record names on day; 0 after reporting a problem. */
static long long member_on(struct db *db, const char *name, const char *day, int column, record_problem_fn *problem,
			   void *ctx)
{
	char why[512];
	long long id = 0;
	if (meeting_member_by_name(db, name, day, &id, why, sizeof why) != MATCH_FOUND) {
		problem(ctx, column, why);
		return 0;
	}
	return id;
}

static int write_pledge(struct db *db, const char *const *v, bool write, record_problem_fn *problem, void *ctx,
			long long *id)
{
	struct pledge p = { 0 };
	int problems = 0;
	char *end;
	long year = strtol(v[PF_YEAR], &end, 10);
	if (!*v[PF_YEAR] || *end || year < 1900 || year > 2999) {
		problem(ctx, PF_YEAR, _("give a year such as 2026"));
		problems++;
	}
	p.year = (int)year;
	int kind = pledge_name_index(pledge_kind_names, v[PF_KIND]);
	if (kind < 0) {
		problem(ctx, PF_KIND, _("must be one of 岗位承诺, 服务承诺, 廉洁承诺, 争先创优, 责任书"));
		problems++;
	}
	p.kind = kind < 0 ? PK_POST : (enum pledge_kind)kind;
	if (text_blank(v[PF_CONTENT])) {
		problem(ctx, PF_CONTENT, _("is empty"));
		problems++;
	}
	if (!text_copy(p.content, sizeof p.content, v[PF_CONTENT]) ||
	    !text_copy(p.fulfilment, sizeof p.fulfilment, v[PF_FULFILMENT])) {
		problem(ctx, -1, _("is too long"));
		problems++;
	}
	if (*v[PF_DONE] && !records_date(v[PF_DONE], PF_DONE, problem, ctx, p.fulfilled_on))
		problems++;
	if (!problems) {
		char day[DATE_ISO_SIZE];
		date_format((struct date){ p.year, 12, 31 }, day);
		p.member_id = member_on(db, v[PF_NAME], day, PF_NAME, problem, ctx);
		problems += !p.member_id;
	}
	long long same = problems ? 0 : pledge_find_same(db, &p);
	if (same) {
		char buf[128];
		snprintf(buf, sizeof buf, _("already recorded as 承诺#%lld"), same);
		problem(ctx, -1, buf);
		problems++;
	}
	if (!problems && write) {
		if (pledge_insert(db, &p))
			*id = p.id;
		else {
			problem(ctx, -1, db_error(db));
			problems++;
		}
	}
	return problems;
}

static const struct record_kind pledge_kind = { "pledge", RT_PLEDGE, pledge_fields, PF_COUNT, write_pledge };

int import_pledges(struct cli *cli, int argc, char **argv)
{
	return records_import(cli, argc, argv, &pledge_kind);
}

enum { EF_ID, EF_BY, EF_GRADE, EF_DATE, EF_NOTE, EF_COUNT };

static const struct record_field evaluation_fields[EF_COUNT] = {
	[EF_ID] = { "承诺编号", "--pledge", true },
	[EF_BY] = { "评议方", "--by", true },
	[EF_GRADE] = { "评价", "--grade", true },
	[EF_DATE] = { "日期", "--date", false },
	[EF_NOTE] = { "备注", "--note", false },
};

static int write_evaluation(struct db *db, const char *const *v, bool write, record_problem_fn *problem, void *ctx,
			    long long *id)
{
	int problems = 0;
	char *end, day[DATE_ISO_SIZE];
	long long pledge = strtoll(v[EF_ID], &end, 10);
	if (*end || pledge <= 0) {
		problem(ctx, EF_ID, _("is not a record number"));
		problems++;
	}
	if (pledge_name_index(pledge_evaluators, v[EF_BY]) < 0) {
		problem(ctx, EF_BY, _("must be one of 自评, 群众评议, 组织评议"));
		problems++;
	}
	if (pledge_name_index(pledge_grades, v[EF_GRADE]) < 0) {
		problem(ctx, EF_GRADE, _("must be one of 好, 较好, 一般, 差"));
		problems++;
	}
	if (!*v[EF_DATE])
		date_format(date_today(), day);
	else if (!records_date(v[EF_DATE], EF_DATE, problem, ctx, day))
		problems++;
	if (!problems && write) {
		if (pledge_evaluate(db, pledge, v[EF_BY], v[EF_GRADE], day, v[EF_NOTE]))
			*id = pledge;
		else {
			problem(ctx, -1, db_error(db));
			problems++;
		}
	}
	return problems;
}

static const struct record_kind evaluation_kind = {
	"pledge evaluate", RT_PLEDGE, evaluation_fields, EF_COUNT, write_evaluation,
};

int cmd_pledge(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return records_add(cli, argc - 1, argv + 1, &pledge_kind);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return records_void(cli, argc - 1, argv + 1, &pledge_kind);
	if (argc >= 2 && !strcmp(argv[1], "evaluate"))
		return records_add(cli, argc - 1, argv + 1, &evaluation_kind);
	return cli_usage("pledge", _("name what to do: add, evaluate or void"));
}

enum { OF_NAME, OF_KIND, OF_PLACE, OF_FROM, OF_TO, OF_COUNT };

static const struct record_field post_fields[OF_COUNT] = {
	[OF_NAME] = { "姓名", "--member", true },
	[OF_KIND] = { "类别", "--kind", true },
	[OF_PLACE] = { "岗位或区域", "--place", true },
	[OF_FROM] = { "开始日期", "--from", true },
	[OF_TO] = { "结束日期", "--to", false },
};

static int write_post(struct db *db, const char *const *v, bool write, record_problem_fn *problem, void *ctx,
		      long long *id)
{
	struct post p = { 0 };
	int problems = 0;
	p.kind = pledge_name_index(post_kind_names, v[OF_KIND]);
	if (p.kind < 0) {
		problem(ctx, OF_KIND, _("must be one of 党员先锋岗, 党员示范岗, 党员责任区"));
		problems++;
	}
	if (text_blank(v[OF_PLACE])) {
		problem(ctx, OF_PLACE, _("is empty"));
		problems++;
	}
	text_copy(p.place, sizeof p.place, v[OF_PLACE]);
	if (!records_date(v[OF_FROM], OF_FROM, problem, ctx, p.start))
		problems++;
	if (*v[OF_TO] && !records_date(v[OF_TO], OF_TO, problem, ctx, p.end))
		problems++;
	else if (*p.end && strcmp(p.end, p.start) < 0) {
		problem(ctx, OF_TO, _("is before the start"));
		problems++;
	}
	if (!problems) {
		p.member_id = member_on(db, v[OF_NAME], p.start, OF_NAME, problem, ctx);
		problems += !p.member_id;
	}
	if (!problems && write) {
		if (post_insert(db, &p))
			*id = p.id;
		else {
			problem(ctx, -1, db_error(db));
			problems++;
		}
	}
	return problems;
}

static const struct record_kind post_kind = { "post", RT_POST, post_fields, OF_COUNT, write_post };

int cmd_post(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "add"))
		return records_add(cli, argc - 1, argv + 1, &post_kind);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return records_void(cli, argc - 1, argv + 1, &post_kind);
	return cli_usage("post", _("name what to do: add or void"));
}
