#include "db/service.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "db/db_private.h"

bool service_insert(struct db *db, struct service *s, const long long *member_ids, const char *const *names,
		    size_t n)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO services(date, title, place, minutes) VALUES (:date, :title, :place, :minutes)");
	if (!st)
		return false;
	db_bind_text(st, ":date", s->date);
	db_bind_text(st, ":title", s->title);
	db_bind_text(st, ":place", s->place);
	db_bind_int(st, ":minutes", s->minutes);
	if (!db_insert_done(db, st, &s->id))
		return false;
	for (size_t i = 0; i < n; i++) {
		st = db_stmt(db, "INSERT INTO service_people(service_id, member_id, name) VALUES (:service, :member, :name)");
		if (!st)
			return false;
		db_bind_int(st, ":service", s->id);
		db_bind_id(st, ":member", member_ids[i]);
		db_bind_text(st, ":name", names[i]);
		if (!db_step_done(db, st))
			return false;
	}
	return true;
}

long long service_find_same(struct db *db, const char *date, const char *title)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id FROM services WHERE date = :date AND title = :title AND status = '有效'");
	if (!st)
		return 0;
	db_bind_text(st, ":date", date);
	db_bind_text(st, ":title", title);
	long long id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

bool services_each(struct db *db, const char *from, const char *to, service_row_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT s.id, s.date, s.title, s.place, s.minutes, "
		" (SELECT count(*) FROM service_people p WHERE p.service_id = s.id AND p.member_id IS NOT NULL), "
		" (SELECT count(*) FROM service_people p WHERE p.service_id = s.id AND p.member_id IS NULL) "
		"FROM services s WHERE s.date BETWEEN :from AND :to AND s.status = '有效' ORDER BY s.date, s.id");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct service_row r = { sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
					 (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3),
					 sqlite3_column_int(st, 4), sqlite3_column_int(st, 5), sqlite3_column_int(st, 6) };
		fn(ctx, &r);
	}
	return db_reset(db, st);
}

bool service_members_each(struct db *db, const char *from, const char *to, service_member_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT m.name, count(*), sum(s.minutes) FROM services s "
		"JOIN service_people p ON p.service_id = s.id JOIN members m ON m.id = p.member_id "
		"LEFT JOIN party_groups g ON g.id = m.group_id "
		"WHERE s.date BETWEEN :from AND :to AND s.status = '有效' "
		"GROUP BY m.id ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ctx, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 1), sqlite3_column_int64(st, 2));
	return db_reset(db, st);
}

bool service_count_member(struct db *db, long long member_id, const char *from, const char *to, int *times,
			  long *minutes)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*), coalesce(sum(s.minutes), 0) FROM services s JOIN service_people p ON p.service_id = s.id "
		"WHERE p.member_id = :member AND s.date BETWEEN :from AND :to AND s.status = '有效'");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	int rc = sqlite3_step(st);
	*times = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	*minutes = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 1) : 0;
	return db_reset(db, st);
}

bool service_people_count(struct db *db, const char *from, const char *to, long *people)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(DISTINCT coalesce(CAST(p.member_id AS TEXT), '*' || p.name)) "
		"FROM services s JOIN service_people p ON p.service_id = s.id "
		"WHERE s.date BETWEEN :from AND :to AND s.status = '有效'");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	int rc = sqlite3_step(st);
	*people = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	return db_reset(db, st);
}
