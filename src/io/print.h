/* Printing through CUPS: the printers lpstat lists, and a file sent with lp.
 * Nothing is printed when CUPS is not there; the caller then saves the PDF
 * and says where. */
#ifndef ZHIBU_PRINT_H
#define ZHIBU_PRINT_H
#include <stdbool.h>
#include <stddef.h>

struct printers {
	char **names;    /* the default printer first */
	size_t count, cap;
};

/* The printers that accept jobs (lpstat -a), the default (lpstat -d)
 * first.  False, with none, when there is no CUPS or no printer. */
bool printers_list(struct printers *out);
void printers_free(struct printers *p);
/* lp -d printer -n copies -- path.  False with *err (heap, translated). */
bool print_file(const char *path, const char *printer, int copies, char **err);

#endif
