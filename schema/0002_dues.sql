-- zhibu dues (党费): the yearly fixing (核定) of each member's monthly amount,
-- the payments, and the remittances (上缴) to the higher committee.
-- Money is integer 分; a rate is in units of 0.01% (1.5% is 150); a month is
-- YYYY-MM.  Nothing here is ever deleted: a wrong payment or remittance is
-- cancelled by a reversal row (negative amount, pointing at the original).

-- One row per member and year.  computed is what the rules give for the
-- category and base; amount is what the member pays each month.  They differ
-- only with a reason and an approval note (少交/免交 are approved above).
-- reviewed = 0 marks a row copied from the year before for the secretary to
-- check (zhibu dues fix); it counts like any other meanwhile.
CREATE TABLE dues_fixings (
	id        INTEGER PRIMARY KEY,
	member_id INTEGER NOT NULL REFERENCES members(id),
	year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
	category  TEXT NOT NULL CHECK (category IN ('在职', '离退休', '学生', '农民', '失业', '困难', '其他')),
	base      INTEGER NOT NULL DEFAULT 0 CHECK (base BETWEEN 0 AND 100000000000),
	rate      INTEGER NOT NULL DEFAULT 0 CHECK (rate BETWEEN 0 AND 10000),
	computed  INTEGER NOT NULL CHECK (computed >= 0),
	amount    INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 100000000000),
	reason    TEXT NOT NULL DEFAULT '',
	approval  TEXT NOT NULL DEFAULT '',
	reviewed  INTEGER NOT NULL DEFAULT 1 CHECK (reviewed IN (0, 1)),
	note      TEXT NOT NULL DEFAULT '',
	fixed_on  TEXT NOT NULL CHECK (date(fixed_on, '+0 days') IS fixed_on),
	UNIQUE (member_id, year),
	CHECK (amount = computed OR (length(trim(reason)) > 0 AND length(trim(approval)) > 0))
);
-- A member's amounts year by year, without reading the table.
CREATE INDEX dues_fixings_member ON dues_fixings(member_id, year, amount);

-- One row per member and month paid for (所属月份).  A payment that covers
-- several months (in advance, or 补交) is several rows with the same date.
-- voluntary = 1: money given beyond the dues (自愿多交), shown apart.
CREATE TABLE dues_payments (
	id        INTEGER PRIMARY KEY,
	member_id INTEGER NOT NULL REFERENCES members(id),
	month     TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(month, 6) BETWEEN '01' AND '12'),
	amount    INTEGER NOT NULL CHECK (amount BETWEEN -100000000000 AND 100000000000),
	paid_on   TEXT NOT NULL CHECK (date(paid_on, '+0 days') IS paid_on),
	collector TEXT NOT NULL DEFAULT '',
	note      TEXT NOT NULL DEFAULT '',
	voluntary INTEGER NOT NULL DEFAULT 0 CHECK (voluntary IN (0, 1)),
	reverses  INTEGER REFERENCES dues_payments(id),
	CHECK ((reverses IS NULL AND amount > 0) OR (reverses IS NOT NULL AND amount < 0))
);
-- A member's history in month order: the report reads it without the table.
-- (The branch's totals of a period go through it member by member too, so
-- there is no second index on month: 2.4 million rows stay cheap to write.)
CREATE INDEX dues_payments_member ON dues_payments(member_id, month, voluntary, paid_on, amount);
-- At most one reversal per payment.
CREATE UNIQUE INDEX dues_payments_reverses ON dues_payments(reverses) WHERE reverses IS NOT NULL;

-- 上缴: period is YYYYQn, YYYY or YYYY-MM.
CREATE TABLE dues_remittances (
	id          INTEGER PRIMARY KEY,
	remitted_on TEXT NOT NULL CHECK (date(remitted_on, '+0 days') IS remitted_on),
	period      TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]Q[1-4]'
	                                 OR period GLOB '[12][0-9][0-9][0-9]'
	                                 OR (length(period) = 7 AND date(period || '-01', '+0 days') IS period || '-01')),
	amount      INTEGER NOT NULL CHECK (amount BETWEEN -100000000000 AND 100000000000),
	receiver    TEXT NOT NULL CHECK (length(trim(receiver)) > 0),
	note        TEXT NOT NULL DEFAULT '',
	reverses    INTEGER REFERENCES dues_remittances(id),
	CHECK ((reverses IS NULL AND amount > 0) OR (reverses IS NOT NULL AND amount < 0))
);
CREATE INDEX dues_remittances_period ON dues_remittances(period);
CREATE UNIQUE INDEX dues_remittances_reverses ON dues_remittances(reverses) WHERE reverses IS NOT NULL;

-- A reversal mirrors its original exactly and cannot itself be reversed.
CREATE TRIGGER dues_payments_reversal BEFORE INSERT ON dues_payments
WHEN new.reverses IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'a reversal must cancel one earlier payment of the same member, month and amount')
	WHERE NOT EXISTS (SELECT 1 FROM dues_payments o WHERE o.id = new.reverses
	                  AND o.reverses IS NULL AND o.member_id = new.member_id
	                  AND o.month = new.month AND o.voluntary = new.voluntary
	                  AND o.amount = -new.amount);
END;

CREATE TRIGGER dues_remittances_reversal BEFORE INSERT ON dues_remittances
WHEN new.reverses IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'a reversal must cancel one earlier remittance of the same period and amount')
	WHERE NOT EXISTS (SELECT 1 FROM dues_remittances o WHERE o.id = new.reverses
	                  AND o.reverses IS NULL AND o.period = new.period
	                  AND o.amount = -new.amount);
END;

-- Never deleted; money columns never change (a reversal and a new row do).
CREATE TRIGGER dues_fixings_no_delete BEFORE DELETE ON dues_fixings
BEGIN
	SELECT RAISE(ABORT, 'dues fixings are never deleted: change the amount instead');
END;

CREATE TRIGGER dues_payments_no_delete BEFORE DELETE ON dues_payments
BEGIN
	SELECT RAISE(ABORT, 'payments are never deleted: record a reversal instead');
END;

CREATE TRIGGER dues_remittances_no_delete BEFORE DELETE ON dues_remittances
BEGIN
	SELECT RAISE(ABORT, 'remittances are never deleted: record a reversal instead');
END;

CREATE TRIGGER dues_payments_fixed BEFORE UPDATE OF member_id, month, amount, paid_on, voluntary, reverses
ON dues_payments
BEGIN
	SELECT RAISE(ABORT, 'a payment cannot be changed: record a reversal and a new payment');
END;

CREATE TRIGGER dues_remittances_fixed BEFORE UPDATE OF remitted_on, period, amount, reverses
ON dues_remittances
BEGIN
	SELECT RAISE(ABORT, 'a remittance cannot be changed: record a reversal and a new remittance');
END;

-- 党员情况变更信息库: fixings and payments carry personal data (the base is a
-- salary).  Fixings are logged like members.  A payment row is itself the
-- record of a payment: it is never changed in its money columns nor deleted,
-- and a correction is a new (reversal) row, so only the later corrections
-- of its collector and note go to change_log; logging every insert would
-- double the 2.4 million rows of ten years of a large branch.
CREATE TRIGGER dues_fixings_log_insert AFTER INSERT ON dues_fixings
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'dues_fixings', new.id, '*', NULL,
	        new.member_id || ' ' || new.year || ' ' || new.amount);
END;

CREATE TRIGGER dues_fixings_log_update AFTER UPDATE ON dues_fixings
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'dues_fixings', new.id, f, o, n FROM (
		SELECT 'member_id' AS f, old.member_id AS o, new.member_id AS n
		UNION ALL SELECT 'year', old.year, new.year
		UNION ALL SELECT 'category', old.category, new.category
		UNION ALL SELECT 'base', old.base, new.base
		UNION ALL SELECT 'rate', old.rate, new.rate
		UNION ALL SELECT 'computed', old.computed, new.computed
		UNION ALL SELECT 'amount', old.amount, new.amount
		UNION ALL SELECT 'reason', old.reason, new.reason
		UNION ALL SELECT 'approval', old.approval, new.approval
		UNION ALL SELECT 'reviewed', old.reviewed, new.reviewed
		UNION ALL SELECT 'note', old.note, new.note
		UNION ALL SELECT 'fixed_on', old.fixed_on, new.fixed_on
	) WHERE o IS NOT n;
END;

CREATE TRIGGER dues_payments_log_update AFTER UPDATE ON dues_payments
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'dues_payments', new.id, f, o, n FROM (
		SELECT 'collector' AS f, old.collector AS o, new.collector AS n
		UNION ALL SELECT 'note', old.note, new.note
	) WHERE o IS NOT n;
END;

CREATE TRIGGER dues_remittances_log_insert AFTER INSERT ON dues_remittances
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'dues_remittances', new.id, '*', NULL,
	        new.period || ' ' || new.amount);
END;

CREATE TRIGGER dues_remittances_log_update AFTER UPDATE ON dues_remittances
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'dues_remittances', new.id, f, o, n FROM (
		SELECT 'receiver' AS f, old.receiver AS o, new.receiver AS n
		UNION ALL SELECT 'note', old.note, new.note
	) WHERE o IS NOT n;
END;
