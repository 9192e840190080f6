/* Reading .xls (BIFF, Excel 97-2003) through libfreexl, which gives each
 * cell with its type, dates as YYYY-MM-DD in the workbook's date system. */
#include <freexl.h>
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "io/grid.h"

static bool fail(struct grid *t, const char *why)
{
	snprintf(t->why, sizeof t->why, "%s", why);
	return false;
}

static bool choose_sheet(struct grid *t, const void *h, unsigned n, const char *sheet, unsigned short *chosen)
{
	*chosen = 0;
	if (!sheet)
		return true;
	char names[400] = "";
	for (unsigned short i = 0; i < n; i++) {
		const char *name = NULL;
		if (freexl_get_worksheet_name(h, i, &name) != FREEXL_OK || !name)
			continue;
		if (!strcmp(name, sheet)) {
			*chosen = i;
			return true;
		}
		size_t used = strlen(names);
		snprintf(names + used, sizeof names - used, "%s%s", used ? "、" : "", name);
	}
	snprintf(t->why, sizeof t->why, _("the workbook has no sheet named %s (its sheets: %s)"), sheet, names);
	return false;
}

static void read_cell(struct grid *t, const void *h, unsigned row, unsigned short col)
{
	FreeXL_CellValue v;
	if (freexl_get_cell_value(h, row, col, &v) != FREEXL_OK)
		return;
	char buf[32];
	switch (v.type) {
	case FREEXL_CELL_INT:
		snprintf(buf, sizeof buf, "%d", v.value.int_value);
		grid_set_cell(t, col, buf, strlen(buf), GCELL_NUMBER);
		break;
	case FREEXL_CELL_DOUBLE:
		grid_set_number(t, col, v.value.double_value, false);
		break;
	case FREEXL_CELL_TEXT:
	case FREEXL_CELL_SST_TEXT:
	case FREEXL_CELL_TIME:
		if (v.value.text_value)
			grid_set_cell(t, col, v.value.text_value, strlen(v.value.text_value), GCELL_TEXT);
		break;
	case FREEXL_CELL_DATE:
	case FREEXL_CELL_DATETIME:
		if (v.value.text_value)
			grid_set_cell(t, col, v.value.text_value,
				       strlen(v.value.text_value) < 10 ? strlen(v.value.text_value) : 10, GCELL_DATE);
		break;
	default:
		break;
	}
}

bool grid_read_xls(struct grid *t, const char *path, const char *sheet)
{
	grid_init(t);
	const void *h = NULL;
	if (freexl_open(path, &h) != FREEXL_OK) {
		if (h)
			freexl_close(h);
		return fail(t, _("the file is damaged: not a readable .xls workbook"));
	}
	unsigned n = 0, rows = 0;
	unsigned short cols = 0, chosen;
	bool ok = false;
	if (freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &n) != FREEXL_OK || n == 0) {
		fail(t, _("the workbook has no sheet"));
		goto out;
	}
	if (!choose_sheet(t, h, n, sheet, &chosen))
		goto out;
	const char *name = NULL;
	if (freexl_select_active_worksheet(h, chosen) != FREEXL_OK ||
	    freexl_worksheet_dimensions(h, &rows, &cols) != FREEXL_OK) {
		fail(t, _("the file is damaged: not a readable .xls workbook"));
		goto out;
	}
	t->nsheets = (int)n;
	t->sheet = strdup(freexl_get_worksheet_name(h, chosen, &name) == FREEXL_OK && name ? name : "");
	for (unsigned r = 0; r < rows; r++) {
		grid_begin_row(t, (size_t)r + 1);
		for (unsigned short c = 0; c < cols; c++)
			read_cell(t, h, r, c);
	}
	ok = true;
out:
	freexl_close(h);
	return ok;
}
