/* The key map, built from the action table in keys.h. */
#include "ui/keys.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

const struct action_info action_info[ACT_COUNT] = {
	[ACT_NONE] = { "none", CTX_GLOBAL, "", NULL, "" },
#define X(id, name, ctx, keys, bar, help) [ACT_##id] = { name, CTX_##ctx, keys, bar, help },
	UI_ACTIONS(X)
#undef X
};

const char *const context_titles[CTX_COUNT] = {
#define X(id, title) [CTX_##id] = title,
	UI_CONTEXTS(X)
#undef X
};

static const struct {
	const char *name;
	int code;   /* curses KEY_ code when fn, else a character */
	bool fn;
} named_keys[] = {
	{ "Up", KEY_UP, true }, { "Down", KEY_DOWN, true },
	{ "Left", KEY_LEFT, true }, { "Right", KEY_RIGHT, true },
	{ "PgUp", KEY_PPAGE, true }, { "PgDn", KEY_NPAGE, true },
	{ "Home", KEY_HOME, true }, { "End", KEY_END, true },
	{ "BackTab", KEY_BTAB, true }, { "Backspace", KEY_BACKSPACE, true },
	{ "Delete", KEY_DC, true }, { "Insert", KEY_IC, true },
	{ "Enter", UI_KEY_ENTER, false }, { "Esc", UI_KEY_ESC, false },
	{ "Tab", UI_KEY_TAB, false }, { "Space", ' ', false },
};

#define MAX_KEYS 4
static int bound[ACT_COUNT][MAX_KEYS]; /* 0 ends the list */
static bool ready;

int key_by_name(const char *name)
{
	for (size_t i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++)
		if (!strcmp(named_keys[i].name, name))
			return named_keys[i].fn ? UI_KEY_FN + named_keys[i].code : named_keys[i].code;
	if (name[0] == 'F' && name[1] >= '1' && name[1] <= '9') {
		char *end;
		long n = strtol(name + 1, &end, 10);
		if (!*end && n >= 1 && n <= 12)
			return UI_KEY_FN + KEY_F((int)n);
	}
	if (name[0] == '^' && name[1] >= 'A' && name[1] <= 'Z' && !name[2])
		return name[1] - 'A' + 1;
	uint32_t cp;
	size_t len = strlen(name), n = utf8_decode(name, len, &cp);
	if (n > 0 && n == len && cp >= 0x20 && cp != 0x7f)
		return (int)cp;
	return -1;
}

void key_label(int key, char *out, size_t size)
{
	for (size_t i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++) {
		int code = named_keys[i].fn ? UI_KEY_FN + named_keys[i].code : named_keys[i].code;
		if (code == key) {
			snprintf(out, size, "%s", !strcmp(named_keys[i].name, "BackTab") ? "Shift-Tab" : named_keys[i].name);
			return;
		}
	}
	if (key >= UI_KEY_FN + KEY_F(1) && key <= UI_KEY_FN + KEY_F(12)) {
		snprintf(out, size, "F%d", key - UI_KEY_FN - KEY_F(0));
	} else if (key > 0 && key < 0x20) {
		snprintf(out, size, "^%c", key + 'A' - 1);
	} else if (key >= 0x20 && key < UI_KEY_FN) {
		char buf[5];
		buf[utf8_encode((uint32_t)key, buf)] = '\0';
		snprintf(out, size, "%s", buf);
	} else {
		snprintf(out, size, "<%d>", key);
	}
}

bool keys_init(void)
{
	bool ok = true;
	if (ready)
		return true;
	for (int a = 1; a < ACT_COUNT; a++) {
		char names[64];
		int n = 0;
		snprintf(names, sizeof names, "%s", action_info[a].keys);
		for (char *save, *k = strtok_r(names, " ", &save); k; k = strtok_r(NULL, " ", &save)) {
			int code = key_by_name(k);
			if (code < 0 || n == MAX_KEYS) {
				fprintf(stderr, "zhibu: internal error: key %s of action %s\n", k, action_info[a].name);
				ok = false;
				continue;
			}
			bound[a][n++] = code;
		}
	}
	ready = ok;
	return ok;
}

int key_from_curses(int is_function, unsigned int code)
{
	if (is_function) {
		if (code == KEY_ENTER)
			return UI_KEY_ENTER;
		if (code == KEY_RESIZE)
			return UI_KEY_RESIZE;
		return UI_KEY_FN + (int)code;
	}
	if (code == 0x7f || code == 8)
		return UI_KEY_FN + KEY_BACKSPACE;
	if (code == '\r')
		return UI_KEY_ENTER;
	return (int)code;
}

bool key_is_text(int key)
{
	return key >= 0x20 && key != 0x7f && key < 0x110000 && !(key >= 0x80 && key < 0xa0);
}

bool action_has_key(enum action a, int key)
{
	keys_init();
	for (int i = 0; i < MAX_KEYS && bound[a][i]; i++)
		if (bound[a][i] == key)
			return true;
	return false;
}

enum action key_action(const enum ui_context *contexts, int key)
{
	keys_init();
	for (const enum ui_context *c = contexts; *c != CTX_END; c++) {
		if (*c == CTX_EDIT && key_is_text(key))
			return ACT_NONE;
		for (int a = 1; a < ACT_COUNT; a++)
			if (action_info[a].ctx == *c && action_has_key(a, key))
				return (enum action)a;
	}
	return ACT_NONE;
}

const char *action_key_label(enum action a)
{
	static char labels[ACT_COUNT][16];
	keys_init();
	if (!labels[a][0])
		key_label(bound[a][0], labels[a], sizeof labels[a]);
	return labels[a];
}

void action_keys_text(enum action a, char *out, size_t size)
{
	size_t len = 0;
	keys_init();
	out[0] = '\0';
	for (int i = 0; i < MAX_KEYS && bound[a][i] && len < size; i++) {
		char name[16];
		key_label(bound[a][i], name, sizeof name);
		len += (size_t)snprintf(out + len, size - len, "%s%s", i ? ", " : "", name);
	}
}

/* mdoc treats some characters as delimiters: escape them. */
static void mdoc_key(FILE *f, const char *name)
{
	fputs("Ic ", f);
	if (strlen(name) == 1 && strchr(".,:;()[]?!|\\\"'", name[0]))
		fputs("\\&", f);
	if (name[0] == '\\')
		fputs("\\e", f);
	else
		fputs(name, f);
}

void keys_print_mdoc(FILE *f)
{
	keys_init();
	fputs(".Sh KEYS\n"
	      "The full-screen app reads these keys.\n"
	      "The help screen\n"
	      ".Pq Ic F1 No or Ic \\&?\n"
	      "lists the ones that work where it is opened.\n", f);
	for (int c = 0; c < CTX_COUNT; c++) {
		fprintf(f, ".Ss %s\n.Bl -tag -width Ds\n", context_titles[c]);
		for (int a = 1; a < ACT_COUNT; a++) {
			if (action_info[a].ctx != (enum ui_context)c)
				continue;
			fputs(".It ", f);
			for (int i = 0; i < MAX_KEYS && bound[a][i]; i++) {
				char name[16];
				key_label(bound[a][i], name, sizeof name);
				if (i > 0)
					fputs(" , ", f);
				mdoc_key(f, name);
			}
			fprintf(f, "\n%s.\n", action_info[a].help);
		}
		fputs(".El\n", f);
	}
}
