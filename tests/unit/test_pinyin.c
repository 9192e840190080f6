/* Pinyin initials for the search (src/core/pinyin.c), the phone mask beside
 * idnum_mask, and text_wrap. */
#include "unit.h"

#include <string.h>

#include "core/idnum.h"
#include "core/pinyin.h"
#include "core/strokes.h"
#include "core/text.h"

static void initials_are(const char *name, const char *expected)
{
	char out[64];
	pinyin_initials(name, out, sizeof out);
	assert_string_equal(out, expected);
}

static void test_initials(void **state)
{
	(void)state;
	initials_are("张三", "zs");
	initials_are("李四", "ls");
	initials_are("欧阳建国", "oyjg");
	initials_are("王芳", "wf");
	initials_are("司马光", "smg");
	initials_are("", "");
	/* Surnames read as surnames: 曾 zeng, 单 shan, 解 xie, 区 ou. */
	initials_are("曾志强", "zzq");
	initials_are("单田芳", "stf");
	initials_are("解晓东", "xxd");
	initials_are("区永祥", "oyx");
	/* ... but only as the first character. */
	initials_are("李曾", "lc");
	/* Minority names with a middle dot; Latin words give their first letter. */
	initials_are("阿卜杜热合曼·买买提", "abdrhmmmt");
	initials_are("Anna 王", "aw");
	initials_are("张Tom", "zt");
	/* Digits and punctuation are skipped. */
	initials_are("张三2号", "zsh");
}

static void test_initial_table(void **state)
{
	(void)state;
	assert_int_equal(pinyin_initial(0x4e00), 'y');  /* 一 yi */
	assert_int_equal(pinyin_initial(0x9f99), 'l');  /* 龙 long */
	assert_int_equal(pinyin_initial(0x515a), 'd');  /* 党 dang */
	assert_int_equal(pinyin_initial(0x652f), 'z');  /* 支 zhi */
	assert_int_equal(pinyin_initial(0x90e8), 'b');  /* 部 bu */
	assert_int_equal(pinyin_initial('Q'), 'q');
	assert_int_equal(pinyin_initial('7'), 0);
	assert_int_equal(pinyin_initial(0x3400), 0);    /* outside the table */
	assert_int_equal(strlen(pinyin_initial_table), PINYIN_TABLE_LEN);
}

static void test_initials_fit(void **state)
{
	(void)state;
	char out[3];
	pinyin_initials("欧阳建国", out, sizeof out);
	assert_string_equal(out, "oy");
}

static void mask_is(const char *phone, const char *expected)
{
	char out[64];
	phone_mask(phone, out, sizeof out);
	assert_string_equal(out, expected);
}

static void test_phone_mask(void **state)
{
	(void)state;
	mask_is("13812345678", "138****5678");
	mask_is("020-87654321", "020-****4321");
	mask_is("+86 138 1234 5678", "+86 1** **** 5678");
	mask_is("6543210", "***3210");
	mask_is("", "");
	char small[6];
	phone_mask("13812345678", small, sizeof small);
	assert_string_equal(small, "138**");
}

static void wraps_as(const char *s, int width, const char *const *lines)
{
	size_t next;
	int n = 0;
	for (const char *p = s; *p; p += next, n++) {
		size_t len = text_wrap(p, width, &next);
		assert_non_null(lines[n]);
		assert_int_equal(len, strlen(lines[n]));
		assert_memory_equal(p, lines[n], len);
		assert_true(next > 0);
	}
	assert_null(lines[n]);
}

static void test_wrap(void **state)
{
	(void)state;
	wraps_as("中华人民共和国", 6, (const char *const[]){ "中华人", "民共和", "国", NULL });
	wraps_as("中华人民共和国", 5, (const char *const[]){ "中华", "人民", "共和", "国", NULL });
	wraps_as("Move up one line", 10, (const char *const[]){ "Move up", "one line", NULL });
	wraps_as("ab\ncd", 10, (const char *const[]){ "ab", "cd", NULL });
	wraps_as("a\n\nb", 10, (const char *const[]){ "a", "", "b", NULL });
	/* A space early in the line does not waste the rest of it. */
	wraps_as("zs 即张三拼音首字母搜索", 12, (const char *const[]){ "zs 即张三拼", "音首字母搜索", NULL });
	/* Never inside a date, a time or a number; no line starts with ，or 。 */
	wraps_as("会议日期为2026-05-22。", 12, (const char *const[]){ "会议日期为", "2026-05-22。", NULL });
	wraps_as("应交1,234.50元", 10, (const char *const[]){ "应交", "1,234.50元", NULL });
	wraps_as("开始时间14:30", 10, (const char *const[]){ "开始时间", "14:30", NULL });
	wraps_as("中华人民共和国，成立", 14, (const char *const[]){ "中华人民共和", "国，成立", NULL });
	wraps_as("表决（2026-07-01）", 14, (const char *const[]){ "表决", "（2026-07-01）", NULL });
	wraps_as("20260522", 4, (const char *const[]){ "2026", "0522", NULL });
	/* A character wider than the line still makes progress. */
	wraps_as("张三", 1, (const char *const[]){ "张", "三", NULL });
}

static void test_name_matches(void **state)
{
	(void)state;
	assert_true(pinyin_name_matches("张三", ""));
	assert_true(pinyin_name_matches("欧阳建国", "建国"));
	assert_true(pinyin_name_matches("欧阳建国", "oy"));
	assert_true(pinyin_name_matches("欧阳建国", "OYJ"));
	assert_true(pinyin_name_matches("曾志强", "zz"));
	assert_false(pinyin_name_matches("欧阳建国", "yj"));
	assert_false(pinyin_name_matches("张三", "z1"));
	assert_false(pinyin_name_matches("张三", "李"));
}

/* Full pinyin, any reading of a polyphone, initials, mixed, a last
 * syllable cut short. */
static void test_full_pinyin(void **state)
{
	(void)state;
	assert_true(pinyin_matches("袁明", "yuan"));
	assert_true(pinyin_matches("袁明", "YuanM"));
	assert_true(pinyin_matches("王芳", "wangfang"));
	assert_true(pinyin_matches("王芳", "wf"));
	assert_true(pinyin_matches("王芳", "wangf"));
	assert_true(pinyin_matches("王芳", "wfang"));
	assert_true(pinyin_matches("王芳", "wangfa"));
	assert_true(pinyin_matches("张三", "zhangs"));
	assert_true(pinyin_matches("张三", "zhs"));
	assert_true(pinyin_matches("曾志强", "zengzhiqiang"));  /* the surname's reading */
	assert_true(pinyin_matches("曾志强", "cengzhi"));       /* and the common one */
	assert_true(pinyin_matches("银行", "yinhang"));         /* 行 háng and xíng */
	assert_true(pinyin_matches("银行", "yinxing"));
	assert_true(pinyin_matches("吕红", "lvhong"));
	assert_true(pinyin_matches("Anna 王", "annaw"));
	assert_false(pinyin_matches("王芳", "fang"));           /* from the start */
	assert_false(pinyin_matches("王芳", "wangfangx"));
	assert_false(pinyin_matches("王芳", "wang fang"));
	assert_false(pinyin_matches("王芳", ""));
	assert_true(pinyin_name_matches("王芳", "芳"));
	assert_true(pinyin_name_matches("王芳", "wangfang"));
}

static int key_cmp(void (*key)(const char *, char *, size_t), const char *a, const char *b)
{
	char ka[256], kb[256];
	key(a, ka, sizeof ka);
	key(b, kb, sizeof kb);
	return strcmp(ka, kb);
}

/* 姓氏笔画: Unihan's counts; the surname first, then the given name; one
 * surname together.  Pinyin: full syllables (lu before luan), one surname
 * together although 路 reads lu as well. */
static void test_sort_keys(void **state)
{
	(void)state;
	assert_int_equal(strokes_of(0x738b), 4);  /* 王 */
	assert_int_equal(strokes_of(0x674e), 7);  /* 李 */
	assert_int_equal(strokes_of(0x9648), 7);  /* 陈 (simplified) */
	assert_int_equal(strokes_of(0x6b27), 8);  /* 欧 */
	assert_int_equal(strokes_of('A'), 0);
	assert_true(key_cmp(strokes_sort_key, "王五", "李四") < 0);
	assert_true(key_cmp(strokes_sort_key, "李四", "陈一") < 0); /* both 7: by the character */
	assert_true(key_cmp(strokes_sort_key, "李四", "李一一") > 0); /* 四 5 strokes, 一 1 */
	assert_true(key_cmp(strokes_sort_key, "王芳", "王五") > 0);  /* 芳 7, 五 4 */
	assert_true(key_cmp(strokes_sort_key, "李四", "陈一") < 0);
	assert_true(key_cmp(strokes_sort_key, "李子", "陈一") < 0);  /* one surname together */
	assert_true(key_cmp(pinyin_sort_key, "陆明", "栾安") < 0);   /* lu before luan */
	assert_true(key_cmp(pinyin_sort_key, "陆明", "路安") * key_cmp(pinyin_sort_key, "陆安", "路安") > 0);
	assert_true(key_cmp(pinyin_sort_key, "陆安", "陆明") < 0);
	assert_true(key_cmp(pinyin_sort_key, "曾红", "张三") < 0);   /* 曾 zeng */
	assert_true(key_cmp(pinyin_sort_key, "安然", "王芳") < 0);
}

static void fits_as(const char *s, int width, const char *expected)
{
	char out[256];
	text_fit_words(out, sizeof out, s, width);
	assert_string_equal(out, expected);
}

/* 首页's to-dos: cut before a word, number or date, not inside it, and not
 * after a space or an opening bracket. */
static void test_fit_words(void **state)
{
	(void)state;
	fits_as("核定党费（zhibu dues fix）", 17, "核定党费（zhibu…");
	fits_as("欠交党费 3 个月（自 2026-08 起）", 22, "欠交党费 3 个月（自…");
	fits_as("欠交党费 3 个月（自 2026-08 起）", 16, "欠交党费 3 个月…");
	fits_as("党费", 10, "党费");
	fits_as("abcdefghijklmnop", 8, "abcdefg…");  /* one long word: cut inside */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_initials),
		cmocka_unit_test(test_initial_table),
		cmocka_unit_test(test_initials_fit),
		cmocka_unit_test(test_phone_mask),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_name_matches),
		cmocka_unit_test(test_full_pinyin),
		cmocka_unit_test(test_sort_keys),
		cmocka_unit_test(test_fit_words),
	};
	return cmocka_run_group_tests_name("pinyin", tests, NULL, NULL);
}
