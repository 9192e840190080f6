/* Small modal dialogs drawn over the current screen.
 *   if (ui_confirm(ui, _("Discard the changes?"), false)) ...
 *   ui_message(ui, _("Cannot save"), db_error(db));
 *   int i = ui_choose(ui, _("Party group"), names, n, current);   -1: cancelled */
#ifndef ZHIBU_UI_DIALOG_H
#define ZHIBU_UI_DIALOG_H
#include <stdbool.h>

#include "ui/ui.h"

/* A yes/no question: y or n, or Enter on the selected button (Yes when
 * default_yes), Esc for no.  False also when quitting. */
bool ui_confirm(struct ui *ui, const char *question, bool default_yes);
/* A message; any key closes it. */
void ui_message(struct ui *ui, const char *title, const char *text);
/* Pick one of count items (shown as given); current is selected first.
 * Returns the index, or -1 when cancelled. */
int ui_choose(struct ui *ui, const char *title, const char *const *items, int count, int current);

#endif
