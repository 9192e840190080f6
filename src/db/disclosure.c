#include "db/disclosure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/candidate.h"
#include "db/db_private.h"

/* ---- Settings */

bool disclosure_settings_load(struct db *db, struct disclosure_settings *s, struct workdays *cal)
{
	char buf[16];
	disclosure_settings_default(s);
	s->grace_days = (int)settings_get_int(db, "disclosure.routine_grace_days", s->grace_days);
	s->prompt_days = (int)settings_get_int(db, "disclosure.prompt_days", s->prompt_days);
	s->school = settings_get_int(db, "disclosure.school", 0) != 0;
	s->outside_days = (int)settings_get_int(db, "disclosure.outside_days", 0);
	s->publish_replies = settings_get_int(db, "feedback.publish_replies", 1) != 0;
	s->reply_workdays = (int)settings_get_int(db, "feedback.reply_workdays", s->reply_workdays);
	s->request_workdays = (int)settings_get_int(db, "feedback.request_workdays", s->request_workdays);
	s->request_ext_workdays = (int)settings_get_int(db, "feedback.request_ext_workdays",
							s->request_ext_workdays);
	if (settings_get(db, "disclosure.archive_by", buf, sizeof buf, "06-30")) {
		int m, d;
		if (sscanf(buf, "%d-%d", &m, &d) == 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
			s->archive_month = m;
			s->archive_day = d;
		}
	}
	if (settings_get(db, "feedback.box_period", buf, sizeof buf, "月")) {
		int k = period_kind_parse(buf);
		if (k >= 0)
			s->box_period = (enum period_kind)k;
	}
	struct date d;
	if (settings_get(db, "disclosure.since", buf, sizeof buf, "") && date_parse_iso(buf, &d))
		date_format(d, s->since);
	s->calendar = cal;
	return candidate_holidays_load(db, cal);
}

/* ---- The catalogue */

void disclosure_item_init(struct disclosure_item *c)
{
	memset(c, 0, sizeof *c);
	strcpy(c->domain, "党务");
	c->grace_days = -1;
	c->active = true;
}

#define ITEM_COLUMNS "id, domain, category, title, scope, audience, timing, coalesce(period, ''), " \
	"coalesce(grace_days, -1), forms, coalesce(notice_days, 0), coalesce(notice_unit, ''), owner, basis, " \
	"coalesce(source, ''), active, coalesce(since, ''), note"

static void item_read(sqlite3_stmt *st, struct disclosure_item *c)
{
	c->id = sqlite3_column_int64(st, 0);
	db_column_copy(st, 1, c->domain, sizeof c->domain);
	db_column_copy(st, 2, c->category, sizeof c->category);
	db_column_copy(st, 3, c->title, sizeof c->title);
	db_column_copy(st, 4, c->scope, sizeof c->scope);
	db_column_copy(st, 5, c->audience, sizeof c->audience);
	db_column_copy(st, 6, c->timing, sizeof c->timing);
	db_column_copy(st, 7, c->period, sizeof c->period);
	c->grace_days = sqlite3_column_int(st, 8);
	db_column_copy(st, 9, c->forms, sizeof c->forms);
	c->notice_days = sqlite3_column_int(st, 10);
	db_column_copy(st, 11, c->notice_unit, sizeof c->notice_unit);
	db_column_copy(st, 12, c->owner, sizeof c->owner);
	db_column_copy(st, 13, c->basis, sizeof c->basis);
	db_column_copy(st, 14, c->source, sizeof c->source);
	c->active = sqlite3_column_int(st, 15) != 0;
	db_column_copy(st, 16, c->since, sizeof c->since);
	db_column_copy(st, 17, c->note, sizeof c->note);
}

/* Step st to its end, handing each row to fn. */
static bool items_run(struct db *db, sqlite3_stmt *st, disclosure_item_fn *fn, void *ctx)
{
	struct disclosure_item c;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		item_read(st, &c);
		if (!fn(ctx, &c)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return db_reset(db, st);
}

bool disclosure_catalog_each(struct db *db, bool school, bool all, disclosure_item_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " ITEM_COLUMNS " FROM disclosure_catalog "
				       "WHERE (domain = '党务' OR :school) AND (active OR :all) "
				       "ORDER BY domain = '校务', id");
	if (!st)
		return false;
	db_bind_int(st, ":school", school);
	db_bind_int(st, ":all", all);
	return items_run(db, st, fn, ctx);
}

static bool copy_item(void *ctx, const struct disclosure_item *c)
{
	*(struct disclosure_item *)ctx = *c;
	return false;
}

bool disclosure_catalog_get(struct db *db, long long id, struct disclosure_item *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " ITEM_COLUMNS " FROM disclosure_catalog WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	out->id = 0;
	if (!items_run(db, st, copy_item, out))
		return false;
	if (!out->id) {
		db_set_error(db, _("no catalogue row %lld"), id);
		return false;
	}
	return true;
}

long long disclosure_catalog_find(struct db *db, const char *title)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id FROM disclosure_catalog WHERE title = :title "
				       "ORDER BY domain = '校务', id LIMIT 1");
	if (!st)
		return -1;
	db_bind_text(st, ":title", title);
	return db_step_id(db, st);
}

bool disclosure_catalog_save(struct db *db, struct disclosure_item *c)
{
	sqlite3_stmt *st = c->id
		? db_stmt(db, "UPDATE disclosure_catalog SET domain = :domain, category = :category, title = :title, "
			      "scope = :scope, audience = :audience, timing = :timing, period = :period, "
			      "grace_days = :grace, forms = :forms, notice_days = :nd, notice_unit = :nu, "
			      "owner = :owner, basis = :basis, source = :source, active = :active, since = :since, "
			      "note = :note WHERE id = :id")
		: db_stmt(db, "INSERT INTO disclosure_catalog(domain, category, title, scope, audience, timing, "
			      "period, grace_days, forms, notice_days, notice_unit, owner, basis, source, active, "
			      "since, note) VALUES (:domain, :category, :title, :scope, :audience, :timing, :period, "
			      ":grace, :forms, :nd, :nu, :owner, :basis, :source, :active, :since, :note)");
	if (!st)
		return false;
	if (c->id)
		db_bind_int(st, ":id", c->id);
	db_bind_text(st, ":domain", c->domain);
	db_bind_text(st, ":category", c->category);
	db_bind_text(st, ":title", c->title);
	db_bind_text(st, ":scope", c->scope);
	db_bind_text(st, ":audience", c->audience);
	db_bind_text(st, ":timing", c->timing);
	db_bind_opt(st, ":period", c->period);
	if (c->grace_days >= 0)
		db_bind_int(st, ":grace", c->grace_days);
	else
		db_bind_null(st, ":grace");
	db_bind_text(st, ":forms", c->forms);
	db_bind_id(st, ":nd", c->notice_days);
	db_bind_opt(st, ":nu", c->notice_days ? c->notice_unit : "");
	db_bind_text(st, ":owner", c->owner);
	db_bind_text(st, ":basis", c->basis);
	db_bind_opt(st, ":source", c->source);
	db_bind_int(st, ":active", c->active);
	db_bind_opt(st, ":since", c->since);
	db_bind_text(st, ":note", c->note);
	if (c->id)
		return db_step_done(db, st);
	return db_insert_done(db, st, &c->id);
}

/* ---- Disclosures */

void disclosure_init(struct disclosure *d)
{
	memset(d, 0, sizeof *d);
	d->content = strdup("");
	if (!d->content)
		abort();
	strcpy(d->status, "拟稿");
}

void disclosure_done(struct disclosure *d)
{
	free(d->content);
	d->content = NULL;
}

void disclosure_set_content(struct disclosure *d, const char *text)
{
	char *c = strdup(text ? text : "");
	if (!c)
		abort();
	free(d->content);
	d->content = c;
}

void disclosure_steps_of(const struct disclosure *d, struct disclosure_steps *s)
{
	s->proposed = d->proposed_on;
	s->reviewed = d->reviewed_on;
	s->approved = d->approved_on;
	s->published = d->published_on;
	s->published_out = d->published_out_on;
	s->taken_down = d->taken_down_on;
	s->archived = d->archived_on;
	s->secrecy_checked = d->secrecy_checked;
	s->scope = d->scope;
}

static const char *status_of(const struct disclosure *d)
{
	if (*d->void_reason)
		return "作废";
	if (*d->taken_down_on)
		return "已撤下";
	if (*d->published_on)
		return "已公开";
	if (*d->approved_on)
		return "已批准";
	if (*d->reviewed_on)
		return "已审核";
	return "拟稿";
}

#define DISCLOSURE_COLUMNS "id, coalesce(catalog_id, 0), period, title, summary, scope, forms, status, " \
	"proposed_on, proposer, coalesce(reviewed_on, ''), reviewer, secrecy_checked, coalesce(approved_on, ''), " \
	"approver, approval_ref, coalesce(published_on, ''), coalesce(published_out_on, ''), " \
	"coalesce(notice_days, 0), coalesce(notice_unit, ''), coalesce(until, ''), coalesce(taken_down_on, ''), " \
	"coalesce(republish_of, 0), coalesce(archived_on, ''), archive_ref, void_reason"

static void disclosure_read(sqlite3_stmt *st, struct disclosure *d)
{
	d->id = sqlite3_column_int64(st, 0);
	d->catalog_id = sqlite3_column_int64(st, 1);
	db_column_copy(st, 2, d->period, sizeof d->period);
	db_column_copy(st, 3, d->title, sizeof d->title);
	db_column_copy(st, 4, d->summary, sizeof d->summary);
	db_column_copy(st, 5, d->scope, sizeof d->scope);
	db_column_copy(st, 6, d->forms, sizeof d->forms);
	db_column_copy(st, 7, d->status, sizeof d->status);
	db_column_copy(st, 8, d->proposed_on, sizeof d->proposed_on);
	db_column_copy(st, 9, d->proposer, sizeof d->proposer);
	db_column_copy(st, 10, d->reviewed_on, sizeof d->reviewed_on);
	db_column_copy(st, 11, d->reviewer, sizeof d->reviewer);
	d->secrecy_checked = sqlite3_column_int(st, 12) != 0;
	db_column_copy(st, 13, d->approved_on, sizeof d->approved_on);
	db_column_copy(st, 14, d->approver, sizeof d->approver);
	db_column_copy(st, 15, d->approval_ref, sizeof d->approval_ref);
	db_column_copy(st, 16, d->published_on, sizeof d->published_on);
	db_column_copy(st, 17, d->published_out_on, sizeof d->published_out_on);
	d->notice_days = sqlite3_column_int(st, 18);
	db_column_copy(st, 19, d->notice_unit, sizeof d->notice_unit);
	db_column_copy(st, 20, d->until, sizeof d->until);
	db_column_copy(st, 21, d->taken_down_on, sizeof d->taken_down_on);
	d->republish_of = sqlite3_column_int64(st, 22);
	db_column_copy(st, 23, d->archived_on, sizeof d->archived_on);
	db_column_copy(st, 24, d->archive_ref, sizeof d->archive_ref);
	db_column_copy(st, 25, d->void_reason, sizeof d->void_reason);
}

bool disclosure_save(struct db *db, const struct disclosure_settings *s, struct disclosure *d)
{
	struct disclosure_steps steps;
	disclosure_steps_of(d, &steps);
	const char *why = disclosure_steps_check(&steps);
	if (why) {
		db_set_error(db, "%s", why);
		return false;
	}
	struct date pub;
	if (!*d->until && d->notice_days > 0 && date_parse_iso(d->published_on, &pub))
		date_format(disclosure_until(s->calendar, pub, d->notice_days, !strcmp(d->notice_unit, "工作日")),
			    d->until);
	text_copy(d->status, sizeof d->status, status_of(d));
	sqlite3_stmt *st = d->id
		? db_stmt(db, "UPDATE disclosures SET catalog_id = :catalog, period = :period, title = :title, "
			      "summary = :summary, content = :content, scope = :scope, forms = :forms, status = :status, "
			      "proposed_on = :proposed, proposer = :proposer, reviewed_on = :reviewed, reviewer = :reviewer, "
			      "secrecy_checked = :secrecy, approved_on = :approved, approver = :approver, "
			      "approval_ref = :ref, published_on = :published, published_out_on = :out, "
			      "notice_days = :nd, notice_unit = :nu, until = :until, taken_down_on = :down, "
			      "republish_of = :first, archived_on = :archived, archive_ref = :aref, "
			      "void_reason = :void WHERE id = :id")
		: db_stmt(db, "INSERT INTO disclosures(catalog_id, period, title, summary, content, scope, forms, "
			      "status, proposed_on, proposer, reviewed_on, reviewer, secrecy_checked, approved_on, "
			      "approver, approval_ref, published_on, published_out_on, notice_days, notice_unit, until, "
			      "taken_down_on, republish_of, archived_on, archive_ref, void_reason) VALUES (:catalog, "
			      ":period, :title, :summary, :content, :scope, :forms, :status, :proposed, :proposer, "
			      ":reviewed, :reviewer, :secrecy, :approved, :approver, :ref, :published, :out, :nd, :nu, "
			      ":until, :down, :first, :archived, :aref, :void)");
	if (!st)
		return false;
	if (d->id)
		db_bind_int(st, ":id", d->id);
	db_bind_id(st, ":catalog", d->catalog_id);
	db_bind_text(st, ":period", d->period);
	db_bind_text(st, ":title", d->title);
	db_bind_text(st, ":summary", d->summary);
	db_bind_text(st, ":content", d->content ? d->content : "");
	db_bind_text(st, ":scope", d->scope);
	db_bind_text(st, ":forms", d->forms);
	db_bind_text(st, ":status", d->status);
	db_bind_text(st, ":proposed", d->proposed_on);
	db_bind_text(st, ":proposer", d->proposer);
	db_bind_opt(st, ":reviewed", d->reviewed_on);
	db_bind_text(st, ":reviewer", d->reviewer);
	db_bind_int(st, ":secrecy", d->secrecy_checked);
	db_bind_opt(st, ":approved", d->approved_on);
	db_bind_text(st, ":approver", d->approver);
	db_bind_text(st, ":ref", d->approval_ref);
	db_bind_opt(st, ":published", d->published_on);
	db_bind_opt(st, ":out", d->published_out_on);
	db_bind_id(st, ":nd", d->notice_days);
	db_bind_opt(st, ":nu", d->notice_days ? d->notice_unit : "");
	db_bind_opt(st, ":until", d->until);
	db_bind_opt(st, ":down", d->taken_down_on);
	db_bind_id(st, ":first", d->republish_of);
	db_bind_opt(st, ":archived", d->archived_on);
	db_bind_text(st, ":aref", d->archive_ref);
	db_bind_text(st, ":void", d->void_reason);
	if (d->id)
		return db_step_done(db, st);
	return db_insert_done(db, st, &d->id);
}

long long disclosure_find_same(struct db *db, const struct disclosure *d)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id FROM disclosures WHERE catalog_id IS :catalog AND period = :period "
				       "AND title = :title AND proposed_on = :proposed AND status <> '作废' LIMIT 1");
	if (!st)
		return -1;
	db_bind_id(st, ":catalog", d->catalog_id);
	db_bind_text(st, ":period", d->period);
	db_bind_text(st, ":title", d->title);
	db_bind_text(st, ":proposed", d->proposed_on);
	return db_step_id(db, st);
}

bool disclosure_get(struct db *db, long long id, struct disclosure *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " DISCLOSURE_COLUMNS ", content FROM disclosures WHERE id = :id");
	if (!st)
		return false;
	db_bind_int(st, ":id", id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		disclosure_read(st, out);
		disclosure_set_content(out, (const char *)sqlite3_column_text(st, 26));
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return true;
	if (rc == SQLITE_DONE)
		db_set_error(db, _("no disclosure 公开#%lld"), id);
	else
		db_set_sqlite_error(db, NULL);
	return false;
}

bool disclosure_each(struct db *db, disclosure_fn *fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " DISCLOSURE_COLUMNS " FROM disclosures "
				       "WHERE status <> '作废' ORDER BY id");
	if (!st)
		return false;
	struct disclosure d;
	memset(&d, 0, sizeof d);
	while (sqlite3_step(st) == SQLITE_ROW) {
		disclosure_read(st, &d);
		if (!fn(ctx, &d))
			break;
	}
	return db_reset(db, st);
}

bool disclosure_first_day(struct db *db, char out[DATE_ISO_SIZE])
{
	sqlite3_stmt *st = db_stmt(db, "SELECT coalesce(min(proposed_on), '') FROM disclosures");
	if (!st)
		return false;
	int rc = sqlite3_step(st);
	out[0] = '\0';
	if (rc == SQLITE_ROW)
		db_column_copy(st, 0, out, DATE_ISO_SIZE);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		db_set_sqlite_error(db, NULL);
		return false;
	}
	return true;
}

struct date disclosure_item_since(const struct disclosure_item *c, const struct disclosure_settings *s,
				  const char *first_day, struct date today)
{
	struct date d;
	if (date_parse_iso(c->since, &d) || date_parse_iso(s->since, &d))
		return d;
	if (date_parse_iso(first_day, &d))
		return (struct date){ d.y, 1, 1 };
	return today;
}

bool disclosure_source_events(struct db *db, const char *source, const char *from, disclosure_day_fn *fn,
			      void *ctx)
{
	sqlite3_stmt *st;
	if (!strcmp(source, "支委分工"))
		st = db_stmt(db, "SELECT day FROM (SELECT start_date AS day FROM branch_roles "
				 "UNION SELECT end_date FROM branch_roles WHERE end_date IS NOT NULL) "
				 "WHERE day >= :from ORDER BY day");
	else if (!strcmp(source, "民主评议"))
		st = db_stmt(db, "SELECT max(substr(at, 1, 10)) AS day FROM change_log "
				 "INDEXED BY change_log_evaluations " /* schema/0016 */
				 "WHERE tbl = 'evaluations' AND at >= :from GROUP BY field ORDER BY day");
	else if (!strcmp(source, "整改"))
		/* A batch closed: none of its items open, the day its last was closed. */
		st = db_stmt(db, "SELECT day FROM (SELECT max(closed_on) AS day FROM rectify_items GROUP BY batch_id "
				 "HAVING sum(status IN ('未启动', '整改中', '待验收', '退回')) = 0 AND max(closed_on) IS NOT NULL) "
				 "WHERE day >= :from ORDER BY day");
	else if (!strcmp(source, "民主测评"))
		/* A 测评 whose result was reported (not void): the day reported. */
		st = db_stmt(db, "SELECT reported_on AS day FROM reviews WHERE status <> '作废' "
				 "AND reported_on >= :from ORDER BY day");
	else if (!strcmp(source, "换届"))
		/* A new committee elected (a valid term): the day elected. */
		st = db_stmt(db, "SELECT elected_on AS day FROM branch_terms WHERE status <> '作废' "
				 "AND elected_on >= :from ORDER BY day");
	else
		return true;
	if (!st)
		return false;
	db_bind_text(st, ":from", from);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ctx, (const char *)sqlite3_column_text(st, 0));
	return db_reset(db, st);
}
