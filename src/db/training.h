/* Trainings (培训#id) and what the 学时 count reads: the year's members
 * with their committee roles, every counted minute they attended and every
 * training they took, each read once for the whole branch (records.md C5).
 * A tag on a minute (理论学习) makes a 支委会 count. */
#ifndef ZHIBU_DB_TRAINING_H
#define ZHIBU_DB_TRAINING_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "rules/hours.h"

struct db;

enum training_kind { TK_CENTRAL, TK_ONLINE, TK_LECTURE, TK_STUDY, TK_OTHER, TK_COUNT };
/* 集中培训, 网络培训, 专题讲座, 集体学习, 其他 (stored so), NULL-terminated. */
extern const char *const training_kind_names[TK_COUNT + 1];
int training_kind_parse(const char *s);

struct training {
	long long id;
	char title[256];
	enum training_kind kind;
	char organizer[128];
	char start[DATE_ISO_SIZE], end[DATE_ISO_SIZE];
	int minutes;          /* per person */
	bool centralized;     /* 集中培训 */
	bool counts;          /* 计入学时 */
};

/* Insert t (sets t->id); the people are added with training_add_person. */
bool training_insert(struct db *db, struct training *t);
/* minutes 0: the training's own. */
bool training_add_person(struct db *db, long long training_id, long long member_id, int minutes);
/* The id of a valid training of the same title and start, or 0. */
long long training_find_same(struct db *db, const char *title, const char *start);


/* ---- The year's sources of 学时 */

enum hours_identity { HID_MEMBER, HID_COMMITTEE, HID_SECRETARY };

struct hours_member {
	long long id;
	char name[64];
	char join_date[DATE_ISO_SIZE];
	char status[16];
	char status_date[DATE_ISO_SIZE];  /* "" when none */
	enum hours_identity identity;     /* held a committee role on any day of the year */
};
typedef void hours_member_fn(void *ctx, const struct hours_member *m);
/* The members on the roster on any day of year (停止党籍, 流动 and 失联
 * included), in roster order.  With member_id, only that member. */
bool hours_members_each(struct db *db, int year, long long member_id, hours_member_fn *fn, void *ctx);
/* How many members hours_members_each gives (the list is read once and
 * kept for it): for an array sized once, not doubled while 20,000 come. */
bool hours_members_count(struct db *db, int year, long long member_id, size_t *n);

enum hours_source_kind { HS_MEETING, HS_TRAINING };
struct hours_source {
	enum hours_source_kind source;
	long long member_id;
	long long id;          /* 会议# or 培训# */
	int kind;              /* enum meeting_kind or enum training_kind */
	const char *title;     /* valid during the call */
	char date[DATE_ISO_SIZE], end[DATE_ISO_SIZE]; /* end: a training's last day */
	int minutes;           /* -1: a minute without start or end time */
	bool centralized, counts;
};
typedef void hours_source_fn(void *ctx, const struct hours_source *s);
/* Every valid training that overlaps the days from `from` to `to` (ISO)
 * with each of its people, then every minute of a counting kind (or a 支委会
 * tagged 理论学习) held on those days with the member present, by date, the
 * rows of one minute together.  One query each for the whole branch, or for
 * member_id only when it is not 0. */
bool hours_sources_each(struct db *db, const struct hours_settings *set, const char *from,
			const char *to, long long member_id, hours_source_fn *fn, void *ctx);

/* The settings from the settings table (training.*), defaults where unset.
 * False with db_error set when a value is wrong. */
bool hours_settings_load(struct db *db, struct hours_settings *s);

#endif
