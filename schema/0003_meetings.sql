-- zhibu meetings (domain.md §3): the branch committee's roles, minutes with
-- attendance and votes, 民主评议 grades, and what the branch must hold when.
-- Minutes are never deleted: a meeting that did not take place is cancelled.
-- A time is HH:MM (24 hours).

-- Who holds which office, from when to when: "the committee" on a day is
-- everyone with a role on that day.  One holder of each office at a time
-- (委员, an ordinary committee member, may be several).
CREATE TABLE branch_roles (
	id         INTEGER PRIMARY KEY,
	member_id  INTEGER NOT NULL REFERENCES members(id),
	role       TEXT NOT NULL CHECK (role IN ('书记', '副书记', '组织委员', '宣传委员', '纪检委员', '委员')),
	start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
	end_date   TEXT CHECK (end_date IS NULL OR (date(end_date, '+0 days') IS end_date AND end_date >= start_date))
);
CREATE UNIQUE INDEX branch_roles_one_holder ON branch_roles(role) WHERE end_date IS NULL AND role <> '委员';
CREATE INDEX branch_roles_member ON branch_roles(member_id);

CREATE TABLE meetings (
	id            INTEGER PRIMARY KEY,
	kind          TEXT NOT NULL CHECK (kind IN ('支部党员大会', '支部委员会', '党小组会', '党课', '主题党日',
	                                            '组织生活会', '民主生活会', '民主评议党员', '谈心谈话', '其他')),
	title         TEXT NOT NULL DEFAULT '',
	date          TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	start_time    TEXT CHECK (start_time IS NULL OR (start_time GLOB '[0-2][0-9]:[0-5][0-9]' AND start_time < '24:00')),
	end_time      TEXT CHECK (end_time IS NULL OR (end_time GLOB '[0-2][0-9]:[0-5][0-9]' AND end_time < '24:00')),
	place         TEXT NOT NULL DEFAULT '',
	group_id      INTEGER REFERENCES party_groups(id),
	-- 主持人, 记录人, 主讲人: a member, or the name of someone from outside.
	host_id       INTEGER REFERENCES members(id),
	host_name     TEXT NOT NULL DEFAULT '',
	recorder_id   INTEGER REFERENCES members(id),
	recorder_name TEXT NOT NULL DEFAULT '',
	speaker_id    INTEGER REFERENCES members(id),
	speaker_name  TEXT NOT NULL DEFAULT '',
	guests        TEXT NOT NULL DEFAULT '',   -- 列席
	agenda        TEXT NOT NULL DEFAULT '',   -- 议题, one item per line
	discussion    TEXT NOT NULL DEFAULT '',   -- 会议内容
	decisions     TEXT NOT NULL DEFAULT '',   -- 决议
	cancelled     INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
	cancel_reason TEXT NOT NULL DEFAULT '',
	CHECK (kind <> '党小组会' OR group_id IS NOT NULL),
	CHECK (group_id IS NULL OR kind NOT IN ('支部党员大会', '支部委员会')),
	CHECK (end_time IS NULL OR start_time IS NULL OR end_time >= start_time),
	CHECK (host_id IS NULL OR host_name = ''),
	CHECK (recorder_id IS NULL OR recorder_name = ''),
	CHECK (speaker_id IS NULL OR speaker_name = '')
);
-- Covers the counting behind the calendar and `zhibu check`.
CREATE INDEX meetings_date ON meetings(date, kind, group_id, cancelled);
CREATE INDEX meetings_kind_date ON meetings(kind, date);

-- Who should attend and who came.  Absence reasons are personal data:
-- corrections are logged; the rows written with the minute are part of it.
-- Reports read it by meeting (the key); there is no index by member: it
-- would double the cost of writing a large branch's attendance, and
-- members are never deleted.
CREATE TABLE meeting_attendance (
	meeting_id INTEGER NOT NULL REFERENCES meetings(id),
	member_id  INTEGER NOT NULL REFERENCES members(id),
	present    INTEGER NOT NULL CHECK (present IN (0, 1)),
	reason     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;

-- Votes on a motion, with the turnout of voting (full) members at the time
-- and the result the rules gave.
CREATE TABLE meeting_motions (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meetings(id),
	motion     TEXT NOT NULL CHECK (length(trim(motion)) > 0),
	yes        INTEGER NOT NULL CHECK (yes >= 0),
	no         INTEGER NOT NULL CHECK (no >= 0),
	abstain    INTEGER NOT NULL CHECK (abstain >= 0),
	expected   INTEGER NOT NULL CHECK (expected >= 0),
	present    INTEGER NOT NULL CHECK (present BETWEEN 0 AND expected),
	result     TEXT NOT NULL CHECK (result IN ('通过', '未通过', '不足法定人数')),
	CHECK (yes + no + abstain <= present)
);
CREATE INDEX meeting_motions_meeting ON meeting_motions(meeting_id);

-- 民主评议党员: one grade per member and year.
CREATE TABLE evaluations (
	year       INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
	member_id  INTEGER NOT NULL REFERENCES members(id),
	grade      TEXT NOT NULL CHECK (grade IN ('优秀', '合格', '基本合格', '不合格')),
	note       TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (year, member_id)
) WITHOUT ROWID;

-- What the branch must hold: how many meetings of a kind per period, for
-- the branch or for each party group.  Seeded with domain.md §3; a branch
-- edits it (no committee: no 支委会; 党课 monthly ...).  count 0 = not required.
CREATE TABLE meeting_requirements (
	kind      TEXT PRIMARY KEY CHECK (kind IN ('支部党员大会', '支部委员会', '党小组会', '党课', '主题党日',
	                                            '组织生活会', '民主生活会', '民主评议党员', '谈心谈话', '其他')),
	period    TEXT NOT NULL CHECK (period IN ('月', '季度', '半年', '年')),
	count     INTEGER NOT NULL CHECK (count BETWEEN 0 AND 99),
	per_group INTEGER NOT NULL DEFAULT 0 CHECK (per_group IN (0, 1))
) WITHOUT ROWID;
INSERT INTO meeting_requirements(kind, period, count, per_group) VALUES
	('支部党员大会', '季度', 1, 0),
	('支部委员会', '月', 1, 0),
	('党小组会', '月', 1, 1),
	('党课', '季度', 1, 0),
	('主题党日', '月', 1, 0),
	('组织生活会', '年', 1, 0),
	('民主生活会', '年', 0, 0),
	('民主评议党员', '年', 1, 0),
	('谈心谈话', '年', 1, 0),
	('其他', '年', 0, 0);

-- Minutes, votes and grades are never deleted.
CREATE TRIGGER meetings_no_delete BEFORE DELETE ON meetings
BEGIN
	SELECT RAISE(ABORT, 'minutes are never deleted: cancel the meeting instead');
END;

CREATE TRIGGER meeting_motions_no_delete BEFORE DELETE ON meeting_motions
BEGIN
	SELECT RAISE(ABORT, 'votes are never deleted');
END;

CREATE TRIGGER evaluations_no_delete BEFORE DELETE ON evaluations
BEGIN
	SELECT RAISE(ABORT, 'grades are never deleted: record the corrected grade instead');
END;

-- Only the two bodies that decide by vote record votes.
CREATE TRIGGER meeting_motions_kind BEFORE INSERT ON meeting_motions
WHEN (SELECT kind FROM meetings WHERE id = new.meeting_id) NOT IN ('支部党员大会', '支部委员会')
BEGIN
	SELECT RAISE(ABORT, 'only a 支部党员大会 or 支部委员会 votes');
END;

-- The change log (see 0001_core.sql) for the personal data of this part.
CREATE TRIGGER meetings_log_insert AFTER INSERT ON meetings
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'meetings', new.id, '*', NULL, new.date || ' ' || new.kind || ' ' || new.title);
END;

CREATE TRIGGER meetings_log_update AFTER UPDATE ON meetings
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'meetings', new.id, f, o, n FROM (
		SELECT 'kind' AS f, old.kind AS o, new.kind AS n
		UNION ALL SELECT 'title', old.title, new.title
		UNION ALL SELECT 'date', old.date, new.date
		UNION ALL SELECT 'start_time', old.start_time, new.start_time
		UNION ALL SELECT 'end_time', old.end_time, new.end_time
		UNION ALL SELECT 'place', old.place, new.place
		UNION ALL SELECT 'group', (SELECT name FROM party_groups WHERE id = old.group_id),
		                          (SELECT name FROM party_groups WHERE id = new.group_id)
		UNION ALL SELECT 'host', coalesce((SELECT name FROM members WHERE id = old.host_id), old.host_name),
		                         coalesce((SELECT name FROM members WHERE id = new.host_id), new.host_name)
		UNION ALL SELECT 'recorder', coalesce((SELECT name FROM members WHERE id = old.recorder_id), old.recorder_name),
		                             coalesce((SELECT name FROM members WHERE id = new.recorder_id), new.recorder_name)
		UNION ALL SELECT 'speaker', coalesce((SELECT name FROM members WHERE id = old.speaker_id), old.speaker_name),
		                            coalesce((SELECT name FROM members WHERE id = new.speaker_id), new.speaker_name)
		UNION ALL SELECT 'guests', old.guests, new.guests
		UNION ALL SELECT 'agenda', old.agenda, new.agenda
		UNION ALL SELECT 'discussion', old.discussion, new.discussion
		UNION ALL SELECT 'decisions', old.decisions, new.decisions
		UNION ALL SELECT 'cancelled', old.cancelled, new.cancelled
		UNION ALL SELECT 'cancel_reason', old.cancel_reason, new.cancel_reason
	) WHERE o IS NOT n;
END;

-- Attendance: row_id is the meeting, field the member's name.
CREATE TRIGGER meeting_attendance_log_update AFTER UPDATE ON meeting_attendance
WHEN old.present IS NOT new.present OR old.reason IS NOT new.reason
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'meeting_attendance', new.meeting_id,
		(SELECT name FROM members WHERE id = new.member_id),
		CASE old.present WHEN 1 THEN '出席' ELSE '缺席' END || CASE old.reason WHEN '' THEN '' ELSE '：' || old.reason END,
		CASE new.present WHEN 1 THEN '出席' ELSE '缺席' END || CASE new.reason WHEN '' THEN '' ELSE '：' || new.reason END);
END;

CREATE TRIGGER meeting_attendance_log_delete AFTER DELETE ON meeting_attendance
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'meeting_attendance', old.meeting_id,
		(SELECT name FROM members WHERE id = old.member_id),
		CASE old.present WHEN 1 THEN '出席' ELSE '缺席' END || CASE old.reason WHEN '' THEN '' ELSE '：' || old.reason END,
		NULL);
END;

CREATE TRIGGER meeting_motions_log_insert AFTER INSERT ON meeting_motions
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'meeting_motions', new.id, '*', NULL,
		new.motion || '：赞成' || new.yes || '，反对' || new.no || '，弃权' || new.abstain || '，' || new.result);
END;

CREATE TRIGGER meeting_motions_log_update AFTER UPDATE ON meeting_motions
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'meeting_motions', new.id, 'votes',
		old.motion || '：赞成' || old.yes || '，反对' || old.no || '，弃权' || old.abstain || '，' || old.result,
		new.motion || '：赞成' || new.yes || '，反对' || new.no || '，弃权' || new.abstain || '，' || new.result);
END;

CREATE TRIGGER branch_roles_log_insert AFTER INSERT ON branch_roles
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'branch_roles', new.id, '*', NULL,
		(SELECT name FROM members WHERE id = new.member_id) || ' ' || new.role || ' ' || new.start_date);
END;

CREATE TRIGGER branch_roles_log_update AFTER UPDATE ON branch_roles
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'branch_roles', new.id, f, o, n FROM (
		SELECT 'member' AS f, (SELECT name FROM members WHERE id = old.member_id) AS o,
		                      (SELECT name FROM members WHERE id = new.member_id) AS n
		UNION ALL SELECT 'role', old.role, new.role
		UNION ALL SELECT 'start_date', old.start_date, new.start_date
		UNION ALL SELECT 'end_date', old.end_date, new.end_date
	) WHERE o IS NOT n;
END;

CREATE TRIGGER evaluations_log_insert AFTER INSERT ON evaluations
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'evaluations', new.member_id, 'grade ' || new.year, NULL, new.grade);
END;

CREATE TRIGGER evaluations_log_update AFTER UPDATE ON evaluations
WHEN old.grade IS NOT new.grade OR old.note IS NOT new.note
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'evaluations', new.member_id, 'grade ' || new.year,
		old.grade || CASE old.note WHEN '' THEN '' ELSE '：' || old.note END,
		new.grade || CASE new.note WHEN '' THEN '' ELSE '：' || new.note END);
END;
