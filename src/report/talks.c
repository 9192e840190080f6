#include "report/talks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/grow.h"
#include "core/i18n.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/talk.h"
#include "io/sheet.h"
#include "report/roster.h"
#include "report/todo.h"
#include "rules/roster.h"

/* Whether the member has left the branch, or had her membership stopped, by
 * the day. */
static bool gone_by(const struct hours_member *m, const char *iso)
{
	return (roster_status_left(m->status) || !strcmp(m->status, "停止党籍")) && strcmp(m->status_date, iso) <= 0;
}

static void add_person(void *ctx, const struct hours_member *m)
{
	struct talks_year *y = ctx;
	const char *day = y->as_of_iso;
	/* A committee member who has left still counts for the talks she had. */
	if (m->identity != HID_MEMBER) {
		y->committee = grow_array(y->committee, y->ncommittee, &y->cap_committee, 8, sizeof *y->committee);
		y->committee[y->ncommittee++] = *m;
		return;
	}
	if (gone_by(m, day) || strcmp(m->join_date, day) > 0)
		return;
	y->members = grow_array(y->members, y->nmembers, &y->cap_members, 64, sizeof *y->members);
	y->members[y->nmembers++] = *m;
}

static void add_party(void *ctx, const struct talk_party *p)
{
	struct talks_year *y = ctx;
	y->parties = grow_array(y->parties, y->nparties, &y->cap_parties, 64, sizeof *y->parties);
	y->parties[y->nparties++] = *p;
}

/* talks.member_pairs: the committee members still on the roster, then the
 * members; counted only for a small branch. */
static void people_load(struct talks_year *y)
{
	for (size_t i = 0; i < y->ncommittee; i++)
		y->npeople += !gone_by(&y->committee[i], y->as_of_iso);
	y->npeople += y->nmembers;
	if (y->npeople > TALKS_PEOPLE_MAX)
		return;
	y->people = calloc(y->npeople + 1, sizeof *y->people);
	y->people_ids = calloc(y->npeople + 1, sizeof *y->people_ids);
	if (!y->people || !y->people_ids)
		abort();
	size_t n = 0;
	for (size_t i = 0; i < y->ncommittee; i++)
		if (!gone_by(&y->committee[i], y->as_of_iso))
			y->people[n++] = &y->committee[i];
	for (size_t i = 0; i < y->nmembers; i++)
		y->people[n++] = &y->members[i];
	for (size_t i = 0; i < n; i++)
		y->people_ids[i] = y->people[i]->id;
	y->cov.people = y->people_ids;
	y->cov.npeople = n;
}

bool talks_year_load(struct db *db, int year, struct date as_of, struct talks_year *y)
{
	memset(y, 0, sizeof *y);
	y->year = year;
	y->as_of = as_of = hours_last_day(year, as_of);
	date_format(as_of, y->as_of_iso);
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE], with[32];
	date_format((struct date){ year, 1, 1 }, from);
	date_format(as_of, to);
	if (!hours_members_count(db, year, 0, &y->cap_members))
		return false;
	y->members = malloc((y->cap_members + 1) * sizeof *y->members);
	if (!y->members)
		abort();
	if (!hours_members_each(db, year, 0, add_person, y) || !talk_parties_each(db, from, to, add_party, y))
		return false;
	y->committee_ids = calloc(y->ncommittee + 1, sizeof *y->committee_ids);
	y->secretary = calloc(y->ncommittee + 1, sizeof *y->secretary);
	y->member_ids = calloc(y->nmembers + 1, sizeof *y->member_ids);
	if (!y->committee_ids || !y->secretary || !y->member_ids)
		abort();
	for (size_t i = 0; i < y->ncommittee; i++) {
		y->committee_ids[i] = y->committee[i].id;
		y->secretary[i] = y->committee[i].identity == HID_SECRETARY;
	}
	for (size_t i = 0; i < y->nmembers; i++)
		y->member_ids[i] = y->members[i].id;
	settings_get(db, "talks.member_with", with, sizeof with, "任一支委");
	y->cov = (struct talks_coverage){ y->committee_ids, y->ncommittee, y->secretary, y->member_ids, y->nmembers,
					  !strcmp(with, "书记"), NULL, NULL, NULL, 0, NULL };
	y->member_pairs = settings_get_int(db, "talks.member_pairs", 0) != 0;
	if (y->member_pairs)
		people_load(y);
	talks_coverage_count(&y->cov, y->parties, y->nparties);
	return true;
}

void talks_year_done(struct talks_year *y)
{
	talks_coverage_done(&y->cov);
	free(y->committee);
	free(y->members);
	free(y->committee_ids);
	free(y->member_ids);
	free(y->secretary);
	free(y->people);
	free(y->people_ids);
	free(y->parties);
	memset(y, 0, sizeof *y);
}

static void add_talk(void *ctx, const struct talk_row *r)
{
	struct sheet *s = ctx;
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, r->date);
	sheet_set(s, 1, r->talkers);
	sheet_set(s, 2, r->with);
	sheet_set(s, 3, r->kind);
	sheet_setf(s, 4, "谈话#%lld", r->id);
}

/* At most this many missing pairs of members are listed. */
#define PAIRS_LISTED 100

/* 党员之间 (talks.member_pairs): the pairs still missing, and how many. */
static struct sheet *people_sheet(const struct talks_year *y, const char *subtitle)
{
	struct sheet *s = sheet_new(_("Talks between members (党员之间)"), subtitle, _("Pairs"));
	sheet_add_column(s, _("Member"), CELL_TEXT);
	sheet_add_column(s, _("Member"), CELL_TEXT);
	sheet_add_column(s, _("State"), CELL_TEXT);
	char line[512];
	if (!y->people) {
		snprintf(line, sizeof line,
			 _("党员之间: not counted: %zu people on the roster, more than %d; talks.member_pairs is meant for "
			   "small branches."), y->npeople, TALKS_PEOPLE_MAX);
		sheet_add_footer(s, line);
		return s;
	}
	size_t n = y->npeople, npairs = n * (n ? n - 1 : 0) / 2, missing = talks_missing_people_pairs(&y->cov), listed = 0;
	for (size_t i = 0; i < n && listed < PAIRS_LISTED; i++)
		for (size_t j = i + 1; j < n && listed < PAIRS_LISTED; j++)
			if (!talks_people_talked(&y->cov, i, j)) {
				sheet_add_row(s, ROW_PLAIN);
				sheet_set(s, 0, y->people[i]->name);
				sheet_set(s, 1, y->people[j]->name);
				sheet_set(s, 2, _("not yet talked"));
				listed++;
			}
	snprintf(line, sizeof line, _("党员之间: %zu of %zu pairs have talked."), npairs - missing, npairs);
	sheet_add_footer(s, line);
	if (missing > listed) {
		snprintf(line, sizeof line, _("The first %zu of %zu pairs not yet talked are listed."), listed, missing);
		sheet_add_footer(s, line);
	}
	return s;
}

struct sheet *talks_sheet(struct db *db, int year, struct date as_of)
{
	struct talks_year y;
	if (!talks_year_load(db, year, as_of, &y)) {
		talks_year_done(&y);
		return NULL;
	}
	char period[16], subtitle[256], line[512];
	snprintf(period, sizeof period, "%04d", year);
	report_subtitle(db, period, subtitle, sizeof subtitle);
	size_t k = y.ncommittee, npairs = k * (k ? k - 1 : 0) / 2;
	struct sheet *s = sheet_new(_("Talks between committee members (支委之间)"), subtitle, _("Committee"));
	sheet_add_column(s, _("Committee member"), CELL_TEXT);
	sheet_add_column(s, _("Committee member"), CELL_TEXT);
	sheet_add_column(s, _("Talks"), CELL_NUMBER);
	sheet_add_column(s, _("State"), CELL_TEXT);
	for (size_t i = 0; i < k; i++)
		for (size_t j = i + 1; j < k; j++) {
			int n = y.cov.pairs[i * k + j];
			sheet_add_row(s, ROW_PLAIN);
			sheet_set(s, 0, y.committee[i].name);
			sheet_set(s, 1, y.committee[j].name);
			sheet_setf(s, 2, "%d", n);
			sheet_set(s, 3, n ? _("talked") : _("not yet talked"));
		}
	snprintf(line, sizeof line, _("支委之间: %zu of %zu pairs have talked; 支委与党员: %zu of %zu members."),
		 npairs - talks_missing_pairs(&y.cov), npairs, y.nmembers - talks_missing_members(&y.cov), y.nmembers);
	sheet_add_footer(s, line);

	struct sheet *m = sheet_new(_("Talks of members with the committee (支委与党员)"), subtitle, _("Members"));
	sheet_add_column(m, _("Serial number"), CELL_NUMBER);
	sheet_add_column(m, _("Name"), CELL_TEXT);
	sheet_add_column(m, y.cov.with_secretary ? _("Talks with the secretary") : _("Talks with the committee"),
			 CELL_NUMBER);
	sheet_add_column(m, _("State"), CELL_TEXT);
	for (size_t i = 0; i < y.nmembers; i++) {
		sheet_add_row(m, ROW_PLAIN);
		sheet_setf(m, 0, "%zu", i + 1);
		sheet_set(m, 1, y.members[i].name);
		sheet_setf(m, 2, "%d", y.cov.member_talks[i]);
		sheet_set(m, 3, y.cov.member_talks[i] ? _("talked") : _("not yet talked"));
	}
	sheet_append(s, m);
	if (y.member_pairs)
		sheet_append(s, people_sheet(&y, subtitle));

	struct sheet *r = sheet_new(_("Register of talks (谈心谈话登记表)"), subtitle, _("Talks"));
	sheet_add_column(r, _("Date"), CELL_TEXT);
	sheet_add_column(r, "谈话人", CELL_TEXT);
	sheet_add_column(r, "谈话对象", CELL_TEXT);
	sheet_add_column(r, _("Kind"), CELL_TEXT);
	sheet_add_column(r, _("Record"), CELL_TEXT);
	char from[DATE_ISO_SIZE], to[DATE_ISO_SIZE];
	date_format((struct date){ year, 1, 1 }, from);
	date_format(y.as_of, to);
	bool ok = talks_each(db, from, to, add_talk, r);
	sheet_append(s, r);
	talks_year_done(&y);
	if (!ok) {
		sheet_free(s);
		return NULL;
	}
	return s;
}

/* More missing members than this make one to-do, not one each. */
#define TODO_MEMBERS_ONE_BY_ONE 10

bool talks_todo(struct db *db, struct todo_list *l)
{
	if (l->as_of.m < 11)
		return true;
	struct talks_year y;
	if (!talks_year_load(db, l->as_of.y, l->as_of, &y)) {
		talks_year_done(&y);
		return false;
	}
	struct date due = { y.year, 12, 31 }, from = { y.year, 11, 1 };
	char period[16], item[256], link[32];
	snprintf(period, sizeof period, "%04d", y.year);
	snprintf(link, sizeof link, "talks:%04d", y.year);
	size_t k = y.ncommittee;
	for (size_t i = 0; i < k; i++)
		for (size_t j = i + 1; j < k; j++)
			if (!y.cov.pairs[i * k + j] && !gone_by(&y.committee[i], y.as_of_iso) &&
			    !gone_by(&y.committee[j], y.as_of_iso)) {
				snprintf(item, sizeof item, "支委 %s 与 %s 未谈心谈话", y.committee[i].name, y.committee[j].name);
				todo_add_from(l, "谈话", period, item, due, from, link);
			}
	size_t missing = talks_missing_members(&y.cov);
	const char *with = y.cov.with_secretary ? "书记" : "支委";
	for (size_t i = 0; i < y.nmembers; i++) {
		if (y.cov.member_talks[i])
			continue;
		if (missing > TODO_MEMBERS_ONE_BY_ONE)
			snprintf(item, sizeof item, "%s 等 %zu 名党员未与%s谈心谈话", y.members[i].name, missing, with);
		else
			snprintf(item, sizeof item, "%s 未与%s谈心谈话", y.members[i].name, with);
		todo_add_from(l, "谈话", period, item, due, from, link);
		if (missing > TODO_MEMBERS_ONE_BY_ONE)
			break;
	}
	/* talks.member_pairs: one item for all the pairs of members missing. */
	size_t pairs = talks_missing_people_pairs(&y.cov);
	for (size_t i = 0; pairs && i < y.cov.npeople; i++)
		for (size_t j = i + 1; pairs && j < y.cov.npeople; j++) {
			if (talks_people_talked(&y.cov, i, j))
				continue;
			if (pairs > 1)
				snprintf(item, sizeof item, "%s 与 %s 等 %zu 对党员之间未谈心谈话", y.people[i]->name,
					 y.people[j]->name, pairs);
			else
				snprintf(item, sizeof item, "党员 %s 与 %s 未谈心谈话", y.people[i]->name, y.people[j]->name);
			todo_add_from(l, "谈话", period, item, due, from, link);
			pairs = 0;
		}
	talks_year_done(&y);
	return true;
}

const char *talks_coverage_warning(struct db *db, struct date day, char *buf, size_t size)
{
	struct talks_year y;
	if (!talks_year_load(db, day.y, day, &y)) {
		talks_year_done(&y);
		snprintf(buf, size, "%s", db_error(db));
		return buf;
	}
	size_t pairs = talks_missing_pairs(&y.cov), members = talks_missing_members(&y.cov);
	/* talks.member_pairs on (and a branch small enough to count them). */
	size_t people = talks_missing_people_pairs(&y.cov);
	talks_year_done(&y);
	if (!pairs && !members && !people)
		return NULL;
	if (people)
		snprintf(buf, size, _("before the 组织生活会, 谈心谈话 should cover everyone: %zu pairs of committee "
				      "members, %zu members and %zu pairs of members have not talked this year "
				      "(zhibu report talks)"), pairs, members, people);
	else
		snprintf(buf, size, _("before the 组织生活会, 谈心谈话 should cover everyone: %zu pairs of committee "
				      "members and %zu members have not talked this year (zhibu report talks)"),
			 pairs, members);
	return buf;
}
