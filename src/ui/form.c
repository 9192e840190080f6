#include "ui/form.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/idnum.h"
#include "core/pinyin.h"
#include "core/text.h"
#include "ui/dialog.h"
#include "ui/member_pick.h"

void form_set(struct form *form, int field, const char *value)
{
	lineedit_init(&form->fields[field].edit, value);
}

void form_set_member(struct form *form, int field, long long id, const char *name)
{
	form->fields[field].member_id = id;
	lineedit_init(&form->fields[field].edit, id ? name : "");
}

const char *form_get(const struct form *form, int field)
{
	return lineedit_text(&form->fields[field].edit);
}

void form_error(struct form *form, int field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(form->fields[field].message, sizeof form->fields[field].message, fmt, ap);
	va_end(ap);
}

void form_clear_errors(struct form *form)
{
	for (int i = 0; i < form->count; i++)
		form->fields[i].message[0] = '\0';
}

int form_error_count(const struct form *form)
{
	int n = 0;
	for (int i = 0; i < form->count; i++)
		n += form->fields[i].message[0] != '\0';
	return n;
}

/* Columns: the label, the input, the message. */
static void geometry(const struct form *form, int cols, int *label_w, int *input_w, int *msg_x)
{
	int lw = 8;
	for (int i = 0; i < form->count; i++) {
		int w = text_width(form->fields[i].label) + (form->fields[i].required ? 2 : 0) + 2;
		if (w > lw)
			lw = w;
	}
	if (lw > 24)
		lw = 24;
	int iw = cols - 1 - lw - 28;
	if (iw > 50)
		iw = 50;
	if (iw < 20)
		iw = 20;
	*label_w = lw;
	*input_w = iw;
	*msg_x = 1 + lw + iw + 2;
}

static const char *shown_value(const struct form_field *f)
{
	const char *v = lineedit_text(&f->edit);
	return *v || !f->empty_label ? v : f->empty_label;
}

/* A masked value not shown yet: the masked text into out, true. */
static bool masked(const struct form *form, const struct form_field *f, char *out, size_t size)
{
	const char *v = lineedit_text(&f->edit);
	if (f->mask == FORM_PLAIN || form->reveal || f->typed || !*v)
		return false;
	if (f->mask == FORM_MASK_ID) {
		char id[IDNUM_SIZE];
		idnum_mask(v, id);
		text_copy(out, size, id);
	} else {
		phone_mask(v, out, size);
	}
	return true;
}

static int visible_rows(const struct ui *ui)
{
	int y, h;
	ui_area(ui, &y, &h);
	return h - 4 > 1 ? h - 4 : 1;
}

static void form_draw(void *ctx, struct ui *ui)
{
	struct form *form = ctx;
	int y, h, cols = ui_cols(ui), label_w, input_w_all, msg_x;
	ui_area(ui, &y, &h);
	geometry(form, cols, &label_w, &input_w_all, &msg_x);
	char head[512];
	snprintf(head, sizeof head, " %s", form->title);
	ui_text(y, 0, cols, head, UI_HEADER);

	int rows = visible_rows(ui);
	if (form->focus < form->count) {
		if (form->focus < form->top)
			form->top = form->focus;
		if (form->focus >= form->top + rows)
			form->top = form->focus - rows + 1;
	}
	int row = y + 2;
	for (int i = form->top; i < form->count && i < form->top + rows; i++, row++) {
		struct form_field *f = &form->fields[i];
		bool focused = i == form->focus;
		char label[160];
		snprintf(label, sizeof label, "%s%s", f->label, f->required ? " *" : "");
		ui_text(row, 1, label_w, label, focused ? UI_EMPHASIS : UI_LABEL);
		enum ui_style st = focused ? UI_FIELD_FOCUS : UI_FIELD;
		char hidden[LINEEDIT_SIZE];
		/* A text longer than its field (a 备注, a path) runs on over the column of
		 * messages while it has none. */
		int input_w = input_w_all;
		if (f->type == FORM_TEXT && !f->message[0] &&
		    text_width(shown_value(f)) > input_w && cols - 2 - label_w > input_w)
			input_w = cols - 2 - label_w;
		if (masked(form, f, hidden, sizeof hidden)) {
			ui_text(row, 1 + label_w, input_w, hidden, st);
		} else if (focused && (f->type == FORM_TEXT || f->type == FORM_DATE)) {
			int col;
			size_t start = lineedit_view(&f->edit, input_w, &col);
			ui_text(row, 1 + label_w, input_w, lineedit_text(&f->edit) + start, st);
			ui_cursor(ui, row, 1 + label_w + col);
		} else if (f->show_end && text_width(shown_value(f)) > input_w) {
			int pad;
			const char *end = text_skip(shown_value(f), text_width(shown_value(f)) - (input_w - 1), &pad);
			char tail[LINEEDIT_SIZE + 8];
			snprintf(tail, sizeof tail, "…%s%s", pad ? " " : "", end);
			ui_text(row, 1 + label_w, input_w, tail, st);
		} else {
			ui_text(row, 1 + label_w, input_w, shown_value(f), st);
		}
		if (f->message[0])
			ui_text(row, msg_x, cols - msg_x - 1, f->message, UI_MESSAGE);
	}
	if (form->top > 0)
		ui_text_right(y, cols - 12, 12, "...", UI_HEADER);

	char save[64], cancel[64];
	snprintf(save, sizeof save, "[ %s %s ]", _("Save"), action_key_label(ACT_SAVE));
	snprintf(cancel, sizeof cancel, "[ %s %s ]", _("Cancel"), action_key_label(ACT_CANCEL));
	row++;
	int x = 1 + label_w;
	x += ui_text_at(row, x, cols - x, save, form->focus == form->count ? UI_BUTTON_FOCUS : UI_BUTTON);
	ui_text_at(row, x + 2, cols - x - 2, cancel, form->focus == form->count + 1 ? UI_BUTTON_FOCUS : UI_BUTTON);

	/* The status line: the whole message of the field, or how to fill it. */
	if (form->focus < form->count) {
		const struct form_field *f = &form->fields[form->focus];
		char hidden[LINEEDIT_SIZE];
		if (f->message[0])
			ui_error(ui, "%s: %s", f->label, f->message);
		else if (masked(form, f, hidden, sizeof hidden))
			ui_status_prompt(ui, _("Masked: i shows the numbers to read or change them"), -1);
		else if (f->type == FORM_DATE)
			ui_status_prompt(ui, _("A date such as 2026-03-01 or 2026/3/1"), -1);
		else if (f->type == FORM_CHOICE)
			ui_status_prompt(ui, _("Left and Right change the value; F3 or Enter shows the list"), -1);
		else if (f->type == FORM_MEMBER)
			ui_status_prompt(ui, _("F3 or Enter chooses a member; Delete clears the field"), -1);
	}
}

static void leave_field(struct form *form)
{
	if (form->focus < form->count && form->check) {
		form->fields[form->focus].message[0] = '\0';
		form->check(form->ctx, form, form->focus);
	}
}

static void move_focus(struct form *form, int delta)
{
	leave_field(form);
	form->ahead[0] = '\0';
	int n = form->count + 2;
	form->focus = ((form->focus + delta) % n + n) % n;
}

static int choice_index(const struct form_field *f)
{
	const char *v = lineedit_text(&f->edit);
	for (int i = 0; f->choices[i]; i++)
		if (!strcmp(f->choices[i], v))
			return i;
	return -1;
}

static int choice_count(const struct form_field *f)
{
	int n = 0;
	while (f->choices[n])
		n++;
	return n;
}

static void set_choice(struct form *form, struct form_field *f, int i)
{
	if (strcmp(lineedit_text(&f->edit), f->choices[i]) != 0) {
		lineedit_init(&f->edit, f->choices[i]);
		form->dirty = true;
		f->message[0] = '\0';
	}
}

/* Open the list or the picker; true when something was chosen. */
static bool choose(struct ui *ui, struct form *form, struct form_field *f)
{
	if (f->type == FORM_CHOICE) {
		const char *labels[256];
		int n = choice_count(f);
		if (n > 256)
			n = 256;
		for (int i = 0; i < n; i++)
			labels[i] = *f->choices[i] || !f->empty_label ? f->choices[i] : f->empty_label;
		int i = ui_choose(ui, f->label, labels, n, choice_index(f));
		if (i >= 0)
			set_choice(form, f, i);
		return i >= 0;
	} else if (f->type == FORM_MEMBER && form->db) {
		char name[128];
		long long id = f->member_filter
			? member_pick_filter(ui, form->db, f->label, f->member_filter, name, sizeof name)
			: member_pick(ui, form->db, f->label, f->member_group, name, sizeof name);
		if (id && id != f->member_id) {
			f->member_id = id;
			lineedit_init(&f->edit, name);
			form->dirty = true;
			f->message[0] = '\0';
		}
		return id != 0;
	}
	return false;
}

static bool try_save(struct ui *ui, struct form *form)
{
	leave_field(form);
	form_clear_errors(form);
	if (form->save(form->ctx, form))
		return true;
	for (int i = 0; i < form->count; i++)
		if (form->fields[i].message[0]) {
			form->focus = i;
			break;
		}
	if (form_error_count(form) > 0)
		ui_error(ui, "%s", _("Not saved: see the messages beside the fields"));
	return false;
}

/* A character typed on a choice field: the first choice with the text
 * typed so far in its name or at the start of its pinyin initials (本 or bk
 * picks 大学本科); a character that finds none starts the text again. */
static void type_ahead(struct form *form, struct form_field *f, uint32_t cp)
{
	char ch[8];
	size_t n = utf8_encode(cp, ch), len = strlen(form->ahead);
	ch[n] = '\0';
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1)
			len = 0;
		if (len + n >= sizeof form->ahead)
			len = 0;
		memcpy(form->ahead + len, ch, n + 1);
		for (int i = 0; f->choices[i]; i++)
			if (*f->choices[i] && pinyin_name_matches(f->choices[i], form->ahead)) {
				set_choice(form, f, i);
				return;
			}
	}
	form->ahead[0] = '\0';
}

/* A key for the field under the focus. */
static void field_key(struct ui *ui, struct form *form, enum action a, int key)
{
	if (form->focus >= form->count) { /* the buttons */
		if (a == ACT_EDIT_LEFT || a == ACT_EDIT_RIGHT)
			form->focus = form->focus == form->count ? form->count + 1 : form->count;
		return;
	}
	struct form_field *f = &form->fields[form->focus];
	char hidden[LINEEDIT_SIZE];
	if (masked(form, f, hidden, sizeof hidden)) {
		if (a == ACT_NONE && key == 'i')
			form->reveal = true;
		return; /* not changed unseen */
	}
	switch (f->type) {
	case FORM_TEXT:
	case FORM_DATE:
		if (lineedit_key(&f->edit, a, key) == LINEEDIT_CHANGED) {
			form->dirty = true;
			f->typed = true;
			f->message[0] = '\0'; /* 必填 and the like go once the value changes */
		}
		break;
	case FORM_CHOICE: {
		int n = choice_count(f), i = choice_index(f);
		if (n == 0)
			break;
		if (a == ACT_EDIT_LEFT)
			set_choice(form, f, i <= 0 ? n - 1 : i - 1);
		else if (a == ACT_EDIT_RIGHT)
			set_choice(form, f, i < 0 || i + 1 >= n ? 0 : i + 1);
		else if (a == ACT_NONE && key == ' ')
			choose(ui, form, f);
		else if (a == ACT_NONE && key_is_text(key))
			type_ahead(form, f, (uint32_t)key);
		break;
	}
	case FORM_MEMBER:
		if (a == ACT_NONE && key == ' ')
			choose(ui, form, f);
		else if ((a == ACT_EDIT_BACKSPACE || a == ACT_EDIT_DELETE) && f->member_id) {
			f->member_id = 0;
			lineedit_init(&f->edit, "");
			form->dirty = true;
		}
		break;
	}
}

bool form_run(struct ui *ui, struct form *form)
{
	static const enum ui_context contexts[] = { CTX_EDIT, CTX_FORM, CTX_GLOBAL, CTX_END };
	static const enum action bar_choose[] = { ACT_SAVE, ACT_CANCEL, ACT_CHOOSE, ACT_NEXT_FIELD, ACT_HELP, ACT_NONE };
	static const enum action bar_text[] = { ACT_SAVE, ACT_CANCEL, ACT_NEXT_FIELD, ACT_HELP, ACT_NONE };
	bool lists = false;
	for (int i = 0; i < form->count; i++)
		lists |= form->fields[i].type == FORM_CHOICE || form->fields[i].type == FORM_MEMBER;
	struct ui_layer layer = { .draw = form_draw, .ctx = form, .contexts = contexts,
				  .bar = lists ? bar_choose : bar_text, .opaque = true };
	bool saved = false;
	form->ui = ui;
	form->focus = form->top = 0;
	form->dirty = form->reveal = false;
	ui_push(ui, &layer);
	for (;;) {
		int key;
		ui_top(ui)->dirty = form->dirty;
		enum action a = ui_key(ui, &key);
		if (ui_quitting(ui))
			break;
		if (a == ACT_QUIT) {
			if (ui_quit_requested(ui))
				break;
			continue;
		}
		if (a == ACT_CANCEL) {
			if (!form->dirty || ui_confirm(ui, _("Discard the changes?"), false))
				break;
			continue;
		}
		if (a == ACT_SAVE || (a == ACT_FIELD_ENTER && form->focus == form->count)) {
			if (try_save(ui, form)) {
				saved = true;
				break;
			}
			continue;
		}
		if (a == ACT_FIELD_ENTER && form->focus == form->count + 1) {
			if (!form->dirty || ui_confirm(ui, _("Discard the changes?"), false))
				break;
			continue;
		}
		bool list_field = form->focus < form->count &&
				  (form->fields[form->focus].type == FORM_CHOICE ||
				   form->fields[form->focus].type == FORM_MEMBER);
		if ((a == ACT_FIELD_ENTER || a == ACT_CHOOSE) && list_field)
			choose(ui, form, &form->fields[form->focus]);
		else if (a == ACT_NEXT_FIELD || a == ACT_FIELD_ENTER)
			move_focus(form, 1);
		else if (a == ACT_PREV_FIELD)
			move_focus(form, -1);
		else
			field_key(ui, form, a, key);
	}
	ui_pop(ui);
	return saved;
}

/* A date field, normalised; false (with the message) when it is not one. */
bool form_day(struct form *form, int i, char out[DATE_ISO_SIZE])
{
	struct date d;
	const char *why;
	if (text_blank(form_get(form, i))) {
		form_error(form, i, "%s", _("required"));
		return false;
	}
	if (!date_parse(form_get(form, i), &d, &why)) {
		form_error(form, i, "%s", why);
		return false;
	}
	date_format(d, out);
	form_set(form, i, out);
	return true;
}
