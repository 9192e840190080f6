/* Demo members: plausible Chinese names, valid-checksum ID numbers, party
 * groups, categories and statuses in proportions a real branch might have. */
#include <stdio.h>
#include <string.h>

#include "cli/demo.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/group.h"
#include "db/member.h"
#include "io/progress.h"

static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
	"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
	"邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜",
	"叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
	"陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟",
	"欧阳", "司马", NULL
};
static const char *const male_chars[] = {
	"伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华",
	"飞", "鑫", "波", "斌", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙",
	"林", "建", "国", "志", "文", "海", "东", "晨", "博", "亮", "峰", "振", NULL
};
static const char *const female_chars[] = {
	"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "玲", "燕", "婷", "雪", "慧", "莹",
	"琳", "颖", "倩", "洁", "晶", "欣", "悦", "璐", "岚", "梅", "兰", "红", "萍", "佳",
	"婉", "思", "雨", "晓", "文", "春", "秀", "月", "宁", "瑶", NULL
};
static const char *const areas[] = {
	"110101", "110105", "110108", "310104", "310115", "320102", "320583", "330106",
	"330203", "340104", "350203", "370102", "410105", "420106", "430104", "440106",
	"440305", "450103", "500103", "510107", "520102", "530102", "610113", "620102", NULL
};
static const char *const units[] = {
	"计算机学院 教师", "计算机学院 副院长", "数学学院 教授", "外国语学院 讲师",
	"教务处 科员", "学生工作处 辅导员", "图书馆 馆员", "后勤保障处 主任",
	"财务处 会计", "人事处 副处长", "附属中学 教师", "信息中心 工程师",
	"校医院 医师", "档案馆 馆员", "实验中心 实验师", NULL
};
static const char *const ethnic_minorities[] = {
	"回族", "满族", "壮族", "蒙古族", "土家族", "苗族", "朝鲜族", "彝族", NULL
};
static const char *const cn_digits[] = {
	"", "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL
};

/* 第一党小组 .. 第九十九党小组, then 第100党小组. */
static void group_name(int n, char *out, size_t size)
{
	if (n >= 100)
		snprintf(out, size, "第%d党小组", n);
	else if (n < 10)
		snprintf(out, size, "第%s党小组", cn_digits[n]);
	else
		snprintf(out, size, "第%s十%s党小组", n / 10 == 1 ? "" : cn_digits[n / 10], cn_digits[n % 10]);
}

static void make_id_number(struct demo *d, struct date birth, bool male, char out[IDNUM_SIZE])
{
	int seq = rng_range(&d->rng, 0, 499) * 2 + (male ? 1 : 0);
	snprintf(out, IDNUM_SIZE, "%s%04d%02d%02d%03d", rng_pick(&d->rng, areas),
		 birth.y, birth.m, birth.d, seq);
	out[17] = idnum_check_char(out);
	out[18] = '\0';
}

static struct date random_date(struct demo *d, struct date from, struct date to)
{
	long a = date_to_days(from), b = date_to_days(to);
	if (b <= a)
		return from;
	return date_from_days(a + (long)(rng_next(&d->rng) % (unsigned long)(b - a + 1)));
}

void demo_make_member(struct demo *d, struct member *m, int groups)
{
	bool male = rng_chance(&d->rng, 55);
	int roll = rng_range(&d->rng, 1, 100);
	const char *category = roll <= 70 ? "在职" : roll <= 90 ? "离退休" : roll <= 97 ? "学生" : "其他";
	int min_age = 23, max_age = 59;
	if (!strcmp(category, "离退休")) {
		min_age = 61;
		max_age = 85;
	} else if (!strcmp(category, "学生")) {
		min_age = 19;
		max_age = 26;
	}
	struct date birth = random_date(d, date_add_months(d->today, -12 * (max_age + 1) + 1),
					date_add_months(d->today, -12 * min_age));
	member_init(m);
	snprintf(m->name, sizeof m->name, "%s%s%s", rng_pick(&d->rng, surnames),
		 rng_pick(&d->rng, male ? male_chars : female_chars),
		 rng_chance(&d->rng, 65) ? rng_pick(&d->rng, male ? male_chars : female_chars) : "");
	snprintf(m->sex, sizeof m->sex, "%s", male ? "男" : "女");
	snprintf(m->ethnicity, sizeof m->ethnicity, "%s",
		 rng_chance(&d->rng, 92) ? "汉族" : rng_pick(&d->rng, ethnic_minorities));
	date_format(birth, m->birth_date);
	make_id_number(d, birth, male, m->id_number);
	snprintf(m->education, sizeof m->education, "%s",
		 !strcmp(category, "学生") ? (rng_chance(&d->rng, 50) ? "大学本科" : "研究生")
		 : rng_pick(&d->rng, (const char *const[]){ "研究生", "研究生", "大学本科", "大学本科",
							    "大学本科", "大学专科", "高中", NULL }));
	snprintf(m->category, sizeof m->category, "%s", category);
	if (!strcmp(category, "在职"))
		snprintf(m->work_unit, sizeof m->work_unit, "%s", rng_pick(&d->rng, units));
	else if (!strcmp(category, "学生"))
		snprintf(m->work_unit, sizeof m->work_unit, "%s", "计算机学院 研究生");

	/* Joined at 18 or later; about one in twenty is still probationary, and
	 * so is everyone who turned 18 too recently to have finished the year of
	 * probation (else their 转正日期 would lie in the future). */
	struct date adult = date_add_months(birth, 12 * 18 + 1);
	struct date year_ago = date_add_months(d->today, -12);
	struct date last_full_join = date_add_months(d->today, -13);
	bool probationary = (rng_chance(&d->rng, 5) && date_cmp(adult, year_ago) < 0) ||
			    date_cmp(adult, last_full_join) > 0;
	struct date first_join = date_cmp(adult, year_ago) > 0 ? adult : date_add_days(year_ago, 1);
	struct date joined = probationary ? random_date(d, first_join, date_add_days(d->today, -7))
					  : random_date(d, adult, last_full_join);
	date_format(joined, m->join_date);
	snprintf(m->kind, sizeof m->kind, "%s", probationary ? "预备" : "正式");
	if (!probationary)
		date_format(date_add_months(joined, 12), m->full_date);
	group_name(rng_range(&d->rng, 1, groups), m->group, sizeof m->group);
	snprintf(m->phone, sizeof m->phone, "1%d%d%08d", rng_range(&d->rng, 3, 9),
		 rng_range(&d->rng, 0, 9), rng_range(&d->rng, 0, 99999999));
	roll = rng_range(&d->rng, 1, 1000);
	if (roll <= 20)
		snprintf(m->status, sizeof m->status, "%s", "流动");
	else if (roll <= 23)
		snprintf(m->status, sizeof m->status, "%s", "失联");
}

bool demo_members(struct demo *d)
{
	struct branch b = { .name = "示范学院计算机学院教工第一党支部",
			    .higher_committee = "示范学院计算机学院党委" };
	date_format(d->today, b.created_on);
	if (!branch_save(d->db, &b))
		return false;
	int groups = d->members / 10;
	groups = groups < 1 ? 1 : groups > 300 ? 300 : groups;
	/* Groups are created in order so that they list as 第一, 第二, ... */
	for (int g = 1; g <= groups; g++) {
		struct member probe;
		group_name(g, probe.group, sizeof probe.group);
		if (!group_id_by_name(d->db, probe.group, true))
			return false;
	}
	struct progress pg;
	progress_start(&pg, _("Creating members"), (size_t)d->members);
	for (int i = 0; i < d->members; i++) {
		struct member m, other;
		do
			demo_make_member(d, &m, groups);
		while (member_find_by_id_number(d->db, m.id_number, &other));
		if (!member_insert(d->db, &m))
			return false;
		/* A few have left, to show the history: transferred out last year. */
		if (i % 97 == 96) {
			char when[DATE_ISO_SIZE];
			date_format(date_add_months(d->today, -rng_range(&d->rng, 1, 20)), when);
			if (strcmp(when, m.join_date) > 0 &&
			    !member_set_status(d->db, m.id, "转出", when, "调往外单位，组织关系转出"))
				return false;
		}
		progress_update(&pg, (size_t)i + 1);
	}
	progress_end(&pg);
	return true;
}
