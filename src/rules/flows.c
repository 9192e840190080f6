#include "rules/flows.h"

#include <string.h>

#include "core/text.h"

int flow_deadlines(const char *status, const char *since, const char *last_contact, int contact_months,
		   struct flow_due out[2])
{
	struct date s, c;
	if (!status || !since || !date_parse_iso(since, &s))
		return 0;
	if (!strcmp(status, "流动")) {
		out[0] = (struct flow_due){ FLOW_DUE_TRANSFER, date_add_months(s, FLOW_AWAY_MONTHS) };
		if (!last_contact || !date_parse_iso(last_contact, &c) || date_cmp(c, s) < 0)
			c = s;
		out[1] = (struct flow_due){ FLOW_DUE_CONTACT, date_add_months(c, contact_months) };
		return 2;
	}
	if (!strcmp(status, "失联")) {
		out[0] = (struct flow_due){ FLOW_DUE_STOP, date_add_months(s, FLOW_LOST_MONTHS) };
		return 1;
	}
	if (!strcmp(status, "停止党籍")) {
		out[0] = (struct flow_due){ FLOW_DUE_EXPEL, date_add_months(s, FLOW_STOPPED_MONTHS) };
		return 1;
	}
	return 0;
}

const char *flow_due_text(enum flow_due_kind kind)
{
	switch (kind) {
	case FLOW_DUE_TRANSFER: return "外出满6个月，应转移组织关系或说明原因";
	case FLOW_DUE_CONTACT: return "流动在外，未按期联系";
	case FLOW_DUE_STOP: return "失联满6个月：查找未果的研究停止党籍";
	case FLOW_DUE_EXPEL: return "停止党籍满2年：确实无法取得联系的按自行脱党除名";
	}
	return "";
}

bool flow_stop_allowed(long long searches, const char *override_reason)
{
	return searches > 0 || (override_reason && !text_blank(override_reason));
}
