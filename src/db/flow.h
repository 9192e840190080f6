/* 流动党员, 失联, 停止党籍 (records.md C12, schema/0013): a member's time
 * away with its details, the contacts kept with her (dated, append-only)
 * and the searches for a member out of contact.  The status and the day it
 * began stay in members. */
#ifndef ZHIBU_DB_FLOW_H
#define ZHIBU_DB_FLOW_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct db;

struct flow {
	long long id, member_id;
	char out_on[DATE_ISO_SIZE];
	char destination[256];  /* 外出地点 */
	char reason[256];       /* 外出原因 */
	char contact[128];      /* 联系方式 */
	char card_no[64];       /* 《流动党员活动证》 number */
	char host_org[256];     /* 流入地党组织 */
	char back_on[DATE_ISO_SIZE]; /* "" while away */
};

struct flow_contact {
	long long id, member_id;
	char date[DATE_ISO_SIZE], way[64], note[512];
};

struct lost_search {
	long long id, member_id;
	char date[DATE_ISO_SIZE], way[64], result[512], searcher[96];
};

/* Change a member's status on date with reason, the one way every status
 * change goes: a time away still open ends that day (back_on); away, when
 * not NULL (status 流动), is recorded from that day; a status that ends
 * membership ends her committee offices that day when end_roles. */
bool flow_status_set(struct db *db, long long member_id, const char *status, const char *date,
		     const char *reason, struct flow *away, bool end_roles);
bool flow_contact_add(struct db *db, struct flow_contact *c);
bool lost_search_add(struct db *db, struct lost_search *s);
/* The searches for a member dated on or after from. */
bool lost_search_count(struct db *db, long long member_id, const char *from, long long *count);

/* A member's flows, contacts and searches by date, as lines for a page:
 * date, what (外出/返回/联系/查找) and the rest. */
typedef void flow_line_fn(void *ctx, const char *date, const char *what, const char *text);
bool flow_history_each(struct db *db, long long member_id, flow_line_fn *fn, void *ctx);

/* Every member whose status is 流动, 失联 or 停止党籍, by status then date,
 * with the contacts and searches recorded up to as_of (ISO). */
struct flow_member {
	long long id;
	char name[96], sex[8], birth_date[DATE_ISO_SIZE], kind[8];
	char status[16], status_date[DATE_ISO_SIZE], status_reason[256];
	struct flow away;                 /* the open time away (id 0: none recorded) */
	char last_contact[DATE_ISO_SIZE]; /* since status_date; "" for none */
	long long searches;               /* every search recorded */
	char last_search[DATE_ISO_SIZE], last_result[512];
};
typedef void flow_member_fn(void *ctx, const struct flow_member *m);
bool flow_members_each(struct db *db, const char *as_of, flow_member_fn *fn, void *ctx);

/* The setting flow.contact_months (default FLOW_CONTACT_MONTHS_DEFAULT). */
int flow_contact_months(struct db *db);

#endif
