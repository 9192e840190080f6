/* Talks (谈话#id, records.md C10): who talked with whom, when, of what
 * kind, with a short summary (personal data: logged, never in lists).  A
 * wrong talk is voided with a reason. */
#ifndef ZHIBU_DB_TALK_H
#define ZHIBU_DB_TALK_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "rules/talks.h"

struct db;

enum talk_kind { TALK_HEART, TALK_REMIND, TALK_TRANSFER_IN, TALK_BIRTHDAY, TALK_OTHER, TALK_KIND_COUNT };
/* 谈心谈话, 提醒谈话, 转入谈话, 政治生日谈话, 其他 (stored so), NULL-terminated. */
extern const char *const talk_kind_names[TALK_KIND_COUNT + 1];
int talk_kind_parse(const char *s);

struct talk {
	long long id;
	char date[DATE_ISO_SIZE];
	enum talk_kind kind;
	char summary[1024];
};

/* Insert t with the people who talked and those talked with (sets t->id). */
bool talk_insert(struct db *db, struct talk *t, const long long *talkers, size_t ntalkers,
		 const long long *with, size_t nwith);
/* The id of a valid talk of that day and kind between talker and with, or 0. */
long long talk_find_same(struct db *db, const char *date, enum talk_kind kind, long long talker, long long with);

/* The people of every valid talk from `from` to `to` (ISO), by talk. */
typedef void talk_party_fn(void *ctx, const struct talk_party *p);
bool talk_parties_each(struct db *db, const char *from, const char *to, talk_party_fn *fn, void *ctx);

/* The valid talks of a member (either side) from `from` to `to`. */
bool talk_count_member(struct db *db, long long member_id, const char *from, const char *to, int *count);

/* The valid talks from `from` to `to` by date, for the register (names
 * joined with 、; no summary). */
struct talk_row {
	long long id;
	const char *date, *kind, *talkers, *with;  /* valid during the call */
};
typedef void talk_row_fn(void *ctx, const struct talk_row *r);
bool talks_each(struct db *db, const char *from, const char *to, talk_row_fn *fn, void *ctx);

#endif
