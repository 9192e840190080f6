#include "db/role.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "db/db_private.h"
#include "db/meeting_sql.h"

bool role_assign(struct db *db, enum branch_role role, long long member_id, const char *from)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT name, " SQL_VOTING_ON("m", ":day") " FROM members m WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":day", from);
	db_bind_int(st, ":id", member_id);
	char name[MINUTE_NAME_SIZE] = "";
	bool found = db_step(db, st) == SQLITE_ROW, full = false;
	if (found) {
		db_column_copy(st, 0, name, sizeof name);
		full = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	if (!found) {
		db_set_error(db, _("no member #%lld"), member_id);
		return false;
	}
	if (!full) {
		db_set_error(db, _("%s was not a full member on %s: only full members are elected to the committee"),
			     name, from);
		return false;
	}
	st = db_stmt(db, "SELECT 1 FROM branch_roles WHERE member_id = :member AND role = :role AND end_date IS NULL");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	db_bind_text(st, ":role", branch_role_names[role]);
	bool holds = db_step(db, st) == SQLITE_ROW;
	sqlite3_reset(st);
	if (holds) {
		db_set_error(db, _("%s already holds the office of %s"), name, branch_role_names[role]);
		return false;
	}
	if (!db_begin(db))
		return false;
	bool ok = true;
	if (branch_role_single(role)) {
		/* The present holder steps down the day before. */
		st = db_stmt(db,
			"SELECT m.name, r.start_date FROM branch_roles r JOIN members m ON m.id = r.member_id "
			"WHERE r.role = :role AND r.end_date IS NULL");
		ok = st != NULL;
		if (ok) {
			db_bind_text(st, ":role", branch_role_names[role]);
			if (sqlite3_step(st) == SQLITE_ROW) {
				char holder[MINUTE_NAME_SIZE], start[DATE_ISO_SIZE];
				db_column_copy(st, 0, holder, sizeof holder);
				db_column_copy(st, 1, start, sizeof start);
				if (strcmp(start, from) >= 0) {
					db_set_error(db, _("%s has been %s since %s: a successor takes office after that"),
						     holder, branch_role_names[role], start);
					ok = false;
				}
			}
			sqlite3_reset(st);
		}
		st = ok ? db_stmt(db,
			"UPDATE branch_roles SET end_date = date(:day, '-1 day') "
			"WHERE role = :role AND end_date IS NULL") : NULL;
		if (st) {
			db_bind_text(st, ":day", from);
			db_bind_text(st, ":role", branch_role_names[role]);
			ok = db_step_done(db, st);
		}
	}
	st = ok ? db_stmt(db,
		"INSERT INTO branch_roles(member_id, role, start_date) VALUES (:member, :role, :day)") : NULL;
	if (st) {
		db_bind_int(st, ":member", member_id);
		db_bind_text(st, ":role", branch_role_names[role]);
		db_bind_text(st, ":day", from);
		ok = db_step_done(db, st);
	}
	if (!ok || !st) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

bool role_end(struct db *db, long long member_id, enum branch_role role, const char *on)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE branch_roles SET end_date = :day WHERE member_id = :member "
		"AND (:role IS NULL OR role = :role) AND end_date IS NULL AND start_date <= :day");
	if (!st)
		return false;
	db_bind_text(st, ":day", on);
	db_bind_int(st, ":member", member_id);
	db_bind_opt(st, ":role", role < ROLE_COUNT ? branch_role_names[role] : NULL);
	if (!db_step_done(db, st))
		return false;
	if (sqlite3_changes(db->h) == 0) {
		db_set_error(db, _("member #%lld holds no such office on %s"), member_id, on);
		return false;
	}
	return true;
}

bool role_each(struct db *db, const char *day, role_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT r.id, r.role, r.member_id, m.name, r.start_date, coalesce(r.end_date, '') "
		"FROM branch_roles r JOIN members m ON m.id = r.member_id "
		"WHERE :day IS NULL OR (r.start_date <= :day AND coalesce(r.end_date, '9999-12-31') >= :day) "
		"ORDER BY CASE r.role WHEN '书记' THEN 0 WHEN '副书记' THEN 1 WHEN '组织委员' THEN 2 "
		"WHEN '宣传委员' THEN 3 WHEN '纪检委员' THEN 4 ELSE 5 END, r.start_date, r.id");
	if (!st)
		return false;
	db_bind_opt(st, ":day", day);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct role_term t;
		char role[32];
		t.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, role, sizeof role);
		int r = branch_role_parse(role);
		t.role = r < 0 ? ROLE_MEMBER : (enum branch_role)r;
		t.member_id = sqlite3_column_int64(st, 2);
		db_column_copy(st, 3, t.name, sizeof t.name);
		db_column_copy(st, 4, t.start, sizeof t.start);
		db_column_copy(st, 5, t.end, sizeof t.end);
		fn(ctx, &t);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

struct held_roles {
	long long member_id;
	char *out;
	size_t size;
};

static void held_role(void *ctx, const struct role_term *t)
{
	struct held_roles *h = ctx;
	size_t n = strlen(h->out);
	if (t->member_id == h->member_id && n + 1 < h->size)
		snprintf(h->out + n, h->size - n, "%s%s", n ? "、" : "", branch_role_names[t->role]);
}

bool role_held(struct db *db, long long member_id, const char *day, char *out, size_t size)
{
	struct held_roles h = { member_id, out, size };
	*out = '\0';
	return role_each(db, day, held_role, &h);
}
