# A CSV export opened and saved by a spreadsheet program (gnumeric's
# ssconvert, headless) comes back with every full ID number and phone
# intact: such cells go out as text (behind an apostrophe).
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" >/dev/null 2>&1
{ head -1 "$DATA/members.csv"; printf '%s\r\n' '钱八,男,汉族,1990-01-01,110108199001010773,大学本科,在职,,正式,2015-07-01,2016-07-01,第一党小组,01062751234,正常,'; } > zero.csv
zhibu import members zero.csv >/dev/null 2>&1
zhibu export roster --format csv --full-id -o out.csv; echo "exit $?"
cut -d, -f1,5,13 out.csv
ssconvert -T Gnumeric_stf:stf_csv out.csv saved.csv >/dev/null 2>&1; echo "ssconvert exit $?"
cut -d, -f1,5,13 saved.csv
zhibu --db again.db import members saved.csv; echo "exit $?"
zhibu --db again.db export roster --format csv --full-id | cmp - out.csv && echo "round trip through the spreadsheet: identical"
