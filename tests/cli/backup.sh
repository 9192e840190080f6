# Backups: the copy of the day taken on start, zhibu backup, zhibu restore
# with its checks, zhibu doctor.
files() { ls -l "$@" | awk 'NR > 1 || NF > 2 { print substr($1, 1, 10), $NF }' | grep -v '^total'; }
snapshot() { sqlite3 zhibu.db .dump | md5sum; }
# Sizes and the schema version change as zhibu grows: V is the version of
# this build (seen on a new file), N KB any size.
v=$(zhibu --db v.db init >/dev/null 2>&1; sqlite3 v.db "PRAGMA user_version")
kb() { sed -E "s/[0-9]+ KB/N KB/"; }
ver() { sed -E "${1:-}s/([^0-9])$v([^0-9]|\$)/\1V\2/g"; }
zhibu init --branch "测试党支部" 2>/dev/null
echo "--- a new database gets no copy: there is nothing in it yet"
ls backups 2>/dev/null || echo "no backups/"
echo "--- the first command of the day copies the database as it was, before the import"
zhibu import members "$DATA/members.csv" 2>/dev/null; echo "exit $?"
ls -ld backups | cut -c1-10
files backups
sqlite3 backups/zhibu-2026-11-20.db "PRAGMA integrity_check" "PRAGMA journal_mode" \
	"PRAGMA application_id" "SELECT count(*) FROM branch" "SELECT count(*) FROM members"
echo "--- at most once a day"
zhibu export roster >/dev/null; zhibu check >/dev/null 2>&1
files backups
echo "--- the next days: the newest backup.keep are kept"
sqlite3 zhibu.db "INSERT INTO settings(key, value) VALUES ('backup.keep', '3')"
for d in 21 22 23 24; do ZHIBU_TODAY=2026-11-$d zhibu export roster >/dev/null; done
files backups
echo "--- a copy to a file"
zhibu backup copy.db 2>out; echo "exit $?"
kb < out
files copy.db
sqlite3 copy.db "PRAGMA integrity_check" "SELECT count(*) FROM members"
zhibu backup copy.db; echo "exit $?"
zhibu backup nowhere/copy.db; echo "exit $?"
zhibu backup a.db b.db; echo "exit $?"
zhibu backup --now; echo "exit $?"
zhibu --db missing.db backup; echo "exit $?"
echo "--- a copy into backups/ now"
zhibu backup 2>out; echo "exit $?"
sed 's/-[0-9]\{6\}\(-[0-9]*\)\{0,1\}\.db/-HHMMSS.db/' out | kb
ls backups | sed 's/-[0-9]\{6\}\(-[0-9]*\)\{0,1\}\.db/-HHMMSS.db/'
echo "--- doctor"
zhibu doctor >out; echo "exit $?"
ver 3 < out
chmod 644 zhibu.db
zhibu doctor >out; echo "exit $?"
grep -v '^  ok' out
chmod 600 zhibu.db
zhibu --db missing.db doctor; echo "exit $?"
zhibu doctor now; echo "exit $?"

echo "--- restore: a member changes, then the copy comes back"
sed 's/13800138000/13911112222/' "$DATA/members.csv" > changed.csv
zhibu import members changed.csv --update 2>/dev/null
sqlite3 zhibu.db "SELECT phone FROM members WHERE name = '张三'"
zhibu restore copy.db 2>out; echo "exit $?"
sed 's/-[0-9]\{6\}\(-[0-9]*\)\{0,1\}-before/-HHMMSS-before/' out
sqlite3 zhibu.db "SELECT phone FROM members WHERE name = '张三'" "PRAGMA integrity_check" "PRAGMA journal_mode"
ls zhibu.db* 
kept=$(ls backups/*-before-restore.db)
sqlite3 "$kept" "SELECT phone FROM members WHERE name = '张三'"
files "$kept" | sed 's/-[0-9]\{6\}\(-[0-9]*\)\{0,1\}-before/-HHMMSS-before/'

echo "--- restore refuses what is not a sound zhibu database, and changes nothing"
before=$(snapshot)
printf 'just text\n' > text.db
sqlite3 other.db "CREATE TABLE t(x)"
cp copy.db newer.db; sqlite3 newer.db "PRAGMA user_version = 999"
cp copy.db dangling.db
sqlite3 dangling.db "DROP TRIGGER party_groups_log_update" "PRAGMA foreign_keys = OFF" \
	"UPDATE party_groups SET leader_id = 999"
cp copy.db damaged.db
printf 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' | dd of=damaged.db bs=1 seek=8192 conv=notrunc 2>/dev/null
mkdir folder.db
for f in no-such.db text.db other.db dangling.db damaged.db folder.db zhibu.db; do
	zhibu restore $f; echo "exit $?"
done
zhibu restore newer.db 2>out; echo "exit $?"
ver < out
zhibu restore; echo "exit $?"
[ "$(snapshot)" = "$before" ] && echo "database unchanged"
ls backups | grep -c before-restore

echo "--- a backup from an older zhibu (schema 1) is restored, then upgraded"
cp "$DATA/zhibu-v1.db" old.db
zhibu restore old.db 2>out; echo "exit $?"
sed 's/-[0-9]\{6\}\(-[0-9]*\)\{0,1\}-before/-HHMMSS-before/' out
[ "$(sqlite3 zhibu.db "PRAGMA user_version")" = "$v" ] && echo "upgraded to this schema"
ls backups | grep -c 'before-v'
sqlite3 zhibu.db "PRAGMA integrity_check" "SELECT count(*) FROM members"

echo "--- restore over a database that cannot be read any more"
printf 'garbage garbage garbage garbage garbage garbage garbage garbage' | dd of=zhibu.db bs=1 seek=0 conv=notrunc 2>/dev/null
zhibu export roster >/dev/null; echo "exit $?"
zhibu restore copy.db 2>out; echo "exit $?"
sed 's/-[0-9]\{6\}\(-[0-9]*\)\{0,1\}-before/-HHMMSS-before/' out
zhibu export roster --format csv | wc -l
zhibu doctor >out; echo "exit $?"

echo "--- two databases in one folder keep their own copies"
zhibu --db 支部B.db init --branch "第二党支部" 2>/dev/null
zhibu --db 支部B.db export roster >/dev/null
ls backups | grep -v -- '-before-' | sed 's/-[0-9]\{6\}\(-[0-9]*\)\{0,1\}\.db/-HHMMSS.db/'
zhibu --db 支部B.db doctor | grep -c '支部B-2026-11-20.db'
