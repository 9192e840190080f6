/* A form: labelled fields, then Save and Cancel.  Field types: text and
 * date (a line editor), a choice from a list (Left/Right, or F3 / Enter for
 * the list), a member (F3 / Enter opens the member picker; with
 * name_typed a name may be typed instead), a longer text of several lines
 * (the multi-line editor, F8 hands it to $EDITOR) and an action (a summary
 * of something kept elsewhere, drawn by the caller, that Enter opens: the
 * attendance of a minute, its votes).
 * The caller checks values with its own rules and writes messages beside
 * the fields; the form never closes with unsaved edits without asking.
 *
 *   struct form_field fields[] = {
 *       { .label = _("Name"), .type = FORM_TEXT, .required = true },
 *       { .label = _("Sex"), .type = FORM_CHOICE, .choices = roster_sexes },
 *   };
 *   struct form f = { .title = _("Add a member"), .fields = fields, .count = 2,
 *                     .check = check_one, .save = save_all, .ctx = &mine };
 *   form_set(&f, 0, "张三");
 *   if (form_run(ui, &f)) ... saved ...
 * A page that stays open after saving (a minute) runs the form as its
 * screen instead: form_start, then form_draw and form_key from its own
 * draw and key, and form_lines_focused to choose its key contexts.
 * save() is called on F2 or the Save button: it checks everything (writing
 * messages with form_error) and writes; false keeps the form open. */
#ifndef ZHIBU_UI_FORM_H
#define ZHIBU_UI_FORM_H
#include <stdbool.h>

#include "core/date.h"
#include "ui/lineedit.h"
#include "ui/textedit.h"
#include "ui/ui.h"

struct db;
struct form;
struct member_filter;

enum form_type { FORM_TEXT, FORM_DATE, FORM_CHOICE, FORM_MEMBER, FORM_LINES, FORM_ACTION };
/* A value shown masked (1101**********002X, 138****5678) until i is pressed
 * on it; a value typed into an empty field shows as typed. */
enum form_mask { FORM_PLAIN, FORM_MASK_ID, FORM_MASK_PHONE };

struct form_field {
	const char *label;            /* translated */
	enum form_type type;
	bool required;                /* marked with * */
	const char *const *choices;   /* FORM_CHOICE: the values, NULL-terminated */
	const char *empty_label;      /* how the value "" shows (FORM_CHOICE, FORM_MEMBER) */
	const char *member_group;     /* FORM_MEMBER: pick among this party group (NULL: all) */
	const struct member_filter *member_filter; /* FORM_MEMBER: or among these (not NULL) */
	enum form_mask mask;          /* FORM_TEXT: masked until i */
	bool show_end;                /* FORM_TEXT too long to show: its end (a path), …before */
	bool name_typed;              /* FORM_MEMBER: a name may be typed instead (member_id 0) */
	bool hidden;                  /* not shown now, and Tab passes it by */
	const char *hint;             /* the status line while it has the focus (NULL: by type) */
	int rows;                     /* FORM_LINES: the editor's rows */
	const char *editor_file;      /* FORM_LINES: the file's name for $EDITOR ("agenda.txt") */
	/* FORM_ACTION: its rows now, drawing them, and Enter (true when
	 * something was opened) */
	int (*action_rows)(void *ctx, int field);
	void (*action_draw)(void *ctx, int field, struct ui *ui, int y, int x, int width, bool focus);
	bool (*action_open)(void *ctx, struct form *form, int field);
	/* state */
	struct lineedit edit;         /* the value as text */
	struct textedit text;         /* FORM_LINES: the value (set by form_set, freed by form_done) */
	bool text_ready;
	long long member_id;          /* FORM_MEMBER: the member chosen, 0 for none */
	char message[256];            /* what is wrong with the value, shown beside it */
	bool typed;                   /* edited here: shown as typed even when masked */
};

struct form;
typedef void form_check_fn(void *ctx, struct form *form, int field);
typedef void form_changed_fn(void *ctx, struct form *form, int field);
typedef bool form_save_fn(void *ctx, struct form *form);

struct form {
	const char *title;
	struct form_field *fields;
	int count;
	form_check_fn *check;   /* optional: check one field as the cursor leaves it */
	form_save_fn *save;     /* check all and write; false keeps the form open */
	form_changed_fn *changed; /* optional: a choice or a member changed (at once) */
	void *ctx;
	struct db *db;          /* for FORM_MEMBER */
	/* state, set by form_run */
	struct ui *ui;
	int focus, top;         /* focus: a field, or count (Save), count + 1 (Cancel) */
	bool dirty;
	bool reveal;            /* i pressed: masked fields show their values */
	char ahead[64];         /* typed on a choice field: picks the first choice it finds */
	bool said;              /* the last key left a message on the status line: no hint */
};

/* Set a field's value (before form_run: the value being edited, not a
 * change).  For FORM_MEMBER also give the member's id. */
void form_set(struct form *form, int field, const char *value);
void form_set_member(struct form *form, int field, long long id, const char *name);
const char *form_get(const struct form *form, int field);
/* Write a message beside a field ("" clears it). */
void form_error(struct form *form, int field, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void form_clear_errors(struct form *form);
int form_error_count(const struct form *form);
/* A date field, normalised to ISO in out and in the field; false (with the
 * message beside the field) when it is blank or not a date. */
bool form_day(struct form *form, int field, char out[DATE_ISO_SIZE]);
/* Run the form until saved (true) or cancelled (false). */
bool form_run(struct ui *ui, struct form *form);

/* The form as a page's screen.  form_start before the first draw (the focus
 * on field focus); form_key returns what the key came to: FORM_SAVED after
 * save() wrote (the form stays, not dirty), FORM_CANCELLED when the user
 * left (asked first when dirty). */
enum form_result { FORM_GOING, FORM_SAVED, FORM_CANCELLED };
void form_start(struct ui *ui, struct form *form, int focus);
void form_draw(void *form, struct ui *ui);
enum form_result form_key(struct form *form, enum action a, int key);
/* Check and save as F2 does (the messages beside the fields when not). */
bool form_submit(struct form *form);
/* True when the focus is on a FORM_LINES field (its keys are the text
 * editor's: Enter starts a new line). */
bool form_lines_focused(const struct form *form);
/* Free what FORM_LINES fields hold. */
void form_done(struct form *form);

#endif
