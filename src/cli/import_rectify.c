/* zhibu import rectify FILE [--encoding E] [--dry-run]: an 整改台账 kept in
 * Excel, one row per item: 批次, 来源, 反馈日期, 序号, 存在问题, 整改措施,
 * 责任领导, 责任单位, 责任人, 整改时限 (a date, or 长期), 状态, 销号日期,
 * 验收人, 佐证材料.  A batch named for the first time is created from 来源
 * and 反馈日期.  All or nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "cli/rectify_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/rectify.h"
#include "io/import.h"
#include "io/progress.h"
#include "rules/rectify.h"

enum col {
	C_BATCH, C_SOURCE, C_FEEDBACK, C_SEQ, C_PROBLEM, C_MEASURES, C_LEADER, C_UNIT, C_PERSON,
	C_DEADLINE, C_STATUS, C_CLOSED, C_VERIFIER, C_EVIDENCE,
	C_COUNT
};

static const struct import_column columns[C_COUNT] = {
	[C_BATCH] = { "批次", true }, [C_SOURCE] = { "来源", false }, [C_FEEDBACK] = { "反馈日期", false },
	[C_SEQ] = { "序号", false }, [C_PROBLEM] = { "存在问题", true }, [C_MEASURES] = { "整改措施", false },
	[C_LEADER] = { "责任领导", false }, [C_UNIT] = { "责任单位", false }, [C_PERSON] = { "责任人", false },
	[C_DEADLINE] = { "整改时限", true }, [C_STATUS] = { "状态", false }, [C_CLOSED] = { "销号日期", false },
	[C_VERIFIER] = { "验收人", false }, [C_EVIDENCE] = { "佐证材料", false },
};

static bool date_cell(struct import *im, int col, char out[DATE_ISO_SIZE])
{
	const char *text = import_value(im, col), *why;
	struct date d;
	out[0] = '\0';
	if (text_blank(text))
		return true;
	if (!date_parse(text, &d, &why)) {
		import_error(im, col, "%s", why);
		return false;
	}
	date_format(d, out);
	return true;
}

/* The row's batch: found, or created from 来源 and 反馈日期.  0 on a problem. */
static long long row_batch(struct import *im, struct db *db)
{
	struct rectify_batch b = { 0 };
	const char *title = import_value(im, C_BATCH), *source = import_value(im, C_SOURCE);
	char feedback[DATE_ISO_SIZE];
	if (text_blank(title)) {
		import_error(im, C_BATCH, "%s", _("name the batch"));
		return 0;
	}
	if (!date_cell(im, C_FEEDBACK, feedback))
		return 0;
	int found = rectify_batch_find(db, title, &b);
	if (found < 0) {
		import_error(im, -1, "%s", db_error(db));
		return 0;
	}
	if (found) {
		if (!text_blank(source) && strcmp(source, b.source)) {
			import_error(im, C_SOURCE, _("the batch's source is %s"), b.source);
			return 0;
		}
		if (feedback[0] && strcmp(feedback, b.feedback_on)) {
			import_error(im, C_FEEDBACK, _("the batch's feedback date is %s"), b.feedback_on);
			return 0;
		}
		return b.id;
	}
	if (text_blank(source) || !rectify_source_valid(source)) {
		import_error(im, C_SOURCE, "%s", _("a new batch needs its source: 巡视, 巡察, 组织生活会, 民主生活会, 民主评议, "
						  "民主测评, 述职评议, 督查检查, 审计, 意见建议, 调查问卷, 自查 or 其他"));
		return 0;
	}
	if (!feedback[0]) {
		import_error(im, C_FEEDBACK, "%s", _("a new batch needs its feedback date"));
		return 0;
	}
	text_copy(b.title, sizeof b.title, title);
	text_copy(b.source, sizeof b.source, source);
	text_copy(b.feedback_on, sizeof b.feedback_on, feedback);
	long long id;
	if (!rectify_batch_create(db, &b, &id)) {
		import_error(im, C_BATCH, "%s", db_error(db));
		return 0;
	}
	return id;
}

static bool read_row(struct import *im, struct db *db, struct rectify_item *it)
{
	int before = im->errors;
	const char *why, *text;
	memset(it, 0, sizeof *it);
	it->batch_id = row_batch(im, db);
	text = import_value(im, C_SEQ);
	if (!text_blank(text) && (it->seq = atoi(text)) <= 0)
		import_error(im, C_SEQ, "%s", _("a number from 1"));
	text = import_value(im, C_PROBLEM);
	if (text_blank(text))
		import_error(im, C_PROBLEM, "%s", _("required"));
	text_copy(it->problem, sizeof it->problem, text);
	text_copy(it->measures, sizeof it->measures, import_value(im, C_MEASURES));
	text_copy(it->leader, sizeof it->leader, import_value(im, C_LEADER));
	text_copy(it->unit, sizeof it->unit, import_value(im, C_UNIT));
	text_copy(it->person, sizeof it->person, import_value(im, C_PERSON));
	if (!rectify_deadline_parse(import_value(im, C_DEADLINE), it->deadline, &it->long_term, &why))
		import_error(im, C_DEADLINE, "%s", why);
	text = import_value(im, C_STATUS);
	text_copy(it->status, sizeof it->status, text_blank(text) ? "未启动" : text);
	if (!rectify_status_valid(it->status))
		import_error(im, C_STATUS, "%s", _("one of 未启动, 整改中, 待验收, 已销号, 退回"));
	else if (!strcmp(it->status, "作废"))
		import_error(im, C_STATUS, "%s", _("import the item, then void it with zhibu rectify void and a reason"));
	date_cell(im, C_CLOSED, it->closed_on);
	text_copy(it->verifier, sizeof it->verifier, import_value(im, C_VERIFIER));
	text_copy(it->evidence, sizeof it->evidence, import_value(im, C_EVIDENCE));
	if (!strcmp(it->status, "已销号") && (why = rectify_close_problem(it->closed_on, it->verifier, it->evidence)))
		import_error(im, !it->closed_on[0] ? C_CLOSED : text_blank(it->verifier) ? C_VERIFIER : C_EVIDENCE,
			     "%s", why);
	else if (strcmp(it->status, "已销号") && it->closed_on[0])
		import_error(im, C_CLOSED, "%s", _("only an item that is 已销号 has a 销号日期"));
	return im->errors == before && it->batch_id;
}

int import_rectify(struct cli *cli, int argc, char **argv)
{
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, false);
	if (rc)
		return rc;
	struct import im;
	struct db *db = import_start(cli, &im, &o, columns, C_COUNT, false);
	if (!db)
		return EXIT_REFUSED;
	struct rectify_item *it = malloc(sizeof *it);
	if (!it)
		abort();
	struct progress pg;
	size_t added = 0;
	progress_start(&pg, _("Importing"), import_estimate_rows(&im));
	while (import_next(&im)) {
		progress_update(&pg, im.row.line);
		if (!read_row(&im, db, it))
			continue;
		long long id;
		if (!it->seq && !rectify_next_seq(db, it->batch_id, &it->seq))
			import_error(&im, -1, "%s", db_error(db));
		else if (!rectify_item_add(db, it, &id))
			import_error(&im, C_SEQ, _("序号 %d: %s"), it->seq, db_error(db));
		else if (!strcmp(it->status, "已销号") && !rectify_progress_add(db, id, it->closed_on, _("closed and verified"), it->status))
			import_error(&im, -1, "%s", db_error(db));
		else
			added++;
	}
	progress_end(&pg);
	free(it);
	char *done = import_done(ngettext("zhibu: imported %zu rectification item from %s (%s).\n",
					  "zhibu: imported %zu rectification items from %s (%s).\n", added),
				 added, &im, &o);
	int status = import_finish(&im, db, &o, false, done);
	free(done);
	return status;
}
