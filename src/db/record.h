/* What the records of a member's year (trainings, talks, pledges, posts,
 * service activities) and of the 组织 screen (transfers, terms, documents,
 * submissions) share: a wrong one is voided with a reason, never deleted,
 * and then counts for nothing. */
#ifndef ZHIBU_DB_RECORD_H
#define ZHIBU_DB_RECORD_H
#include <stdbool.h>

struct db;

enum record_table {
	RT_TRAINING, RT_TALK, RT_PLEDGE, RT_POST, RT_SERVICE,
	RT_TRANSFER, RT_TERM, RT_DOCUMENT, RT_SUBMISSION, RT_COUNT
};
/* How a record is referred to: 培训, 谈话, 承诺, 岗, 活动, 转接, 换届, 文件, 报送
 * (as in 培训#12). */
extern const char *const record_refs[RT_COUNT];

/* The status of record id ("有效", "失效", "作废"): 1 found, 0 no such
 * record, -1 on error. */
int record_status(struct db *db, enum record_table t, long long id, char status[16]);
/* Void a record not void already; refused (db_error says why) when there is
 * none. */
bool record_void(struct db *db, enum record_table t, long long id, const char *reason);

#endif
