#include "db/feedback.h"

#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/db_private.h"
#include "db/meeting.h"
#include "db/rectify.h"

void feedback_init(struct feedback *f)
{
	memset(f, 0, sizeof *f);
	strcpy(f->from_kind, "匿名");
	strcpy(f->status, "待办");
}

const char *feedback_check(const struct feedback *f)
{
	if (*f->replied_on && !*f->result)
		return _("a reply needs its result (采纳, 部分采纳, 解释说明, 不予采纳, 转办 or 不予公开)");
	if (*f->result && !*f->replied_on)
		return _("a result needs the date of the reply");
	if (*f->replied_on && text_blank(f->reply))
		return _("a reply needs its text");
	if (*f->replied_on && strcmp(f->replied_on, f->received_on) < 0)
		return _("the reply date is before the date received");
	if (*f->reply_published_on && !*f->replied_on)
		return _("a reply is published only after it is given");
	if (*f->reply_published_on && strcmp(f->reply_published_on, f->replied_on) < 0)
		return _("the reply was published before it was given");
	if (!strcmp(f->from_kind, "匿名") && (*f->from_name || f->from_member_id))
		return _("an anonymous opinion has no sender's name");
	return NULL;
}

static const char *status_of(const struct feedback *f)
{
	if (*f->void_reason)
		return "作废";
	if (*f->reply_published_on || f->reply_disclosure_id)
		return "已公开答复";
	if (*f->replied_on)
		return "已答复";
	return "待办";
}

bool feedback_save(struct db *db, struct feedback *f)
{
	const char *why = feedback_check(f);
	if (why) {
		db_set_error(db, "%s", why);
		return false;
	}
	text_copy(f->status, sizeof f->status, status_of(f));
	sqlite3_stmt *st = f->id
		? db_stmt(db, "UPDATE feedback SET received_on = :received, channel = :channel, from_kind = :kind, "
			      "from_member_id = :member, from_name = :name, contact = :contact, disclosure_id = :about, "
			      "content = :content, handler = :handler, due_on = :due, extended_reason = :ext, "
			      "replied_on = :replied, reply = :reply, result = :result, reply_published_on = :pub, "
			      "reply_disclosure_id = :pubd, status = :status, void_reason = :void WHERE id = :id")
		: db_stmt(db, "INSERT INTO feedback(received_on, channel, from_kind, from_member_id, from_name, contact, "
			      "disclosure_id, content, handler, due_on, extended_reason, replied_on, reply, result, "
			      "reply_published_on, reply_disclosure_id, status, void_reason) VALUES (:received, :channel, "
			      ":kind, :member, :name, :contact, :about, :content, :handler, :due, :ext, :replied, :reply, "
			      ":result, :pub, :pubd, :status, :void)");
	if (!st)
		return false;
	if (f->id)
		db_bind_int(st, ":id", f->id);
	db_bind_text(st, ":received", f->received_on);
	db_bind_text(st, ":channel", f->channel);
	db_bind_text(st, ":kind", f->from_kind);
	db_bind_id(st, ":member", f->from_member_id);
	db_bind_text(st, ":name", f->from_name);
	db_bind_text(st, ":contact", f->contact);
	db_bind_id(st, ":about", f->disclosure_id);
	db_bind_text(st, ":content", f->content);
	db_bind_text(st, ":handler", f->handler);
	db_bind_text(st, ":due", f->due_on);
	db_bind_text(st, ":ext", f->extended_reason);
	db_bind_opt(st, ":replied", f->replied_on);
	db_bind_text(st, ":reply", f->reply);
	db_bind_opt(st, ":result", f->result);
	db_bind_opt(st, ":pub", f->reply_published_on);
	db_bind_id(st, ":pubd", f->reply_disclosure_id);
	db_bind_text(st, ":status", f->status);
	db_bind_text(st, ":void", f->void_reason);
	if (f->id)
		return db_step_done(db, st);
	return db_insert_done(db, st, &f->id);
}

#define FEEDBACK_COLUMNS "id, received_on, channel, from_kind, coalesce(from_member_id, 0), from_name, contact, " \
	"coalesce(disclosure_id, 0), content, handler, due_on, extended_reason, coalesce(replied_on, ''), reply, " \
	"coalesce(result, ''), coalesce(reply_published_on, ''), coalesce(reply_disclosure_id, 0), status, void_reason"

static void feedback_read(sqlite3_stmt *st, struct feedback *f)
{
	f->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, f->received_on, sizeof f->received_on);
	db_column_copy(st, 2, f->channel, sizeof f->channel);
	db_column_copy(st, 3, f->from_kind, sizeof f->from_kind);
	f->from_member_id = sqlite3_column_int64(st, 4);
	db_column_copy(st, 5, f->from_name, sizeof f->from_name);
	db_column_copy(st, 6, f->contact, sizeof f->contact);
	f->disclosure_id = sqlite3_column_int64(st, 7);
	db_column_copy(st, 8, f->content, sizeof f->content);
	db_column_copy(st, 9, f->handler, sizeof f->handler);
	db_column_copy(st, 10, f->due_on, sizeof f->due_on);
	db_column_copy(st, 11, f->extended_reason, sizeof f->extended_reason);
	db_column_copy(st, 12, f->replied_on, sizeof f->replied_on);
	db_column_copy(st, 13, f->reply, sizeof f->reply);
	db_column_copy(st, 14, f->result, sizeof f->result);
	db_column_copy(st, 15, f->reply_published_on, sizeof f->reply_published_on);
	f->reply_disclosure_id = sqlite3_column_int64(st, 16);
	db_column_copy(st, 17, f->status, sizeof f->status);
	db_column_copy(st, 18, f->void_reason, sizeof f->void_reason);
}

/* Step st to its end: each row read into the buffer row, then given to fn. */
static bool run(struct db *db, sqlite3_stmt *st, void *row, void (*read)(sqlite3_stmt *, void *),
		bool (*fn)(void *, const void *), void *ctx)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read(st, row);
		if (!fn(ctx, row)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return db_reset(db, st);
}

/* The typed callbacks behind run()'s untyped one. */
struct each {
	void *ctx;
	feedback_fn *feedback;
	feedback_box_fn *box;
	feedback_opening_fn *opening;
};

static bool each_row(void *ctx, const void *row)
{
	struct each *e = ctx;
	if (e->feedback)
		return e->feedback(e->ctx, row);
	if (e->box)
		return e->box(e->ctx, row);
	return e->opening(e->ctx, row);
}

static void read_feedback(sqlite3_stmt *st, void *row)
{
	feedback_read(st, row);
}

static bool copy_feedback(void *ctx, const void *row)
{
	*(struct feedback *)ctx = *(const struct feedback *)row;
	return false;
}

long long feedback_find_same(struct db *db, const struct feedback *f)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id FROM feedback WHERE received_on = :received AND channel = :channel "
				       "AND from_name = :name AND content = :content AND status <> '作废' LIMIT 1");
	if (!st)
		return -1;
	db_bind_text(st, ":received", f->received_on);
	db_bind_text(st, ":channel", f->channel);
	db_bind_text(st, ":name", f->from_name);
	db_bind_text(st, ":content", f->content);
	return db_step_id(db, st);
}

bool feedback_get(struct db *db, long long id, struct feedback *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " FEEDBACK_COLUMNS " FROM feedback WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	struct feedback row;
	out->id = 0;
	if (!run(db, st, &row, read_feedback, copy_feedback, out))
		return false;
	if (!out->id) {
		db_set_error(db, _("no opinion 意见#%lld"), id);
		return false;
	}
	return true;
}

bool feedback_each(struct db *db, feedback_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " FEEDBACK_COLUMNS " FROM feedback WHERE status <> '作废' "
				       "ORDER BY received_on, id");
	if (!st)
		return false;
	struct feedback row;
	struct each e = { ctx, fn, NULL, NULL };
	return run(db, st, &row, read_feedback, each_row, &e);
}

bool feedback_set_sender(struct db *db, struct feedback *f, const char *from, const char *kind,
			 char *why, size_t size)
{
	f->from_member_id = 0;
	f->from_name[0] = '\0';
	if (!*from || !strcmp(from, "匿名")) {
		text_copy(f->from_kind, sizeof f->from_kind, "匿名");
		return true;
	}
	if (!text_copy(f->from_name, sizeof f->from_name, from)) {
		snprintf(why, size, "%s", _("the name is too long"));
		return false;
	}
	long long id;
	switch (meeting_member_by_name(db, from, f->received_on, &id, why, size)) {
	case MATCH_FOUND:
		f->from_member_id = id;
		text_copy(f->from_kind, sizeof f->from_kind, "党员");
		return true;
	case MATCH_AMBIGUOUS:
	case MATCH_ERROR:
		return false;
	case MATCH_NONE:
	case MATCH_NOT_YET:
		break;
	}
	text_copy(f->from_kind, sizeof f->from_kind, *kind ? kind : "群众");
	if (!disclosure_value(feedback_from_kinds, f->from_kind) || !strcmp(f->from_kind, "匿名")) {
		snprintf(why, size, _("%s is not a kind of sender (党员, 群众, 教职工, 学生, 家长, 其他)"), kind);
		return false;
	}
	return true;
}

void feedback_sender_masked(const struct feedback *f, char *out, size_t size)
{
	if (!*f->from_name) {
		text_copy(out, size, f->from_kind);
		return;
	}
	uint32_t cp;
	size_t first = utf8_decode(f->from_name, strlen(f->from_name), &cp), n = first;
	if (first >= size)
		first = n = 0;
	memcpy(out, f->from_name, first);
	for (size_t i = utf8_chars(f->from_name); i > 1 && n + 1 < size; i--)
		out[n++] = '*';
	out[n] = '\0';
}

/* ---- Boxes */

bool feedback_box_save(struct db *db, struct feedback_box *b)
{
	sqlite3_stmt *st = b->id
		? db_stmt(db, "UPDATE feedback_boxes SET name = :name, place = :place, since = :since, "
			      "active = :active WHERE id = :id")
		: db_stmt(db, "INSERT INTO feedback_boxes(name, place, since, active) "
			      "VALUES (:name, :place, :since, :active)");
	if (!st)
		return false;
	if (b->id)
		db_bind_int(st, ":id", b->id);
	db_bind_text(st, ":name", b->name);
	db_bind_text(st, ":place", b->place);
	db_bind_text(st, ":since", b->since);
	db_bind_int(st, ":active", b->active);
	if (b->id)
		return db_step_done(db, st);
	return db_insert_done(db, st, &b->id);
}

bool feedback_box_set_active(struct db *db, long long id, bool active)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE feedback_boxes SET active = :active WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_int(st, ":active", active);
	return db_step_done(db, st);
}

long long feedback_box_find(struct db *db, const char *name)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id FROM feedback_boxes WHERE name = :name");
	if (!st)
		return -1;
	db_bind_text(st, ":name", name);
	return db_step_id(db, st);
}

static void read_box(sqlite3_stmt *st, void *row)
{
	struct feedback_box *b = row;
	b->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, b->name, sizeof b->name);
	db_column_copy(st, 2, b->place, sizeof b->place);
	db_column_copy(st, 3, b->since, sizeof b->since);
	b->active = sqlite3_column_int(st, 4) != 0;
}

bool feedback_box_each(struct db *db, feedback_box_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, name, place, since, active FROM feedback_boxes ORDER BY id");
	if (!st)
		return false;
	struct feedback_box row;
	struct each e = { ctx, NULL, fn, NULL };
	return run(db, st, &row, read_box, each_row, &e);
}

bool feedback_opening_insert(struct db *db, struct feedback_opening *o)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO feedback_box_openings(box_id, opened_on, openers, found, note) "
				       "VALUES (:box, :on, :openers, :found, :note)");
	if (!st)
		return false;
	db_bind_int(st, ":box", o->box_id);
	db_bind_text(st, ":on", o->opened_on);
	db_bind_text(st, ":openers", o->openers);
	db_bind_int(st, ":found", o->found);
	db_bind_text(st, ":note", o->note);
	return db_insert_done(db, st, &o->id);
}

static void read_opening(sqlite3_stmt *st, void *row)
{
	struct feedback_opening *o = row;
	o->id = sqlite3_column_int64(st, 0);
	o->box_id = sqlite3_column_int64(st, 1);
	db_column_copy(st, 2, o->box, sizeof o->box);
	db_column_copy(st, 3, o->opened_on, sizeof o->opened_on);
	db_column_copy(st, 4, o->openers, sizeof o->openers);
	o->found = sqlite3_column_int(st, 5);
	db_column_copy(st, 6, o->note, sizeof o->note);
}

bool feedback_opening_each(struct db *db, long long box_id, feedback_opening_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT o.id, o.box_id, b.name, o.opened_on, o.openers, o.found, o.note "
				       "FROM feedback_box_openings o JOIN feedback_boxes b ON b.id = o.box_id "
				       "WHERE :box = 0 OR o.box_id = :box ORDER BY o.opened_on, o.id");
	if (!st)
		return false;
	db_bind_int(st, ":box", box_id);
	struct feedback_opening row;
	struct each e = { ctx, NULL, NULL, fn };
	return run(db, st, &row, read_opening, each_row, &e);
}

/* ---- an opinion as a 整改 item: linked by rectify_items.feedback_id
 * (schema/0018); its problem ends with （意见#N） for whoever reads it. */

bool feedback_to_rectify(struct db *db, long long id, long long batch_id, const char *deadline, const char *person,
			 long long *item_id)
{
	struct feedback f;
	struct rectify_batch b;
	if (!feedback_get(db, id, &f) || !rectify_batch_get(db, batch_id, &b))
		return false;
	if (!strcmp(f.status, "作废")) {
		db_set_error(db, _("意见#%lld is void: %s"), id, f.void_reason);
		return false;
	}
	bool any = false;
	if (!feedback_rectify_each(db, id, NULL, &any))
		return false;
	if (any) {
		db_set_error(db, _("意见#%lld is a 整改 item already"), id);
		return false;
	}
	struct rectify_item it;
	memset(&it, 0, sizeof it);
	it.batch_id = batch_id;
	it.feedback_id = id;
	snprintf(it.problem, sizeof it.problem, "%.900s（意见#%lld）", f.content, id);
	text_copy(it.person, sizeof it.person, *person ? person : f.handler);
	text_copy(it.deadline, sizeof it.deadline, deadline);
	it.long_term = !*deadline;
	text_copy(it.status, sizeof it.status, "未启动");
	return rectify_next_seq(db, batch_id, &it.seq) && rectify_item_add(db, &it, item_id);
}

bool feedback_rectify_each(struct db *db, long long id, feedback_rectify_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id FROM rectify_items WHERE feedback_id = :id AND status <> '作废' "
				       "ORDER BY id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (fn)
			fn(ctx, sqlite3_column_int64(st, 0));
		else
			*(bool *)ctx = true;
	}
	return db_reset(db, st);
}
