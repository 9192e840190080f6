# A printed table's end keeps its summary and signature line: the yearly
# dues report of a ten-member demo branch fills its first page to the last
# row, so the 合计 row and the row before it go over to the second page
# with 共 N 人 and the 制表人 line (before, those were alone on page 2).
zhibu demo --members 10 --seed 7 >/dev/null 2>&1; echo "exit $?"
zhibu report dues --year 2026 --format pdf -o dues.pdf; echo "exit $?"
pdfinfo dues.pdf | grep -E '^Pages'
# the page of each line that matters (form feeds count the pages)
pdftotext -layout dues.pdf - | awk 'BEGIN { p = 1 } { p += gsub(/\f/, "") }
	/^ *10 / { print "page " p ": the last member" }
	/合计/ { print "page " p ": 合计" }
	/^共 / { print "page " p ": 共 N 人" }
	/制表人/ { print "page " p ": 制表人" }'
echo "--- the header repeats atop the second page"
pdftotext -layout dues.pdf - | awk '/\f/ { n++ } n == 1 && /姓名/ { print "header on page 2"; exit }'
echo "--- XLSX: the yearly dues of 40 members at 70%: a page break before the"
echo "--- last two rows keeps them with 共 N 人 and the 制表人 line (row 44 on)"
zhibu --db d40.db demo --members 40 --seed 7 >/dev/null 2>&1; echo "exit $?"
zhibu --db d40.db report dues --year 2026 -o dues.xlsx; echo "exit $?"
unzip -p dues.xlsx xl/worksheets/sheet1.xml | grep -o '<pageSetup[^>]*>\|<rowBreaks.*</rowBreaks>'
xlsx-cells dues.xlsx | sed -n '/^4[4-9]:/p; /^50:/p' | cut -d'|' -f1-2
echo "--- ten members fit one page: no break"
zhibu report dues --year 2026 -o ten.xlsx; echo "exit $?"
unzip -p ten.xlsx xl/worksheets/sheet1.xml | grep -c '<rowBreaks'
