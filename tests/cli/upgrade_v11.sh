# A database of schema 11 (before 组织关系转接: the demo of 12 members and a
# 转入谈话, made by zhibu at 719ee72) is upgraded on open: a copy is kept in
# backups/ first, nothing is lost, the transfers start empty, and a 转出 of
# a member of the old file works at once.
cp "$DATA/zhibu-v11.db" old.db && chmod 600 old.db
sqlite3 old.db "PRAGMA user_version" "SELECT count(*) FROM members" "SELECT count(*) FROM talks" \
	"SELECT count(*) FROM change_log" "SELECT count(*) FROM sqlite_master WHERE name = 'transfers'"
zhibu --db old.db report transfers --year 2026 --format csv; echo "exit $?"
ls backups | sed 's/-[0-9]\{8\}-[0-9]\{6\}\.db$/-DATE.db/'
sqlite3 backups/zhibu-v11-*.db "PRAGMA user_version" "SELECT count(*) FROM members"
[ "$(sqlite3 old.db 'PRAGMA user_version')" -ge 12 ] && echo "upgraded"
sqlite3 old.db "PRAGMA integrity_check" "PRAGMA foreign_key_check" "SELECT count(*) FROM members" \
	"SELECT count(*) FROM talks" "SELECT count(*) FROM transfers"
zhibu --db old.db transfer out --member 苏燕 --to 中共某区委组织部 --letter-no 升2026-1 --issued 2026-11-02 --dues-to 2026-10 --reason-dues 已交至10月; echo "exit $?"
zhibu --db old.db transfer list --format csv | cut -d, -f2,3,16; echo "exit $?"
zhibu --db old.db doctor >/dev/null 2>&1; echo "doctor exit $?"
echo "--- members rebuilt by 0015: its indexes and triggers kept, its checks still refuse"
sqlite3 old.db "SELECT type, name FROM sqlite_schema WHERE tbl_name = 'members' ORDER BY type, name"
cp old.db chk.db && sqlite3 chk.db "DROP TRIGGER members_log_update"
sqlite3 chk.db "UPDATE members SET category = '干部' WHERE id = 1" 2>&1 | sed 's/^Error: //; s/^Runtime error near line [0-9]*: //'
sqlite3 chk.db "UPDATE members SET status = '离开' WHERE id = 1" 2>&1 | sed 's/^Error: //; s/^Runtime error near line [0-9]*: //'
sqlite3 chk.db "UPDATE members SET kind = '正式', full_date = '1900-01-01' WHERE id = 1" 2>&1 | sed 's/^Error: //; s/^Runtime error near line [0-9]*: //'
sqlite3 chk.db "UPDATE members SET category = '其他', status = '出党' WHERE id = 1" "SELECT category, status FROM members WHERE id = 1"
sqlite3 old.db "DELETE FROM members WHERE id = 1" 2>&1 | sed 's/^Error: //; s/^Runtime error near line [0-9]*: //'
