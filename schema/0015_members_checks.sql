-- Importing a roster spent most of its time in the members table's checks:
-- a `col IN ('…', …)` of more than two values builds a small table for
-- every row written.  The same checks, written as comparisons, cost almost
-- nothing.  The table is rebuilt (SQLite cannot change a CHECK in place)
-- with the same columns, rows, ids, indexes and triggers; the runner turns
-- foreign keys off around a migration and checks them before it commits.
-- legacy_alter_table: the rename must not rewrite, nor test against the
-- missing table, the triggers of other tables that read members.
PRAGMA legacy_alter_table = ON;

CREATE TABLE members_new (
	id            INTEGER PRIMARY KEY,
	name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 30),
	initials      TEXT NOT NULL DEFAULT '',
	sex           TEXT NOT NULL CHECK (sex = '男' OR sex = '女'),
	ethnicity     TEXT NOT NULL DEFAULT '',
	birth_date    TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') IS birth_date),
	id_number     TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
	education     TEXT NOT NULL DEFAULT '',
	category      TEXT NOT NULL CHECK (category = '在职' OR category = '离退休' OR category = '学生' OR
	                                   category = '农民' OR category = '失业' OR category = '困难' OR
	                                   category = '其他'),
	work_unit     TEXT NOT NULL DEFAULT '',
	kind          TEXT NOT NULL CHECK (kind = '正式' OR kind = '预备'),
	join_date     TEXT NOT NULL CHECK (date(join_date, '+0 days') IS join_date),
	full_date     TEXT CHECK (full_date IS NULL OR date(full_date, '+0 days') IS full_date),
	group_id      INTEGER REFERENCES party_groups(id),
	phone         TEXT NOT NULL DEFAULT '',
	status        TEXT NOT NULL DEFAULT '正常'
	              CHECK (status = '正常' OR status = '流动' OR status = '失联' OR status = '停止党籍' OR
	                     status = '转出' OR status = '去世' OR status = '出党'),
	status_date   TEXT CHECK (status_date IS NULL OR date(status_date, '+0 days') IS status_date),
	status_reason TEXT NOT NULL DEFAULT '',
	note          TEXT NOT NULL DEFAULT '',
	CHECK (kind = '预备' OR full_date IS NULL OR full_date >= join_date)
);

INSERT INTO members_new(id, name, initials, sex, ethnicity, birth_date, id_number, education, category,
                        work_unit, kind, join_date, full_date, group_id, phone, status, status_date,
                        status_reason, note)
SELECT id, name, initials, sex, ethnicity, birth_date, id_number, education, category,
       work_unit, kind, join_date, full_date, group_id, phone, status, status_date,
       status_reason, note
FROM members;

DROP TABLE members;
ALTER TABLE members_new RENAME TO members;
PRAGMA legacy_alter_table = OFF;

CREATE INDEX members_name ON members(name);
CREATE INDEX members_group ON members(group_id);
CREATE INDEX members_status ON members(status);

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
