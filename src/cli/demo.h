/* The demo branch: fictional but realistic records, reproducible for a seed.
 * Each part of zhibu adds its own generator to the table in cmd_demo.c. */
#ifndef ZHIBU_DEMO_H
#define ZHIBU_DEMO_H
#include <stdbool.h>

#include "core/date.h"
#include "core/rng.h"

struct db;
struct member;

struct demo {
	struct db *db;
	struct rng rng;
	int members;        /* how many members to create */
	struct date today;
};

/* Members, party groups and the branch. */
bool demo_members(struct demo *d);
bool demo_dues(struct demo *d); /* fixings, payments, remittances (demo_dues.c) */
/* The committee, ten years of minutes with attendance, 民主评议 grades. */
bool demo_meetings(struct demo *d);
bool demo_candidates(struct demo *d);
/* 流动, 失联 and 停止党籍 members with their histories (demo_flows.c). */
bool demo_flows(struct demo *d);
/* Ten years of 党务公开 and 意见建议 (demo_disclosures.c). */
bool demo_disclosures(struct demo *d);
/* 组织关系转接: letters out, a few waiting, one 转入 (demo_transfers.c). */
bool demo_transfers(struct demo *d);
/* 学时 trainings, 谈心谈话, pledges and volunteering (demo_hours.c). */
bool demo_hours(struct demo *d);
/* A term, four years of documents, the year's submissions (demo_org.c). */
bool demo_org(struct demo *d);
/* A plausible member: name, ID number, category, unit, kind and dates, in
 * one of the first `groups` party groups (for other generators too). */
void demo_make_member(struct demo *d, struct member *m, int groups);

#endif
