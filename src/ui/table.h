/* A table of rows that the caller fetches a page at a time, so that 20,000
 * members scroll without ever being loaded at once.  Columns are sized in
 * display columns (CJK characters take two); a cell that does not fit is cut
 * at a character boundary and ends in "…".  Any column can be the sort key,
 * ascending or descending; the source does the sorting (ORDER BY).
 *
 *   static const struct table_column cols[] = { { _("Name"), 10, 2, false }, ... };
 *   struct table *t = table_new(cols, n, (struct table_source){ count, fetch, ctx });
 *   ... in a layer's draw:   table_draw(t, y, 0, height, width);
 *   ... on a key:            if (!table_key(t, action)) ...;
 *   ... after a change:      table_reload(t);
 * fetch() calls table_rows_add() for each row of the page it was asked for. */
#ifndef ZHIBU_UI_TABLE_H
#define ZHIBU_UI_TABLE_H
#include <stdbool.h>

#include "ui/ui.h"

#define TABLE_MAX_COLUMNS 16
#define TABLE_PAGE 64   /* rows fetched at once */

struct table_column {
	const char *title;  /* shown in the header (translated) */
	int width;          /* minimum width in columns */
	int grow;           /* share of the spare width; 0 keeps the width */
	bool right;         /* right-aligned (numbers) */
};

struct table_rows;
/* Called by fetch for each row: its id (for the caller), its style
 * (UI_NORMAL, UI_DIM ...) and one cell per column (UTF-8). */
void table_rows_add(struct table_rows *rows, long long id, enum ui_style style, const char *const *cells);

struct table_source {
	/* How many rows there are. */
	long long (*count)(void *ctx);
	/* Add rows offset .. offset+limit-1 in the order of column sort
	 * (-1: the source's natural order), descending when desc.  The
	 * descending order must be the exact reverse of the ascending one (the
	 * table reads pages near the end backwards).  False on an error. */
	bool (*fetch)(void *ctx, int sort, bool desc, long long offset, int limit, struct table_rows *rows);
	void *ctx;
};

struct table;

struct table *table_new(const struct table_column *columns, int count, struct table_source source);
void table_free(struct table *t);
/* The rows changed: count again and fetch again; the cursor stays at its
 * index (moved back when the table shrank).  reset_cursor moves it to the
 * first row. */
void table_reload(struct table *t, bool reset_cursor);
/* Text to show when there are no rows. */
void table_set_empty_text(struct table *t, const char *text);

/* The rows have one order (the records'): the sort keys do nothing. */
void table_set_unsortable(struct table *t);
/* n sort orders beyond the columns, numbered from the column count on: the
 * sort keys reach them after the last column, and fetch gets their number
 * (the screen names them). */
void table_set_extra_sorts(struct table *t, int n);
/* Sorting: column -1 is the natural order. */
void table_set_sort(struct table *t, int column, bool desc);
int table_sort_column(const struct table *t);
bool table_sort_desc(const struct table *t);

/* Movement (Up, Down, PgUp, PgDn, Home, End) and sorting actions; true
 * when a was one of them. */
bool table_key(struct table *t, enum action a);

long long table_count(struct table *t);
long long table_cursor(const struct table *t);
void table_set_cursor(struct table *t, long long row);
/* The id of the row under the cursor; 0 when there is none. */
long long table_cursor_id(struct table *t);
/* A cell of the row under the cursor ("" when none). */
const char *table_cursor_cell(struct table *t, int column);
/* True when the last fetch or count failed. */
bool table_failed(const struct table *t);

/* Draw the header at y and the rows below it, height lines in all. */
void table_draw(struct table *t, int y, int x, int height, int width);

/* Rows held in memory, the one source of the tables whose rows are few and
 * computed rather than queried a page at a time (the committee's branches,
 * the terms, the grades, the groups, a candidate's steps, an attendance
 * list, 学时, 年度计划, 整改, 意见建议, a list of meetings, a member's
 * payments, the remittances).  fill() is called each time the table counts or fetches a page
 * (the rows are few): the list is emptied first, fill adds each row with
 * table_list_add in the natural order and returns false on an error.
 * Sorting by a column compares cells that are both numbers as numbers and
 * other text by code point; ties keep the natural order, so that descending
 * is the exact reverse of ascending.
 *
 *   l = table_list_new(ncols, fill, ctx);
 *   t = table_new(cols, ncols, table_list_source(l));  ... table_list_free(l) after table_free(t) */
struct table_list;
typedef bool (*table_list_fill)(void *ctx, struct table_list *list);
struct table_list *table_list_new(int columns, table_list_fill fill, void *ctx);
void table_list_free(struct table_list *l);
void table_list_add(struct table_list *l, long long id, enum ui_style style, const char *const *cells);
struct table_source table_list_source(struct table_list *l);

#endif
