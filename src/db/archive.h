/* The archive (文书档案, 文件#id) and what is sent upward (报送, 报送#id),
 * records.md C8.  zhibu keeps no classified material: secrecy is 非密. */
#ifndef ZHIBU_DB_ARCHIVE_H
#define ZHIBU_DB_ARCHIVE_H
#include <stdbool.h>

#include "core/date.h"

struct db;

/* NULL-terminated, as stored. */
extern const char *const document_directions[]; /* 收文, 发文, 本级材料 */
extern const char *const document_categories[]; /* 上级文件 … 其他 (records.md C8) */
extern const char *const document_retentions[]; /* 永久, 长期, 30年, 10年, 短期 */
extern const char *const submission_ways[];     /* 纸质, 系统, 邮件, 其他 */

struct document {
	long long id;
	int year, pages, item_no;                 /* pages, item_no 0: none */
	char direction[16], category[64], doc_no[128], author[128], title[512];
	char date[DATE_ISO_SIZE], retention[16], location[128], path[512];
	char archived_on[DATE_ISO_SIZE];          /* "" while not archived */
};

bool document_insert(struct db *db, struct document *d);
typedef void document_fn(void *ctx, const struct document *d);
/* The valid documents of a year by category, then 件号 (the unarchived
 * last), then date. */
bool documents_each(struct db *db, int year, document_fn *fn, void *ctx);
/* Give the year's unarchived documents their 件号 (per category, in date
 * order, after those already given) and the archive date; *count = how many. */
bool documents_archive(struct db *db, int year, const char *on, int *count);
typedef void unarchived_fn(void *ctx, int year, int count);
/* The years with valid documents not yet archived, and how many. */
bool documents_unarchived(struct db *db, unarchived_fn *fn, void *ctx);

struct submission {
	long long id;                    /* 0: due by a recurring rule, not yet recorded */
	char item[256], to_org[128];
	char due[DATE_ISO_SIZE], sent_on[DATE_ISO_SIZE]; /* sent_on "" while not sent */
	char way[16], note[256];
};
bool submission_insert(struct db *db, struct submission *s);
/* Record a valid submission as sent. */
bool submission_mark_sent(struct db *db, long long id, const char *on, const char *way);
typedef void submission_fn(void *ctx, const struct submission *s);
/* The valid submissions by due date; with pending only those not sent. */
bool submissions_each(struct db *db, bool pending, submission_fn *fn, void *ctx);
/* The recurring ones (submission_rules) due in the years from..to, on or
 * after since (ISO), that no valid submission of the same item in that
 * year answers: as submissions with id 0. */
bool submissions_due_by_rules(struct db *db, int from, int to, const char *since, submission_fn *fn, void *ctx);

#endif
