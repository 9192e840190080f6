-- Speed of `zhibu check` on a large branch (bench/80_*.sh): indexes only,
-- nothing changes in what is stored.

-- The 民主评议 to-do of 党务公开 asks for the last change of each year's
-- grades: read from this small index instead of every logged grade.
CREATE INDEX change_log_evaluations ON change_log(field, at, tbl) WHERE tbl = 'evaluations';

-- The year's talks, by day, with nothing read from the rows (talk_parties_each).
CREATE INDEX talks_status_date ON talks(status, date);
