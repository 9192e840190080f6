-- An opinion made a 整改 item (zhibu feedback rectify) is linked by a column,
-- not only by the mark （意见#N） its problem ends with: the link survives an
-- edit of the problem's text, and a problem that quotes another opinion's
-- mark links nothing.  Items made before are linked by their mark.
ALTER TABLE rectify_items ADD COLUMN feedback_id INTEGER REFERENCES feedback(id);

UPDATE rectify_items
SET feedback_id = (SELECT f.id FROM feedback f WHERE rectify_items.problem LIKE '%（意见#' || f.id || '）')
WHERE problem LIKE '%（意见#%）';

CREATE INDEX rectify_items_feedback ON rectify_items(feedback_id) WHERE feedback_id IS NOT NULL;
