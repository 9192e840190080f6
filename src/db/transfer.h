/* 组织关系转接 (转接#id, records.md C12): the data of each 介绍信 sent
 * (转出) or received (转入) and its 回执.  A wrong one is voided. */
#ifndef ZHIBU_DB_TRANSFER_H
#define ZHIBU_DB_TRANSFER_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct db;

struct transfer {
	long long id;
	char direction[8];        /* 转出 / 转入 */
	long long member_id;      /* 0: a 转入 not yet reported */
	char name[96];
	char id_number[24];
	char member_kind[8];      /* 正式 / 预备 */
	char from_org[256], to_org[256], header[256];
	char scope[16];
	bool temporary;
	char reason[256];
	char letter_no[64];
	char issued[DATE_ISO_SIZE];
	int valid_days;
	char override[256];
	char dues_to[8];          /* YYYY-MM */
	char dues_reason[256];
	char report_date[DATE_ISO_SIZE];   /* 转入: 报到 ("" not yet) */
	char receipt_date[DATE_ISO_SIZE];  /* 转出: received; 转入: sent back */
	char receipt_by[64];
	char status[8];           /* 有效 / 作废 */
};

/* Insert t (sets t->id). */
bool transfer_insert(struct db *db, struct transfer *t);
/* False (no error) when there is no such transfer. */
bool transfer_get(struct db *db, long long id, struct transfer *out);
/* The valid transfer of that direction and letter number, or 0. */
long long transfer_find_letter(struct db *db, const char *direction, const char *letter_no);
/* Record the 回执 of a valid transfer that has none yet (refused otherwise). */
bool transfer_set_receipt(struct db *db, long long id, const char *date, const char *by);
/* A 转入 reported on date as member_id (refused when already reported). */
bool transfer_set_report(struct db *db, long long id, long long member_id, const char *date);

/* The valid transfers issued from `from` to `to` (ISO; NULL: any), or of
 * one member (member_id > 0), by date issued. */
typedef void transfer_fn(void *ctx, const struct transfer *t);
bool transfer_each(struct db *db, const char *from, const char *to, long long member_id, transfer_fn *fn,
		   void *ctx);

/* The open ones for zhibu check: a 转出 without 回执; a 转入 not reported, or
 * reported without the 回执 sent back, without a 转入谈话 since, or
 * without a 党小组 (flags say which). */
struct transfer_open {
	const struct transfer *t;
	bool talked;              /* a valid 转入谈话 with her on or after 报到 */
	bool in_group;
};
typedef void transfer_open_fn(void *ctx, const struct transfer_open *o);
bool transfer_open_each(struct db *db, transfer_open_fn *fn, void *ctx);

#endif
