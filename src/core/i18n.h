/* Message translation: every user-visible string goes through _() or N_(). */
#ifndef ZHIBU_I18N_H
#define ZHIBU_I18N_H
#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/* Set the locale and the message catalogue.  When the user's locale is not
 * generated on this machine (often only C.UTF-8 is), keep UTF-8 character
 * handling and still show messages in the language the user asked for. */
void i18n_init(void);

#endif
