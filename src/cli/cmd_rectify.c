/* zhibu rectify batch|add|progress|close|void|report-sent|show: the 整改台账.
 * Every change is one BEGIN IMMEDIATE transaction: read, check, write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/rectify_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/rectify.h"
#include "rules/rectify.h"

#define CMD "rectify"

/* The report months of a source (setting rectify.report_months.SOURCE). */
static int report_months(struct db *db, const char *source)
{
	char key[64];
	snprintf(key, sizeof key, "rectify.report_months.%s", source);
	return (int)settings_get_int(db, key, rectify_report_months_default(source));
}

bool rectify_batch_create(struct db *db, struct rectify_batch *b, long long *id)
{
	struct date fb;
	if (!b->report_due[0] && date_parse_iso(b->feedback_on, &fb)) {
		int months = report_months(db, b->source);
		if (months > 0)
			date_format(date_add_months(fb, months), b->report_due);
	}
	return rectify_batch_add(db, b, id);
}

bool rectify_batch_from_lines(struct db *db, struct rectify_batch *b, const char *const *lines, int n,
			      long long *id)
{
	struct rectify_batch old;
	int found = rectify_batch_find(db, b->title, &old);
	if (found < 0)
		return false;
	if (found)
		*id = old.id;
	else if (!rectify_batch_create(db, b, id))
		return false;
	struct rectify_item *it = calloc(1, sizeof *it);
	struct date fb;
	if (!it)
		abort();
	bool ok = date_parse_iso(b->feedback_on, &fb);
	for (int i = 0; i < n && ok; i++) {
		long long item;
		memset(it, 0, sizeof *it);
		it->batch_id = *id;
		text_copy(it->problem, sizeof it->problem, lines[i]);
		date_format(date_add_months(fb, 3), it->deadline);
		ok = rectify_next_seq(db, *id, &it->seq) && rectify_item_add(db, it, &item);
	}
	free(it);
	return ok;
}

static int do_batch(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--title", "--source", "--feedback", "--ref", "--report-due", NULL };
	const char *v[5] = { 0 };
	int status = cli_options(CMD, argc, argv, names, v, NULL);
	if (status)
		return status;
	struct rectify_batch b = { 0 };
	if (!v[0] || !v[1])
		return cli_usage(CMD, _("--title and --source are required"));
	if (!rectify_source_valid(v[1]))
		return cli_usage(CMD, _("--source %s: not a source of 整改 (巡视, 巡察, 组织生活会, 民主生活会, 民主评议, "
					"民主测评, 述职评议, 督查检查, 审计, 意见建议, 调查问卷, 自查, 其他)"), v[1]);
	if (!cli_date_arg(CMD, "--feedback", v[2], b.feedback_on, &status)
	    || (v[4] && !cli_date_arg(CMD, "--report-due", v[4], b.report_due, &status)))
		return status;
	snprintf(b.title, sizeof b.title, "%s", v[0]);
	snprintf(b.source, sizeof b.source, "%s", v[1]);
	snprintf(b.source_ref, sizeof b.source_ref, "%s", v[3] ? v[3] : "");
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	long long id;
	struct rectify_batch old;
	int found = rectify_batch_find(db, b.title, &old);
	if (found) {
		db_rollback(db);
		return found < 0 ? cli_fail("%s", db_error(db))
				 : cli_fail(_("a batch called %s exists already (整改批#%lld)"), b.title, old.id);
	}
	if (!rectify_batch_create(db, &b, &id))
		return cli_commit_or_fail(db, false);
	status = cli_commit_or_fail(db, true);
	if (!status) {
		printf("整改批#%lld\n", id);
		if (b.report_due[0])
			printf(_("Report on the rectification due %s.\n"), b.report_due);
	}
	return status;
}

static int find_batch(struct db *db, const char *name, struct rectify_batch *b)
{
	long long id;
	if (cli_record_id(name, "整改批#", &id))
		return rectify_batch_get(db, id, b) ? 1 : -1;
	return rectify_batch_find(db, name, b);
}

static int do_add(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--batch", "--problem", "--measures", "--leader", "--unit", "--person",
					     "--deadline", "!--long-term", "--seq", "--repeat-of", NULL };
	const char *v[10] = { 0 };
	int status = cli_options(CMD, argc, argv, names, v, NULL);
	if (status)
		return status;
	if (!v[0] || !v[1])
		return cli_usage(CMD, _("--batch and --problem are required"));
	struct rectify_item *it = calloc(1, sizeof *it);
	if (!it)
		abort();
	snprintf(it->problem, sizeof it->problem, "%s", v[1]);
	snprintf(it->measures, sizeof it->measures, "%s", v[2] ? v[2] : "");
	snprintf(it->leader, sizeof it->leader, "%s", v[3] ? v[3] : "");
	snprintf(it->unit, sizeof it->unit, "%s", v[4] ? v[4] : "");
	snprintf(it->person, sizeof it->person, "%s", v[5] ? v[5] : "");
	const char *why;
	if (v[7] && v[6])
		status = cli_usage(CMD, _("give --deadline or --long-term, not both"));
	else if (!rectify_deadline_parse(v[7] ? "长期" : v[6] ? v[6] : "", it->deadline, &it->long_term, &why))
		status = cli_usage(CMD, "--deadline: %s", why);
	else if (v[8] && ((it->seq = atoi(v[8])) <= 0))
		status = cli_usage(CMD, _("--seq is a number from 1"));
	else if (v[9] && !cli_record_id(v[9], "整改#", &it->repeat_of))
		status = cli_usage(CMD, _("--repeat-of names an item: 整改#ID"));
	if (status) {
		free(it);
		return status;
	}
	struct db *db = cli_begin(cli, &status);
	if (!db) {
		free(it);
		return status;
	}
	struct rectify_batch b;
	int found = find_batch(db, v[0], &b);
	long long id = 0;
	bool ok = found == 1;
	if (found == 0) {
		db_rollback(db);
		free(it);
		return cli_fail(_("no batch called %s (add it with zhibu rectify batch)"), v[0]);
	}
	if (ok) {
		it->batch_id = b.id;
		ok = (it->seq || rectify_next_seq(db, b.id, &it->seq)) && rectify_item_add(db, it, &id);
	}
	status = cli_commit_or_fail(db, ok);
	if (!status)
		printf("整改#%lld\n", id);
	free(it);
	return status;
}

/* Read the item named by the positional argument into it, in a transaction. */
static struct db *begin_item(struct cli *cli, const char *name, struct rectify_item *it, int *status)
{
	long long id;
	if (!name || !cli_record_id(name, "整改#", &id)) {
		*status = cli_usage(CMD, _("name the item: 整改#ID"));
		return NULL;
	}
	struct db *db = cli_begin(cli, status);
	if (!db)
		return NULL;
	if (!rectify_item_get(db, id, it)) {
		*status = cli_fail("%s", db_error(db));
		db_rollback(db);
		return NULL;
	}
	return db;
}

static int do_progress(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--text", "--status", NULL };
	const char *v[3] = { 0 }, *item;
	char on[DATE_ISO_SIZE];
	int status = cli_options(CMD, argc, argv, names, v, &item);
	if (status || !cli_date_arg(CMD, "--date", v[0], on, &status))
		return status;
	if (!v[1])
		return cli_usage(CMD, _("%s is required"), "--text");
	if (v[2] && !rectify_progress_status_valid(v[2]))
		return cli_usage(CMD, _("--status is 未启动, 整改中, 待验收 or 退回 (销号 and 作废 have their own actions)"));
	struct rectify_item it;
	struct db *db = begin_item(cli, item, &it, &status);
	if (!db)
		return status;
	if (!rectify_item_open(it.status)) {
		db_rollback(db);
		return cli_fail(_("整改#%lld is %s: no more progress is recorded"), it.id, it.status);
	}
	if (v[2] || !strcmp(it.status, "未启动")) /* never it.status into itself */
		snprintf(it.status, sizeof it.status, "%s", v[2] ? v[2] : "整改中");
	return cli_commit_or_fail(db, rectify_progress_add(db, it.id, on, v[1], it.status) && rectify_item_update_status(db, &it));
}

static int do_close(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--verifier", "--evidence", NULL };
	const char *v[3] = { 0 }, *item;
	int status = cli_options(CMD, argc, argv, names, v, &item);
	if (status)
		return status;
	const char *why = rectify_close_problem(v[0], v[1], v[2]);
	if (why)
		return cli_fail("%s", why);
	struct rectify_item it;
	char on[DATE_ISO_SIZE];
	if (!cli_date_arg(CMD, "--date", v[0], on, &status))
		return status;
	struct db *db = begin_item(cli, item, &it, &status);
	if (!db)
		return status;
	if (!rectify_item_open(it.status)) {
		db_rollback(db);
		return cli_fail(_("整改#%lld is %s already"), it.id, it.status);
	}
	snprintf(it.status, sizeof it.status, "已销号");
	snprintf(it.closed_on, sizeof it.closed_on, "%s", on);
	snprintf(it.verifier, sizeof it.verifier, "%s", v[1]);
	snprintf(it.evidence, sizeof it.evidence, "%s", v[2]);
	status = cli_commit_or_fail(db, rectify_item_update_status(db, &it)
			    && rectify_progress_add(db, it.id, on, _("closed and verified"), it.status));
	if (!status && !strcmp(it.verifier, it.person))
		printf(_("Note: 验收人与责任人相同 (%s).\n"), it.person);
	return status;
}

static int do_void(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--reason", NULL };
	const char *v[1] = { 0 }, *item;
	int status = cli_options(CMD, argc, argv, names, v, &item);
	if (status)
		return status;
	if (!v[0] || !*v[0])
		return cli_usage(CMD, _("a voided item needs --reason"));
	struct rectify_item it;
	struct db *db = begin_item(cli, item, &it, &status);
	if (!db)
		return status;
	if (!strcmp(it.status, "作废")) {
		db_rollback(db);
		return cli_fail(_("整改#%lld is %s already"), it.id, it.status);
	}
	snprintf(it.status, sizeof it.status, "作废");
	snprintf(it.void_reason, sizeof it.void_reason, "%s", v[0]);
	it.closed_on[0] = '\0';
	it.verifier[0] = it.evidence[0] = '\0';
	return cli_commit_or_fail(db, rectify_item_update_status(db, &it));
}

static int do_report_sent(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", NULL };
	const char *v[1] = { 0 }, *name;
	char on[DATE_ISO_SIZE];
	int status = cli_options(CMD, argc, argv, names, v, &name);
	if (status || !cli_date_arg(CMD, "--date", v[0], on, &status))
		return status;
	if (!name)
		return cli_usage(CMD, _("name the batch"));
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	struct rectify_batch b;
	int found = find_batch(db, name, &b);
	if (found == 0) {
		db_rollback(db);
		return cli_fail(_("no batch called %s (add it with zhibu rectify batch)"), name);
	}
	return cli_commit_or_fail(db, found == 1 && rectify_batch_report_sent(db, b.id, on));
}

static void print_progress(void *ctx, const char *on, const char *text, const char *status)
{
	(void)ctx;
	printf("  %s  %s  [%s]\n", on, text, status);
}

static int do_show(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { NULL };
	const char *v[1], *item;
	int status = cli_options(CMD, argc, argv, names, v, &item);
	if (status)
		return status;
	struct rectify_item it;
	struct db *db = begin_item(cli, item, &it, &status);
	if (!db)
		return status;
	printf("整改#%lld  %s  %s %d\n", it.id, it.batch_title, _("item"), it.seq);
	printf("%s: %s%s\n", "存在问题", it.problem, it.repeated ? "（重复问题）" : "");
	printf("%s: %s\n", "整改措施", it.measures);
	printf("%s: %s  %s: %s  %s: %s\n", "责任领导", it.leader, "责任单位", it.unit, "责任人", it.person);
	printf("%s: %s\n", "整改时限", it.long_term ? "长期坚持" : it.deadline);
	printf("%s: %s\n", "状态", it.status);
	if (!strcmp(it.status, "已销号"))
		printf("%s: %s  %s: %s%s  %s: %s\n", "销号日期", it.closed_on, "验收人", it.verifier,
		       strcmp(it.verifier, it.person) ? "" : "（验收人与责任人相同）", "佐证材料", it.evidence);
	if (!strcmp(it.status, "作废"))
		printf("%s: %s\n", _("Reason voided"), it.void_reason);
	printf("%s:\n", "整改进展");
	bool ok = rectify_progress_each(db, it.id, print_progress, NULL);
	db_rollback(db);
	return ok ? EXIT_OK : cli_fail("%s", db_error(db));
}

int cmd_rectify(struct cli *cli, int argc, char **argv)
{
	static const struct cli_kind actions[] = {
		{ "batch", do_batch }, { "add", do_add }, { "progress", do_progress }, { "close", do_close },
		{ "void", do_void }, { "report-sent", do_report_sent }, { "show", do_show },
	};
	return cli_dispatch(cli, CMD, actions, sizeof actions / sizeof actions[0], argc, argv);
}
