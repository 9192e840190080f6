/* One way to write each of the member's-year records (trainings, talks,
 * pledges, service): a kind lists its columns (the Chinese headers of its
 * import file) with the --option of each for `zhibu KIND add`, and one
 * function that checks a row of values and writes it.  `zhibu import KIND
 * FILE` and `zhibu KIND add --option VALUE ...` both go through it. */
#ifndef ZHIBU_RECORDS_CLI_H
#define ZHIBU_RECORDS_CLI_H
#include <stdbool.h>
#include <stddef.h>

struct cli;
struct db;

/* Report a problem with column i (-1: the row as a whole). */
typedef void record_problem_fn(void *ctx, int column, const char *why);

struct record_field {
	const char *header;   /* 培训名称: fixed data, not translated */
	const char *option;   /* --title */
	bool required;
};

/* Check values[] (one per field, "" when not given) and, when write is
 * true, write the record, setting *id.  Returns the number of problems. */
typedef int record_write_fn(struct db *db, const char *const *values, bool write, record_problem_fn *problem,
			    void *ctx, long long *id);

struct record_kind {
	const char *name;          /* training */
	int table;                 /* enum record_table (db/record.h): its ref 培训#12, how it is voided */
	const struct record_field *fields;
	int nfields;
	record_write_fn *write;
};

int records_import(struct cli *cli, int argc, char **argv, const struct record_kind *k);
int records_add(struct cli *cli, int argc, char **argv, const struct record_kind *k);
/* KIND void ID REASON */
int records_void(struct cli *cli, int argc, char **argv, const struct record_kind *k);

/* People named in a list (张三、李四) on day: members of the roster, or,
 * when outside is true, people from outside kept by name (id 0).  Problems
 * are reported against column; returns their number. */
struct person_list {
	struct person {
		long long id;
		char name[64];
	} *people;
	size_t count, cap;
};
int records_people(struct db *db, const char *text, const char *day, bool outside, int column,
		   record_problem_fn *problem, void *ctx, struct person_list *out);
void person_list_free(struct person_list *l);

/* A date column into ISO; false (after reporting) when it is not a date. */
bool records_date(const char *text, int column, record_problem_fn *problem, void *ctx,
		  char out[11]);

#endif
