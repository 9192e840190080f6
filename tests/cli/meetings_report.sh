# zhibu report meetings: the year's meetings against the requirements
# (N! missing, - not yet), what is missing, each member's attendance rate.
. "$DATA/meetings-setup.sh"
zhibu report meetings --year 2026; echo "exit $?"
echo "--- 2025 as CSV: everything held"
zhibu report meetings --year 2025 --format csv; echo "exit $?"
echo "--- XLSX: three sheets"
zhibu report meetings --year 2026 -o report.xlsx; echo "exit $?"
xlsx-cells report.xlsx 1 | head -8
xlsx-cells report.xlsx 3 | tail -3
echo "--- a count short of the requirement is a number in the shortfall style (red on pink), not \"0!\""
unzip -p report.xlsx xl/styles.xml | grep -o '<fgColor rgb="FFFFC7CE"/>' | sort -u
for c in O5 P5 Q5; do unzip -p report.xlsx xl/worksheets/sheet1.xml | grep -o "<c r=\"$c\" s=\"[0-9]*\"><v>[0-9]*</v>"; done
echo "--- every sheet names the branch, the year and the day it was made"
for n in 1 2 3; do xlsx-cells report.xlsx $n | sed -n 2p; done
echo "--- 民主评议 grades appear under the table"
zhibu meeting grade --year 2025 张三=优秀 李四=合格 欧阳建国=合格 孙七=优秀 周八=合格 吴九=合格 郑十=合格 \#10=基本合格 赵六=合格 2>/dev/null
zhibu report meetings --year 2025 | grep 民主评议
echo "--- a year without minutes; usage"
zhibu report meetings --year 2019 | head -8; echo "exit $?"
zhibu report meetings --year 19; echo "exit $?"
zhibu report meetings --month 3; echo "exit $?"
echo "--- a 支委会 tagged 党建工作专题 fills its half year's cell"
zhibu meeting tag 会议#70 党建工作专题; echo "exit $?"
zhibu report meetings --year 2026 | grep 党建工作专题
