#include "db/flow.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"
#include "db/branch.h"
#include "db/db_private.h"
#include "db/member.h"
#include "db/role.h"
#include "rules/flows.h"

bool flow_status_set(struct db *db, long long member_id, const char *status, const char *date,
		     const char *reason, struct flow *away, bool end_roles)
{
	if (!db_begin(db))
		return false;
	bool ok = member_set_status(db, member_id, status, date, reason);
	sqlite3_stmt *st = ok ? db_stmt(db,
		"UPDATE flows SET back_on = max(:day, out_on) WHERE member_id = :member AND back_on IS NULL") : NULL;
	if (st) {
		db_bind_text(st, ":day", date);
		db_bind_int(st, ":member", member_id);
		ok = db_step_done(db, st);
	} else {
		ok = false;
	}
	if (ok && away) {
		st = db_stmt(db,
			"INSERT INTO flows(member_id, out_on, destination, reason, contact, card_no, host_org) "
			"VALUES (:member, :day, :dest, :reason, :contact, :card, :host)");
		ok = st != NULL;
		if (ok) {
			away->member_id = member_id;
			snprintf(away->out_on, sizeof away->out_on, "%s", date);
			db_bind_int(st, ":member", member_id);
			db_bind_text(st, ":day", date);
			db_bind_text(st, ":dest", away->destination);
			db_bind_text(st, ":reason", away->reason);
			db_bind_text(st, ":contact", away->contact);
			db_bind_text(st, ":card", away->card_no);
			db_bind_text(st, ":host", away->host_org);
			ok = db_insert_done(db, st, &away->id);
		}
	}
	if (ok && end_roles)
		ok = role_end(db, member_id, ROLE_COUNT, date);
	if (!ok) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

bool flow_contact_add(struct db *db, struct flow_contact *c)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO flow_contacts(member_id, date, way, note) VALUES (:member, :day, :way, :note)");
	if (!st)
		return false;
	db_bind_int(st, ":member", c->member_id);
	db_bind_text(st, ":day", c->date);
	db_bind_text(st, ":way", c->way);
	db_bind_text(st, ":note", c->note);
	return db_insert_done(db, st, &c->id);
}

bool lost_search_add(struct db *db, struct lost_search *s)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO lost_searches(member_id, date, way, result, searcher) "
		"VALUES (:member, :day, :way, :result, :by)");
	if (!st)
		return false;
	db_bind_int(st, ":member", s->member_id);
	db_bind_text(st, ":day", s->date);
	db_bind_text(st, ":way", s->way);
	db_bind_text(st, ":result", s->result);
	db_bind_text(st, ":by", s->searcher);
	return db_insert_done(db, st, &s->id);
}

bool lost_search_count(struct db *db, long long member_id, const char *from, long long *count)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*) FROM lost_searches WHERE member_id = :member AND date >= coalesce(:from, '')");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	db_bind_opt(st, ":from", from);
	return db_step_int(db, st, count);
}

bool flow_history_each(struct db *db, long long member_id, flow_line_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT d, what, text FROM ("
		" SELECT out_on AS d, '外出' AS what, 0 AS o, id, "
		"  destination || (CASE WHEN reason = '' THEN '' ELSE '  ' || reason END) "
		"  || (CASE WHEN card_no = '' THEN '' ELSE '  活动证 ' || card_no END) "
		"  || (CASE WHEN host_org = '' THEN '' ELSE '  ' || host_org END) "
		"  || (CASE WHEN contact = '' THEN '' ELSE '  ' || contact END) AS text "
		" FROM flows WHERE member_id = :member "
		" UNION ALL SELECT back_on, '外出结束', 1, id, destination FROM flows "
		"  WHERE member_id = :member AND back_on IS NOT NULL "
		" UNION ALL SELECT date, '联系', 2, id, way || (CASE WHEN note = '' THEN '' ELSE '  ' || note END) "
		"  FROM flow_contacts WHERE member_id = :member "
		" UNION ALL SELECT date, '查找', 3, id, way || (CASE WHEN result = '' THEN '' ELSE '  ' || result END) "
		"  || (CASE WHEN searcher = '' THEN '' ELSE '  ' || searcher END) "
		"  FROM lost_searches WHERE member_id = :member"
		") ORDER BY d, o, id");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	while (sqlite3_step(st) == SQLITE_ROW)
		fn(ctx, (const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
		   (const char *)sqlite3_column_text(st, 2));
	return db_reset(db, st);
}

bool flow_members_each(struct db *db, const char *as_of, flow_member_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT m.id, m.name, m.sex, coalesce(m.birth_date, ''), m.kind, m.status, "
		"coalesce(m.status_date, ''), m.status_reason, "
		"coalesce(f.id, 0), coalesce(f.out_on, ''), coalesce(f.destination, ''), coalesce(f.reason, ''), "
		"coalesce(f.contact, ''), coalesce(f.card_no, ''), coalesce(f.host_org, ''), "
		"(SELECT max(c.date) FROM flow_contacts c WHERE c.member_id = m.id "
		"  AND c.date >= coalesce(m.status_date, '') AND c.date <= :as_of), "
		"(SELECT count(*) FROM lost_searches s WHERE s.member_id = m.id AND s.date <= :as_of), "
		"(SELECT s.date || char(9) || s.result FROM lost_searches s WHERE s.member_id = m.id "
		"  AND s.date <= :as_of ORDER BY s.date DESC, s.id DESC LIMIT 1) "
		"FROM members m LEFT JOIN flows f ON f.member_id = m.id AND f.back_on IS NULL AND m.status = '流动' "
		"WHERE m.status IN ('流动', '失联', '停止党籍') "
		"ORDER BY CASE m.status WHEN '流动' THEN 0 WHEN '失联' THEN 1 ELSE 2 END, "
		"coalesce(m.status_date, ''), m.name, m.id");
	if (!st)
		return false;
	db_bind_text(st, ":as_of", as_of);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct flow_member m;
		memset(&m, 0, sizeof m);
		m.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, m.name, sizeof m.name);
		db_column_copy(st, 2, m.sex, sizeof m.sex);
		db_column_copy(st, 3, m.birth_date, sizeof m.birth_date);
		db_column_copy(st, 4, m.kind, sizeof m.kind);
		db_column_copy(st, 5, m.status, sizeof m.status);
		db_column_copy(st, 6, m.status_date, sizeof m.status_date);
		db_column_copy(st, 7, m.status_reason, sizeof m.status_reason);
		m.away.id = sqlite3_column_int64(st, 8);
		m.away.member_id = m.id;
		db_column_copy(st, 9, m.away.out_on, sizeof m.away.out_on);
		db_column_copy(st, 10, m.away.destination, sizeof m.away.destination);
		db_column_copy(st, 11, m.away.reason, sizeof m.away.reason);
		db_column_copy(st, 12, m.away.contact, sizeof m.away.contact);
		db_column_copy(st, 13, m.away.card_no, sizeof m.away.card_no);
		db_column_copy(st, 14, m.away.host_org, sizeof m.away.host_org);
		db_column_copy(st, 15, m.last_contact, sizeof m.last_contact);
		m.searches = sqlite3_column_int64(st, 16);
		char last[600];
		db_column_copy(st, 17, last, sizeof last);
		char *tab = strchr(last, '\t');
		if (tab) {
			*tab = '\0';
			snprintf(m.last_result, sizeof m.last_result, "%s", tab + 1);
		}
		text_copy(m.last_search, sizeof m.last_search, last);
		fn(ctx, &m);
	}
	return db_reset(db, st);
}

int flow_contact_months(struct db *db)
{
	long long n = settings_get_int(db, "flow.contact_months", FLOW_CONTACT_MONTHS_DEFAULT);
	return n > 0 && n <= 120 ? (int)n : FLOW_CONTACT_MONTHS_DEFAULT;
}
