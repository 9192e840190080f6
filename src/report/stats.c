#include "report/stats.h"

#include <stdio.h>

#include "core/i18n.h"
#include "db/branch.h"
#include "db/stats.h"
#include "io/sheet.h"

struct sheet *stats_sheet_from(const struct stats *st, const char *branch)
{
	char as_of[DATE_ISO_SIZE], today[DATE_ISO_SIZE], subtitle[512];
	date_format(st->as_of, as_of);
	date_format(date_today(), today);
	snprintf(subtitle, sizeof subtitle, _("%s    As of: %s    Printed: %s"), branch, as_of, today);
	struct sheet *s = sheet_new(_("Party member statistics"), subtitle, _("Statistics"));
	sheet_add_column(s, "分类", CELL_TEXT);
	sheet_add_column(s, "项目", CELL_TEXT);
	sheet_add_column(s, "人数", CELL_NUMBER);
	sheet_add_column(s, "占比", CELL_PERCENT);
	for (int p = 0; p < STATS_PART_COUNT; p++) {
		const struct stats_rows *r = &st->parts[p];
		size_t first = s->nrows;
		for (int i = 0; i < r->count; i++) {
			char share[16];
			stats_share(r->rows[i].n, st->total, share, sizeof share);
			sheet_add_row(s, ROW_PLAIN);
			if (i == 0)
				sheet_set(s, 0, stats_part_name((enum stats_part)p));
			sheet_set(s, 1, r->rows[i].label);
			sheet_setf(s, 2, "%lld", r->rows[i].n);
			sheet_set(s, 3, share);
		}
		int from = stats_chart_first(st, (enum stats_part)p);
		if (p != STATS_TOTAL && from < r->count)
			sheet_add_chart(s, stats_part_name((enum stats_part)p), 1, 2,
					first + (size_t)from, first + (size_t)r->count - 1);
	}
	char year_start[DATE_ISO_SIZE], line[512];
	date_format((struct date){ st->as_of.y, 1, 1 }, year_start);
	snprintf(line, sizeof line,
		 _("Counted: the members on the roster on %s (not those gone by then: 转出, 去世, 出党); "
		   "ages in whole years on that day; shares of all of them."), as_of);
	sheet_add_footer(s, line);
	snprintf(line, sizeof line,
		 _("本年变动 from %s to %s: 入党 by 入党日期, 转正 by 转正日期, departures by the date of the status."),
		 year_start, as_of);
	sheet_add_footer(s, line);
	return s;
}

struct sheet *stats_sheet(struct db *db, struct date as_of)
{
	struct stats st;
	struct branch b;
	if (!branch_get(db, &b))
		snprintf(b.name, sizeof b.name, "%s", _("(branch not named yet)"));
	stats_init(&st, as_of);
	if (!stats_collect(db, &st)) {
		stats_done(&st);
		return NULL;
	}
	struct sheet *s = stats_sheet_from(&st, b.name);
	stats_done(&st);
	return s;
}
