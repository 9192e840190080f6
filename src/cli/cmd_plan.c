/* zhibu plan adopt|add|done|cancel|show: the year's 党建工作计划.  An item
 * bound to an indicator (接收预备党员, 主题党日 ...) has its progress computed
 * and cannot be marked done by hand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "cli/rectify_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/plan.h"
#include "db/meeting.h"
#include "db/yearbook.h"
#include "io/sheet.h"
#include "report/plan.h"
#include "rules/plan.h"

#define CMD "plan"

static bool year_arg(const char *v, int *year, int *status)
{
	char *end;
	long y = v ? strtol(v, &end, 10) : 0;
	if (!v || *end || y < 1921 || y > 9999) {
		*status = cli_usage(CMD, _("--year is a year such as 2026"));
		return false;
	}
	*year = (int)y;
	return true;
}

/* A meeting named by a command must be recorded (0: none named).  Rolls back when not. */
static bool recorded(struct db *db, long long meeting, int *status)
{
	char kind[32];
	int found = meeting ? meeting_kind_of(db, meeting, kind, sizeof kind) : 1;
	if (found == 1)
		return true;
	*status = found < 0 ? cli_fail("%s", db_error(db)) : cli_fail(_("no meeting 会议#%lld is recorded"), meeting);
	db_rollback(db);
	return false;
}

static int do_adopt(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--year", "--date", "--meeting", NULL };
	const char *v[3] = { 0 };
	char on[DATE_ISO_SIZE];
	int year, status = cli_options(CMD, argc, argv, names, v, NULL);
	long long meeting = 0;
	if (status || !year_arg(v[0], &year, &status) || !cli_date_arg(CMD, "--date", v[1], on, &status))
		return status;
	if (v[2] && !cli_record_id(v[2], "会议#", &meeting))
		return cli_usage(CMD, _("--meeting names a minute: 会议#ID"));
	struct db *db = cli_begin(cli, &status);
	return db && recorded(db, meeting, &status) ? cli_commit_or_fail(db, plan_adopt(db, year, on, meeting)) : status;
}

/* Check an item's fields; the problem (translated) and its column index, or NULL. */
const char *plan_item_check(struct plan_item *it, const char *area, const char *due, const char *indicator,
			    const char *target, int *col)
{
	const char *why;
	struct date d;
	*col = 0;
	if (!area || !plan_area_valid(area))
		return _("类别 is one of 政治建设, 思想建设, 组织建设, 作风建设, 纪律建设, 制度建设, 党风廉政建设, "
			 "中心工作, 服务群众, 其他");
	text_copy(it->area, sizeof it->area, area);
	*col = 1;
	if (text_blank(it->task))
		return _("required");
	*col = 2;
	if (text_blank(it->owner))
		return _("required");
	*col = 3;
	if (!due || !plan_due_parse(due, it->year, &d, &why))
		return due ? why : _("required");
	date_format(d, it->due);
	*col = 4;
	if (indicator && !text_blank(indicator)) {
		if (plan_indicator_parse(indicator) < 0)
			return _("not an indicator zhibu computes (接收预备党员, 预备党员转正, or a kind of meeting)");
		text_copy(it->indicator, sizeof it->indicator, plan_indicator_name(plan_indicator_parse(indicator)));
		*col = 5;
		char *end;
		long n = target ? strtol(target, &end, 10) : 0;
		if (!target || *end || n <= 0 || n > 100000)
			return _("an item bound to an indicator needs a target, a whole number from 1");
		it->target = (int)n;
	} else if (target && !text_blank(target)) {
		*col = 5;
		return _("a target needs an indicator");
	}
	return NULL;
}

static int do_add(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--year", "--area", "--task", "--measures", "--owner", "--due",
					     "--indicator", "--target", "--seq", NULL };
	const char *v[9] = { 0 };
	int status = cli_options(CMD, argc, argv, names, v, NULL);
	struct plan_item it = { 0 };
	if (status || !year_arg(v[0], &it.year, &status))
		return status;
	text_copy(it.task, sizeof it.task, v[2] ? v[2] : "");
	text_copy(it.measures, sizeof it.measures, v[3] ? v[3] : "");
	text_copy(it.owner, sizeof it.owner, v[4] ? v[4] : "");
	static const char *const opt[] = { "--area", "--task", "--owner", "--due", "--indicator", "--target" };
	int col;
	const char *why = plan_item_check(&it, v[1], v[5], v[6], v[7], &col);
	if (why)
		return cli_usage(CMD, "%s: %s", opt[col], why);
	if (v[8] && (it.seq = atoi(v[8])) <= 0)
		return cli_usage(CMD, _("--seq is a number from 1"));
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	long long id = 0;
	status = cli_commit_or_fail(db, (it.seq || plan_next_seq(db, it.year, &it.seq)) && plan_item_add(db, &it, &id));
	if (!status)
		printf("计划#%lld\n", id);
	return status;
}

static struct db *begin_item(struct cli *cli, const char *name, struct plan_item *it, int *status)
{
	long long id;
	if (!name || !cli_record_id(name, "计划#", &id)) {
		*status = cli_usage(CMD, _("name the item: 计划#ID"));
		return NULL;
	}
	struct db *db = cli_begin(cli, status);
	if (db && !plan_item_get(db, id, it)) {
		*status = cli_fail("%s", db_error(db));
		db_rollback(db);
		return NULL;
	}
	return db;
}

static int do_done(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--evidence", NULL };
	const char *v[2] = { 0 }, *name;
	char on[DATE_ISO_SIZE];
	int status = cli_options(CMD, argc, argv, names, v, &name);
	if (status || !cli_date_arg(CMD, "--date", v[0], on, &status))
		return status;
	struct plan_item it;
	struct db *db = begin_item(cli, name, &it, &status);
	if (!db)
		return status;
	if (it.indicator[0] || !strcmp(it.status, "取消")) {
		db_rollback(db);
		return it.indicator[0] ? cli_fail(_("计划#%lld is computed from %s: it is done when the records reach %d"),
						  it.id, it.indicator, it.target)
				       : cli_fail(_("计划#%lld is cancelled"), it.id);
	}
	snprintf(it.status, sizeof it.status, "已完成");
	text_copy(it.done_on, sizeof it.done_on, on);
	text_copy(it.evidence, sizeof it.evidence, v[1] ? v[1] : "");
	return cli_commit_or_fail(db, plan_item_update_status(db, &it));
}

static int do_cancel(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--reason", NULL };
	const char *v[1] = { 0 }, *name;
	int status = cli_options(CMD, argc, argv, names, v, &name);
	if (status)
		return status;
	if (!v[0] || text_blank(v[0]))
		return cli_usage(CMD, _("a cancelled item needs --reason"));
	struct plan_item it;
	struct db *db = begin_item(cli, name, &it, &status);
	if (!db)
		return status;
	snprintf(it.status, sizeof it.status, "取消");
	text_copy(it.void_reason, sizeof it.void_reason, v[0]);
	return cli_commit_or_fail(db, plan_item_update_status(db, &it));
}

static int do_start(struct cli *cli, int argc, char **argv)
{
	const char *name;
	static const char *const names[] = { NULL };
	int status = cli_options(CMD, argc, argv, names, NULL, &name);
	if (status)
		return status;
	struct plan_item it;
	struct db *db = begin_item(cli, name, &it, &status);
	if (!db)
		return status;
	if (it.indicator[0] || strcmp(it.status, "未开始")) {
		db_rollback(db);
		return cli_fail(_("计划#%lld is %s"), it.id, it.indicator[0] ? it.indicator : it.status);
	}
	snprintf(it.status, sizeof it.status, "进行中");
	return cli_commit_or_fail(db, plan_item_update_status(db, &it));
}

static int do_show(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--year", NULL };
	const char *v[1] = { 0 };
	int year, status = cli_options(CMD, argc, argv, names, v, NULL);
	if (status || !year_arg(v[0], &year, &status))
		return status;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct sheet *s = plan_sheet(db, year, date_today());
	if (!s)
		return cli_fail("%s", db_error(db));
	struct output_options o;
	output_options_init(&o);
	status = output_write(&o, s);
	sheet_free(s);
	return status;
}

int meeting_tag_cmd(struct cli *cli, int argc, char **argv)
{
	static const char *const tags[] = { "党建工作专题", "理论学习", "三重一大", "整改专题", "述职评议",
					    "组织生活会征求意见" };
	long long id;
	if (argc != 3 || !cli_record_id(argv[1], "会议#", &id))
		return cli_usage("meeting", _("tag takes 会议#ID TAG"));
	bool known = false;
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		known = known || !strcmp(tags[i], argv[2]);
	if (!known)
		return cli_usage("meeting", _("a tag is 党建工作专题, 理论学习, 三重一大, 整改专题, 述职评议 or 组织生活会征求意见"));
	int status;
	struct db *db = cli_begin(cli, &status);
	return db && recorded(db, id, &status) ? cli_commit_or_fail(db, meeting_tag_add(db, id, argv[2])) : status;
}

int cmd_plan(struct cli *cli, int argc, char **argv)
{
	static const struct cli_kind actions[] = {
		{ "adopt", do_adopt }, { "add", do_add }, { "start", do_start }, { "done", do_done },
		{ "cancel", do_cancel }, { "show", do_show },
	};
	return cli_dispatch(cli, CMD, actions, sizeof actions / sizeof actions[0], argc, argv);
}
