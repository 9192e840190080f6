# Old minute books come in whole or not at all: every problem is reported as
# FILE:LINE: 列名: problem, and the database is left as it was.
. "$DATA/meetings-setup.sh"
snapshot() { sqlite3 "$ZHIBU_DB" .dump | md5sum; }
before=$(snapshot)
echo "--- meetings-bad.csv"
zhibu import meetings "$DATA/meetings-bad.csv"; echo "exit $?"
echo "--- meetings-columns.csv"
zhibu import meetings "$DATA/meetings-columns.csv"; echo "exit $?"
echo "--- a minute already recorded"
head -1 "$DATA/meetings-2025-2026.csv" > again.csv
sed -n '5p' "$DATA/meetings-2025-2026.csv" >> again.csv
zhibu import meetings again.csv; echo "exit $?"
echo "--- no such file; usage"
zhibu import meetings no-such.csv; echo "exit $?"
zhibu import meetings; echo "exit $?"
zhibu import meetings a.csv --update; echo "exit $?"
[ "$(snapshot)" = "$before" ] && echo "database unchanged"
echo "--- the importer needs the roster first"
zhibu --db fresh.db init --branch "空支部" 2>/dev/null
zhibu --db fresh.db import meetings "$DATA/meetings-2025-2026.csv" 2>errors.txt; echo "exit $?"
head -3 errors.txt; tail -1 errors.txt
echo "--- --dry-run checks and writes nothing"
zhibu --db fresh.db import members "$DATA/meetings-roster.csv" 2>/dev/null
zhibu --db fresh.db import meetings "$DATA/meetings-2025-2026.csv" --dry-run; echo "exit $?"
sqlite3 fresh.db "SELECT count(*) FROM meetings"
echo "--- names: a bracketed reason, full-width brackets, #ID, and 王芳 told apart by the day"
cat > names.csv <<'CSV'
类型,日期,主题,出席,缺席
支部党员大会,2026-04-20,临时党员大会,,王芳（出差）、赵六(外出务工)
支部党员大会,2026-06-22,第二季度党员大会,,#4(课程冲突)、#10（出差）
CSV
zhibu import meetings names.csv; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT t.date, m.name, m.kind, m.join_date, a.reason FROM meeting_attendance a JOIN meetings t ON t.id = a.meeting_id JOIN members m ON m.id = a.member_id WHERE a.present = 0 AND t.date IN ('2026-04-20', '2026-06-22') ORDER BY t.date, m.id"
zhibu check --within 0 | grep 2026Q2 || echo "2026Q2 done"
echo "--- a GB18030 file with only 缺席: the others are present"
printf '类型,日期,主题,党小组,缺席\n党小组会,2026-11-18,补开小组会,第二党小组,周八（病假）\n' | iconv -f UTF-8 -t GB18030 > gbk.csv
zhibu import meetings gbk.csv; echo "exit $?"
zhibu meeting list --period 2026-11 --kind 党小组会
echo "--- a file without 出席 and 缺席 records nobody's attendance"
printf '类型,日期,主题\n主题党日,2024-12-02,旧记录\n' > old.csv
zhibu import meetings old.csv; echo "exit $?"
zhibu meeting list --period 2024-12
