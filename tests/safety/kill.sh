# Crash safety: zhibu import members, and the payment batch (zhibu import
# payments) once it exists, are killed with SIGKILL at 100 random moments
# each (a fixed seed; the delays cover the whole run, so kills land in the
# copy of the day taken on start, before, inside and after the
# transaction).  After each kill the file must pass integrity_check and
# foreign_key_check, zhibu must open it, and its content must be exactly the
# state before the import or exactly the state after a whole import: all or
# nothing.  A copy of the day, when there is one, must be whole.
#   KILL_ROUNDS (100), KILL_SEED, KILL_ROWS (members imported, 10000: more
#   than SQLite's page cache holds, so that uncommitted pages reach the log).
rounds=${KILL_ROUNDS:-100}
seed=${KILL_SEED:-20261120}
rows=${KILL_ROWS:-10000}

state() { sqlite3 "$1" .dump | md5sum | cut -c1-32; }
prepare='rm -f t/t.db t/t.db-wal t/t.db-shm t/t.db-writer t/backups/t-*.db; mkdir -p t; cp -p base.db t/t.db'

# killrounds WHAT FILE: kill "zhibu import WHAT FILE" on copies of base.db.
killrounds() {
	what=$1 file=$2
	none=$(state base.db)
	sh -c "$prepare"
	zhibu --db t/t.db import "$what" "$file" 2>/dev/null || { echo "kill: the import of $what itself failed"; exit 1; }
	all=$(state t/t.db)
	today=$(ls t/backups | grep -v tmp | head -n 1)
	[ "$(state "t/backups/$today")" = "$none" ] || { echo "kill: the copy of the day differs"; exit 1; }
	cat > check.sh <<CHECK
ic=\$(sqlite3 t/t.db "PRAGMA integrity_check")
[ "\$ic" = ok ] || { echo "integrity:\$ic"; exit 1; }
[ -z "\$(sqlite3 t/t.db "PRAGMA foreign_key_check")" ] || { echo foreign-keys; exit 1; }
zhibu --db t/t.db export roster --format csv -o /dev/null 2>/dev/null || { echo "zhibu-cannot-open"; exit 1; }
if [ -f "t/backups/$today" ] && [ "\$(sqlite3 "t/backups/$today" .dump | md5sum | cut -c1-32)" != "$none" ]; then
	echo "backup-differs"; exit 1
fi
s=\$(sqlite3 t/t.db .dump | md5sum | cut -c1-32)
if [ "\$s" = "$none" ]; then echo none; elif [ "\$s" = "$all" ]; then echo all; else echo "half-written"; exit 1; fi
CHECK
	status=0
	killtest -n "$rounds" -s "$seed" -p "$prepare" -c 'sh check.sh' -- \
		zhibu --db t/t.db import "$what" "$file" > result || status=1
	sed "s/^killtest: /kill: import $what ($(($(wc -l < "$file") - 1)) rows): /" result
	[ "$status" -eq 0 ] || exit 1
}

# The people: a demo branch, exported whole; the first 200 are already in
# the roster, the rest arrive in one import.
zhibu --db gen/gen.db demo --members $((rows + 200)) --seed 5 2>/dev/null
zhibu --db gen/gen.db export roster --all --full-id --format csv -o all.csv
head -n 201 all.csv > base.csv
{ head -n 1 all.csv; tail -n +202 all.csv; } > members.csv
# The demo gives full members a 转正日期 up to a year ahead: import them as
# seen from a later day.
export ZHIBU_TODAY=2027-12-31
zhibu --db base.db init --branch "测试党支部" 2>/dev/null
zhibu --db base.db import members base.csv 2>/dev/null
killrounds members members.csv

# The payment batch: every member of the whole roster pays three months.
if grep -q '{ "payments",' "$TOP/src/cli/cmd_import.c"; then
	sh -c "$prepare"
	zhibu --db t/t.db import members members.csv 2>/dev/null
	cp -p t/t.db base.db
	{ echo "公民身份号码,所属月份,金额,缴纳日期,经手人"
	  sqlite3 -csv base.db "SELECT id_number, m, '10.00', m || '-15', '李四' FROM members,
		(SELECT '2025-10' AS m UNION ALL SELECT '2025-11' UNION ALL SELECT '2025-12')
		WHERE status = '正常' AND join_date < '2025-10-01' ORDER BY id, m"; } > payments.csv
	killrounds payments payments.csv
fi

# Temporary files of copies that were killed go at the next copy.
zhibu --db t/t.db backup 2>/dev/null
if ls t/backups | grep -q '\.tmp-'; then echo "kill: temporary copies left in backups/"; exit 1; fi
