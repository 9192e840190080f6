# The quarterly and yearly dues report (党费收缴情况表), the notice to post
# and the arrears list, on fixture data with joins, a departure, a
# probationary member, part payments, advance payments and 补交.
zhibu init --branch "测试党支部" --higher "测试学院党委" >/dev/null 2>&1
zhibu import members "$DATA/dues-members.csv" 2>/dev/null
zhibu import dues "$DATA/dues-fixings.csv" 2>/dev/null
zhibu import payments "$DATA/dues-payments.csv" 2>/dev/null
zhibu dues remit --period 2026Q3 --amount 1200.00 --date 2026-09-08 >/dev/null
echo "--- 2026Q3 as of today"
zhibu report dues --quarter 2026Q3; echo "exit $?"
echo "--- as of 2026-09-30: the 补交 of October is not counted yet"
zhibu report dues --quarter 2026q3 --as-of 2026-09-30 --format csv; echo "exit $?"
echo "--- the whole year"
zhibu report dues --year 2026 --format csv; echo "exit $?"
echo "--- a quarter still running (as of 2026-11-20): December is not due yet (未到期), out of 应交, 欠交 and the rate"
zhibu report dues --quarter 2026Q4; echo "exit $?"
echo "--- XLSX: A4 landscape, title, period and branch, numbers as numbers"
zhibu report dues --quarter 2026Q3 -o q3.xlsx; echo "exit $?"
xlsx-cells q3.xlsx | head -8
xlsx-cells q3.xlsx | sed -n '/合计/p'
unzip -p q3.xlsx xl/worksheets/sheet1.xml | grep -o '<pageSetup[^>]*>'
echo "--- GB18030 CSV"
zhibu report dues --quarter 2026Q3 --format csv --encoding gb18030 -o q3.csv; echo "exit $?"
iconv -f gb18030 -t utf-8 q3.csv | head -2
echo "--- the notice"
zhibu report dues-notice --quarter 2026Q3; echo "exit $?"
echo "--- arrears"
zhibu report arrears; echo "exit $?"
zhibu report arrears --as-of 2026-09-30 --format csv; echo "exit $?"
echo "--- zhibu check"
zhibu check --format csv >check.csv; echo "exit $?"
grep -e 类别 -e 党费 check.csv
echo "--- usage"
zhibu report dues; echo "exit $?"
zhibu report dues --quarter 2026Q3 --year 2026; echo "exit $?"
zhibu report dues --quarter 2026Q5; echo "exit $?"
zhibu report dues --year 26; echo "exit $?"
zhibu report arrears --as-of yesterday; echo "exit $?"
