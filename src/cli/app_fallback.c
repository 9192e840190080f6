/* Until the full-screen app exists (src/ui), running zhibu without a command
 * prints the roster of the branch. */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "db/db.h"
#include "io/sheet.h"
#include "report/roster.h"

int app_run(struct cli *cli)
{
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct roster_options ro = { 0 };
	struct output_options out;
	output_options_init(&out);
	struct sheet *s = roster_sheet(db, &ro);
	if (!s)
		return cli_fail("%s", db_error(db));
	int status = output_write(&out, s);
	sheet_free(s);
	return status;
}
