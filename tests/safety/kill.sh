# Crash safety: zhibu import members is killed with SIGKILL at 100 random
# moments (a fixed seed; the delays cover the whole run, so kills land in
# the copy of the day it takes on start, before, inside and after its
# transaction).  After each kill the file must pass integrity_check and
# foreign_key_check, zhibu must open it, and its content must be exactly
# the state before the import or exactly the state after a whole import:
# all or nothing.  A copy of the day, when there is one, must be whole.
#   KILL_ROUNDS (100), KILL_SEED, KILL_ROWS (rows imported, 10000: more than
#   SQLite's page cache holds, so that uncommitted pages reach the log).
rounds=${KILL_ROUNDS:-100}
seed=${KILL_SEED:-20261120}
rows=${KILL_ROWS:-10000}
# The people: a demo branch, exported whole; the first 200 are already in
# the roster, the rest arrive in one import.
zhibu --db gen/gen.db demo --members $((rows + 200)) --seed 5 2>/dev/null
# The demo gives full members a 转正日期 up to a year ahead: import them as
# seen from a later day.
export ZHIBU_TODAY=2027-12-31
zhibu --db gen/gen.db export roster --all --full-id --format csv -o all.csv
head -n 201 all.csv > base.csv
{ head -n 1 all.csv; tail -n +202 all.csv; } > more.csv
zhibu --db base/base.db init --branch "测试党支部" 2>/dev/null
zhibu --db base/base.db import members base.csv 2>/dev/null
expect=$(($(wc -l < more.csv) - 1))

state() { sqlite3 "$1" .dump | md5sum | cut -c1-32; }
none=$(state base/base.db)
prepare='rm -f t/t.db t/t.db-wal t/t.db-shm t/t.db-writer t/backups/zhibu-*.db; mkdir -p t; cp -p base/base.db t/t.db'
sh -c "$prepare"
zhibu --db t/t.db import members more.csv 2>/dev/null
all=$(state t/t.db)
got=$(sqlite3 t/t.db "SELECT count(*) FROM members")
[ "$got" -eq $((expect + 200)) ] || { echo "kill: the import itself failed ($got members)"; exit 1; }
[ "$(state t/backups/zhibu-2027-12-31.db)" = "$none" ] || { echo "kill: the copy of the day differs"; exit 1; }

cat > check.sh <<CHECK
ic=\$(sqlite3 t/t.db "PRAGMA integrity_check")
[ "\$ic" = ok ] || { echo "integrity:\$ic"; exit 1; }
[ -z "\$(sqlite3 t/t.db "PRAGMA foreign_key_check")" ] || { echo foreign-keys; exit 1; }
zhibu --db t/t.db export roster --format csv -o /dev/null 2>/dev/null || { echo "zhibu-cannot-open"; exit 1; }
if [ -f t/backups/zhibu-2027-12-31.db ] && [ "\$(sqlite3 t/backups/zhibu-2027-12-31.db .dump | md5sum | cut -c1-32)" != "$none" ]; then
	echo "backup-differs"; exit 1
fi
s=\$(sqlite3 t/t.db .dump | md5sum | cut -c1-32)
if [ "\$s" = "$none" ]; then echo none; elif [ "\$s" = "$all" ]; then echo all; else echo "half-written(\$(sqlite3 t/t.db 'SELECT count(*) FROM members') members)"; exit 1; fi
CHECK
status=0
killtest -n "$rounds" -s "$seed" -p "$prepare" -c 'sh check.sh' -- \
	zhibu --db t/t.db import members more.csv > result || status=1
sed "s/^killtest: /kill: import members ($expect rows): /" result
[ "$status" -eq 0 ]

# Temporary files of copies that were killed go at the next copy.
zhibu --db t/t.db backup 2>/dev/null
if ls t/backups | grep -q '\.tmp-'; then echo "kill: temporary copies left in backups/"; exit 1; fi
