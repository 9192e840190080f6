/* 组织关系转接 as sheets and documents (records.md C12): the
 * 党员组织关系转接登记表, the 转接 rows of zhibu check, and the 介绍信 in
 * its three parts (存根, 正文, 回执). */
#ifndef ZHIBU_REPORT_TRANSFER_H
#define ZHIBU_REPORT_TRANSFER_H
#include <stdbool.h>

#include "core/date.h"

struct db;
struct doc;
struct sheet;
struct todo_list;
struct transfer;

/* The transfers issued in year (0: every year) with their state on as_of;
 * NULL on a database error. */
struct sheet *transfers_sheet(struct db *db, int year, struct date as_of);
/* The check source: 回执 due or overdue for 转出; for 转入: 报到, the 回执
 * to send back, a 转入谈话 within transfer.talk_days (30) and a 党小组. */
bool transfers_todo(struct db *db, struct todo_list *l);
/* Each valid 转出 whose 回执 has not come back, by date issued: the letter's
 * expiry, the 回执's due day, the state on as_of (待回执, 回执超期) and
 * whether it is overdue. */
struct transfer_waiting {
	const struct transfer *t;
	struct date expiry, due;
	const char *state;
	bool overdue;
};
typedef void transfer_waiting_fn(void *ctx, const struct transfer_waiting *w);
bool transfers_waiting_each(struct db *db, struct date as_of, transfer_waiting_fn *fn, void *ctx);

/* The state of t on a day, a 报到 or 回执 after it not counted yet: 待回执,
 * 回执超期, 已回执 for a 转出; 待报到, 介绍信已过期, 待寄回执, 回执超期, 已寄回执
 * for a 转入.  *due: the 回执's due day (y 0 while a 转入 is not reported). */
const char *transfer_state_on(const struct transfer *t, struct date as_of, struct date *due);
/* The letter of a 转出: NULL on a database error. */
struct doc *transfer_letter_doc(struct db *db, const struct transfer *t);

/* The days after 报到 for the 转入谈话 (setting transfer.talk_days). */
#define TRANSFER_KEY_TALK_DAYS "transfer.talk_days"

#endif
