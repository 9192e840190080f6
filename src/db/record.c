#include "db/record.h"

#include "core/i18n.h"
#include "db/db_private.h"

const char *const record_refs[RT_COUNT] = { "培训", "谈话", "承诺", "岗", "活动", "转接", "换届", "文件", "报送" };

/* Fixed statements, chosen by table: never built from input. */
#define VOID_SQL(table) \
	"UPDATE " table " SET status = '作废', void_reason = :reason WHERE id = :id AND status <> '作废'"
static const char *const void_sql[RT_COUNT] = {
	VOID_SQL("trainings"), VOID_SQL("talks"), VOID_SQL("pledges"), VOID_SQL("posts"), VOID_SQL("services"),
	VOID_SQL("transfers"), VOID_SQL("branch_terms"), VOID_SQL("documents"), VOID_SQL("submissions"),
};
#define STATUS_SQL(table) "SELECT status FROM " table " WHERE id = :id"
static const char *const status_sql[RT_COUNT] = {
	STATUS_SQL("trainings"), STATUS_SQL("talks"), STATUS_SQL("pledges"), STATUS_SQL("posts"),
	STATUS_SQL("services"), STATUS_SQL("transfers"), STATUS_SQL("branch_terms"), STATUS_SQL("documents"),
	STATUS_SQL("submissions"),
};

int record_status(struct db *db, enum record_table t, long long id, char status[16])
{
	sqlite3_stmt *st = db_stmt(db, status_sql[t]);
	if (!st)
		return -1;
	db_bind_int(st, ":id", id);
	int rc = db_step(db, st);
	if (rc == SQLITE_ROW)
		db_column_copy(st, 0, status, 16);
	if (!db_reset(db, st))
		return -1;
	return rc == SQLITE_ROW;
}

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
