/* The branch committee in the database: who holds which office (书记,
 * 副书记, 组织委员, 宣传委员, 纪检委员, 委员) from when to when.  The
 * committee on a day is everyone with a role that day; a 支委会 expects
 * them.  Terms are ended, never deleted. */
#ifndef ZHIBU_ROLE_H
#define ZHIBU_ROLE_H
#include <stdbool.h>

#include "core/date.h"
#include "rules/meetings.h"
#include "rules/minute.h"

struct db;

struct role_term {
	long long id;
	enum branch_role role;
	long long member_id;
	char name[MINUTE_NAME_SIZE];
	char start[DATE_ISO_SIZE];
	char end[DATE_ISO_SIZE];   /* "" while in office */
};

/* Give a member an office from a day (ISO).  The member must be a full
 * member then.  For an office with one holder, the present holder's term
 * ends the day before.  Refused with db_error saying why. */
bool role_assign(struct db *db, enum branch_role role, long long member_id, const char *from);
/* End a member's term in role (every role when role is ROLE_COUNT) on a day. */
bool role_end(struct db *db, long long member_id, enum branch_role role, const char *on);

typedef void role_fn(void *ctx, const struct role_term *t);
/* The terms current on day (ISO), or every term when day is NULL, by office
 * then start. */
bool role_each(struct db *db, const char *day, role_fn *fn, void *ctx);

/* The offices member_id holds on day (ISO), joined by 、 into out ("" when
 * none). */
bool role_held(struct db *db, long long member_id, const char *day, char *out, size_t size);

#endif
