/* 意见建议 (records.md C2): the opinions received, who handles them, the
 * deadline, the reply and its publication; the opinion boxes and when they
 * were opened. */
#ifndef ZHIBU_DB_FEEDBACK_H
#define ZHIBU_DB_FEEDBACK_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "rules/disclosure.h"

struct db;

struct feedback {
	long long id;
	char received_on[DATE_ISO_SIZE];
	char channel[24];
	char from_kind[16];
	long long from_member_id;
	char from_name[96];             /* personal data */
	char contact[96];               /* personal data */
	long long disclosure_id;
	char content[1024];
	char handler[96];
	char due_on[DATE_ISO_SIZE];
	char extended_reason[256];
	char replied_on[DATE_ISO_SIZE];
	char reply[1024];
	char result[16];
	char reply_published_on[DATE_ISO_SIZE];
	long long reply_disclosure_id;
	char status[16];
	char void_reason[256];
};
void feedback_init(struct feedback *f);
/* NULL, or what is wrong with f (translated): a reply without its result
 * or text, dates out of order, an anonymous opinion with a name. */
const char *feedback_check(const struct feedback *f);
/* The opinion already recorded with the same day, channel, sender and
 * content: its id, 0 when none, -1 on error. */
long long feedback_find_same(struct db *db, const struct feedback *f);
/* Check (a reply needs its result and text, dates in order), set the status
 * that follows, then insert (id 0) or update.  False with db_error set. */
bool feedback_save(struct db *db, struct feedback *f);
bool feedback_get(struct db *db, long long id, struct feedback *out);
typedef bool feedback_fn(void *ctx, const struct feedback *f);
/* Every opinion that is not void, by date received. */
bool feedback_each(struct db *db, feedback_fn *fn, void *ctx);
/* The sender from what a person or a file writes: "" or 匿名 is anonymous;
 * a name is a member's when one member of that name is on the roster on the
 * day received (kind 党员), else a named person of kind (群众 when "").
 * False with why (a name several members have, or a database error). */
bool feedback_set_sender(struct db *db, struct feedback *f, const char *from, const char *kind,
			 char *why, size_t size);
/* "张*", "匿名": the sender as lists show it. */
void feedback_sender_masked(const struct feedback *f, char *out, size_t size);

struct feedback_box {
	long long id;
	char name[96], place[128];
	char since[DATE_ISO_SIZE];
	bool active;
};
bool feedback_box_save(struct db *db, struct feedback_box *b);
bool feedback_box_set_active(struct db *db, long long id, bool active);
/* The box of that name: its id, 0 when none, -1 on error. */
long long feedback_box_find(struct db *db, const char *name);
typedef bool feedback_box_fn(void *ctx, const struct feedback_box *b);
bool feedback_box_each(struct db *db, feedback_box_fn *fn, void *ctx);

struct feedback_opening {
	long long id, box_id;
	char box[96];
	char opened_on[DATE_ISO_SIZE];
	char openers[256];
	int found;
	char note[256];
};
bool feedback_opening_insert(struct db *db, struct feedback_opening *o);
typedef bool feedback_opening_fn(void *ctx, const struct feedback_opening *o);
/* The opinion id as an item of 整改 batch batch_id (problem: its content;
 * 整改时限: deadline, "" for 长期坚持; 责任人: person, else the handler): its
 * id in *item_id.  Refused (false, db_error) when void or already one. */
bool feedback_to_rectify(struct db *db, long long id, long long batch_id, const char *deadline, const char *person,
			 long long *item_id);
/* The 整改 items the opinion became (fn NULL: ctx is a bool set when any). */
typedef void feedback_rectify_fn(void *ctx, long long item_id);
bool feedback_rectify_each(struct db *db, long long id, feedback_rectify_fn *fn, void *ctx);

/* Openings by date (box_id 0: of every box). */
bool feedback_opening_each(struct db *db, long long box_id, feedback_opening_fn *fn, void *ctx);

#endif
