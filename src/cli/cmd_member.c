/* zhibu member status|contact|search and zhibu report flows: a member's 党籍状态 with its date
 * (流动 with where she went, 失联, 停止党籍, back to 正常 ...), the contacts
 * kept with a member away and the searches for one out of contact. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/flow.h"
#include "db/member.h"
#include "db/role.h"
#include "report/flows.h"
#include "rules/flows.h"
#include "rules/roster.h"

#define CMD "member"

/* The member WHO names (姓名 or 公民身份号码); prints why not. */
static bool find_member(struct db *db, const char *who, struct member *m, int *status)
{
	char idnum[IDNUM_SIZE] = "";
	struct date birth;
	enum sex sex;
	const char *why;
	bool by_id = idnum_parse(who, idnum, &birth, &sex, &why);
	switch (dues_member_lookup(db, by_id ? idnum : NULL, by_id ? NULL : who, m)) {
	case DUES_MATCH_FOUND:
		return true;
	case DUES_MATCH_NONE:
		*status = cli_fail(_("no member is called or numbered %s"), who);
		break;
	case DUES_MATCH_MANY:
		*status = cli_fail(_("several members are called %s: give the 公民身份号码"), who);
		break;
	case DUES_MATCH_ERROR:
		*status = cli_fail("%s", db_error(db));
		break;
	}
	db_rollback(db);
	return false;
}

static int refuse(struct db *db, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int refuse(struct db *db, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "zhibu: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	db_rollback(db);
	return EXIT_REFUSED;
}

/* A text option: trimmed into out; false (usage error) when too long. */
static bool text_arg(const char *opt, const char *v, char *out, size_t size, int *status)
{
	if (!text_copy(out, size, v ? v : "")) {
		*status = cli_usage(CMD, _("%s is too long"), opt);
		return false;
	}
	text_trim(out);
	return true;
}

/* The day of a change: not in the future, not before she joined, not
 * before the status it follows began. */
static const char *day_problem(const struct member *m, const char *day)
{
	char today[DATE_ISO_SIZE];
	date_format(date_today(), today);
	if (strcmp(day, today) > 0)
		return _("is in the future");
	if (*m->join_date && strcmp(day, m->join_date) < 0)
		return _("is before 入党日期");
	if (*m->status_date && strcmp(day, m->status_date) < 0)
		return _("is before the day the present status began");
	return NULL;
}

static int do_status(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--to", "--date", "--reason", "--override-reason", "--destination",
					     "--away-reason", "--contact", "--card-no", "--host-org", NULL };
	enum { O_TO, O_DATE, O_REASON, O_OVERRIDE, O_DEST, O_AWAY, O_CONTACT, O_CARD, O_HOST, O_COUNT };
	const char *v[O_COUNT] = { 0 }, *who;
	char day[DATE_ISO_SIZE], reason[256], override[200];
	struct flow away = { 0 };
	int status = cli_options(CMD, argc, argv, names, v, &who);
	if (status)
		return status;
	if (!who)
		return cli_usage(CMD, _("name the member: 姓名 or 公民身份号码"));
	if (!v[O_TO])
		return cli_usage(CMD, _("%s is required"), "--to");
	struct member probe;
	member_init(&probe);
	const char *why = member_set_field(&probe, MF_STATUS, v[O_TO]);
	if (why)
		return cli_usage(CMD, "--to %s: %s", v[O_TO], why);
	const char *to = probe.status;
	if (!cli_date_arg(CMD, "--date", v[O_DATE], day, &status) ||
	    !text_arg("--reason", v[O_REASON], reason, sizeof reason, &status) ||
	    !text_arg("--override-reason", v[O_OVERRIDE], override, sizeof override, &status) ||
	    !text_arg("--destination", v[O_DEST], away.destination, sizeof away.destination, &status) ||
	    !text_arg("--away-reason", v[O_AWAY], away.reason, sizeof away.reason, &status) ||
	    !text_arg("--contact", v[O_CONTACT], away.contact, sizeof away.contact, &status) ||
	    !text_arg("--card-no", v[O_CARD], away.card_no, sizeof away.card_no, &status) ||
	    !text_arg("--host-org", v[O_HOST], away.host_org, sizeof away.host_org, &status))
		return status;
	if (!*reason)
		return cli_usage(CMD, _("%s is required"), "--reason");
	bool flowing = !strcmp(to, "流动");
	if (flowing && !*away.destination)
		return cli_usage(CMD, _("a member away (流动) needs --destination"));
	if (!flowing && (v[O_DEST] || v[O_AWAY] || v[O_CONTACT] || v[O_CARD] || v[O_HOST]))
		return cli_usage(CMD, _("--destination, --away-reason, --contact, --card-no and --host-org go with --to 流动"));

	struct db *db = cli_begin(cli, &status);
	struct member m;
	if (!db || !find_member(db, who, &m, &status))
		return status;
	if (!strcmp(m.status, to) && !flowing)
		return *m.status_date ? refuse(db, _("%s is already %s (since %s)"), m.name, m.status, m.status_date)
				      : refuse(db, _("%s is already %s"), m.name, m.status);
	if (roster_status_left(m.status))
		return refuse(db, _("%s has left the roster (%s %s): nothing to change"), m.name, m.status, m.status_date);
	if ((why = day_problem(&m, day)))
		return refuse(db, "--date %s: %s", day, why);
	if (!strcmp(to, "停止党籍")) {
		/* Only a search for the member while out of contact counts. */
		long long searches = 0;
		if (!strcmp(m.status, "失联") && !lost_search_count(db, m.id, m.status_date, &searches))
			return cli_commit_or_fail(db, false);
		if (!flow_stop_allowed(searches, override) && strcmp(m.status, "失联"))
			return refuse(db, _("%s is %s, not 失联: 停止党籍 follows a search for a member out of contact; "
					    "give --override-reason to record it all the same"), m.name, m.status);
		if (!flow_stop_allowed(searches, override))
			return refuse(db, _("%s: no search for the member is recorded since the member became 失联 (%s): record one "
					    "with zhibu member search, or give --override-reason"), m.name, m.status_date);
		if (!searches) {
			char both[sizeof reason + sizeof override + 64];
			snprintf(both, sizeof both, "%s；未经查找：%s", reason, override);
			if (!text_copy(reason, sizeof reason, both))
				return refuse(db, "--override-reason: %s", _("too long"));
		}
	} else if (*override) {
		db_rollback(db);
		return cli_usage(CMD, _("--override-reason goes with --to 停止党籍"));
	}
	char roles[256] = "";
	bool leaves = roster_status_left(to);
	if (leaves && !role_held(db, m.id, day, roles, sizeof roles))
		return cli_commit_or_fail(db, false);
	status = cli_commit_or_fail(db, flow_status_set(db, m.id, to, day, reason, flowing ? &away : NULL, *roles));
	if (status)
		return status;
	printf(_("zhibu: %s: %s -> %s on %s.\n"), m.name, m.status, to, day);
	if (*roles)
		printf(_("zhibu: %s (%s since %s) leaves the committee that day: %s ended.\n"), m.name, to, day, roles);
	return EXIT_OK;
}

static int do_contact(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--way", "--note", NULL };
	const char *v[3] = { 0 }, *who;
	struct flow_contact c = { 0 };
	int status = cli_options(CMD, argc, argv, names, v, &who);
	if (status)
		return status;
	if (!who)
		return cli_usage(CMD, _("name the member: 姓名 or 公民身份号码"));
	if (!cli_date_arg(CMD, "--date", v[0], c.date, &status) ||
	    !text_arg("--way", v[1], c.way, sizeof c.way, &status) ||
	    !text_arg("--note", v[2], c.note, sizeof c.note, &status))
		return status;
	if (!*c.way)
		return cli_usage(CMD, _("%s is required"), "--way");
	struct db *db = cli_begin(cli, &status);
	struct member m;
	if (!db || !find_member(db, who, &m, &status))
		return status;
	if (strcmp(m.status, "流动"))
		return refuse(db, _("%s is not away (流动): the status is %s"), m.name, m.status);
	const char *why = day_problem(&m, c.date);
	if (why)
		return refuse(db, "--date %s: %s", c.date, why);
	c.member_id = m.id;
	status = cli_commit_or_fail(db, flow_contact_add(db, &c));
	if (!status)
		printf(_("zhibu: contact with %s on %s recorded.\n"), m.name, c.date);
	return status;
}

static int do_search(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--way", "--result", "--by", NULL };
	const char *v[4] = { 0 }, *who;
	struct lost_search s = { 0 };
	int status = cli_options(CMD, argc, argv, names, v, &who);
	if (status)
		return status;
	if (!who)
		return cli_usage(CMD, _("name the member: 姓名 or 公民身份号码"));
	if (!cli_date_arg(CMD, "--date", v[0], s.date, &status) ||
	    !text_arg("--way", v[1], s.way, sizeof s.way, &status) ||
	    !text_arg("--result", v[2], s.result, sizeof s.result, &status) ||
	    !text_arg("--by", v[3], s.searcher, sizeof s.searcher, &status))
		return status;
	if (!*s.way)
		return cli_usage(CMD, _("%s is required"), "--way");
	if (!*s.result)
		return cli_usage(CMD, _("%s is required"), "--result");
	struct db *db = cli_begin(cli, &status);
	struct member m;
	if (!db || !find_member(db, who, &m, &status))
		return status;
	if (strcmp(m.status, "失联") && strcmp(m.status, "停止党籍"))
		return refuse(db, _("%s is not out of contact (失联): the status is %s"), m.name, m.status);
	const char *why = day_problem(&m, s.date);
	if (why)
		return refuse(db, "--date %s: %s", s.date, why);
	s.member_id = m.id;
	status = cli_commit_or_fail(db, lost_search_add(db, &s));
	if (!status)
		printf(_("zhibu: search for %s on %s recorded.\n"), m.name, s.date);
	return status;
}

/* member settings [flow.contact_months N]: show or set the contact period. */
static int do_settings(struct cli *cli, int argc, char **argv)
{
	if (argc == 1) {
		struct db *db = cli_db(cli, false);
		if (!db)
			return EXIT_REFUSED;
		printf("flow.contact_months %d\n", flow_contact_months(db));
		return EXIT_OK;
	}
	char *end;
	long n = argc == 3 ? strtol(argv[2], &end, 10) : 0;
	if (argc != 3 || strcmp(argv[1], "flow.contact_months") || !*argv[2] || *end || n < 1 || n > 12)
		return cli_usage(CMD, _("settings takes flow.contact_months and a number of months from 1 to 12"));
	int status;
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	status = cli_commit_or_fail(db, settings_set(db, argv[1], argv[2]));
	if (!status)
		printf(_("zhibu: %s is now %s.\n"), argv[1], argv[2]);
	return status;
}

int report_flows(struct cli *cli, int argc, char **argv)
{
	return output_report_on_date(cli, argc, argv, flows_sheet);
}

int cmd_member(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "status"))
		return do_status(cli, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "contact"))
		return do_contact(cli, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "search"))
		return do_search(cli, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "settings"))
		return do_settings(cli, argc - 1, argv + 1);
	return cli_usage(CMD, _("name what to do: status, contact, search or settings"));
}
