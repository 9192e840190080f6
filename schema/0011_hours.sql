-- Each member's year (records.md C5, C7, C10): trainings for the 学时 count,
-- 谈心谈话, 承诺践诺 and 志愿服务.  Meetings are read where they are; a
-- meeting's tags say more of it (a 支委会 tagged 理论学习 counts for 学时).
-- Nothing is deleted: a wrong record is voided with a reason.

-- Tags on a minute (理论学习 ...) are schema/0010's meeting_tags.
CREATE INDEX meeting_tags_tag ON meeting_tags(tag);

-- A training (培训#id): minutes per person unless training_people says
-- otherwise for someone; a training over several days spreads evenly.
CREATE TABLE trainings (
	id          INTEGER PRIMARY KEY,
	title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
	kind        TEXT NOT NULL CHECK (kind IN ('集中培训', '网络培训', '专题讲座', '集体学习', '其他')),
	organizer   TEXT NOT NULL DEFAULT '',
	start_date  TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
	end_date    TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date AND end_date >= start_date),
	minutes     INTEGER NOT NULL CHECK (minutes > 0),
	centralized INTEGER NOT NULL CHECK (centralized IN (0, 1)),
	counts      INTEGER NOT NULL DEFAULT 1 CHECK (counts IN (0, 1)),
	status      TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '作废')),
	void_reason TEXT NOT NULL DEFAULT '',
	CHECK (status = '有效' OR length(trim(void_reason)) > 0)
);
CREATE INDEX trainings_dates ON trainings(start_date, end_date);

CREATE TABLE training_people (
	training_id INTEGER NOT NULL REFERENCES trainings(id),
	member_id   INTEGER NOT NULL REFERENCES members(id),
	minutes     INTEGER CHECK (minutes IS NULL OR minutes > 0),
	PRIMARY KEY (training_id, member_id)
) WITHOUT ROWID;

-- A talk (谈话#id): who talked (谈话人, one or more) with whom (谈话对象).
-- The summary is personal data: logged, masked in lists.
CREATE TABLE talks (
	id          INTEGER PRIMARY KEY,
	date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	kind        TEXT NOT NULL CHECK (kind IN ('谈心谈话', '提醒谈话', '转入谈话', '政治生日谈话', '其他')),
	summary     TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '作废')),
	void_reason TEXT NOT NULL DEFAULT '',
	CHECK (status = '有效' OR length(trim(void_reason)) > 0)
);
CREATE INDEX talks_date ON talks(date);

CREATE TABLE talk_people (
	talk_id   INTEGER NOT NULL REFERENCES talks(id),
	member_id INTEGER NOT NULL REFERENCES members(id),
	role      TEXT NOT NULL CHECK (role IN ('谈话人', '谈话对象')),
	PRIMARY KEY (talk_id, member_id)
) WITHOUT ROWID;

-- A pledge (承诺#id) of a member for a year; 已践诺 when it has a date.
CREATE TABLE pledges (
	id           INTEGER PRIMARY KEY,
	member_id    INTEGER NOT NULL REFERENCES members(id),
	year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
	kind         TEXT NOT NULL CHECK (kind IN ('岗位承诺', '服务承诺', '廉洁承诺', '争先创优', '责任书')),
	content      TEXT NOT NULL CHECK (length(trim(content)) > 0),
	fulfilment   TEXT NOT NULL DEFAULT '',   -- 践诺情况
	fulfilled_on TEXT CHECK (fulfilled_on IS NULL OR date(fulfilled_on, '+0 days') IS fulfilled_on),
	status       TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '作废')),
	void_reason  TEXT NOT NULL DEFAULT '',
	CHECK (status = '有效' OR length(trim(void_reason)) > 0)
);
CREATE INDEX pledges_year ON pledges(year, member_id);

-- Evaluations of a pledge (一诺双评): who judged, when, and what.
CREATE TABLE pledge_evaluations (
	id        INTEGER PRIMARY KEY,
	pledge_id INTEGER NOT NULL REFERENCES pledges(id),
	date      TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	evaluator TEXT NOT NULL CHECK (evaluator IN ('自评', '群众评议', '组织评议')),
	grade     TEXT NOT NULL CHECK (grade IN ('好', '较好', '一般', '差')),
	note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pledge_evaluations_pledge ON pledge_evaluations(pledge_id);

-- 党员先锋岗, 示范岗, 责任区: who, where, from, to.
CREATE TABLE posts (
	id          INTEGER PRIMARY KEY,
	kind        TEXT NOT NULL CHECK (kind IN ('党员先锋岗', '党员示范岗', '党员责任区')),
	member_id   INTEGER NOT NULL REFERENCES members(id),
	place       TEXT NOT NULL CHECK (length(trim(place)) > 0),
	start_date  TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
	end_date    TEXT CHECK (end_date IS NULL OR (date(end_date, '+0 days') IS end_date AND end_date >= start_date)),
	status      TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '作废')),
	void_reason TEXT NOT NULL DEFAULT '',
	CHECK (status = '有效' OR length(trim(void_reason)) > 0)
);

-- A service activity (活动#id): participants from the roster (member_id) or
-- outside activists (name only).
CREATE TABLE services (
	id          INTEGER PRIMARY KEY,
	date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
	place       TEXT NOT NULL DEFAULT '',
	minutes     INTEGER NOT NULL CHECK (minutes > 0),
	status      TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '作废')),
	void_reason TEXT NOT NULL DEFAULT '',
	CHECK (status = '有效' OR length(trim(void_reason)) > 0)
);
CREATE INDEX services_date ON services(date);

CREATE TABLE service_people (
	service_id INTEGER NOT NULL REFERENCES services(id),
	member_id  INTEGER REFERENCES members(id),
	name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
	UNIQUE (service_id, name, member_id)
);

CREATE TRIGGER trainings_no_delete BEFORE DELETE ON trainings
BEGIN SELECT RAISE(ABORT, 'trainings are never deleted: void the training instead'); END;
CREATE TRIGGER training_people_no_delete BEFORE DELETE ON training_people
BEGIN SELECT RAISE(ABORT, 'training attendance is never deleted: void the training instead'); END;
CREATE TRIGGER talks_no_delete BEFORE DELETE ON talks
BEGIN SELECT RAISE(ABORT, 'talks are never deleted: void the talk instead'); END;
CREATE TRIGGER talk_people_no_delete BEFORE DELETE ON talk_people
BEGIN SELECT RAISE(ABORT, 'talks are never deleted: void the talk instead'); END;
CREATE TRIGGER pledges_no_delete BEFORE DELETE ON pledges
BEGIN SELECT RAISE(ABORT, 'pledges are never deleted: void the pledge instead'); END;
CREATE TRIGGER pledge_evaluations_no_delete BEFORE DELETE ON pledge_evaluations
BEGIN SELECT RAISE(ABORT, 'evaluations are never deleted'); END;
CREATE TRIGGER posts_no_delete BEFORE DELETE ON posts
BEGIN SELECT RAISE(ABORT, 'posts are never deleted: void the post instead'); END;
CREATE TRIGGER services_no_delete BEFORE DELETE ON services
BEGIN SELECT RAISE(ABORT, 'service activities are never deleted: void the activity instead'); END;
CREATE TRIGGER service_people_no_delete BEFORE DELETE ON service_people
BEGIN SELECT RAISE(ABORT, 'service activities are never deleted: void the activity instead'); END;

-- The change log (see 0001_core.sql): every insert and update.
CREATE TRIGGER trainings_log_insert AFTER INSERT ON trainings
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'trainings', new.id, '*', NULL, new.start_date || ' ' || new.kind || ' ' || new.title);
END;
CREATE TRIGGER trainings_log_update AFTER UPDATE ON trainings
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'trainings', new.id, f, o, n FROM (
		SELECT 'title' AS f, old.title AS o, new.title AS n
		UNION ALL SELECT 'kind', old.kind, new.kind
		UNION ALL SELECT 'organizer', old.organizer, new.organizer
		UNION ALL SELECT 'start_date', old.start_date, new.start_date
		UNION ALL SELECT 'end_date', old.end_date, new.end_date
		UNION ALL SELECT 'minutes', old.minutes, new.minutes
		UNION ALL SELECT 'centralized', old.centralized, new.centralized
		UNION ALL SELECT 'counts', old.counts, new.counts
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER training_people_log_insert AFTER INSERT ON training_people
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'training_people', new.training_id,
		(SELECT name FROM members WHERE id = new.member_id), NULL, coalesce(new.minutes, ''));
END;
CREATE TRIGGER training_people_log_update AFTER UPDATE ON training_people
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'training_people', new.training_id,
		(SELECT name FROM members WHERE id = new.member_id), old.minutes, new.minutes);
END;

CREATE TRIGGER talks_log_insert AFTER INSERT ON talks
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'talks', new.id, '*', NULL, new.date || ' ' || new.kind || ' ' || new.summary);
END;
CREATE TRIGGER talks_log_update AFTER UPDATE ON talks
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'talks', new.id, f, o, n FROM (
		SELECT 'date' AS f, old.date AS o, new.date AS n
		UNION ALL SELECT 'kind', old.kind, new.kind
		UNION ALL SELECT 'summary', old.summary, new.summary
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER talk_people_log_insert AFTER INSERT ON talk_people
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'talk_people', new.talk_id, new.role, NULL,
		(SELECT name FROM members WHERE id = new.member_id));
END;
CREATE TRIGGER talk_people_log_update AFTER UPDATE ON talk_people
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'talk_people', new.talk_id, new.role,
		(SELECT name FROM members WHERE id = old.member_id), (SELECT name FROM members WHERE id = new.member_id));
END;

CREATE TRIGGER pledges_log_insert AFTER INSERT ON pledges
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'pledges', new.id, '*', NULL, new.year || ' ' || new.kind || ' ' || new.content);
END;
CREATE TRIGGER pledges_log_update AFTER UPDATE ON pledges
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'pledges', new.id, f, o, n FROM (
		SELECT 'kind' AS f, old.kind AS o, new.kind AS n
		UNION ALL SELECT 'content', old.content, new.content
		UNION ALL SELECT 'fulfilment', old.fulfilment, new.fulfilment
		UNION ALL SELECT 'fulfilled_on', old.fulfilled_on, new.fulfilled_on
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER pledge_evaluations_log_insert AFTER INSERT ON pledge_evaluations
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'pledge_evaluations', new.pledge_id, new.evaluator, NULL, new.grade || ' ' || new.note);
END;
CREATE TRIGGER pledge_evaluations_log_update AFTER UPDATE ON pledge_evaluations
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'pledge_evaluations', new.pledge_id, new.evaluator,
		old.grade || ' ' || old.note, new.grade || ' ' || new.note);
END;

CREATE TRIGGER posts_log_insert AFTER INSERT ON posts
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'posts', new.id, '*', NULL, new.kind || ' ' || new.place);
END;
CREATE TRIGGER posts_log_update AFTER UPDATE ON posts
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'posts', new.id, f, o, n FROM (
		SELECT 'place' AS f, old.place AS o, new.place AS n
		UNION ALL SELECT 'end_date', old.end_date, new.end_date
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER services_log_insert AFTER INSERT ON services
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'services', new.id, '*', NULL, new.date || ' ' || new.title);
END;
CREATE TRIGGER services_log_update AFTER UPDATE ON services
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'services', new.id, f, o, n FROM (
		SELECT 'date' AS f, old.date AS o, new.date AS n
		UNION ALL SELECT 'title', old.title, new.title
		UNION ALL SELECT 'place', old.place, new.place
		UNION ALL SELECT 'minutes', old.minutes, new.minutes
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER service_people_log_insert AFTER INSERT ON service_people
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'service_people', new.service_id, '*', NULL, new.name);
END;
CREATE TRIGGER service_people_log_update AFTER UPDATE ON service_people
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'service_people', new.service_id, 'name', old.name, new.name);
END;
