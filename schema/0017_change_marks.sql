-- The newest change of each table and field: what a cached computation (the
-- to-dos of `zhibu check` and 首页, report/todo.c) compares to know whether
-- anything it read has changed since.  Kept by a trigger on change_log, so
-- every write that is logged moves it.  field is the column the change log
-- names, or '' for anything else it names ('*' for a new row, the member of
-- an attendance): thousands of names would otherwise each keep a row.
CREATE TABLE change_marks (
	tbl   TEXT NOT NULL,
	field TEXT NOT NULL,
	last  INTEGER NOT NULL,
	PRIMARY KEY (tbl, field)
) WITHOUT ROWID;

INSERT INTO change_marks(tbl, field, last)
SELECT tbl, CASE WHEN field GLOB '*[^a-z_0-9]*' OR field = '' THEN '' ELSE field END, max(id)
FROM change_log GROUP BY 1, 2;

-- The file's own mark, drawn at random: two files (a demo made again at
-- the same path, a backup restored and then written to) can reach the same
-- change numbers with different records.  zhibu restore draws it again.
INSERT INTO change_marks(tbl, field, last) VALUES ('', 'file', abs(random()));

CREATE TRIGGER change_marks_keep AFTER INSERT ON change_log
BEGIN
	INSERT INTO change_marks(tbl, field, last)
	VALUES (new.tbl, CASE WHEN new.field GLOB '*[^a-z_0-9]*' THEN '' ELSE new.field END, new.id)
	ON CONFLICT(tbl, field) DO UPDATE SET last = excluded.last;
END;
