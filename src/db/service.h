/* Service activities (活动#id, records.md C7): date, title, place, length,
 * and who took part — members of the roster or outside activists by name. */
#ifndef ZHIBU_DB_SERVICE_H
#define ZHIBU_DB_SERVICE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct db;

struct service {
	long long id;
	char date[DATE_ISO_SIZE];
	char title[256];
	char place[128];
	int minutes;
};

/* Insert s with its people: member_ids[i] (0 for someone from outside) and
 * names[i]; sets s->id. */
bool service_insert(struct db *db, struct service *s, const long long *member_ids, const char *const *names,
		    size_t n);
long long service_find_same(struct db *db, const char *date, const char *title);

struct service_row {
	long long id;
	const char *date, *title, *place;   /* valid during the call */
	int minutes;
	int members, outside;               /* participants */
};
typedef void service_row_fn(void *ctx, const struct service_row *r);
/* The valid activities from `from` to `to`, by date. */
bool services_each(struct db *db, const char *from, const char *to, service_row_fn *fn, void *ctx);

/* Per member of the roster who took part: times and minutes, in roster order. */
typedef void service_member_fn(void *ctx, const char *name, int times, long minutes);
bool service_members_each(struct db *db, const char *from, const char *to, service_member_fn *fn, void *ctx);
/* A member's activities from `from` to `to`: times and minutes. */
bool service_count_member(struct db *db, long long member_id, const char *from, const char *to, int *times,
			  long *minutes);
/* Distinct people (members and outside activists) who took part. */
bool service_people_count(struct db *db, const char *from, const char *to, long *people);

#endif
