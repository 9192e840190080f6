/* A minute (会议记录): its fields, the checks on them, and its plain-text
 * form (what `zhibu meeting add --file` reads and $EDITOR shows).  The
 * importer, the command line and the minutes screen fill a struct meeting
 * through the same minute_set_field and minute_check. */
#ifndef ZHIBU_MINUTE_H
#define ZHIBU_MINUTE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "rules/meetings.h"

#define MINUTE_NAME_SIZE 96

/* One line of the attendance: a member, present or absent with a reason. */
struct attendee {
	long long member_id;           /* 0 until the name is resolved */
	char name[MINUTE_NAME_SIZE];   /* as written; "#12" names member 12 */
	char group[MINUTE_NAME_SIZE];  /* read back: the member's party group */
	bool present;
	char reason[128];
	bool voting;                   /* read back: a full member on the day */
};

struct meeting {
	long long id;                  /* 0 until stored */
	enum meeting_kind kind;        /* MK_COUNT until set */
	char title[384];               /* 主题 */
	char date[DATE_ISO_SIZE];
	char start_time[6], end_time[6]; /* HH:MM or "" */
	char place[256];
	char group[MINUTE_NAME_SIZE];  /* party group name, "" for none */
	long long group_id;
	/* 主持人, 记录人, 主讲人: a member (id set) or someone from outside (id 0). */
	char host[MINUTE_NAME_SIZE];
	long long host_id;
	char recorder[MINUTE_NAME_SIZE];
	long long recorder_id;
	char speaker[MINUTE_NAME_SIZE];
	long long speaker_id;
	/* Text of any length, never NULL between meeting_init and meeting_done. */
	char *guests;                  /* 列席 */
	char *agenda;                  /* 议题, one item per line */
	char *discussion;              /* 会议内容 */
	char *decisions;               /* 决议 */
	bool cancelled;
	char cancel_reason[256];
	struct attendee *att;
	size_t natt, att_cap;
	/* An old minute that recorded nobody's attendance: only the listed
	 * attendees are stored, nobody is filled in (应到 and 实到 unknown). */
	bool attendance_unrecorded;
	struct meeting_turnout turnout; /* read back: 应到, 实到, voting members */
};

void meeting_init(struct meeting *m);
void meeting_done(struct meeting *m);
/* Append to the attendance (the name is copied as given). */
struct attendee *meeting_add_attendee(struct meeting *m, const char *name, bool present,
				      const char *reason);
/* Replace one of the four long texts. */
void meeting_set_text(char **field, const char *text);

/* The fields, with the column names of the import file and the text form. */
enum minute_field {
	MIN_KIND, MIN_DATE, MIN_TITLE, MIN_GROUP, MIN_PLACE, MIN_START, MIN_END,
	MIN_HOST, MIN_RECORDER, MIN_PRESENT, MIN_ABSENT, MIN_GUESTS, MIN_DISCUSSION,
	MIN_DECISIONS, MIN_SPEAKER, MIN_AGENDA,
	MIN_COUNT
};

struct minute_field_info {
	const char *header;  /* 类型, 日期 ... (fixed, Chinese) */
	const char *label;   /* msgid for screens */
	bool required;
	bool multiline;      /* may continue over several lines in the text form */
};
extern const struct minute_field_info minute_fields[MIN_COUNT];
int minute_field_by_header(const char *name);

/* Set one field from what a user typed or a file held.  出席 and 缺席 add
 * their names to the attendance.  Returns NULL, or why not (translated). */
const char *minute_set_field(struct meeting *m, enum minute_field f, const char *text);

/* Rules across fields: the date is given and not in the future, a 党小组会
 * has its group (and the branch's own bodies none), the end is not before the
 * start, nobody is listed twice.  Calls report for each problem; returns
 * their count. */
typedef void minute_problem_fn(void *ctx, enum minute_field f, const char *why);
int minute_check(const struct meeting *m, struct date today, minute_problem_fn *report, void *ctx);

/* ---- The text form: one "字段：内容" line per field (the import's column
 * names); 议题, 内容, 决议, 列席, 出席 and 缺席 may go on over further lines;
 * lines that start with # are comments.  出席 left empty means everyone who
 * should attend and is not listed as absent. */

/* The minute as text (heap).  With attendance false, 出席 and 缺席 are left
 * out (edit those with the attendance commands or screen). */
char *minute_to_text(const struct meeting *m, bool with_attendance);
/* Fill m from the text form.  Returns the number of problems reported (a
 * line outside any field is reported with MIN_COUNT); fields the text does
 * not name are left as they are.  With attendance false, 出席 and 缺席 lines
 * are refused. */
int minute_from_text(struct meeting *m, const char *text, bool attendance,
		     minute_problem_fn *report, void *ctx);

#endif
