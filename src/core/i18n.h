/* Message translation: every user-visible string goes through _() or N_(). */
#ifndef ZHIBU_I18N_H
#define ZHIBU_I18N_H
#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/* Set the locale and the message catalogue.  Characters are handled as UTF-8
 * whatever the locale (C.UTF-8 when the one given is missing or not UTF-8);
 * the interface is Chinese unless the locale or LANGUAGE asks for English. */
void i18n_init(void);

/* What a system error number means, in zhibu's own words (translated by
 * zhibu's catalogue, so independent of the C library's translations). */
const char *errno_text(int errnum);

#endif
