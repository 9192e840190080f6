# 报表 writes PDF: the 党费收缴公示 chosen as PDF in the form (the last format)
# is saved as an A4 PDF laid out as a notice, ending with the branch's name
# and a Chinese date.
roster
zhibu import dues "$TUI/data/dues.csv" >/dev/null 2>&1 &&
	zhibu import payments "$TUI/data/dues-payments.csv" >/dev/null 2>&1 ||
	{ echo "importing the dues fixture failed"; tui_failures=$((tui_failures + 1)); }
mkdir -p Documents
app <<'SCRIPT'
key 6
key j j j Enter
key ^U
type 2026Q3
key Tab Tab Right Right Right
key Tab
key F2
key F2
key Enter
key Esc y
SCRIPT
file="Documents/示范学院计算机学院教工第一党支部-党费收缴公示-2026Q3.pdf"
check "the notice is saved as PDF where the form said" test -f "$file"
check "readable by its owner only" test "$(stat -c %a "$file")" = 600
check "an A4 PDF" sh -c "pdfinfo '$file' | grep -q 'A4'"
check "a notice: the branch and the Chinese date at its end" \
	sh -c "pdftotext '$file' - | grep -q '^2026年11月20日$'"
