/* 首页 and the tabs that later versions fill (党费, 会议, 发展, 报表). */
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "db/group.h"
#include "db/member.h"
#include "ui/views.h"

static const enum ui_context contexts[] = { CTX_SCREENS, CTX_GLOBAL, CTX_END };
static const enum action bar[] = { ACT_HELP, ACT_NEXT_SCREEN, ACT_QUIT, ACT_NONE };

static void count_group(void *ctx, const struct party_group *g)
{
	(void)g;
	(*(long long *)ctx)++;
}

static void home_draw(struct app *app, struct ui *ui)
{
	int y, h, cols = ui_cols(ui), row;
	char buf[512];
	struct member_filter f = { 0 };
	long long groups = 0;
	ui_area(ui, &y, &h);
	row = y + 1;
	ui_text(row++, 2, cols - 4, app->branch.name, UI_EMPHASIS);
	snprintf(buf, sizeof buf, _("Higher committee: %s"), *app->branch.higher_committee
			? app->branch.higher_committee : _("(not recorded)"));
	ui_text(row++, 2, cols - 4, buf, UI_NORMAL);
	row++;

	long long total = member_count(app->db, &f);
	f.kind = "正式";
	long long full = member_count(app->db, &f);
	f.kind = "预备";
	long long probationary = member_count(app->db, &f);
	f.kind = NULL;
	f.status = "流动";
	long long away = member_count(app->db, &f);
	f.status = "失联";
	long long lost = member_count(app->db, &f);
	group_each(app->db, count_group, &groups);

	const struct { const char *label; long long n; } lines[] = {
		{ _("Members on the roster"), total },
		{ _("  full members"), full },
		{ _("  probationary members"), probationary },
		{ _("Away from the branch"), away },
		{ _("Out of contact"), lost },
		{ _("Party groups"), groups },
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0] && row < y + h; i++, row++) {
		ui_text(row, 2, 30, lines[i].label, UI_LABEL);
		snprintf(buf, sizeof buf, "%lld", lines[i].n);
		ui_text_right(row, 32, 8, buf, UI_NORMAL);
	}
	row++;
	ui_text(row++, 2, cols - 4, _("Press 2 for the members. Dues, meetings and what is due soon come to this screen in later versions."), UI_DIM);
}

static void home_key(struct app *app, enum action a, int key)
{
	(void)app;
	(void)a;
	(void)key;
}

const struct view view_home = {
	.tab = N_("Home"), .draw = home_draw, .key = home_key, .contexts = contexts, .bar = bar,
};

/* A tab that a later version fills: what it will hold, no made-up data. */
static void stub_draw(struct ui *ui, const char *title, const char *text)
{
	int y, h, cols = ui_cols(ui);
	ui_area(ui, &y, &h);
	ui_text(y + 1, 2, cols - 4, title, UI_EMPHASIS);
	ui_text(y + 3, 2, cols - 4, _("Coming in a later version of zhibu."), UI_NORMAL);
	ui_text(y + 4, 2, cols - 4, text, UI_DIM);
}

static void reports_draw(struct app *app, struct ui *ui)
{
	(void)app;
	stub_draw(ui, _(view_reports.tab), _("The registers and reports; until then: zhibu export and zhibu report."));
}

const struct view view_reports = {
	.tab = N_("Reports"), .draw = reports_draw, .key = home_key, .contexts = contexts, .bar = bar,
};
