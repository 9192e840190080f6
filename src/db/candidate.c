#include "db/candidate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db_private.h"
#include "db/member.h"

#define SET_NOTICE_DAYS "pipeline.notice_days"
#define SET_THOUGHT_REPORTS "pipeline.thought_reports"

void candidate_init(struct candidate *c)
{
	memset(c, 0, sizeof *c);
	member_init(&c->person);
	pipeline_dossier_init(&c->d);
}

/* ---- settings ---- */

bool candidate_settings_load(struct db *db, struct pipeline_settings *s, struct workdays *cal)
{
	s->notice_days = (int)settings_get_int(db, SET_NOTICE_DAYS, PIPELINE_NOTICE_DAYS);
	s->thought_reports = settings_get_int(db, SET_THOUGHT_REPORTS, 1) != 0;
	s->calendar = cal;
	return candidate_holidays_load(db, cal);
}

bool candidate_holidays_load(struct db *db, struct workdays *cal)
{
	workdays_init(cal);
	sqlite3_stmt *st = db_stmt(db, "SELECT date, working FROM holidays ORDER BY date");
	if (!st)
		return false;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct date d;
		if (date_parse_iso((const char *)sqlite3_column_text(st, 0), &d))
			workdays_add(cal, d, sqlite3_column_int(st, 1) != 0);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

bool candidate_settings_set_notice_days(struct db *db, int days)
{
	char buf[16];
	snprintf(buf, sizeof buf, "%d", days);
	return settings_set(db, SET_NOTICE_DAYS, buf);
}

bool candidate_settings_set_thought_reports(struct db *db, bool on)
{
	return settings_set(db, SET_THOUGHT_REPORTS, on ? "1" : "0");
}

bool candidate_holiday_set(struct db *db, const char *date, bool working, const char *name)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO holidays(date, working, name) VALUES (:date, :working, :name) "
		"ON CONFLICT(date) DO UPDATE SET working = excluded.working, name = excluded.name");
	if (!st)
		return false;
	db_bind_text(st, ":date", date);
	db_bind_int(st, ":working", working);
	db_bind_text(st, ":name", name);
	return db_step_done(db, st);
}

bool candidate_holiday_each(struct db *db, candidate_holiday_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT date, working, name FROM holidays ORDER BY date");
	if (!st)
		return false;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ctx, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 1) != 0,
		   (const char *)sqlite3_column_text(st, 2));
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

/* ---- reading: one cursor per table, merged by candidate id ---- */

#define RANGE " BETWEEN :lo AND :hi "

static const char sql_candidates[] =
	"SELECT id, name, sex, ethnicity, birth_date, id_number, education, category, work_unit, "
	"phone, note, member_id, created_on FROM candidates WHERE id" RANGE "ORDER BY id";
static const char sql_steps[] =
	"SELECT candidate_id, step, date, end_date, hours, who, result, doc_number, meeting_id, "
	"expected, present, yes, no, abstain, note FROM candidate_steps "
	"WHERE candidate_id" RANGE "ORDER BY candidate_id, step";
static const char sql_people[] =
	"SELECT p.candidate_id, p.role, p.member_id, m.name, m.kind, m.status, p.from_date "
	"FROM candidate_people p JOIN members m ON m.id = p.member_id "
	"WHERE p.candidate_id" RANGE "AND p.until_date IS NULL ORDER BY p.candidate_id, p.id";
static const char sql_assessments[] =
	"SELECT candidate_id, date, stage, result, note FROM candidate_assessments "
	"WHERE candidate_id" RANGE "ORDER BY candidate_id, date";
static const char sql_reports[] =
	"SELECT candidate_id, date FROM candidate_reports WHERE candidate_id" RANGE
	"ORDER BY candidate_id, date";
static const char sql_notices[] =
	"SELECT candidate_id, kind, from_date, to_date FROM candidate_notices "
	"WHERE candidate_id" RANGE "ORDER BY candidate_id, kind";
static const char sql_decisions[] =
	"SELECT candidate_id, kind, date, months, reason FROM candidate_decisions "
	"WHERE candidate_id" RANGE "ORDER BY candidate_id, kind";
static const char sql_overrides[] =
	"SELECT candidate_id, step, rule FROM pipeline_overrides WHERE candidate_id" RANGE
	"ORDER BY candidate_id, id";

typedef void row_reader(sqlite3_stmt *st, struct candidate *c);

static void read_step(sqlite3_stmt *st, struct candidate *c)
{
	int n = sqlite3_column_int(st, 1);
	if (n < 1 || n > PIPELINE_STEPS)
		return;
	struct pipeline_step *s = &c->d.steps[n];
	db_column_copy(st, 2, s->date, sizeof s->date);
	db_column_copy(st, 3, s->end_date, sizeof s->end_date);
	s->hours = sqlite3_column_int(st, 4);
	db_column_copy(st, 5, s->who, sizeof s->who);
	db_column_copy(st, 6, s->result, sizeof s->result);
	db_column_copy(st, 7, s->doc_number, sizeof s->doc_number);
	s->meeting_id = sqlite3_column_int64(st, 8);
	s->has_vote = sqlite3_column_type(st, 9) != SQLITE_NULL;
	if (s->has_vote) {
		s->vote.expected = sqlite3_column_int(st, 9);
		s->vote.present = sqlite3_column_int(st, 10);
		s->vote.yes = sqlite3_column_int(st, 11);
		s->vote.no = sqlite3_column_int(st, 12);
		s->vote.abstain = sqlite3_column_int(st, 13);
	}
	db_column_copy(st, 14, s->note, sizeof s->note);
}

static void read_person(sqlite3_stmt *st, struct candidate *c)
{
	bool contact = strcmp((const char *)sqlite3_column_text(st, 1), "培养联系人") == 0;
	struct pipeline_person *list = contact ? c->d.contacts : c->d.introducers;
	int *n = contact ? &c->d.ncontacts : &c->d.nintroducers;
	if (*n == PIPELINE_MAX_PEOPLE)
		return;
	struct pipeline_person *p = &list[(*n)++];
	p->member_id = sqlite3_column_int64(st, 2);
	db_column_copy(st, 3, p->name, sizeof p->name);
	db_column_copy(st, 4, p->kind, sizeof p->kind);
	db_column_copy(st, 5, p->status, sizeof p->status);
	db_column_copy(st, 6, p->from_date, sizeof p->from_date);
}

static void read_assessment(sqlite3_stmt *st, struct candidate *c)
{
	struct pipeline_assessment a;
	db_column_copy(st, 1, a.date, sizeof a.date);
	db_column_copy(st, 2, a.stage, sizeof a.stage);
	db_column_copy(st, 3, a.result, sizeof a.result);
	db_column_copy(st, 4, a.note, sizeof a.note);
	pipeline_dossier_add_assessment(&c->d, &a);
}

static void read_report(sqlite3_stmt *st, struct candidate *c)
{
	pipeline_dossier_add_report(&c->d, (const char *)sqlite3_column_text(st, 1));
}

static void read_notice(sqlite3_stmt *st, struct candidate *c)
{
	int k = pipeline_notice_by_name((const char *)sqlite3_column_text(st, 1));
	if (k < 0)
		return;
	db_column_copy(st, 2, c->d.notices[k].from, sizeof c->d.notices[k].from);
	db_column_copy(st, 3, c->d.notices[k].to, sizeof c->d.notices[k].to);
}

static void read_decision(sqlite3_stmt *st, struct candidate *c)
{
	const char *kind = (const char *)sqlite3_column_text(st, 1);
	for (int k = 0; k < PD_COUNT; k++) {
		if (strcmp(kind, pipeline_decision_kinds[k]) != 0)
			continue;
		db_column_copy(st, 2, c->d.decisions[k].date, sizeof c->d.decisions[k].date);
		c->d.decisions[k].months = sqlite3_column_int(st, 3);
		db_column_copy(st, 4, c->d.decisions[k].reason, sizeof c->d.decisions[k].reason);
	}
}

static void read_override(sqlite3_stmt *st, struct candidate *c)
{
	pipeline_dossier_add_override(&c->d, sqlite3_column_int(st, 1), (const char *)sqlite3_column_text(st, 2));
}

static const struct part {
	const char *sql;
	row_reader *read;
} parts[] = {
	{ sql_steps, read_step },
	{ sql_people, read_person },
	{ sql_assessments, read_assessment },
	{ sql_reports, read_report },
	{ sql_notices, read_notice },
	{ sql_decisions, read_decision },
	{ sql_overrides, read_override },
};
#define NPARTS (sizeof parts / sizeof parts[0])

/* A statement walked alongside the candidates: rc is SQLITE_ROW while a
 * row waits. */
struct cursor {
	sqlite3_stmt *st;
	int rc;
};

static bool cursor_open(struct db *db, struct cursor *c, const char *sql, long long lo, long long hi)
{
	if (sqlite3_prepare_v2(db->h, sql, -1, &c->st, NULL) != SQLITE_OK) {
		db_set_sqlite_error(db, sql);
		c->st = NULL;
		return false;
	}
	db_bind_int(c->st, ":lo", lo);
	db_bind_int(c->st, ":hi", hi);
	c->rc = sqlite3_step(c->st);
	return true;
}

/* Feed the rows of candidate id to read; false on an error. */
static bool cursor_feed(struct cursor *cur, long long id, row_reader *read, struct candidate *c)
{
	while (cur->rc == SQLITE_ROW && sqlite3_column_int64(cur->st, 0) < id)
		cur->rc = sqlite3_step(cur->st);
	while (cur->rc == SQLITE_ROW && sqlite3_column_int64(cur->st, 0) == id) {
		read(cur->st, c);
		cur->rc = sqlite3_step(cur->st);
	}
	return cur->rc == SQLITE_ROW || cur->rc == SQLITE_DONE;
}

static void read_candidate(sqlite3_stmt *st, struct candidate *c)
{
	struct member *p = &c->person;
	c->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, p->name, sizeof p->name);
	db_column_copy(st, 2, p->sex, sizeof p->sex);
	db_column_copy(st, 3, p->ethnicity, sizeof p->ethnicity);
	db_column_copy(st, 4, p->birth_date, sizeof p->birth_date);
	db_column_copy(st, 5, p->id_number, sizeof p->id_number);
	db_column_copy(st, 6, p->education, sizeof p->education);
	db_column_copy(st, 7, p->category, sizeof p->category);
	db_column_copy(st, 8, p->work_unit, sizeof p->work_unit);
	db_column_copy(st, 9, p->phone, sizeof p->phone);
	db_column_copy(st, 10, p->note, sizeof p->note);
	c->member_id = sqlite3_column_int64(st, 11);
	db_column_copy(st, 12, c->created_on, sizeof c->created_on);
	snprintf(c->d.birth_date, sizeof c->d.birth_date, "%s", p->birth_date);
	snprintf(c->d.created_on, sizeof c->d.created_on, "%s", c->created_on);
}

/* Walk candidates lo..hi with their dossiers. */
static bool walk(struct db *db, long long lo, long long hi, candidate_fn *fn, void *ctx)
{
	struct cursor main_cur = { NULL, 0 }, cur[NPARTS];
	struct candidate *c = malloc(sizeof *c);
	if (!c)
		abort();
	memset(cur, 0, sizeof cur);
	bool opened = cursor_open(db, &main_cur, sql_candidates, lo, hi);
	for (size_t i = 0; opened && i < NPARTS; i++)
		opened = cursor_open(db, &cur[i], parts[i].sql, lo, hi);
	bool ok = opened;
	while (ok && main_cur.rc == SQLITE_ROW) {
		candidate_init(c);
		read_candidate(main_cur.st, c);
		for (size_t i = 0; ok && i < NPARTS; i++)
			ok = cursor_feed(&cur[i], c->id, parts[i].read, c);
		if (ok && !fn(ctx, c))
			break;
		main_cur.rc = sqlite3_step(main_cur.st);
	}
	if (ok && main_cur.rc != SQLITE_ROW && main_cur.rc != SQLITE_DONE)
		ok = false;
	if (opened && !ok)
		db_set_sqlite_error(db, NULL);
	sqlite3_finalize(main_cur.st);
	for (size_t i = 0; i < NPARTS; i++)
		sqlite3_finalize(cur[i].st);
	free(c);
	return ok;
}

bool candidate_each(struct db *db, candidate_fn *fn, void *ctx)
{
	return walk(db, 0, (long long)(~0ULL >> 1), fn, ctx);
}

static bool copy_one(void *ctx, const struct candidate *c)
{
	memcpy(ctx, c, sizeof *c);
	return false;
}

/* *found says whether the candidate is there; false on a database error. */
static bool get(struct db *db, long long id, struct candidate *out, bool *found)
{
	out->id = 0;
	bool ok = walk(db, id, id, copy_one, out);
	*found = ok && out->id == id;
	return ok;
}

bool candidate_get(struct db *db, long long id, struct candidate *out)
{
	bool found;
	return get(db, id, out, &found) && found;
}

int candidate_find(struct db *db, const char *text, long long *id)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id FROM candidates WHERE name = :q OR id_number = upper(:q) ORDER BY id");
	if (!st)
		return -1;
	db_bind_text(st, ":q", text);
	int n = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (n++ == 0)
			*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return -1;
	}
	return n;
}

int candidate_member_by_name(struct db *db, const char *name, struct pipeline_person *out)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id, name, kind, status FROM members "
		"WHERE (name = :q OR id_number = upper(:q)) AND status NOT IN ('转出', '去世', '出党') ORDER BY id");
	if (!st)
		return -1;
	db_bind_text(st, ":q", name);
	int n = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n++)
			continue;
		memset(out, 0, sizeof *out);
		out->member_id = sqlite3_column_int64(st, 0);
		db_column_copy(st, 1, out->name, sizeof out->name);
		db_column_copy(st, 2, out->kind, sizeof out->kind);
		db_column_copy(st, 3, out->status, sizeof out->status);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return -1;
	}
	return n;
}

int candidate_people_parse(struct db *db, const char *list, struct pipeline_person *out, int max,
			   candidate_report_fn *report, void *ctx)
{
	char name[128], why[256];
	int n = 0;
	while (pipeline_next_name(&list, name, sizeof name)) {
		if (n == max) {
			snprintf(why, sizeof why, _("at most %d people"), max);
			report(ctx, why);
			break;
		}
		int found = candidate_member_by_name(db, name, &out[n]);
		if (found < 0)
			return -1;
		if (found == 1) {
			n++;
			continue;
		}
		if (found == 0)
			snprintf(why, sizeof why, _("%s is not a member in the roster"), name);
		else
			snprintf(why, sizeof why, _("%d members are called %s: give the ID number instead"), found, name);
		report(ctx, why);
	}
	return n;
}

/* ---- the board ---- */

struct board {
	struct candidate_card *cards;
	size_t n, cap;
	const struct pipeline_settings *set;
	struct date as_of;
	int soon_days;
	bool finished;
};

static bool add_card(void *ctx, const struct candidate *c)
{
	struct board *b = ctx;
	enum pipeline_stage stage = pipeline_stage_of(&c->d);
	if (stage >= PS_BOARD_COUNT && !b->finished)
		return true;
	b->cards = grow_array(b->cards, b->n, &b->cap, 256, sizeof *b->cards);
	struct candidate_card *card = &b->cards[b->n++];
	memset(card, 0, sizeof *card);
	card->id = c->id;
	snprintf(card->name, sizeof card->name, "%s", c->person.name);
	card->stage = stage;
	struct pipeline_item items[PIPELINE_MAX_ITEMS];
	int n = pipeline_items(&c->d, b->set, b->as_of, b->soon_days, items, PIPELINE_MAX_ITEMS);
	int next = pipeline_next(items, n);
	if (next >= 0)
		card->next = items[next];
	card->state = pipeline_worst(items, n);
	for (int i = 0; i < n; i++)
		card->overdue += items[i].state == PST_OVERDUE;
	return true;
}

/* An empty date sorts last. */
static int cmp_date(const char *a, const char *b)
{
	if (!*a || !*b)
		return !*a - !*b;
	return strcmp(a, b);
}

static int by_board_order(const void *x, const void *y)
{
	const struct candidate_card *a = x, *b = y;
	if (a->stage != b->stage)
		return a->stage < b->stage ? -1 : 1;
	if (a->state != b->state)
		return a->state > b->state ? -1 : 1;
	int c = cmp_date(a->next.deadline, b->next.deadline);
	if (!c)
		c = cmp_date(a->next.earliest, b->next.earliest);
	if (!c)
		c = strcmp(a->name, b->name);
	return c ? c : (a->id > b->id) - (a->id < b->id);
}

bool candidate_board(struct db *db, struct date as_of, int soon_days, bool finished,
		     struct candidate_card **cards, size_t *n)
{
	struct pipeline_settings set;
	struct workdays cal;
	struct board b = { NULL, 0, 0, &set, as_of, soon_days, finished };
	bool ok = candidate_settings_load(db, &set, &cal) && candidate_each(db, add_card, &b);
	workdays_done(&cal);
	if (!ok) {
		free(b.cards);
		return false;
	}
	if (b.n)
		qsort(b.cards, b.n, sizeof *b.cards, by_board_order);
	*cards = b.cards;
	*n = b.n;
	return true;
}

/* ---- writing ---- */

/* Whether the problems stop the write: one that cannot be overridden, or
 * any without a reason to override them. */
static bool refused(const struct pipeline_problems *pp, const char *override)
{
	return pp->count && (pipeline_problems_hard(pp) || !override || text_blank(override));
}

static bool write_overrides(struct db *db, long long id, const struct pipeline_problems *pp,
			    const char *reason, struct date today)
{
	char iso[DATE_ISO_SIZE];
	date_format(today, iso);
	for (int i = 0; i < pp->count; i++) {
		bool seen = false;
		for (int j = 0; j < i; j++)
			seen = seen || (pp->p[j].step == pp->p[i].step && pp->p[j].rule == pp->p[i].rule);
		if (seen)
			continue;
		sqlite3_stmt *st = db_stmt(db,
			"INSERT INTO pipeline_overrides(candidate_id, step, rule, reason, recorded_on) "
			"VALUES (:id, :step, :rule, :reason, :on)");
		if (!st)
			return false;
		db_bind_int(st, ":id", id);
		db_bind_int(st, ":step", pp->p[i].step);
		db_bind_text(st, ":rule", pipeline_rule_code(pp->p[i].rule));
		db_bind_text(st, ":reason", reason);
		db_bind_text(st, ":on", iso);
		if (!db_step_done(db, st))
			return false;
	}
	return true;
}

static bool write_step(struct db *db, long long id, int n, const struct pipeline_step *s)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO candidate_steps(candidate_id, step, date, end_date, hours, who, result, "
		"doc_number, meeting_id, expected, present, yes, no, abstain, note) VALUES (:id, :step, "
		":date, :end, :hours, :who, :result, :number, :meeting, :expected, :present, :yes, :no, "
		":abstain, :note) ON CONFLICT(candidate_id, step) DO UPDATE SET date = excluded.date, "
		"end_date = excluded.end_date, hours = excluded.hours, who = excluded.who, "
		"result = excluded.result, doc_number = excluded.doc_number, "
		"meeting_id = excluded.meeting_id, expected = excluded.expected, "
		"present = excluded.present, yes = excluded.yes, no = excluded.no, "
		"abstain = excluded.abstain, note = excluded.note");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_int(st, ":step", n);
	db_bind_text(st, ":date", s->date);
	db_bind_opt(st, ":end", s->end_date);
	if (s->hours > 0)
		db_bind_int(st, ":hours", s->hours);
	else
		db_bind_null(st, ":hours");
	db_bind_text(st, ":who", s->who);
	db_bind_text(st, ":result", s->result);
	db_bind_text(st, ":number", s->doc_number);
	if (s->meeting_id > 0)
		db_bind_int(st, ":meeting", s->meeting_id);
	else
		db_bind_null(st, ":meeting");
	static const char *const vote_names[] = { ":expected", ":present", ":yes", ":no", ":abstain" };
	const int votes[] = { s->vote.expected, s->vote.present, s->vote.yes, s->vote.no, s->vote.abstain };
	for (int i = 0; i < 5; i++) {
		if (s->has_vote)
			db_bind_int(st, vote_names[i], votes[i]);
		else
			db_bind_null(st, vote_names[i]);
	}
	db_bind_text(st, ":note", s->note);
	return db_step_done(db, st);
}

/* Name the people of a role from a date: those no longer named end on that
 * day, those named again stay, the new ones start. */
static bool write_people(struct db *db, const struct candidate *c, bool contacts,
			 const struct pipeline_person *people, int n, const char *from)
{
	const char *role = contacts ? "培养联系人" : "入党介绍人";
	const struct pipeline_person *now = contacts ? c->d.contacts : c->d.introducers;
	int nnow = contacts ? c->d.ncontacts : c->d.nintroducers;
	for (int i = 0; i < nnow; i++) {
		bool kept = false;
		for (int j = 0; j < n; j++)
			kept = kept || people[j].member_id == now[i].member_id;
		if (kept)
			continue;
		sqlite3_stmt *st = db_stmt(db,
			"UPDATE candidate_people SET until_date = max(from_date, :until) "
			"WHERE candidate_id = :id AND role = :role AND member_id = :member AND until_date IS NULL");
		if (!st)
			return false;
		db_bind_text(st, ":until", from);
		db_bind_int(st, ":id", c->id);
		db_bind_text(st, ":role", role);
		db_bind_int(st, ":member", now[i].member_id);
		if (!db_step_done(db, st))
			return false;
	}
	for (int j = 0; j < n; j++) {
		bool there = false;
		for (int i = 0; i < nnow; i++)
			there = there || people[j].member_id == now[i].member_id;
		if (there)
			continue;
		sqlite3_stmt *st = db_stmt(db,
			"INSERT INTO candidate_people(candidate_id, role, member_id, from_date) "
			"VALUES (:id, :role, :member, :from)");
		if (!st)
			return false;
		db_bind_int(st, ":id", c->id);
		db_bind_text(st, ":role", role);
		db_bind_int(st, ":member", people[j].member_id);
		db_bind_text(st, ":from", from);
		if (!db_step_done(db, st))
			return false;
	}
	return true;
}

static bool set_member_link(struct db *db, long long id, long long member_id)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE candidates SET member_id = :member WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":member", member_id);
	db_bind_int(st, ":id", id);
	return db_step_done(db, st);
}

/* What the roster row of an admitted candidate says: 预备 from the vote,
 * 正式 from the end of the probation once 转正 is approved, in the party
 * group of step 19. */
static void roster_view(const struct candidate *c, struct member *m)
{
	struct date end;
	snprintf(m->join_date, sizeof m->join_date, "%s", c->d.steps[15].date);
	if (pipeline_step_done(&c->d, 24) && pipeline_probation_end(&c->d, &end)) {
		snprintf(m->kind, sizeof m->kind, "%s", "正式");
		date_format(end, m->full_date);
	} else {
		snprintf(m->kind, sizeof m->kind, "%s", "预备");
		m->full_date[0] = '\0';
	}
	if (pipeline_step_done(&c->d, 19) && *c->d.steps[19].who)
		snprintf(m->group, sizeof m->group, "%s", c->d.steps[19].who);
}

/* Enter an approved candidate in the roster, or link the row that holds the
 * same person already (it must agree). */
static bool admit(struct db *db, struct candidate *c, struct pipeline_problems *pp)
{
	struct member m, want;
	if (c->member_id)
		return true;
	want = c->person;
	roster_view(c, &want);
	if (member_find_by_id_number(db, c->person.id_number, &m)) {
		if (strcmp(m.join_date, want.join_date) != 0 || strcmp(m.kind, want.kind) != 0 ||
		    (*want.full_date && strcmp(m.full_date, want.full_date) != 0)) {
			pipeline_problem_add(pp, PR_INVALID, 17,
				_("the roster already holds %s (%s, 入党日期 %s); this record gives %s from %s"),
				m.name, m.kind, m.join_date, want.kind, want.join_date);
			return false;
		}
		c->member_id = m.id;
		return set_member_link(db, c->id, m.id);
	}
	want.id = 0;
	snprintf(want.status, sizeof want.status, "%s", "正常");
	want.status_date[0] = want.status_reason[0] = '\0';
	if (!member_insert(db, &want))
		return false;
	c->member_id = want.id;
	return set_member_link(db, c->id, want.id);
}

/* Bring the roster row in line with the dossier (a corrected vote date, the
 * party group, 转正). */
static bool sync_member(struct db *db, const struct candidate *c)
{
	struct member m, want;
	if (!c->member_id || !member_get(db, c->member_id, &m))
		return true;
	want = m;
	roster_view(c, &want);
	if (!strcmp(want.join_date, m.join_date) && !strcmp(want.kind, m.kind) &&
	    !strcmp(want.full_date, m.full_date) && !strcmp(want.group, m.group))
		return true;
	return member_update(db, &want);
}

/* The end of every write: commit, or roll back.  Problems found while
 * writing (the roster disagrees) replace the ones found before, which were
 * overridden; after a database error pp is empty and db_error() says why. */
static bool finish(struct db *db, bool ok, struct pipeline_problems *pp, int before)
{
	if (ok && db_commit(db))
		return true;
	if (!ok)
		db_rollback(db);
	memmove(pp->p, pp->p + before, (size_t)(pp->count - before) * sizeof pp->p[0]);
	pp->count -= before;
	return false;
}

/* The personal record's columns, which adding a candidate and correcting
 * one both write (the category is 在职 unless given). */
static void bind_candidate_person(sqlite3_stmt *st, const struct member *p)
{
	db_bind_text(st, ":name", p->name);
	db_bind_text(st, ":sex", p->sex);
	db_bind_text(st, ":ethnicity", p->ethnicity);
	db_bind_text(st, ":birth", p->birth_date);
	db_bind_text(st, ":idnum", p->id_number);
	db_bind_text(st, ":education", p->education);
	db_bind_text(st, ":category", *p->category ? p->category : "在职");
	db_bind_text(st, ":unit", p->work_unit);
	db_bind_text(st, ":phone", p->phone);
	db_bind_text(st, ":note", p->note);
}

static bool insert_candidate(struct db *db, struct candidate *c)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO candidates(name, sex, ethnicity, birth_date, id_number, education, category, "
		"work_unit, phone, note, created_on) VALUES (:name, :sex, :ethnicity, :birth, :idnum, "
		":education, :category, :unit, :phone, :note, :created)");
	if (!st)
		return false;
	bind_candidate_person(st, &c->person);
	db_bind_text(st, ":created", c->created_on);
	return db_insert_done(db, st, &c->id);
}

bool candidate_update_person(struct db *db, const struct candidate *c)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE candidates SET name = :name, sex = :sex, ethnicity = :ethnicity, "
		"birth_date = :birth, id_number = :idnum, education = :education, category = :category, "
		"work_unit = :unit, phone = :phone, note = :note WHERE id = :id");
	if (!st)
		return false;
	bind_candidate_person(st, &c->person);
	db_bind_int(st, ":id", c->id);
	return db_step_done(db, st);
}

#define P(field, label) DB_TEXT(struct member, field, label)
static const struct db_column person_columns[] = {
	P(name, N_("Name")), P(sex, N_("Sex")), P(ethnicity, N_("Ethnicity")), P(birth_date, N_("Birth date")),
	P(id_number, N_("ID number")), P(education, N_("Education")), P(category, N_("Person category")),
	P(work_unit, N_("Work unit and post")), P(phone, N_("Phone")), P(note, N_("Note")),
};
#undef P

bool candidate_save_person_edit(struct db *db, long long id, const struct member *loaded, struct member *edited,
				char *why, size_t why_size)
{
	struct candidate *now = malloc(sizeof *now);
	if (!now)
		abort();
	*why = '\0';
	candidate_init(now);
	bool ok = db_begin(db);
	if (!ok) {
		free(now);
		return false;
	}
	ok = candidate_get(db, id, now);
	if (!ok && !db_failed(db)) {
		snprintf(why, why_size, "%s", _("This person is not in the database any more."));
		db_set_error(db, "%s", why);
	}
	ok = ok && !db_record_changed(db, person_columns, sizeof person_columns / sizeof person_columns[0], loaded,
				      &now->person, why, why_size);
	if (ok) {
		db_record_apply(person_columns, sizeof person_columns / sizeof person_columns[0], &now->person,
				loaded, edited);
		ok = candidate_update_person(db, now);
	}
	if (ok)
		*edited = now->person;
	free(now);
	if (!ok) {
		db_rollback(db);
		return false;
	}
	return db_commit(db);
}

static bool insert_assessment(struct db *db, long long id, const struct pipeline_assessment *a)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO candidate_assessments(candidate_id, date, stage, result, note) "
		"VALUES (:id, :date, :stage, :result, :note)");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":date", a->date);
	db_bind_text(st, ":stage", a->stage);
	db_bind_text(st, ":result", a->result);
	db_bind_text(st, ":note", a->note);
	return db_step_done(db, st);
}

static bool insert_report(struct db *db, long long id, const char *date, const char *note)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO candidate_reports(candidate_id, date, note) VALUES (:id, :date, :note)");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":date", date);
	db_bind_text(st, ":note", note ? note : "");
	return db_step_done(db, st);
}

/* Checks of the person that are not about the order of steps. */
static void check_new_person(struct db *db, const struct candidate *c, struct pipeline_problems *pp)
{
	long long other;
	struct member m;
	if (candidate_find(db, c->person.id_number, &other) > 0)
		pipeline_problem_add(pp, PR_INVALID, 0, _("%s is already in the pipeline"), c->person.id_number);
	if (!pipeline_step_done(&c->d, 17) && member_find_by_id_number(db, c->person.id_number, &m))
		pipeline_problem_add(pp, PR_INVALID, 0, _("already a party member in the roster (%s)"), m.name);
}

/* The day people of step n (5 or 9) were named: the step's date. */
static const char *people_from(struct candidate *c, int n, struct date today)
{
	struct pipeline_person *p = n == 5 ? c->d.contacts : c->d.introducers;
	if (pipeline_step_done(&c->d, n))
		return c->d.steps[n].date;
	if (!*p->from_date)
		date_format(today, p->from_date);
	return p->from_date;
}

bool candidate_add(struct db *db, struct candidate *c, const char *override, struct date today,
		   struct pipeline_problems *pp)
{
	pp->count = 0;
	snprintf(c->d.birth_date, sizeof c->d.birth_date, "%s", c->person.birth_date);
	if (!*c->created_on)
		date_format(today, c->created_on);
	snprintf(c->d.created_on, sizeof c->d.created_on, "%s", c->created_on);
	pipeline_check_dossier(&c->d, today, pp);
	check_new_person(db, c, pp);
	if (refused(pp, override) || !db_begin(db))
		return false;
	int before = pp->count;
	struct candidate stored = *c; /* the people as the database will hold them */
	stored.d.ncontacts = stored.d.nintroducers = 0;
	bool ok = insert_candidate(db, c) && write_overrides(db, c->id, pp, override, today);
	stored.id = c->id;
	for (int n = 1; ok && n <= PIPELINE_STEPS; n++)
		if (pipeline_step_done(&c->d, n))
			ok = write_step(db, c->id, n, &c->d.steps[n]);
	if (ok && c->d.ncontacts)
		ok = write_people(db, &stored, true, c->d.contacts, c->d.ncontacts, people_from(c, 5, today));
	if (ok && c->d.nintroducers)
		ok = write_people(db, &stored, false, c->d.introducers, c->d.nintroducers, people_from(c, 9, today));
	for (int i = 0; ok && i < c->d.nassessments; i++)
		ok = insert_assessment(db, c->id, &c->d.assessments[i]);
	for (int i = 0; ok && i < c->d.nreports; i++)
		ok = insert_report(db, c->id, c->d.reports[i], "");
	if (ok && pipeline_step_done(&c->d, 17))
		ok = admit(db, c, pp) && sync_member(db, c);
	return finish(db, ok, pp, before);
}

/* The candidate a write is about (free it), or NULL: a database error, or
 * no such candidate (a problem in pp). */
static struct candidate *load(struct db *db, long long id, struct pipeline_problems *pp)
{
	struct candidate *c = malloc(sizeof *c);
	bool found;
	if (!c)
		abort();
	pp->count = 0;
	bool ok = get(db, id, c, &found);
	if (ok && found)
		return c;
	if (ok)
		pipeline_problem_add(pp, PR_INVALID, 0, _("no candidate #%lld"), id);
	free(c);
	return NULL;
}

/* Begin the write when the problems allow it; returns the number of
 * problems to keep apart from those the write may add, or -1. */
static int begin(struct db *db, const struct pipeline_problems *pp, const char *override)
{
	if (refused(pp, override) || !db_begin(db))
		return -1;
	return pp->count;
}

/* A minute linked to a step: the meeting that decides such a step (支部党员
 * 大会 votes, 支部委员会 the rest), held on the step's day. */
static bool check_meeting(struct db *db, int n, const struct pipeline_step *s, struct pipeline_problems *pp)
{
	if (!s->meeting_id)
		return true;
	sqlite3_stmt *st = db_stmt(db, "SELECT kind, date, cancelled FROM meetings WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", s->meeting_id);
	const char *want = n == 15 || n == 23 ? "支部党员大会" : "支部委员会";
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(st, 0);
		const char *date = (const char *)sqlite3_column_text(st, 1);
		if (strcmp(kind, want) != 0)
			pipeline_problem_add(pp, PR_INVALID, n, _("minute #%lld is of a %s, not of a %s"),
					     s->meeting_id, kind, want);
		else if (strcmp(date, s->date) != 0)
			pipeline_problem_add(pp, PR_INVALID, n, _("minute #%lld is of %s, not of the day of this step"),
					     s->meeting_id, date);
		else if (sqlite3_column_int(st, 2))
			pipeline_problem_add(pp, PR_INVALID, n, _("minute #%lld is of a meeting that was cancelled"),
					     s->meeting_id);
	} else if (rc == SQLITE_DONE) {
		pipeline_problem_add(pp, PR_INVALID, n, _("no minute #%lld"), s->meeting_id);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

static bool record_step(struct db *db, struct candidate *c, int n, const struct pipeline_step *s,
			const struct pipeline_person *people, int npeople, const char *override,
			struct date today, struct pipeline_problems *pp)
{
	pipeline_check_step(&c->d, n, s, people, npeople, today, PM_RECORD, pp);
	if (!check_meeting(db, n, s, pp)) {
		pp->count = 0;
		return false;
	}
	int before = begin(db, pp, override);
	if (before < 0)
		return false;
	bool ok = write_step(db, c->id, n, s) && write_overrides(db, c->id, pp, override, today);
	if (ok && (n == 5 || n == 9))
		ok = write_people(db, c, n == 5, people, npeople, s->date);
	c->d.steps[n] = *s;
	if (ok && pipeline_step_done(&c->d, 17))
		ok = admit(db, c, pp) && sync_member(db, c);
	return finish(db, ok, pp, before);
}

bool candidate_record_step(struct db *db, long long id, int n, const struct pipeline_step *s,
			   const struct pipeline_person *people, int npeople, const char *override,
			   struct date today, struct pipeline_problems *pp)
{
	struct candidate *c = load(db, id, pp);
	bool ok = c && record_step(db, c, n, s, people, npeople, override, today, pp);
	free(c);
	return ok;
}

bool candidate_approve(struct db *db, long long id, const char *date, const char *doc_number,
		       const char *override, struct date today, struct pipeline_problems *pp)
{
	struct candidate *c = load(db, id, pp);
	if (!c)
		return false;
	int n = pipeline_approval_step(&c->d);
	struct pipeline_step s;
	memset(&s, 0, sizeof s);
	text_copy(s.date, sizeof s.date, date);
	text_copy(s.doc_number, sizeof s.doc_number, doc_number ? doc_number : "");
	bool ok = false;
	if (n == 0)
		pipeline_problem_add(pp, PR_ENDED, 0, _("nothing to approve: the person is %s"),
				     pipeline_stage_name(pipeline_stage_of(&c->d)));
	else
		ok = record_step(db, c, n, &s, NULL, 0, override, today, pp);
	free(c);
	return ok;
}

bool candidate_record_assessment(struct db *db, long long id, const char *date, const char *result,
				 const char *note, const char *override, struct date today,
				 struct pipeline_problems *pp)
{
	struct candidate *c = load(db, id, pp);
	if (!c)
		return false;
	struct pipeline_assessment a;
	const char *stage;
	int step, before;
	pipeline_check_assessment(&c->d, date, result, today, &stage, &step, pp);
	free(c);
	memset(&a, 0, sizeof a);
	text_copy(a.date, sizeof a.date, date);
	text_copy(a.stage, sizeof a.stage, stage);
	text_copy(a.result, sizeof a.result, result);
	text_copy(a.note, sizeof a.note, note ? note : "");
	if ((before = begin(db, pp, override)) < 0)
		return false;
	return finish(db, insert_assessment(db, id, &a) && write_overrides(db, id, pp, override, today), pp, before);
}

bool candidate_record_report(struct db *db, long long id, const char *date, const char *note,
			     const char *override, struct date today, struct pipeline_problems *pp)
{
	struct candidate *c = load(db, id, pp);
	int before;
	if (!c)
		return false;
	pipeline_check_report(&c->d, date, today, pp);
	free(c);
	if ((before = begin(db, pp, override)) < 0)
		return false;
	return finish(db, insert_report(db, id, date, note) && write_overrides(db, id, pp, override, today), pp, before);
}

static bool write_notice(struct db *db, long long id, enum pipeline_notice kind, const char *from, const char *to)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO candidate_notices(candidate_id, kind, from_date, to_date) "
		"VALUES (:id, :kind, :from, :to) ON CONFLICT(candidate_id, kind) "
		"DO UPDATE SET from_date = excluded.from_date, to_date = excluded.to_date");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":kind", pipeline_notice_kinds[kind]);
	db_bind_text(st, ":from", from);
	db_bind_text(st, ":to", to);
	return db_step_done(db, st);
}

bool candidate_record_notice(struct db *db, long long id, enum pipeline_notice kind, const char *from,
			     const char *to, const char *override, struct date today, char *to_out,
			     struct pipeline_problems *pp)
{
	struct pipeline_settings set;
	struct workdays cal;
	char last[DATE_ISO_SIZE] = "";
	int before = -1;
	struct candidate *c = load(db, id, pp);
	workdays_init(&cal);
	if (c && candidate_settings_load(db, &set, &cal)) {
		pipeline_check_notice(&c->d, kind, from, to ? to : "", &set, last, pp);
		before = begin(db, pp, override);
	}
	workdays_done(&cal);
	free(c);
	if (to_out)
		snprintf(to_out, DATE_ISO_SIZE, "%s", last);
	if (before < 0)
		return false;
	return finish(db, write_notice(db, id, kind, from, last) && write_overrides(db, id, pp, override, today),
		      pp, before);
}

static bool write_decision(struct db *db, long long id, enum pipeline_decision kind, const char *date,
			   int months, const char *reason)
{
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO candidate_decisions(candidate_id, kind, date, months, reason) "
		"VALUES (:id, :kind, :date, :months, :reason)");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":kind", pipeline_decision_kinds[kind]);
	db_bind_text(st, ":date", date);
	if (kind == PD_EXTEND)
		db_bind_int(st, ":months", months);
	else
		db_bind_null(st, ":months");
	db_bind_text(st, ":reason", reason);
	return db_step_done(db, st);
}

bool candidate_record_decision(struct db *db, long long id, enum pipeline_decision kind,
			       const char *date, int months, const char *reason, struct date today,
			       struct pipeline_problems *pp)
{
	struct candidate *c = load(db, id, pp);
	if (!c)
		return false;
	long long member = c->member_id;
	pipeline_check_decision(&c->d, kind, date, months, reason, today, pp);
	free(c);
	if (begin(db, pp, NULL) < 0)
		return false;
	bool ok = write_decision(db, id, kind, date, months, reason);
	if (ok && kind == PD_CANCEL && member) {
		/* The person leaves the roster, the record stays. */
		char why[512];
		snprintf(why, sizeof why, "%s：%s", pipeline_decision_kinds[PD_CANCEL], reason);
		ok = member_set_status(db, member, "出党", date, why);
	}
	return finish(db, ok, pp, 0);
}

bool candidate_history(struct db *db, long long id, candidate_change_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT at, field, old_value, new_value FROM change_log "
		"WHERE tbl = 'candidates' AND row_id = :id ORDER BY id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ctx, (const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
		   (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3));
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}
