-- 组织关系转接 (records.md C12, domain.md §7): the data of each 介绍信, sent
-- (转出) or received (转入), and its 回执.  A 转出 names a member of the
-- roster; a 转入 names one once she has reported (报到日期), before that only
-- the letter's name and ID number.  Nothing is deleted: voided with a reason.
CREATE TABLE transfers (
	id           INTEGER PRIMARY KEY,
	direction    TEXT NOT NULL CHECK (direction IN ('转出', '转入')),
	member_id    INTEGER REFERENCES members(id),
	name         TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 30),
	id_number    TEXT NOT NULL DEFAULT '',
	member_kind  TEXT NOT NULL CHECK (member_kind IN ('正式', '预备')),
	from_org     TEXT NOT NULL DEFAULT '',
	to_org       TEXT NOT NULL DEFAULT '',
	header       TEXT NOT NULL DEFAULT '',          -- 抬头 of the letter
	scope        TEXT NOT NULL DEFAULT '其他' CHECK (scope IN ('县内', '省内', '跨省', '系统内', '其他')),
	temporary    INTEGER NOT NULL DEFAULT 0 CHECK (temporary IN (0, 1)),
	reason       TEXT NOT NULL DEFAULT '',
	letter_no    TEXT NOT NULL CHECK (length(trim(letter_no)) > 0),
	issued       TEXT NOT NULL CHECK (date(issued, '+0 days') IS issued),
	valid_days   INTEGER NOT NULL CHECK (valid_days BETWEEN 1 AND 366),
	override     TEXT NOT NULL DEFAULT '',          -- why more than 90 days
	dues_to      TEXT NOT NULL CHECK (length(dues_to) = 7 AND date(dues_to || '-01', '+0 days') IS dues_to || '-01'),
	dues_reason  TEXT NOT NULL DEFAULT '',          -- why 党费交至 differs from the ledger
	report_date  TEXT CHECK (report_date IS NULL OR date(report_date, '+0 days') IS report_date),
	receipt_date TEXT CHECK (receipt_date IS NULL OR date(receipt_date, '+0 days') IS receipt_date),
	receipt_by   TEXT NOT NULL DEFAULT '',
	status       TEXT NOT NULL DEFAULT '有效' CHECK (status IN ('有效', '作废')),
	void_reason  TEXT NOT NULL DEFAULT '',
	CHECK (status = '有效' OR length(trim(void_reason)) > 0),
	CHECK (valid_days <= 90 OR length(trim(override)) > 0),
	CHECK (direction = '转入' OR member_id IS NOT NULL)
);
CREATE INDEX transfers_member ON transfers(member_id);
CREATE INDEX transfers_issued ON transfers(issued);
CREATE UNIQUE INDEX transfers_letter ON transfers(direction, letter_no) WHERE status = '有效';

CREATE TRIGGER transfers_no_delete BEFORE DELETE ON transfers
BEGIN SELECT RAISE(ABORT, 'transfers are never deleted: void the transfer instead'); END;

CREATE TRIGGER transfers_log_insert AFTER INSERT ON transfers
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'transfers', new.id, '*', NULL,
		new.direction || ' ' || new.name || ' ' || new.letter_no || ' ' || new.issued);
END;
CREATE TRIGGER transfers_log_update AFTER UPDATE ON transfers
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'transfers', new.id, f, o, n FROM (
		SELECT 'member_id' AS f, CAST(old.member_id AS TEXT) AS o, CAST(new.member_id AS TEXT) AS n
		UNION ALL SELECT 'report_date', old.report_date, new.report_date
		UNION ALL SELECT 'receipt_date', old.receipt_date, new.receipt_date
		UNION ALL SELECT 'receipt_by', old.receipt_by, new.receipt_by
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;
