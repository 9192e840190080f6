#include "db/record.h"

#include "core/i18n.h"
#include "db/db_private.h"

const char *const record_refs[RT_COUNT] = { "培训", "谈话", "承诺", "岗", "活动" };

/* Fixed statements, chosen by table: never built from input. */
#define VOID_SQL(table) \
	"UPDATE " table " SET status = '作废', void_reason = :reason WHERE id = :id AND status = '有效'"
static const char *const void_sql[RT_COUNT] = {
	VOID_SQL("trainings"), VOID_SQL("talks"), VOID_SQL("pledges"), VOID_SQL("posts"), VOID_SQL("services"),
};

bool record_void(struct db *db, enum record_table t, long long id, const char *reason)
{
	sqlite3_stmt *st = db_stmt(db, void_sql[t]);
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":reason", reason);
	if (!db_step_done(db, st))
		return false;
	if (sqlite3_changes(db->h) == 1)
		return true;
	db_set_error(db, _("no valid %s#%lld"), record_refs[t], id);
	return false;
}
