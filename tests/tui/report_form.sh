# The report form (issue 20): 缴费截至 follows the period chosen (the end of
# 2026Q3, not today; today for the quarter not over yet) until it is typed
# by hand; 保存到 too long for its field shows the end of the path (the file
# name), not its beginning cut with ….
roster
mkdir -p "Documents/各党支部/计算机学院教工第一党支部/党费收缴/二〇二六年"
export XDG_DOCUMENTS_DIR="$PWD/Documents/各党支部/计算机学院教工第一党支部/党费收缴/二〇二六年"
app <<'SCRIPT'
key 6 j Enter
dump form
key ^U
type 2026Q3
key Tab
dump q3
key Up ^U
type 2026Q4
key Tab
dump q4
SCRIPT
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
expect q3 <<'SCREEN'
 党费季报：按 F2 先预览，再保存

 季度 *            2026Q3
 缴费截至 *        2026-09-30
 格式              XLSX
 编码（TXT、CSV）  UTF-8
 保存到 *          …ments/示范学院计算机学院教工第一党支部-党费季报-2026Q3.xlsx

                   [ 保存 F2 ]  [ 取消 Esc ]












日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect q4 <<'SCREEN'
 党费季报：按 F2 先预览，再保存

 季度 *            2026Q4
 缴费截至 *        2026-11-20
 格式              XLSX
 编码（TXT、CSV）  UTF-8
 保存到 *          …ments/示范学院计算机学院教工第一党支部-党费季报-2026Q4.xlsx

                   [ 保存 F2 ]  [ 取消 Esc ]












日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
# The next form starts from the period and the folder saved last (also after
# a restart): 2026Q3, its 缴费截至 2026-09-30, the file in ~/归档 (where F2 F2
# saves it).
mkdir -p 归档
app <<'SCRIPT'
key 6 j Enter ^U
type 2026Q3
key Tab Tab Tab Tab
key ^U
type ~/归档/季报.xlsx
key F2 F2 Enter
SCRIPT
[ -f 归档/季报.xlsx ] || { echo "report_form: not saved in 归档"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 6 j Enter
dump remembered
key F2 F2 Enter
SCRIPT
check "the second report is saved in the folder of the first" \
	test -f 归档/示范学院计算机学院教工第一党支部-党费季报-2026Q3.xlsx
expect remembered <<'SCREEN'
 党费季报：按 F2 先预览，再保存

 季度 *            2026Q3
 缴费截至 *        2026-09-30
 格式              XLSX
 编码（TXT、CSV）  UTF-8
 保存到 *          ~/归档/示范学院计算机学院教工第一党支部-党费季报-2026Q3.xlsx

                   [ 保存 F2 ]  [ 取消 Esc ]













F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
