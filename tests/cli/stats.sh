# zhibu report stats: 党员统计表 of data/stats-members.csv.  Today is
# 2026-11-20: 陈二 turns 31 today (31至35岁), 陈一 tomorrow (still 30), 陈四
# turns 36 and 陈六 61 today; 陈七 was born on 29 February.  陈九 转出, 陈十
# 去世 and 陈十一 出党 this year, 陈十二 转出 last year: they count only in the
# year's changes.  陈八 became 正式 on 2026-03-01 and has no group.
zhibu init --branch 示范学院计算机学院教工第一党支部 >/dev/null 2>&1
zhibu import members "$DATA/stats-members.csv" 2>/dev/null
# The app's status form records the date of a departure; here sqlite3 does
# (with triggers off: their zhibu_now() belongs to zhibu).
sqlite3 zhibu.db ".dbconfig enable_trigger off" >/dev/null \
	"UPDATE members SET status_date = '2026-06-30' WHERE name = '陈九'" \
	"UPDATE members SET status_date = '2026-08-15' WHERE name = '陈十'" \
	"UPDATE members SET status_date = '2026-10-10' WHERE name = '陈十一'" \
	"UPDATE members SET status_date = '2025-12-20' WHERE name = '陈十二'"
echo "--- today"
zhibu report stats; echo "exit $?"
echo "--- on 2026-02-01: 陈七 not yet joined, 陈八 still 预备, 陈九, 陈十 and 陈十一 still here"
zhibu report stats --as-of 2026-02-01 --format csv | tr -d '\r'; echo "exit $?"
echo "--- XLSX: one sheet, a bar chart per part"
zhibu report stats -o stats.xlsx; echo "exit $?"
xlsx-cells stats.xlsx
unzip -l stats.xlsx | grep -c 'xl/charts/chart[0-9]*\.xml'
unzip -l stats.xlsx | grep -q 'xl/charts/chart1\.xml' && echo "chart1.xml is there"
unzip -p stats.xlsx xl/charts/chart4.xml | grep -o '<c:f>[^<]*</c:f>\|<a:t>[^<]*</a:t>'
echo "--- GB18030"
zhibu report stats --format csv --encoding gb18030 | iconv -f gb18030 -t utf-8 | tr -d '\r' | head -3
echo "--- mistakes"
zhibu report stats --as-of 2026-02-30; echo "exit $?"
zhibu report stats --as-of; echo "exit $?"
zhibu report stats --year 2026; echo "exit $?"
