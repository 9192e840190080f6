/* The 公开目录 and the 公开登记 (records.md C1): catalogue rows, disclosures
 * with their steps, and the settings of both parts (disclosure.*, feedback.*). */
#ifndef ZHIBU_DB_DISCLOSURE_H
#define ZHIBU_DB_DISCLOSURE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "core/workday.h"
#include "rules/disclosure.h"

struct db;

/* The settings with the holidays: cal receives them, s->calendar points at
 * it; free with workdays_done(cal). */
bool disclosure_settings_load(struct db *db, struct disclosure_settings *s, struct workdays *cal);

struct disclosure_item {            /* one row of the catalogue */
	long long id;
	char domain[8];                 /* 党务, 校务 */
	char category[40];
	char title[304];
	char scope[24];
	char audience[96];
	char timing[16];
	char period[8];                 /* 月 季度 半年 年, or "" */
	int grace_days;                 /* -1: the setting */
	char forms[256];
	int notice_days;                /* 0: none */
	char notice_unit[16];
	char owner[96];
	char basis[128];
	char source[16];
	bool active;
	char since[DATE_ISO_SIZE];      /* "" : the setting */
	char note[256];
};
void disclosure_item_init(struct disclosure_item *c);
typedef bool disclosure_item_fn(void *ctx, const struct disclosure_item *c);
/* The catalogue in order (党务 first); school adds the 校务 rows; inactive
 * rows too when all.  The callback returns false to stop. */
bool disclosure_catalog_each(struct db *db, bool school, bool all, disclosure_item_fn *fn, void *ctx);
bool disclosure_catalog_get(struct db *db, long long id, struct disclosure_item *out);
/* The row with this title: its id, 0 when none, -1 on error. */
long long disclosure_catalog_find(struct db *db, const char *title);
/* Insert (id 0) or update; c->id is set. */
bool disclosure_catalog_save(struct db *db, struct disclosure_item *c);

struct disclosure {
	long long id;
	long long catalog_id;           /* 0: 目录外 */
	char period[8];
	char title[304];
	char summary[640];
	char *content;                  /* heap, "" at least */
	char scope[24];
	char forms[256];
	char status[16];
	char proposed_on[DATE_ISO_SIZE], proposer[96];
	char reviewed_on[DATE_ISO_SIZE], reviewer[96];
	bool secrecy_checked;
	char approved_on[DATE_ISO_SIZE], approver[96], approval_ref[128];
	char published_on[DATE_ISO_SIZE], published_out_on[DATE_ISO_SIZE];
	int notice_days;                /* 0: none */
	char notice_unit[16];
	char until[DATE_ISO_SIZE];
	char taken_down_on[DATE_ISO_SIZE];
	long long republish_of;
	char archived_on[DATE_ISO_SIZE], archive_ref[128];
	char void_reason[256];
};
void disclosure_init(struct disclosure *d);
void disclosure_done(struct disclosure *d);
void disclosure_set_content(struct disclosure *d, const char *text);
/* The steps of d for disclosure_steps_check. */
void disclosure_steps_of(const struct disclosure *d, struct disclosure_steps *s);
/* Check the steps, set the status that follows from them (作废 when a void
 * reason is given) and the end of the 公开期 when it is not given, then
 * insert (id 0) or update.  False with db_error set (the rule's sentence
 * when the steps are refused). */
bool disclosure_save(struct db *db, const struct disclosure_settings *s, struct disclosure *d);
/* The disclosure already recorded for the same catalogue row, period, title
 * and proposal day: its id, 0 when none, -1 on error. */
long long disclosure_find_same(struct db *db, const struct disclosure *d);
bool disclosure_get(struct db *db, long long id, struct disclosure *out);
typedef bool disclosure_fn(void *ctx, const struct disclosure *d);
/* Every disclosure that is not void, by id (content not read). */
bool disclosure_each(struct db *db, disclosure_fn *fn, void *ctx);
/* The first day anything was proposed ("" when none). */
bool disclosure_first_day(struct db *db, char out[DATE_ISO_SIZE]);
/* The day the catalogue row starts to count: its own, the setting, else 1
 * January of the year of the first disclosure; with none recorded yet,
 * today (a branch that has not started keeping the register is asked only
 * for the periods still to come). */
struct date disclosure_item_since(const struct disclosure_item *c, const struct disclosure_settings *s,
				  const char *first_day, struct date today);

/* R5: the days on or after from of the events of zhibu's own data that a
 * catalogue row of this source discloses, oldest first: 支委分工, the
 * committee's offices changed (a branch_roles start or end); 民主评议, the
 * grades of a year saved (the day the change log has); 整改, a batch closed
 * (no item open, the day its last item was closed); 民主测评, a 测评's
 * result reported (the day reported); 换届, a new committee elected (the
 * day elected).  Other sources have no events. */
typedef void disclosure_day_fn(void *ctx, const char *day);
bool disclosure_source_events(struct db *db, const char *source, const char *from, disclosure_day_fn *fn,
			      void *ctx);

#endif
