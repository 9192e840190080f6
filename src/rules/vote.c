#include "rules/vote.h"

#include "core/i18n.h"

struct vote_result vote_evaluate(const struct vote_count *c)
{
	struct vote_result r = { false, false, NULL };
	if (c->expected <= 0 || c->present < 0 || c->present > c->expected) {
		r.why = _("attendance does not add up: present must be between 0 and those who should attend");
		return r;
	}
	if (c->yes < 0 || c->no < 0 || c->abstain < 0 || c->yes + c->no + c->abstain > c->present) {
		r.why = _("more votes than voting members present");
		return r;
	}
	r.quorate = c->present * 2 > c->expected;
	if (!r.quorate) {
		r.why = _("not quorate: no more than half of the voting members attended");
		return r;
	}
	r.passed = c->yes * 2 > c->expected;
	if (!r.passed)
		r.why = _("not passed: votes for are not more than half of the voting members who should attend");
	return r;
}
