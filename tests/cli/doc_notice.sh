# Notices as documents: a 公示 of a person with a four-character name and a
# rare character (𠮷), whom to contact from the branch's settings, the branch
# and a Chinese date at the right; as text and as PDF.  A 公示 for a step
# already recorded is refused, not dated today.  The 党费收缴公示 as PDF.
zhibu init --branch 示范学院计算机学院教工第一党支部 --contact 王海燕 --phone 0571-88881234 --place 党员活动室 2>/dev/null
zhibu import members "$DATA/pipeline-members.csv" 2>/dev/null
{
	head -1 "$DATA/pipeline-candidates.csv"
	sed -n 6p "$DATA/pipeline-candidates.csv"
	echo "欧阳𠮷祥,男,1996-06-18,110105199606180311,示范学院计算机学院 讲师,2024-03-01,2024-03-20,2024-09-10,张三,2025-10-10,李四、张三,,,,,"
} > candidates.csv
zhibu import candidates candidates.csv 2>/dev/null; echo "exit $?"
echo "--- 接收 as text"
zhibu report notice --kind 接收 --person 欧阳𠮷祥; echo "exit $?"
echo "--- as PDF: A4, one page, the font embedded, the text in reading order"
zhibu report notice --kind 接收 --person 欧阳𠮷祥 -o notice.pdf; echo "exit $?"
pdfinfo notice.pdf | grep -E '^(Title|Pages|Page size)'
pdffonts notice.pdf | sed -n '3,$p' | sed 's/^[A-Z]\{6\}+/SUBSET+/' | awk '{print $1, $2, $5, $6}'
pdftotext notice.pdf - | grep -v '^$'
pdftotext notice.pdf - | grep -c '𠮷'
pdf-box notice.pdf 1
echo "--- the branch and the date at the right"
pdftotext -layout notice.pdf - | grep -E '党支部$|2026年11月20日$' | sed 's/^ *//'
echo "--- 郑丽 was voted on 2026-07-01: no 公示 of today for it"
zhibu report notice --kind 接收 --person 郑丽; echo "exit $?"
zhibu report notice --kind 接收 --person 郑丽 --from 2026-06-22 | grep -E '公示时间|^ *2026年'; echo "exit $?"
echo "--- the contact settings changed; unset ones are left for the pen"
zhibu init --phone 13800138000 --place "" 2>/dev/null
zhibu report notice --kind 发展对象 --person 欧阳𠮷祥 | grep 联系人
echo "--- the 党费收缴公示 as PDF"
zhibu import members "$DATA/dues-members.csv" --update >/dev/null 2>&1
zhibu import dues "$DATA/dues-fixings.csv" >/dev/null 2>&1
zhibu import payments "$DATA/dues-payments.csv" >/dev/null 2>&1
zhibu report dues-notice --quarter 2026Q3 --format pdf -o dues.pdf; echo "exit $?"
pdfinfo dues.pdf | grep -E '^(Pages|Page size)'
pdftotext -layout dues.pdf - | grep -E '公示|合计|联系人|党支部$|日$' | sed 's/^ *//; s/  */ /g'
echo "--- a notice is text or PDF"
zhibu report notice --kind 接收 --person 欧阳𠮷祥 --format xlsx -o n.xlsx; echo "exit $?"
