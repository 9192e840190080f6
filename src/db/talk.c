#include "db/talk.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "db/db_private.h"

const char *const talk_kind_names[TALK_KIND_COUNT + 1] = { "谈心谈话", "提醒谈话", "转入谈话", "政治生日谈话", "其他", NULL };

int talk_kind_parse(const char *s)
{
	for (int i = 0; i < TALK_KIND_COUNT; i++)
		if (!strcmp(s, talk_kind_names[i]))
			return i;
	return -1;
}

static bool add_party(struct db *db, long long talk, long long member, const char *role)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO talk_people(talk_id, member_id, role) VALUES (:talk, :member, :role)");
	if (!st)
		return false;
	db_bind_int(st, ":talk", talk);
	db_bind_int(st, ":member", member);
	db_bind_text(st, ":role", role);
	return db_step_done(db, st);
}

bool talk_insert(struct db *db, struct talk *t, const long long *talkers, size_t ntalkers,
		 const long long *with, size_t nwith)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO talks(date, kind, summary) VALUES (:date, :kind, :summary)");
	if (!st)
		return false;
	db_bind_text(st, ":date", t->date);
	db_bind_text(st, ":kind", talk_kind_names[t->kind]);
	db_bind_text(st, ":summary", t->summary);
	bool ok = db_insert_done(db, st, &t->id);
	for (size_t i = 0; ok && i < ntalkers; i++)
		ok = add_party(db, t->id, talkers[i], "谈话人");
	for (size_t i = 0; ok && i < nwith; i++)
		ok = add_party(db, t->id, with[i], "谈话对象");
	return ok;
}

long long talk_find_same(struct db *db, const char *date, enum talk_kind kind, long long talker, long long with)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT t.id FROM talks t JOIN talk_people a ON a.talk_id = t.id AND a.role = '谈话人' "
		"JOIN talk_people b ON b.talk_id = t.id AND b.role = '谈话对象' "
		"WHERE t.date = :date AND t.kind = :kind AND t.status = '有效' "
		"AND a.member_id = :talker AND b.member_id = :with");
	if (!st)
		return 0;
	db_bind_text(st, ":date", date);
	db_bind_text(st, ":kind", talk_kind_names[kind]);
	db_bind_int(st, ":talker", talker);
	db_bind_int(st, ":with", with);
	long long id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

bool talk_parties_each(struct db *db, const char *from, const char *to, talk_party_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT p.talk_id, p.member_id, p.role = '谈话人' FROM talks t JOIN talk_people p ON p.talk_id = t.id "
		"WHERE t.date BETWEEN :from AND :to AND t.status = '有效' "
		/* By day, each talk's people together: read from talks_status_date
		 * (schema/0016), nothing to sort. */
		"ORDER BY t.date, t.id");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct talk_party p = { sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
					sqlite3_column_int(st, 2) != 0 };
		fn(ctx, &p);
	}
	return db_reset(db, st);
}

bool talk_count_member(struct db *db, long long member_id, const char *from, const char *to, int *count)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*) FROM talks t JOIN talk_people p ON p.talk_id = t.id "
		"WHERE p.member_id = :member AND t.date BETWEEN :from AND :to AND t.status = '有效'");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	int rc = sqlite3_step(st);
	*count = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	return db_reset(db, st);
}

bool talks_each(struct db *db, const char *from, const char *to, talk_row_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT t.id, t.date, t.kind, "
		" (SELECT group_concat(m.name, '、') FROM talk_people p JOIN members m ON m.id = p.member_id "
		"  WHERE p.talk_id = t.id AND p.role = '谈话人'), "
		" (SELECT group_concat(m.name, '、') FROM talk_people p JOIN members m ON m.id = p.member_id "
		"  WHERE p.talk_id = t.id AND p.role = '谈话对象') "
		"FROM talks t WHERE t.date BETWEEN :from AND :to AND t.status = '有效' ORDER BY t.date, t.id");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct talk_row r = { sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
				      (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3),
				      (const char *)sqlite3_column_text(st, 4) };
		if (!r.talkers)
			r.talkers = "";
		if (!r.with)
			r.with = "";
		fn(ctx, &r);
	}
	return db_reset(db, st);
}
