# A damaged database file (issue 11): bytes flipped in the members table's
# root page.  Every command that reads it says so and exits 1, -o leaves the
# old file as it was, the copy of the day is not taken of a damaged file,
# doctor says what is wrong, restore brings a sound copy back.
zhibu demo --members 30 --seed 4 >/dev/null 2>&1
zhibu backup good.db 2>/dev/null
zhibu export roster -o old.csv; zhibu export roster --format xlsx -o old.xlsx
before=$(md5sum old.csv old.xlsx)
sqlite3 zhibu.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
page=$(sqlite3 zhibu.db "PRAGMA page_size")
root=$(sqlite3 zhibu.db "SELECT rootpage FROM sqlite_schema WHERE name = 'members'")
# 16 bytes of the page header and cell pointers, each inverted
printf '\015\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377' |
	dd of=zhibu.db bs=1 seek=$(( (root - 1) * page )) conv=notrunc 2>/dev/null
echo "--- every command exits 1 with the message, the first of the day takes no copy"
ZHIBU_TODAY=2026-11-21 zhibu check; echo "exit $?"
ls backups | grep 2026-11-21 || echo "no copy of the day"
for c in "export roster" "export roster --format csv" "report stats" "report dues --year 2026" \
	"report arrears" "export candidates" "report pipeline"; do
	echo "zhibu $c"; zhibu $c >out; echo "exit $? ($(wc -c <out) bytes)"
done
echo "--- -o leaves the old file untouched"
zhibu export roster -o old.csv; echo "exit $?"
zhibu export roster --format xlsx -o old.xlsx; echo "exit $?"
[ "$(md5sum old.csv old.xlsx)" = "$before" ] && echo "old files unchanged"
ls | grep tmp || echo "no temporary files"
echo "--- writes are refused"
zhibu dues mark-paid --month 2026-11; echo "exit $?"
echo "--- doctor says what is wrong"
zhibu doctor >out; echo "exit $?"
grep -v "^  ok" out | sed 's/Page [0-9]*/Page N/'
echo "--- restore brings back the sound copy"
zhibu restore good.db >/dev/null 2>&1; echo "exit $?"
zhibu export roster -o old.csv; echo "exit $?"
[ "$(md5sum old.csv old.xlsx)" = "$before" ] && echo "the same roster again"
echo "--- a file cut short, a file of another kind, a foreign SQLite file"
head -c 20000 zhibu.db > short.db
bytes() { sed -E 's/[0-9]{6,}/N/g'; }
zhibu --db short.db check 2>out; echo "exit $?"
bytes <out
zhibu --db short.db doctor >out; echo "exit $?"
grep '!!' out | head -n 1 | bytes
printf 'name,phone\n' > notes.db
zhibu --db notes.db check; echo "exit $?"
sqlite3 other.db "CREATE TABLE t(x); INSERT INTO t VALUES (1)"
zhibu --db other.db check; echo "exit $?"
sqlite3 other.db "PRAGMA journal_mode"
ls other.db-* backups 2>/dev/null | grep other || echo "nothing written beside other.db"
echo "--- restore onto a file that is not a zhibu database refuses"
zhibu --db notes.db restore good.db; echo "exit $?"
cat notes.db
zhibu --db other.db restore good.db; echo "exit $?"
sqlite3 other.db "SELECT * FROM t"
