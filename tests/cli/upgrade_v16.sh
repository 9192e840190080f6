# A database of schema 16 (the demo of 12 members with 意见#2 made 整改#1,
# made by zhibu at a162f15) is upgraded on open.  0017: change_marks holds
# the newest change of each table and column the log names (anything else
# under ''), and the file's own random mark; a logged write moves its mark.
# 0018: the 整改 item made from an opinion is linked to it by a column, so
# the opinion is refused a second time.  `check` then keeps each
# part's to-dos (XDG_CACHE_HOME/zhibu/todo-*.cache) and gives the same rows
# from the cache, after a write too.
export XDG_CACHE_HOME="$PWD/cache"
: > plain   # no cache can be made under a plain file
cp "$DATA/zhibu-v16.db" old.db && chmod 600 old.db
sqlite3 old.db "PRAGMA user_version" "SELECT count(*) FROM change_log"
zhibu --db old.db check --format csv > first.csv; echo "exit $?"
ls backups | sed 's/-[0-9]\{8\}-[0-9]\{6\}\.db$/-DATE.db/'
sqlite3 old.db "PRAGMA user_version" "PRAGMA integrity_check" "PRAGMA foreign_key_check"
echo "--- the marks are the log's newest changes"
sqlite3 old.db "SELECT count(*) FROM (SELECT tbl, CASE WHEN field GLOB '*[^a-z_0-9]*' OR field = '' THEN '' ELSE field END AS f, max(id) AS last FROM change_log GROUP BY 1, 2 EXCEPT SELECT tbl, field, last FROM change_marks)" \
	"SELECT count(*) FROM change_marks WHERE tbl <> ''" \
	"SELECT tbl, field FROM change_marks WHERE tbl IN ('members', 'meeting_attendance') ORDER BY 1, 2" \
	"SELECT count(*), min(last) > 0 FROM change_marks WHERE tbl = '' AND field = 'file'"
echo "--- 0018: the item made from 意见#2 is linked to it"
sqlite3 old.db "SELECT id, feedback_id FROM rectify_items"
zhibu --db old.db feedback rectify 2 --batch 整改批#1; echo "exit $?"
echo "--- a write moves its mark"
before=$(sqlite3 old.db "SELECT coalesce((SELECT last FROM change_marks WHERE tbl = 'members' AND field = 'status'), 0)")
zhibu --db old.db member status "$(sqlite3 old.db "SELECT name FROM members WHERE status = '正常' ORDER BY id LIMIT 1")" \
	--to 去世 --date 2026-11-18 --reason 病故; echo "exit $?"
sqlite3 old.db "SELECT last > $before, last = (SELECT max(id) FROM change_log WHERE tbl = 'members' AND field = 'status') FROM change_marks WHERE tbl = 'members' AND field = 'status'"
echo "--- check read back from the cache equals check collected afresh"
ls cache/zhibu | sed 's/-[0-9a-f]\{16\}\./-KEY./'
zhibu --db old.db check --format csv > kept.csv
XDG_CACHE_HOME="$PWD/plain/cache" zhibu --db old.db check --format csv > fresh.csv
cmp kept.csv fresh.csv && echo same
cmp first.csv kept.csv >/dev/null || echo "the write changed the to-dos"
