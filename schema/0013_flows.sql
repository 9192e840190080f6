-- 流动党员, 失联, 停止党籍 (records.md C12, issue 18).  The member's status
-- and the day it began stay in members (status, status_date): the deadlines
-- count from there.  These tables hold what goes with them.  Nothing is
-- deleted; contacts and searches are never changed either (append-only).

-- A time away (流动): out since, where, why, how to reach, the 《流动党员活动证》
-- and the host organisation; back_on when the status left 流动.
CREATE TABLE flows (
	id          INTEGER PRIMARY KEY,
	member_id   INTEGER NOT NULL REFERENCES members(id),
	out_on      TEXT NOT NULL CHECK (date(out_on, '+0 days') IS out_on),
	destination TEXT NOT NULL CHECK (length(trim(destination)) > 0),
	reason      TEXT NOT NULL DEFAULT '',
	contact     TEXT NOT NULL DEFAULT '',
	card_no     TEXT NOT NULL DEFAULT '',
	host_org    TEXT NOT NULL DEFAULT '',
	back_on     TEXT CHECK (back_on IS NULL OR (date(back_on, '+0 days') IS back_on AND back_on >= out_on))
);
CREATE INDEX flows_member ON flows(member_id, out_on);

-- A contact with a member away (dated: the quarterly 联系 is counted from it).
CREATE TABLE flow_contacts (
	id        INTEGER PRIMARY KEY,
	member_id INTEGER NOT NULL REFERENCES members(id),
	date      TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	way       TEXT NOT NULL CHECK (length(trim(way)) > 0),
	note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX flow_contacts_member ON flow_contacts(member_id, date);

-- A search for a member out of contact (失联查找).
CREATE TABLE lost_searches (
	id        INTEGER PRIMARY KEY,
	member_id INTEGER NOT NULL REFERENCES members(id),
	date      TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
	way       TEXT NOT NULL CHECK (length(trim(way)) > 0),
	result    TEXT NOT NULL DEFAULT '',
	searcher  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lost_searches_member ON lost_searches(member_id, date);

CREATE TRIGGER flows_no_delete BEFORE DELETE ON flows
BEGIN SELECT RAISE(ABORT, 'flows are never deleted'); END;
CREATE TRIGGER flow_contacts_no_delete BEFORE DELETE ON flow_contacts
BEGIN SELECT RAISE(ABORT, 'contacts are never deleted'); END;
CREATE TRIGGER flow_contacts_no_update BEFORE UPDATE ON flow_contacts
BEGIN SELECT RAISE(ABORT, 'contacts are never changed: record another'); END;
CREATE TRIGGER lost_searches_no_delete BEFORE DELETE ON lost_searches
BEGIN SELECT RAISE(ABORT, 'searches are never deleted'); END;
CREATE TRIGGER lost_searches_no_update BEFORE UPDATE ON lost_searches
BEGIN SELECT RAISE(ABORT, 'searches are never changed: record another'); END;

-- The change log (see 0001_core.sql).
CREATE TRIGGER flows_log_insert AFTER INSERT ON flows
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'flows', new.id, '*', NULL,
		new.out_on || ' ' || (SELECT name FROM members WHERE id = new.member_id) || ' ' || new.destination);
END;
CREATE TRIGGER flows_log_update AFTER UPDATE ON flows
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'flows', new.id, f, o, n FROM (
		SELECT 'out_on' AS f, old.out_on AS o, new.out_on AS n
		UNION ALL SELECT 'destination', old.destination, new.destination
		UNION ALL SELECT 'reason', old.reason, new.reason
		UNION ALL SELECT 'contact', old.contact, new.contact
		UNION ALL SELECT 'card_no', old.card_no, new.card_no
		UNION ALL SELECT 'host_org', old.host_org, new.host_org
		UNION ALL SELECT 'back_on', old.back_on, new.back_on
	) WHERE o IS NOT n;
END;
CREATE TRIGGER flow_contacts_log_insert AFTER INSERT ON flow_contacts
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'flow_contacts', new.id, '*', NULL,
		new.date || ' ' || (SELECT name FROM members WHERE id = new.member_id) || ' ' || new.way || ' ' || new.note);
END;
CREATE TRIGGER lost_searches_log_insert AFTER INSERT ON lost_searches
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'lost_searches', new.id, '*', NULL,
		new.date || ' ' || (SELECT name FROM members WHERE id = new.member_id) || ' ' || new.way || ' ' ||
		new.result || ' ' || new.searcher);
END;
-- Updates are refused above; were a later version to allow corrections,
-- they would be logged as every other record's.
CREATE TRIGGER flow_contacts_log_update AFTER UPDATE ON flow_contacts
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'flow_contacts', new.id, '*', old.date || ' ' || old.way || ' ' || old.note,
		new.date || ' ' || new.way || ' ' || new.note);
END;
CREATE TRIGGER lost_searches_log_update AFTER UPDATE ON lost_searches
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'lost_searches', new.id, '*', old.date || ' ' || old.way || ' ' || old.result,
		new.date || ' ' || new.way || ' ' || new.result);
END;
