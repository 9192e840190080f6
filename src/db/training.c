#include "db/training.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db_private.h"

const char *const training_kind_names[TK_COUNT + 1] = { "集中培训", "网络培训", "专题讲座", "集体学习", "其他", NULL };

int training_kind_parse(const char *s)
{
	for (int i = 0; i < TK_COUNT; i++)
		if (!strcmp(s, training_kind_names[i]))
			return i;
	return -1;
}

bool training_insert(struct db *db, struct training *t)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO trainings(title, kind, organizer, start_date, end_date, minutes, centralized, counts) "
		"VALUES (:title, :kind, :organizer, :start, :end, :minutes, :centralized, :counts)");
	if (!st)
		return false;
	db_bind_text(st, ":title", t->title);
	db_bind_text(st, ":kind", training_kind_names[t->kind]);
	db_bind_text(st, ":organizer", t->organizer);
	db_bind_text(st, ":start", t->start);
	db_bind_text(st, ":end", t->end);
	db_bind_int(st, ":minutes", t->minutes);
	db_bind_int(st, ":centralized", t->centralized);
	db_bind_int(st, ":counts", t->counts);
	return db_insert_done(db, st, &t->id);
}

bool training_add_person(struct db *db, long long training_id, long long member_id, int minutes)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO training_people(training_id, member_id, minutes) VALUES (:training, :member, :minutes) "
		"ON CONFLICT DO NOTHING");
	if (!st)
		return false;
	db_bind_int(st, ":training", training_id);
	db_bind_int(st, ":member", member_id);
	if (minutes > 0)
		db_bind_int(st, ":minutes", minutes);
	else
		db_bind_null(st, ":minutes");
	return db_step_done(db, st);
}

long long training_find_same(struct db *db, const char *title, const char *start)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id FROM trainings WHERE title = :title AND start_date = :start AND status = '有效'");
	if (!st)
		return 0;
	db_bind_text(st, ":title", title);
	db_bind_text(st, ":start", start);
	long long id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

static bool members_read(struct db *db, int year, long long member_id, hours_member_fn *fn, void *ctx)
{
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
	date_format((struct date){ year, 1, 1 }, from);
	date_format((struct date){ year, 12, 31 }, to);
	sqlite3_stmt *st = db_stmt(db,
		/* A member transferred in counts from the day she reported here. */
		"SELECT m.id, m.name, max(m.join_date, coalesce(t.reported, '')), m.status, "
		" coalesce(m.status_date, ''), r.identity "
		"FROM members m LEFT JOIN party_groups g ON g.id = m.group_id "
		/* The few letters and roles read once, not looked up per member. */
		"LEFT JOIN (SELECT member_id, max(report_date) AS reported FROM transfers "
		"  WHERE direction = '转入' AND status = '有效' AND report_date <= :to "
		"  GROUP BY member_id) t ON t.member_id = m.id "
		"LEFT JOIN (SELECT member_id, max(role = '书记') + 1 AS identity FROM branch_roles "
		"  WHERE start_date <= :to AND coalesce(end_date, '9999-12-31') >= :from "
		"  GROUP BY member_id) r ON r.member_id = m.id "
		"WHERE m.join_date <= :to AND (:member = 0 OR m.id = :member) "
		"AND NOT (m.status IN ('转出', '去世', '出党') AND coalesce(m.status_date, '0000-00-00') < :from) "
		"ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	db_bind_int(st, ":member", member_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct hours_member m;
		m.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, m.name, sizeof m.name);
		db_column_copy(st, 2, m.join_date, sizeof m.join_date);
		db_column_copy(st, 3, m.status, sizeof m.status);
		db_column_copy(st, 4, m.status_date, sizeof m.status_date);
		m.identity = (enum hours_identity)sqlite3_column_int(st, 5);
		fn(ctx, &m);
	}
	return db_reset(db, st);
}


/* The whole branch's list of a year, as last read: packed (id, identity,
 * then the texts each ended by NUL), about 50 bytes a member. */
struct hours_members_memo {
	int year, data_version;
	long long changes;
	char *bytes;
	size_t len, cap, n;
	struct db_readset reads; /* what reading it read: counted again each time it is given */
};

static void memo_free(struct hours_members_memo *k)
{
	if (k) {
		free(k->bytes);
		db_readset_free(&k->reads);
	}
	free(k);
}

void hours_members_forget(struct db *db)
{
	memo_free(db->members_memo);
	db->members_memo = NULL;
}

static void memo_put(struct hours_members_memo *k, const void *p, size_t n)
{
	if (k->len + n > k->cap) {
		k->cap = (k->len + n) * 2;
		k->bytes = realloc(k->bytes, k->cap);
		if (!k->bytes)
			abort();
	}
	memcpy(k->bytes + k->len, p, n);
	k->len += n;
}

static void memo_add(void *ctx, const struct hours_member *m)
{
	struct hours_members_memo *k = ctx;
	int identity = (int)m->identity;
	memo_put(k, &m->id, sizeof m->id);
	memo_put(k, &identity, sizeof identity);
	memo_put(k, m->name, strlen(m->name) + 1);
	memo_put(k, m->join_date, strlen(m->join_date) + 1);
	memo_put(k, m->status, strlen(m->status) + 1);
	memo_put(k, m->status_date, strlen(m->status_date) + 1);
	k->n++;
}

static const char *memo_text(const char *at, char *out, size_t size)
{
	size_t n = strlen(at);
	text_copy(out, size, at);
	return at + n + 1;
}

bool hours_members_each(struct db *db, int year, long long member_id, hours_member_fn *fn, void *ctx)
{
	if (member_id)
		return members_read(db, year, member_id, fn, ctx);
	/* Nothing written by this connection (total changes) nor committed by
	 * another (data_version) since the list was read: give it again. */
	int version = db_data_version(db);
	long long changes = db_change_count(db);
	struct hours_members_memo *k = db->members_memo;
	if (!k || k->year != year || k->data_version != version || k->changes != changes) {
		hours_members_forget(db);
		k = calloc(1, sizeof *k);
		if (!k)
			abort();
		db_reads_start(db, &k->reads);
		bool ok = members_read(db, year, 0, memo_add, k);
		db_reads_stop(db);
		if (!ok) {
			memo_free(k);
			return false;
		}
		k->year = year;
		k->data_version = version;
		k->changes = changes;
		db->members_memo = k;
	} else {
		db_reads_add(db, &k->reads);
	}
	const char *at = k->bytes;
	for (size_t i = 0; i < k->n; i++) {
		struct hours_member m;
		int identity;
		memcpy(&m.id, at, sizeof m.id);
		memcpy(&identity, at + sizeof m.id, sizeof identity);
		m.identity = (enum hours_identity)identity;
		at += sizeof m.id + sizeof identity;
		at = memo_text(at, m.name, sizeof m.name);
		at = memo_text(at, m.join_date, sizeof m.join_date);
		at = memo_text(at, m.status, sizeof m.status);
		at = memo_text(at, m.status_date, sizeof m.status_date);
		fn(ctx, &m);
	}
	return true;
}

static void count_member(void *ctx, const struct hours_member *m)
{
	(void)m;
	++*(size_t *)ctx;
}

bool hours_members_count(struct db *db, int year, long long member_id, size_t *n)
{
	*n = 0;
	return hours_members_each(db, year, member_id, count_member, n);
}

/* A time HH:MM as minutes of the day, in SQL. */
#define SQL_MINUTES(t) "(CAST(substr(" t ", 1, 2) AS INTEGER) * 60 + CAST(substr(" t ", 4, 2) AS INTEGER))"

bool hours_sources_each(struct db *db, const struct hours_settings *set, const char *from,
			const char *to, long long member_id, hours_source_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT p.member_id, t.id, t.kind, t.title, t.start_date, t.end_date, coalesce(p.minutes, t.minutes), "
		" t.centralized, t.counts "
		"FROM trainings t JOIN training_people p ON p.training_id = t.id "
		"WHERE t.status = '有效' AND t.start_date <= :to AND t.end_date >= :from "
		"AND (:member = 0 OR p.member_id = :member) ORDER BY t.start_date, t.id");
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	db_bind_int(st, ":member", member_id);
	int rc;
	struct hours_source s;
	memset(&s, 0, sizeof s);
	s.source = HS_TRAINING;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s.member_id = sqlite3_column_int64(st, 0);
		s.id = sqlite3_column_int64(st, 1);
		s.kind = training_kind_parse((const char *)sqlite3_column_text(st, 2));
		s.title = (const char *)sqlite3_column_text(st, 3);
		db_column_copy(st, 4, s.date, sizeof s.date);
		db_column_copy(st, 5, s.end, sizeof s.end);
		s.minutes = sqlite3_column_int(st, 6);
		s.centralized = sqlite3_column_int(st, 7);
		s.counts = sqlite3_column_int(st, 8);
		if (s.kind >= 0)
			fn(ctx, &s);
	}
	if (!db_reset(db, st))
		return false;
	/* The year's minutes first, then each one's people: the minute's columns
	 * are read once, not once per member present. */
	st = db_stmt(db,
		"SELECT t.id, t.kind, t.title, t.date, "
		" CASE WHEN t.start_time IS NULL OR t.end_time IS NULL THEN -1 "
		" ELSE " SQL_MINUTES("t.end_time") " - " SQL_MINUTES("t.start_time") " END "
		"FROM meetings t "
		"WHERE t.date BETWEEN :from AND :to AND t.cancelled = 0 "
		"AND (t.kind <> '支部委员会' OR EXISTS (SELECT 1 FROM meeting_tags g "
		"     WHERE g.meeting_id = t.id AND g.tag = '" HOURS_COMMITTEE_TAG "')) "
		"ORDER BY t.date");
	sqlite3_stmt *people = db_stmt(db,
		"SELECT member_id FROM meeting_attendance "
		"WHERE meeting_id = :meeting AND present = 1 AND (:member = 0 OR member_id = :member) "
		"ORDER BY member_id");
	if (!st || !people)
		return false;
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	db_bind_int(people, ":member", member_id);
	s.source = HS_MEETING;
	s.counts = true;
	s.centralized = false;
	char title[256] = "";
	s.title = title;
	bool ok = true;
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		int kind = meeting_kind_parse((const char *)sqlite3_column_text(st, 1));
		if (kind < 0 || (kind != MK_COMMITTEE && !set->count_kind[kind]))
			continue;
		s.id = sqlite3_column_int64(st, 0);
		s.kind = kind;
		db_column_copy(st, 2, title, sizeof title);
		db_column_copy(st, 3, s.date, sizeof s.date);
		memcpy(s.end, s.date, sizeof s.end);
		s.minutes = sqlite3_column_int(st, 4);
		db_bind_int(people, ":meeting", s.id);
		int prc;
		while ((prc = sqlite3_step(people)) == SQLITE_ROW) {
			s.member_id = sqlite3_column_int64(people, 0);
			fn(ctx, &s);
		}
		ok = db_reset(db, people) && prc == SQLITE_DONE;
	}
	if (!ok) {
		sqlite3_reset(st);
		return false;
	}
	return db_reset(db, st);
}

static bool setting_int(struct db *db, const char *key, int *value, int min, int max)
{
	long long v = settings_get_int(db, key, *value);
	if (v < min || v > max) {
		db_set_error(db, _("setting %s must be a whole number from %d to %d"), key, min, max);
		return false;
	}
	*value = (int)v;
	return true;
}

bool hours_settings_load(struct db *db, struct hours_settings *s)
{
	hours_settings_default(s);
	char kinds[512];
	settings_get(db, "training.count_kinds", kinds, sizeof kinds, "");
	const char *why = *kinds ? hours_count_kinds_parse(s, kinds) : NULL;
	if (why) {
		db_set_error(db, _("setting %s: %s"), "training.count_kinds", why);
		return false;
	}
	return setting_int(db, "training.max_minutes_per_day", &s->max_minutes_per_day, 0, 1440) &&
	       setting_int(db, "training.minutes_per_hour", &s->minutes_per_hour, 1, 240) &&
	       setting_int(db, "training.required_hours.member", &s->required_member, 0, 1000) &&
	       setting_int(db, "training.required_hours.committee", &s->required_committee, 0, 1000) &&
	       setting_int(db, "training.required_centralized", &s->required_centralized, 0, 100);
}
