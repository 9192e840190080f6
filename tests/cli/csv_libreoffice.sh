# The CSV round trip through LibreOffice (headless; Debian:
# libreoffice-calc-nogui): it keeps the guarding apostrophe of a full ID
# number or a phone with a leading 0 as a character of the cell and writes it
# back; the import drops it again, so the file comes back unchanged.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" >/dev/null 2>&1
{ head -1 "$DATA/members.csv"; printf '%s\r\n' '钱八,男,汉族,1990-01-01,110108199001010773,大学本科,在职,,正式,2015-07-01,2016-07-01,第一党小组,01062751234,正常,'; } > zero.csv
zhibu import members zero.csv >/dev/null 2>&1
zhibu export roster --format csv --full-id -o out.csv; echo "exit $?"
mkdir lo
soffice --headless -env:UserInstallation=file://$PWD/lo-profile --infilter="CSV:44,34,76,1" \
	--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir lo out.csv >/dev/null 2>&1
echo "soffice exit $?"
cut -d, -f1,5,13 lo/out.csv
zhibu --db again.db import members lo/out.csv; echo "exit $?"
zhibu --db again.db export roster --format csv --full-id | cmp - out.csv && echo "round trip through LibreOffice: identical"
