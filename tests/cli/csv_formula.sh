# Text that a spreadsheet would run as a formula leaves in CSV behind an
# apostrophe, and comes back in without it; numbers are left alone.
zhibu init --branch "测试党支部" >/dev/null 2>&1
sed '2s/,正常,\r$/,正常,"=HYPERLINK(""http:\/\/example.org"",""点击"")"\r/; 3s/党小组长/@SUM(1+1)/; 7s/外出务工，持流动党员活动证/-开会时请假/' "$DATA/members.csv" > notes.csv
zhibu import members notes.csv; echo "exit $?"
zhibu export roster --format csv --full-id -o out.csv; echo "exit $?"
cut -d, -f1,15- out.csv
zhibu --db again.db import members out.csv; echo "exit $?"
zhibu --db again.db export roster --format csv --full-id | cmp - out.csv && echo "round trip: identical"
sqlite3 again.db "SELECT name, note FROM members WHERE note <> '' ORDER BY id"
echo "--- XLSX keeps it as text, never a formula"
zhibu export roster -o out.xlsx
unzip -p out.xlsx xl/worksheets/sheet1.xml | grep -c '<f>' || true
