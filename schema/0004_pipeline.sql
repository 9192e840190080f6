-- 发展党员: people on their way into the party, the 25 steps they pass
-- (domain.md §4, 发展党员工作细则 2014) and the records each step needs.
-- The stage is never stored: it follows from the steps recorded.
-- Rows are never deleted; every write lands in change_log under
-- tbl = 'candidates' and the candidate's id, so that one query gives a
-- person's whole history.

CREATE TABLE candidates (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 30),
	sex         TEXT NOT NULL CHECK (sex IN ('男', '女')),
	ethnicity   TEXT NOT NULL DEFAULT '',
	birth_date  TEXT NOT NULL CHECK (date(birth_date, '+0 days') IS birth_date),
	id_number   TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
	education   TEXT NOT NULL DEFAULT '',
	category    TEXT NOT NULL DEFAULT '在职'
	            CHECK (category IN ('在职', '离退休', '学生', '农民', '失业', '困难', '其他')),
	work_unit   TEXT NOT NULL DEFAULT '',
	phone       TEXT NOT NULL DEFAULT '',
	note        TEXT NOT NULL DEFAULT '',
	-- the roster row, once the higher committee has approved the admission
	member_id   INTEGER UNIQUE REFERENCES members(id),
	-- the day the person was entered in zhibu: quarterly 思想汇报 are
	-- expected from then on, not for the years before
	created_on  TEXT NOT NULL CHECK (date(created_on, '+0 days') IS created_on)
);
CREATE INDEX candidates_name ON candidates(name);

-- One dated record per step.  Steps 6 and 21 (the half-yearly assessment)
-- live in candidate_assessments, the people of steps 5 and 9 in
-- candidate_people.  Which fields a step uses is in src/rules/pipeline.c.
CREATE TABLE candidate_steps (
	id           INTEGER PRIMARY KEY,
	candidate_id INTEGER NOT NULL REFERENCES candidates(id),
	step         INTEGER NOT NULL CHECK (step BETWEEN 1 AND 25 AND step NOT IN (6, 21)),
	date         TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	end_date     TEXT CHECK (end_date IS NULL OR
	                         (step = 11 AND date(end_date, '+0 days') IS end_date AND end_date >= date)),
	hours        INTEGER CHECK (hours IS NULL OR (step = 11 AND hours BETWEEN 1 AND 2000)),
	who          TEXT NOT NULL DEFAULT '',   -- 2, 16: who held the talk; 19: the party group
	result       TEXT NOT NULL DEFAULT ''    -- 10: the political review's conclusion
	             CHECK (result = '' OR (step = 10 AND result IN ('合格', '不合格'))),
	doc_number   TEXT NOT NULL DEFAULT ''    -- 17, 24: the approval's document number
	             CHECK (doc_number = '' OR step IN (4, 8, 13, 17, 18, 24)),
	meeting_id   INTEGER REFERENCES meetings(id)
	             CHECK (meeting_id IS NULL OR step IN (3, 7, 12, 15, 23)),
	expected     INTEGER,                    -- 15, 23: the branch vote
	present      INTEGER,
	yes          INTEGER,
	no           INTEGER,
	abstain      INTEGER,
	note         TEXT NOT NULL DEFAULT '',
	UNIQUE (candidate_id, step),
	CHECK ((expected IS NULL) = (present IS NULL) AND (expected IS NULL) = (yes IS NULL) AND
	       (expected IS NULL) = (no IS NULL) AND (expected IS NULL) = (abstain IS NULL)),
	CHECK (expected IS NULL OR
	       (step IN (15, 23) AND expected > 0 AND present BETWEEN 0 AND expected AND
	        yes >= 0 AND no >= 0 AND abstain >= 0 AND yes + no + abstain <= present))
);

-- 培养联系人 (step 5, one or two) and 入党介绍人 (step 9, two): full members of
-- the roster.  A replaced person gets an until_date; nobody is removed.
CREATE TABLE candidate_people (
	id           INTEGER PRIMARY KEY,
	candidate_id INTEGER NOT NULL REFERENCES candidates(id),
	role         TEXT NOT NULL CHECK (role IN ('培养联系人', '入党介绍人')),
	member_id    INTEGER NOT NULL REFERENCES members(id),
	from_date    TEXT NOT NULL CHECK (date(from_date, '+0 days') IS from_date),
	until_date   TEXT CHECK (until_date IS NULL OR
	                         (date(until_date, '+0 days') IS until_date AND until_date >= from_date))
);
CREATE INDEX candidate_people_candidate ON candidate_people(candidate_id);

-- Steps 6 and 21: the branch assesses 积极分子 (and 发展对象) and 预备党员
-- every six months.
CREATE TABLE candidate_assessments (
	id           INTEGER PRIMARY KEY,
	candidate_id INTEGER NOT NULL REFERENCES candidates(id),
	date         TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	stage        TEXT NOT NULL CHECK (stage IN ('积极分子', '发展对象', '预备党员')),
	result       TEXT NOT NULL CHECK (length(trim(result)) BETWEEN 1 AND 30),
	note         TEXT NOT NULL DEFAULT '',
	UNIQUE (candidate_id, date)
);

-- 思想汇报 received.
CREATE TABLE candidate_reports (
	id           INTEGER PRIMARY KEY,
	candidate_id INTEGER NOT NULL REFERENCES candidates(id),
	date         TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	note         TEXT NOT NULL DEFAULT '',
	UNIQUE (candidate_id, date)
);

-- 公示: before 发展对象 are reviewed, before acceptance, before 转正.
CREATE TABLE candidate_notices (
	id           INTEGER PRIMARY KEY,
	candidate_id INTEGER NOT NULL REFERENCES candidates(id),
	kind         TEXT NOT NULL CHECK (kind IN ('发展对象', '接收', '转正')),
	from_date    TEXT NOT NULL CHECK (date(from_date, '+0 days') IS from_date),
	to_date      TEXT NOT NULL CHECK (date(to_date, '+0 days') IS to_date AND to_date >= from_date),
	UNIQUE (candidate_id, kind)
);

-- Decisions that change the course: probation extended once by 6 to 12
-- months, probationary membership cancelled, or development ended before
-- admission (the person withdrew, left the unit ...).
CREATE TABLE candidate_decisions (
	id           INTEGER PRIMARY KEY,
	candidate_id INTEGER NOT NULL REFERENCES candidates(id),
	kind         TEXT NOT NULL CHECK (kind IN ('延长预备期', '取消预备党员资格', '终止培养')),
	date         TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	months       INTEGER CHECK ((kind = '延长预备期') = (months IS NOT NULL) AND
	                            (months IS NULL OR months BETWEEN 6 AND 12)),
	reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
	UNIQUE (candidate_id, kind)
);

-- A rule of the order of steps set aside, with the reason (domain.md: the
-- program explains and lets the user decide).  step 0: a record that is not
-- one of the 25 (思想汇报, 公示, a decision).
CREATE TABLE pipeline_overrides (
	id           INTEGER PRIMARY KEY,
	candidate_id INTEGER NOT NULL REFERENCES candidates(id),
	step         INTEGER NOT NULL CHECK (step BETWEEN 0 AND 25),
	rule         TEXT NOT NULL CHECK (length(rule) > 0),
	reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
	recorded_on  TEXT NOT NULL CHECK (date(recorded_on, '+0 days') IS recorded_on)
);
CREATE INDEX pipeline_overrides_candidate ON pipeline_overrides(candidate_id);

-- Days off and worked weekend days (调休) for counting working days.
CREATE TABLE holidays (
	date    TEXT PRIMARY KEY CHECK (date(date, '+0 days') IS date),
	working INTEGER NOT NULL DEFAULT 0 CHECK (working IN (0, 1)),
	name    TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Nothing of a person's development is ever deleted.
CREATE TRIGGER candidates_no_delete BEFORE DELETE ON candidates
BEGIN SELECT RAISE(ABORT, 'candidates are never deleted: record 终止培养 instead'); END;
CREATE TRIGGER candidate_steps_no_delete BEFORE DELETE ON candidate_steps
BEGIN SELECT RAISE(ABORT, 'steps of a candidate are never deleted'); END;
CREATE TRIGGER candidate_people_no_delete BEFORE DELETE ON candidate_people
BEGIN SELECT RAISE(ABORT, 'people of a candidate are never deleted: set until_date'); END;
CREATE TRIGGER candidate_assessments_no_delete BEFORE DELETE ON candidate_assessments
BEGIN SELECT RAISE(ABORT, 'assessments are never deleted'); END;
CREATE TRIGGER candidate_reports_no_delete BEFORE DELETE ON candidate_reports
BEGIN SELECT RAISE(ABORT, 'thought reports are never deleted'); END;
CREATE TRIGGER candidate_notices_no_delete BEFORE DELETE ON candidate_notices
BEGIN SELECT RAISE(ABORT, 'notices are never deleted'); END;
CREATE TRIGGER candidate_decisions_no_delete BEFORE DELETE ON candidate_decisions
BEGIN SELECT RAISE(ABORT, 'decisions are never deleted'); END;
CREATE TRIGGER pipeline_overrides_no_delete BEFORE DELETE ON pipeline_overrides
BEGIN SELECT RAISE(ABORT, 'overrides are never deleted'); END;

-- The change log (党员情况变更信息库) of candidates.
CREATE TRIGGER candidates_log_insert AFTER INSERT ON candidates
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'candidates', new.id, '*', NULL, new.name);
END;

CREATE TRIGGER candidates_log_update AFTER UPDATE ON candidates
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'candidates', new.id, f, o, n FROM (
		SELECT 'name' AS f, old.name AS o, new.name AS n
		UNION ALL SELECT 'sex', old.sex, new.sex
		UNION ALL SELECT 'ethnicity', old.ethnicity, new.ethnicity
		UNION ALL SELECT 'birth_date', old.birth_date, new.birth_date
		UNION ALL SELECT 'id_number', old.id_number, new.id_number
		UNION ALL SELECT 'education', old.education, new.education
		UNION ALL SELECT 'category', old.category, new.category
		UNION ALL SELECT 'work_unit', old.work_unit, new.work_unit
		UNION ALL SELECT 'phone', old.phone, new.phone
		UNION ALL SELECT 'note', old.note, new.note
		UNION ALL SELECT 'member_id', old.member_id, new.member_id
	) WHERE o IS NOT n;
END;

CREATE TRIGGER candidate_steps_log_insert AFTER INSERT ON candidate_steps
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'candidates', new.candidate_id, 'step ' || new.step, NULL, new.date);
END;

CREATE TRIGGER candidate_steps_log_update AFTER UPDATE ON candidate_steps
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'candidates', new.candidate_id, 'step ' || new.step || ' ' || f, o, n FROM (
		SELECT 'date' AS f, old.date AS o, new.date AS n
		UNION ALL SELECT 'end_date', old.end_date, new.end_date
		UNION ALL SELECT 'hours', old.hours, new.hours
		UNION ALL SELECT 'who', old.who, new.who
		UNION ALL SELECT 'result', old.result, new.result
		UNION ALL SELECT 'doc_number', old.doc_number, new.doc_number
		UNION ALL SELECT 'meeting_id', old.meeting_id, new.meeting_id
		UNION ALL SELECT 'vote', old.expected || '/' || old.present || '/' || old.yes || '/' || old.no || '/' || old.abstain,
		                         new.expected || '/' || new.present || '/' || new.yes || '/' || new.no || '/' || new.abstain
		UNION ALL SELECT 'note', old.note, new.note
	) WHERE o IS NOT n;
END;

CREATE TRIGGER candidate_people_log_insert AFTER INSERT ON candidate_people
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'candidates', new.candidate_id, new.role, NULL,
	        (SELECT name FROM members WHERE id = new.member_id) || ' ' || new.from_date);
END;

CREATE TRIGGER candidate_people_log_update AFTER UPDATE ON candidate_people
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'candidates', new.candidate_id, new.role || ' until',
	       old.until_date, (SELECT name FROM members WHERE id = new.member_id) || ' ' || new.until_date
	WHERE old.until_date IS NOT new.until_date;
END;

CREATE TRIGGER candidate_assessments_log_insert AFTER INSERT ON candidate_assessments
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'candidates', new.candidate_id, '考察', NULL,
	        new.date || ' ' || new.result || ' ' || new.note);
END;

CREATE TRIGGER candidate_assessments_log_update AFTER UPDATE ON candidate_assessments
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'candidates', new.candidate_id, '考察',
	       old.date || ' ' || old.result || ' ' || old.note, new.date || ' ' || new.result || ' ' || new.note
	WHERE old.date IS NOT new.date OR old.result IS NOT new.result OR old.note IS NOT new.note;
END;

CREATE TRIGGER candidate_reports_log_insert AFTER INSERT ON candidate_reports
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'candidates', new.candidate_id, '思想汇报', NULL, new.date);
END;

CREATE TRIGGER candidate_reports_log_update AFTER UPDATE ON candidate_reports
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'candidates', new.candidate_id, '思想汇报', old.date || ' ' || old.note,
	       new.date || ' ' || new.note
	WHERE old.date IS NOT new.date OR old.note IS NOT new.note;
END;

CREATE TRIGGER candidate_notices_log_insert AFTER INSERT ON candidate_notices
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'candidates', new.candidate_id, '公示 ' || new.kind, NULL,
	        new.from_date || ' ' || new.to_date);
END;

CREATE TRIGGER candidate_notices_log_update AFTER UPDATE ON candidate_notices
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'candidates', new.candidate_id, '公示 ' || new.kind,
	       old.from_date || ' ' || old.to_date, new.from_date || ' ' || new.to_date
	WHERE old.from_date IS NOT new.from_date OR old.to_date IS NOT new.to_date;
END;

CREATE TRIGGER candidate_decisions_log_insert AFTER INSERT ON candidate_decisions
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'candidates', new.candidate_id, new.kind, NULL,
	        new.date || coalesce(' ' || new.months, '') || ' ' || new.reason);
END;

CREATE TRIGGER candidate_decisions_log_update AFTER UPDATE ON candidate_decisions
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'candidates', new.candidate_id, new.kind,
	       old.date || coalesce(' ' || old.months, '') || ' ' || old.reason,
	       new.date || coalesce(' ' || new.months, '') || ' ' || new.reason
	WHERE old.date IS NOT new.date OR old.months IS NOT new.months OR old.reason IS NOT new.reason;
END;

CREATE TRIGGER pipeline_overrides_log_insert AFTER INSERT ON pipeline_overrides
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'candidates', new.candidate_id,
	        'override step ' || new.step || ' ' || new.rule, NULL, new.reason);
END;
