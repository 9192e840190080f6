/* The fonts of a document subset to its characters before layout, so that
 * embedding them in the PDF is cheap (doc_font.c says why). */
#ifndef ZHIBU_DOC_FONT_H
#define ZHIBU_DOC_FONT_H
#include <pango/pango.h>

#include "io/doc.h"

#define DOC_FONT_DIR_SIZE 4096

/* A font map holding family's regular and bold faces cut down to the
 * characters of d, written into a new folder dir; NULL when they cannot be
 * made (the caller then uses the system's fonts). */
PangoFontMap *doc_font_map(const struct doc *d, const char *family, char dir[DOC_FONT_DIR_SIZE]);
/* Release the font map and remove the folder. */
void doc_font_map_done(PangoFontMap *fm, const char *dir);

#endif
