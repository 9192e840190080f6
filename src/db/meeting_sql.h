/* SQL shared by the meeting files of src/db (meeting.c, role.c,
 * evaluation.c): who was a member, and who could vote, on a day.  The one
 * place these two rules are written; `m` is the members table's alias and
 * `day` an SQL expression (a parameter or a column). */
#ifndef ZHIBU_MEETING_SQL_H
#define ZHIBU_MEETING_SQL_H

/* On the roster on day: joined by then and not gone before it (转出, 去世,
 * 出党, 停止党籍; a departure without a date counts as before any day). */
#define SQL_MEMBER_ON(m, day) \
	"(" m ".join_date <= " day " AND (" m ".status NOT IN ('转出', '去世', '出党', '停止党籍') " \
	"OR coalesce(" m ".status_date, '0000-00-00') > " day "))"

/* A full (正式) member on day: has a vote.  A 正式 member without a 转正日期
 * counts as full; one whose 转正日期 is later was probationary then. */
#define SQL_VOTING_ON(m, day) \
	"(" m ".kind = '正式' AND coalesce(" m ".full_date, '0000-00-00') <= " day ")"

#endif
