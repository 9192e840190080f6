# F9 (^P) on a minute's page prints that minute alone, through the print
# path of the 报表 preview (report_write with OUT_PDF, lp through CUPS):
# without a printer the PDF is saved in the Documents folder and the path
# shown; with one (a stand-in lpstat and lp), lp gets the PDF.  An unsaved
# change is not printed: the stored minute is what prints.
DATA=$TUI/../data
. "$DATA/meetings-setup.sh"
mkdir -p Documents nocups
# no CUPS: a PATH without lpstat
ln -s "$(command -v zhibu)" nocups/zhibu
saved_path=$PATH
PATH="$PWD/nocups:/usr/bin:/bin"
for t in lpstat lp; do [ -e "/usr/bin/$t" ] && PATH="$PWD/nocups"; done
app <<'SCRIPT'
key 4 m Enter
dump minute
key F9
dump saved
key Enter Tab
type 改
key ^P
dump unsaved
SCRIPT
PATH=$saved_path
file="Documents/测试党支部-会议记录-2026-11-16.pdf"
check "the minute is saved as PDF in the Documents folder" test -f "$file"
check "an A4 PDF" sh -c "pdfinfo '$file' | grep -q 'A4'"
check "the minute's topic is in it" sh -c "pdftotext '$file' - | grep -q '交流学习体会'"
check "only that minute: no other topic of the year" sh -c "! pdftotext '$file' - | grep -q '党课'"
mkdir -p cups
cat > cups/lpstat <<'LPSTAT'
#!/bin/sh
case $1 in
-a) echo "Office_Laser accepting requests since Fri 20 Nov 2026 09:00:00" ;;
-d) echo "system default destination: Office_Laser" ;;
esac
LPSTAT
cat > cups/lp <<'LP'
#!/bin/sh
echo "$@" > lp.args
for f; do :; done
cp "$f" printed.pdf
LP
chmod +x cups/lpstat cups/lp
PATH="$PWD/cups:$PATH"
app <<'SCRIPT'
key 4 m Enter F9
dump copies
key Down Enter
dump printed
SCRIPT
PATH=$saved_path
check "lp got two copies for Office_Laser" sh -c "grep -q -- '-d Office_Laser -n 2' lp.args"
check "the printed PDF is the minute" sh -c "pdftotext printed.pdf - | grep -q '交流学习体会'"
expect minute <<'SCREEN'
 第 103 号会议记录 · 党小组会 · 2026-11-16
                                                                              ↓
 类型 *    党小组会
 主题      交流学习体会
 日期 *    2026-11-16
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第一党小组
 主持人    李四
 记录人    吴九
 列席
 出席情况  应到 5 人，实到 5 人
 议题


 会议内容  组内党员逐一发言。



           [ 保存 F2 ]  [ 取消 Esc ]
左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F9打印 F1帮助
SCREEN
expect saved <<'SCREEN'
 第 103 号会议记录 · 党小组会 · 2026-11-16
                                                                              ↓
 类型 *    党小组会
 主题      交流学习体会
 日期 *    2026-11-16
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组   ┌─ 已保存 ─────────────────────────────────────────────────┐
 主持人   │ 未找到打印机（CUPS lp）：已保存 PDF，可到其他电脑上打印  │
 记录人   │ ~/Documents/测试党支部-会议记录-2026-11-16.pdf           │
 列席     │                                                          │
 出席情况 └──────────────────────────────────────────────────────────┘
 议题


 会议内容  组内党员逐一发言。



           [ 保存 F2 ]  [ 取消 Esc ]
左右方向键切换选项；F3 或回车键显示列表
Enter确定
SCREEN
expect unsaved <<'SCREEN'
 第 103 号会议记录 · 党小组会 · 2026-11-16 · 未保存
                                                                              ↓
 类型 *    党小组会
 主题      交流学习体会改
 日期 *    2026-11-16
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第一党小组
 主持人   ┌─ 未打印 ─────────────────────────────────────────────────┐
 记录人   │ 请先保存会议记录（F2）：打印的是已保存的会议记录。       │
 列席     │                                                          │
 出席情况 └──────────────────────────────────────────────────────────┘
 议题


 会议内容  组内党员逐一发言。



           [ 保存 F2 ]  [ 取消 Esc ]

Enter确定
SCREEN
expect copies <<'SCREEN'
 第 103 号会议记录 · 党小组会 · 2026-11-16
                                                                              ↓
 类型 *    党小组会
 主题      交流学习体会
 日期 *    2026-11-16
 开始时间  12:30            ┌─ 份数 ───────────────┐
 结束时间  13:30            │ 1                    │
 地点      党员活动室       │ 2                    │
 党小组    第一党小组       │ 3                    │
 主持人    李四             │ 4                    │
 记录人    吴九             │ 5                    │
 列席                       │ 6                    │
 出席情况  应到 5 人，实到 5│ 7                    │
 议题                       │ 8                    │
                            │ 9                    │
                            │ 10                   │
 会议内容  组内党员逐一发言 └──────────────────────┘



           [ 保存 F2 ]  [ 取消 Esc ]
左右方向键切换选项；F3 或回车键显示列表
Enter确定 Esc取消 F1帮助
SCREEN
expect printed <<'SCREEN'
 第 103 号会议记录 · 党小组会 · 2026-11-16
                                                                              ↓
 类型 *    党小组会
 主题      交流学习体会
 日期 *    2026-11-16
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第一党小组
 主持人   ┌─ 已打印 ─────────────────────────────────────────────────┐
 记录人   │ 已发送到 Office_Laser：2 份                              │
 列席     │                                                          │
 出席情况 └──────────────────────────────────────────────────────────┘
 议题


 会议内容  组内党员逐一发言。



           [ 保存 F2 ]  [ 取消 Esc ]
左右方向键切换选项；F3 或回车键显示列表
Enter确定
SCREEN
