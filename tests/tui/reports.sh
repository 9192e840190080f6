# 报表: every report of the command line in a list; Enter asks in one form
# what it needs, with defaults: this quarter (2026Q4), the payments up to
# today, XLSX, UTF-8, and a file in ~/Documents named after the branch, the
# report and the period.  The name follows the period and the format until
# it is edited.  F2 shows the text form of the report (the same as zhibu
# report dues --quarter 2026Q3) in a preview that scrolls sideways; F2 there
# saves it (0600), and the path is shown.  A 公示 for someone not in 发展 is
# refused beside the field.  PDF: the notice laid out as one.
roster
zhibu import dues "$TUI/data/dues.csv" >/dev/null 2>&1 &&
	zhibu import payments "$TUI/data/dues-payments.csv" >/dev/null 2>&1 ||
	{ echo "importing the dues fixture failed"; tui_failures=$((tui_failures + 1)); }
mkdir -p Documents
app <<'SCRIPT'
key 6
dump list
key j Enter
dump form
key ^U
type 2026Q3
key Tab Tab Right
key Tab
dump form_csv
key F2
dump preview
key l
dump right
key F2
dump saved
key Enter j j j j j j j Enter
key Down Tab
type 无此人
key F2
dump notice_refused
key Esc y
SCRIPT
expect list <<'SCREEN'
 报表和名册：按 Enter 选择期间、格式和保存位置
  党员花名册                  当前情况 · XLSX CSV TXT PDF
  党费季报                    按季度 · XLSX CSV TXT PDF
  党费年报                    按年度 · XLSX CSV TXT PDF
  党费收缴公示                按季度或年度 · XLSX CSV TXT PDF
  欠交党费名单                截至某日 · XLSX CSV TXT PDF
  组织生活情况（按年度要求）  按年度 · XLSX CSV TXT PDF
  会议记录                    按年度 · XLSX CSV TXT PDF
  发展党员情况                截至某日 · XLSX CSV TXT PDF
  发展党员公示                针对一人 · TXT PDF
  入党积极分子名册            按年度 · XLSX CSV TXT PDF
  发展对象名册                按年度 · XLSX CSV TXT PDF
  新党员名册                  按年度 · XLSX CSV TXT PDF
  党员统计表                  截至某日 · XLSX CSV TXT PDF
  党员教育培训学时登记表      按年度 · XLSX CSV TXT PDF
  谈心谈话覆盖情况            按年度 · XLSX CSV TXT PDF
  志愿服务、承诺践诺与先锋岗  按年度 · XLSX CSV TXT PDF
  文件材料目录                按年度 · XLSX CSV TXT PDF
  待办事项（超期与即将到期）  截至某日 · CSV TXT

 命令行：zhibu export roster；按 s 以条形图查看统计。

F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect form <<'SCREEN'
 党费季报：按 F2 先预览，再保存

 季度 *            2026Q4
 缴费截至 *        2026-11-20
 格式              XLSX
 编码（TXT、CSV）  UTF-8
 保存到 *          …ments/示范学院计算机学院教工第一党支部-党费季报-2026Q4.xlsx

                   [ 保存 F2 ]  [ 取消 Esc ]













F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect form_csv <<'SCREEN'
 党费季报：按 F2 先预览，再保存

 季度 *            2026Q3
 缴费截至 *        2026-09-30
 格式              CSV
 编码（TXT、CSV）  UTF-8
 保存到 *          …uments/示范学院计算机学院教工第一党支部-党费季报-2026Q3.csv

                   [ 保存 F2 ]  [ 取消 Esc ]












左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect preview <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-党费…  第 1/22 行，第 1 列
 2026年第3季度党费收缴情况表
 示范学院计算机学院教工第一党支部    期间：2026Q3（缴费截至 2026-09-30）    打…

 序号  姓名                     人员类别  核定基数  比例  月应交     7月     8…
 ----  -----------------------  --------  --------  ----  ------  ------  -----…
    1  赵六                     在职       3000.00  0.5%   15.00    0.00    0.0…
    2  李四                     在职      12000.00    2%  240.00  240.00  240.0…
    3  张三                     在职       5000.00    1%   50.00    0.00    0.0…
    4  吴婷                     在职       6000.00  1.5%   90.00    0.00    0.0…
    5  欧阳建国                 离退休     6000.00    1%   60.00   60.00   60.0…
    6  孙丽                     在职       4500.00    1%   45.00    0.00    0.0…
    7  王芳                     学生                        0.20    0.00    0.0…
    8  周杰                     离退休     4000.00  0.5%   20.00    0.00    0.0…
    9  阿卜杜热合曼·买买提艾力  在职      10000.01    2%  200.00    0.00    0.0…
   10  曾志强                   在职       4000.00    1%   40.00    0.00    0.0…
 ----  -----------------------  --------  --------  ----  ------  ------  -----…
       合计                                               760.20  300.00  300.0…

 共 10 人。应交 2280.60 元，实交 870.00 元，欠交 1410.60 元；收缴率 38.1%。
 另有自愿多交 100.00 元（未计入上表各栏）。

F2保存 p打印 Esc返回 PgDn下页 Right右移 F1帮助 q退出
SCREEN
expect right <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-党费… 第 1/22 行，第 40 列

  ：2026Q3（缴费截至 2026-09-30）    打印日期：2026-11-20

   核定基数  比例  月应交     7月     8月     9月  本季应交  本季实交     欠交 …
   --------  ----  ------  ------  ------  ------  --------  --------  ------- …
    3000.00  0.5%   15.00    0.00    0.00    0.00     45.00      0.00    45.00 …
   12000.00    2%  240.00  240.00  240.00  240.00    720.00    720.00     0.00 …
    5000.00    1%   50.00    0.00    0.00    0.00    150.00      0.00   150.00 …
    6000.00  1.5%   90.00    0.00    0.00    0.00    270.00      0.00   270.00 …
    6000.00    1%   60.00   60.00   60.00   30.00    180.00    150.00    30.00 …
    4500.00    1%   45.00    0.00    0.00    0.00    135.00      0.00   135.00 …
                     0.20    0.00    0.00    0.00      0.60      0.00     0.60 …
    4000.00  0.5%   20.00    0.00    0.00    0.00     60.00      0.00    60.00 …
   10000.01    2%  200.00    0.00    0.00    0.00    600.00      0.00   600.00 …
    4000.00    1%   40.00    0.00    0.00    0.00    120.00      0.00   120.00 …
   --------  ----  ------  ------  ------  ------  --------  --------  ------- …
                   760.20  300.00  300.00  270.00   2280.60    870.00  1410.60

 元，欠交 1410.60 元；收缴率 38.1%。
  。

F2保存 p打印 Esc返回 PgDn下页 Right右移 F1帮助 q退出
SCREEN
expect saved <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-党费… 第 1/22 行，第 40 列

  ：2026Q3（缴费截至 2026-09-30）    打印日期：2026-11-20

   核定基数  比例  月应交     7月     8月     9月  本季应交  本季实交     欠交 …
   --------  ----  ------  ------  ------  ------  --------  --------  ------- …
    3000.00  0.5%   15.00    0.00    0.00    0.00     45.00      0.00    45.00 …
   12000.00    2%  240.00  240.00  240.00  240.00    720.00    720.00     0.00 …
    5000.0┌─ 已保存 ─────────────────────────────────────────────────┐  150.00 …
    6000.0│ ~/Documents/示范学院计算机学院教工第一党支部-党费季报    │  270.00 …
    6000.0│ -2026Q3.csv                                              │   30.00 …
    4500.0│                                                          │  135.00 …
          └──────────────────────────────────────────────────────────┘    0.60 …
    4000.00  0.5%   20.00    0.00    0.00    0.00     60.00      0.00    60.00 …
   10000.01    2%  200.00    0.00    0.00    0.00    600.00      0.00   600.00 …
    4000.00    1%   40.00    0.00    0.00    0.00    120.00      0.00   120.00 …
   --------  ----  ------  ------  ------  ------  --------  --------  ------- …
                   760.20  300.00  300.00  270.00   2280.60    870.00  1410.60

 元，欠交 1410.60 元；收缴率 38.1%。
  。

Enter确定
SCREEN
expect notice_refused <<'SCREEN'
 发展党员公示：按 F2 先预览，再保存

 截至日期 *        2026-11-20
 公示类型          发展对象
 公示对象 *        无此人                             发展名单中没有此姓名或公…
 格式              TXT
 编码（TXT、CSV）  UTF-8
 保存到 *          …计算机学院教工第一党支部-发展对象公示-无此人-2026-11-20.txt

                   [ 保存 F2 ]  [ 取消 Esc ]











公示对象: 发展名单中没有此姓名或公民身份号码
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
file="Documents/示范学院计算机学院教工第一党支部-党费季报-2026Q3.csv"
check "the report is saved where the form said" test -f "$file"
check "readable by its owner only" test "$(stat -c %a "$file")" = 600
# The form's 缴费截至 follows the period: the end of 2026Q3.
zhibu report dues --quarter 2026Q3 --as-of 2026-09-30 --format csv > cli.csv
check "the same file as the command line writes" cmp -s "$file" cli.csv
# PDF, the last format: the 党费收缴公示 laid out as a notice, ending with the
# branch's name and a Chinese date.
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
check "an A4 PDF" sh -c "pdfinfo '$file' | grep -q 'A4'"
check "a notice: the branch and the Chinese date at its end" \
	sh -c "pdftotext '$file' - | grep -q '^2026年11月20日$'"
# p in the preview prints: with CUPS (a stand-in lpstat and lp here) the
# printer, the default first, and the copies are chosen and lp gets the PDF.
mkdir -p cups
cat > cups/lpstat <<'LPSTAT'
#!/bin/sh
case $1 in
-a) echo "Office_Laser accepting requests since Fri 20 Nov 2026 09:00:00"
    echo "Desk_Inkjet accepting requests since Fri 20 Nov 2026 09:00:00" ;;
-d) echo "system default destination: Desk_Inkjet" ;;
esac
LPSTAT
cat > cups/lp <<'LP'
#!/bin/sh
echo "$@" > lp.args
for f; do :; done
cp "$f" printed.pdf
LP
chmod +x cups/lpstat cups/lp
saved_path=$PATH
PATH="$PWD/cups:$PATH"
app <<'SCRIPT'
key 6
key j j j Enter
key ^U
type 2026Q3
key F2
key p
dump printers
key Enter j Enter
dump printed
key Enter Esc Esc
SCRIPT
PATH=$saved_path
expect printers <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-党费…  第 1/22 行，第 1 列
 2026年第3季度党费收缴公示
 示范学院计算机学院教工第一党支部    期间：2026Q3（缴费截至 2026-09-30）    打…

 序号  姓名                     党小组      本季实交  自愿多交  交至年月
 ----  -----------------------  ----------  --------  --------  --------
    1  赵六                     第一党小组      0.00            2026-03
    2  李四                     第一党小组    720.00            2026-12
    3  张三                     第一党小组      0.00
    4  吴婷                 ┌─ 打印机 ─────────────┐
    5  欧阳建国             │ Desk_Inkjet          │            2026-08
    6  孙丽                 │ Office_Laser         │            2026-06
    7  王芳                 └──────────────────────┘
    8  周杰                     第三党小组      0.00
    9  阿卜杜热合曼·买买提艾力  第三党小组      0.00
   10  曾志强                   第三党小组      0.00    100.00
 ----  -----------------------  ----------  --------  --------  --------
       合计                                   870.00    100.00

 党员 10 人，已交 3 人。应交党费 2280.60 元，实交 870.00 元；自愿多交 100.00 元…
 本期已上缴上级党委 0.00 元。截至 2026-09-30，支部结存 3880.00 元。

Enter确定 Esc取消 F1帮助
SCREEN
expect printed <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-党费…  第 1/22 行，第 1 列
 2026年第3季度党费收缴公示
 示范学院计算机学院教工第一党支部    期间：2026Q3（缴费截至 2026-09-30）    打…

 序号  姓名                     党小组      本季实交  自愿多交  交至年月
 ----  -----------------------  ----------  --------  --------  --------
    1  赵六                     第一党小组      0.00            2026-03
    2  李四                     第一党小组    720.00            2026-12
    3  张三                     第一党小组      0.00
    4  吴 ┌─ 已打印 ─────────────────────────────────────────────────┐
    5  欧 │ 已发送到 Desk_Inkjet：2 份                               │8
    6  孙 │                                                          │6
    7  王 └──────────────────────────────────────────────────────────┘
    8  周杰                     第三党小组      0.00
    9  阿卜杜热合曼·买买提艾力  第三党小组      0.00
   10  曾志强                   第三党小组      0.00    100.00
 ----  -----------------------  ----------  --------  --------  --------
       合计                                   870.00    100.00

 党员 10 人，已交 3 人。应交党费 2280.60 元，实交 870.00 元；自愿多交 100.00 元…
 本期已上缴上级党委 0.00 元。截至 2026-09-30，支部结存 3880.00 元。

Enter确定
SCREEN
check "lp gets the printer, the copies and a file" grep -q -- '-d Desk_Inkjet -n 2 -- ' lp.args
check "what lp printed is the notice as an A4 PDF" sh -c "pdfinfo printed.pdf | grep -q A4"
check "the file given to lp is gone" sh -c "! test -e \"\$(sed 's/.* -- //' lp.args)\""
# Without CUPS the PDF is saved beside the form's file, and the path shown.
# The form starts from the period saved last (2026Q3), not this quarter.
app <<'SCRIPT'
key 6
key j Enter
key F2
key p
dump no_printer
key Enter Esc Esc
SCRIPT
expect no_printer <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-党费…  第 1/22 行，第 1 列
 2026年第3季度党费收缴情况表
 示范学院计算机学院教工第一党支部    期间：2026Q3（缴费截至 2026-09-30）    打…

 序号  姓名                     人员类别  核定基数  比例  月应交     7月     8…
 ----  -----------------------  --------  --------  ----  ------  ------  -----…
    1  赵六                     在职       3000.00  0.5%   15.00    0.00    0.0…
    2  李四                     在职      12000.00    2%  240.00  240.00  240.0…
    3  张 ┌─ 已保存 ─────────────────────────────────────────────────┐00    0.0…
    4  吴 │ 未找到打印机（CUPS lp）：已保存 PDF，可到其他电脑上打印  │00    0.0…
    5  欧 │ ~/Documents/示范学院计算机学院教工第一党支部-党费季报    │00   60.0…
    6  孙 │ -2026Q3.pdf                                              │00    0.0…
    7  王 │                                                          │00    0.0…
    8  周 └──────────────────────────────────────────────────────────┘00    0.0…
    9  阿卜杜热合曼·买买提艾力  在职      10000.01    2%  200.00    0.00    0.0…
   10  曾志强                   在职       4000.00    1%   40.00    0.00    0.0…
 ----  -----------------------  --------  --------  ----  ------  ------  -----…
       合计                                               760.20  300.00  300.0…

 共 10 人。应交 2280.60 元，实交 870.00 元，欠交 1410.60 元；收缴率 38.1%。
 另有自愿多交 100.00 元（未计入上表各栏）。

Enter确定
SCREEN
check "without a printer the PDF is saved beside the form's file" \
	test -f "Documents/示范学院计算机学院教工第一党支部-党费季报-2026Q3.pdf"
