-- zhibu core: the branch, its settings, party groups, members and the change log.
-- A date column holds a real ISO date: date(x, '+0 days') normalises 2026-02-30
-- to 2026-03-02, so the comparison refuses it (plain date(x) would not).
-- Migrations are forward only and never edited once landed.

CREATE TABLE branch (
	id               INTEGER PRIMARY KEY CHECK (id = 1),
	name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
	higher_committee TEXT NOT NULL DEFAULT '',
	created_on       TEXT NOT NULL CHECK (date(created_on, '+0 days') IS created_on)
);

-- Values that differ between units ([practice] in domain.md); defaults live in
-- the code, a row here overrides them.
CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE party_groups (
	id        INTEGER PRIMARY KEY,
	name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
	leader_id INTEGER REFERENCES members(id),
	sort_key  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE members (
	id            INTEGER PRIMARY KEY,
	name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 30),
	initials      TEXT NOT NULL DEFAULT '',
	sex           TEXT NOT NULL CHECK (sex IN ('男', '女')),
	ethnicity     TEXT NOT NULL DEFAULT '',
	birth_date    TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') IS birth_date),
	id_number     TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
	education     TEXT NOT NULL DEFAULT '',
	category      TEXT NOT NULL CHECK (category IN ('在职', '离退休', '学生', '农民', '失业', '困难', '其他')),
	work_unit     TEXT NOT NULL DEFAULT '',
	kind          TEXT NOT NULL CHECK (kind IN ('正式', '预备')),
	join_date     TEXT NOT NULL CHECK (date(join_date, '+0 days') IS join_date),
	full_date     TEXT CHECK (full_date IS NULL OR date(full_date, '+0 days') IS full_date),
	group_id      INTEGER REFERENCES party_groups(id),
	phone         TEXT NOT NULL DEFAULT '',
	status        TEXT NOT NULL DEFAULT '正常'
	              CHECK (status IN ('正常', '流动', '失联', '停止党籍', '转出', '去世', '出党')),
	status_date   TEXT CHECK (status_date IS NULL OR date(status_date, '+0 days') IS status_date),
	status_reason TEXT NOT NULL DEFAULT '',
	note          TEXT NOT NULL DEFAULT '',
	CHECK (kind = '预备' OR full_date IS NULL OR full_date >= join_date)
);
CREATE INDEX members_name ON members(name);
CREATE INDEX members_group ON members(group_id);
CREATE INDEX members_status ON members(status);

-- 党员情况变更信息库: every insert, update and status change, written by
-- triggers so that no write path of the program can bypass it.
CREATE TABLE change_log (
	id        INTEGER PRIMARY KEY,
	at        TEXT NOT NULL,
	tbl       TEXT NOT NULL,
	row_id    INTEGER NOT NULL,
	field     TEXT NOT NULL,
	old_value TEXT,
	new_value TEXT
);
CREATE INDEX change_log_row ON change_log(tbl, row_id);

-- Leaving members are marked, never deleted.
CREATE TRIGGER members_no_delete BEFORE DELETE ON members
BEGIN
	SELECT RAISE(ABORT, 'members are never deleted: record a status instead');
END;

CREATE TRIGGER members_log_insert AFTER INSERT ON members
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'members', new.id, '*', NULL, new.name);
END;

CREATE TRIGGER members_log_update AFTER UPDATE ON members
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'members', new.id, f, o, n FROM (
		SELECT 'name' AS f, old.name AS o, new.name AS n
		UNION ALL SELECT 'sex', old.sex, new.sex
		UNION ALL SELECT 'ethnicity', old.ethnicity, new.ethnicity
		UNION ALL SELECT 'birth_date', old.birth_date, new.birth_date
		UNION ALL SELECT 'id_number', old.id_number, new.id_number
		UNION ALL SELECT 'education', old.education, new.education
		UNION ALL SELECT 'category', old.category, new.category
		UNION ALL SELECT 'work_unit', old.work_unit, new.work_unit
		UNION ALL SELECT 'kind', old.kind, new.kind
		UNION ALL SELECT 'join_date', old.join_date, new.join_date
		UNION ALL SELECT 'full_date', old.full_date, new.full_date
		UNION ALL SELECT 'group', (SELECT name FROM party_groups WHERE id = old.group_id),
		                          (SELECT name FROM party_groups WHERE id = new.group_id)
		UNION ALL SELECT 'phone', old.phone, new.phone
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'status_date', old.status_date, new.status_date
		UNION ALL SELECT 'status_reason', old.status_reason, new.status_reason
		UNION ALL SELECT 'note', old.note, new.note
	) WHERE o IS NOT n;
END;

CREATE TRIGGER party_groups_log_insert AFTER INSERT ON party_groups
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'party_groups', new.id, '*', NULL, new.name);
END;

CREATE TRIGGER party_groups_log_update AFTER UPDATE ON party_groups
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'party_groups', new.id, f, o, n FROM (
		SELECT 'name' AS f, old.name AS o, new.name AS n
		UNION ALL SELECT 'leader', (SELECT name FROM members WHERE id = old.leader_id),
		                           (SELECT name FROM members WHERE id = new.leader_id)
	) WHERE o IS NOT n;
END;
