/* The multi-line editor of the minutes (src/ui/textedit.c): plain functions
 * on a buffer, tested with Chinese text, line breaks, wrapping by display
 * width and pastes. */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "ui/keys.h"
#include "ui/textedit.h"

static void pos(const struct textedit *e, int row, int col)
{
	int r, c;
	textedit_cursor_pos(e, &r, &c);
	assert_int_equal(r, row);
	assert_int_equal(c, col);
}

/* Row r as a string. */
static void row_text(const struct textedit *e, int r, char *out, size_t size)
{
	size_t next, start = textedit_row_start(e, r), end = textedit_row_end(e, start, &next);
	snprintf(out, size, "%.*s", (int)(end - start), e->buf + start);
}

static void test_typing_and_lines(void **state)
{
	(void)state;
	struct textedit e;
	textedit_init(&e, NULL);
	assert_string_equal(textedit_text(&e), "");
	assert_int_equal(textedit_rows(&e), 1);
	pos(&e, 0, 0);
	assert_true(textedit_insert(&e, "张三"));
	assert_true(textedit_newline(&e));
	assert_true(textedit_insert(&e, "李四发言"));
	assert_string_equal(textedit_text(&e), "张三\n李四发言");
	assert_int_equal(textedit_rows(&e), 2);
	pos(&e, 1, 8);

	/* Left and Right by character, over the line break. */
	assert_true(textedit_home(&e));
	pos(&e, 1, 0);
	assert_true(textedit_left(&e));
	pos(&e, 0, 4);
	assert_int_equal(e.cursor, strlen("张三"));
	assert_true(textedit_left(&e));
	pos(&e, 0, 2);
	assert_true(textedit_right(&e));
	assert_true(textedit_right(&e));
	pos(&e, 1, 0);
	assert_true(textedit_end(&e));
	assert_false(textedit_end(&e));
	assert_false(textedit_right(&e));
	textedit_done(&e);
}

static void test_up_down_by_width(void **state)
{
	(void)state;
	struct textedit e;
	/* Up and Down keep the display column; never land inside a wide
	 * character; and come back to the column they started from. */
	textedit_init(&e, "abc\n党员大会\nx");
	textedit_end(&e);
	pos(&e, 0, 3);
	assert_true(textedit_down(&e));
	pos(&e, 1, 2); /* after 党: column 3 is inside 员 */
	assert_true(textedit_down(&e));
	pos(&e, 2, 1); /* the end of a short line */
	assert_false(textedit_down(&e));
	assert_true(textedit_up(&e));
	pos(&e, 1, 2);
	assert_true(textedit_up(&e));
	pos(&e, 0, 3); /* the goal column is kept */
	assert_false(textedit_up(&e));
	textedit_done(&e);
}

static void test_wrapping(void **state)
{
	(void)state;
	struct textedit e;
	char row[256];
	/* Width 9: a row holds 8 columns, four Chinese characters. */
	textedit_init(&e, "一二三四五六七八九十");
	textedit_set_width(&e, 9);
	assert_int_equal(textedit_rows(&e), 3);
	row_text(&e, 0, row, sizeof row);
	assert_string_equal(row, "一二三四");
	row_text(&e, 2, row, sizeof row);
	assert_string_equal(row, "九十");
	/* The offset between two rows shows at the start of the second. */
	e.cursor = strlen("一二三四");
	pos(&e, 1, 0);
	textedit_end(&e);
	pos(&e, 2, 4);
	assert_int_equal(e.cursor, e.len);
	/* Down from the middle of a row: the same column in the next. */
	e.cursor = strlen("一");
	assert_true(textedit_down(&e));
	pos(&e, 1, 2);
	assert_int_equal(e.cursor, strlen("一二三四五"));
	/* A wide character that does not fit goes to the next row whole. */
	textedit_set_text(&e, "a一二三四");
	assert_int_equal(textedit_rows(&e), 2);
	row_text(&e, 0, row, sizeof row);
	assert_string_equal(row, "a一二三");
	row_text(&e, 1, row, sizeof row);
	assert_string_equal(row, "四");
	/* English breaks after a space in the second half of the row. */
	textedit_set_width(&e, 11);
	textedit_set_text(&e, "hello world again");
	assert_int_equal(textedit_rows(&e), 3);
	row_text(&e, 0, row, sizeof row);
	assert_string_equal(row, "hello ");
	row_text(&e, 1, row, sizeof row);
	assert_string_equal(row, "world ");
	row_text(&e, 2, row, sizeof row);
	assert_string_equal(row, "again");
	/* Scrolling keeps the cursor's row in view. */
	textedit_set_width(&e, 9);
	textedit_set_text(&e, "一二三四五六七八九十\n第二段\n第三段");
	assert_int_equal(textedit_rows(&e), 5);
	assert_int_equal(textedit_scroll(&e, 2), 0);
	textedit_page_down(&e, 100);
	pos(&e, 4, 0);
	textedit_end(&e);
	pos(&e, 4, 6);
	assert_int_equal(textedit_scroll(&e, 2), 3);
	textedit_page_up(&e, 2);
	pos(&e, 2, 4);
	assert_int_equal(textedit_scroll(&e, 2), 2);
	textedit_done(&e);
}

static void test_deleting_across_lines(void **state)
{
	(void)state;
	struct textedit e;
	textedit_init(&e, "会议议题\n讨论内容");
	/* Backspace at the start of a line joins it to the line before. */
	textedit_down(&e);
	textedit_home(&e);
	assert_true(textedit_backspace(&e));
	assert_string_equal(textedit_text(&e), "会议议题讨论内容");
	pos(&e, 0, 8);
	/* Delete at the end of a line joins the next one. */
	textedit_set_text(&e, "第一行\n第二行");
	textedit_end(&e);
	assert_true(textedit_delete(&e));
	assert_string_equal(textedit_text(&e), "第一行第二行");
	textedit_home(&e);
	assert_false(textedit_backspace(&e));
	assert_true(textedit_delete(&e));
	assert_string_equal(textedit_text(&e), "一行第二行");

	/* Ctrl-K: to the end of the line, then the line break itself. */
	textedit_set_text(&e, "甲乙\n丙丁\n戊");
	textedit_right(&e);
	assert_true(textedit_kill_to_end(&e));
	assert_string_equal(textedit_text(&e), "甲\n丙丁\n戊");
	assert_true(textedit_kill_to_end(&e));
	assert_string_equal(textedit_text(&e), "甲丙丁\n戊");
	/* Ctrl-U: from the start of the line, then the break before it. */
	textedit_set_text(&e, "甲乙\n丙丁");
	textedit_down(&e);
	textedit_right(&e);
	assert_true(textedit_kill_to_start(&e));
	assert_string_equal(textedit_text(&e), "甲乙\n丁");
	assert_true(textedit_kill_to_start(&e));
	assert_string_equal(textedit_text(&e), "甲乙丁");
	pos(&e, 0, 4);
	/* Ctrl-W: a word within the line; at its start, the break. */
	textedit_set_text(&e, "通过 决议\n下一");
	textedit_down(&e);
	textedit_home(&e);
	assert_true(textedit_kill_word(&e));
	assert_string_equal(textedit_text(&e), "通过 决议下一");
	assert_true(textedit_kill_word(&e));
	assert_string_equal(textedit_text(&e), "通过 下一");
	textedit_done(&e);
}

static void test_paste_and_marks(void **state)
{
	(void)state;
	struct textedit e;
	textedit_init(&e, "");
	/* A paste from a Windows document: CRLF and a tab. */
	assert_true(textedit_insert(&e, "一、学习党章\r\n二、讨论\t发言\r三、表决"));
	assert_string_equal(textedit_text(&e), "一、学习党章\n二、讨论 发言\n三、表决");
	assert_int_equal(textedit_rows(&e), 3);
	/* Control characters are dropped; invalid UTF-8 becomes U+FFFD. */
	textedit_set_text(&e, "");
	assert_false(textedit_insert(&e, "\x01\x1b"));
	assert_true(textedit_insert(&e, "a\xff"));
	assert_string_equal(textedit_text(&e), "a\xef\xbf\xbd");
	/* A combining mark moves and goes with its character. */
	textedit_set_text(&e, "e\xcc\x81x");
	textedit_right(&e);
	assert_int_equal(e.cursor, 3);
	pos(&e, 0, 1);
	textedit_right(&e);
	assert_true(textedit_backspace(&e));
	assert_true(textedit_backspace(&e));
	assert_string_equal(textedit_text(&e), "");
	/* Long text grows the buffer. */
	for (int i = 0; i < 2000; i++)
		textedit_insert(&e, "党");
	assert_int_equal(e.len, 6000);
	assert_int_equal(textedit_rows(&e), 1 + (2000 - 1) / 39);
	textedit_done(&e);
}

static void test_keys(void **state)
{
	(void)state;
	struct textedit e;
	textedit_init(&e, "");
	assert_int_equal(textedit_key(&e, ACT_NONE, 0x515a /* 党 */, 5), TEXTEDIT_CHANGED);
	assert_int_equal(textedit_key(&e, ACT_TEXT_NEWLINE, '\n', 5), TEXTEDIT_CHANGED);
	assert_int_equal(textedit_key(&e, ACT_NONE, 0x5458 /* 员 */, 5), TEXTEDIT_CHANGED);
	assert_string_equal(textedit_text(&e), "党\n员");
	assert_int_equal(textedit_key(&e, ACT_TEXT_DOWN, 0, 5), TEXTEDIT_UNHANDLED);
	assert_int_equal(textedit_key(&e, ACT_TEXT_UP, 0, 5), TEXTEDIT_MOVED);
	assert_int_equal(textedit_key(&e, ACT_TEXT_UP, 0, 5), TEXTEDIT_UNHANDLED);
	assert_int_equal(textedit_key(&e, ACT_EDIT_END, 0, 5), TEXTEDIT_MOVED);
	assert_int_equal(textedit_key(&e, ACT_EDIT_KILL_END, 0, 5), TEXTEDIT_CHANGED);
	assert_string_equal(textedit_text(&e), "党员");
	assert_int_equal(textedit_key(&e, ACT_NONE, 0x1b, 5), TEXTEDIT_UNHANDLED);
	assert_int_equal(textedit_key(&e, ACT_SAVE, 0, 5), TEXTEDIT_UNHANDLED);
	textedit_done(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typing_and_lines),
		cmocka_unit_test(test_up_down_by_width),
		cmocka_unit_test(test_wrapping),
		cmocka_unit_test(test_deleting_across_lines),
		cmocka_unit_test(test_paste_and_marks),
		cmocka_unit_test(test_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
