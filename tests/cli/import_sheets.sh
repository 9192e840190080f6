# Office files: the same 花名册 as CSV, as Excel's "Unicode 文本" (UTF-16,
# TAB-separated), as .xlsx and as .xls (made by tests/data/sheets/make.py):
# title rows, a merged title, column names as people write them, date
# cells, 出生年月 as a month, numbered blank rows.  Each imports the same.
S=$DATA/sheets
for f in roster.csv roster-utf16.txt roster.xlsx roster.xls; do
	echo "--- $f"
	zhibu --db "$f.db" init --branch "测试党支部" >/dev/null 2>&1
	zhibu --db "$f.db" import members "$S/$f"; echo "exit $?"
	zhibu --db "$f.db" export roster --format csv --full-id > "$f.out"
done
cat roster.csv.out
for f in roster-utf16.txt roster.xlsx roster.xls; do
	cmp roster.csv.out "$f.out" && echo "$f: the same as the CSV"
done
echo "--- a numeric ID column (Excel dropped the last digits)"
zhibu --db n.db import members --sheet 数字身份证 "$S/roster.xlsx"; echo "exit $?"
zhibu --db n.db import members --sheet 数字身份证 "$S/roster.xls" 2>&1 | head -2
echo "--- the same in a CSV saved by a spreadsheet"
sed '4s/110105198005120116/1.10105198005120E+17/' "$S/roster.csv" > sci.csv
zhibu --db n.db import members sci.csv; echo "exit $?"
echo "--- no such sheet"
zhibu --db n.db import members --sheet 第三页 "$S/roster.xlsx"; echo "exit $?"
echo "--- a footer row"
{ cat "$DATA/members-min.csv"; printf '合计：2人,,,,,\r\n填表人：王五,,,,,\r\n'; } > footer.csv
zhibu --db n.db import members footer.csv; echo "exit $?"
echo "--- control characters"
printf '姓名,性别,公民身份号码,人员类别,党员类别,入党日期\n张\0333]0;x\007三,男,110105198005120116,在职,正式,2005-06-30\n李四,女\302\233,310104197511030224,在职,正式,2001-07-01\n' > control.csv
zhibu --db n.db import members control.csv; echo "exit $?"
echo "--- an old Mac file: lines end in CR alone"
printf '姓名,性别,公民身份号码,人员类别,党员类别,入党日期\r张三,男,110105198005120116,在职,正式,2005-06-30\r李四,女,310104197511030224,在职,正式,2001-13-01\r' > mac.csv
zhibu --db n.db import members mac.csv; echo "exit $?"
echo "--- a TAB-separated file in UTF-8"
tr ',' '\t' < "$DATA/members-min.csv" > tabs.txt
zhibu --db t.db init --branch "测试党支部" >/dev/null 2>&1
zhibu --db t.db import members tabs.txt; echo "exit $?"
