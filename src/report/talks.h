/* 谈心谈话 as sheets (records.md C10): the year's coverage (支委之间, 支委与
 * 党员) with who is missing and the register of talks, and the 谈话 rows
 * of `zhibu check` (from 11-01). */
#ifndef ZHIBU_REPORT_TALKS_H
#define ZHIBU_REPORT_TALKS_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "db/training.h"
#include "rules/talks.h"

struct db;
struct sheet;
struct todo_list;

struct talks_year {
	int year;
	struct hours_member *committee, *members;
	long long *committee_ids, *member_ids;
	bool *secretary;
	size_t ncommittee, nmembers, cap_committee, cap_members;
	struct talk_party *parties;
	size_t nparties, cap_parties;
	struct talks_coverage cov;
	/* talks.member_pairs = 1: everyone on the roster on as_of (npeople;
	 * people and people_ids only when at most TALKS_PEOPLE_MAX). */
	bool member_pairs;
	const struct hours_member **people;
	long long *people_ids;
	size_t npeople;
	struct date as_of;
	char as_of_iso[DATE_ISO_SIZE]; /* as_of, formatted once for the member by member tests */
};

/* The coverage of year up to as_of: the committee = everyone who held a
 * role in the year; the members = the others on the roster on as_of.
 * False on a database error. */
bool talks_year_load(struct db *db, int year, struct date as_of, struct talks_year *out);
void talks_year_done(struct talks_year *y);

/* zhibu report talks --year YEAR [--as-of DATE]: NULL on a database error. */
struct sheet *talks_sheet(struct db *db, int year, struct date as_of);
/* The check source: from 11-01, the pairs and members still missing, due 12-31. */
bool talks_todo(struct db *db, struct todo_list *l);
/* A warning before the year's 组织生活会 (NULL when the coverage is
 * complete): how many pairs and members are missing; in buf. */
const char *talks_coverage_warning(struct db *db, struct date day, char *buf, size_t size);

#endif
