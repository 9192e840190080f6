-- 党务公开 (records.md C1) and 意见建议 (C2): the catalogue of what the
-- branch must disclose, each act of disclosure with its steps (提出, 审核 with
-- 保密审查, 审批, 公开 inside then outside, 撤下, 归档), the opinions that come
-- back with their handler and deadline, and the opinion boxes.  Nothing is
-- deleted: a wrong record is voided with a reason (status 作废).

CREATE TABLE disclosure_catalog (
	id          INTEGER PRIMARY KEY,
	domain      TEXT NOT NULL DEFAULT '党务' CHECK (domain IN ('党务', '校务')),
	category    TEXT NOT NULL CHECK (category IN ('中心工作', '思想建设', '组织建设', '作风建设', '制度建设',
	                                              '服务群众', '其他', '发展规划', '重大工作安排', '民主评议干部',
	                                              '职称评审与考评评优', '工程招投标', '大宗采购', '收费',
	                                              '财务收支', '招生')),
	title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
	scope       TEXT NOT NULL CHECK (scope IN ('党内', '先党内后党外', '党外')),
	audience    TEXT NOT NULL DEFAULT '',
	timing      TEXT NOT NULL CHECK (timing IN ('定期', '阶段', '及时', '依申请')),
	period      TEXT CHECK (period IS NULL OR period IN ('月', '季度', '半年', '年')),
	grace_days  INTEGER CHECK (grace_days IS NULL OR grace_days BETWEEN 0 AND 365),
	forms       TEXT NOT NULL,
	notice_days INTEGER CHECK (notice_days IS NULL OR notice_days BETWEEN 1 AND 60),
	notice_unit TEXT CHECK (notice_unit IS NULL OR notice_unit IN ('自然日', '工作日')),
	owner       TEXT NOT NULL DEFAULT '',
	basis       TEXT NOT NULL DEFAULT '',
	source      TEXT CHECK (source IS NULL OR source IN ('党费', '组织生活', '发展党员', '民主评议', '民主测评',
	                                                     '整改', '支委分工', '计划', '换届')),
	active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
	-- The first day that counts (NULL: the setting disclosure.since, else 1
	-- January of the first disclosure's year, else today).
	since       TEXT CHECK (since IS NULL OR date(since, '+0 days') IS since),
	note        TEXT NOT NULL DEFAULT '',
	CHECK (timing <> '定期' OR period IS NOT NULL),
	CHECK (timing = '定期' OR period IS NULL),
	CHECK ((notice_days IS NULL) = (notice_unit IS NULL))
);
CREATE UNIQUE INDEX disclosure_catalog_title ON disclosure_catalog(domain, title);

CREATE TABLE disclosures (
	id               INTEGER PRIMARY KEY,
	catalog_id       INTEGER REFERENCES disclosure_catalog(id),  -- NULL: 目录外
	period           TEXT NOT NULL DEFAULT '',                   -- 2026-10, 2026Q3, 2026H2, 2026 or ''
	title            TEXT NOT NULL CHECK (length(title) >= 1),
	summary          TEXT NOT NULL DEFAULT '',
	content          TEXT NOT NULL DEFAULT '',
	scope            TEXT NOT NULL CHECK (scope IN ('党内', '先党内后党外', '党外')),
	forms            TEXT NOT NULL DEFAULT '',
	status           TEXT NOT NULL DEFAULT '拟稿'
	                 CHECK (status IN ('拟稿', '已审核', '已批准', '已公开', '已撤下', '作废')),
	proposed_on      TEXT NOT NULL CHECK (date(proposed_on, '+0 days') IS proposed_on),
	proposer         TEXT NOT NULL DEFAULT '',
	reviewed_on      TEXT CHECK (reviewed_on IS NULL OR date(reviewed_on, '+0 days') IS reviewed_on),
	reviewer         TEXT NOT NULL DEFAULT '',
	secrecy_checked  INTEGER NOT NULL DEFAULT 0 CHECK (secrecy_checked IN (0, 1)),
	approved_on      TEXT CHECK (approved_on IS NULL OR date(approved_on, '+0 days') IS approved_on),
	approver         TEXT NOT NULL DEFAULT '',
	approval_ref     TEXT NOT NULL DEFAULT '',
	published_on     TEXT CHECK (published_on IS NULL OR date(published_on, '+0 days') IS published_on),
	published_out_on TEXT CHECK (published_out_on IS NULL OR date(published_out_on, '+0 days') IS published_out_on),
	notice_days      INTEGER CHECK (notice_days IS NULL OR notice_days BETWEEN 1 AND 366),
	notice_unit      TEXT CHECK (notice_unit IS NULL OR notice_unit IN ('自然日', '工作日')),
	until            TEXT CHECK (until IS NULL OR date(until, '+0 days') IS until),
	taken_down_on    TEXT CHECK (taken_down_on IS NULL OR date(taken_down_on, '+0 days') IS taken_down_on),
	republish_of     INTEGER REFERENCES disclosures(id),
	archived_on      TEXT CHECK (archived_on IS NULL OR date(archived_on, '+0 days') IS archived_on),
	archive_ref      TEXT NOT NULL DEFAULT '',
	void_reason      TEXT NOT NULL DEFAULT '',
	CHECK (reviewed_on IS NULL OR reviewed_on >= proposed_on),
	CHECK (approved_on IS NULL OR (reviewed_on IS NOT NULL AND approved_on >= reviewed_on)),
	-- 中国共产党党务公开条例（试行）第十五条: 提出, 审核 (保密审查), 审批, then 实施.
	CHECK (published_on IS NULL OR (approved_on IS NOT NULL AND secrecy_checked = 1
	                                AND published_on >= approved_on)),
	CHECK (published_out_on IS NULL OR (published_on IS NOT NULL AND published_out_on >= published_on)),
	CHECK (taken_down_on IS NULL OR (published_on IS NOT NULL AND taken_down_on >= published_on)),
	CHECK (archived_on IS NULL OR (published_on IS NOT NULL AND archived_on >= published_on)),
	CHECK (status <> '作废' OR void_reason <> ''),
	CHECK ((notice_days IS NULL) = (notice_unit IS NULL))
);
CREATE INDEX disclosures_catalog ON disclosures(catalog_id, period);
CREATE INDEX disclosures_published ON disclosures(published_on);

CREATE TABLE feedback (
	id                  INTEGER PRIMARY KEY,
	received_on         TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
	channel             TEXT NOT NULL CHECK (channel IN ('意见箱', '信箱', '座谈会', '问卷', '网络平台', '当面',
	                                                     '电话', '来信', '教代会提案', '家长会', '依申请公开', '其他')),
	from_kind           TEXT NOT NULL CHECK (from_kind IN ('党员', '群众', '教职工', '学生', '家长', '匿名', '其他')),
	from_member_id      INTEGER REFERENCES members(id),
	from_name           TEXT NOT NULL DEFAULT '',   -- personal data: masked in lists, logged
	contact             TEXT NOT NULL DEFAULT '',   -- personal data: masked in lists, logged
	disclosure_id       INTEGER REFERENCES disclosures(id),
	content             TEXT NOT NULL CHECK (length(content) >= 1),
	handler             TEXT NOT NULL CHECK (length(handler) >= 1),
	due_on              TEXT NOT NULL CHECK (date(due_on, '+0 days') IS due_on AND due_on > received_on),
	extended_reason     TEXT NOT NULL DEFAULT '',
	replied_on          TEXT CHECK (replied_on IS NULL OR (date(replied_on, '+0 days') IS replied_on
	                                                        AND replied_on >= received_on)),
	reply               TEXT NOT NULL DEFAULT '',
	result              TEXT CHECK (result IS NULL OR result IN ('采纳', '部分采纳', '解释说明', '不予采纳', '转办', '不予公开')),
	reply_published_on  TEXT CHECK (reply_published_on IS NULL OR (date(reply_published_on, '+0 days') IS reply_published_on
	                                                                AND replied_on IS NOT NULL
	                                                                AND reply_published_on >= replied_on)),
	reply_disclosure_id INTEGER REFERENCES disclosures(id),
	status              TEXT NOT NULL DEFAULT '待办' CHECK (status IN ('待办', '已答复', '已公开答复', '作废')),
	void_reason         TEXT NOT NULL DEFAULT '',
	CHECK ((replied_on IS NULL) = (result IS NULL)),
	CHECK (replied_on IS NULL OR reply <> ''),
	CHECK (from_kind <> '匿名' OR (from_name = '' AND from_member_id IS NULL)),
	CHECK (status <> '作废' OR void_reason <> '')
);
CREATE INDEX feedback_received ON feedback(received_on);

CREATE TABLE feedback_boxes (
	id     INTEGER PRIMARY KEY,
	name   TEXT NOT NULL UNIQUE CHECK (length(name) >= 1),
	place  TEXT NOT NULL DEFAULT '',
	since  TEXT NOT NULL CHECK (date(since, '+0 days') IS since),
	active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE feedback_box_openings (
	id        INTEGER PRIMARY KEY,
	box_id    INTEGER NOT NULL REFERENCES feedback_boxes(id),
	opened_on TEXT NOT NULL CHECK (date(opened_on, '+0 days') IS opened_on),
	openers   TEXT NOT NULL CHECK (length(openers) >= 1),
	found     INTEGER NOT NULL DEFAULT 0 CHECK (found >= 0),
	note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feedback_box_openings_box ON feedback_box_openings(box_id, opened_on);

-- The catalogue of records.md C1.4 (seeds 000, 003) and the nine areas of 校务公开 (001:14,
-- shown when the setting disclosure.school is on).
INSERT INTO disclosure_catalog(domain, category, title, scope, timing, period, forms, notice_days, notice_unit, source, basis) VALUES
	('党务', '思想建设', '支部学习计划及落实情况', '党内', '定期', '半年', '党员大会、公开栏', NULL, NULL, '计划', ''),
	('党务', '中心工作', '年度党建工作计划、工作总结', '党内', '定期', '年', '党员大会', NULL, NULL, '计划', ''),
	('党务', '组织建设', '支委分工及职责', '先党内后党外', '及时', NULL, '党员大会、公开栏', NULL, NULL, '支委分工', ''),
	('党务', '组织建设', '组织生活（三会一课）开展情况', '党内', '定期', '季度', '党员大会', NULL, NULL, '组织生活', ''),
	('党务', '组织建设', '党组织选举（换届）情况', '先党内后党外', '阶段', NULL, '党员大会、公开栏', NULL, NULL, '换届', ''),
	('党务', '组织建设', '发展党员情况（接收、转正前公示）', '先党内后党外', '及时', NULL, '公开栏', 5, '工作日', '发展党员', ''),
	('党务', '组织建设', '民主评议党员结果', '党内', '定期', '年', '党员大会', NULL, NULL, '民主评议', ''),
	('党务', '组织建设', '党费收缴、使用、管理情况', '党内', '定期', '季度', '党员大会、公开栏', NULL, NULL, '党费', '中组发〔2008〕3号'),
	('党务', '组织建设', '组织生活会征求意见、查摆问题及整改落实', '先党内后党外', '阶段', NULL, '党员大会、公开栏', NULL, NULL, '整改', ''),
	('党务', '组织建设', '民主测评结果', '党内', '定期', '年', '党员大会', NULL, NULL, '民主测评', ''),
	('党务', '作风建设', '党员领导干部廉洁自律规定执行情况', '先党内后党外', '定期', '年', '公开栏', NULL, NULL, NULL, ''),
	('党务', '制度建设', '党内制度规定的办事程序和工作要求', '党外', '及时', NULL, '公开栏、网站', NULL, NULL, NULL, ''),
	('党务', '服务群众', '为群众办实事进展情况', '党外', '阶段', NULL, '公开栏', NULL, NULL, NULL, ''),
	('校务', '发展规划', '学校发展规划', '党外', '阶段', NULL, '教代会、公开栏', NULL, NULL, NULL, ''),
	('校务', '重大工作安排', '重大工作安排', '党外', '及时', NULL, '教代会、公开栏', NULL, NULL, NULL, ''),
	('校务', '民主评议干部', '民主评议干部', '党外', '定期', '年', '教代会', NULL, NULL, NULL, ''),
	('校务', '职称评审与考评评优', '教师职称评审、绩效考评、评优评奖', '党外', '及时', NULL, '公开栏', NULL, NULL, NULL, ''),
	('校务', '工程招投标', '工程招投标', '党外', '及时', NULL, '公开栏', NULL, NULL, NULL, ''),
	('校务', '大宗采购', '大宗采购', '党外', '及时', NULL, '公开栏', NULL, NULL, NULL, ''),
	('校务', '收费', '收费标准', '党外', '及时', NULL, '公开栏、家长会', NULL, NULL, NULL, ''),
	('校务', '财务收支', '财务收支情况', '党外', '定期', '月', '公开栏', NULL, NULL, NULL, ''),
	('校务', '招生', '招生工作', '党外', '阶段', NULL, '公开栏、网站', NULL, NULL, NULL, '');

-- Never deleted; every write logged (feedback senders are personal data).
CREATE TRIGGER disclosure_catalog_no_delete BEFORE DELETE ON disclosure_catalog
BEGIN
	SELECT RAISE(ABORT, 'catalogue rows are never deleted: turn them off instead');
END;
CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
BEGIN
	SELECT RAISE(ABORT, 'disclosures are never deleted: void them with a reason');
END;
CREATE TRIGGER feedback_no_delete BEFORE DELETE ON feedback
BEGIN
	SELECT RAISE(ABORT, 'opinions are never deleted: void them with a reason');
END;
CREATE TRIGGER feedback_boxes_no_delete BEFORE DELETE ON feedback_boxes
BEGIN
	SELECT RAISE(ABORT, 'opinion boxes are never deleted: turn them off instead');
END;
CREATE TRIGGER feedback_box_openings_no_delete BEFORE DELETE ON feedback_box_openings
BEGIN
	SELECT RAISE(ABORT, 'box openings are never deleted');
END;

CREATE TRIGGER disclosure_catalog_log_insert AFTER INSERT ON disclosure_catalog
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'disclosure_catalog', new.id, '*', NULL, new.title);
END;
CREATE TRIGGER disclosure_catalog_log_update AFTER UPDATE ON disclosure_catalog
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'disclosure_catalog', new.id, '*', old.title || '|' || old.active, new.title || '|' || new.active);
END;
CREATE TRIGGER disclosures_log_insert AFTER INSERT ON disclosures
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'disclosures', new.id, '*', NULL, new.title);
END;
CREATE TRIGGER disclosures_log_update AFTER UPDATE ON disclosures
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'disclosures', new.id, 'status', old.status, new.status);
END;
CREATE TRIGGER feedback_log_insert AFTER INSERT ON feedback
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'feedback', new.id, '*', NULL, new.from_kind);
END;
CREATE TRIGGER feedback_log_update AFTER UPDATE ON feedback
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	SELECT zhibu_now(), 'feedback', new.id, f, o, n FROM (
		SELECT 'from_name' AS f, old.from_name AS o, new.from_name AS n
		UNION ALL SELECT 'contact', old.contact, new.contact
		UNION ALL SELECT 'content', old.content, new.content
		UNION ALL SELECT 'status', old.status, new.status
		UNION ALL SELECT 'due_on', old.due_on, new.due_on
	) WHERE o IS NOT n;
END;
CREATE TRIGGER feedback_boxes_log_insert AFTER INSERT ON feedback_boxes
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'feedback_boxes', new.id, '*', NULL, new.name);
END;
CREATE TRIGGER feedback_boxes_log_update AFTER UPDATE ON feedback_boxes
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'feedback_boxes', new.id, '*', old.name || '|' || old.active, new.name || '|' || new.active);
END;
CREATE TRIGGER feedback_box_openings_log_insert AFTER INSERT ON feedback_box_openings
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'feedback_box_openings', new.id, '*', NULL, new.opened_on);
END;
CREATE TRIGGER feedback_box_openings_log_update AFTER UPDATE ON feedback_box_openings
BEGIN
	INSERT INTO change_log(at, tbl, row_id, field, old_value, new_value)
	VALUES (zhibu_now(), 'feedback_box_openings', new.id, '*', old.opened_on, new.opened_on);
END;
