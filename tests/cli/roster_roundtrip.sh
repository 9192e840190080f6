# A roster goes in from CSV (UTF-8, GBK, BOM+LF) and comes out again unchanged.
zhibu init --branch "测试党支部" --higher "测试学院党委"; echo "exit $?"
zhibu import members "$DATA/members.csv"; echo "exit $?"
echo "--- txt, masked IDs"
zhibu export roster
echo "--- csv full IDs imports into a new database and exports the same bytes"
zhibu export roster --format csv --full-id -o first.csv; echo "exit $?"
zhibu --db second.db import members first.csv; echo "exit $?"
zhibu --db second.db export roster --format csv --full-id -o second.csv
cmp first.csv second.csv && echo "round trip: identical"
echo "--- gb18030"
zhibu export roster --format csv --encoding gb18030 --full-id -o gbk.csv
zhibu --db third.db import members gbk.csv; echo "exit $?"
zhibu --db third.db export roster --format csv --full-id | cmp - first.csv && echo "gb18030 round trip: identical"
echo "--- GBK and BOM+LF files read the same as UTF-8"
zhibu --db gbk.db import members "$DATA/members-gbk.csv"; echo "exit $?"
zhibu --db gbk.db export roster --format csv --full-id | cmp - first.csv && echo "gbk: identical"
zhibu --db bom.db import members "$DATA/members-bom-lf.csv"; echo "exit $?"
zhibu --db bom.db export roster --format csv --full-id | cmp - first.csv && echo "bom+lf: identical"
echo "--- files are private"
ls -l first.csv zhibu.db | cut -c1-10
echo "--- xlsx: title, header, masked IDs, print set-up"
zhibu export roster -o roster.xlsx; echo "exit $?"
xlsx-cells roster.xlsx
unzip -p roster.xlsx xl/worksheets/sheet1.xml | grep -o '<pageSetup[^>]*>\|<pane [^>]*>\|<fitToPage[^>]*>'
unzip -p roster.xlsx xl/workbook.xml | grep -o '<definedName[^>]*>[^<]*'
echo "--- a header in another order, with 序号, only the required columns"
zhibu --db min.db import members "$DATA/members-min.csv"; echo "exit $?"
zhibu --db min.db export roster --format csv --full-id
echo "--- --all includes those who left"
sed 's/,正常,"老党员/,去世,"老党员/' first.csv > died.csv
zhibu import members died.csv --update; echo "exit $?"
zhibu export roster --format csv | cut -d, -f1,14
zhibu export roster --format csv --all | cut -d, -f1,14
