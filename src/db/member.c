#include "db/member.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/pinyin.h"
#include "db/db_private.h"
#include "db/group.h"

#define MEMBER_COLUMNS \
	"m.id, m.name, m.sex, m.ethnicity, m.birth_date, m.id_number, m.education, " \
	"m.category, m.work_unit, m.kind, m.join_date, m.full_date, g.name, m.phone, " \
	"m.status, m.status_date, m.status_reason, m.note"

#define MEMBER_FROM " FROM members m LEFT JOIN party_groups g ON g.id = m.group_id "

static void read_member(sqlite3_stmt *st, struct member *m)
{
	m->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, m->name, sizeof m->name);
	db_column_copy(st, 2, m->sex, sizeof m->sex);
	db_column_copy(st, 3, m->ethnicity, sizeof m->ethnicity);
	db_column_copy(st, 4, m->birth_date, sizeof m->birth_date);
	db_column_copy(st, 5, m->id_number, sizeof m->id_number);
	db_column_copy(st, 6, m->education, sizeof m->education);
	db_column_copy(st, 7, m->category, sizeof m->category);
	db_column_copy(st, 8, m->work_unit, sizeof m->work_unit);
	db_column_copy(st, 9, m->kind, sizeof m->kind);
	db_column_copy(st, 10, m->join_date, sizeof m->join_date);
	db_column_copy(st, 11, m->full_date, sizeof m->full_date);
	db_column_copy(st, 12, m->group, sizeof m->group);
	db_column_copy(st, 13, m->phone, sizeof m->phone);
	db_column_copy(st, 14, m->status, sizeof m->status);
	db_column_copy(st, 15, m->status_date, sizeof m->status_date);
	db_column_copy(st, 16, m->status_reason, sizeof m->status_reason);
	db_column_copy(st, 17, m->note, sizeof m->note);
}

/* Bind the columns that insert and update share; group is the party
 * group's id (0 for none), looked up before the statement is taken. */
static void bind_member(sqlite3_stmt *st, const struct member *m, long long group)
{
	char initials[sizeof m->name];
	pinyin_initials(m->name, initials, sizeof initials);
	db_bind_text(st, ":name", m->name);
	db_bind_text(st, ":initials", initials);
	db_bind_text(st, ":sex", m->sex);
	db_bind_text(st, ":ethnicity", m->ethnicity);
	db_bind_opt(st, ":birth", m->birth_date);
	db_bind_text(st, ":idnum", m->id_number);
	db_bind_text(st, ":education", m->education);
	db_bind_text(st, ":category", m->category);
	db_bind_text(st, ":unit", m->work_unit);
	db_bind_text(st, ":kind", m->kind);
	db_bind_text(st, ":joined", m->join_date);
	db_bind_opt(st, ":full", m->full_date);
	db_bind_id(st, ":group", group);
	db_bind_text(st, ":phone", m->phone);
	db_bind_text(st, ":status", *m->status ? m->status : "正常");
	db_bind_opt(st, ":status_date", m->status_date);
	db_bind_text(st, ":reason", m->status_reason);
	db_bind_text(st, ":note", m->note);
}

bool member_insert(struct db *db, struct member *m)
{
	static const char sql[] =
		"INSERT INTO members(name, initials, sex, ethnicity, birth_date, id_number, education, "
		"category, work_unit, kind, join_date, full_date, group_id, phone, status, "
		"status_date, status_reason, note) VALUES (:name, :initials, :sex, :ethnicity, :birth, "
		":idnum, :education, :category, :unit, :kind, :joined, :full, :group, :phone, "
		":status, :status_date, :reason, :note)";
	long long group = *m->group ? group_id_by_name(db, m->group, true) : 0;
	if (*m->group && !group)
		return false;
	sqlite3_stmt *st = db_stmt(db, sql);
	if (!st)
		return false;
	bind_member(st, m, group);
	return db_insert_done(db, st, &m->id);
}

bool member_update(struct db *db, const struct member *m)
{
	static const char sql[] =
		"UPDATE members SET name = :name, initials = :initials, sex = :sex, ethnicity = :ethnicity, "
		"birth_date = :birth, id_number = :idnum, education = :education, "
		"category = :category, work_unit = :unit, kind = :kind, join_date = :joined, "
		"full_date = :full, group_id = :group, phone = :phone, status = :status, "
		"status_date = :status_date, status_reason = :reason, note = :note WHERE id = :id";
	long long group = *m->group ? group_id_by_name(db, m->group, true) : 0;
	if (*m->group && !group)
		return false;
	sqlite3_stmt *st = db_stmt(db, sql);
	if (!st)
		return false;
	bind_member(st, m, group);
	db_bind_int(st, ":id", m->id);
	return db_step_done(db, st);
}

#define M(field, label) DB_TEXT(struct member, field, label)
static const struct db_column member_columns[] = {
	M(name, N_("Name")), M(sex, N_("Sex")), M(ethnicity, N_("Ethnicity")),
	M(birth_date, N_("Birth date")), M(id_number, N_("ID number")), M(education, N_("Education")),
	M(category, N_("Person category")), M(work_unit, N_("Work unit and post")),
	M(kind, N_("Member kind")), M(join_date, N_("Joined")), M(full_date, N_("Full member since")),
	M(group, N_("Party group")), M(phone, N_("Phone")), M(status, N_("Status")),
	M(status_date, N_("Status")), M(status_reason, N_("Status")), M(note, N_("Note")),
};
#undef M

bool member_save_edit(struct db *db, const struct member *loaded, struct member *edited, char *why,
		      size_t why_size)
{
	struct member now;
	*why = '\0';
	if (!db_begin(db))
		return false;
	bool ok = member_get(db, loaded->id, &now);
	if (!ok && !db_failed(db)) {
		snprintf(why, why_size, "%s", _("This member is not in the database any more."));
		db_set_error(db, "%s", why);
	}
	ok = ok && !db_record_changed(db, member_columns, sizeof member_columns / sizeof member_columns[0],
				      loaded, &now, why, why_size);
	if (ok) {
		db_record_apply(member_columns, sizeof member_columns / sizeof member_columns[0], &now, loaded,
				edited);
		ok = member_update(db, &now);
	}
	if (!ok) {
		db_rollback(db);
		return false;
	}
	if (!db_commit(db))
		return false;
	*edited = now;
	return true;
}

bool member_get(struct db *db, long long id, struct member *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " MEMBER_COLUMNS MEMBER_FROM "WHERE m.id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	bool found = db_step(db, st) == SQLITE_ROW;
	if (found)
		read_member(st, out);
	sqlite3_reset(st);
	return found;
}

bool member_find_by_id_number(struct db *db, const char *id_number, struct member *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " MEMBER_COLUMNS MEMBER_FROM "WHERE m.id_number = :idnum");
	if (!st)
		return false;
	db_bind_text(st, ":idnum", id_number);
	bool found = db_step(db, st) == SQLITE_ROW;
	if (found)
		read_member(st, out);
	sqlite3_reset(st);
	return found;
}

bool member_set_status(struct db *db, long long id, const char *status,
		       const char *date, const char *reason)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE members SET status = :status, status_date = :date, "
		"status_reason = :reason WHERE id = :id");
	if (!st)
		return false;
	db_bind_text(st, ":status", status);
	db_bind_opt(st, ":date", date);
	db_bind_text(st, ":reason", reason);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}

/* Only columns of m in the filter, so that SQLite tests each row before it
 * joins the group; the search first, as it rejects most rows; a search of
 * digits looks at ID and phone numbers, any other at names and their pinyin
 * (full or initials, see pinyin_matches; one keystroke over 20,000 rows: a
 * few ms). */
#define MEMBER_WHERE \
	"WHERE (:qtext IS NULL OR instr(m.name, :qtext) > 0 OR zhibu_pinyin_match(m.name, :qtext)) " \
	"AND (:qdigits IS NULL OR instr(m.phone, :qdigits) > 0 " \
	"     OR substr(m.id_number, -length(:qdigits)) = :qdigits " \
	"     OR (instr(m.phone, ' ') > 0 AND instr(replace(m.phone, ' ', ''), :qdigits) > 0)) " \
	"AND (:left OR m.status NOT IN ('转出', '去世', '出党')) " \
	"AND (:kind IS NULL OR m.kind = :kind) " \
	"AND (:grp IS NULL OR m.group_id = (SELECT id FROM party_groups WHERE name = :grp)) " \
	"AND (:status IS NULL OR m.status = :status) " \
	"AND (:cat IS NULL OR m.category = :cat) "

/* Digits (spaces left out), or digits ending in X: an ID or phone number. */
static bool search_digits(const char *q, char *out, size_t size)
{
	size_t n = 0;
	for (const char *p = q; *p; p++) {
		if (*p == ' ')
			continue;
		bool check_char = (*p == 'X' || *p == 'x') && p[1] == '\0' && n > 0;
		if (!(*p >= '0' && *p <= '9') && !check_char)
			return false;
		if (n + 1 < size)
			out[n++] = check_char ? 'X' : *p;
	}
	out[n] = '\0';
	return n > 0;
}

static void bind_filter(sqlite3_stmt *st, const struct member_filter *f)
{
	static const struct member_filter none;
	char digits[64];
	if (!f)
		f = &none;
	bool numeric = f->search && search_digits(f->search, digits, sizeof digits);
	db_bind_int(st, ":left", f->include_left);
	db_bind_opt(st, ":kind", f->kind);
	db_bind_opt(st, ":grp", f->group);
	db_bind_opt(st, ":status", f->status);
	db_bind_opt(st, ":cat", f->category);
	db_bind_opt(st, ":qtext", numeric ? NULL : f->search);
	db_bind_opt(st, ":qdigits", numeric ? digits : NULL);
}

long long member_count(struct db *db, const struct member_filter *f)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM members m " MEMBER_WHERE);
	if (!st)
		return -1;
	bind_filter(st, f);
	long long n = db_step(db, st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_reset(st);
	return n;
}

struct member_iter {
	struct db *db;
	sqlite3_stmt *st;
};

/* ORDER BY clauses: fixed text chosen by index, never built from input. */
static const char *const order_asc[MSORT_COUNT] = {
	[MSORT_ROSTER] = "ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id",
	[MSORT_NAME] = "ORDER BY zhibu_sortkey(m.name, 'pinyin'), m.id",
	[MSORT_STROKES] = "ORDER BY zhibu_sortkey(m.name, 'strokes'), m.id",
	[MSORT_SEX] = "ORDER BY m.sex, m.name, m.id",
	[MSORT_KIND] = "ORDER BY m.kind, m.name, m.id",
	[MSORT_JOIN_DATE] = "ORDER BY m.join_date, m.name, m.id",
	[MSORT_GROUP] = "ORDER BY g.name, m.name, m.id",
	[MSORT_CATEGORY] = "ORDER BY m.category, m.name, m.id",
	[MSORT_PHONE] = "ORDER BY m.phone, m.name, m.id",
	[MSORT_STATUS] = "ORDER BY m.status, m.name, m.id",
};
static const char *const order_desc[MSORT_COUNT] = {
	[MSORT_ROSTER] = "ORDER BY g.sort_key DESC, g.name DESC, m.join_date DESC, m.name DESC, m.id DESC",
	[MSORT_NAME] = "ORDER BY zhibu_sortkey(m.name, 'pinyin') DESC, m.id DESC",
	[MSORT_STROKES] = "ORDER BY zhibu_sortkey(m.name, 'strokes') DESC, m.id DESC",
	[MSORT_SEX] = "ORDER BY m.sex DESC, m.name DESC, m.id DESC",
	[MSORT_KIND] = "ORDER BY m.kind DESC, m.name DESC, m.id DESC",
	[MSORT_JOIN_DATE] = "ORDER BY m.join_date DESC, m.name DESC, m.id DESC",
	[MSORT_GROUP] = "ORDER BY g.name DESC, m.name DESC, m.id DESC",
	[MSORT_CATEGORY] = "ORDER BY m.category DESC, m.name DESC, m.id DESC",
	[MSORT_PHONE] = "ORDER BY m.phone DESC, m.name DESC, m.id DESC",
	[MSORT_STATUS] = "ORDER BY m.status DESC, m.name DESC, m.id DESC",
};

struct member_iter *member_iter_new(struct db *db, const struct member_filter *f,
				    enum member_sort sort, bool descending,
				    long long offset, long long limit)
{
	static const char head[] = "SELECT " MEMBER_COLUMNS MEMBER_FROM MEMBER_WHERE;
	static const char tail[] = " LIMIT :limit OFFSET :offset";
	/* A page: sort the ids alone, then read the page's rows (a sorter that
	 * carries whole rows costs twice as much on 20,000 members). */
	static const char page_head[] = "SELECT " MEMBER_COLUMNS " FROM (SELECT m.id AS pid"
		MEMBER_FROM MEMBER_WHERE;
	static const char page_tail[] = " LIMIT :limit OFFSET :offset) p JOIN members m ON m.id = p.pid "
		"LEFT JOIN party_groups g ON g.id = m.group_id ";
	if ((int)sort < 0 || sort >= MSORT_COUNT)
		sort = MSORT_ROSTER;
	const char *order = descending ? order_desc[sort] : order_asc[sort];
	size_t len = strlen(page_head) + 2 * strlen(order) + strlen(page_tail) + 1;
	char *sql = malloc(len);
	if (!sql)
		abort();
	if (limit < 0) {
		strcpy(sql, head);
		strcat(sql, order);
		strcat(sql, tail);
	} else {
		strcpy(sql, page_head);
		strcat(sql, order);
		strcat(sql, page_tail);
		strcat(sql, order);
	}
	struct member_iter *it = calloc(1, sizeof *it);
	if (!it)
		abort();
	it->db = db;
	int rc = sqlite3_prepare_v2(db->h, sql, -1, &it->st, NULL);
	free(sql);
	if (rc != SQLITE_OK) {
		db_set_sqlite_error(db, NULL);
		free(it);
		return NULL;
	}
	bind_filter(it->st, f);
	db_bind_int(it->st, ":limit", limit);
	db_bind_int(it->st, ":offset", offset);
	return it;
}

bool member_iter_next(struct member_iter *it, struct member *out)
{
	int rc = sqlite3_step(it->st);
	if (rc == SQLITE_ROW) {
		read_member(it->st, out);
		return true;
	}
	if (rc != SQLITE_DONE)
		db_set_sqlite_error(it->db, NULL);
	return false;
}

void member_iter_free(struct member_iter *it)
{
	if (!it)
		return;
	sqlite3_finalize(it->st);
	free(it);
}

bool member_history(struct db *db, long long id, member_change_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT at, field, old_value, new_value FROM change_log "
		"WHERE tbl = 'members' AND row_id = :id ORDER BY id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	struct member_change c;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		db_column_copy(st, 0, c.at, sizeof c.at);
		db_column_copy(st, 1, c.field, sizeof c.field);
		db_column_copy(st, 2, c.old_value, sizeof c.old_value);
		db_column_copy(st, 3, c.new_value, sizeof c.new_value);
		fn(ctx, &c);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}
