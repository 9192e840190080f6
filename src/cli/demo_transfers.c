/* Demo 组织关系转接: letters sent over the last year, most with their
 * 回执, a few waiting (one overdue), and one member transferred in who still
 * needs her 转入谈话, a 党小组 and the 回执 sent back.  A twentieth of the
 * branch for large demos (1,000 for 20,000 members); none below 30. */
#include <stdio.h>
#include <string.h>

#include "cli/demo.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/member.h"
#include "db/role.h"
#include "db/transfer.h"

static const char *const destinations[] = {
	"中共示范区教育工作委员会", "中共示范市税务局机关委员会", "中共示范大学外国语学院委员会",
	"中共示范县委组织部", "中共示范街道工作委员会", NULL,
};

static bool send_out(struct demo *d, const struct branch *b, struct member *m, int k, int ago, bool received)
{
	struct transfer t = { 0 };
	struct date issued = date_add_days(d->today, -ago), prev = date_add_months(issued, -1);
	text_copy(t.direction, sizeof t.direction, "转出");
	t.member_id = m->id;
	text_copy(t.name, sizeof t.name, m->name);
	text_copy(t.id_number, sizeof t.id_number, m->id_number);
	text_copy(t.member_kind, sizeof t.member_kind, m->kind);
	text_copy(t.from_org, sizeof t.from_org, b->name);
	text_copy(t.to_org, sizeof t.to_org, rng_pick(&d->rng, destinations));
	text_copy(t.scope, sizeof t.scope, k % 3 ? "省内" : "县内");
	text_copy(t.reason, sizeof t.reason, "工作调动");
	snprintf(t.letter_no, sizeof t.letter_no, "%04d-%03d", issued.y, k + 1);
	date_format(issued, t.issued);
	t.valid_days = 30;
	snprintf(t.dues_to, sizeof t.dues_to, "%04d-%02d", prev.y, prev.m);
	if (received)
		date_format(date_add_days(issued, rng_range(&d->rng, 7, 40)), t.receipt_date);
	char roles[256];
	return transfer_insert(d->db, &t) && member_set_status(d->db, m->id, "转出", t.issued, "组织关系转出") &&
	       role_held(d->db, m->id, t.issued, roles, sizeof roles) &&
	       (!*roles || role_end(d->db, m->id, ROLE_COUNT, t.issued));
}

static bool take_in(struct demo *d, const struct branch *b)
{
	struct member m, other;
	do
		demo_make_member(d, &m, 1);
	while (member_find_by_id_number(d->db, m.id_number, &other));
	m.group[0] = '\0';
	if (!member_insert(d->db, &m))
		return false;
	struct transfer t = { 0 };
	struct date issued = date_add_days(d->today, -20), prev = date_add_months(issued, -1);
	text_copy(t.direction, sizeof t.direction, "转入");
	t.member_id = m.id;
	text_copy(t.name, sizeof t.name, m.name);
	text_copy(t.id_number, sizeof t.id_number, m.id_number);
	text_copy(t.member_kind, sizeof t.member_kind, m.kind);
	text_copy(t.from_org, sizeof t.from_org, "中共示范县委组织部");
	text_copy(t.to_org, sizeof t.to_org, b->name);
	snprintf(t.letter_no, sizeof t.letter_no, "示组%04d-%03d", issued.y, 88);
	date_format(issued, t.issued);
	t.valid_days = 30;
	snprintf(t.dues_to, sizeof t.dues_to, "%04d-%02d", prev.y, prev.m);
	date_format(date_add_days(d->today, -12), t.report_date);
	return transfer_insert(d->db, &t);
}

bool demo_transfers(struct demo *d)
{
	struct branch b;
	if (!branch_get(d->db, &b))
		return false;
	if (d->members < 30)
		return true;  /* the small branches of the tests and the rollup: none */
	int n = d->members >= 1000 ? d->members / 20 : 5;
	/* the first three wait for their 回执: 10 and 25 days ago, and one overdue */
	static const int waiting[] = { 10, 25, 80 };
	for (int k = 0, tries = 0; k < n && tries < n * 20; tries++) {
		struct member m;
		long long id = rng_range(&d->rng, 1, d->members);
		if (!member_get(d->db, id, &m) || roster_status_left(m.status))
			continue;
		int ago = k < 3 ? waiting[k] : rng_range(&d->rng, 60, 360);
		struct date issued = date_add_days(d->today, -ago);
		char iso[DATE_ISO_SIZE];
		date_format(issued, iso);
		if (strcmp(iso, m.join_date) <= 0)
			continue;
		if (!send_out(d, &b, &m, k, ago, k >= 3))
			return false;
		k++;
	}
	return take_in(d, &b);
}
