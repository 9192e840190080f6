# 会议记录 as PDF (cairo + pango): A4, the CJK serif embedded as a subset,
# the text in reading order, a meeting of 40 present with a two-page record
# and three votes, the signatures kept with the last lines, the margins of
# official documents; a year is one PDF with a contents page.
. "$DATA/doc-minute.sh"
fonts() { pdffonts "$1" | sed -n '3,$p' | sed 's/^[A-Z]\{6\}+/SUBSET+/' | awk '{print $1, $2, $3, $4, $5, $6, $7, $8}'; }
echo "--- one meeting"
zhibu export minutes --id 1 --format pdf -o minutes.pdf; echo "exit $?"
pdfinfo minutes.pdf | grep -E '^(Title|Pages|Page size)'
fonts minutes.pdf
pdftotext minutes.pdf - | grep -v '^$'
echo "--- page 1 inside the margins"
pdf-box minutes.pdf 1
echo "--- the signatures are not alone on the last page"
pdftotext -f 3 -l 3 minutes.pdf - | grep -v '^$' | head -3
echo "--- a year: a contents page, then each meeting from a new page"
zhibu export minutes --year 2026 -o year.pdf; echo "exit $?"
pdfinfo year.pdf | grep -E '^Pages'
pdftotext -layout -f 1 -l 1 year.pdf - | grep -v '^ *$' | sed 's/  */ /g'
for page in 2 3; do pdftotext -f $page -l $page year.pdf - | head -1; done
echo "--- a PDF does not go to the terminal; other formats stay"
zhibu export minutes --id 2 --format pdf < /dev/null | head -c 5; echo
zhibu export minutes --id 2 --format docx; echo "exit $?"
zhibu export minutes --id 2 | head -3
