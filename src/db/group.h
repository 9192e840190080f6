/* Party groups (党小组). */
#ifndef ZHIBU_GROUP_H
#define ZHIBU_GROUP_H
#include <stdbool.h>

struct db;

struct party_group {
	long long id;
	char name[96];
	long long leader_id;    /* 0 = none */
	char leader_name[96];
	long long members;      /* current members in it */
};

/* The id of the group called name, creating it when create is true.
 * Returns 0 when it does not exist (and create is false) or on error. */
long long group_id_by_name(struct db *db, const char *name, bool create);
typedef void group_fn(void *ctx, const struct party_group *g);
bool group_each(struct db *db, group_fn *fn, void *ctx);
bool group_rename(struct db *db, long long id, const char *name);
bool group_set_leader(struct db *db, long long id, long long member_id);

#endif
