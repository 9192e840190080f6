-- The committee's terms (换届), the archive of documents (文书档案) and
-- what is sent upward (报送): records.md C11 and C8.  Nothing is deleted:
-- a wrong record is voided with a reason.

-- A term of the branch committee (第N届): elected on a day for years (3, or
-- 5 for a 村/社区 branch); the request to the higher committee, its
-- approval, and at most 12 months of extension with its approval.  The end
-- (elected_on + years, month-end clamped) is computed by rules/term.c.
CREATE TABLE branch_terms (
	id              INTEGER PRIMARY KEY,
	seq             INTEGER NOT NULL CHECK (seq > 0),
	elected_on      TEXT NOT NULL CHECK (date(elected_on, '+0 days') IS elected_on),
	years           INTEGER NOT NULL CHECK (years BETWEEN 1 AND 10),
	request_sent_on TEXT CHECK (request_sent_on IS NULL OR date(request_sent_on, '+0 days') IS request_sent_on),
	approved_on     TEXT CHECK (approved_on IS NULL OR date(approved_on, '+0 days') IS approved_on),
	approval_ref    TEXT NOT NULL DEFAULT '',
	extended_months INTEGER NOT NULL DEFAULT 0 CHECK (extended_months BETWEEN 0 AND 12),
	extension_ref   TEXT NOT NULL DEFAULT '',
	status          TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '作废')),
	void_reason     TEXT NOT NULL DEFAULT '',
	CHECK (extended_months = 0 OR length(trim(extension_ref)) > 0),
	CHECK (status = '有效' OR length(trim(void_reason)) > 0)
);
CREATE INDEX branch_terms_elected ON branch_terms(elected_on);

-- A document of the archive (文件#id).  zhibu keeps no classified
-- material: secrecy is 非密 only.  item_no (件号) is given per year and
-- category in date order when the year is archived.
CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
	direction   TEXT NOT NULL CHECK (direction IN ('收文', '发文', '本级材料')),
	category    TEXT NOT NULL CHECK (length(trim(category)) > 0),
	doc_no      TEXT NOT NULL DEFAULT '',
	author      TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
	date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	pages       INTEGER CHECK (pages IS NULL OR pages > 0),
	retention   TEXT NOT NULL CHECK (retention IN ('永久', '长期', '30年', '10年', '短期')),
	secrecy     TEXT NOT NULL DEFAULT '非密' CHECK (secrecy = '非密'),
	location    TEXT NOT NULL DEFAULT '',
	path        TEXT NOT NULL DEFAULT '',
	item_no     INTEGER CHECK (item_no IS NULL OR item_no > 0),
	archived_on TEXT CHECK (archived_on IS NULL OR date(archived_on, '+0 days') IS archived_on),
	status      TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '失效', '作废')),
	void_reason TEXT NOT NULL DEFAULT '',
	CHECK (status <> '作废' OR length(trim(void_reason)) > 0)
);
CREATE INDEX documents_year ON documents(year, category, date);

-- Recurring submissions: each year, item is due to to_org on due_md (MM-DD).
CREATE TABLE submission_rules (
	id     INTEGER PRIMARY KEY,
	item   TEXT NOT NULL UNIQUE CHECK (length(trim(item)) > 0),
	to_org TEXT NOT NULL,
	due_md TEXT NOT NULL CHECK (date('2000-' || due_md, '+0 days') IS '2000-' || due_md),
	active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
INSERT INTO submission_rules(item, to_org, due_md) VALUES
	('党内统计年报', '上级党委组织部', '01-15'),
	('年度工作总结和书记述职', '上级党委', '01-31');

-- A submission upward (报送#id): what, to whom, due, and when and how sent.
CREATE TABLE submissions (
	id          INTEGER PRIMARY KEY,
	item        TEXT NOT NULL CHECK (length(trim(item)) > 0),
	to_org      TEXT NOT NULL CHECK (length(trim(to_org)) > 0),
	due         TEXT NOT NULL CHECK (date(due, '+0 days') IS due),
	sent_on     TEXT CHECK (sent_on IS NULL OR date(sent_on, '+0 days') IS sent_on),
	way         TEXT CHECK (way IS NULL OR way IN ('纸质', '系统', '邮件', '其他')),
	document_id INTEGER REFERENCES documents(id),
	note        TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '作废')),
	void_reason TEXT NOT NULL DEFAULT '',
	CHECK (status = '有效' OR length(trim(void_reason)) > 0)
);
CREATE INDEX submissions_due ON submissions(due);

CREATE TRIGGER branch_terms_no_delete BEFORE DELETE ON branch_terms
BEGIN SELECT RAISE(ABORT, 'branch_terms: nothing is deleted (void it with a reason)'); END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'documents: nothing is deleted (void it with a reason)'); END;
CREATE TRIGGER submission_rules_no_delete BEFORE DELETE ON submission_rules
BEGIN SELECT RAISE(ABORT, 'submission_rules: nothing is deleted (set active to 0)'); END;
CREATE TRIGGER submissions_no_delete BEFORE DELETE ON submissions
BEGIN SELECT RAISE(ABORT, 'submissions: nothing is deleted (void it with a reason)'); END;

CREATE TRIGGER branch_terms_log_insert AFTER INSERT ON branch_terms
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'branch_terms', new.id, '*', NULL, new.elected_on);
END;
CREATE TRIGGER branch_terms_log_update AFTER UPDATE ON branch_terms
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'branch_terms', new.id, f, o, n FROM (
		SELECT 'elected_on' AS f, old.elected_on AS o, new.elected_on AS n
		UNION ALL SELECT 'years', old.years, new.years
		UNION ALL SELECT 'request_sent_on', old.request_sent_on, new.request_sent_on
		UNION ALL SELECT 'approved_on', old.approved_on, new.approved_on
		UNION ALL SELECT 'approval_ref', old.approval_ref, new.approval_ref
		UNION ALL SELECT 'extended_months', old.extended_months, new.extended_months
		UNION ALL SELECT 'extension_ref', old.extension_ref, new.extension_ref
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER documents_log_insert AFTER INSERT ON documents
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'documents', new.id, '*', NULL, new.date || ' ' || new.title);
END;
CREATE TRIGGER documents_log_update AFTER UPDATE ON documents
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'documents', new.id, f, o, n FROM (
		SELECT 'title' AS f, old.title AS o, new.title AS n
		UNION ALL SELECT 'date', old.date, new.date
		UNION ALL SELECT 'category', old.category, new.category
		UNION ALL SELECT 'item_no', old.item_no, new.item_no
		UNION ALL SELECT 'archived_on', old.archived_on, new.archived_on
		UNION ALL SELECT 'location', old.location, new.location
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER submission_rules_log_insert AFTER INSERT ON submission_rules
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'submission_rules', new.id, '*', NULL, new.item);
END;
CREATE TRIGGER submission_rules_log_update AFTER UPDATE ON submission_rules
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'submission_rules', new.id, f, o, n FROM (
		SELECT 'due_md' AS f, old.due_md AS o, new.due_md AS n
		UNION ALL SELECT 'to_org', old.to_org, new.to_org
		UNION ALL SELECT 'active', old.active, new.active
	) WHERE o IS NOT n;
END;

CREATE TRIGGER submissions_log_insert AFTER INSERT ON submissions
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'submissions', new.id, '*', NULL, new.due || ' ' || new.item);
END;
CREATE TRIGGER submissions_log_update AFTER UPDATE ON submissions
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'submissions', new.id, f, o, n FROM (
		SELECT 'due' AS f, old.due AS o, new.due AS n
		UNION ALL SELECT 'sent_on', old.sent_on, new.sent_on
		UNION ALL SELECT 'way', old.way, new.way
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;
