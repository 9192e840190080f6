-- Speed of `zhibu check` on a large branch (bench/80_*.sh): indexes only,
-- nothing changes in what is stored.

-- The 民主评议 to-do of 党务公开 asks for the last change of each year's
-- grades: read from this small index instead of every logged grade.
CREATE INDEX change_log_evaluations ON change_log(field, at, tbl) WHERE tbl = 'evaluations';

-- The year's talks, by day, with nothing read from the rows (talk_parties_each).
CREATE INDEX talks_status_date ON talks(status, date);

-- The members of each party group still on the roll, counted from the index
-- alone (group_each, behind every meetings to-do): it replaces members_group.
CREATE INDEX members_group_status ON members(group_id, status);
DROP INDEX members_group;

-- The amounts copied from the year before and not yet reviewed (the dues
-- to-do counts them every check): a few rows, not every year's fixings.
CREATE INDEX dues_fixings_drafts ON dues_fixings(year) WHERE reviewed = 0;

-- The payments of the last months in one range (the dues to-dos of every
-- check): one seek for the window, not one per member into
-- dues_payments_member, whose pages each hold a member's ten years.
CREATE INDEX dues_payments_month ON dues_payments(month, member_id, voluntary, paid_on, amount);
