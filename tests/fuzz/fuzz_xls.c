/* The .xls path (libfreexl): any bytes written to a private temporary file
 * and read as a workbook.  Properties as for fuzz_xlsx: a refused file says
 * why; a read one has rows in order and cells inside the table's text. */
#include "fuzz.h"

#include <unistd.h>

#include "io/grid.h"
#include "io/paths.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *dir;
	if (!dir)
		dir = paths_temp_dir();
	FUZZ_ASSERT(dir);
	char path[4096];
	snprintf(path, sizeof path, "%s/in.xls", dir);
	FILE *f = fopen(path, "wb");
	FUZZ_ASSERT(f);
	FUZZ_ASSERT(fwrite(data, 1, size, f) == size);
	fclose(f);
	struct grid g;
	if (grid_read_xls(&g, path, NULL)) {
		for (size_t r = 0; r < g.nrows; r++) {
			FUZZ_ASSERT(r == 0 || g.rows[r - 1].line < g.rows[r].line);
			for (int c = 0; c < g.rows[r].ncells; c++) {
				enum gcell_kind kind;
				const char *v = grid_cell(&g, r, c, &kind);
				FUZZ_ASSERT(v >= g.text && v < g.text + g.text_len);
				(void)kind;
			}
		}
	} else {
		FUZZ_ASSERT(*g.why);
	}
	grid_free(&g);
	unlink(path);
	return 0;
}
