# zhibu export minutes: printable 会议记录 in the usual order, with the
# attendance, the votes and lines for the signatures of 主持人 and 记录人.
. "$DATA/meetings-setup.sh"
zhibu meeting vote --id 98 --motion "关于第三季度工作安排的决议" --for 7 --against 0 --abstain 1 2>/dev/null
zhibu meeting vote --id 98 --motion "关于调整党小组的决议" --for 4 --against 3 --abstain 1 2>/dev/null
cat > long.txt <<'TXT'
议题：
1、通报第三季度工作
2、讨论调整党小组
内容：
　　书记通报了本季度支部工作情况：组织生活按计划开展，党员教育培训覆盖全体党员，发展党员工作按程序推进，党费按时收缴并上缴。
　　与会党员对调整党小组的方案进行了讨论。Members discussed the plan at some length and several suggestions were recorded for the committee to consider.
TXT
zhibu meeting edit --id 98 --file long.txt 2>&1; echo "exit $?"
zhibu export minutes --id 98; echo "exit $?"
echo "--- 议题 is kept as typed: the secretary's numbering, and 1.5倍 intact"
cat > agenda.txt <<'TXT'
议题：
一、传达学习上级会议精神
（一）学习党章
三、其他事项
（四）讨论党费
1.5倍课时补贴
TXT
zhibu meeting edit --id 98 --file agenda.txt 2>&1; echo "exit $?"
printf '一、传达学习上级会议精神\n（一）学习党章\n三、其他事项\n（四）讨论党费\n1.5倍课时补贴' > typed.txt
sqlite3 zhibu.db "SELECT agenda FROM meetings WHERE id = 98" | head -c -1 | cmp - typed.txt && echo "stored byte for byte"
zhibu export minutes --id 98 | sed -n '/^议题/,/^会议内容/p'
echo "--- a year of one kind, one after another"
zhibu export minutes --year 2026 --kind 党课; echo "exit $?"
echo "--- XLSX: the year's minutes on one worksheet"
zhibu export minutes --year 2025 --kind 支部党员大会 -o minutes.xlsx; echo "exit $?"
unzip -p minutes.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"' 
xlsx-cells minutes.xlsx 1 | sed -n '20,45p'
echo "--- one worksheet, a page break before each meeting"
unzip -p minutes.xlsx xl/worksheets/sheet1.xml | grep -o '<rowBreaks[^>]*>'
unzip -p minutes.xlsx xl/worksheets/sheet1.xml | grep -o '<brk id="[0-9]*"' 
echo "--- a cancelled minute says so"
zhibu meeting cancel --id 2 --reason "与上级会议冲突，改期" 2>/dev/null
zhibu export minutes --id 2 | sed -n 4,8p
echo "--- refusals"
zhibu export minutes --id 999; echo "exit $?"
zhibu export minutes --year 2019; echo "exit $?"
zhibu export minutes; echo "exit $?"
zhibu export minutes --id 1 --year 2026; echo "exit $?"
zhibu export minutes --year 2026 --kind 茶话会; echo "exit $?"
