/* Editing text in the user's own editor: $VISUAL, else $EDITOR, else vi.
 * The text goes into a file in a private temporary folder (mode 0700, under
 * $TMPDIR or /tmp); the editor runs without a shell (the variable is split
 * on spaces only, the file name added as the last argument); the file and
 * the folder are removed afterwards.  The command line and the full-screen
 * app (after endwin(), before refreshing) call the same function. */
#ifndef ZHIBU_EDITOR_H
#define ZHIBU_EDITOR_H

enum editor_result {
	EDITOR_CHANGED,     /* *out holds the new text */
	EDITOR_UNCHANGED,   /* saved as it was, or not saved */
	EDITOR_FAILED,      /* *err says why (translated) */
};

/* Edit text (UTF-8).  name is the file's base name (e.g. "minute.txt": its
 * suffix lets the editor choose a mode).  On EDITOR_CHANGED *out is the
 * edited text (heap); on EDITOR_FAILED *err (heap). */
enum editor_result editor_edit(const char *text, const char *name, char **out, char **err);

/* Run argv (a program found on PATH, or a path) without a shell and wait,
 * leaving the terminal's interrupt keys to it meanwhile.  Returns its exit
 * status, or -1 with errno when it could not be started.  The editor, and
 * the committee's view opening a branch, both use it. */
int program_run(char **argv);

#endif
