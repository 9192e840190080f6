/* The table of named actions (src/ui/keys.h): every key name parses, no key
 * means two things in one context, look-ups follow the context order. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/keys.h"

static void test_table_parses(void **state)
{
	(void)state;
	assert_true(keys_init());
	for (int a = 1; a < ACT_COUNT; a++) {
		char keys[96];
		assert_non_null(action_info[a].name);
		assert_true(action_info[a].help && *action_info[a].help);
		action_keys_text(a, keys, sizeof keys);
		assert_true(*keys);
	}
}

/* Every key of every action, taken from the table itself (no hand list that
 * could miss one): no key is bound twice in one context, and no screen's
 * contexts bind a key twice before the first match hides the second. */
static void test_no_key_twice_in_a_context(void **state)
{
	(void)state;
	assert_true(keys_init());
	int checked = 0;
	for (int a = 1; a < ACT_COUNT; a++) {
		char names[64];
		snprintf(names, sizeof names, "%s", action_info[a].keys);
		for (char *save, *k = strtok_r(names, " ", &save); k; k = strtok_r(NULL, " ", &save)) {
			int key = key_by_name(k);
			assert_true(key >= 0);
			checked++;
			for (int c = 0; c < CTX_COUNT; c++) {
				int n = 0;
				for (int b = 1; b < ACT_COUNT; b++)
					n += action_info[b].ctx == (enum ui_context)c && action_has_key(b, key);
				if (n > 1)
					fail_msg("key %s is bound %d times in context %d", k, n, c);
			}
		}
	}
	assert_true(checked > ACT_COUNT);
}

static void test_names(void **state)
{
	(void)state;
	char name[16];
	assert_int_equal(key_by_name("j"), 'j');
	assert_int_equal(key_by_name("张"), 0x5f20);
	assert_int_equal(key_by_name("^L"), 12);
	assert_int_equal(key_by_name("Enter"), UI_KEY_ENTER);
	assert_int_equal(key_by_name("Esc"), UI_KEY_ESC);
	assert_int_equal(key_by_name("nonsense"), -1);
	assert_int_equal(key_by_name("F13"), -1);
	key_label(key_by_name("F10"), name, sizeof name);
	assert_string_equal(name, "F10");
	key_label(key_by_name("BackTab"), name, sizeof name);
	assert_string_equal(name, "Shift-Tab");
	key_label(key_by_name("^W"), name, sizeof name);
	assert_string_equal(name, "^W");
	key_label(0x5f20, name, sizeof name);
	assert_string_equal(name, "张");
	assert_string_equal(action_key_label(ACT_HELP), "F1");
}

static void test_contexts(void **state)
{
	(void)state;
	static const enum ui_context list[] = { CTX_MEMBERS, CTX_LIST, CTX_SCREENS, CTX_GLOBAL, CTX_END };
	static const enum ui_context form[] = { CTX_EDIT, CTX_FORM, CTX_GLOBAL, CTX_END };
	/* In a list, letters are commands ... */
	assert_int_equal(key_action(list, 'j'), ACT_DOWN);
	assert_int_equal(key_action(list, 'q'), ACT_QUIT);
	assert_int_equal(key_action(list, '?'), ACT_HELP);
	assert_int_equal(key_action(list, '2'), ACT_SCREEN_2);
	assert_int_equal(key_action(list, key_by_name("Enter")), ACT_OPEN);
	assert_int_equal(key_action(list, key_by_name("Tab")), ACT_NEXT_SCREEN);
	/* ... in a form they are text, and the keys without text still work. */
	assert_int_equal(key_action(form, 'j'), ACT_NONE);
	assert_int_equal(key_action(form, 'q'), ACT_NONE);
	assert_int_equal(key_action(form, 0x5f20), ACT_NONE);
	assert_int_equal(key_action(form, key_by_name("F1")), ACT_HELP);
	assert_int_equal(key_action(form, key_by_name("F10")), ACT_QUIT);
	assert_int_equal(key_action(form, key_by_name("Tab")), ACT_NEXT_FIELD);
	assert_int_equal(key_action(form, key_by_name("Home")), ACT_EDIT_HOME);
	assert_int_equal(key_action(form, key_by_name("Esc")), ACT_CANCEL);
	assert_int_equal(key_action(form, key_by_name("^S")), ACT_SAVE);
	assert_true(key_is_text(' '));
	assert_false(key_is_text(27));
	assert_false(key_is_text(key_by_name("F1")));
}

static void test_mdoc(void **state)
{
	(void)state;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	keys_print_mdoc(f);
	fclose(f);
	assert_non_null(strstr(buf, ".Sh KEYS\n"));
	assert_non_null(strstr(buf, ".It Ic F1 , Ic \\&?\n"));
	assert_non_null(strstr(buf, ".It Ic Shift-Tab , Ic Up\n"));
	for (int a = 1; a < ACT_COUNT; a++)
		assert_non_null(strstr(buf, action_info[a].help));
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_parses),
		cmocka_unit_test(test_no_key_twice_in_a_context),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_contexts),
		cmocka_unit_test(test_mdoc),
	};
	return cmocka_run_group_tests_name("keys", tests, NULL, NULL);
}
