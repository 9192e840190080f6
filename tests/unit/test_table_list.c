/* The in-memory table source (src/ui/table_list.c) through the table's own
 * API: rows filled afresh on every count and page, sorting numbers as
 * numbers and text by code point, ties in the natural order, descending the
 * exact reverse. */
#include "unit.h"

#include <string.h>

#include "ui/table.h"

struct fixture {
	int fills;
	int rows;   /* how many of the rows below to add */
};

static const char *const data[][2] = {
	{ "张三", "12" }, { "李四", "9" }, { "王五", "1,234.50" }, { "赵六", "9" }, { "陈七", "83.3%" },
};

static bool fill(void *ctx, struct table_list *list)
{
	struct fixture *f = ctx;
	f->fills++;
	for (int i = 0; i < f->rows; i++)
		table_list_add(list, 100 + i, UI_NORMAL, data[i]);
	return true;
}

static bool fill_fails(void *ctx, struct table_list *list)
{
	(void)ctx;
	(void)list;
	return false;
}

static const struct table_column cols[] = { { "姓名", 8, 0, false }, { "数", 8, 0, true } };

/* The ids of the rows in the order the table shows them. */
static void order(struct table *t, long long *ids)
{
	for (long long i = 0; i < table_count(t); i++) {
		table_set_cursor(t, i);
		ids[i] = table_cursor_id(t);
	}
}

static void test_natural_and_sorted(void **state)
{
	(void)state;
	struct fixture f = { 0, 5 };
	struct table_list *l = table_list_new(2, fill, &f);
	struct table *t = table_new(cols, 2, table_list_source(l));
	long long ids[5];
	assert_int_equal(table_count(t), 5);
	assert_true(f.fills > 0);
	order(t, ids);
	assert_int_equal(ids[0], 100);
	assert_int_equal(ids[4], 104);
	table_set_cursor(t, 2);
	assert_string_equal(table_cursor_cell(t, 0), "王五");

	/* By the number column: 9 (李四) and 9 (赵六) keep their order, 83.3%
	 * is 83.3, 1,234.50 is the largest, and 12 comes after 9 (not as text). */
	table_set_sort(t, 1, false);
	order(t, ids);
	long long asc[] = { 101, 103, 100, 104, 102 };
	assert_memory_equal(ids, asc, sizeof asc);
	table_set_sort(t, 1, true);
	order(t, ids);
	long long desc[] = { 102, 104, 100, 103, 101 };
	assert_memory_equal(ids, desc, sizeof desc);

	/* Text by code point: 张 U+5F20 < 李 U+674E < 王 U+738B < 赵 U+8D75 < 陈 U+9648. */
	table_set_sort(t, 0, false);
	order(t, ids);
	long long byname[] = { 100, 101, 102, 103, 104 };
	assert_memory_equal(ids, byname, sizeof byname);
	table_free(t);
	table_list_free(l);
}

static void test_reload_fills_afresh(void **state)
{
	(void)state;
	struct fixture f = { 0, 2 };
	struct table_list *l = table_list_new(2, fill, &f);
	struct table *t = table_new(cols, 2, table_list_source(l));
	assert_int_equal(table_count(t), 2);
	f.rows = 4;
	assert_int_equal(table_count(t), 2); /* counted: no query until a reload */
	table_reload(t, false);
	assert_int_equal(table_count(t), 4);
	table_set_cursor(t, 3);
	assert_string_equal(table_cursor_cell(t, 0), "赵六");
	f.rows = 0;
	table_reload(t, false);
	assert_int_equal(table_count(t), 0);
	assert_int_equal(table_cursor_id(t), 0);
	table_free(t);
	table_list_free(l);
}

static void test_fill_error(void **state)
{
	(void)state;
	struct table_list *l = table_list_new(2, fill_fails, NULL);
	struct table *t = table_new(cols, 2, table_list_source(l));
	assert_int_equal(table_count(t), 0);
	assert_true(table_failed(t));
	table_free(t);
	table_list_free(l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_natural_and_sorted),
		cmocka_unit_test(test_reload_fills_afresh),
		cmocka_unit_test(test_fill_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
