/* The branch itself (one row) and its settings. */
#ifndef ZHIBU_BRANCH_H
#define ZHIBU_BRANCH_H
#include <stdbool.h>
#include <stddef.h>

struct db;

struct branch {
	char name[128];
	char higher_committee[128]; /* 上级党委 */
	char created_on[11];
};

/* False when the branch has not been set up yet (no error then). */
bool branch_get(struct db *db, struct branch *out);
/* Create or update the one branch row. */
bool branch_save(struct db *db, const struct branch *b);

/* Settings: a row overrides the default the caller passes. */
bool settings_get(struct db *db, const char *key, char *out, size_t size, const char *fallback);
long long settings_get_int(struct db *db, const char *key, long long fallback);
bool settings_set(struct db *db, const char *key, const char *value);

/* Whom a notice names for questions (zhibu init --contact --phone --place). */
#define BRANCH_KEY_CONTACT "branch.contact"
#define BRANCH_KEY_PHONE "branch.phone"
#define BRANCH_KEY_PLACE "branch.place"

#endif
