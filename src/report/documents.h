/* Documents to print and post (io/doc.h): each builder fills the one
 * document model, which the writers lay out as PDF or text.  A new kind
 * (组织关系介绍信, 民主测评表, 述职数据表) is one more builder here. */
#ifndef ZHIBU_REPORT_DOCUMENTS_H
#define ZHIBU_REPORT_DOCUMENTS_H
#include <stdbool.h>

#include "core/date.h"
#include "rules/pipeline.h"

struct candidate;
struct db;
struct doc;
struct dues_period;
struct meeting_filter;

/* The 公示 of a candidate: from the notice recorded, else starting at from
 * (or the first working day from as_of) for the setting's working days.
 * NULL with *why set (translated) when the person is not at that stage, or
 * when the step the 公示 comes before is already recorded. */
struct doc *pipeline_notice_doc(struct db *db, const struct candidate *c, enum pipeline_notice kind,
				struct date as_of, const char *from, const char **why);

/* The 党费收缴公示 of a period: the table, then the closing lines. */
struct doc *dues_notice_doc(struct db *db, const struct dues_period *p);

/* The end of every notice: whom to contact (the branch's settings 联系人,
 * 电话, 地点), then the branch's name and the date, at the right. */
void notice_close(struct db *db, struct doc *doc, struct date dated);

/* The 会议记录 that f selects, each from a new page; with contents true a
 * contents page first.  *out is NULL when none matched; false on a
 * database error. */
bool minutes_doc(struct db *db, const struct meeting_filter *f, bool contents, struct doc **out);

#endif
