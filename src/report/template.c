#include "report/template.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "io/import.h"
#include "io/sheet.h"
#include "rules/meetings.h"
#include "rules/minute.h"
#include "rules/roster.h"

#define TEMPLATE_ROWS 300 /* rows formatted and with drop-downs, to fill */

const char *const template_kinds[] = { "members", "dues", "payments", "meetings", "candidates", NULL };
/* What each holds, in the title (fixed Chinese, as the file names are). */
static const char *const template_labels[] = { "党员花名册", "党费标准", "党费缴纳", "会议记录", "入党申请人" };

struct template_column {
	const char *header;
	bool required;
	enum cell_kind kind;
	const char *const *choices;
	const char *example;
};

static const char *const yes_no[] = { "是", "否", NULL };

/* The importers' headers (src/cli/import_*.c; tests/cli/templates.sh
 * imports each template to prove that they agree). */
static const struct template_column dues_columns[] = {
	{ "公民身份号码", false, CELL_TEXT, NULL, "110105198005120116" },
	{ "姓名", false, CELL_TEXT, NULL, "张三" },
	{ "年度", true, CELL_NUMBER, NULL, "2026" },
	{ "人员类别", false, CELL_TEXT, roster_categories, "在职" },
	{ "计算基数", false, CELL_MONEY, NULL, "8000.00" },
	{ "月应交", false, CELL_MONEY, NULL, "80.00" },
	{ "备注", false, CELL_TEXT, NULL, "" },
	{ "调整原因", false, CELL_TEXT, NULL, "" },
	{ "审批情况", false, CELL_TEXT, NULL, "" },
	{ NULL, false, CELL_TEXT, NULL, NULL },
};

static const struct template_column payment_columns[] = {
	{ "公民身份号码", false, CELL_TEXT, NULL, "110105198005120116" },
	{ "姓名", false, CELL_TEXT, NULL, "张三" },
	{ "所属月份", true, CELL_TEXT, NULL, "2026-03" },
	{ "金额", true, CELL_MONEY, NULL, "80.00" },
	{ "缴纳日期", true, CELL_DATE, NULL, "2026-03-10" },
	{ "经手人", false, CELL_TEXT, NULL, "李四" },
	{ "备注", false, CELL_TEXT, NULL, "" },
	{ "自愿多交", false, CELL_TEXT, yes_no, "否" },
	{ NULL, false, CELL_TEXT, NULL, NULL },
};

static const struct template_column candidate_columns[] = {
	{ "姓名", true, CELL_TEXT, NULL, "王芳" },
	{ "性别", true, CELL_TEXT, roster_sexes, "女" },
	{ "民族", false, CELL_TEXT, NULL, "汉族" },
	{ "出生日期", false, CELL_DATE, NULL, "2001-03-15" },
	{ "公民身份号码", true, CELL_TEXT, NULL, "330106200103150447" },
	{ "学历", false, CELL_TEXT, roster_educations, "大学本科" },
	{ "人员类别", false, CELL_TEXT, roster_categories, "学生" },
	{ "工作单位及职务", false, CELL_TEXT, NULL, "" },
	{ "联系电话", false, CELL_TEXT, NULL, "15000000001" },
	{ "申请日期", true, CELL_DATE, NULL, "2024-09-01" },
	{ "谈话日期", false, CELL_DATE, NULL, "" },
	{ "积极分子日期", false, CELL_DATE, NULL, "" },
	{ "培养联系人", false, CELL_TEXT, NULL, "" },
	{ "发展对象日期", false, CELL_DATE, NULL, "" },
	{ "入党介绍人", false, CELL_TEXT, NULL, "" },
	{ "政审日期", false, CELL_DATE, NULL, "" },
	{ "培训日期", false, CELL_DATE, NULL, "" },
	{ "接收日期", false, CELL_DATE, NULL, "" },
	{ "审批日期", false, CELL_DATE, NULL, "" },
	{ "转正日期", false, CELL_DATE, NULL, "" },
	{ "备注", false, CELL_TEXT, NULL, "" },
	{ "例外说明", false, CELL_TEXT, NULL, "" },
	{ NULL, false, CELL_TEXT, NULL, NULL },
};

static const char *member_example(int f)
{
	static const char *const ex[MF_COUNT] = {
		[MF_NAME] = "张三", [MF_SEX] = "男", [MF_ETHNICITY] = "汉族", [MF_BIRTH_DATE] = "1980-05-12",
		[MF_ID_NUMBER] = "110105198005120116", [MF_EDUCATION] = "大学本科", [MF_CATEGORY] = "在职",
		[MF_WORK_UNIT] = "示范学院 教师", [MF_KIND] = "正式", [MF_JOIN_DATE] = "2005-06-30",
		[MF_FULL_DATE] = "2006-06-30", [MF_GROUP] = "第一党小组", [MF_PHONE] = "13800138000",
		[MF_STATUS] = "正常",
	};
	return ex[f] ? ex[f] : "";
}

static const char *const *member_choices(int f)
{
	switch (f) {
	case MF_SEX: return roster_sexes;
	case MF_EDUCATION: return roster_educations;
	case MF_CATEGORY: return roster_categories;
	case MF_KIND: return roster_kinds;
	case MF_STATUS: return roster_statuses;
	default: return NULL;
	}
}

/* The columns of kind into cols (room for 32); returns how many. */
static int columns_of(const char *kind, struct template_column *cols)
{
	int n = 0;
	const struct template_column *fixed = NULL;
	if (!strcmp(kind, "members")) {
		for (int f = 0; f < MF_COUNT; f++)
			cols[n++] = (struct template_column){ member_fields[f].header, member_fields[f].required,
							      sheet_date_or(member_fields[f].header, CELL_TEXT),
							      member_choices(f), member_example(f) };
	} else if (!strcmp(kind, "meetings")) {
		for (int f = 0; f < MIN_COUNT; f++)
			cols[n++] = (struct template_column){
				minute_fields[f].header, minute_fields[f].required,
				sheet_date_or(minute_fields[f].header, CELL_TEXT),
				f == MIN_KIND ? meeting_kind_names : NULL,
				f == MIN_KIND ? meeting_kind_names[0] : f == MIN_DATE ? "2026-03-05"
					: f == MIN_TITLE ? "学习党的二十届三中全会精神" : "",
			};
	} else if (!strcmp(kind, "dues")) {
		fixed = dues_columns;
	} else if (!strcmp(kind, "payments")) {
		fixed = payment_columns;
	} else if (!strcmp(kind, "candidates")) {
		fixed = candidate_columns;
	}
	for (; fixed && fixed->header; fixed++)
		cols[n++] = *fixed;
	return n;
}

static void rule_of(const struct template_column *c, char *out, size_t size)
{
	if (c->choices) {
		char list[512] = "";
		for (const char *const *p = c->choices; *p; p++) {
			size_t used = strlen(list);
			snprintf(list + used, sizeof list - used, "%s%s", used ? "、" : "", *p);
		}
		snprintf(out, size, _("choose from the list: %s"), list);
	} else if (strstr(c->header, "身份")) {
		snprintf(out, size, "%s", _("the 18-digit ID number; the column is text, so no digit is lost"));
	} else if (strstr(c->header, "电话")) {
		snprintf(out, size, "%s", _("a mobile or office number; the column is text, so no 0 is lost"));
	} else if (strstr(c->header, "月份")) {
		snprintf(out, size, "%s", _("a month, such as 2026-03"));
	} else {
		switch (c->kind) {
		case CELL_DATE: snprintf(out, size, "%s", _("a date, such as 2026-03-01")); break;
		case CELL_MONEY: snprintf(out, size, "%s", _("an amount in yuan, such as 80.00")); break;
		case CELL_NUMBER: snprintf(out, size, "%s", _("a whole number")); break;
		default: snprintf(out, size, "%s", _("text")); break;
		}
	}
}

struct sheet *template_sheet(const char *kind)
{
	struct template_column cols[32];
	int n = columns_of(kind, cols);
	if (n == 0)
		return NULL;
	char title[128];
	int k = 0;
	while (template_kinds[k] && strcmp(template_kinds[k], kind))
		k++;
	snprintf(title, sizeof title, _("%s: template to fill and import"), template_labels[k]);
	struct sheet *s = sheet_new(title, _("Fill in one row per record below the header; the row marked 示例 "
					      "is an example and is skipped on import. The rules are on the sheet 填写说明."),
				    _("Template"));
	sheet_add_column(s, "序号", CELL_TEXT);
	for (int c = 0; c < n; c++) {
		sheet_add_column(s, cols[c].header, cols[c].kind);
		if (cols[c].choices)
			sheet_column_choices(s, c + 1, cols[c].choices);
	}
	sheet_add_row(s, ROW_PLAIN);
	sheet_set(s, 0, IMPORT_EXAMPLE);
	for (int c = 0; c < n; c++)
		sheet_set(s, c + 1, cols[c].example);
	s->blank_rows = TEMPLATE_ROWS;

	struct sheet *help = sheet_new(_("How to fill in the template"), "", "填写说明");
	sheet_add_column(help, _("Column"), CELL_TEXT);
	sheet_add_column(help, _("Required?"), CELL_TEXT);
	sheet_add_column(help, _("Rule"), CELL_TEXT);
	for (int c = 0; c < n; c++) {
		char rule[768];
		rule_of(&cols[c], rule, sizeof rule);
		sheet_add_row(help, ROW_PLAIN);
		sheet_set(help, 0, cols[c].header);
		sheet_set(help, 1, cols[c].required ? _("required") : _("optional"));
		sheet_set(help, 2, rule);
	}
	sheet_add_footer(help, _("Column names may also be written as people usually write them "
				 "(身份证号, 入党时间, 手机 …: see man zhibu); a title above the header, and rows "
				 "where only 序号 is filled, are skipped."));
	sheet_append(s, help);
	return s;
}
