#include "rules/roster.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

const struct member_field_info member_fields[MF_COUNT] = {
	[MF_NAME]       = { "姓名", N_("Name"), true },
	[MF_SEX]        = { "性别", N_("Sex"), true },
	[MF_ETHNICITY]  = { "民族", N_("Ethnicity"), false },
	[MF_BIRTH_DATE] = { "出生日期", N_("Birth date"), false },
	[MF_ID_NUMBER]  = { "公民身份号码", N_("ID number"), true },
	[MF_EDUCATION]  = { "学历", N_("Education"), false },
	[MF_CATEGORY]   = { "人员类别", N_("Person category"), true },
	[MF_WORK_UNIT]  = { "工作单位及职务", N_("Work unit and post"), false },
	[MF_KIND]       = { "党员类别", N_("Member kind"), true },
	[MF_JOIN_DATE]  = { "入党日期", N_("Joined"), true },
	[MF_FULL_DATE]  = { "转正日期", N_("Full member since"), false },
	[MF_GROUP]      = { "党小组", N_("Party group"), false },
	[MF_PHONE]      = { "联系电话", N_("Phone"), false },
	[MF_STATUS]     = { "党籍状态", N_("Status"), false },
	[MF_STATUS_DATE] = { "状态日期", N_("Status date"), false },
	[MF_NOTE]       = { "备注", N_("Note"), false },
};

const char *const roster_sexes[] = { "男", "女", NULL };
const char *const roster_categories[] = { "在职", "离退休", "学生", "农民", "失业", "困难", "其他", NULL };
const char *const roster_kinds[] = { "正式", "预备", NULL };
const char *const roster_statuses[] = { "正常", "流动", "失联", "停止党籍", "转出", "去世", "出党", NULL };
const char *const roster_educations[] = {
	"研究生", "大学本科", "大学专科", "中专", "高中", "初中", "小学及以下", NULL
};

/* Words people write in spreadsheets for the same value. */
static const struct alias {
	enum member_field field;
	const char *from, *to;
} aliases[] = {
	{ MF_KIND, "正式党员", "正式" }, { MF_KIND, "预备党员", "预备" },
	{ MF_SEX, "男性", "男" }, { MF_SEX, "女性", "女" },
	{ MF_CATEGORY, "退休", "离退休" }, { MF_CATEGORY, "离休", "离退休" },
	{ MF_CATEGORY, "在校学生", "学生" }, { MF_CATEGORY, "失业人员", "失业" },
	{ MF_CATEGORY, "困难党员", "困难" },
	{ MF_EDUCATION, "本科", "大学本科" }, { MF_EDUCATION, "大专", "大学专科" },
	{ MF_EDUCATION, "硕士研究生", "研究生" }, { MF_EDUCATION, "博士研究生", "研究生" },
	{ MF_EDUCATION, "硕士", "研究生" }, { MF_EDUCATION, "博士", "研究生" },
	{ MF_STATUS, "停止党籍党员", "停止党籍" }, { MF_STATUS, "流动党员", "流动" },
};

int member_field_by_header(const char *name)
{
	for (int i = 0; i < MF_COUNT; i++)
		if (strcmp(member_fields[i].header, name) == 0)
			return i;
	return -1;
}

bool roster_status_left(const char *status)
{
	return strcmp(status, "转出") == 0 || strcmp(status, "去世") == 0 || strcmp(status, "出党") == 0;
}

void member_init(struct member *m)
{
	memset(m, 0, sizeof *m);
	snprintf(m->status, sizeof m->status, "%s", "正常");
}

static bool in_list(const char *const *list, const char *v)
{
	for (; *list; list++)
		if (strcmp(*list, v) == 0)
			return true;
	return false;
}

static const char *alias_of(enum member_field f, const char *v)
{
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (aliases[i].field == f && strcmp(aliases[i].from, v) == 0)
			return aliases[i].to;
	return v;
}

static const char *set_text(char *dst, size_t size, const char *v)
{
	/* Refused means unchanged: never leave a cut copy behind. */
	if (strlen(v) >= size)
		return _("too long");
	text_copy(dst, size, v);
	return NULL;
}

/* why is a msgid, translated only when the value is refused: this runs for
 * every field of every imported row. */
static const char *set_choice(char *dst, size_t size, const char *const *list,
			      enum member_field f, const char *v, const char *why)
{
	v = alias_of(f, v);
	if (!in_list(list, v))
		return _(why);
	snprintf(dst, size, "%s", v);
	return NULL;
}

static const char *set_date(char *dst, const char *v, bool optional)
{
	struct date d;
	const char *why;
	if (*v == '\0') {
		if (!optional)
			return _("required");
		dst[0] = '\0';
		return NULL;
	}
	if (!date_parse(v, &d, &why))
		return why;
	date_format(d, dst);
	return NULL;
}

static const char *set_phone(char *dst, size_t size, const char *v)
{
	int digits = 0;
	for (const char *p = v; *p; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (!strchr("+- ()", *p))
			return _("a phone number holds digits, spaces, + - ( ) only");
	}
	if (*v && (digits < 7 || digits > 15))
		return _("a phone number has 7 to 15 digits");
	return set_text(dst, size, v);
}

const char *member_set_field(struct member *m, enum member_field f, const char *text)
{
	char v[1024];
	text_copy(v, sizeof v, text ? text : "");
	/* Numbers typed with a Chinese input method come in full width. */
	if (f == MF_ID_NUMBER || f == MF_PHONE || f == MF_BIRTH_DATE || f == MF_JOIN_DATE ||
	    f == MF_FULL_DATE || f == MF_STATUS_DATE)
		text_halfwidth(v);
	text_trim(v);
	if (*v == '\0' && member_fields[f].required)
		return _("required");
	switch (f) {
	case MF_NAME:
		if (utf8_chars(v) > 30)
			return _("a name has at most 30 characters");
		return set_text(m->name, sizeof m->name, v);
	case MF_SEX:
		return set_choice(m->sex, sizeof m->sex, roster_sexes, f, v, N_("must be 男 or 女"));
	case MF_ETHNICITY:
		if (*v && !strstr(v, "族"))
			return _("an ethnicity ends in 族 (e.g. 汉族)");
		return set_text(m->ethnicity, sizeof m->ethnicity, v);
	case MF_BIRTH_DATE:
		return set_date(m->birth_date, v, true);
	case MF_ID_NUMBER: {
		const char *why;
		if (!idnum_parse(v, m->id_number, NULL, NULL, &why))
			return why;
		return NULL;
	}
	case MF_EDUCATION:
		if (*v == '\0') {
			m->education[0] = '\0';
			return NULL;
		}
		return set_choice(m->education, sizeof m->education, roster_educations, f, v,
				  N_("must be one of 研究生, 大学本科, 大学专科, 中专, 高中, 初中, 小学及以下"));
	case MF_CATEGORY:
		return set_choice(m->category, sizeof m->category, roster_categories, f, v,
				  N_("must be one of 在职, 离退休, 学生, 农民, 失业, 困难, 其他"));
	case MF_WORK_UNIT:
		return set_text(m->work_unit, sizeof m->work_unit, v);
	case MF_KIND:
		return set_choice(m->kind, sizeof m->kind, roster_kinds, f, v, N_("must be 正式 or 预备"));
	case MF_JOIN_DATE:
		return set_date(m->join_date, v, false);
	case MF_FULL_DATE:
		return set_date(m->full_date, v, true);
	case MF_GROUP:
		return set_text(m->group, sizeof m->group, v);
	case MF_PHONE:
		return set_phone(m->phone, sizeof m->phone, v);
	case MF_STATUS:
		if (*v == '\0')
			snprintf(v, sizeof v, "%s", "正常");
		return set_choice(m->status, sizeof m->status, roster_statuses, f, v,
				  N_("must be one of 正常, 流动, 失联, 停止党籍, 转出, 去世, 出党"));
	case MF_STATUS_DATE:
		return set_date(m->status_date, v, true);
	case MF_NOTE:
		return set_text(m->note, sizeof m->note, v);
	case MF_COUNT:
		break;
	}
	return NULL;
}

const char *member_get_field(const struct member *m, enum member_field f)
{
	switch (f) {
	case MF_NAME: return m->name;
	case MF_SEX: return m->sex;
	case MF_ETHNICITY: return m->ethnicity;
	case MF_BIRTH_DATE: return m->birth_date;
	case MF_ID_NUMBER: return m->id_number;
	case MF_EDUCATION: return m->education;
	case MF_CATEGORY: return m->category;
	case MF_WORK_UNIT: return m->work_unit;
	case MF_KIND: return m->kind;
	case MF_JOIN_DATE: return m->join_date;
	case MF_FULL_DATE: return m->full_date;
	case MF_GROUP: return m->group;
	case MF_PHONE: return m->phone;
	case MF_STATUS: return m->status;
	case MF_STATUS_DATE: return m->status_date;
	case MF_NOTE: return m->note;
	case MF_COUNT: break;
	}
	return "";
}

static bool after_today(const char *iso, struct date today)
{
	struct date d;
	return *iso && date_parse_iso(iso, &d) && date_cmp(d, today) > 0;
}

int member_check(struct member *m, struct date today, member_problem_fn *report, void *ctx)
{
	int problems = 0;
	struct date birth;
	enum sex sex;
	const char *why;
#define PROBLEM(f, msg) do { report(ctx, (f), (msg)); problems++; } while (0)

	if (*m->id_number && idnum_parse(m->id_number, m->id_number, &birth, &sex, &why)) {
		char iso[DATE_ISO_SIZE];
		date_format(birth, iso);
		if (*m->birth_date == '\0')
			snprintf(m->birth_date, sizeof m->birth_date, "%s", iso);
		else if (strcmp(m->birth_date, iso) != 0)
			PROBLEM(MF_BIRTH_DATE, _("does not agree with the birth date in the ID number"));
		const char *id_sex = sex == SEX_MALE ? "男" : "女";
		if (*m->sex && strcmp(m->sex, id_sex) != 0)
			PROBLEM(MF_SEX, _("does not agree with the ID number (its 17th digit gives the sex)"));
	}
	if (after_today(m->birth_date, today))
		PROBLEM(MF_BIRTH_DATE, _("is in the future"));
	if (after_today(m->join_date, today))
		PROBLEM(MF_JOIN_DATE, _("is in the future"));
	if (after_today(m->full_date, today))
		PROBLEM(MF_FULL_DATE, _("is in the future"));
	if (*m->full_date && strcmp(m->kind, "预备") == 0)
		PROBLEM(MF_FULL_DATE, _("a probationary member has no 转正日期 yet"));
	if (*m->full_date && *m->join_date && strcmp(m->full_date, m->join_date) < 0)
		PROBLEM(MF_FULL_DATE, _("is before 入党日期"));
	if (*m->birth_date && *m->join_date && strcmp(m->join_date, m->birth_date) <= 0)
		PROBLEM(MF_JOIN_DATE, _("is before the birth date"));
	if (after_today(m->status_date, today))
		PROBLEM(MF_STATUS_DATE, _("is in the future"));
	else if (*m->status_date && *m->join_date && strcmp(m->status_date, m->join_date) < 0)
		PROBLEM(MF_STATUS_DATE, _("is before 入党日期"));
#undef PROBLEM
	return problems;
}

const char *member_column_label(const char *column)
{
	static const struct {
		const char *column;
		enum member_field f;
	} columns[] = {
		{ "name", MF_NAME }, { "sex", MF_SEX }, { "ethnicity", MF_ETHNICITY },
		{ "birth_date", MF_BIRTH_DATE }, { "id_number", MF_ID_NUMBER },
		{ "education", MF_EDUCATION }, { "category", MF_CATEGORY },
		{ "work_unit", MF_WORK_UNIT }, { "kind", MF_KIND }, { "join_date", MF_JOIN_DATE },
		{ "full_date", MF_FULL_DATE }, { "group", MF_GROUP }, { "phone", MF_PHONE },
		{ "status", MF_STATUS }, { "status_date", MF_STATUS_DATE }, { "note", MF_NOTE },
	};
	for (size_t i = 0; i < sizeof columns / sizeof columns[0]; i++)
		if (!strcmp(columns[i].column, column))
			return _(member_fields[columns[i].f].label);
	if (!strcmp(column, "status_reason"))
		return _("Status reason");
	return column;
}

void member_column_shown(const char *column, const char *value, bool reveal, char *out, size_t size)
{
	if (!value || !*value) {
		snprintf(out, size, "%s", _("(empty)"));
	} else if (!reveal && !strcmp(column, "id_number")) {
		char masked[IDNUM_SIZE];
		idnum_mask(value, masked);
		snprintf(out, size, "%s", masked);
	} else if (!reveal && !strcmp(column, "phone")) {
		phone_mask(value, out, size);
	} else {
		snprintf(out, size, "%s", value);
	}
}
