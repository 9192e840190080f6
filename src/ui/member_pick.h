/* Choose a member: a search line (name, pinyin initials, ID or phone
 * digits) over the list of matching members.  A form's FORM_MEMBER field
 * uses it; so can any screen that needs a person (组长, 主持人, 介绍人).
 *   char name[96];
 *   long long id = member_pick(ui, db, _("Leader"), "第一党小组", name, sizeof name); */
#ifndef ZHIBU_UI_MEMBER_PICK_H
#define ZHIBU_UI_MEMBER_PICK_H
#include <stddef.h>

#include "ui/ui.h"

struct db;
struct member_filter;

/* Current members (not those who left), of party group group when it is not
 * NULL.  Returns the id and copies the name, or 0 when cancelled. */
long long member_pick(struct ui *ui, struct db *db, const char *title, const char *group,
		      char *name, size_t name_size);
/* The same among the members filter selects (its search is the picker's):
 * e.g. full members in good standing for 培养联系人 and 入党介绍人. */
long long member_pick_filter(struct ui *ui, struct db *db, const char *title,
			     const struct member_filter *filter, char *name, size_t name_size);

#endif
