/* The .xlsx reader (minizip and expat): any bytes as a workbook, the first
 * sheet and a sheet by name.  Properties: a refused file says why; a read
 * one has its rows in sheet order and every cell is a string inside the
 * table's text, valid UTF-8. */
#include "fuzz.h"

#include "core/text.h"
#include "io/grid.h"



static void fuzz_check_grid(const struct grid *g)
{
	size_t nul;
	for (size_t r = 0; r < g->nrows; r++) {
		FUZZ_ASSERT(r == 0 || g->rows[r - 1].line <= g->rows[r].line);
		FUZZ_ASSERT(g->rows[r].first + (size_t)g->rows[r].ncells <= g->ncells);
		for (int c = 0; c < g->rows[r].ncells + 2; c++) {
			enum gcell_kind kind;
			const char *v = grid_cell(g, r, c, &kind);
			FUZZ_ASSERT(v >= g->text && v < g->text + g->text_len);
			FUZZ_ASSERT(utf8_valid(v, strlen(v), &nul));
			FUZZ_ASSERT(kind != GCELL_DATE || strlen(v) <= 10);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const sheets[] = { NULL, "Sheet2" };
	for (size_t i = 0; i < 2; i++) {
		struct grid g;
		if (grid_read_xlsx(&g, (const char *)data, size, sheets[i]))
			fuzz_check_grid(&g);
		else
			FUZZ_ASSERT(*g.why);
		grid_free(&g);
	}
	return 0;
}
