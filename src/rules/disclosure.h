/* 党务公开 and 意见建议 (records.md C1, C2) as pure rules: the value lists
 * stored in Chinese, the due dates (a routine item's period plus grace, the
 * 公开期 in natural or working days, an opinion's reply deadline counted from
 * the day after receipt, the archive date), and the state of a period or an
 * opinion on a day.  The database (db/disclosure.h, db/feedback.h), the
 * reports and `zhibu check` share them. */
#ifndef ZHIBU_RULES_DISCLOSURE_H
#define ZHIBU_RULES_DISCLOSURE_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "core/workday.h"
#include "rules/meetings.h"

/* Value lists, NULL-terminated, as stored. */
extern const char *const disclosure_scopes[];     /* 党内, 先党内后党外, 党外 */
extern const char *const disclosure_timings[];    /* 定期, 阶段, 及时, 依申请 */
extern const char *const disclosure_units[];      /* 自然日, 工作日 */
extern const char *const disclosure_forms[];      /* 党员大会, 支委会 ... 其他 */
extern const char *const disclosure_categories[]; /* 中心工作 ... 招生 */
extern const char *const feedback_channels[];     /* 意见箱, 信箱 ... 其他 */
extern const char *const feedback_results[];      /* 采纳, 部分采纳 ... 不予公开 */
extern const char *const feedback_from_kinds[];   /* 党员, 群众 ... 其他 */

/* s when it is one of list, else NULL. */
const char *disclosure_value(const char *const *list, const char *s);
/* A '、'-list (also ',' '，' ';' '；' '/') of forms, normalised to '、' in out;
 * NULL, or a translated sentence naming the form that is not known. */
const char *disclosure_forms_check(const char *s, char *out, size_t size);

/* The rule every refusal to publish names. */
#define DISCLOSURE_RULE_15 "中国共产党党务公开条例（试行）第十五条"

/* The settings and their defaults (records.md C1.5, C2.2). */
struct disclosure_settings {
	int grace_days;          /* disclosure.routine_grace_days: 30 */
	int prompt_days;         /* disclosure.prompt_days: 15 */
	int archive_month, archive_day; /* disclosure.archive_by: 06-30 */
	bool school;             /* disclosure.school: 校务 rows shown, off */
	int outside_days;        /* disclosure.outside_days: 先党内后党外 outside within, 0 = no to-do */
	char since[DATE_ISO_SIZE]; /* disclosure.since: "" */
	int reply_workdays;      /* feedback.reply_workdays: 10 */
	int request_workdays;    /* feedback.request_workdays: 3 */
	int request_ext_workdays; /* feedback.request_ext_workdays: 10 */
	enum period_kind box_period; /* feedback.box_period: 月 */
	bool publish_replies;    /* feedback.publish_replies: on */
	const struct workdays *calendar; /* holidays and make-up days */
};
void disclosure_settings_default(struct disclosure_settings *s);

/* R1: a routine item of period p is due on its last day plus grace days. */
struct date disclosure_due(struct period p, int grace_days);
/* R2: the last day of the 公开期: published + days - 1 (自然日), or the
 * days-th working day counting the publication day when it is one. */
struct date disclosure_until(const struct workdays *cal, struct date published, int days, bool workdays);
/* R6: what was published in year is archived by (year+1)-MM-DD. */
struct date disclosure_archive_due(const struct disclosure_settings *s, int year);

/* C2.5: an opinion received on a day is answered within n working days, the
 * day of receipt not counted. */
struct date feedback_due(const struct workdays *cal, struct date received, int workdays);
/* The deadline of a new opinion from its channel (依申请公开: the shorter
 * one), and after the one extension a 依申请公开 request may have. */
struct date feedback_due_for(const struct disclosure_settings *s, const char *channel, struct date received);
struct date feedback_extended_due(const struct disclosure_settings *s, struct date received);

/* The state of a catalogue row's period (登记表 状态). */
enum disclosure_state { DS_ON_TIME, DS_LATE, DS_MISSING, DS_PENDING };
extern const char *const disclosure_state_names[]; /* 按时, 逾期公开, 缺, 待公开 */
/* published NULL: nothing published for the period yet. */
enum disclosure_state disclosure_state_of(struct date due, const struct date *published, struct date today);

enum feedback_state { FS_ON_TIME, FS_LATE, FS_OPEN, FS_OVERDUE };
extern const char *const feedback_state_names[]; /* 按时答复, 超期答复, 待答复, 超期未答复 */
enum feedback_state feedback_state_of(struct date due, const struct date *replied, struct date today);

/* The steps of a disclosure as dates ("" = not done), for the order checks. */
struct disclosure_steps {
	const char *proposed, *reviewed, *approved, *published, *published_out, *taken_down, *archived;
	bool secrecy_checked;
	const char *scope;
};
/* NULL when the steps are in order and a publication has its 审核 (with
 * 保密审查) and 审批; else a translated sentence (publishing without them
 * names DISCLOSURE_RULE_15). */
const char *disclosure_steps_check(const struct disclosure_steps *s);

#endif
