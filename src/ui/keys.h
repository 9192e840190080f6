/* Named actions of the full-screen app.  ONE table (UI_ACTIONS) drives the
 * key map, the help screen, the function-key bar and the KEYS section of the
 * man page (zhibu --keys-mdoc), so the three never disagree.
 *
 * A key is an int: a character is its Unicode code point; a function key is
 * UI_KEY_FN + the curses KEY_ code.  A context groups the actions that work
 * in one kind of place (a list, a form, a line editor); a screen looks keys
 * up in its contexts in order, the first match wins. */
#ifndef ZHIBU_UI_KEYS_H
#define ZHIBU_UI_KEYS_H
#include <stdbool.h>
#include <stdio.h>

#include "core/i18n.h"

/* X(ID, title) */
#define UI_CONTEXTS(X) \
	X(GLOBAL, N_("Everywhere")) \
	X(SCREENS, N_("On the main screens")) \
	X(LIST, N_("In lists and views")) \
	X(LIMITED, N_("In the lists that can be narrowed (members, dues, meetings)")) \
	X(MEMBERS, N_("Members")) \
	X(GROUPS, N_("Party groups")) \
	X(PIPELINE, N_("Development of new members: the board")) \
	X(CANDIDATE, N_("Development of new members: one person")) \
	X(FORM, N_("In forms")) \
	X(EDIT, N_("Editing a text field or the search line")) \
	X(TEXT, N_("Editing a longer text (agenda, discussion, decisions)")) \
	X(CALENDAR, N_("Meetings: the calendar")) \
	X(MEETINGS, N_("Meetings: the calendar and the lists of meetings")) \
	X(ATTENDANCE, N_("Meetings: the attendance of a minute")) \
	X(MINUTE, N_("Meetings: a minute")) \
	X(COMMITTEE, N_("Meetings: the branch committee")) \
	X(GRADES, N_("Meetings: 民主评议党员")) \
	X(RECTIFY, N_("整改台账: the list and one item")) \
	X(YEAR_PLAN, N_("年度计划: the year's plan")) \
	X(REVIEW, N_("民主测评: the year's review of the branch committee")) \
	X(IMPORT, N_("导入: importing a file")) \
	X(DISCLOSE, N_("党务公开: the calendar and one disclosure")) \
	X(FEEDBACK, N_("党务公开: the 意见建议 and one opinion")) \
	X(ORG, N_("组织: the term, the transfers waiting, members away, the archive and the submissions")) \
	X(DUES, N_("Dues: the year grid")) \
	X(DUES_YEAR, N_("Dues: the year shown")) \
	X(DUES_HISTORY, N_("Dues: one member's payments")) \
	X(DUES_FIXINGS, N_("Dues: the yearly fixing table (核定)")) \
	X(DUES_REMIT, N_("Dues: remittances to the higher committee (上缴)")) \
	X(HOME, N_("The home screen and the reports")) \
	X(STATS, N_("Statistics: the bar charts")) \
	X(PREVIEW, N_("Reports: the preview before saving")) \
	X(DIALOG, N_("Questions, prompts and pickers"))

/* X(ID, name, context, keys, bar label or NULL, help).  Keys are names
 * separated by spaces: a character, ^X for Ctrl-X, or one of Up Down Left
 * Right PgUp PgDn Home End Enter Esc Tab BackTab Space Backspace Delete
 * Insert F1..F12.  The first key is the one the bar shows. */
#define UI_ACTIONS(X) \
	X(HELP, "help", GLOBAL, "F1 ?", N_("Help"), N_("Show the keys that work here")) \
	X(QUIT, "quit", GLOBAL, "q F10 ^C", N_("Quit"), N_("Quit zhibu; asks first when unsaved changes would be lost")) \
	X(REDRAW, "redraw", GLOBAL, "^L", NULL, N_("Redraw the screen")) \
	X(NEXT_SCREEN, "next-screen", SCREENS, "Tab", N_("Next screen"), N_("Go to the next screen")) \
	X(PREV_SCREEN, "prev-screen", SCREENS, "BackTab", NULL, N_("Go to the previous screen")) \
	X(SCREEN_1, "screen-1", SCREENS, "1", NULL, N_("Go to the screen of that number in the title line (the list of screens is below)")) \
	X(SCREEN_2, "screen-2", SCREENS, "2", NULL, N_("Go to the screen of that number in the title line (the list of screens is below)")) \
	X(SCREEN_3, "screen-3", SCREENS, "3", NULL, N_("Go to the screen of that number in the title line (the list of screens is below)")) \
	X(SCREEN_4, "screen-4", SCREENS, "4", NULL, N_("Go to the screen of that number in the title line (the list of screens is below)")) \
	X(SCREEN_5, "screen-5", SCREENS, "5", NULL, N_("Go to the screen of that number in the title line (the list of screens is below)")) \
	X(SCREEN_6, "screen-6", SCREENS, "6", NULL, N_("Go to the screen of that number in the title line (the list of screens is below)")) \
	X(SCREEN_7, "screen-7", SCREENS, "7", NULL, N_("Go to the screen of that number in the title line (the list of screens is below)")) \
	X(IMPORT, "import", SCREENS, "I", NULL, N_("Import records from a file (导入): a roster, dues, meetings or any other kind; checked first, written only when you confirm")) \
	X(SETTINGS, "settings", SCREENS, "S", NULL, N_("Settings (设置): the branch's name, its higher committee, the meeting requirements and the other settings")) \
	X(UP, "up", LIST, "Up k", NULL, N_("Move up one line")) \
	X(DOWN, "down", LIST, "Down j", NULL, N_("Move down one line")) \
	X(PAGE_UP, "page-up", LIST, "PgUp ^B", N_("Page up"), N_("Move up one page")) \
	X(PAGE_DOWN, "page-down", LIST, "PgDn ^F Space", N_("Page down"), N_("Move down one page")) \
	X(FIRST, "first", LIST, "Home g", NULL, N_("Go to the first line")) \
	X(LAST, "last", LIST, "End G", NULL, N_("Go to the last line")) \
	X(OPEN, "open", LIST, "Enter", N_("Open"), N_("Open the selected line")) \
	X(BACK, "back", LIST, "Esc", N_("Back"), N_("Go back; in a list, clear the search first")) \
	X(SEARCH, "search", LIST, "/", N_("Search"), N_("Search as you type: name, pinyin in full or by initials (zhangsan, zs, zhangs for 张三), last digits of the ID number, phone")) \
	X(SORT_NEXT, "sort-next", LIST, "F6 >", N_("Sort"), N_("Sort by the next column")) \
	X(SORT_PREV, "sort-prev", LIST, "<", NULL, N_("Sort by the previous column")) \
	X(SORT_REVERSE, "sort-reverse", LIST, "r", NULL, N_("Reverse the sort order")) \
	X(LIMIT, "limit", LIMITED, "f F4", N_("Limit"), N_("Show only some of the list: members of a kind, party group, status or category; dues in arrears; meetings of a kind")) \
	X(MEMBER_ADD, "member-add", MEMBERS, "a F7", N_("Add"), N_("Add a member")) \
	X(MEMBER_EDIT, "member-edit", MEMBERS, "e", N_("Edit"), N_("Edit the member")) \
	X(MEMBER_STATUS, "member-status", MEMBERS, "c", N_("Set status"), N_("Change the member's status (away, out of contact, transferred out ...), with date and reason")) \
	X(TALK_ADD, "talk-add", MEMBERS, "t", N_("Talk"), N_("Record a talk (谈心谈话) with the member: who talked, when, of what kind")) \
	X(REVEAL, "reveal", MEMBERS, "i", N_("Show IDs"), N_("Show or mask ID numbers and phone numbers")) \
	X(GROUPS, "groups", MEMBERS, "p", N_("Groups"), N_("Manage the party groups")) \
	X(GROUP_ADD, "group-add", GROUPS, "a F7", N_("Add"), N_("Add a party group")) \
	X(GROUP_RENAME, "group-rename", GROUPS, "e", N_("Rename"), N_("Rename the party group")) \
	X(GROUP_LEADER, "group-leader", GROUPS, "L", N_("Leader"), N_("Set the group's leader")) \
	X(COLUMN_LEFT, "column-left", PIPELINE, "Left h", NULL, N_("Go to the column on the left (the stage before)")) \
	X(COLUMN_RIGHT, "column-right", PIPELINE, "Right l", NULL, N_("Go to the column on the right (the stage after)")) \
	X(CANDIDATE_ADD, "candidate-add", PIPELINE, "a F7", N_("Add"), N_("Add an applicant (入党申请人) with the date of the application")) \
	X(PLAN, "plan", PIPELINE, "t", N_("Plan"), N_("Set the target of a year's development plan (年度发展计划)")) \
	X(STEP_RECORD, "record", CANDIDATE, "Enter", N_("Record"), N_("Record (or correct) the step, 公示, 思想汇报 or decision under the cursor: the form asks only what it needs")) \
	X(CANDIDATE_EDIT, "candidate-edit", CANDIDATE, "e", N_("Edit"), N_("Correct the personal record (after admission, in the roster)")) \
	X(NEXT_FIELD, "next-field", FORM, "Tab Down", N_("Next field"), N_("Go to the next field")) \
	X(PREV_FIELD, "prev-field", FORM, "BackTab Up", NULL, N_("Go to the previous field")) \
	X(FIELD_ENTER, "field-enter", FORM, "Enter", NULL, N_("Next field; on a choice or member field, open the list (what is chosen stays in focus, Tab moves on); on a button, press it")) \
	X(CHOOSE, "choose", FORM, "F3", N_("Choose"), N_("Choose from the list of a choice or member field")) \
	X(SAVE, "save", FORM, "F2 ^S", N_("Save"), N_("Save the form")) \
	X(CANCEL, "cancel", FORM, "Esc ^C", N_("Cancel"), N_("Cancel; asks first when there are unsaved changes")) \
	X(EDIT_LEFT, "cursor-left", EDIT, "Left", NULL, N_("Move the cursor one character left; in a choice field, the previous choice")) \
	X(EDIT_RIGHT, "cursor-right", EDIT, "Right", NULL, N_("Move the cursor one character right; in a choice field, the next choice")) \
	X(EDIT_HOME, "line-start", EDIT, "Home ^A", NULL, N_("Move to the start of the text")) \
	X(EDIT_END, "line-end", EDIT, "End ^E", NULL, N_("Move to the end of the text")) \
	X(EDIT_BACKSPACE, "delete-back", EDIT, "Backspace", NULL, N_("Delete the character before the cursor")) \
	X(EDIT_DELETE, "delete", EDIT, "Delete ^D", NULL, N_("Delete the character under the cursor")) \
	X(EDIT_KILL_START, "kill-to-start", EDIT, "^U", NULL, N_("Delete from the start of the text to the cursor")) \
	X(EDIT_KILL_END, "kill-to-end", EDIT, "^K", NULL, N_("Delete from the cursor to the end of the text")) \
	X(EDIT_KILL_WORD, "kill-word", EDIT, "^W", NULL, N_("Delete the word before the cursor")) \
	X(TEXT_UP, "text-up", TEXT, "Up", NULL, N_("Move up one row; from the first row, to the field before")) \
	X(TEXT_DOWN, "text-down", TEXT, "Down", NULL, N_("Move down one row; from the last row, to the field after")) \
	X(TEXT_PAGE_UP, "text-page-up", TEXT, "PgUp", NULL, N_("Move up one page of the text")) \
	X(TEXT_PAGE_DOWN, "text-page-down", TEXT, "PgDn", NULL, N_("Move down one page of the text")) \
	X(TEXT_NEWLINE, "newline", TEXT, "Enter", NULL, N_("Start a new line")) \
	X(TEXT_EXTERNAL, "external-editor", TEXT, "F8 ^X", N_("Editor"), N_("Edit the text in your own editor ($VISUAL or $EDITOR); the screen comes back when it closes")) \
	X(CELL_LEFT, "cell-left", CALENDAR, "Left h", NULL, N_("Go to the period before")) \
	X(CELL_RIGHT, "cell-right", CALENDAR, "Right l", NULL, N_("Go to the period after")) \
	X(YEAR_PREV, "year-prev", CALENDAR, "PgUp [", N_("Year before"), N_("Show the year before")) \
	X(YEAR_NEXT, "year-next", CALENDAR, "PgDn ]", N_("Year after"), N_("Show the year after")) \
	X(MEETING_ADD, "meeting-add", MEETINGS, "a F7", N_("Record"), N_("Record a meeting: a new minute, of the kind under the cursor")) \
	X(MEETING_ALL, "meeting-list", MEETINGS, "m", N_("All"), N_("List every meeting of the year")) \
	X(COMMITTEE, "committee", MEETINGS, "c", N_("Committee"), N_("The branch committee: who holds which office (书记, 组织委员 ...)")) \
	X(GRADES, "grades", MEETINGS, "p", N_("Grades"), N_("民主评议党员: the grades of the year")) \
	X(MINUTE_PRINT, "minute-print", MINUTE, "F9 ^P", N_("Print"), N_("Print the saved minute as PDF through CUPS (lp), choosing the printer and the copies; without a printer, save the PDF in the Documents folder")) \
	X(ATTEND_TOGGLE, "attend-toggle", ATTENDANCE, "Space", N_("Present/absent"), N_("Mark the member present or absent")) \
	X(ATTEND_REASON, "attend-reason", ATTENDANCE, "Enter r", N_("Reason"), N_("Write why the member was absent (出差, 病假 ...)")) \
	X(ATTEND_ADD, "attend-add", ATTENDANCE, "a F7", N_("Add"), N_("Add someone who is not on the list")) \
	X(ATTEND_REMOVE, "attend-remove", ATTENDANCE, "Delete d", N_("Remove"), N_("Take someone added by hand off the list (those who should attend stay)")) \
	X(ROLE_ASSIGN, "role-assign", COMMITTEE, "a F7", N_("Assign"), N_("Give a member an office from a day; the holder before leaves it the day before")) \
	X(ROLE_END, "role-end", COMMITTEE, "x", N_("End term"), N_("End the term of the office under the cursor")) \
	X(GRADE_SET, "grade-set", GRADES, "Enter", N_("Set grade"), N_("Choose the member's grade (优秀, 合格, 基本合格, 不合格)")) \
	X(GRADES_REST, "grades-rest", GRADES, "M", N_("Rest 合格"), N_("Grade 合格 everyone who can be graded and has no grade yet (not saved until F2)")) \
	X(GRADES_SAVE, "grades-save", GRADES, "F2 ^S", N_("Save"), N_("Save the grades, when 优秀 is at most a third of those graded")) \
	X(RECTIFY_BATCH, "rectify-batch", RECTIFY, "b", N_("New batch"), N_("Add a batch of 整改 items: its name, source, feedback date and the report's due date")) \
	X(RECTIFY_ADD, "rectify-add", RECTIFY, "a", N_("New item"), N_("Add an item to a batch: the problem, measures, who is responsible and the deadline (a date or 长期)")) \
	X(RECTIFY_PROGRESS, "rectify-progress", RECTIFY, "p", N_("Progress"), N_("Append a progress entry to the item: date, what was done, the status after")) \
	X(RECTIFY_CLOSE, "rectify-close", RECTIFY, "c", N_("Close"), N_("销号: the date, the verifier and the evidence, picked from the minutes (会议#…) or typed")) \
	X(RECTIFY_VOID, "rectify-void", RECTIFY, "x", N_("Void"), N_("Void the item with a reason (nothing is deleted)")) \
	X(RECTIFY_SENT, "rectify-report-sent", RECTIFY, "s", N_("Report sent"), N_("Record the day the report on the item's batch was sent to the higher committee")) \
	X(PLAN_ADD, "plan-add", YEAR_PLAN, "a F7", N_("Add"), N_("Add an item to the plan: 类别, task, measures, owner, 完成时限, and an indicator with its target when zhibu computes it")) \
	X(PLAN_ADOPT, "plan-adopt", YEAR_PLAN, "A", N_("Adopt"), N_("Record the plan adopted: the date and the minute of the meeting that adopted it")) \
	X(PLAN_START, "plan-start", YEAR_PLAN, "s", N_("Start"), N_("Mark the item started (进行中), as zhibu plan start")) \
	X(PLAN_DONE, "plan-done", YEAR_PLAN, "d", N_("Done"), N_("Mark the item done, with the date and the evidence (items bound to an indicator are done when the records reach the target)")) \
	X(PLAN_CANCEL, "plan-cancel", YEAR_PLAN, "x", N_("Cancel item"), N_("Cancel the item with a reason (nothing is deleted)")) \
	X(DISCLOSE_ADD, "disclose-add", DISCLOSE, "a F7", N_("Propose"), N_("Propose a disclosure (提出) of the row and period under the cursor: the summary is filled from the dues or the pipeline")) \
	X(DISCLOSE_NEXT, "disclose-next", DISCLOSE, "n", N_("Next step"), N_("Record the disclosure's next step: 审核 with the 保密审查, 审批, 公开 (党内, then 党外), 归档 with 撤下")) \
	X(DISCLOSE_PUBLISH, "disclose-publish", DISCLOSE, "p", N_("Publish"), N_("Record the disclosure published; refused without 审核 and 审批 (中国共产党党务公开条例（试行）第十五条)")) \
	X(DISCLOSE_VOID, "disclose-void", DISCLOSE, "x", N_("Void"), N_("Void the disclosure with a reason (nothing is deleted)")) \
	X(DISCLOSE_FEEDBACK, "disclose-feedback", DISCLOSE, "o", N_("意见"), N_("The 意见建议 received: overdue first, with handler and deadline")) \
	X(DISCLOSE_BOXES, "disclose-boxes", DISCLOSE, "b", N_("意见箱"), N_("The 意见箱 and the record of their openings")) \
	X(FEEDBACK_REPLY, "feedback-reply", FEEDBACK, "r", N_("Reply"), N_("Record the reply to the opinion: the date, the result (采纳 ...) and the text")) \
	X(FEEDBACK_RECTIFY, "feedback-rectify", FEEDBACK, "z", N_("整改"), N_("Turn the opinion into an item of a 整改 batch chosen from the list (linked both ways)")) \
	X(REVIEW_ADD, "review-add", REVIEW, "a F7", N_("Add"), N_("Add the year's 测评: the day held, 应参评 and 实参评 (the areas and the threshold are the settings' now)")) \
	X(REVIEW_TOTALS, "review-totals", REVIEW, "t", N_("Totals"), N_("Record the totals counted on paper: the valid ballots and each area's sum of their scores")) \
	X(IMPORT_FILE, "import-file", IMPORT, "F3 o", N_("Files"), N_("Choose the file among the .csv, .xlsx and .xls files of the folder zhibu was started in; it is checked at once")) \
	X(IMPORT_COMMIT, "import-commit", IMPORT, "F2 ^S", N_("Import"), N_("Import the file checked without problems, all or nothing (asks first)")) \
	X(ORG_DOCUMENT, "org-document", ORG, "a F7", N_("Add document"), N_("Record a document of the archive: year, 收文/发文/本级材料, category, 题名, date, 文号, 责任者, pages, retention, box (非密 only)")) \
	X(ORG_SENT, "org-sent", ORG, "s", N_("Sent"), N_("Record a submission sent: which one, the date and how")) \
	X(ORG_RECEIPT, "org-receipt", ORG, "v", N_("回执"), N_("Record the 回执 of a 转出 received: which transfer (the one under the cursor), the date and who received it")) \
	X(DUES_MONTH_PREV, "dues-month-prev", DUES, "Left h", NULL, N_("Go to the month before")) \
	X(DUES_MONTH_NEXT, "dues-month-next", DUES, "Right l", NULL, N_("Go to the month after")) \
	X(DUES_PAY, "dues-pay", DUES, "a F7", N_("Pay"), N_("Record a payment for the selected member: the months (a range too), amount, date paid, collector, voluntary extra")) \
	X(DUES_MARK, "dues-mark", DUES, "m", N_("Mark paid"), N_("Mark the month under the cursor paid at the fixed amount, for the selected member")) \
	X(DUES_MARK_ALL, "dues-mark-all", DUES, "M", N_("Mark all"), N_("Mark the month under the cursor paid at the fixed amounts for every member who has not paid it in full; asks first, saying how many and how much")) \
	X(DUES_FIX, "dues-fix", DUES, "e", NULL, N_("Fix the selected member's monthly amount for the year (核定)")) \
	X(DUES_FIXINGS, "dues-fixings", DUES, "F", N_("Fixings"), N_("The yearly fixing table: each member's category, base and monthly amount; fixing the next year")) \
	X(DUES_REMITTANCES, "dues-remittances", DUES, "R", N_("Remittances"), N_("Remittances to the higher committee (上缴) and the branch's balance")) \
	X(DUES_YEAR_PREV, "dues-year-prev", DUES_YEAR, "[", NULL, N_("Show the year before")) \
	X(DUES_YEAR_NEXT, "dues-year-next", DUES_YEAR, "]", NULL, N_("Show the year after")) \
	X(DUES_REVERSE, "dues-reverse", DUES_HISTORY, "x Delete", N_("Reverse"), N_("Reverse the payment under the cursor: a new row cancels it, nothing is deleted")) \
	X(DUES_ANNOTATE, "dues-annotate", DUES_HISTORY, "e", N_("Edit"), N_("Correct the collector and the note of the payment (the amounts never change: reverse it instead)")) \
	X(DUES_FIX_EDIT, "dues-fix-edit", DUES_FIXINGS, "Enter e", N_("Edit"), N_("Fix the member's monthly amount: category, base, or another amount with its reason and approval")) \
	X(DUES_FIX_NEXT, "dues-fix-next-year", DUES_FIXINGS, "N", N_("Fix year"), N_("Fix the year shown while members of it have no amount, else the year after (the question names the year): each member's amount from the rules and the latest base, marked to review")) \
	X(DUES_UNFIX, "dues-unfix", DUES_FIXINGS, "x", N_("Withdraw"), N_("Withdraw the amount fixed by mistake for the member under the cursor, with a reason; refused while payments of the year depend on it")) \
	X(DUES_UNFIX_YEAR, "dues-unfix-year", DUES_FIXINGS, "X", NULL, N_("Withdraw every amount fixed by mistake for the year shown, with a reason; refused while payments of the year depend on them")) \
	X(DUES_REMIT_ADD, "dues-remit-add", DUES_REMIT, "a F7", N_("Add"), N_("Record a remittance: date, period, amount, receiving committee")) \
	X(DUES_REMIT_REVERSE, "dues-remit-reverse", DUES_REMIT, "x Delete", N_("Reverse"), N_("Reverse the remittance under the cursor: a new row cancels it")) \
	X(STATISTICS, "statistics", HOME, "s", N_("Statistics"), N_("Show the branch statistics (党员统计) as bar charts")) \
	X(AS_OF, "as-of", STATS, "d", N_("Date"), N_("Count as of another date")) \
	X(WRITE, "write", PREVIEW, "F2 ^S", N_("Save"), N_("Write the report to the file named in the form")) \
	X(PRINT, "print", PREVIEW, "p", N_("Print"), N_("Print it as PDF through CUPS (lp), choosing the printer and the copies; without a printer, save the PDF beside the file named in the form")) \
	X(SCROLL_LEFT, "scroll-left", PREVIEW, "Left h", NULL, N_("Show the columns on the left")) \
	X(SCROLL_RIGHT, "scroll-right", PREVIEW, "Right l", N_("Right"), N_("Show the columns on the right of a wide report")) \
	X(YES, "yes", DIALOG, "y Y", N_("Yes"), N_("Answer yes")) \
	X(NO, "no", DIALOG, "n N", N_("No"), N_("Answer no")) \
	X(ACCEPT, "accept", DIALOG, "Enter", N_("OK"), N_("Accept: keep the search, pick the selected line, press the selected button")) \
	X(DISMISS, "dismiss", DIALOG, "Esc", N_("Cancel"), N_("Cancel the question, the prompt or the picker"))

enum ui_context {
#define X(id, title) CTX_##id,
	UI_CONTEXTS(X)
#undef X
	CTX_COUNT,
	CTX_END = -1 /* ends a list of contexts */
};

enum action {
	ACT_NONE = 0, /* no action: a character to insert, or nothing */
#define X(id, name, ctx, keys, bar, help) ACT_##id,
	UI_ACTIONS(X)
#undef X
	ACT_COUNT
};

struct action_info {
	const char *name;     /* for scripts and the man page */
	enum ui_context ctx;
	const char *keys;     /* key names, space-separated */
	const char *bar;      /* msgid of the short label in the bar, or NULL */
	const char *help;     /* msgid of the help text */
};
extern const struct action_info action_info[ACT_COUNT];
extern const char *const context_titles[CTX_COUNT]; /* msgids */

#define UI_KEY_FN 0x200000               /* + a curses KEY_ code */
#define UI_KEY_RESIZE (UI_KEY_FN + 0x1000) /* the window changed size */
#define UI_KEY_EOF (UI_KEY_FN + 0x1001)    /* input ended (the script ran out) */
#define UI_KEY_ESC 27
#define UI_KEY_ENTER '\n'
#define UI_KEY_TAB '\t'

/* Parse the key names of the table; false (and a message on stderr) when a
 * name is unknown.  Called once at start-up; idempotent. */
bool keys_init(void);
/* The code of one key name ("F1", "^L", "j", "Enter"), or -1. */
int key_by_name(const char *name);
/* The name of a key code, into out ("F1", "^L", "张"). */
void key_label(int key, char *out, size_t size);
/* The code of curses' get_wch() result: KEY_ codes shifted, Backspace and
 * Enter variants folded. */
int key_from_curses(int is_function, unsigned int code);
/* True for a key that inserts text (a printable character). */
bool key_is_text(int key);
/* The action of key in the first of the contexts (ended by CTX_END) that
 * binds it.  In a context list with CTX_EDIT, text keys are never actions. */
enum action key_action(const enum ui_context *contexts, int key);
/* True when action a has key among its keys. */
bool action_has_key(enum action a, int key);
/* The display names of all keys of a: "F1, ?". */
void action_keys_text(enum action a, char *out, size_t size);
/* The display name of the first key of a ("F1", "/"). */
const char *action_key_label(enum action a);

/* Print the KEYS section of the man page in mdoc. */
void keys_print_mdoc(FILE *f);

#endif
