/* Every report and export of the command line, as one table: what each
 * asks for (a quarter, a year, a date, ID masking ...), the formats it
 * writes, the name of its file, and how it is built.  The 报表 screen lists
 * and builds them from here; the commands (src/cli) parse their options and
 * call the same builders (roster_sheet, dues_report_sheet, stats_sheet ...),
 * so that a report is written once. */
#ifndef ZHIBU_REPORT_CATALOG_H
#define ZHIBU_REPORT_CATALOG_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "io/output.h"

struct db;
struct sheet;

/* What a report asks for. */
enum report_param {
	RP_QUARTER = 1 << 0,      /* a quarter YYYYQn */
	RP_YEAR = 1 << 1,         /* a year YYYY (with RP_QUARTER: either) */
	RP_AS_OF = 1 << 2,        /* a date: as of, or payments counted up to */
	RP_FULL_ID = 1 << 3,      /* ID and phone numbers masked, or in full */
	RP_ALL = 1 << 4,          /* also the members who left */
	RP_WITHIN = 1 << 5,       /* due within so many days */
	RP_MEETING_KIND = 1 << 6, /* one kind of meeting, or all */
	RP_NOTICE = 1 << 7,       /* the kind of 公示 and the person */
};

#define REPORT_FORMAT(f) (1u << (f))
#define REPORT_ALL_FORMATS (REPORT_FORMAT(OUT_TXT) | REPORT_FORMAT(OUT_CSV) | REPORT_FORMAT(OUT_XLSX) | \
			    REPORT_FORMAT(OUT_PDF))

enum report_id {
	REPORT_ROSTER, REPORT_DUES_QUARTER, REPORT_DUES_YEAR, REPORT_DUES_NOTICE, REPORT_ARREARS,
	REPORT_MEETINGS, REPORT_MINUTES, REPORT_PIPELINE, REPORT_NOTICE, REPORT_ACTIVISTS,
	REPORT_TARGETS, REPORT_NEW_MEMBERS, REPORT_STATS, REPORT_CHECK,
	REPORT_TEMPLATE_MEMBERS, REPORT_TEMPLATE_DUES, REPORT_TEMPLATE_PAYMENTS, REPORT_TEMPLATE_MEETINGS,
	REPORT_TEMPLATE_CANDIDATES,
	REPORT_DISCLOSURES, REPORT_DISCLOSURE_CATALOG, REPORT_FEEDBACK, REPORT_FEEDBACK_NOTICE,
	REPORT_RECTIFY, REPORT_RECTIFY_SUMMARY, REPORT_PLAN, REPORT_REVIEW, REPORT_REVIEW_FORM, REPORT_YEARBOOK,
	REPORT_HOURS, REPORT_TALKS, REPORT_SERVICE, REPORT_DOCUMENTS,
	REPORT_ID_COUNT        /* keep last: new kinds go before it */
};

struct report_kind {
	enum report_id id;
	const char *command;     /* the command line: "report dues --quarter" */
	const char *title;       /* msgid: what the list shows */
	const char *file_label;  /* in file names and titles: 党费季报 */
	unsigned params;         /* enum report_param */
	unsigned formats;        /* REPORT_FORMAT bits */
};

extern const struct report_kind report_kinds[];
extern const int report_kind_count;

/* One request: the kind and what it asks for. */
struct report_request {
	const struct report_kind *kind;
	int year, quarter;       /* quarter 0: the whole year */
	struct date as_of;
	bool full_id, include_left;
	int within;
	int meeting_kind;        /* -1: every kind */
	int notice;              /* enum pipeline_notice */
	char person[96];         /* the candidate: a name or an ID number */
	long long meeting_id;    /* the minutes: only this one (0: all the year's) */
};

/* The defaults: this quarter, this year, today, IDs masked, within 30. */
void report_request_init(struct report_request *r, const struct report_kind *kind, struct date today);

/* Build the report: sheets (*sheet), or for a 公示 text (*text).  False with
 * *why set (translated; the database's error when a query failed). */
bool report_build(struct db *db, const struct report_request *r, struct sheet **sheet, char **text,
		  const char **why);

/* Write what report_build built to path in format: PDF is the report as a
 * document (the minutes, the notices laid out as such; another report as
 * its table), TXT of a 公示 its text.  False with *err (heap). */
bool report_write(struct db *db, const struct report_request *r, const struct sheet *sheet, const char *text,
		  enum out_format format, enum text_encoding enc, const char *path, char **err);

/* The period as it goes into a file name: 2026Q3, 2026, 2026-11-20. */
void report_period_label(const struct report_request *r, char *out, size_t size);
/* BRANCH-LABEL-PERIOD.EXT, e.g. 计算机学院教工第一党支部-党费季报-2026Q3.xlsx,
 * without the characters a file name cannot hold. */
void report_file_name(const char *branch, const struct report_request *r, enum out_format format,
		      char *out, size_t size);
/* The file extension of a format, without the dot. */
const char *report_format_ext(enum out_format format);

#endif
