#include "db/meeting.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db_private.h"
#include "db/group.h"
#include "db/meeting_sql.h"
#include "db/yearbook.h"

/* ---- Members by name */

#define MAX_CANDIDATES 8

struct candidate {
	long long id;
	bool joined, on_roster;
	char group[MINUTE_NAME_SIZE];
	char join_date[DATE_ISO_SIZE];
};

static void list_candidates(const struct candidate *c, int n, bool on_roster_only, char *out, size_t size)
{
	size_t len = 0;
	out[0] = '\0';
	for (int i = 0; i < n && len + 1 < size; i++) {
		if (on_roster_only && !c[i].on_roster)
			continue;
		int w = snprintf(out + len, size - len, "%s#%lld%s%s", len ? ", " : "", c[i].id,
				 *c[i].group ? " " : "", c[i].group);
		if (w < 0)
			break;
		len += (size_t)w < size - len ? (size_t)w : size - len - 1;
	}
}

enum member_match meeting_member_by_name(struct db *db, const char *name, const char *day,
					 long long *id, char *buf, size_t size)
{
	*id = 0;
	if (name[0] == '#') {
		char *end;
		long long want = strtoll(name + 1, &end, 10);
		sqlite3_stmt *st = db_stmt(db, "SELECT 1 FROM members WHERE id = :id");
		if (!st) {
			snprintf(buf, size, "%s", db_error(db));
			return MATCH_ERROR;
		}
		db_bind_int(st, ":id", want);
		bool found = name[1] && !*end && want > 0 && sqlite3_step(st) == SQLITE_ROW;
		sqlite3_reset(st);
		if (found) {
			*id = want;
			return MATCH_FOUND;
		}
		snprintf(buf, size, _("no member %s in the roster"), name);
		return MATCH_NONE;
	}
	sqlite3_stmt *st = db_stmt(db,
		"SELECT m.id, m.join_date <= :day, " SQL_MEMBER_ON("m", ":day") ", "
		"coalesce(g.name, ''), m.join_date FROM members m "
		"LEFT JOIN party_groups g ON g.id = m.group_id WHERE m.name = :name ORDER BY m.id");
	if (!st) {
		snprintf(buf, size, "%s", db_error(db));
		return MATCH_ERROR;
	}
	db_bind_text(st, ":day", day);
	db_bind_text(st, ":name", name);
	struct candidate c[MAX_CANDIDATES];
	int n = 0, joined = 0, on_roster = 0, rows = 0;
	long long pick_joined = 0, pick_on = 0;
	char first_join[DATE_ISO_SIZE] = "";
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct candidate k;
		k.id = sqlite3_column_int64(st, 0);
		k.joined = sqlite3_column_int(st, 1);
		k.on_roster = k.joined && sqlite3_column_int(st, 2);
		db_column_copy(st, 3, k.group, sizeof k.group);
		db_column_copy(st, 4, k.join_date, sizeof k.join_date);
		if (!rows++)
			memcpy(first_join, k.join_date, sizeof first_join);
		if (!k.joined)
			continue;
		joined++;
		pick_joined = k.id;
		if (k.on_roster) {
			on_roster++;
			pick_on = k.id;
		}
		if (n < MAX_CANDIDATES)
			c[n++] = k;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		snprintf(buf, size, "%s", db_error(db));
		return MATCH_ERROR;
	}
	if (joined == 1 || (joined > 1 && on_roster == 1)) {
		*id = joined == 1 ? pick_joined : pick_on;
		return MATCH_FOUND;
	}
	if (joined > 1) {
		char list[256];
		list_candidates(c, n, on_roster > 1, list, sizeof list);
		snprintf(buf, size, _("%d members are called %s (%s): write #ID to say which"),
			 on_roster > 1 ? on_roster : joined, name, list);
		return MATCH_AMBIGUOUS;
	}
	if (rows) {
		snprintf(buf, size, _("%s joined only on %s"), name, first_join);
		return MATCH_NOT_YET;
	}
	snprintf(buf, size, _("no member called %s in the roster"), name);
	return MATCH_NONE;
}

/* ---- Minutes */

static void resolve_person(struct db *db, struct meeting *m, enum minute_field f, char *name,
			   long long *id, int *problems, minute_problem_fn *report, void *ctx)
{
	char why[512];
	*id = 0;
	if (!*name)
		return;
	enum member_match r = meeting_member_by_name(db, name, m->date, id, why, sizeof why);
	/* Someone from outside the branch may chair, record or teach. */
	if (r == MATCH_FOUND || ((r == MATCH_NONE || r == MATCH_NOT_YET) && name[0] != '#'))
		return;
	report(ctx, f, why);
	(*problems)++;
}

int meeting_resolve(struct db *db, struct meeting *m, minute_problem_fn *report, void *ctx)
{
	int problems = 0;
	char why[512];
	m->group_id = 0;
	if (*m->group) {
		m->group_id = group_id_by_name(db, m->group, false);
		if (!m->group_id) {
			snprintf(why, sizeof why, _("no party group called %s"), m->group);
			report(ctx, MIN_GROUP, why);
			problems++;
		}
	}
	resolve_person(db, m, MIN_HOST, m->host, &m->host_id, &problems, report, ctx);
	resolve_person(db, m, MIN_RECORDER, m->recorder, &m->recorder_id, &problems, report, ctx);
	resolve_person(db, m, MIN_SPEAKER, m->speaker, &m->speaker_id, &problems, report, ctx);
	for (size_t i = 0; i < m->natt; i++) {
		struct attendee *a = &m->att[i];
		enum minute_field f = a->present ? MIN_PRESENT : MIN_ABSENT;
		if (meeting_member_by_name(db, a->name, m->date, &a->member_id, why, sizeof why) != MATCH_FOUND) {
			report(ctx, f, why);
			problems++;
			continue;
		}
		for (size_t j = 0; j < i; j++)
			if (m->att[j].member_id == a->member_id && strcmp(m->att[j].name, a->name)) {
				snprintf(why, sizeof why, _("%s and %s are the same member"), m->att[j].name, a->name);
				report(ctx, f, why);
				problems++;
				break;
			}
	}
	return problems;
}

static void bind_person(sqlite3_stmt *st, const char *id_param, const char *name_param,
			long long id, const char *name)
{
	if (id) {
		db_bind_int(st, id_param, id);
		db_bind_text(st, name_param, "");
	} else {
		db_bind_null(st, id_param);
		db_bind_text(st, name_param, name);
	}
}

static void bind_record(sqlite3_stmt *st, const struct meeting *m)
{
	db_bind_text(st, ":kind", meeting_kind_names[m->kind]);
	db_bind_text(st, ":title", m->title);
	db_bind_text(st, ":date", m->date);
	db_bind_opt(st, ":start", m->start_time);
	db_bind_opt(st, ":end", m->end_time);
	db_bind_text(st, ":place", m->place);
	db_bind_id(st, ":group", m->group_id);
	bind_person(st, ":host", ":host_name", m->host_id, m->host);
	bind_person(st, ":recorder", ":recorder_name", m->recorder_id, m->recorder);
	bind_person(st, ":speaker", ":speaker_name", m->speaker_id, m->speaker);
	db_bind_text(st, ":guests", m->guests);
	db_bind_text(st, ":agenda", m->agenda);
	db_bind_text(st, ":discussion", m->discussion);
	db_bind_text(st, ":decisions", m->decisions);
}

/* Who should attend on :day, one statement per scope so that each uses its
 * index (a group's members, the committee's roles).  The fill below and
 * meeting_expected_each share them. */
#define EXPECTED_BRANCH "FROM members m WHERE " SQL_MEMBER_ON("m", ":day")
#define EXPECTED_GROUP "FROM members m WHERE m.group_id = :group AND " SQL_MEMBER_ON("m", ":day")
#define EXPECTED_COMMITTEE \
	"FROM members m WHERE m.id IN (SELECT member_id FROM branch_roles WHERE start_date <= :day " \
	"AND coalesce(end_date, '9999-12-31') >= :day) AND " SQL_MEMBER_ON("m", ":day")

static sqlite3_stmt *expected_stmt(struct db *db, enum meeting_scope scope, long long group_id,
				   const char *day, bool fill)
{
	static const char *const list[] = {
		[SCOPE_BRANCH] = "SELECT m.id " EXPECTED_BRANCH,
		[SCOPE_GROUP] = "SELECT m.id " EXPECTED_GROUP,
		[SCOPE_COMMITTEE] = "SELECT m.id " EXPECTED_COMMITTEE,
	};
#define FILL "INSERT INTO meeting_attendance(meeting_id, member_id, present, reason) SELECT :id, m.id, :present, '' "
#define NOTHING " ON CONFLICT(meeting_id, member_id) DO NOTHING"
	static const char *const insert[] = {
		[SCOPE_BRANCH] = FILL EXPECTED_BRANCH NOTHING,
		[SCOPE_GROUP] = FILL EXPECTED_GROUP NOTHING,
		[SCOPE_COMMITTEE] = FILL EXPECTED_COMMITTEE NOTHING,
	};
#undef FILL
#undef NOTHING
	if (scope == SCOPE_LISTED)
		return NULL;
	sqlite3_stmt *st = db_stmt(db, fill ? insert[scope] : list[scope]);
	if (!st)
		return NULL;
	db_bind_text(st, ":day", day);
	if (scope == SCOPE_GROUP)
		db_bind_int(st, ":group", group_id);
	return st;
}

bool meeting_expected_each(struct db *db, enum meeting_kind k, long long group_id, const char *day,
			   member_id_fn *fn, void *ctx)
{
	enum meeting_scope scope = meeting_scope_of(k, group_id != 0);
	if (scope == SCOPE_LISTED)
		return true;
	sqlite3_stmt *st = expected_stmt(db, scope, group_id, day, false);
	if (!st)
		return false;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ctx, sqlite3_column_int64(st, 0));
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

/* Everyone who should attend and is not listed yet: absent, or present when
 * the minute listed nobody as present (a book that names only absentees). */
static bool fill_expected(struct db *db, const struct meeting *m)
{
	enum meeting_scope scope = meeting_scope_of(m->kind, m->group_id != 0);
	if (scope == SCOPE_LISTED)
		return true;
	bool present = true;
	for (size_t i = 0; i < m->natt; i++)
		if (m->att[i].present)
			present = false;
	sqlite3_stmt *st = expected_stmt(db, scope, m->group_id, m->date, true);
	if (!st)
		return false;
	db_bind_int(st, ":id", m->id);
	db_bind_int(st, ":present", present);
	return db_step_done(db, st);
}

bool meeting_insert(struct db *db, struct meeting *m)
{
	if (!db_begin(db))
		return false;
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO meetings(kind, title, date, start_time, end_time, place, group_id, "
		"host_id, host_name, recorder_id, recorder_name, speaker_id, speaker_name, "
		"guests, agenda, discussion, decisions) VALUES (:kind, :title, :date, :start, :end, "
		":place, :group, :host, :host_name, :recorder, :recorder_name, :speaker, "
		":speaker_name, :guests, :agenda, :discussion, :decisions)");
	bool ok = st != NULL;
	if (ok) {
		bind_record(st, m);
		ok = db_step_done(db, st);
	}
	if (ok)
		m->id = sqlite3_last_insert_rowid(db->h);
	for (size_t i = 0; ok && i < m->natt; i++)
		ok = meeting_attend(db, m->id, m->att[i].member_id, m->att[i].present, m->att[i].reason);
	ok = ok && (m->attendance_unrecorded || fill_expected(db, m)) &&
	     meeting_turnout_get(db, m->id, &m->turnout);
	if (!ok) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

bool meeting_update(struct db *db, const struct meeting *m)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE meetings SET kind = :kind, title = :title, date = :date, start_time = :start, "
		"end_time = :end, place = :place, group_id = :group, host_id = :host, "
		"host_name = :host_name, recorder_id = :recorder, recorder_name = :recorder_name, "
		"speaker_id = :speaker, speaker_name = :speaker_name, guests = :guests, "
		"agenda = :agenda, discussion = :discussion, decisions = :decisions WHERE id = :id");
	if (!st)
		return false;
	bind_record(st, m);
	db_bind_int(st, ":id", m->id);
	return db_step_done(db, st);
}

#define C(field, label) DB_TEXT(struct meeting, field, label)
#define V(field, label) DB_VALUE(struct meeting, field, label)
#define S(field, label) DB_STRING(struct meeting, field, label)
static const struct db_column meeting_columns[] = {
	V(kind, N_("Kind")), C(title, N_("Topic")), C(date, N_("Date")), C(start_time, N_("Start")),
	C(end_time, N_("End")), C(place, N_("Place")), C(group, N_("Party group")), V(group_id, N_("Party group")),
	C(host, N_("Chaired by")), V(host_id, N_("Chaired by")), C(recorder, N_("Recorded by")),
	V(recorder_id, N_("Recorded by")), C(speaker, N_("Speaker")), V(speaker_id, N_("Speaker")),
	S(guests, N_("Attending non-members")), S(agenda, N_("Agenda")), S(discussion, N_("Discussion")),
	S(decisions, N_("Decisions")),
};
#undef C
#undef V
#undef S

bool meeting_save_edit(struct db *db, const struct meeting *loaded, struct meeting *edited)
{
	struct meeting now;
	char why[512];
	meeting_init(&now);
	if (!db_begin(db))
		return false;
	bool ok = meeting_get(db, loaded->id, &now);
	if (!ok && !db_failed(db))
		db_set_error(db, "%s", _("This minute is not in the database any more."));
	ok = ok && !db_record_changed(db, meeting_columns, sizeof meeting_columns / sizeof meeting_columns[0],
				      loaded, &now, why, sizeof why);
	if (ok) {
		db_record_apply(meeting_columns, sizeof meeting_columns / sizeof meeting_columns[0], &now, loaded,
				edited);
		ok = meeting_update(db, &now);
	}
	meeting_done(&now);
	if (!ok) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

#define MEETING_COLUMNS \
	"t.id, t.kind, t.title, t.date, coalesce(t.start_time, ''), coalesce(t.end_time, ''), " \
	"t.place, coalesce(g.name, ''), coalesce(t.group_id, 0), " \
	"coalesce(h.name, t.host_name), coalesce(t.host_id, 0), " \
	"coalesce(r.name, t.recorder_name), coalesce(t.recorder_id, 0), " \
	"coalesce(s.name, t.speaker_name), coalesce(t.speaker_id, 0), " \
	"t.guests, t.agenda, t.discussion, t.decisions, t.cancelled, t.cancel_reason"

#define MEETING_FROM \
	" FROM meetings t LEFT JOIN party_groups g ON g.id = t.group_id " \
	"LEFT JOIN members h ON h.id = t.host_id LEFT JOIN members r ON r.id = t.recorder_id " \
	"LEFT JOIN members s ON s.id = t.speaker_id "

static void column_text(sqlite3_stmt *st, int i, char **field)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	meeting_set_text(field, t ? (const char *)t : "");
}

static void read_meeting(sqlite3_stmt *st, struct meeting *m)
{
	char kind[64];
	m->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, kind, sizeof kind);
	int k = meeting_kind_parse(kind);
	m->kind = k < 0 ? MK_OTHER : (enum meeting_kind)k;
	db_column_copy(st, 2, m->title, sizeof m->title);
	db_column_copy(st, 3, m->date, sizeof m->date);
	db_column_copy(st, 4, m->start_time, sizeof m->start_time);
	db_column_copy(st, 5, m->end_time, sizeof m->end_time);
	db_column_copy(st, 6, m->place, sizeof m->place);
	db_column_copy(st, 7, m->group, sizeof m->group);
	m->group_id = sqlite3_column_int64(st, 8);
	db_column_copy(st, 9, m->host, sizeof m->host);
	m->host_id = sqlite3_column_int64(st, 10);
	db_column_copy(st, 11, m->recorder, sizeof m->recorder);
	m->recorder_id = sqlite3_column_int64(st, 12);
	db_column_copy(st, 13, m->speaker, sizeof m->speaker);
	m->speaker_id = sqlite3_column_int64(st, 14);
	column_text(st, 15, &m->guests);
	column_text(st, 16, &m->agenda);
	column_text(st, 17, &m->discussion);
	column_text(st, 18, &m->decisions);
	m->cancelled = sqlite3_column_int(st, 19);
	db_column_copy(st, 20, m->cancel_reason, sizeof m->cancel_reason);
	m->natt = 0;
}

bool meeting_get(struct db *db, long long id, struct meeting *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " MEETING_COLUMNS MEETING_FROM "WHERE t.id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	bool found = db_step(db, st) == SQLITE_ROW;
	if (found)
		read_meeting(st, out);
	sqlite3_reset(st);
	return found && meeting_turnout_get(db, id, &out->turnout);
}

bool meeting_load_attendance(struct db *db, struct meeting *m)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT a.member_id, m.name, coalesce(g.name, ''), a.present, a.reason, "
		SQL_VOTING_ON("m", "t.date") " FROM meeting_attendance a "
		"JOIN meetings t ON t.id = a.meeting_id JOIN members m ON m.id = a.member_id "
		"LEFT JOIN party_groups g ON g.id = m.group_id WHERE a.meeting_id = :id "
		"ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id");
	if (!st)
		return false;
	db_bind_int(st, ":id", m->id);
	m->natt = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct attendee *a = meeting_add_attendee(m, (const char *)sqlite3_column_text(st, 1),
							  sqlite3_column_int(st, 3),
							  (const char *)sqlite3_column_text(st, 4));
		a->member_id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 2, a->group, sizeof a->group);
		a->voting = sqlite3_column_int(st, 5);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool meeting_cancel(struct db *db, long long id, const char *reason)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE meetings SET cancelled = 1, cancel_reason = :reason WHERE id = :id AND cancelled = 0");
	if (!st)
		return false;
	db_bind_text(st, ":reason", reason);
	db_bind_int(st, ":id", id);
	if (!db_step_done(db, st))
		return false;
	if (sqlite3_changes(db->h) == 0) {
		db_set_error(db, _("no meeting #%lld, or it is cancelled already"), id);
		return false;
	}
	return true;
}

long long meeting_find_same(struct db *db, const struct meeting *m)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id FROM meetings WHERE kind = :kind AND date = :date AND group_id IS :group "
		"AND title = :title AND cancelled = 0 AND id IS NOT :id LIMIT 1");
	if (!st)
		return 0;
	db_bind_text(st, ":kind", meeting_kind_names[m->kind]);
	db_bind_text(st, ":date", m->date);
	db_bind_id(st, ":group", m->group_id);
	db_bind_text(st, ":title", m->title);
	db_bind_int(st, ":id", m->id);
	long long id = db_step(db, st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

/* ---- Attendance */

bool meeting_attend(struct db *db, long long meeting_id, long long member_id, bool present,
		    const char *reason)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO meeting_attendance(meeting_id, member_id, present, reason) "
		"VALUES (:meeting, :member, :present, :reason) ON CONFLICT(meeting_id, member_id) "
		"DO UPDATE SET present = excluded.present, reason = excluded.reason");
	if (!st)
		return false;
	db_bind_int(st, ":meeting", meeting_id);
	db_bind_int(st, ":member", member_id);
	db_bind_int(st, ":present", present);
	db_bind_text(st, ":reason", reason);
	return db_step_done(db, st);
}

bool meeting_unattend(struct db *db, long long meeting_id, long long member_id)
{
	sqlite3_stmt *st = db_stmt(db,
		"DELETE FROM meeting_attendance WHERE meeting_id = :meeting AND member_id = :member");
	if (!st)
		return false;
	db_bind_int(st, ":meeting", meeting_id);
	db_bind_int(st, ":member", member_id);
	if (!db_step_done(db, st))
		return false;
	if (sqlite3_changes(db->h) == 0) {
		db_set_error(db, _("member #%lld is not on the attendance list of meeting #%lld"),
			     member_id, meeting_id);
		return false;
	}
	return true;
}

bool meeting_turnout_get(struct db *db, long long meeting_id, struct meeting_turnout *out)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT count(*), coalesce(sum(a.present), 0), "
		"coalesce(sum(" SQL_VOTING_ON("m", "t.date") "), 0), "
		"coalesce(sum(a.present AND " SQL_VOTING_ON("m", "t.date") "), 0) "
		"FROM meeting_attendance a JOIN meetings t ON t.id = a.meeting_id "
		"JOIN members m ON m.id = a.member_id WHERE a.meeting_id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", meeting_id);
	memset(out, 0, sizeof *out);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->expected = sqlite3_column_int(st, 0);
		out->present = sqlite3_column_int(st, 1);
		out->voting_expected = sqlite3_column_int(st, 2);
		out->voting_present = sqlite3_column_int(st, 3);
	} else {
		db_set_sqlite_error(db, NULL);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW;
}

/* ---- Votes */

bool meeting_vote(struct db *db, long long meeting_id, const char *motion, int yes, int no,
		  int abstain, struct vote_result *out, long long *motion_id)
{
	struct meeting m;
	meeting_init(&m);
	bool found = meeting_get(db, meeting_id, &m);
	enum meeting_kind kind = m.kind;
	bool cancelled = m.cancelled;
	struct meeting_turnout t = m.turnout;
	meeting_done(&m);
	if (!found) {
		db_set_error(db, _("no meeting #%lld"), meeting_id);
		return false;
	}
	if (cancelled) {
		db_set_error(db, _("meeting #%lld was cancelled"), meeting_id);
		return false;
	}
	bool valid;
	*out = meeting_vote_check(kind, &t, yes, no, abstain, &valid);
	if (!valid) {
		db_set_error(db, "%s", out->why);
		return false;
	}
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO meeting_motions(meeting_id, motion, yes, no, abstain, expected, present, result) "
		"VALUES (:meeting, :motion, :yes, :no, :abstain, :expected, :present, :result)");
	if (!st)
		return false;
	db_bind_int(st, ":meeting", meeting_id);
	db_bind_text(st, ":motion", motion);
	db_bind_int(st, ":yes", yes);
	db_bind_int(st, ":no", no);
	db_bind_int(st, ":abstain", abstain);
	db_bind_int(st, ":expected", t.voting_expected);
	db_bind_int(st, ":present", t.voting_present);
	db_bind_text(st, ":result", meeting_vote_result_name(out));
	if (!db_step_done(db, st))
		return false;
	if (motion_id)
		*motion_id = sqlite3_last_insert_rowid(db->h);
	return true;
}

bool meeting_motions_each(struct db *db, long long meeting_id, motion_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id, motion, yes, no, abstain, expected, present, result FROM meeting_motions "
		"WHERE meeting_id = :id ORDER BY id");
	if (!st)
		return false;
	db_bind_int(st, ":id", meeting_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct motion mo;
		mo.id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, mo.text, sizeof mo.text);
		mo.yes = sqlite3_column_int(st, 2);
		mo.no = sqlite3_column_int(st, 3);
		mo.abstain = sqlite3_column_int(st, 4);
		mo.expected = sqlite3_column_int(st, 5);
		mo.present = sqlite3_column_int(st, 6);
		db_column_copy(st, 7, mo.result, sizeof mo.result);
		struct vote_count c = { mo.expected, mo.present, mo.yes, mo.no, mo.abstain };
		mo.why = vote_evaluate(&c).why;
		fn(ctx, &mo);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

/* ---- Lists */

void meeting_filter_init(struct meeting_filter *f)
{
	memset(f, 0, sizeof *f);
	f->kind = -1;
}

void meeting_filter_period(struct meeting_filter *f, int k, struct period p)
{
	meeting_filter_init(f);
	f->kind = k;
	date_format(period_first_day(p), f->from);
	date_format(period_last_day(p), f->to);
}

bool meeting_each(struct db *db, const struct meeting_filter *f, meeting_fn *fn, void *ctx)
{
	static const char sql[] = "SELECT " MEETING_COLUMNS MEETING_FROM
		"WHERE (:kind IS NULL OR t.kind = :kind) AND (:from IS NULL OR t.date >= :from) "
		"AND (:to IS NULL OR t.date <= :to) AND (:group IS NULL OR t.group_id = :group) "
		"AND (:id IS NULL OR t.id = :id) AND (:cancelled OR t.cancelled = 0) "
		"ORDER BY t.date, t.start_time, t.id";
	/* A statement of its own: fn may read the database (attendance, votes). */
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
		db_set_sqlite_error(db, sql);
		return false;
	}
	db_bind_opt(st, ":kind", f->kind >= 0 && f->kind < MK_COUNT ? meeting_kind_names[f->kind] : NULL);
	db_bind_opt(st, ":from", f->from);
	db_bind_opt(st, ":to", f->to);
	db_bind_id(st, ":group", f->group_id);
	db_bind_id(st, ":id", f->id);
	db_bind_int(st, ":cancelled", f->include_cancelled);
	struct meeting m;
	meeting_init(&m);
	bool ok = true;
	int rc;
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_meeting(st, &m);
		ok = meeting_turnout_get(db, m.id, &m.turnout);
		if (ok)
			fn(ctx, &m);
	}
	if (ok && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		ok = false;
	}
	meeting_done(&m);
	sqlite3_finalize(st);
	return ok;
}

/* ---- Requirements */

bool meeting_requirements_get(struct db *db, struct meeting_requirement req[MK_COUNT])
{
	for (int k = 0; k < MK_COUNT; k++)
		req[k] = (struct meeting_requirement){ PERIOD_YEAR, 0, false };
	sqlite3_stmt *st = db_stmt(db, "SELECT kind, period, count, per_group FROM meeting_requirements");
	if (!st)
		return false;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int k = meeting_kind_parse((const char *)sqlite3_column_text(st, 0));
		int p = period_kind_parse((const char *)sqlite3_column_text(st, 1));
		if (k < 0 || p < 0)
			continue;
		req[k].period = (enum period_kind)p;
		req[k].count = sqlite3_column_int(st, 2);
		req[k].per_group = sqlite3_column_int(st, 3);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool meeting_requirement_set(struct db *db, enum meeting_kind k, const struct meeting_requirement *r)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO meeting_requirements(kind, period, count, per_group) "
		"VALUES (:kind, :period, :count, :per_group) ON CONFLICT(kind) DO UPDATE SET "
		"period = excluded.period, count = excluded.count, per_group = excluded.per_group");
	if (!st)
		return false;
	db_bind_text(st, ":kind", meeting_kind_names[k]);
	db_bind_text(st, ":period", period_kind_names[r->period]);
	db_bind_int(st, ":count", r->count);
	db_bind_int(st, ":per_group", r->per_group);
	return db_step_done(db, st);
}

/* ---- Compliance */

struct date meeting_tracking_start(struct db *db, struct date today)
{
	char since[64], first[DATE_ISO_SIZE] = "";
	settings_get(db, "meetings.since", since, sizeof since, "");
	sqlite3_stmt *st = db_stmt(db, "SELECT min(date) FROM meetings WHERE cancelled = 0");
	if (st) {
		if (sqlite3_step(st) == SQLITE_ROW)
			db_column_copy(st, 0, first, sizeof first);
		sqlite3_reset(st);
	}
	return meeting_tracked_from(since, first, today);
}

struct unit {
	long long id;
	char name[MINUTE_NAME_SIZE];
	int index;          /* into the counts, from 1 */
};

/* Meetings held per kind, party group and month over whole years. */
struct tally {
	int year0, nmonths;
	struct unit *groups;       /* groups with members now: the units of a per-group requirement */
	int ngroups;
	size_t cap;
	int *counts;               /* [MK_COUNT][ngroups + 1][nmonths]; group 0 = all */
};

static int *tally_at(struct tally *t, int kind, int group, int month)
{
	return &t->counts[((size_t)kind * (size_t)(t->ngroups + 1) + (size_t)group) * (size_t)t->nmonths
			  + (size_t)month];
}

static void add_group(void *ctx, const struct party_group *g)
{
	struct tally *t = ctx;
	if (g->members <= 0)
		return;
	t->groups = grow_array(t->groups, (size_t)t->ngroups, &t->cap, 16, sizeof *t->groups);
	struct unit *u = &t->groups[t->ngroups++];
	u->id = g->id;
	text_copy(u->name, sizeof u->name, g->name);
	u->index = t->ngroups;
}

static int by_unit_id(const void *a, const void *b)
{
	const struct unit *x = a, *y = b;
	return x->id < y->id ? -1 : x->id > y->id;
}

static bool tally_load(struct db *db, int year0, int year1, struct tally *t)
{
	memset(t, 0, sizeof *t);
	t->year0 = year0;
	t->nmonths = (year1 - year0 + 1) * 12;
	if (!group_each(db, add_group, t))
		return false;
	t->counts = calloc((size_t)MK_COUNT * (size_t)(t->ngroups + 1) * (size_t)t->nmonths, sizeof *t->counts);
	if (!t->counts)
		abort();
	/* Sorted by id for the lookups below; index keeps the display order. */
	struct unit *by_id = malloc(((size_t)t->ngroups + 1) * sizeof *by_id);
	if (!by_id)
		abort();
	if (t->ngroups)
		memcpy(by_id, t->groups, (size_t)t->ngroups * sizeof *by_id);
	qsort(by_id, (size_t)t->ngroups, sizeof *by_id, by_unit_id);

	sqlite3_stmt *st = db_stmt(db,
		"SELECT kind, coalesce(group_id, 0), substr(date, 1, 7), count(*) FROM meetings "
		"WHERE date BETWEEN :from AND :to AND cancelled = 0 "
		"GROUP BY kind, group_id, substr(date, 1, 7)");
	bool ok = st != NULL;
	if (ok) {
		char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
		date_format((struct date){ year0, 1, 1 }, from);
		date_format((struct date){ year1, 12, 31 }, to);
		db_bind_text(st, ":from", from);
		db_bind_text(st, ":to", to);
		int rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			int k = meeting_kind_parse((const char *)sqlite3_column_text(st, 0));
			struct unit key = { .id = sqlite3_column_int64(st, 1) };
			const char *ym = (const char *)sqlite3_column_text(st, 2);
			int y, mo, n = sqlite3_column_int(st, 3);
			if (k < 0 || !ym || sscanf(ym, "%d-%d", &y, &mo) != 2)
				continue;
			int month = month_index(y, mo) - month_index(year0, 1);
			if (month < 0 || month >= t->nmonths)
				continue;
			*tally_at(t, k, 0, month) += n;
			struct unit *u = key.id ? bsearch(&key, by_id, (size_t)t->ngroups, sizeof *by_id, by_unit_id) : NULL;
			if (u)
				*tally_at(t, k, u->index, month) += n;
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE) {
			db_set_sqlite_error(db, NULL);
			ok = false;
		}
	}
	free(by_id);
	return ok;
}

static void tally_done(struct tally *t)
{
	free(t->groups);
	free(t->counts);
}

static int tally_held(struct tally *t, int kind, int group, struct period p)
{
	struct date a = period_first_day(p), b = period_last_day(p);
	int held = 0;
	int first = month_index(t->year0, 1);
	for (int m = month_index(a.y, a.m) - first; m <= month_index(b.y, b.m) - first; m++)
		if (m >= 0 && m < t->nmonths)
			held += *tally_at(t, kind, group, m);
	return held;
}

struct walk {
	struct tally *tally;
	struct meeting_requirement req[MK_COUNT];
	struct date from, to, today, tracked_from;
};

static void walk_dues(struct walk *w, meeting_due_fn *fn, void *ctx)
{
	for (int k = 0; k < MK_COUNT; k++) {
		const struct meeting_requirement *r = &w->req[k];
		struct period last = period_of(r->period, w->to);
		for (struct period p = period_of(r->period, w->from);
		     p.year < last.year || (p.year == last.year && p.n <= last.n); p = period_next(p)) {
			struct meeting_due d = { .kind = (enum meeting_kind)k, .period = p, .required = r->count };
			if (r->per_group && r->count > 0) {
				for (int g = 0; g < w->tally->ngroups; g++) {
					const struct unit *u = &w->tally->groups[g];
					d.group_id = u->id;
					text_copy(d.group, sizeof d.group, u->name);
					d.held = tally_held(w->tally, k, u->index, p);
					d.state = meeting_state_of(d.required, d.held, p, w->today, w->tracked_from);
					fn(ctx, &d);
				}
				continue;
			}
			d.held = tally_held(w->tally, k, 0, p);
			d.state = meeting_state_of(d.required, d.held, p, w->today, w->tracked_from);
			fn(ctx, &d);
		}
	}
}

static bool walk_init(struct db *db, struct date from, struct date to, struct date today,
		      struct tally *t, struct walk *w)
{
	memset(w, 0, sizeof *w);
	w->tally = t;
	w->from = from;
	w->to = to;
	w->today = today;
	w->tracked_from = meeting_tracking_start(db, today);
	return meeting_requirements_get(db, w->req) && tally_load(db, from.y, to.y, t);
}

bool meeting_dues_each(struct db *db, struct date from, struct date to, struct date today,
		       meeting_due_fn *fn, void *ctx)
{
	struct tally t;
	struct walk w;
	bool ok = walk_init(db, from, to, today, &t, &w);
	if (ok)
		walk_dues(&w, fn, ctx);
	tally_done(&t);
	return ok;
}

/* A cell's state is the worst of its units'. */
static int state_rank(enum meeting_state s)
{
	switch (s) {
	case MSTATE_MISSING: return 3;
	case MSTATE_UPCOMING: return 2;
	case MSTATE_DONE: return 1;
	case MSTATE_NOT_REQUIRED: break;
	}
	return 0;
}

static void add_to_cell(void *ctx, const struct meeting_due *d)
{
	struct meeting_year *y = ctx;
	struct meeting_cell *c = &y->cells[d->kind][d->period.n - 1];
	c->held += d->held;
	if (d->required > 0) {
		c->units++;
		if (d->held < d->required)
			c->units_short++;
	}
	if (state_rank(d->state) > state_rank(c->state))
		c->state = d->state;
}

bool meeting_year_load(struct db *db, int year, struct date today, struct meeting_year *out)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	out->today = today;
	struct tally t;
	struct walk w;
	bool ok = walk_init(db, (struct date){ year, 1, 1 }, (struct date){ year, 12, 31 }, today, &t, &w);
	if (ok) {
		memcpy(out->req, w.req, sizeof out->req);
		out->tracked_from = w.tracked_from;
		for (int k = 0; k < MK_COUNT; k++) {
			out->ncells[k] = periods_per_year(w.req[k].period);
			for (int n = 1; n <= out->ncells[k]; n++) {
				struct meeting_cell *c = &out->cells[k][n - 1];
				c->period = (struct period){ w.req[k].period, year, n };
				c->state = MSTATE_NOT_REQUIRED;
				c->required = w.req[k].count;
			}
			for (int m = 0; m < 12; m++)
				out->month_held[k][m] = *tally_at(&t, k, 0, m);
		}
		walk_dues(&w, add_to_cell, out);
		for (int h = 1; ok && h <= 2; h++) {
			struct meeting_cell *c = &out->topic[h - 1];
			char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
			long long n = 0;
			c->period = (struct period){ PERIOD_HALF, year, h };
			date_format(period_first_day(c->period), from);
			date_format(period_last_day(c->period), to);
			ok = meeting_tagged_count(db, meeting_kind_names[MK_COMMITTEE], MEETING_TOPIC_TAG, from, to, &n);
			c->held = (int)n;
			c->required = 1;
			c->units = 1;
			c->state = meeting_state_of(1, c->held, c->period, today, out->tracked_from);
			c->units_short = c->state == MSTATE_MISSING;
		}
	}
	tally_done(&t);
	return ok;
}

/* ---- Attendance rates */

/* Counted in C by member id: a year of a large branch is half a million
 * attendance rows, which SQLite would sort to group them. */
bool meeting_attendance_rates(struct db *db, const char *from, const char *to,
			      attendance_rate_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT coalesce(max(id), 0) FROM members");
	if (!st)
		return false;
	long long max = db_step(db, st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	int (*count)[2] = calloc((size_t)max + 1, sizeof *count); /* should attend, attended */
	if (!count)
		abort();
	bool ok = (st = db_stmt(db,
		"SELECT a.member_id, a.present FROM meetings t JOIN meeting_attendance a ON a.meeting_id = t.id "
		"WHERE t.date BETWEEN :from AND :to AND t.cancelled = 0")) != NULL;
	int rc = SQLITE_DONE;
	if (ok) {
		db_bind_text(st, ":from", from);
		db_bind_text(st, ":to", to);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			long long id = sqlite3_column_int64(st, 0);
			if (id > 0 && id <= max) {
				count[id][0]++;
				count[id][1] += sqlite3_column_int(st, 1);
			}
		}
		sqlite3_reset(st);
	}
	if (ok && rc == SQLITE_DONE && (st = db_stmt(db,
		"SELECT m.id, m.name, coalesce(g.name, ''), m.kind, m.status IN ('转出', '去世', '出党') "
		"FROM members m LEFT JOIN party_groups g ON g.id = m.group_id "
		"ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id"))) {
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			struct attendance_rate r;
			r.member_id = sqlite3_column_int64(st, 0);
			bool left = sqlite3_column_int(st, 4);
			if (r.member_id <= 0 || r.member_id > max)
				continue;
			r.expected = count[r.member_id][0];
			r.present = count[r.member_id][1];
			if (left && !r.expected)
				continue;
			db_column_copy(st, 1, r.name, sizeof r.name);
			db_column_copy(st, 2, r.group, sizeof r.group);
			db_column_copy(st, 3, r.kind, sizeof r.kind);
			fn(ctx, &r);
		}
		sqlite3_reset(st);
	} else {
		ok = false;
	}
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		ok = false;
	}
	free(count);
	return ok;
}

bool meeting_tag_add(struct db *db, long long meeting_id, const char *tag)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT OR IGNORE INTO meeting_tags(meeting_id, tag) VALUES (:m, :tag)");
	if (!st)
		return false;
	db_bind_int(st, ":m", meeting_id);
	db_bind_text(st, ":tag", tag);
	return db_step_done(db, st);
}
