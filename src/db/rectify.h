/* 整改台账: batches (by source), their items and the items' progress
 * (append-only).  Rules in rules/rectify.h. */
#ifndef ZHIBU_DB_RECTIFY_H
#define ZHIBU_DB_RECTIFY_H
#include <stdbool.h>

#include "core/date.h"

struct db;

struct rectify_batch {
	long long id;                    /* 整改批#id */
	char title[256];
	char source[32];
	char source_ref[128];
	char feedback_on[DATE_ISO_SIZE];
	char report_due[DATE_ISO_SIZE];  /* "" when none */
	char report_sent_on[DATE_ISO_SIZE];
};

struct rectify_item {
	long long id;                    /* 整改#id */
	long long batch_id;
	int seq;
	char problem[1024];
	char measures[1024];
	char leader[96], unit[160], person[96];
	char deadline[DATE_ISO_SIZE];    /* "" when long_term */
	bool long_term;
	char status[16];
	char closed_on[DATE_ISO_SIZE];
	char verifier[96];
	char evidence[512];
	char void_reason[256];
	long long repeat_of;             /* 0: none */
	long long feedback_id;           /* the opinion it was made from (意见#, schema/0018); 0: none */
	/* Read with the item: */
	char batch_title[256], source[32];
	char feedback_on[DATE_ISO_SIZE];
	char last_on[DATE_ISO_SIZE];     /* the latest progress entry (as of the date asked) */
	char last_text[512];
	bool repeated;                   /* 重复问题: repeat_of, or the same problem in an earlier year */
};

/* 1 found, 0 not, -1 error. */
int rectify_batch_find(struct db *db, const char *title, struct rectify_batch *out);
bool rectify_batch_get(struct db *db, long long id, struct rectify_batch *out);
bool rectify_batch_add(struct db *db, const struct rectify_batch *b, long long *id);
bool rectify_batch_report_sent(struct db *db, long long id, const char *on);
typedef void rectify_batch_fn(void *ctx, const struct rectify_batch *b);
/* Batches with feedback on or before as_of, by feedback date. */
bool rectify_batches_each(struct db *db, const char *as_of, rectify_batch_fn *fn, void *ctx);

/* The next free 序号 of a batch. */
bool rectify_next_seq(struct db *db, long long batch_id, int *seq);
bool rectify_item_add(struct db *db, const struct rectify_item *it, long long *id);
bool rectify_item_get(struct db *db, long long id, struct rectify_item *out);
/* Set the status (and the 销号 or 作废 fields of it). */
bool rectify_item_update_status(struct db *db, const struct rectify_item *it);
bool rectify_progress_add(struct db *db, long long item_id, const char *on, const char *text,
			  const char *status_after);
typedef void rectify_item_fn(void *ctx, const struct rectify_item *it);
/* Items of a batch (0: every batch) whose batch had feedback by as_of,
 * by batch and 序号; the latest progress is the one on or before as_of. */
bool rectify_items_each(struct db *db, long long batch_id, const char *as_of, rectify_item_fn *fn, void *ctx);
typedef void rectify_progress_fn(void *ctx, const char *on, const char *text, const char *status_after);
bool rectify_progress_each(struct db *db, long long item_id, rectify_progress_fn *fn, void *ctx);
/* Whether the item has a progress entry from..to (inclusive). */
bool rectify_progress_between(struct db *db, long long item_id, const char *from, const char *to, bool *any);

#endif
