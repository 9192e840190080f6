/* The deadlines of 流动党员, 失联 and 停止党籍 (党员教育管理工作条例 2019
 * §24–25; records.md C12.4).  Pure: dates in, dates out. */
#ifndef ZHIBU_RULES_FLOWS_H
#define ZHIBU_RULES_FLOWS_H
#include <stdbool.h>

#include "core/date.h"

#define FLOW_AWAY_MONTHS 6      /* 外出满6个月: transfer the membership or say why */
#define FLOW_LOST_MONTHS 6      /* 失联满6个月: decide on 停止党籍 */
#define FLOW_STOPPED_MONTHS 24  /* 停止党籍满2年: 按自行脱党除名 */
#define FLOW_CONTACT_MONTHS_DEFAULT 3 /* a contact each quarter (setting flow.contact_months) */

enum flow_due_kind { FLOW_DUE_TRANSFER, FLOW_DUE_CONTACT, FLOW_DUE_STOP, FLOW_DUE_EXPEL };

struct flow_due {
	enum flow_due_kind kind;
	struct date due;
};

/* The deadlines of a member with status since `since` (ISO), her last
 * contact while away (ISO or "": none since she left) and the contact
 * period in months.  Fills out (room for 2) and returns how many; 0 for a
 * status without deadlines or no valid `since`.  Months end-clamped:
 * 2026-08-31 + 6 months = 2027-02-28. */
int flow_deadlines(const char *status, const char *since, const char *last_contact, int contact_months,
		   struct flow_due out[2]);

/* The fixed wording of a deadline (Chinese, as the 条例 says it). */
const char *flow_due_text(enum flow_due_kind kind);

/* 停止党籍 may be recorded after at least one search for the member, or
 * with a reason to do it without. */
bool flow_stop_allowed(long long searches, const char *override_reason);

#endif
