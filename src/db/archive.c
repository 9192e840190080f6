#include "db/archive.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "db/db_private.h"

const char *const document_directions[] = { "收文", "发文", "本级材料", NULL };
const char *const document_categories[] = {
	"上级文件", "计划总结", "三会一课", "组织生活会与民主评议", "发展党员", "党费", "党务公开", "整改",
	"学习教育", "主题党日与活动", "表彰奖励", "统计报表", "其他", NULL,
};
const char *const document_retentions[] = { "永久", "长期", "30年", "10年", "短期", NULL };
const char *const submission_ways[] = { "纸质", "系统", "邮件", "其他", NULL };

bool document_insert(struct db *db, struct document *d)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO documents(year, direction, category, doc_no, author, title, date, pages, retention, "
		" location, path) VALUES (:year, :direction, :category, :no, :author, :title, :date, "
		" nullif(:pages, 0), :retention, :location, :path)");
	if (!st)
		return false;
	db_bind_int(st, ":year", d->year);
	db_bind_text(st, ":direction", d->direction);
	db_bind_text(st, ":category", d->category);
	db_bind_text(st, ":no", d->doc_no);
	db_bind_text(st, ":author", d->author);
	db_bind_text(st, ":title", d->title);
	db_bind_text(st, ":date", d->date);
	db_bind_int(st, ":pages", d->pages);
	db_bind_text(st, ":retention", d->retention);
	db_bind_text(st, ":location", d->location);
	db_bind_text(st, ":path", d->path);
	return db_insert_done(db, st, &d->id);
}

bool documents_each(struct db *db, int year, document_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id, year, coalesce(pages, 0), coalesce(item_no, 0), direction, category, doc_no, author, "
		" title, date, retention, location, path, coalesce(archived_on, '') "
		"FROM documents WHERE year = :year AND status <> '作废' "
		"ORDER BY category, item_no IS NULL, item_no, date, id");
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct document d;
		d.id = sqlite3_column_int64(st, 0);
		d.year = sqlite3_column_int(st, 1);
		d.pages = sqlite3_column_int(st, 2);
		d.item_no = sqlite3_column_int(st, 3);
		db_column_copy(st, 4, d.direction, sizeof d.direction);
		db_column_copy(st, 5, d.category, sizeof d.category);
		db_column_copy(st, 6, d.doc_no, sizeof d.doc_no);
		db_column_copy(st, 7, d.author, sizeof d.author);
		db_column_copy(st, 8, d.title, sizeof d.title);
		db_column_copy(st, 9, d.date, sizeof d.date);
		db_column_copy(st, 10, d.retention, sizeof d.retention);
		db_column_copy(st, 11, d.location, sizeof d.location);
		db_column_copy(st, 12, d.path, sizeof d.path);
		db_column_copy(st, 13, d.archived_on, sizeof d.archived_on);
		fn(ctx, &d);
	}
	return db_reset(db, st);
}

bool documents_archive(struct db *db, int year, const char *on, int *count)
{
	/* Numbered in C, row by row: an UPDATE whose subqueries count rows
	 * it is changing would see its own writes. */
	sqlite3_stmt *st = db_stmt(db,
		"SELECT d.id, (SELECT coalesce(max(a.item_no), 0) FROM documents a "
		"  WHERE a.year = d.year AND a.category = d.category AND a.item_no IS NOT NULL) "
		"  + row_number() OVER (PARTITION BY d.category ORDER BY d.date, d.id) "
		"FROM documents d WHERE d.year = :year AND d.item_no IS NULL AND d.status <> '作废' "
		"ORDER BY d.category, d.date, d.id");
	if (!st)
		return false;
	db_bind_int(st, ":year", year);
	struct numbered {
		long long id;
		int no;
	} *rows = NULL;
	size_t n = 0, cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		rows = grow_array(rows, n, &cap, 64, sizeof *rows);
		rows[n].id = sqlite3_column_int64(st, 0);
		rows[n++].no = sqlite3_column_int(st, 1);
	}
	bool ok = db_reset(db, st);
	sqlite3_stmt *up = ok ? db_stmt(db, "UPDATE documents SET item_no = :no, archived_on = :on WHERE id = :id") : NULL;
	for (size_t i = 0; up && ok && i < n; i++) {
		db_bind_int(up, ":id", rows[i].id);
		db_bind_int(up, ":no", rows[i].no);
		db_bind_text(up, ":on", on);
		ok = db_step_done(db, up);
	}
	free(rows);
	*count = (int)n;
	return ok && (n == 0 || up);
}

bool documents_unarchived(struct db *db, unarchived_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT year, count(*) FROM documents WHERE item_no IS NULL AND status <> '作废' "
		"GROUP BY year ORDER BY year");
	if (!st)
		return false;
	while (sqlite3_step(st) == SQLITE_ROW)
		fn(ctx, sqlite3_column_int(st, 0), sqlite3_column_int(st, 1));
	return db_reset(db, st);
}

bool submission_insert(struct db *db, struct submission *s)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO submissions(item, to_org, due, note) VALUES (:item, :to, :due, :note)");
	if (!st)
		return false;
	db_bind_text(st, ":item", s->item);
	db_bind_text(st, ":to", s->to_org);
	db_bind_text(st, ":due", s->due);
	db_bind_text(st, ":note", s->note);
	return db_insert_done(db, st, &s->id);
}

bool submission_mark_sent(struct db *db, long long id, const char *on, const char *way)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE submissions SET sent_on = :on, way = :way WHERE id = :id AND status = '有效'");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":on", on);
	db_bind_text(st, ":way", way);
	if (!db_step_done(db, st))
		return false;
	if (sqlite3_changes(db->h) == 1)
		return true;
	db_set_error(db, _("no valid %s#%lld"), "报送", id);
	return false;
}

bool submissions_each(struct db *db, bool pending, submission_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id, item, to_org, due, coalesce(sent_on, ''), coalesce(way, ''), note FROM submissions "
		"WHERE status = '有效' AND (:pending = 0 OR sent_on IS NULL) ORDER BY due, id");
	if (!st)
		return false;
	db_bind_int(st, ":pending", pending);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct submission s;
		s.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, s.item, sizeof s.item);
		db_column_copy(st, 2, s.to_org, sizeof s.to_org);
		db_column_copy(st, 3, s.due, sizeof s.due);
		db_column_copy(st, 4, s.sent_on, sizeof s.sent_on);
		db_column_copy(st, 5, s.way, sizeof s.way);
		db_column_copy(st, 6, s.note, sizeof s.note);
		fn(ctx, &s);
	}
	return db_reset(db, st);
}

bool submissions_due_by_rules(struct db *db, int from, int to, const char *since, submission_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"WITH RECURSIVE years(y) AS (SELECT :from UNION ALL SELECT y + 1 FROM years WHERE y < :to) "
		"SELECT r.item, r.to_org, printf('%04d-', y) || r.due_md AS due FROM submission_rules r, years "
		"WHERE r.active = 1 AND printf('%04d-', y) || r.due_md >= :since "
		" AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.item = r.item AND s.status = '有效' "
		"  AND substr(s.due, 1, 4) = printf('%04d', y)) "
		"ORDER BY due, r.id");
	if (!st)
		return false;
	db_bind_int(st, ":from", from);
	db_bind_int(st, ":to", to);
	db_bind_text(st, ":since", since);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct submission s = { 0 };
		db_column_copy(st, 0, s.item, sizeof s.item);
		db_column_copy(st, 1, s.to_org, sizeof s.to_org);
		db_column_copy(st, 2, s.due, sizeof s.due);
		fn(ctx, &s);
	}
	return db_reset(db, st);
}
