/* The line editor of the forms (src/ui/lineedit.c): plain functions on a
 * buffer, tested with Chinese text, combining marks and pastes. */
#include "unit.h"

#include <string.h>

#include "ui/keys.h"
#include "ui/lineedit.h"

static void test_insert_and_cursor(void **state)
{
	(void)state;
	struct lineedit e;
	lineedit_init(&e, "");
	assert_true(lineedit_insert(&e, "张"));
	assert_true(lineedit_insert(&e, "三"));
	assert_string_equal(lineedit_text(&e), "张三");
	assert_int_equal(e.len, 6);
	assert_int_equal(e.cursor, 6);
	assert_int_equal(lineedit_cursor_chars(&e), 2);
	assert_int_equal(lineedit_cursor_width(&e), 4);

	/* Left moves by a whole character (3 bytes, 2 columns). */
	assert_true(lineedit_left(&e));
	assert_int_equal(e.cursor, 3);
	assert_int_equal(lineedit_cursor_chars(&e), 1);
	assert_int_equal(lineedit_cursor_width(&e), 2);
	assert_true(lineedit_insert(&e, "丰a"));
	assert_string_equal(lineedit_text(&e), "张丰a三");
	assert_int_equal(lineedit_cursor_width(&e), 5);
	assert_true(lineedit_home(&e));
	assert_false(lineedit_home(&e));
	assert_false(lineedit_left(&e));
	assert_int_equal(lineedit_cursor_width(&e), 0);
	assert_true(lineedit_right(&e));
	assert_int_equal(lineedit_cursor_width(&e), 2);
	assert_true(lineedit_end(&e));
	assert_false(lineedit_right(&e));
	assert_int_equal(lineedit_cursor_chars(&e), 4);
}

static void test_deletions(void **state)
{
	(void)state;
	struct lineedit e;
	lineedit_init(&e, "王小明");
	assert_true(lineedit_backspace(&e));
	assert_string_equal(lineedit_text(&e), "王小");
	lineedit_home(&e);
	assert_false(lineedit_backspace(&e));
	assert_true(lineedit_delete(&e));
	assert_string_equal(lineedit_text(&e), "小");
	assert_int_equal(e.cursor, 0);
	lineedit_end(&e);
	assert_false(lineedit_delete(&e));

	/* Ctrl-U: from the start to the cursor; Ctrl-K: from the cursor to the end. */
	lineedit_init(&e, "第一党小组 组长");
	lineedit_home(&e);
	lineedit_right(&e);
	lineedit_right(&e);
	assert_true(lineedit_kill_to_start(&e));
	assert_string_equal(lineedit_text(&e), "党小组 组长");
	assert_int_equal(e.cursor, 0);
	lineedit_right(&e);
	assert_true(lineedit_kill_to_end(&e));
	assert_string_equal(lineedit_text(&e), "党");
	assert_int_equal(e.cursor, 3);
	assert_false(lineedit_kill_to_end(&e));

	/* Ctrl-W: the spaces before the cursor, then the word. */
	lineedit_init(&e, "计算机学院 教师  ");
	assert_true(lineedit_kill_word(&e));
	assert_string_equal(lineedit_text(&e), "计算机学院 ");
	assert_true(lineedit_kill_word(&e));
	assert_string_equal(lineedit_text(&e), "");
	assert_false(lineedit_kill_word(&e));
	/* An ideographic space separates words too. */
	lineedit_init(&e, "示范学院\xe3\x80\x80党委");
	assert_true(lineedit_kill_word(&e));
	assert_string_equal(lineedit_text(&e), "示范学院\xe3\x80\x80");
}

static void test_combining_marks(void **state)
{
	(void)state;
	struct lineedit e;
	/* "é" as e + U+0301: one step for the cursor, one deletion. */
	lineedit_init(&e, "Re\xcc\x81ne");
	lineedit_home(&e);
	lineedit_right(&e);
	lineedit_right(&e);
	assert_int_equal(e.cursor, 4);
	assert_int_equal(lineedit_cursor_width(&e), 2);
	assert_true(lineedit_backspace(&e));
	assert_string_equal(lineedit_text(&e), "Rne");
	lineedit_init(&e, "e\xcc\x81");
	lineedit_home(&e);
	assert_true(lineedit_delete(&e));
	assert_string_equal(lineedit_text(&e), "");
}

static void test_paste(void **state)
{
	(void)state;
	struct lineedit e;
	lineedit_init(&e, "");
	/* A pasted line arrives intact; newlines and tabs become spaces,
	 * other control characters are dropped, bad UTF-8 becomes U+FFFD. */
	assert_true(lineedit_insert(&e, "老党员，参加过\n“三线”建设\t\x01好"));
	assert_string_equal(lineedit_text(&e), "老党员，参加过 “三线”建设 好");
	lineedit_init(&e, "");
	assert_true(lineedit_insert(&e, "a\xff" "b"));
	assert_string_equal(lineedit_text(&e), "a\xef\xbf\xbd" "b");

	/* Too long: whole characters only, and false. */
	char big[LINEEDIT_SIZE * 2];
	memset(big, 0, sizeof big);
	for (size_t i = 0; i + 3 < sizeof big - 1; i += 3)
		memcpy(big + i, "张", 3);
	lineedit_init(&e, "");
	assert_false(lineedit_insert(&e, big));
	assert_true(e.len < LINEEDIT_SIZE);
	assert_int_equal(e.len % 3, 0);
	assert_int_equal(strlen(lineedit_text(&e)), e.len);

	/* lineedit_init cuts at a character boundary too. */
	lineedit_init(&e, big);
	assert_int_equal(e.len % 3, 0);
	assert_int_equal(e.cursor, e.len);
}

static void test_view_scrolls_by_width(void **state)
{
	(void)state;
	struct lineedit e;
	int col;
	lineedit_init(&e, "中华人民共和国");  /* 14 columns */
	size_t start = lineedit_view(&e, 10, &col);
	/* The cursor at the end needs a column of its own: columns 5..14 would
	 * cut 民 in half, so the view starts at 人 (column 6), 3 characters in. */
	assert_int_equal(start, 9);
	assert_int_equal(col, 8);
	/* Moving left inside the view does not scroll. */
	lineedit_left(&e);
	start = lineedit_view(&e, 10, &col);
	assert_int_equal(start, 9);
	assert_int_equal(col, 6);
	lineedit_home(&e);
	start = lineedit_view(&e, 10, &col);
	assert_int_equal(start, 0);
	assert_int_equal(col, 0);
	/* Short text: no scrolling. */
	lineedit_init(&e, "张三");
	start = lineedit_view(&e, 10, &col);
	assert_int_equal(start, 0);
	assert_int_equal(col, 4);
}

static void test_keys(void **state)
{
	(void)state;
	struct lineedit e;
	lineedit_init(&e, "");
	assert_int_equal(lineedit_key(&e, ACT_NONE, 0x5f20), LINEEDIT_CHANGED); /* 张 */
	assert_int_equal(lineedit_key(&e, ACT_NONE, 'x'), LINEEDIT_CHANGED);
	assert_int_equal(lineedit_key(&e, ACT_EDIT_LEFT, 0), LINEEDIT_MOVED);
	assert_int_equal(lineedit_key(&e, ACT_EDIT_BACKSPACE, 0), LINEEDIT_CHANGED);
	assert_string_equal(lineedit_text(&e), "x");
	assert_int_equal(lineedit_key(&e, ACT_EDIT_BACKSPACE, 0), LINEEDIT_MOVED);
	assert_int_equal(lineedit_key(&e, ACT_SAVE, 0), LINEEDIT_UNHANDLED);
	assert_int_equal(lineedit_key(&e, ACT_NONE, 27), LINEEDIT_UNHANDLED);
	assert_int_equal(lineedit_key(&e, ACT_EDIT_KILL_END, 0), LINEEDIT_CHANGED);
	assert_string_equal(lineedit_text(&e), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insert_and_cursor),
		cmocka_unit_test(test_deletions),
		cmocka_unit_test(test_combining_marks),
		cmocka_unit_test(test_paste),
		cmocka_unit_test(test_view_scrolls_by_width),
		cmocka_unit_test(test_keys),
	};
	return cmocka_run_group_tests_name("lineedit", tests, NULL, NULL);
}
