# 党费 remittances (R) longer than the window: x on the first one records the
# reversal as a new row at the end (dated today), and the cursor goes to it,
# scrolled into view (issue 20).
roster
zhibu import dues "$TUI/data/dues.csv" >/dev/null 2>&1 &&
	zhibu import payments "$TUI/data/dues-payments.csv" >/dev/null 2>&1 ||
	{ echo "importing the dues fixture failed"; tui_failures=$((tui_failures + 1)); }
for d in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20; do
	zhibu dues remit --period 2026 --amount 1 --date "2026-10-$d" --force >/dev/null 2>&1 ||
		echo "remit $d failed"
done
app <<'SCRIPT'
key 3 R Home x Tab
type 金额有误
key F2
dump reversed
SCRIPT
expect reversed <<'SCREEN'
 党费上缴                                                  2026 年 · [ ] 换年份
 2026 年：收缴 7921.20 · 上缴 19.00 · 差额 7902.20 · 支部结存 7902.20
 编号 日期       期间          金额 接收单位               备注
    4 2026-10-04 2026          1.00 示范学院计算机学院党委
    5 2026-10-05 2026          1.00 示范学院计算机学院党委
    6 2026-10-06 2026          1.00 示范学院计算机学院党委
    7 2026-10-07 2026          1.00 示范学院计算机学院党委
    8 2026-10-08 2026          1.00 示范学院计算机学院党委
    9 2026-10-09 2026          1.00 示范学院计算机学院党委
   10 2026-10-10 2026          1.00 示范学院计算机学院党委
   11 2026-10-11 2026          1.00 示范学院计算机学院党委
   12 2026-10-12 2026          1.00 示范学院计算机学院党委
   13 2026-10-13 2026          1.00 示范学院计算机学院党委
   14 2026-10-14 2026          1.00 示范学院计算机学院党委
   15 2026-10-15 2026          1.00 示范学院计算机学院党委
   16 2026-10-16 2026          1.00 示范学院计算机学院党委
   17 2026-10-17 2026          1.00 示范学院计算机学院党委
   18 2026-10-18 2026          1.00 示范学院计算机学院党委
   19 2026-10-19 2026          1.00 示范学院计算机学院党委
   20 2026-10-20 2026          1.00 示范学院计算机学院党委
   21 2026-11-20 2026         -1.00 示范学院计算机学院党委 冲销 1；金额有误
第 1 笔上缴已由第 21 笔冲销。
Esc返回 a新增 x冲销 F1帮助 q退出
SCREEN
