#include "db/pledge.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "db/db_private.h"

const char *const pledge_kind_names[PK_COUNT + 1] = { "岗位承诺", "服务承诺", "廉洁承诺", "争先创优", "责任书", NULL };
const char *const pledge_evaluators[] = { "自评", "群众评议", "组织评议", NULL };
const char *const pledge_grades[] = { "好", "较好", "一般", "差", NULL };
const char *const post_kind_names[] = { "党员先锋岗", "党员示范岗", "党员责任区", NULL };

int pledge_name_index(const char *const *list, const char *s)
{
	for (int i = 0; list[i]; i++)
		if (!strcmp(list[i], s))
			return i;
	return -1;
}

bool pledge_insert(struct db *db, struct pledge *p)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO pledges(member_id, year, kind, content, fulfilment, fulfilled_on) "
		"VALUES (:member, :year, :kind, :content, :fulfilment, :done)");
	if (!st)
		return false;
	db_bind_int(st, ":member", p->member_id);
	db_bind_int(st, ":year", p->year);
	db_bind_text(st, ":kind", pledge_kind_names[p->kind]);
	db_bind_text(st, ":content", p->content);
	db_bind_text(st, ":fulfilment", p->fulfilment);
	db_bind_opt(st, ":done", p->fulfilled_on);
	return db_insert_done(db, st, &p->id);
}

long long pledge_find_same(struct db *db, const struct pledge *p)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id FROM pledges WHERE member_id = :member AND year = :year AND kind = :kind "
		"AND content = :content AND status = '有效'");
	if (!st)
		return 0;
	db_bind_int(st, ":member", p->member_id);
	db_bind_int(st, ":year", p->year);
	db_bind_text(st, ":kind", pledge_kind_names[p->kind]);
	db_bind_text(st, ":content", p->content);
	long long id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

static bool changed_one(struct db *db, const char *what, long long id)
{
	if (sqlite3_changes(db->h) == 1)
		return true;
	db_set_error(db, _("no valid %s#%lld"), what, id);
	return false;
}

bool pledge_evaluate(struct db *db, long long id, const char *evaluator, const char *grade, const char *date,
		     const char *note)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO pledge_evaluations(pledge_id, date, evaluator, grade, note) "
		"SELECT id, :date, :evaluator, :grade, :note FROM pledges WHERE id = :id AND status = '有效'");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":date", date);
	db_bind_text(st, ":evaluator", evaluator);
	db_bind_text(st, ":grade", grade);
	db_bind_text(st, ":note", note);
	return db_step_done(db, st) && changed_one(db, "承诺", id);
}

static const char *text_at(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s ? s : "";
}

bool pledges_each(struct db *db, int from, int to, bool open_only, pledge_row_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT p.id, m.name, p.kind, p.content, p.fulfilment, coalesce(p.fulfilled_on, ''), "
		" (SELECT group_concat(e.evaluator || '：' || e.grade, '；') FROM "
		"   (SELECT * FROM pledge_evaluations WHERE pledge_id = p.id ORDER BY date, id) e), p.year "
		"FROM pledges p JOIN members m ON m.id = p.member_id LEFT JOIN party_groups g ON g.id = m.group_id "
		"WHERE p.year BETWEEN :from AND :to AND p.status = '有效' AND (:open = 0 OR p.fulfilled_on IS NULL) "
		"ORDER BY p.year, g.sort_key, g.name, m.join_date, m.name, m.id, p.id");
	if (!st)
		return false;
	db_bind_int(st, ":from", from);
	db_bind_int(st, ":to", to);
	db_bind_int(st, ":open", open_only);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct pledge_row r = { sqlite3_column_int64(st, 0), text_at(st, 1), text_at(st, 2), text_at(st, 3),
					text_at(st, 4), text_at(st, 5), text_at(st, 6), sqlite3_column_int(st, 7) };
		fn(ctx, &r);
	}
	return db_reset(db, st);
}

bool pledge_count_member(struct db *db, long long member_id, int year, int *pledges, int *fulfilled)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*), count(fulfilled_on) FROM pledges "
		"WHERE member_id = :member AND year = :year AND status = '有效'");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	db_bind_int(st, ":year", year);
	int rc = sqlite3_step(st);
	*pledges = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	*fulfilled = rc == SQLITE_ROW ? sqlite3_column_int(st, 1) : 0;
	return db_reset(db, st);
}

bool post_insert(struct db *db, struct post *p)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO posts(kind, member_id, place, start_date, end_date) "
		"VALUES (:kind, :member, :place, :start, :end)");
	if (!st)
		return false;
	db_bind_text(st, ":kind", post_kind_names[p->kind]);
	db_bind_int(st, ":member", p->member_id);
	db_bind_text(st, ":place", p->place);
	db_bind_text(st, ":start", p->start);
	db_bind_opt(st, ":end", p->end);
	return db_insert_done(db, st, &p->id);
}

bool posts_each(struct db *db, const char *from, const char *to, post_row_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT p.id, p.kind, p.place, m.name, p.start_date, coalesce(p.end_date, '') "
		"FROM posts p JOIN members m ON m.id = p.member_id "
		"WHERE p.status = '有效' AND p.start_date <= :to AND coalesce(p.end_date, '9999-12-31') >= :from "
		"ORDER BY p.kind, p.start_date, p.id");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct post_row r = { sqlite3_column_int64(st, 0), text_at(st, 1), text_at(st, 2), text_at(st, 3),
				      text_at(st, 4), text_at(st, 5) };
		fn(ctx, &r);
	}
	return db_reset(db, st);
}
