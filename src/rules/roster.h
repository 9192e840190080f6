/* A member's record (花名册 row) and the rules that check it.  The command
 * line importer and the full-screen form use the same checks. */
#ifndef ZHIBU_ROSTER_H
#define ZHIBU_ROSTER_H
#include <stdbool.h>

#include "core/date.h"
#include "core/idnum.h"

struct member {
	long long id;           /* 0 until stored */
	char name[96];
	char sex[8];            /* 男 / 女 */
	char ethnicity[32];     /* 民族 */
	char birth_date[DATE_ISO_SIZE];
	char id_number[IDNUM_SIZE];
	char education[32];     /* 学历 */
	char category[16];      /* 人员类别 */
	char work_unit[256];    /* 工作单位及职务 */
	char kind[8];           /* 党员类别: 正式 / 预备 */
	char join_date[DATE_ISO_SIZE];
	char full_date[DATE_ISO_SIZE];
	char group[96];         /* 党小组 name, "" for none */
	char phone[32];
	char status[16];        /* 党籍状态 */
	char status_date[DATE_ISO_SIZE];
	char status_reason[256];
	char note[512];         /* 备注 */
};

/* The roster columns, in the order of the official 花名册. */
enum member_field {
	MF_NAME, MF_SEX, MF_ETHNICITY, MF_BIRTH_DATE, MF_ID_NUMBER, MF_EDUCATION,
	MF_CATEGORY, MF_WORK_UNIT, MF_KIND, MF_JOIN_DATE, MF_FULL_DATE, MF_GROUP,
	MF_PHONE, MF_STATUS, MF_STATUS_DATE, MF_NOTE,
	MF_COUNT
};

struct member_field_info {
	const char *header;  /* the column name in import/export files (fixed, Chinese) */
	const char *label;   /* msgid for screens */
	bool required;       /* must be given on import */
};
extern const struct member_field_info member_fields[MF_COUNT];

/* The field whose file header is name, or -1. */
int member_field_by_header(const char *name);

/* The allowed values of the choice fields, NULL-terminated. */
extern const char *const roster_sexes[];
extern const char *const roster_categories[];
extern const char *const roster_kinds[];
extern const char *const roster_statuses[];
extern const char *const roster_educations[];
/* The statuses of members who have left the roster. */
bool roster_status_left(const char *status);

/* Set one field from what a user typed or a file held (trimmed, aliases
 * mapped: 正式党员 -> 正式, 退休 -> 离退休, dates normalised to ISO).
 * Returns NULL when accepted, else a translated sentence. */
const char *member_set_field(struct member *m, enum member_field f, const char *text);
/* Read a field back as text (for forms and exports). */
const char *member_get_field(const struct member *m, enum member_field f);

/* The label (translated) of a column of the members or candidates table
 * as the change log names it ("phone" -> 联系电话's label); other names as
 * they are. */
const char *member_column_label(const char *column);
/* A column's value as a history shows it: "(empty)" for nothing, ID and
 * phone numbers masked unless reveal. */
void member_column_shown(const char *column, const char *value, bool reveal, char *out, size_t size);

/* Rules across fields: the ID number agrees with 出生日期 and 性别 (and fills
 * 出生日期 when empty), 转正日期 is after 入党日期 and only for 正式, dates are
 * not in the future.  Calls report for each problem; returns their count. */
typedef void member_problem_fn(void *ctx, enum member_field f, const char *why);
int member_check(struct member *m, struct date today, member_problem_fn *report, void *ctx);

/* A fresh record with the defaults (正常, 汉族 left empty). */
void member_init(struct member *m);

#endif
