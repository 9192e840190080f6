# Issue 11's output cases: formulas that start with + or -, an XLSX to a
# missing folder, an XLSX to standard output through a private folder.
zhibu init --branch "测试党支部" >/dev/null 2>&1
sed "2s/,正常,\r\$/,正常,\"-2+3+cmd|' \/C calc'!A0\"\r/; 3s/党小组长/+1+cmd|' \/C calc'!A0/; 4s/\"老党员，参加过\"\"三线\"\"建设\"/@SUM(A1)/" "$DATA/members.csv" > evil.csv
printf '%s\r\n' '王五,男,汉族,1980-05-12,110105198005120132,大学本科,在职,"	=1+1",正式,2005-06-30,2006-06-30,第一党小组,+8613800138001,正常,-' >> evil.csv
zhibu import members evil.csv; echo "exit $?"
zhibu export roster --format csv --full-id -o out.csv; echo "exit $?"
cut -d, -f1,8,13- out.csv
zhibu --db again.db import members out.csv; echo "exit $?"
zhibu --db again.db export roster --format csv --full-id | cmp - out.csv && echo "round trip: identical"
echo "--- XLSX to a folder that does not exist"
zhibu export roster -o missing/roster.xlsx; echo "exit $?"
zhibu export roster --format csv -o missing/roster.csv; echo "exit $?"
ls missing 2>&1 | sed 's/^ls: //'
echo "--- XLSX to standard output goes through a private folder, then is gone"
mkdir tmp
TMPDIR=$PWD/tmp zhibu export roster --format xlsx > stdout.xlsx; echo "exit $?"
unzip -l stdout.xlsx | grep -c 'xl/worksheets/sheet1.xml'
ls -A tmp | wc -l
echo "--- the file written is the owner's alone"
ls -l out.csv | cut -c1-10
