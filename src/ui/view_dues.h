/* 党费 inside src/ui: what the year grid (view_dues.c) and the screens
 * opened from it (view_dues_forms.c: the payment form, a member's history,
 * the fixing table, the remittances) share. */
#ifndef ZHIBU_UI_VIEW_DUES_H
#define ZHIBU_UI_VIEW_DUES_H
#include <stdbool.h>
#include <stddef.h>

#include "db/dues.h"
#include "ui/views.h"

#define DUES_COLLECTOR_SIZE 96

/* Record a payment for the member of row: months (the month index given is
 * the default; a range is allowed), amount, date paid, collector (the last
 * one typed is the default, and the one typed is kept in collector), note,
 * voluntary extra.  True when something was written. */
bool dues_pay_form(struct app *app, const struct dues_row *row, int month, char *collector);

/* The member's payments, month by month, reversals beside what they
 * cancel; a payment can be reversed or its collector and note corrected.
 * True when anything was written. */
bool dues_history_page(struct app *app, const struct dues_row *row, int year);

/* Fix (核定) one member's monthly amount for a year.  True when saved. */
bool dues_fix_form(struct app *app, long long member_id, const char *name, int year);

/* The yearly fixing table, from year (the keys go to other years), with
 * "fix next year".  True when anything was written. */
bool dues_fixings_page(struct app *app, int year);

/* Remittances (上缴) by the year they were made, from year, and the
 * branch's balance.  True when anything was written. */
bool dues_remittances_page(struct app *app, int year);

/* Would write(ctx) go through?  The same work in a transaction rolled
 * back (as import --dry-run does): what the backend's rules say, and what
 * it would write (the count and amount that "mark all" asks about). */
bool dues_dry_run(struct db *db, app_write_fn *write, void *ctx);

/* "11月" for a month index. */
void dues_month_name(int month, char *out, size_t size);
/* "87.5%", or "-" when nothing was owed. */
void dues_rate_text(fen_t collected, fen_t owed, char *out, size_t size);

#endif
