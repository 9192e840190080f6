#include "report/roster.h"

#include <stdio.h>
#include <string.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/member.h"
#include "io/sheet.h"

/* FMT takes the branch's name, VALUE and today. */
static void subtitle(struct db *db, const char *fmt, const char *value, char *out, size_t size)
{
	struct branch b;
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	if (!branch_get(db, &b))
		snprintf(b.name, sizeof b.name, "%s", _("(branch not named yet)"));
	if (value && *value)
		snprintf(out, size, fmt, b.name, value, today);
	else
		snprintf(out, size, _("%s    As of: %s"), b.name, today);
}

void report_subtitle(struct db *db, const char *period, char *out, size_t size)
{
	subtitle(db, _("%s    Period: %s    Printed: %s"), period, out, size);
}

void report_subtitle_held(struct db *db, const char *date, char *out, size_t size)
{
	subtitle(db, _("%s    Held on: %s    Printed: %s"), date, out, size);
}

struct sheet *roster_sheet(struct db *db, const struct roster_options *o)
{
	char subtitle[256];
	report_subtitle(db, NULL, subtitle, sizeof subtitle);
	struct sheet *s = sheet_new(_("Party member roster"), subtitle, _("Roster"));
	for (int f = 0; f < MF_COUNT; f++)
		sheet_add_column(s, member_fields[f].header, sheet_date_or(member_fields[f].header, CELL_TEXT));
	s->numbered = true;
	s->count_unit = "人";

	struct member_filter filter = { .include_left = o->include_left };
	struct member_iter *it = member_iter_new(db, &filter, o->sort ? (enum member_sort)o->sort : MSORT_ROSTER,
						    false, 0, -1);
	if (!it) {
		sheet_free(s);
		return NULL;
	}
	struct member m;
	while (member_iter_next(it, &m)) {
		sheet_add_row(s, ROW_PLAIN);
		for (int f = 0; f < MF_COUNT; f++) {
			const char *v = member_get_field(&m, (enum member_field)f);
			char masked[IDNUM_SIZE], phone[sizeof m.phone];
			if (f == MF_ID_NUMBER && !o->full_id) {
				idnum_mask(v, masked);
				v = masked;
			} else if (f == MF_PHONE && !o->full_id) {
				phone_mask(v, phone, sizeof phone);
				v = phone;
			}
			sheet_set(s, f, v);
		}
	}
	member_iter_free(it);
	return s;
}
