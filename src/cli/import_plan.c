/* zhibu import plan FILE --year YYYY [--encoding E] [--dry-run]: the year's
 * plan from a sheet: 序号, 类别, 工作任务, 具体措施, 完成时限, 责任人, 指标, 目标.
 * All or nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/import_options.h"
#include "cli/rectify_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/plan.h"
#include "io/import.h"

enum col { C_SEQ, C_AREA, C_TASK, C_MEASURES, C_DUE, C_OWNER, C_INDICATOR, C_TARGET, C_COUNT };

static const struct import_column columns[C_COUNT] = {
	[C_SEQ] = { "序号", false }, [C_AREA] = { "类别", true }, [C_TASK] = { "工作任务", true },
	[C_MEASURES] = { "具体措施", false }, [C_DUE] = { "完成时限", true }, [C_OWNER] = { "责任人", true },
	[C_INDICATOR] = { "指标", false }, [C_TARGET] = { "目标", false },
};

int import_plan(struct cli *cli, int argc, char **argv)
{
	bool missing;
	const char *year_text = import_take_option(&argc, argv, "--year", &missing);
	char *end;
	long year = year_text ? strtol(year_text, &end, 10) : 0;
	if (!year_text || *end || year < 1921 || year > 9999)
		return cli_usage("import", _("--year is a year such as 2026"));
	struct import_options o;
	int rc = import_options_parse(&o, argc, argv, false);
	if (rc)
		return rc;
	struct import im;
	struct db *db = import_start(cli, &im, &o, columns, C_COUNT, false);
	if (!db)
		return EXIT_REFUSED;
	static const int check_col[] = { C_AREA, C_TASK, C_OWNER, C_DUE, C_INDICATOR, C_TARGET };
	size_t added = 0;
	while (import_next(&im)) {
		struct plan_item it = { .year = (int)year };
		const char *seq = import_value(&im, C_SEQ);
		if (!text_blank(seq) && (it.seq = atoi(seq)) <= 0)
			import_error(&im, C_SEQ, "%s", _("a number from 1"));
		text_copy(it.task, sizeof it.task, import_value(&im, C_TASK));
		text_copy(it.measures, sizeof it.measures, import_value(&im, C_MEASURES));
		text_copy(it.owner, sizeof it.owner, import_value(&im, C_OWNER));
		int col;
		const char *why = plan_item_check(&it, import_value(&im, C_AREA), import_value(&im, C_DUE),
						  import_value(&im, C_INDICATOR), import_value(&im, C_TARGET), &col);
		if (why) {
			import_error(&im, check_col[col], "%s", why);
			continue;
		}
		long long id;
		if (!it.seq && !plan_next_seq(db, it.year, &it.seq))
			import_error(&im, -1, "%s", db_error(db));
		else if (!plan_item_add(db, &it, &id))
			import_error(&im, C_SEQ, _("序号 %d: %s"), it.seq, db_error(db));
		else
			added++;
	}
	char *done = import_done(ngettext("zhibu: imported %zu plan item from %s (%s).\n",
					  "zhibu: imported %zu plan items from %s (%s).\n", added),
				 added, &im, &o);
	int status = import_finish(&im, db, &o, false, done);
	free(done);
	return status;
}
