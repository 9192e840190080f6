/* Members (党员) in the database.  Rows are never deleted: leaving is a
 * status.  Every write lands in change_log through the schema's triggers. */
#ifndef ZHIBU_MEMBER_H
#define ZHIBU_MEMBER_H
#include <stdbool.h>

#include "rules/roster.h"

struct db;

/* Insert m (its group is created when new); sets m->id. */
bool member_insert(struct db *db, struct member *m);
/* Update every field of the member with m->id. */
bool member_update(struct db *db, const struct member *m);
/* Save an edit form: loaded is the member as the form loaded it, edited
 * as the user left it.  In one write transaction: refused (false, why
 * naming what changed) when another writer changed the member since it was
 * loaded; else only the fields the user changed are written, and edited
 * becomes the member as stored.  On a database error why is "" (db_error
 * says what). */
bool member_save_edit(struct db *db, const struct member *loaded, struct member *edited, char *why,
		      size_t why_size);
bool member_get(struct db *db, long long id, struct member *out);
/* False when no member has that ID number (no error then). */
bool member_find_by_id_number(struct db *db, const char *id_number, struct member *out);
/* Set the status with its date and reason (转出 / 去世 / 出党 / 流动 ...). */
bool member_set_status(struct db *db, long long id, const char *status,
		       const char *date, const char *reason);

/* Which members a list or report shows. */
struct member_filter {
	bool include_left;     /* also 转出 / 去世 / 出党 */
	const char *kind;      /* NULL or "" = any */
	const char *group;     /* party group name; NULL or "" = any */
	const char *status;
	const char *category;
	const char *search;    /* name part, pinyin (full or initials), ID or phone digits */
};

enum member_sort {
	MSORT_ROSTER,          /* group, then join date, then name: the 花名册 order */
	MSORT_NAME,            /* pinyin, a surname together */
	MSORT_SEX, MSORT_KIND, MSORT_JOIN_DATE, MSORT_GROUP,
	MSORT_CATEGORY, MSORT_PHONE, MSORT_STATUS,
	MSORT_STROKES,         /* 姓氏笔画: the surname's strokes, then the next characters' */
	MSORT_COUNT
};

long long member_count(struct db *db, const struct member_filter *f);

/* Walk the members that f selects in sort order, from offset, at most limit
 * (limit < 0: all).  The iterator owns its statement. */
struct member_iter;
struct member_iter *member_iter_new(struct db *db, const struct member_filter *f,
				    enum member_sort sort, bool descending,
				    long long offset, long long limit);
bool member_iter_next(struct member_iter *it, struct member *out);
void member_iter_free(struct member_iter *it);

/* One entry of a member's change history (党员情况变更信息库). */
struct member_change {
	char at[20];
	char field[32];     /* column name, "*" for the record's creation */
	char old_value[256];
	char new_value[256];
};
typedef void member_change_fn(void *ctx, const struct member_change *c);
bool member_history(struct db *db, long long id, member_change_fn *fn, void *ctx);

#endif
