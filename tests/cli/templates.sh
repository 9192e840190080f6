# zhibu export template KIND: a workbook to fill.  Each template, imported
# as it is, has only the example row (skipped): its header is the importer's.
zhibu init --branch "测试党支部" >/dev/null 2>&1
for k in members dues payments meetings candidates; do
	echo "--- $k"
	zhibu export template $k -o $k.xlsx; echo "exit $?"
	xlsx-cells $k.xlsx 1 | sed -n '4,5p'
	unzip -p $k.xlsx xl/worksheets/sheet1.xml | grep -o '<dataValidation [^>]*sqref="[^"]*"' | sed 's/.*sqref=/drop-down /'
	unzip -p $k.xlsx xl/worksheets/sheet1.xml | grep -o '<formula1>[^<]*</formula1>'
	zhibu import $k $k.xlsx --dry-run; echo "exit $?"
done
echo "--- the members template: text and date columns, the rules sheet"
unzip -p members.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"'
unzip -p members.xlsx xl/worksheets/sheet1.xml | grep -o '<col [^>]*>' | head -6
xlsx-cells members.xlsx 2 | head -8
echo "--- no such template"
zhibu export template nothing; echo "exit $?"
