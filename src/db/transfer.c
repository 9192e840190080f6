#include "db/transfer.h"

#include <string.h>

#include "core/i18n.h"
#include "db/db_private.h"

bool transfer_insert(struct db *db, struct transfer *t)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO transfers(direction, member_id, name, id_number, member_kind, from_org, to_org, header, "
		"scope, temporary, reason, letter_no, issued, valid_days, override, dues_to, dues_reason, report_date, "
		"receipt_date, receipt_by) VALUES (:direction, :member, :name, :id_number, :kind, :from, :to, :header, "
		":scope, :temporary, :reason, :letter_no, :issued, :days, :override, :dues_to, :dues_reason, :report, "
		":receipt, :receipt_by)");
	if (!st)
		return false;
	db_bind_text(st, ":direction", t->direction);
	db_bind_id(st, ":member", t->member_id);
	db_bind_text(st, ":name", t->name);
	db_bind_text(st, ":id_number", t->id_number);
	db_bind_text(st, ":kind", t->member_kind);
	db_bind_text(st, ":from", t->from_org);
	db_bind_text(st, ":to", t->to_org);
	db_bind_text(st, ":header", t->header);
	db_bind_text(st, ":scope", *t->scope ? t->scope : "其他");
	db_bind_int(st, ":temporary", t->temporary);
	db_bind_text(st, ":reason", t->reason);
	db_bind_text(st, ":letter_no", t->letter_no);
	db_bind_text(st, ":issued", t->issued);
	db_bind_int(st, ":days", t->valid_days);
	db_bind_text(st, ":override", t->override);
	db_bind_text(st, ":dues_to", t->dues_to);
	db_bind_text(st, ":dues_reason", t->dues_reason);
	db_bind_opt(st, ":report", t->report_date);
	db_bind_opt(st, ":receipt", t->receipt_date);
	db_bind_text(st, ":receipt_by", t->receipt_by);
	return db_insert_done(db, st, &t->id);
}

#define TRANSFER_COLUMNS \
	"t.id, t.direction, t.member_id, t.name, t.id_number, t.member_kind, t.from_org, t.to_org, t.header, " \
	"t.scope, t.temporary, t.reason, t.letter_no, t.issued, t.valid_days, t.override, t.dues_to, " \
	"t.dues_reason, t.report_date, t.receipt_date, t.receipt_by, t.status"

static void read_row(sqlite3_stmt *st, struct transfer *t)
{
	memset(t, 0, sizeof *t);
	t->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, t->direction, sizeof t->direction);
	t->member_id = sqlite3_column_int64(st, 2);
	db_column_copy(st, 3, t->name, sizeof t->name);
	db_column_copy(st, 4, t->id_number, sizeof t->id_number);
	db_column_copy(st, 5, t->member_kind, sizeof t->member_kind);
	db_column_copy(st, 6, t->from_org, sizeof t->from_org);
	db_column_copy(st, 7, t->to_org, sizeof t->to_org);
	db_column_copy(st, 8, t->header, sizeof t->header);
	db_column_copy(st, 9, t->scope, sizeof t->scope);
	t->temporary = sqlite3_column_int(st, 10) != 0;
	db_column_copy(st, 11, t->reason, sizeof t->reason);
	db_column_copy(st, 12, t->letter_no, sizeof t->letter_no);
	db_column_copy(st, 13, t->issued, sizeof t->issued);
	t->valid_days = sqlite3_column_int(st, 14);
	db_column_copy(st, 15, t->override, sizeof t->override);
	db_column_copy(st, 16, t->dues_to, sizeof t->dues_to);
	db_column_copy(st, 17, t->dues_reason, sizeof t->dues_reason);
	db_column_copy(st, 18, t->report_date, sizeof t->report_date);
	db_column_copy(st, 19, t->receipt_date, sizeof t->receipt_date);
	db_column_copy(st, 20, t->receipt_by, sizeof t->receipt_by);
	db_column_copy(st, 21, t->status, sizeof t->status);
}

bool transfer_get(struct db *db, long long id, struct transfer *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " TRANSFER_COLUMNS " FROM transfers t WHERE t.id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	if (found)
		read_row(st, out);
	return db_reset(db, st) && found;
}

long long transfer_find_letter(struct db *db, const char *direction, const char *letter_no)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id FROM transfers WHERE direction = :direction AND letter_no = :no AND status = '有效'");
	if (!st)
		return 0;
	db_bind_text(st, ":direction", direction);
	db_bind_text(st, ":no", letter_no);
	long long id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

bool transfer_set_receipt(struct db *db, long long id, const char *date, const char *by)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE transfers SET receipt_date = :date, receipt_by = :by "
		"WHERE id = :id AND status = '有效' AND receipt_date IS NULL");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":date", date);
	db_bind_text(st, ":by", by ? by : "");
	if (!db_step_done(db, st))
		return false;
	if (sqlite3_changes(db->h) == 1)
		return true;
	db_set_error(db, _("转接#%lld is not a valid transfer waiting for its 回执"), id);
	return false;
}

bool transfer_set_report(struct db *db, long long id, long long member_id, const char *date)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE transfers SET member_id = :member, report_date = :date "
		"WHERE id = :id AND status = '有效' AND direction = '转入' AND report_date IS NULL");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_int(st, ":member", member_id);
	db_bind_text(st, ":date", date);
	if (!db_step_done(db, st))
		return false;
	if (sqlite3_changes(db->h) == 1)
		return true;
	db_set_error(db, _("转接#%lld is not a 转入 waiting for 报到"), id);
	return false;
}

bool transfer_each(struct db *db, const char *from, const char *to, long long member_id, transfer_fn *fn,
		   void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT " TRANSFER_COLUMNS " FROM transfers t WHERE t.status = '有效' "
		"AND (:from IS NULL OR t.issued >= :from) AND (:to IS NULL OR t.issued <= :to) "
		"AND (:member = 0 OR t.member_id = :member) ORDER BY t.issued, t.id");
	if (!st)
		return false;
	db_bind_opt(st, ":from", from);
	db_bind_opt(st, ":to", to);
	db_bind_int(st, ":member", member_id);
	struct transfer t;
	while (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, &t);
		fn(ctx, &t);
	}
	return db_reset(db, st);
}

bool transfer_open_each(struct db *db, transfer_open_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT " TRANSFER_COLUMNS ", "
		" t.direction = '转入' AND t.report_date IS NOT NULL AND EXISTS (SELECT 1 FROM talks k "
		"  JOIN talk_people p ON p.talk_id = k.id AND p.member_id = t.member_id "
		"  WHERE k.kind = '转入谈话' AND k.status = '有效' AND k.date >= t.report_date), "
		" m.group_id IS NOT NULL "
		"FROM transfers t LEFT JOIN members m ON m.id = t.member_id "
		"WHERE t.status = '有效' AND (t.receipt_date IS NULL OR (t.direction = '转入' "
		" AND m.status NOT IN ('转出', '去世', '出党'))) ORDER BY t.issued, t.id");
	if (!st)
		return false;
	struct transfer t;
	while (sqlite3_step(st) == SQLITE_ROW) {
		read_row(st, &t);
		struct transfer_open o = { &t, sqlite3_column_int(st, 22) != 0, sqlite3_column_int(st, 23) != 0 };
		fn(ctx, &o);
	}
	return db_reset(db, st);
}
