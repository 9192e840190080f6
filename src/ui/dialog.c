#include "ui/dialog.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"

/* Wrap text into at most max lines of width columns; returns the count. */
static int wrap_lines(const char *text, int width, char lines[][512], int max)
{
	int n = 0;
	size_t next;
	for (const char *p = text; *p && n < max; p += next) {
		size_t len = text_wrap(p, width, &next);
		snprintf(lines[n++], 512, "%.*s", (int)len, p);
	}
	return n;
}

struct confirm {
	const char *title, *text;
	bool yes_selected;
	bool buttons;
};

static void confirm_draw(void *ctx, struct ui *ui)
{
	struct confirm *c = ctx;
	char lines[12][512];
	int cols = ui_cols(ui);
	int width = cols - 10 < 60 ? cols - 10 : 60;
	int n = wrap_lines(c->text, width - 4, lines, 12);
	int height = n + (c->buttons ? 4 : 3);
	int y = (ui_lines(ui) - height) / 2, x = (cols - width) / 2;
	ui_box(y, x, height, width, c->title);
	for (int i = 0; i < n; i++)
		ui_text(y + 1 + i, x + 2, width - 4, lines[i], UI_BOX);
	if (c->buttons) {
		char yes[64], no[64];
		snprintf(yes, sizeof yes, "[ %s (%s) ]", _("Yes"), action_key_label(ACT_YES));
		snprintf(no, sizeof no, "[ %s (%s) ]", _("No"), action_key_label(ACT_NO));
		int w = text_width(yes) + 2 + text_width(no);
		int bx = x + (width - w) / 2;
		bx += ui_text_at(y + height - 2, bx, width, yes, c->yes_selected ? UI_BUTTON_FOCUS : UI_BUTTON);
		ui_text_at(y + height - 2, bx + 2, width, no, c->yes_selected ? UI_BUTTON : UI_BUTTON_FOCUS);
	}
}

bool ui_confirm(struct ui *ui, const char *question, bool default_yes)
{
	static const enum ui_context contexts[] = { CTX_DIALOG, CTX_GLOBAL, CTX_END };
	static const enum action bar[] = { ACT_YES, ACT_NO, ACT_HELP, ACT_NONE };
	struct confirm c = { _("Please confirm"), question, default_yes, true };
	struct ui_layer layer = { .draw = confirm_draw, .ctx = &c, .contexts = contexts, .bar = bar };
	bool answer = false;
	ui_push(ui, &layer);
	for (;;) {
		int key;
		enum action a = ui_key(ui, &key);
		if (ui_quitting(ui) || a == ACT_NO || a == ACT_DISMISS || a == ACT_QUIT)
			break;
		if (a == ACT_YES || (a == ACT_ACCEPT && c.yes_selected)) {
			answer = true;
			break;
		}
		if (a == ACT_ACCEPT)
			break;
		if (key == UI_KEY_TAB || key == key_by_name("Left") || key == key_by_name("Right"))
			c.yes_selected = !c.yes_selected;
	}
	ui_pop(ui);
	return answer;
}

void ui_message(struct ui *ui, const char *title, const char *text)
{
	static const enum ui_context contexts[] = { CTX_DIALOG, CTX_GLOBAL, CTX_END };
	static const enum action bar[] = { ACT_ACCEPT, ACT_NONE };
	struct confirm c = { title, text, false, false };
	struct ui_layer layer = { .draw = confirm_draw, .ctx = &c, .contexts = contexts, .bar = bar };
	ui_push(ui, &layer);
	int key;
	ui_key(ui, &key);
	ui_pop(ui);
}

struct choose {
	const char *title;
	const char *const *items;
	int count, sel, top;
};

static void choose_geometry(const struct choose *c, const struct ui *ui, int *y, int *x, int *h, int *w)
{
	int width = text_width(c->title) + 6;
	for (int i = 0; i < c->count; i++) {
		int iw = text_width(c->items[i]) + 6;
		if (iw > width)
			width = iw;
	}
	if (width < 24)
		width = 24;
	if (width > ui_cols(ui) - 4)
		width = ui_cols(ui) - 4;
	int height = c->count + 2;
	if (height > ui_lines(ui) - 6)
		height = ui_lines(ui) - 6;
	*h = height;
	*w = width;
	*y = (ui_lines(ui) - height) / 2;
	*x = (ui_cols(ui) - width) / 2;
}

static void choose_draw(void *ctx, struct ui *ui)
{
	struct choose *c = ctx;
	int y, x, h, w;
	choose_geometry(c, ui, &y, &x, &h, &w);
	int rows = h - 2;
	if (c->sel < c->top)
		c->top = c->sel;
	if (c->sel >= c->top + rows)
		c->top = c->sel - rows + 1;
	ui_box(y, x, h, w, c->title);
	for (int i = 0; i < rows && c->top + i < c->count; i++) {
		int k = c->top + i;
		char line[512];
		snprintf(line, sizeof line, " %s", c->items[k]);
		ui_text(y + 1 + i, x + 1, w - 2, line, k == c->sel ? UI_SELECTED : UI_BOX);
	}
}

int ui_choose(struct ui *ui, const char *title, const char *const *items, int count, int current)
{
	static const enum ui_context contexts[] = { CTX_DIALOG, CTX_LIST, CTX_GLOBAL, CTX_END };
	static const enum action bar[] = { ACT_ACCEPT, ACT_DISMISS, ACT_HELP, ACT_NONE };
	struct choose c = { title, items, count, current >= 0 && current < count ? current : 0, 0 };
	struct ui_layer layer = { .draw = choose_draw, .ctx = &c, .contexts = contexts, .bar = bar };
	int result = -1;
	if (count <= 0)
		return -1;
	ui_push(ui, &layer);
	for (;;) {
		int key, y, x, h, w;
		enum action a = ui_key(ui, &key);
		choose_geometry(&c, ui, &y, &x, &h, &w);
		if (ui_quitting(ui) || a == ACT_DISMISS || a == ACT_BACK)
			break;
		if (a == ACT_QUIT) {
			if (ui_quit_requested(ui))
				break;
			continue;
		}
		if (a == ACT_ACCEPT || a == ACT_OPEN) {
			result = c.sel;
			break;
		}
		switch (a) {
		case ACT_UP: c.sel--; break;
		case ACT_DOWN: c.sel++; break;
		case ACT_PAGE_UP: c.sel -= h - 2; break;
		case ACT_PAGE_DOWN: c.sel += h - 2; break;
		case ACT_FIRST: c.sel = 0; break;
		case ACT_LAST: c.sel = count - 1; break;
		default: break;
		}
		if (c.sel < 0)
			c.sel = 0;
		if (c.sel >= count)
			c.sel = count - 1;
	}
	ui_pop(ui);
	return result;
}
