/* zhibu import disclosures FILE and zhibu import feedback FILE: the 党务公开
 * and 意见建议 records kept so far, one per row, header of Chinese column
 * names in any order.  All or nothing: any problem (FILE:LINE: 列名:
 * problem) means nothing is written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/disclose_cli.h"
#include "cli/import_options.h"
#include "core/i18n.h"
#include "core/keyset.h"
#include "core/text.h"
#include "db/db.h"
#include "db/disclosure.h"
#include "db/feedback.h"
#include "io/import.h"
#include "io/progress.h"

/* A date column into out ("" when empty); false after reporting. */
static bool day_value(struct import *im, int col, bool required, char out[DATE_ISO_SIZE])
{
	const char *v = import_value(im, col), *why;
	struct date d;
	out[0] = '\0';
	if (!*v) {
		if (required)
			import_error(im, col, "%s", _("is empty"));
		return !required;
	}
	if (!date_parse(v, &d, &why)) {
		import_error(im, col, "%s", why);
		return false;
	}
	date_format(d, out);
	return true;
}

/* A value of list, or "" when empty; false after reporting. */
static bool list_value(struct import *im, int col, const char *const *list, char *out, size_t size)
{
	const char *v = import_value(im, col);
	out[0] = '\0';
	if (!*v)
		return true;
	if (!disclosure_value(list, v)) {
		char all[512] = "";
		for (size_t n = 0; *list; list++)
			n += (size_t)snprintf(all + n, n < sizeof all ? sizeof all - n : 0, "%s%s", n ? "、" : "", *list);
		import_error(im, col, _("%s is not one of %s"), v, all);
		return false;
	}
	text_copy(out, size, v);
	return true;
}

static bool text_value(struct import *im, int col, bool required, char *out, size_t size)
{
	const char *v = import_value(im, col);
	if (required && !*v) {
		import_error(im, col, "%s", _("is empty"));
		return false;
	}
	if (!text_copy(out, size, v)) {
		import_error(im, col, _("is longer than %zu bytes"), size - 1);
		return false;
	}
	return true;
}

/* The one transaction of an import, with its settings and a key per row. */
struct run {
	struct import im;
	struct import_options o;
	struct db *db;
	struct disclosure_settings set;
	struct workdays cal;
	struct keyset seen;
	size_t added;
};

static int run_start(struct run *r, struct cli *cli, int argc, char **argv, const struct import_column *spec, int n)
{
	memset(r, 0, sizeof *r);
	int rc = import_options_parse(&r->o, argc, argv, false);
	if (rc)
		return rc;
	r->db = import_start(cli, &r->im, &r->o, spec, n, false);
	if (!r->db)
		return EXIT_REFUSED;
	if (!disclosure_settings_load(r->db, &r->set, &r->cal)) {
		fprintf(stderr, "zhibu: %s\n", db_error(r->db));
		return import_finish(&r->im, r->db, &r->o, true, NULL);
	}
	return 0;
}

/* A row seen twice in the file: the line of the first, else 0. */
static size_t seen_line(struct run *r, const char *key)
{
	return keyset_add(&r->seen, key, r->im.row.line);
}

/* format: the translated "imported %zu THINGS from %s (%s)". */
static int run_end(struct run *r, const char *format)
{
	keyset_free(&r->seen);
	workdays_done(&r->cal);
	char *done = import_done(format, r->added, &r->im, &r->o);
	int status = import_finish(&r->im, r->db, &r->o, false, done);
	free(done);
	return status;
}

/* ---- disclosures */

enum {
	D_ITEM, D_PERIOD, D_TITLE, D_SUMMARY, D_SCOPE, D_FORMS, D_PROPOSED, D_PROPOSER, D_REVIEWED, D_REVIEWER,
	D_SECRECY, D_APPROVED, D_APPROVER, D_PUBLISHED, D_OUT, D_DAYS, D_UNIT, D_DOWN, D_ARCHIVED, D_COUNT
};
static const struct import_column disclosure_columns[D_COUNT] = {
	{ "公开事项", true }, { "期间", false }, { "标题", false }, { "内容摘要", true }, { "公开范围", false },
	{ "公开形式", false }, { "提出日期", true }, { "提出人", false }, { "审核日期", false }, { "审核人", false },
	{ "保密审查", false }, { "审批日期", false }, { "审批人", false }, { "公开日期", false },
	{ "党外公开日期", false }, { "公开天数", false }, { "天数单位", false }, { "撤下日期", false },
	{ "归档日期", false },
};

static void disclosure_row(struct run *r, struct disclosure *d)
{
	struct import *im = &r->im;
	int before = im->errors;
	const char *item = import_value(im, D_ITEM);
	long long cat = disclosure_catalog_find(r->db, item);
	struct disclosure_item c;
	if (cat < 0 || (cat > 0 && !disclosure_catalog_get(r->db, cat, &c))) {
		import_error(im, -1, "%s", db_error(r->db));
		return;
	}
	d->catalog_id = cat;
	text_copy(d->title, sizeof d->title, item);
	if (cat) {
		text_copy(d->scope, sizeof d->scope, c.scope);
		text_copy(d->forms, sizeof d->forms, c.forms);
		d->notice_days = c.notice_days;
		text_copy(d->notice_unit, sizeof d->notice_unit, c.notice_unit);
	}
	if (*import_value(im, D_TITLE))
		text_value(im, D_TITLE, false, d->title, sizeof d->title);
	text_value(im, D_SUMMARY, true, d->summary, sizeof d->summary);
	text_value(im, D_PROPOSER, false, d->proposer, sizeof d->proposer);
	text_value(im, D_REVIEWER, false, d->reviewer, sizeof d->reviewer);
	text_value(im, D_APPROVER, false, d->approver, sizeof d->approver);
	char scope[24];
	bool scope_ok = list_value(im, D_SCOPE, disclosure_scopes, scope, sizeof scope);
	if (scope_ok && *scope)
		text_copy(d->scope, sizeof d->scope, scope);
	else if (scope_ok && !*d->scope)
		import_error(im, D_SCOPE, "%s", _("is empty (an item not in the catalogue needs its scope)"));
	const char *forms = import_value(im, D_FORMS), *why;
	if (*forms && (why = disclosure_forms_check(forms, d->forms, sizeof d->forms)))
		import_error(im, D_FORMS, "%s", why);
	else if (!*d->forms)
		import_error(im, D_FORMS, "%s", _("is empty (an item not in the catalogue needs its forms)"));
	const char *period = import_value(im, D_PERIOD);
	struct period p;
	if (*period && !period_parse(period, &p))
		import_error(im, D_PERIOD, _("%s is not a month 2026-10, a quarter 2026Q3, a half-year 2026H2 or a year 2026"),
			     period);
	else if (*period)
		period_format(p, d->period);
	if (cat && *c.period && (!*period || (int)p.kind != period_kind_parse(c.period)))
		if (im->errors == before)
			import_error(im, D_PERIOD, _("%s is disclosed by %s: give the period (2026-10, 2026Q3, 2026H2, 2026)"),
				     c.title, c.period);
	day_value(im, D_PROPOSED, true, d->proposed_on);
	day_value(im, D_REVIEWED, false, d->reviewed_on);
	day_value(im, D_APPROVED, false, d->approved_on);
	day_value(im, D_PUBLISHED, false, d->published_on);
	day_value(im, D_OUT, false, d->published_out_on);
	day_value(im, D_DOWN, false, d->taken_down_on);
	day_value(im, D_ARCHIVED, false, d->archived_on);
	const char *secrecy = import_value(im, D_SECRECY);
	if (!strcmp(secrecy, "是"))
		d->secrecy_checked = true;
	else if (*secrecy && strcmp(secrecy, "否"))
		import_error(im, D_SECRECY, _("%s is not 是 or 否"), secrecy);
	const char *days = import_value(im, D_DAYS);
	if (*days) {
		char *end;
		long n = strtol(days, &end, 10);
		if (*end || n < 1 || n > 366)
			import_error(im, D_DAYS, _("%s is not a number of days from 1 to 366"), days);
		d->notice_days = (int)n;
		if (!*d->notice_unit)
			text_copy(d->notice_unit, sizeof d->notice_unit, "工作日");
	}
	char unit[16];
	if (list_value(im, D_UNIT, disclosure_units, unit, sizeof unit) && *unit)
		text_copy(d->notice_unit, sizeof d->notice_unit, unit);
	if (im->errors != before)
		return;
	struct disclosure_steps steps;
	disclosure_steps_of(d, &steps);
	if ((why = disclosure_steps_check(&steps))) {
		int col = *d->published_on && (!*d->reviewed_on || !*d->approved_on) ? D_PUBLISHED
			: *d->reviewed_on && !d->secrecy_checked ? D_SECRECY : -1;
		import_error(im, col, "%s", why);
		return;
	}
	char key[400];
	snprintf(key, sizeof key, "%lld|%s|%s|%s", d->catalog_id, d->period, d->title, d->proposed_on);
	size_t first = seen_line(r, key);
	long long same = first ? 0 : disclosure_find_same(r->db, d);
	if (first)
		import_error(im, -1, _("the same disclosure is already on line %zu"), first);
	else if (same > 0)
		import_error(im, -1, _("already recorded as 公开#%lld"), same);
	else if (same < 0)
		import_error(im, -1, "%s", db_error(r->db));
}

int import_disclosures(struct cli *cli, int argc, char **argv)
{
	struct run r;
	int rc = run_start(&r, cli, argc, argv, disclosure_columns, D_COUNT);
	if (rc)
		return rc;
	struct progress pg;
	progress_start(&pg, _("Importing"), import_estimate_rows(&r.im));
	while (import_next(&r.im)) {
		struct disclosure d;
		disclosure_init(&d);
		progress_update(&pg, r.im.row.line);
		int before = r.im.errors;
		disclosure_row(&r, &d);
		if (r.im.errors == before && !r.im.errors) {
			if (disclosure_save(r.db, &r.set, &d))
				r.added++;
			else
				import_error(&r.im, -1, "%s", db_error(r.db));
		}
		disclosure_done(&d);
	}
	progress_end(&pg);
	return run_end(&r, ngettext("zhibu: imported %zu disclosure from %s (%s).\n",
				    "zhibu: imported %zu disclosures from %s (%s).\n", r.added));
}

/* ---- feedback */

enum { F_RECEIVED, F_CHANNEL, F_FROM, F_CONTENT, F_HANDLER, F_REPLIED, F_RESULT, F_REPLY, F_PUBLISHED, F_COUNT };
static const struct import_column feedback_columns[F_COUNT] = {
	{ "收到日期", true }, { "渠道", true }, { "反映人", false }, { "内容", true }, { "承办人", true },
	{ "答复日期", false }, { "处理结果", false }, { "答复内容", false }, { "公开答复日期", false },
};

static void feedback_row(struct run *r, struct feedback *f)
{
	struct import *im = &r->im;
	int before = im->errors;
	day_value(im, F_RECEIVED, true, f->received_on);
	if (!*import_value(im, F_CHANNEL))
		import_error(im, F_CHANNEL, "%s", _("is empty"));
	list_value(im, F_CHANNEL, feedback_channels, f->channel, sizeof f->channel);
	text_value(im, F_CONTENT, true, f->content, sizeof f->content);
	text_value(im, F_HANDLER, true, f->handler, sizeof f->handler);
	day_value(im, F_REPLIED, false, f->replied_on);
	list_value(im, F_RESULT, feedback_results, f->result, sizeof f->result);
	text_value(im, F_REPLY, false, f->reply, sizeof f->reply);
	day_value(im, F_PUBLISHED, false, f->reply_published_on);
	if (im->errors != before)
		return;
	if (*f->replied_on && !*f->result) {
		import_error(im, F_RESULT, "%s", _("is empty: a reply without a result is refused"));
		return;
	}
	if (*f->replied_on && !*f->reply) {
		import_error(im, F_REPLY, "%s", _("is empty: a reply needs its text"));
		return;
	}
	if (!*f->replied_on && (*f->result || *f->reply || *f->reply_published_on)) {
		import_error(im, F_REPLIED, "%s", _("is empty, but the row has a reply"));
		return;
	}
	const char *problem = feedback_check(f);
	if (problem) {
		import_error(im, -1, "%s", problem);
		return;
	}
	char why[512];
	if (!feedback_set_sender(r->db, f, import_value(im, F_FROM), "", why, sizeof why)) {
		import_error(im, F_FROM, "%s", why);
		return;
	}
	struct date received;
	date_parse_iso(f->received_on, &received);
	date_format(feedback_due_for(&r->set, f->channel, received), f->due_on);
	char key[1200];
	snprintf(key, sizeof key, "%s|%s|%s|%s", f->received_on, f->channel, f->from_name, f->content);
	size_t first = seen_line(r, key);
	long long same = first ? 0 : feedback_find_same(r->db, f);
	if (first)
		import_error(im, -1, _("the same opinion is already on line %zu"), first);
	else if (same > 0)
		import_error(im, -1, _("already recorded as 意见#%lld"), same);
	else if (same < 0)
		import_error(im, -1, "%s", db_error(r->db));
}

int import_feedback(struct cli *cli, int argc, char **argv)
{
	struct run r;
	int rc = run_start(&r, cli, argc, argv, feedback_columns, F_COUNT);
	if (rc)
		return rc;
	struct progress pg;
	progress_start(&pg, _("Importing"), import_estimate_rows(&r.im));
	while (import_next(&r.im)) {
		struct feedback f;
		feedback_init(&f);
		progress_update(&pg, r.im.row.line);
		int before = r.im.errors;
		feedback_row(&r, &f);
		if (r.im.errors == before && !r.im.errors && !feedback_save(r.db, &f))
			import_error(&r.im, -1, "%s", db_error(r.db));
		else if (r.im.errors == before)
			r.added++;
	}
	progress_end(&pg);
	return run_end(&r, ngettext("zhibu: imported %zu opinion from %s (%s).\n",
				    "zhibu: imported %zu opinions from %s (%s).\n", r.added));
}
