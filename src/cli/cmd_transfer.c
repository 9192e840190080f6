/* zhibu transfer out|in|receipt|void|list|letter and zhibu import
 * transfers: 组织关系转接, the data of each 介绍信 and its 回执
 * (records.md C12).  A 转出 makes the member 转出 on the day of issue (her
 * dues stop after that month, her committee offices end); a 转入 with its
 * 报到 puts the member on the roster. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_options.h"
#include "cli/records_cli.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/idnum.h"
#include "core/text.h"
#include "db/branch.h"
#include "db/db.h"
#include "db/dues.h"
#include "db/meeting.h"
#include "db/member.h"
#include "db/record.h"
#include "db/role.h"
#include "db/transfer.h"
#include "report/documents.h"
#include "report/transfer.h"
#include "rules/dues.h"
#include "rules/transfer.h"

enum {
	TF_DIR, TF_NAME, TF_IDNUM, TF_KIND, TF_FROM, TF_TO, TF_NO, TF_ISSUED, TF_DAYS, TF_DUES, TF_REPORT, TF_RECEIPT,
	TF_SEX, TF_BIRTH, TF_JOIN, TF_FULL, TF_GROUP, TF_CATEGORY, TF_SCOPE, TF_TEMP, TF_HEADER, TF_REASON,
	TF_OVERRIDE, TF_DUES_REASON, TF_RECEIPT_BY, TF_COUNT
};

static const struct record_field transfer_fields[TF_COUNT] = {
	[TF_DIR] = { "方向", "--direction", true },
	[TF_NAME] = { "姓名", "--member", true },
	[TF_IDNUM] = { "公民身份号码", "--id-number", false },
	[TF_KIND] = { "党员类别", "--kind", false },
	[TF_FROM] = { "转出单位", "--from", false },
	[TF_TO] = { "转入单位", "--to", false },
	[TF_NO] = { "介绍信编号", "--letter-no", true },
	[TF_ISSUED] = { "开具日期", "--issued", true },
	[TF_DAYS] = { "有效期", "--valid-days", false },
	[TF_DUES] = { "党费交至", "--dues-to", false },
	[TF_REPORT] = { "报到日期", "--reported", false },
	[TF_RECEIPT] = { "回执日期", "--receipt", false },
	[TF_SEX] = { "性别", "--sex", false },
	[TF_BIRTH] = { "出生日期", "--birth", false },
	[TF_JOIN] = { "入党日期", "--joined", false },
	[TF_FULL] = { "转正日期", "--full", false },
	[TF_GROUP] = { "党小组", "--group", false },
	[TF_CATEGORY] = { "人员类别", "--category", false },
	[TF_SCOPE] = { "范围", "--scope", false },
	[TF_TEMP] = { "临时", "--temporary", false },
	[TF_HEADER] = { "抬头", "--header", false },
	[TF_REASON] = { "转接原因", "--reason", false },
	[TF_OVERRIDE] = { "有效期说明", "--override-reason", false },
	[TF_DUES_REASON] = { "党费交至说明", "--reason-dues", false },
	[TF_RECEIPT_BY] = { "回执经办人", "--by", false },
};

/* The 交至年月 of the dues ledger for a member on day (-1: none paid). */
static int paid_to(struct db *db, const struct member *m, struct date day)
{
	struct dues_query q = { 0 };
	q.first = month_index(day.y, day.m);
	q.months = 1;
	q.as_of = day;
	q.search = m->id_number;
	q.by_id = true;
	q.limit = -1;
	int to = -1;
	struct dues_iter *it = dues_iter_new(db, &q);
	struct dues_row r;
	while (it && dues_iter_next(it, &r))
		if (r.member_id == m->id)
			to = r.standing.paid_to;
	if (it)
		dues_iter_free(it);
	return to;
}

static bool text_field(char *dst, size_t size, const char *v, int col, record_problem_fn *problem, void *ctx)
{
	if (text_copy(dst, size, v))
		return true;
	problem(ctx, col, _("is too long"));
	return false;
}

struct member_problem_ctx {
	record_problem_fn *problem;
	void *ctx;
	int problems;
};

static int column_of(enum member_field f)
{
	switch (f) {
	case MF_SEX: return TF_SEX;
	case MF_BIRTH_DATE: return TF_BIRTH;
	case MF_ID_NUMBER: return TF_IDNUM;
	case MF_KIND: return TF_KIND;
	case MF_JOIN_DATE: return TF_JOIN;
	case MF_FULL_DATE: return TF_FULL;
	case MF_GROUP: return TF_GROUP;
	case MF_CATEGORY: return TF_CATEGORY;
	case MF_NAME: return TF_NAME;
	default: return -1;
	}
}

static void member_problem(void *ctx, enum member_field f, const char *why)
{
	struct member_problem_ctx *c = ctx;
	c->problem(c->ctx, column_of(f), why);
	c->problems++;
}

/* The newcomer of a 转入 reported: her roster record from the columns. */
static int newcomer(const char *const *v, struct member *m, record_problem_fn *problem, void *ctx)
{
	static const struct { int col; enum member_field f; bool required; } map[] = {
		{ TF_NAME, MF_NAME, true }, { TF_SEX, MF_SEX, true }, { TF_BIRTH, MF_BIRTH_DATE, true },
		{ TF_IDNUM, MF_ID_NUMBER, true }, { TF_KIND, MF_KIND, true }, { TF_JOIN, MF_JOIN_DATE, true },
		{ TF_FULL, MF_FULL_DATE, false }, { TF_GROUP, MF_GROUP, false }, { TF_CATEGORY, MF_CATEGORY, false },
	};
	struct member_problem_ctx c = { problem, ctx, 0 };
	member_init(m);
	text_copy(m->category, sizeof m->category, "在职");
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		const char *s = v[map[i].col];
		if (!*s) {
			if (map[i].required) {
				problem(ctx, map[i].col, _("is required when 报到日期 is given"));
				c.problems++;
			}
			continue;
		}
		const char *why = member_set_field(m, map[i].f, s);
		if (why) {
			problem(ctx, map[i].col, why);
			c.problems++;
		}
	}
	if (!c.problems && !strcmp(m->kind, "正式") && !*m->full_date) {
		problem(ctx, TF_FULL, _("is required for a 正式 member"));
		c.problems++;
	}
	if (!c.problems)
		member_check(m, date_today(), member_problem, &c);
	return c.problems;
}

/* The member leaves on day: 转出 with the reason, her offices end. */
static bool leave(struct db *db, const struct member *m, const char *day, const char *reason)
{
	char roles[256];
	if (!role_held(db, m->id, day, roles, sizeof roles) ||
	    !member_set_status(db, m->id, "转出", day, reason) || (*roles && !role_end(db, m->id, ROLE_COUNT, day)))
		return false;
	if (*roles)
		printf(_("zhibu: %s (%s since %s) leaves the committee that day: %s ended.\n"), m->name, "转出", day,
		       roles);
	return true;
}

static int write_transfer(struct db *db, const char *const *v, bool write, record_problem_fn *problem, void *ctx,
			  long long *id)
{
	struct transfer t = { 0 };
	int problems = 0;
	struct branch b = { 0 };
	if (!branch_get(db, &b))
		b.name[0] = '\0';
	bool out = !strcmp(v[TF_DIR], "转出");
	if (!out && strcmp(v[TF_DIR], "转入")) {
		problem(ctx, TF_DIR, _("must be 转出 or 转入"));
		return 1;
	}
	text_copy(t.direction, sizeof t.direction, v[TF_DIR]);
	struct date issued = { 0 }, today = date_today();
	if (records_date(v[TF_ISSUED], TF_ISSUED, problem, ctx, t.issued)) {
		date_parse_iso(t.issued, &issued);
		if (date_cmp(issued, today) > 0) {
			problem(ctx, TF_ISSUED, _("is in the future"));
			problems++;
		}
	} else
		problems++;
	if (!text_field(t.letter_no, sizeof t.letter_no, v[TF_NO], TF_NO, problem, ctx) ||
	    !text_field(t.header, sizeof t.header, v[TF_HEADER], TF_HEADER, problem, ctx) ||
	    !text_field(t.reason, sizeof t.reason, v[TF_REASON], TF_REASON, problem, ctx) ||
	    !text_field(t.override, sizeof t.override, v[TF_OVERRIDE], TF_OVERRIDE, problem, ctx) ||
	    !text_field(t.dues_reason, sizeof t.dues_reason, v[TF_DUES_REASON], TF_DUES_REASON, problem, ctx) ||
	    !text_field(t.receipt_by, sizeof t.receipt_by, v[TF_RECEIPT_BY], TF_RECEIPT_BY, problem, ctx) ||
	    !text_field(t.from_org, sizeof t.from_org, *v[TF_FROM] ? v[TF_FROM] : out ? b.name : "", TF_FROM,
			problem, ctx) ||
	    !text_field(t.to_org, sizeof t.to_org, *v[TF_TO] ? v[TF_TO] : out ? "" : b.name, TF_TO, problem, ctx))
		problems++;
	if (!*t.from_org || !*t.to_org) {
		problem(ctx, *t.from_org ? TF_TO : TF_FROM, _("is required"));
		problems++;
	}
	t.valid_days = TRANSFER_DEFAULT_DAYS;
	if (*v[TF_DAYS]) {
		char *end;
		long n = strtol(v[TF_DAYS], &end, 10);
		if (*end || n < 1 || n > 366) {
			problem(ctx, TF_DAYS, _("must be a number of days from 1 to 366"));
			problems++;
		} else
			t.valid_days = (int)n;
	}
	if (t.valid_days > TRANSFER_MAX_DAYS && text_blank(t.override)) {
		problem(ctx, TF_DAYS, _("more than 90 days needs the reason (--override-reason, 有效期说明)"));
		problems++;
	}
	text_copy(t.scope, sizeof t.scope, *v[TF_SCOPE] ? v[TF_SCOPE] : "其他");
	bool scope_ok = false;
	for (int i = 0; transfer_scopes[i]; i++)
		scope_ok |= !strcmp(t.scope, transfer_scopes[i]);
	if (!scope_ok) {
		problem(ctx, TF_SCOPE, _("must be one of 县内, 省内, 跨省, 系统内, 其他"));
		problems++;
	}
	const char *temp = v[TF_TEMP];
	t.temporary = !strcmp(temp, "是") || !strcmp(temp, "1");
	if (*temp && !t.temporary && strcmp(temp, "否") && strcmp(temp, "0")) {
		problem(ctx, TF_TEMP, _("must be 是 or 否"));
		problems++;
	}
	int dues = -1;
	if (*v[TF_DUES]) {
		int y, m;
		const char *why;
		if (!month_parse(v[TF_DUES], &y, &m, &why)) {
			problem(ctx, TF_DUES, why);
			problems++;
		} else
			dues = month_index(y, m);
	}
	if (*v[TF_RECEIPT]) {
		if (!records_date(v[TF_RECEIPT], TF_RECEIPT, problem, ctx, t.receipt_date))
			problems++;
		else if (*t.issued && strcmp(t.receipt_date, t.issued) < 0) {
			problem(ctx, TF_RECEIPT, _("is before the letter was issued"));
			problems++;
		}
	}
	struct member m;
	member_init(&m);
	bool joining = false;
	if (out) {
		char why[512];
		enum member_match r = *t.issued ? meeting_member_by_name(db, v[TF_NAME], t.issued, &t.member_id, why,
									 sizeof why)
						: MATCH_NONE;
		if (*t.issued && r != MATCH_FOUND) {
			problem(ctx, TF_NAME, why);
			problems++;
		} else if (t.member_id && member_get(db, t.member_id, &m)) {
			if (roster_status_left(m.status)) {
				snprintf(why, sizeof why, _("%s has already left (%s)"), m.name, m.status);
				problem(ctx, TF_NAME, why);
				problems++;
			}
			if (*v[TF_IDNUM] && strcmp(v[TF_IDNUM], m.id_number)) {
				problem(ctx, TF_IDNUM, _("is not the member's ID number on the roster"));
				problems++;
			}
			if (*v[TF_KIND] && strcmp(v[TF_KIND], m.kind)) {
				problem(ctx, TF_KIND, _("is not the member's 党员类别 on the roster"));
				problems++;
			}
			text_copy(t.name, sizeof t.name, m.name);
			text_copy(t.id_number, sizeof t.id_number, m.id_number);
			text_copy(t.member_kind, sizeof t.member_kind, m.kind);
			int ledger = problems ? -1 : paid_to(db, &m, issued);
			if (dues < 0 && ledger < 0 && !problems) {
				problem(ctx, TF_DUES, _("the dues ledger has no 交至年月 for the member: give it"));
				problems++;
			} else if (dues < 0)
				dues = ledger;
			else if (ledger >= 0 && dues != ledger && text_blank(t.dues_reason)) {
				char led[8];
				month_format(ledger, led);
				snprintf(why, sizeof why,
					 _("differs from the dues ledger (%s): give the reason (--reason-dues, 党费交至说明)"),
					 led);
				problem(ctx, TF_DUES, why);
				problems++;
			}
		}
		if (*v[TF_REPORT]) {
			problem(ctx, TF_REPORT, _("is for a 转入 only"));
			problems++;
		}
	} else {
		if (!text_field(t.name, sizeof t.name, v[TF_NAME], TF_NAME, problem, ctx))
			problems++;
		const char *why = NULL;
		char idn[IDNUM_SIZE];
		struct date birth;
		enum sex sex;
		if (!*v[TF_IDNUM] || !idnum_parse(v[TF_IDNUM], idn, &birth, &sex, &why)) {
			problem(ctx, TF_IDNUM, why ? why : _("is required"));
			problems++;
		} else
			text_copy(t.id_number, sizeof t.id_number, idn);
		if (strcmp(v[TF_KIND], "正式") && strcmp(v[TF_KIND], "预备")) {
			problem(ctx, TF_KIND, _("must be 正式 or 预备"));
			problems++;
		} else
			text_copy(t.member_kind, sizeof t.member_kind, v[TF_KIND]);
		if (dues < 0) {
			problem(ctx, TF_DUES, _("is required: the month written on the letter"));
			problems++;
		}
		if (*v[TF_REPORT]) {
			if (!records_date(v[TF_REPORT], TF_REPORT, problem, ctx, t.report_date))
				problems++;
			else if (*t.issued && strcmp(t.report_date, t.issued) < 0) {
				problem(ctx, TF_REPORT, _("is before the letter was issued"));
				problems++;
			}
			problems += newcomer(v, &m, problem, ctx);
			struct member same;
			if (!problems && member_find_by_id_number(db, m.id_number, &same)) {
				char buf[256];
				snprintf(buf, sizeof buf, _("%s is already on the roster"), same.name);
				problem(ctx, TF_IDNUM, buf);
				problems++;
			}
			joining = true;
		}
	}
	if (dues >= 0)
		month_format(dues, t.dues_to);
	long long same = *t.letter_no ? transfer_find_letter(db, t.direction, t.letter_no) : 0;
	if (same) {
		char buf[128];
		snprintf(buf, sizeof buf, _("already recorded as 转接#%lld"), same);
		problem(ctx, TF_NO, buf);
		problems++;
	}
	if (problems || !write)
		return problems;
	if (joining) {
		snprintf(m.note, sizeof m.note, "%s转入", t.from_org);
		if (!member_insert(db, &m)) {
			problem(ctx, -1, db_error(db));
			return 1;
		}
		t.member_id = m.id;
		struct date rep, exp = transfer_expiry(issued, t.valid_days);
		if (date_parse_iso(t.report_date, &rep) && date_cmp(rep, exp) > 0)
			fprintf(stderr, _("zhibu: %s reported after the letter expired: 介绍信已过期，需原党组织出具证明\n"),
				t.name);
	}
	if (!transfer_insert(db, &t)) {
		problem(ctx, -1, db_error(db));
		return 1;
	}
	if (out) {
		char reason[512];
		snprintf(reason, sizeof reason, "组织关系转出至%s（转接#%lld）", t.to_org, t.id);
		if (!leave(db, &m, t.issued, reason)) {
			problem(ctx, -1, db_error(db));
			return 1;
		}
	}
	*id = t.id;
	return 0;
}

static const struct record_kind transfer_kind = { "transfer", -1, transfer_fields, TF_COUNT, write_transfer };

int import_transfers(struct cli *cli, int argc, char **argv)
{
	return records_import(cli, argc, argv, &transfer_kind);
}

struct add_ctx {
	int problems;
};

static void add_problem(void *ctx, int column, const char *why)
{
	struct add_ctx *c = ctx;
	if (column >= 0)
		fprintf(stderr, "zhibu: %s (%s): %s\n", transfer_fields[column].option, transfer_fields[column].header,
			why);
	else
		fprintf(stderr, "zhibu: %s\n", why);
	c->problems++;
}

/* transfer out|in: the options of that direction into the columns. */
static int transfer_add(struct cli *cli, int argc, char **argv, const char *direction)
{
	const char *values[TF_COUNT];
	for (int f = 0; f < TF_COUNT; f++)
		values[f] = "";
	values[TF_DIR] = direction;
	bool in = !strcmp(direction, "转入");
	char cmd[32];
	snprintf(cmd, sizeof cmd, "transfer %s", in ? "in" : "out");
	for (int i = 1; i < argc; i++) {
		bool missing = false, taken = false;
		if (!strcmp(argv[i], "--temporary")) {
			values[TF_TEMP] = "是";
			continue;
		}
		for (int f = 1; f < TF_COUNT && !taken && !missing; f++) {
			const char *opt = transfer_fields[f].option;
			if (in && f == TF_NAME)
				opt = "--name";
			if (f == TF_TEMP)
				continue;
			const char *v = cli_opt_value(argc, argv, &i, opt, &missing);
			if (v) {
				values[f] = v;
				taken = true;
			}
		}
		if (!taken)
			return cli_bad_option(cmd, argv[i], missing);
	}
	static const int out_required[] = { TF_NAME, TF_TO, TF_NO, TF_ISSUED };
	static const int in_required[] = { TF_NAME, TF_IDNUM, TF_KIND, TF_FROM, TF_NO, TF_ISSUED, TF_DUES };
	const int *req = in ? in_required : out_required;
	size_t nreq = in ? sizeof in_required / sizeof *in_required : sizeof out_required / sizeof *out_required;
	for (size_t r = 0; r < nreq; r++)
		if (!*values[req[r]])
			return cli_usage(cmd, _("%s (%s) is required"), in && req[r] == TF_NAME ? "--name"
					 : transfer_fields[req[r]].option, transfer_fields[req[r]].header);
	int status;
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	struct add_ctx c = { 0 };
	long long id = 0;
	write_transfer(db, values, true, add_problem, &c, &id);
	if (c.problems || !id) {
		db_rollback(db);
		return EXIT_REFUSED;
	}
	status = cli_end_write(db, EXIT_OK);
	if (status == EXIT_OK)
		printf(_("zhibu: recorded 转接#%lld.\n"), id);
	return status;
}

static int transfer_receipt(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--by", NULL };
	const char *values[2] = { NULL, "" }, *pos = NULL;
	int status = cli_options("transfer receipt", argc, argv, names, values, &pos);
	if (status)
		return status;
	long long id;
	if (!pos || !cli_record_id(pos, "转接#", &id))
		return cli_usage("transfer receipt", _("give the transfer's number (转接#N)"));
	char day[DATE_ISO_SIZE];
	if (!cli_date_arg("transfer receipt", "--date", values[0], day, &status))
		return status;
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	struct transfer t;
	if (!transfer_get(db, id, &t)) {
		db_rollback(db);
		return cli_fail(_("no 转接#%lld"), id);
	}
	if (strcmp(day, t.issued) < 0) {
		db_rollback(db);
		return cli_fail(_("the 回执 cannot be dated before the letter (%s)"), t.issued);
	}
	status = cli_commit_or_fail(db, transfer_set_receipt(db, id, day, values[1]));
	if (status)
		return status;
	printf(_("zhibu: 回执 of 转接#%lld recorded on %s.\n"), id, day);
	return EXIT_OK;
}

/* transfer report N --date DATE --sex --birth --joined [--full] [--group]
 * [--category]: the 报到 of a 转入 recorded before; she enters the roster. */
static int transfer_report(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = { "--date", "--sex", "--birth", "--joined", "--full", "--group",
					     "--category", NULL };
	static const int cols[] = { TF_REPORT, TF_SEX, TF_BIRTH, TF_JOIN, TF_FULL, TF_GROUP, TF_CATEGORY };
	const char *opts[7] = { NULL, "", "", "", "", "", "" }, *pos = NULL;
	int status = cli_options("transfer report", argc, argv, names, opts, &pos);
	if (status)
		return status;
	long long id;
	if (!pos || !cli_record_id(pos, "转接#", &id))
		return cli_usage("transfer report", _("give the transfer's number (转接#N)"));
	char day[DATE_ISO_SIZE];
	if (!cli_date_arg("transfer report", "--date", opts[0], day, &status))
		return status;
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	struct transfer t;
	if (!transfer_get(db, id, &t) || strcmp(t.direction, "转入") || *t.report_date || strcmp(t.status, "有效")) {
		db_rollback(db);
		return cli_fail(_("转接#%lld is not a 转入 waiting for 报到"), id);
	}
	const char *values[TF_COUNT];
	for (int f = 0; f < TF_COUNT; f++)
		values[f] = "";
	values[TF_NAME] = t.name;
	values[TF_IDNUM] = t.id_number;
	values[TF_KIND] = t.member_kind;
	for (int i = 1; i < 7; i++)
		values[cols[i]] = opts[i];
	struct add_ctx c = { 0 };
	struct member m, same;
	if (strcmp(day, t.issued) < 0)
		add_problem(&c, TF_REPORT, _("is before the letter was issued"));
	if (!c.problems && !newcomer(values, &m, add_problem, &c) && member_find_by_id_number(db, m.id_number, &same)) {
		char buf[256];
		snprintf(buf, sizeof buf, _("%s is already on the roster"), same.name);
		add_problem(&c, TF_IDNUM, buf);
	}
	if (c.problems) {
		db_rollback(db);
		return EXIT_REFUSED;
	}
	snprintf(m.note, sizeof m.note, "%s转入", t.from_org);
	if (!member_insert(db, &m) || !transfer_set_report(db, id, m.id, day))
		return cli_commit_or_fail(db, false);
	status = cli_end_write(db, EXIT_OK);
	if (status)
		return status;
	struct date issued, rep;
	date_parse_iso(t.issued, &issued);
	date_parse_iso(day, &rep);
	if (date_cmp(rep, transfer_expiry(issued, t.valid_days)) > 0)
		fprintf(stderr, _("zhibu: %s reported after the letter expired: 介绍信已过期，需原党组织出具证明\n"), t.name);
	printf(_("zhibu: %s reported on %s and is on the roster.\n"), t.name, day);
	return EXIT_OK;
}

static int transfer_void_cmd(struct cli *cli, int argc, char **argv)
{
	long long id;
	if (argc != 3 || !cli_record_id(argv[1], "转接#", &id) || text_blank(argv[2]))
		return cli_usage("transfer void", _("give the record's number and the reason"));
	int status;
	struct db *db = cli_begin(cli, &status);
	if (!db)
		return status;
	status = cli_commit_or_fail(db, record_void(db, RT_TRANSFER, id, argv[2]));
	if (status)
		return status;
	printf(_("zhibu: voided %s#%lld.\n"), "转接", id);
	return EXIT_OK;
}

static int transfer_letter(struct cli *cli, int argc, char **argv)
{
	struct output_options out;
	output_options_init(&out);
	const char *pos = NULL;
	for (int i = 1; i < argc; i++) {
		int taken = output_option(&out, "transfer letter", argc, argv, &i);
		if (taken < 0)
			return EXIT_USAGE;
		if (!taken && !pos && argv[i][0] != '-')
			pos = argv[i];
		else if (!taken)
			return cli_bad_option("transfer letter", argv[i], false);
	}
	long long id;
	if (!pos || !cli_record_id(pos, "转接#", &id))
		return cli_usage("transfer letter", _("give the transfer's number (转接#N)"));
	struct db *db = cli_db(cli, false);
	if (!db)
		return EXIT_REFUSED;
	struct transfer t;
	if (!transfer_get(db, id, &t))
		return cli_fail(_("no 转接#%lld"), id);
	if (strcmp(t.direction, "转出"))
		return cli_fail(_("转接#%lld is a 转入: the letter is the other branch's"), id);
	return output_write_doc(cli, &out, transfer_letter_doc(db, &t));
}

/* transfer list [--as-of DATE]: every transfer with its state. */
static struct sheet *all_transfers(struct db *db, struct date as_of)
{
	return transfers_sheet(db, 0, as_of);
}

static int transfer_list(struct cli *cli, int argc, char **argv)
{
	return output_report_on_date(cli, argc, argv, all_transfers);
}

int cmd_transfer(struct cli *cli, int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "out"))
		return transfer_add(cli, argc - 1, argv + 1, "转出");
	if (argc >= 2 && !strcmp(argv[1], "in"))
		return transfer_add(cli, argc - 1, argv + 1, "转入");
	if (argc >= 2 && !strcmp(argv[1], "report"))
		return transfer_report(cli, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "receipt"))
		return transfer_receipt(cli, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "void"))
		return transfer_void_cmd(cli, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "letter"))
		return transfer_letter(cli, argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "list"))
		return transfer_list(cli, argc - 1, argv + 1);
	return cli_usage("transfer", _("name what to do: out, in, report, receipt, letter, list or void"));
}
