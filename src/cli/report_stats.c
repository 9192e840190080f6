/* zhibu report stats [--as-of DATE]: 党员统计表, the members on the roster
 * on a date by sex, ethnicity, education, age, category, group and kind, and
 * the year's joins, 转正 and departures (report/stats.c). */
#include "cli/output_options.h"
#include "cli/stats_cli.h"
#include "report/stats.h"

int report_stats(struct cli *cli, int argc, char **argv)
{
	return output_report_on_date(cli, argc, argv, stats_sheet);
}
