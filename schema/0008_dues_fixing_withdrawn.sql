-- A yearly fixing made by mistake (a year fixed too early, or twice) is
-- withdrawn with a reason while no payment depends on it: the row moves,
-- whole, to dues_fixings_withdrawn, with the day and the reason, and the
-- change log says so.  Every other reader of dues_fixings stays as it was.
CREATE TABLE dues_fixings_withdrawn (
	id           INTEGER PRIMARY KEY,
	fixing_id    INTEGER NOT NULL,     -- dues_fixings.id (which a later fixing may reuse)
	member_id    INTEGER NOT NULL REFERENCES members(id),
	year         INTEGER NOT NULL,
	category     TEXT NOT NULL,
	base         INTEGER NOT NULL,
	rate         INTEGER NOT NULL,
	computed     INTEGER NOT NULL,
	amount       INTEGER NOT NULL,
	reason       TEXT NOT NULL,
	approval     TEXT NOT NULL,
	reviewed     INTEGER NOT NULL,
	note         TEXT NOT NULL,
	fixed_on     TEXT NOT NULL,
	withdrawn_on TEXT NOT NULL CHECK (date(withdrawn_on, '+0 days') IS withdrawn_on),
	why          TEXT NOT NULL CHECK (length(trim(why)) > 0)
);

CREATE INDEX dues_fixings_withdrawn_fixing ON dues_fixings_withdrawn(fixing_id);

-- Nothing updates a withdrawn fixing; were anything to, the log says so.
CREATE TRIGGER dues_fixings_withdrawn_log_update AFTER UPDATE ON dues_fixings_withdrawn
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'dues_fixings_withdrawn', new.id, f, o, n FROM (
		SELECT 'fixing_id' AS f, old.fixing_id AS o, new.fixing_id AS n
		UNION ALL SELECT 'member_id', old.member_id, new.member_id
		UNION ALL SELECT 'year', old.year, new.year
		UNION ALL SELECT 'amount', old.amount, new.amount
		UNION ALL SELECT 'withdrawn_on', old.withdrawn_on, new.withdrawn_on
		UNION ALL SELECT 'why', old.why, new.why
	) WHERE o IS NOT n;
END;

CREATE TRIGGER dues_fixings_withdrawn_no_delete BEFORE DELETE ON dues_fixings_withdrawn
BEGIN
	SELECT RAISE(ABORT, 'a withdrawn fixing is kept as it was');
END;

-- A fixing leaves dues_fixings only withdrawn (kept above, with a reason),
-- and never while a payment of its year, not reversed, depends on it.
DROP TRIGGER dues_fixings_no_delete;
CREATE TRIGGER dues_fixings_no_delete BEFORE DELETE ON dues_fixings
WHEN NOT EXISTS (SELECT 1 FROM dues_fixings_withdrawn w
                 WHERE w.fixing_id = old.id AND w.member_id = old.member_id AND w.year = old.year
                   AND w.amount = old.amount AND w.fixed_on = old.fixed_on)
BEGIN
	SELECT RAISE(ABORT, 'dues fixings are never deleted: change the amount instead, or withdraw it with a reason');
END;

CREATE TRIGGER dues_fixings_paid_no_withdraw BEFORE DELETE ON dues_fixings
WHEN EXISTS (SELECT 1 FROM dues_payments p
             WHERE p.member_id = old.member_id
               AND p.month BETWEEN printf('%04d-01', old.year) AND printf('%04d-12', old.year)
               AND p.reverses IS NULL
               AND NOT EXISTS (SELECT 1 FROM dues_payments r WHERE r.reverses = p.id))
BEGIN
	SELECT RAISE(ABORT, 'payments depend on this fixing: it cannot be withdrawn');
END;

-- The withdrawal is logged against the fixing it withdraws.
CREATE TRIGGER dues_fixings_withdrawn_log_insert AFTER INSERT ON dues_fixings_withdrawn
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'dues_fixings', new.fixing_id, 'withdrawn',
	        new.member_id || ' ' || new.year || ' ' || new.amount, new.withdrawn_on || ' ' || new.why);
END;
