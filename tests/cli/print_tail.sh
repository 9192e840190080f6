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
