/* zhibu feedback ACTION ...: the everyday writes of 意见建议 -- an opinion
 * received (its deadline computed), replied to, its reply published, a
 * 依申请公开 request extended once, a wrong record voided; the opinion boxes
 * and their openings.  Each write is one BEGIN IMMEDIATE transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/disclose_cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "db/db.h"
#include "db/disclosure.h"
#include "db/feedback.h"
#include "db/rectify.h"
#include "rules/disclosure.h"

static int value_in(const char *name, const char *v, const char *const *list)
{
	if (!v || disclosure_value(list, v))
		return 0;
	return cli_usage("feedback", _("%s %s is not one of the values it takes"), name, v);
}

static int text_option(const struct dopts *o, const char *name, bool required, char *dst, size_t size)
{
	const char *v = dopts_get(o, name);
	if (!v || text_blank(v))
		return required ? cli_usage("feedback", _("%s is required"), name) : 0;
	if (!text_copy(dst, size, v))
		return cli_usage("feedback", _("%s is too long"), name);
	return 0;
}

static int disclosure_ref(const struct dopts *o, const char *name, long long *id)
{
	const char *v = dopts_get(o, name);
	if (!v)
		return 0;
	const char *hash = strchr(v, '#');
	char *end;
	*id = strtoll(hash ? hash + 1 : v, &end, 10);
	if (*end || *id <= 0)
		return cli_usage("feedback", _("%s takes a disclosure such as 公开#12"), name);
	return 0;
}

/* Load the settings, begin, run fn, save f, commit. */
typedef int feedback_change_fn(struct db *db, const struct disclosure_settings *s, struct feedback *f,
			       const struct dopts *o);

static int write_feedback(struct cli *cli, struct feedback *f, const struct dopts *o, feedback_change_fn *fn)
{
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct disclosure_settings set;
	struct workdays cal;
	if (!disclosure_settings_load(db, &set, &cal))
		return cli_fail("%s", db_error(db));
	int rc = 0;
	long long id = f->id;
	if (!db_begin(db)) {
		rc = cli_fail("%s", db_error(db));
	} else if (id && !feedback_get(db, id, f)) {
		rc = cli_fail("%s", db_error(db));
		db_rollback(db);
	} else if (id && !strcmp(f->status, "作废")) {
		rc = cli_fail(_("意见#%lld is void: %s"), id, f->void_reason);
		db_rollback(db);
	} else if ((rc = fn(db, &set, f, o))) {
		db_rollback(db);
	} else if (!feedback_save(db, f) || !db_commit(db)) {
		rc = cli_fail(_("意见#%lld: %s"), id, db_error(db));
		db_rollback(db);
	} else {
		printf(_("意见#%lld %s: %s, due %s\n"), f->id, f->channel, f->status, f->due_on);
	}
	workdays_done(&cal);
	return rc;
}

static int do_add(struct db *db, const struct disclosure_settings *s, struct feedback *f, const struct dopts *o)
{
	char why[512];
	const char *kind = dopts_get(o, "--kind");
	if (!feedback_set_sender(db, f, dopts_get(o, "--from") ? dopts_get(o, "--from") : "", kind ? kind : "",
				 why, sizeof why))
		return cli_fail("%s", why);
	struct date received;
	date_parse_iso(f->received_on, &received);
	date_format(feedback_due_for(s, f->channel, received), f->due_on);
	return 0;
}

static int add_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--date", NULL }, { "--channel", NULL }, { "--from", NULL }, { "--kind", NULL },
			      { "--contact", NULL }, { "--content", NULL }, { "--handler", NULL }, { "--about", NULL } };
	struct dopts o = { opt, 8, { 0 }, 0 };
	struct feedback f;
	feedback_init(&f);
	int rc = dopts_parse("feedback", &o, argc, argv);
	if (rc || (rc = dopts_day("feedback", &o, "--date", true, f.received_on)) ||
	    (rc = text_option(&o, "--channel", true, f.channel, sizeof f.channel)) ||
	    (rc = value_in("--channel", f.channel, feedback_channels)) ||
	    (rc = text_option(&o, "--contact", false, f.contact, sizeof f.contact)) ||
	    (rc = text_option(&o, "--content", true, f.content, sizeof f.content)) ||
	    (rc = text_option(&o, "--handler", true, f.handler, sizeof f.handler)) ||
	    (rc = disclosure_ref(&o, "--about", &f.disclosure_id)))
		return rc;
	return write_feedback(cli, &f, &o, do_add);
}

static int do_reply(struct db *db, const struct disclosure_settings *s, struct feedback *f, const struct dopts *o)
{
	(void)db, (void)s;
	int rc;
	if ((rc = dopts_day("feedback", o, "--date", true, f->replied_on)) ||
	    (rc = text_option(o, "--text", true, f->reply, sizeof f->reply)))
		return rc;
	const char *result = dopts_get(o, "--result");
	if (!result)
		return cli_fail(_("a reply needs its result (采纳, 部分采纳, 解释说明, 不予采纳, 转办 or 不予公开)"));
	if ((rc = value_in("--result", result, feedback_results)))
		return rc;
	text_copy(f->result, sizeof f->result, result);
	return 0;
}

static int do_publish(struct db *db, const struct disclosure_settings *s, struct feedback *f, const struct dopts *o)
{
	(void)db, (void)s;
	int rc = dopts_day("feedback", o, "--date", true, f->reply_published_on);
	return rc ? rc : disclosure_ref(o, "--disclosure", &f->reply_disclosure_id);
}

static int do_extend(struct db *db, const struct disclosure_settings *s, struct feedback *f, const struct dopts *o)
{
	(void)db;
	if (strcmp(f->channel, "依申请公开"))
		return cli_fail(_("only a 依申请公开 request may be extended"));
	if (*f->extended_reason)
		return cli_fail(_("意见#%lld was extended already (%s): a request is extended once"), f->id,
				f->extended_reason);
	if (*f->replied_on)
		return cli_fail(_("意见#%lld is answered already"), f->id);
	int rc = text_option(o, "--reason", true, f->extended_reason, sizeof f->extended_reason);
	if (rc)
		return rc;
	struct date received;
	date_parse_iso(f->received_on, &received);
	date_format(feedback_extended_due(s, received), f->due_on);
	return 0;
}

static int do_void(struct db *db, const struct disclosure_settings *s, struct feedback *f, const struct dopts *o)
{
	(void)db, (void)s;
	return text_option(o, "--reason", true, f->void_reason, sizeof f->void_reason);
}

/* An action on one opinion named by its number. */
static int on_one(struct cli *cli, int argc, char **argv, struct dopt *opt, int n, feedback_change_fn *fn)
{
	struct dopts o = { opt, n, { 0 }, 0 };
	struct feedback f;
	feedback_init(&f);
	int rc = dopts_parse("feedback", &o, argc, argv);
	if (rc || (rc = dopts_id("feedback", &o, &f.id)))
		return rc;
	return write_feedback(cli, &f, &o, fn);
}

static int reply_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--date", NULL }, { "--result", NULL }, { "--text", NULL } };
	return on_one(cli, argc, argv, opt, 3, do_reply);
}

static int publish_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--date", NULL }, { "--disclosure", NULL } };
	return on_one(cli, argc, argv, opt, 2, do_publish);
}

static int extend_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--reason", NULL } };
	return on_one(cli, argc, argv, opt, 1, do_extend);
}

static int void_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--reason", NULL } };
	return on_one(cli, argc, argv, opt, 1, do_void);
}

/* rectify ID --batch 整改批#N|TITLE [--deadline D] [--person NAME]: the
 * opinion as an item of a 整改 batch (without --deadline: 长期坚持). */
static int rectify_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--batch", NULL }, { "--deadline", NULL }, { "--person", NULL } };
	struct dopts o = { opt, 3, { 0 }, 0 };
	long long id, item = 0;
	char deadline[DATE_ISO_SIZE] = "", person[96] = "";
	int rc = dopts_parse("feedback", &o, argc, argv);
	if (rc || (rc = dopts_id("feedback", &o, &id)) ||
	    (dopts_get(&o, "--deadline") && (rc = dopts_day("feedback", &o, "--deadline", false, deadline))) ||
	    (rc = text_option(&o, "--person", false, person, sizeof person)))
		return rc;
	const char *batch = dopts_get(&o, "--batch");
	if (!batch || text_blank(batch))
		return cli_usage("feedback", _("%s is required"), "--batch");
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct rectify_batch b;
	int found = strncmp(batch, "整改批#", strlen("整改批#")) ? rectify_batch_find(db, batch, &b)
		: rectify_batch_get(db, atoll(batch + strlen("整改批#")), &b);
	if (found < 0)
		return cli_fail("%s", db_error(db));
	if (!found)
		return cli_fail(_("no 整改 batch %s: add it with zhibu rectify batch"), batch);
	if (!db_begin(db) || !feedback_to_rectify(db, id, b.id, deadline, person, &item) || !db_commit(db)) {
		db_rollback(db);
		return cli_fail("%s", db_error(db));
	}
	printf(_("意见#%lld is 整改#%lld now (整改批#%lld %s)\n"), id, item, b.id, b.title);
	return EXIT_OK;
}

/* ---- Boxes */

static bool print_box(void *ctx, const struct feedback_box *b)
{
	(void)ctx;
	printf("%s  %s  %s%s\n", b->name, b->place, b->since, b->active ? "" : _("  (off)"));
	return true;
}

static bool print_opening(void *ctx, const struct feedback_opening *o)
{
	(void)ctx;
	printf("%s  %s  %s  %d  %s\n", o->opened_on, o->box, o->openers, o->found, o->note);
	return true;
}

static int box_cmd(struct cli *cli, int argc, char **argv)
{
	struct dopt opt[] = { { "--since", NULL }, { "--place", NULL }, { "--date", NULL }, { "--by", NULL },
			      { "--found", NULL }, { "--note", NULL } };
	struct dopts o = { opt, 6, { 0 }, 0 };
	int rc = dopts_parse("feedback", &o, argc, argv), found = 0;
	if (rc || (rc = dopts_int("feedback", &o, "--found", 0, 100000, &found)))
		return rc;
	const char *action = o.npos ? o.pos[0] : "list", *name = o.npos > 1 ? o.pos[1] : NULL;
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	if (!strcmp(action, "list"))
		return feedback_box_each(db, print_box, NULL) && feedback_opening_each(db, 0, print_opening, NULL)
			? EXIT_OK : cli_fail("%s", db_error(db));
	if (strcmp(action, "add") && strcmp(action, "open") && strcmp(action, "off"))
		return cli_usage("feedback", _("box takes list, add, open or off"));
	if (!name)
		return cli_usage("feedback", _("name the box"));
	struct feedback_box b = { .active = true };
	struct feedback_opening op = { .found = found };
	text_copy(b.name, sizeof b.name, name);
	long long id = feedback_box_find(db, name);
	if (id < 0)
		return cli_fail("%s", db_error(db));
	if (!strcmp(action, "add")) {
		if (id)
			return cli_fail(_("there is a box called %s already"), name);
		if ((rc = dopts_day("feedback", &o, "--since", true, b.since)) ||
		    (rc = text_option(&o, "--place", false, b.place, sizeof b.place)))
			return rc;
	} else if (!id) {
		return cli_fail(_("no box is called %s: add it with zhibu feedback box add NAME --since DATE"), name);
	}
	if (!strcmp(action, "open") &&
	    ((rc = dopts_day("feedback", &o, "--date", true, op.opened_on)) ||
	     (rc = text_option(&o, "--by", true, op.openers, sizeof op.openers)) ||
	     (rc = text_option(&o, "--note", false, op.note, sizeof op.note))))
		return rc;
	op.box_id = id;
	bool ok = db_begin(db);
	if (!strcmp(action, "add"))
		ok = ok && feedback_box_save(db, &b);
	else if (!strcmp(action, "off"))
		ok = ok && feedback_box_set_active(db, id, false);
	else
		ok = ok && feedback_opening_insert(db, &op);
	if (!ok || !db_commit(db)) {
		db_rollback(db);
		return cli_fail("%s", db_error(db));
	}
	if (!strcmp(action, "open"))
		printf(_("%s opened on %s by %s: %d found\n"), name, op.opened_on, op.openers, op.found);
	else
		printf("%s: %s\n", name, strcmp(action, "off") ? _("box added") : _("box turned off"));
	return EXIT_OK;
}

static const struct cli_kind actions[] = {
	{ "add", add_cmd }, { "reply", reply_cmd }, { "publish", publish_cmd }, { "extend", extend_cmd },
	{ "void", void_cmd }, { "box", box_cmd }, { "rectify", rectify_cmd },
};

int cmd_feedback(struct cli *cli, int argc, char **argv)
{
	return cli_dispatch(cli, "feedback", actions, sizeof actions / sizeof actions[0], argc, argv);
}
