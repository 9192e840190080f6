# A printed table's end keeps its summary and signature line: the yearly
# dues report of a ten-member demo branch fills its first page to the last
# row, so the 合计 row and the row before it go over to the second page
# with 共 N 人 and the 制表人 line (before, those were alone on page 2).
zhibu demo --members 10 --seed 7 >/dev/null 2>&1; echo "exit $?"
zhibu report dues --year 2026 --format pdf -o dues.pdf; echo "exit $?"
pdfinfo dues.pdf | grep -E '^Pages'
# the page of each line that matters (form feeds count the pages; the table
# is too wide for one band of columns, so the last band's lines count)
pdftotext -layout dues.pdf - | awk 'BEGIN { p = 1 } { p += gsub(/\f/, "") }
	/^ *10 / { last = p } /合计/ { total = p } /^共 / { count = p } /制表人/ { sign = p }
	/序号.*姓名.*1月/ && !band1 { band1 = p } /序号.*姓名.*本年实交/ && !band2 { band2 = p }
	END { print "page " band1 ": the months"; print "page " band2 ": the totals, from 序号 and 姓名 again"
	      print "page " last ": the last member"; print "page " total ": 合计"
	      print "page " count ": 共 N 人"; print "page " sign ": 制表人" }'
echo "--- no number broken over two lines: every amount whole"
pdftotext -layout dues.pdf - | grep -cE '(^| )[0-9]+\.$'
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
