/* Progress of long commands on standard error, only when it is a terminal. */
#ifndef ZHIBU_PROGRESS_H
#define ZHIBU_PROGRESS_H
#include <stddef.h>

struct progress {
	const char *label;
	size_t total;
	int shown;      /* percent last drawn, -1 when off */
};

void progress_start(struct progress *p, const char *label, size_t total);
void progress_update(struct progress *p, size_t done);
void progress_end(struct progress *p);

#endif
