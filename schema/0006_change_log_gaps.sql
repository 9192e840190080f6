-- Close the last gaps of the change log: no write path of the program
-- deletes a party group or changes a recorded override, and now neither can
-- happen unseen.

-- A party group is renamed or given a new leader, never deleted: its
-- members and its minutes keep pointing at it.
CREATE TRIGGER party_groups_no_delete BEFORE DELETE ON party_groups
BEGIN
	SELECT RAISE(ABORT, 'party groups are never deleted: rename the group instead');
END;

-- An override of a pipeline rule is the reason on record for an exception:
-- any change of it lands in the change log of the candidate.
CREATE TRIGGER pipeline_overrides_log_update AFTER UPDATE ON pipeline_overrides
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'candidates', new.candidate_id, f, o, n FROM (
		SELECT 'override.step' AS f, old.step AS o, new.step AS n
		UNION ALL SELECT 'override.rule', old.rule, new.rule
		UNION ALL SELECT 'override.reason', old.reason, new.reason
		UNION ALL SELECT 'override.recorded_on', old.recorded_on, new.recorded_on
	) WHERE o IS NOT n;
END;
