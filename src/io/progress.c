#include "io/progress.h"

#include <stdio.h>
#include <unistd.h>

void progress_start(struct progress *p, const char *label, size_t total)
{
	p->label = label;
	p->total = total;
	p->shown = isatty(STDERR_FILENO) && total > 0 ? 0 : -1;
}

void progress_update(struct progress *p, size_t done)
{
	if (p->shown < 0)
		return;
	int pct = (int)(done * 100 / p->total);
	if (pct == p->shown)
		return;
	p->shown = pct;
	fprintf(stderr, "\r%s %zu/%zu (%d%%)", p->label, done, p->total, pct);
}

void progress_end(struct progress *p)
{
	if (p->shown >= 0)
		fprintf(stderr, "\r\033[K");
	p->shown = -1;
}
