/* The terms of the branch committee (换届, records.md C11): elected on,
 * length, request to the higher committee, approval, extension. */
#ifndef ZHIBU_DB_TERM_H
#define ZHIBU_DB_TERM_H
#include <stdbool.h>

#include "core/date.h"

struct db;

struct term {
	long long id;
	int seq;                               /* 第N届 */
	char elected_on[DATE_ISO_SIZE];
	int years;
	char request_sent_on[DATE_ISO_SIZE];   /* "" while not sent */
	char approved_on[DATE_ISO_SIZE];
	char approval_ref[128];
	int extended_months;
	char extension_ref[128];
};

/* Record a new term, numbered after the last one (sets id and seq). */
bool term_insert(struct db *db, struct term *t);
/* The latest valid term: 1 found, 0 none, -1 on error. */
int term_latest(struct db *db, struct term *out);
/* Record the request sent, the approval, or the extension (the total). */
bool term_set_request(struct db *db, long long id, const char *date);
bool term_set_approval(struct db *db, long long id, const char *date, const char *ref);
bool term_set_extension(struct db *db, long long id, int months, const char *ref);

/* The id of 第seq届: the valid one, else the latest voided one; 1 found,
 * 0 none, -1 on error. */
int term_find_seq(struct db *db, int seq, long long *id);

typedef void term_fn(void *ctx, const struct term *t);
/* Every valid term, newest first. */
bool terms_each(struct db *db, term_fn *fn, void *ctx);

#endif
