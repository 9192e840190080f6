-- Meetings, continued.  Attendance rows may be taken off a minute (a member listed by mistake), so
-- their insertion is logged too, not only their corrections and removal:
-- the change log then holds every attendance row that ever existed.
CREATE TRIGGER meeting_attendance_log_insert AFTER INSERT ON meeting_attendance
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'meeting_attendance', new.meeting_id,
		(SELECT name FROM members WHERE id = new.member_id), NULL,
		CASE new.present WHEN 1 THEN '出席' ELSE '缺席' END || CASE new.reason WHEN '' THEN '' ELSE '：' || new.reason END);
END;

-- A committee term is ended, never deleted.
CREATE TRIGGER branch_roles_no_delete BEFORE DELETE ON branch_roles
BEGIN
	SELECT RAISE(ABORT, 'committee terms are never deleted: end the term instead');
END;
