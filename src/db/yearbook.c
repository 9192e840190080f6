#include "db/yearbook.h"

#include <string.h>

#include "db/db_private.h"

bool yearbook_members_each(struct db *db, enum yearbook_members set, const char *from, const char *to,
			   yearbook_member_fn *fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	switch (set) {
	case YBM_ON_ROSTER:
		st = db_stmt(db,
			"SELECT id, name, CASE WHEN kind = '正式' AND (full_date IS NULL OR full_date <= :to) "
			"THEN '正式' ELSE '预备' END, join_date, status FROM members "
			"WHERE join_date <= :to AND (status NOT IN ('转出', '去世', '出党') "
			" OR (status_date IS NOT NULL AND status_date > :to)) AND :from <= :to ORDER BY id");
		break;
	case YBM_JOINED:
		st = db_stmt(db, "SELECT id, name, kind, join_date, status FROM members "
				 "WHERE join_date BETWEEN :from AND :to ORDER BY join_date, id");
		break;
	case YBM_MADE_FULL:
		st = db_stmt(db, "SELECT id, name, kind, full_date, status FROM members "
				 "WHERE full_date BETWEEN :from AND :to ORDER BY full_date, id");
		break;
	case YBM_AWAY:
		st = db_stmt(db, "SELECT id, name, kind, coalesce(status_date, ''), status FROM members "
				 "WHERE status IN ('流动', '失联', '停止党籍') AND coalesce(status_date, '') <= :to "
				 "AND :from <= :to ORDER BY id");
		break;
	}
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	struct yearbook_member m;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		m.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, m.name, sizeof m.name);
		db_column_copy(st, 2, m.kind, sizeof m.kind);
		db_column_copy(st, 3, m.date, sizeof m.date);
		db_column_copy(st, 4, m.status, sizeof m.status);
		fn(ctx, &m);
	}
	return db_reset(db, st);
}

bool yearbook_steps_each(struct db *db, int step, const char *from, const char *to, yearbook_member_fn *fn,
			 void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT c.id, c.name, s.date FROM candidate_steps s JOIN candidates c ON c.id = s.candidate_id "
		"WHERE s.step = :step AND s.date BETWEEN :from AND :to ORDER BY s.date, c.id");
	if (!st)
		return false;
	db_bind_int(st, ":step", step);
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	struct yearbook_member m;
	memset(&m, 0, sizeof m);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		m.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, m.name, sizeof m.name);
		db_column_copy(st, 2, m.date, sizeof m.date);
		fn(ctx, &m);
	}
	return db_reset(db, st);
}

bool yearbook_meetings_each(struct db *db, const char *from, const char *to, yearbook_meeting_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT m.id, m.kind, m.date, m.title, m.cancelled, "
		"m.start_time IS NOT NULL AND m.end_time IS NOT NULL, length(trim(m.decisions)) > 0, "
		"EXISTS (SELECT 1 FROM meeting_tags t WHERE t.meeting_id = m.id AND t.tag = '党建工作专题'), "
		"m.kind = '党课' AND m.speaker_id IN (SELECT r.member_id FROM branch_roles r WHERE r.role = '书记' "
		" AND r.start_date <= m.date AND (r.end_date IS NULL OR r.end_date >= m.date)), "
		"(SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id), "
		"(SELECT coalesce(sum(a.present), 0) FROM meeting_attendance a WHERE a.meeting_id = m.id) "
		"FROM meetings m WHERE m.date BETWEEN :from AND :to ORDER BY m.date, m.id");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	struct yearbook_meeting m;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		m.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, m.kind, sizeof m.kind);
		db_column_copy(st, 2, m.date, sizeof m.date);
		db_column_copy(st, 3, m.title, sizeof m.title);
		m.cancelled = sqlite3_column_int(st, 4) != 0;
		m.timed = sqlite3_column_int(st, 5) != 0;
		m.has_decisions = sqlite3_column_int(st, 6) != 0;
		m.topic = sqlite3_column_int(st, 7) != 0;
		m.secretary_speaks = sqlite3_column_int(st, 8) != 0;
		m.expected = sqlite3_column_int(st, 9);
		m.present = sqlite3_column_int(st, 10);
		fn(ctx, &m);
	}
	return db_reset(db, st);
}

bool meeting_tagged_count(struct db *db, const char *kind, const char *tag, const char *from, const char *to,
			  long long *n)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*) FROM meetings m JOIN meeting_tags t ON t.meeting_id = m.id "
		"WHERE m.kind = :kind AND t.tag = :tag AND m.cancelled = 0 AND m.date BETWEEN :from AND :to");
	if (!st)
		return false;
	db_bind_text(st, ":kind", kind);
	db_bind_text(st, ":tag", tag);
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	return db_step_int(db, st, n);
}

int meeting_kind_of(struct db *db, long long id, char *kind, size_t size)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT kind FROM meetings WHERE id = :id");
	if (!st)
		return -1;
	db_bind_int(st, ":id", id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_column_copy(st, 0, kind, size);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return -1;
	}
	return rc == SQLITE_ROW;
}
