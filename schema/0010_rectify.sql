-- zhibu 整改台账, the year's 党建工作计划 and the members' 民主测评 of the
-- branch committee (records.md §C3, §C4, §C6).  Nothing is deleted: an item
-- is voided (作废/取消 with a reason); progress entries and ballots are
-- append-only.  Every table logs its writes, so the data fingerprint of the
-- 述职数据表 (home_fingerprint) sees every change.

CREATE TABLE rectify_batches (
	id             INTEGER PRIMARY KEY,
	title          TEXT NOT NULL UNIQUE CHECK (length(trim(title)) > 0),
	source         TEXT NOT NULL CHECK (source IN ('巡视', '巡察', '组织生活会', '民主生活会', '民主评议',
	                                              '民主测评', '述职评议', '督查检查', '审计', '意见建议',
	                                              '调查问卷', '自查', '其他')),
	source_ref     TEXT NOT NULL DEFAULT '',
	feedback_on    TEXT NOT NULL CHECK (date(feedback_on, '+0 days') IS feedback_on),
	report_due     TEXT CHECK (report_due IS NULL OR date(report_due, '+0 days') IS report_due),
	report_sent_on TEXT CHECK (report_sent_on IS NULL OR date(report_sent_on, '+0 days') IS report_sent_on)
);

CREATE TABLE rectify_items (
	id          INTEGER PRIMARY KEY,
	batch_id    INTEGER NOT NULL REFERENCES rectify_batches(id),
	seq         INTEGER NOT NULL CHECK (seq > 0),
	problem     TEXT NOT NULL CHECK (length(trim(problem)) > 0),
	measures    TEXT NOT NULL DEFAULT '',
	leader      TEXT NOT NULL DEFAULT '',
	unit        TEXT NOT NULL DEFAULT '',
	person      TEXT NOT NULL DEFAULT '',
	deadline    TEXT CHECK (deadline IS NULL OR date(deadline, '+0 days') IS deadline),
	long_term   INTEGER NOT NULL DEFAULT 0 CHECK (long_term IN (0, 1)),
	status      TEXT NOT NULL DEFAULT '未启动' CHECK (status IN ('未启动', '整改中', '待验收', '已销号', '退回', '作废')),
	closed_on   TEXT CHECK (closed_on IS NULL OR date(closed_on, '+0 days') IS closed_on),
	verifier    TEXT NOT NULL DEFAULT '',
	evidence    TEXT NOT NULL DEFAULT '',
	void_reason TEXT NOT NULL DEFAULT '',
	repeat_of   INTEGER REFERENCES rectify_items(id),
	UNIQUE (batch_id, seq),
	CHECK (deadline IS NOT NULL OR long_term = 1),
	CHECK (status <> '已销号' OR (closed_on IS NOT NULL AND length(trim(verifier)) > 0
	                              AND length(trim(evidence)) > 0)),
	CHECK (status <> '作废' OR length(trim(void_reason)) > 0)
);
CREATE INDEX rectify_items_problem ON rectify_items(problem);

CREATE TABLE rectify_progress (
	id           INTEGER PRIMARY KEY,
	item_id      INTEGER NOT NULL REFERENCES rectify_items(id),
	on_date      TEXT NOT NULL CHECK (date(on_date, '+0 days') IS on_date),
	text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
	status_after TEXT NOT NULL
);
CREATE INDEX rectify_progress_item ON rectify_progress(item_id, on_date);

-- The year's plan: year is the row id.
CREATE TABLE plans (
	year               INTEGER PRIMARY KEY CHECK (year BETWEEN 1921 AND 9999),
	adopted_on         TEXT CHECK (adopted_on IS NULL OR date(adopted_on, '+0 days') IS adopted_on),
	adopted_meeting_id INTEGER REFERENCES meetings(id)
);

CREATE TABLE plan_items (
	id          INTEGER PRIMARY KEY,
	year        INTEGER NOT NULL CHECK (year BETWEEN 1921 AND 9999),
	seq         INTEGER NOT NULL CHECK (seq > 0),
	area        TEXT NOT NULL CHECK (area IN ('政治建设', '思想建设', '组织建设', '作风建设', '纪律建设', '制度建设',
	                                          '党风廉政建设', '中心工作', '服务群众', '其他')),
	task        TEXT NOT NULL CHECK (length(trim(task)) > 0),
	measures    TEXT NOT NULL DEFAULT '',
	owner       TEXT NOT NULL CHECK (length(trim(owner)) > 0),
	due         TEXT NOT NULL CHECK (date(due, '+0 days') IS due),
	indicator   TEXT,
	target      INTEGER CHECK (target IS NULL OR target > 0),
	status      TEXT NOT NULL DEFAULT '未开始' CHECK (status IN ('未开始', '进行中', '已完成', '取消')),
	done_on     TEXT CHECK (done_on IS NULL OR date(done_on, '+0 days') IS done_on),
	evidence    TEXT NOT NULL DEFAULT '',
	void_reason TEXT NOT NULL DEFAULT '',
	UNIQUE (year, seq),
	CHECK ((indicator IS NULL) = (target IS NULL)),
	CHECK (status <> '已完成' OR indicator IS NOT NULL OR done_on IS NOT NULL),
	CHECK (status <> '取消' OR length(trim(void_reason)) > 0)
);

-- 民主测评: ballots are anonymous (no member id).  areas and threshold are
-- the settings at the time, kept with the record.
CREATE TABLE reviews (
	id                  INTEGER PRIMARY KEY,
	year                INTEGER NOT NULL CHECK (year BETWEEN 1921 AND 9999),
	held_on             TEXT NOT NULL CHECK (date(held_on, '+0 days') IS held_on),
	expected            INTEGER NOT NULL CHECK (expected > 0),
	returned            INTEGER NOT NULL CHECK (returned BETWEEN 0 AND expected),
	areas               TEXT NOT NULL,
	threshold           INTEGER NOT NULL,
	reported_on         TEXT CHECK (reported_on IS NULL OR date(reported_on, '+0 days') IS reported_on),
	fed_back_meeting_id INTEGER REFERENCES meetings(id),
	status              TEXT NOT NULL DEFAULT '进行中' CHECK (status IN ('进行中', '已完成', '作废')),
	void_reason         TEXT NOT NULL DEFAULT '',
	CHECK (status <> '作废' OR length(trim(void_reason)) > 0)
);

CREATE TABLE review_ballots (
	id        INTEGER PRIMARY KEY,
	review_id INTEGER NOT NULL REFERENCES reviews(id),
	seq       TEXT NOT NULL CHECK (length(trim(seq)) > 0),
	valid     INTEGER NOT NULL CHECK (valid IN (0, 1)),
	UNIQUE (review_id, seq)
);

CREATE TABLE review_scores (
	id        INTEGER PRIMARY KEY,
	ballot_id INTEGER NOT NULL REFERENCES review_ballots(id),
	area_idx  INTEGER NOT NULL CHECK (area_idx >= 0),
	score     INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
	UNIQUE (ballot_id, area_idx)
);

-- Totals counted on paper, instead of ballots: per area the sum of the
-- valid ballots' scores and their number.
CREATE TABLE review_totals (
	id        INTEGER PRIMARY KEY,
	review_id INTEGER NOT NULL REFERENCES reviews(id),
	area_idx  INTEGER NOT NULL CHECK (area_idx >= 0),
	total     INTEGER NOT NULL CHECK (total >= 0),
	n         INTEGER NOT NULL CHECK (n >= 0 AND total <= 100 * n),
	UNIQUE (review_id, area_idx)
);

-- A meeting may carry tags (党建工作专题 ...); a requirement may ask for a tag.
CREATE TABLE meeting_tags (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meetings(id),
	tag        TEXT NOT NULL CHECK (tag IN ('党建工作专题', '理论学习', '三重一大', '整改专题', '述职评议',
	                                        '组织生活会征求意见')),
	UNIQUE (meeting_id, tag)
);

-- Logged like members; nothing is deleted; the append-only rows are never changed.

CREATE TRIGGER rectify_batches_no_delete BEFORE DELETE ON rectify_batches
BEGIN
	SELECT RAISE(ABORT, 'rectify_batches: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER rectify_batches_log_insert AFTER INSERT ON rectify_batches
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'rectify_batches', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER rectify_batches_log_update AFTER UPDATE ON rectify_batches
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'rectify_batches', new.id, f, o, n FROM (
		SELECT 'title' AS f, old.title AS o, new.title AS n
		UNION ALL SELECT 'source', old.source, new.source
		UNION ALL SELECT 'source_ref', old.source_ref, new.source_ref
		UNION ALL SELECT 'feedback_on', old.feedback_on, new.feedback_on
		UNION ALL SELECT 'report_due', old.report_due, new.report_due
		UNION ALL SELECT 'report_sent_on', old.report_sent_on, new.report_sent_on
	) WHERE o IS NOT n;
END;

CREATE TRIGGER rectify_items_no_delete BEFORE DELETE ON rectify_items
BEGIN
	SELECT RAISE(ABORT, 'rectify_items: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER rectify_items_log_insert AFTER INSERT ON rectify_items
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'rectify_items', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER rectify_items_log_update AFTER UPDATE ON rectify_items
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'rectify_items', new.id, f, o, n FROM (
		SELECT 'batch_id' AS f, old.batch_id AS o, new.batch_id AS n
		UNION ALL SELECT 'seq', old.seq, new.seq
		UNION ALL SELECT 'problem', old.problem, new.problem
		UNION ALL SELECT 'measures', old.measures, new.measures
		UNION ALL SELECT 'leader', old.leader, new.leader
		UNION ALL SELECT 'unit', old.unit, new.unit
		UNION ALL SELECT 'person', old.person, new.person
		UNION ALL SELECT 'deadline', old.deadline, new.deadline
		UNION ALL SELECT 'long_term', old.long_term, new.long_term
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'closed_on', old.closed_on, new.closed_on
		UNION ALL SELECT 'verifier', old.verifier, new.verifier
		UNION ALL SELECT 'evidence', old.evidence, new.evidence
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
		UNION ALL SELECT 'repeat_of', old.repeat_of, new.repeat_of
	) WHERE o IS NOT n;
END;

CREATE TRIGGER rectify_progress_no_delete BEFORE DELETE ON rectify_progress
BEGIN
	SELECT RAISE(ABORT, 'rectify_progress: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER rectify_progress_log_insert AFTER INSERT ON rectify_progress
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'rectify_progress', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER rectify_progress_fixed BEFORE UPDATE ON rectify_progress
BEGIN
	SELECT RAISE(ABORT, 'rectify_progress: a row is never changed');
END;

CREATE TRIGGER rectify_progress_log_update AFTER UPDATE ON rectify_progress
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'rectify_progress', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER plans_no_delete BEFORE DELETE ON plans
BEGIN
	SELECT RAISE(ABORT, 'plans: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER plans_log_insert AFTER INSERT ON plans
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'plans', new.year, '*', NULL, NULL);
END;

CREATE TRIGGER plans_log_update AFTER UPDATE ON plans
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'plans', new.year, f, o, n FROM (
		SELECT 'adopted_on' AS f, old.adopted_on AS o, new.adopted_on AS n
		UNION ALL SELECT 'adopted_meeting_id', old.adopted_meeting_id, new.adopted_meeting_id
	) WHERE o IS NOT n;
END;

CREATE TRIGGER plan_items_no_delete BEFORE DELETE ON plan_items
BEGIN
	SELECT RAISE(ABORT, 'plan_items: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER plan_items_log_insert AFTER INSERT ON plan_items
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'plan_items', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER plan_items_log_update AFTER UPDATE ON plan_items
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'plan_items', new.id, f, o, n FROM (
		SELECT 'year' AS f, old.year AS o, new.year AS n
		UNION ALL SELECT 'seq', old.seq, new.seq
		UNION ALL SELECT 'area', old.area, new.area
		UNION ALL SELECT 'task', old.task, new.task
		UNION ALL SELECT 'measures', old.measures, new.measures
		UNION ALL SELECT 'owner', old.owner, new.owner
		UNION ALL SELECT 'due', old.due, new.due
		UNION ALL SELECT 'indicator', old.indicator, new.indicator
		UNION ALL SELECT 'target', old.target, new.target
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'done_on', old.done_on, new.done_on
		UNION ALL SELECT 'evidence', old.evidence, new.evidence
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
BEGIN
	SELECT RAISE(ABORT, 'reviews: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER reviews_log_insert AFTER INSERT ON reviews
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'reviews', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER reviews_log_update AFTER UPDATE ON reviews
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'reviews', new.id, f, o, n FROM (
		SELECT 'year' AS f, old.year AS o, new.year AS n
		UNION ALL SELECT 'held_on', old.held_on, new.held_on
		UNION ALL SELECT 'expected', old.expected, new.expected
		UNION ALL SELECT 'returned', old.returned, new.returned
		UNION ALL SELECT 'areas', old.areas, new.areas
		UNION ALL SELECT 'threshold', old.threshold, new.threshold
		UNION ALL SELECT 'reported_on', old.reported_on, new.reported_on
		UNION ALL SELECT 'fed_back_meeting_id', old.fed_back_meeting_id, new.fed_back_meeting_id
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'void_reason', old.void_reason, new.void_reason
	) WHERE o IS NOT n;
END;

CREATE TRIGGER review_ballots_no_delete BEFORE DELETE ON review_ballots
BEGIN
	SELECT RAISE(ABORT, 'review_ballots: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER review_ballots_log_insert AFTER INSERT ON review_ballots
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'review_ballots', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER review_ballots_fixed BEFORE UPDATE ON review_ballots
BEGIN
	SELECT RAISE(ABORT, 'review_ballots: a row is never changed');
END;

CREATE TRIGGER review_ballots_log_update AFTER UPDATE ON review_ballots
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'review_ballots', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER review_scores_no_delete BEFORE DELETE ON review_scores
BEGIN
	SELECT RAISE(ABORT, 'review_scores: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER review_scores_log_insert AFTER INSERT ON review_scores
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'review_scores', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER review_scores_fixed BEFORE UPDATE ON review_scores
BEGIN
	SELECT RAISE(ABORT, 'review_scores: a row is never changed');
END;

CREATE TRIGGER review_scores_log_update AFTER UPDATE ON review_scores
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'review_scores', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER review_totals_no_delete BEFORE DELETE ON review_totals
BEGIN
	SELECT RAISE(ABORT, 'review_totals: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER review_totals_log_insert AFTER INSERT ON review_totals
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'review_totals', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER review_totals_fixed BEFORE UPDATE ON review_totals
BEGIN
	SELECT RAISE(ABORT, 'review_totals: a row is never changed');
END;

CREATE TRIGGER review_totals_log_update AFTER UPDATE ON review_totals
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'review_totals', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER meeting_tags_no_delete BEFORE DELETE ON meeting_tags
BEGIN
	SELECT RAISE(ABORT, 'meeting_tags: nothing is deleted (void it with a reason)');
END;

CREATE TRIGGER meeting_tags_log_insert AFTER INSERT ON meeting_tags
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'meeting_tags', new.id, '*', NULL, NULL);
END;

CREATE TRIGGER meeting_tags_fixed BEFORE UPDATE ON meeting_tags
BEGIN
	SELECT RAISE(ABORT, 'meeting_tags: a row is never changed');
END;

CREATE TRIGGER meeting_tags_log_update AFTER UPDATE ON meeting_tags
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'meeting_tags', new.id, '*', NULL, NULL);
END;
