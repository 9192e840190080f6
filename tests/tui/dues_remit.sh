# 党费: remittances to the higher committee (R): the year's money collected
# and remitted and what the branch holds.  a records one (the receiver is
# the higher committee of the branch, the period the current quarter); x
# reverses it with a reason: a second row, and the balance comes back.
# The form fills 金额 with what is left to remit for the period (the Q4
# payments, 1160.20).  More than the branch holds asks first: n goes back to
# the form, y records it.
roster
zhibu import dues "$TUI/data/dues.csv" >/dev/null 2>&1 &&
	zhibu import payments "$TUI/data/dues-payments.csv" >/dev/null 2>&1 ||
	{ echo "importing the dues fixture failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 3 R
dump empty
key a
dump form
key Tab Tab ^U
type 2000
key F2
dump added
key x Tab
type 金额有误
key F2
dump reversed
key a Tab Tab ^U
type 9000
key F2
dump over
key n
dump back
key F2 y
dump forced
SCRIPT
expect empty <<'SCREEN'
 党费上缴                                                  2026 年 · [ ] 换年份
 2026 年：收缴 7921.20 · 上缴 0.00 · 差额 7921.20 · 支部结存 7921.20
 编号 日期       期间          金额 接收单位               备注

   2026 年还没有上缴记录：按 a 记录。

















Esc返回 a新增 x冲销 F1帮助 q退出
SCREEN
expect form <<'SCREEN'
 记录上缴（支部结存 7921.20）

 上缴日期 *  2026-11-20
 期间 *      2026Q4
 金额 *      1160.20
 接收单位 *  示范学院计算机学院党委
 备注

             [ 保存 F2 ]  [ 取消 Esc ]












日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect added <<'SCREEN'
 党费上缴                                                  2026 年 · [ ] 换年份
 2026 年：收缴 7921.20 · 上缴 2000.00 · 差额 5921.20 · 支部结存 5921.20
 编号 日期       期间          金额 接收单位               备注
    1 2026-11-20 2026Q4     2000.00 示范学院计算机学院党委

















第 1 笔上缴：2000.00 元，所属 2026Q4，交示范学院计算机学院党委，2026-11-20。
Esc返回 a新增 x冲销 F1帮助 q退出
SCREEN
expect reversed <<'SCREEN'
 党费上缴                                                  2026 年 · [ ] 换年份
 2026 年：收缴 7921.20 · 上缴 0.00 · 差额 7921.20 · 支部结存 7921.20
 编号 日期       期间          金额 接收单位               备注
    1 2026-11-20 2026Q4     2000.00 示范学院计算机学院党委 已被 2 冲销
    2 2026-11-20 2026Q4    -2000.00 示范学院计算机学院党委 冲销 1；金额有误
















第 1 笔上缴已由第 2 笔冲销。
Esc返回 a新增 x冲销 F1帮助 q退出
SCREEN
expect over <<'SCREEN'
 记录上缴（支部结存 7921.20）

 上缴日期 *  2026-11-20
 期间 *      2026Q4
 金额 *      9000
 接收单位 *  示范学院计算机学院党委
 备注

          ┌─ 请确认 ─────────────────────────────────────────────────┐
          │ 9000.00 超过支部结存（7921.20）：上缴后结存将为          │
          │ -1078.80。仍按此金额记录吗？                             │
          │                                                          │
          │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘








y是 n否 F1帮助
SCREEN
expect back <<'SCREEN'
 记录上缴（支部结存 7921.20）

 上缴日期 *  2026-11-20
 期间 *      2026Q4
 金额 *      9000
 接收单位 *  示范学院计算机学院党委
 备注

             [ 保存 F2 ]  [ 取消 Esc ]













F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect forced <<'SCREEN'
 党费上缴                                                  2026 年 · [ ] 换年份
 2026 年：收缴 7921.20 · 上缴 9000.00 · 差额 -1078.80 · 支部结存 -1078.80
 编号 日期       期间          金额 接收单位               备注
    1 2026-11-20 2026Q4     2000.00 示范学院计算机学院党委 已被 2 冲销
    2 2026-11-20 2026Q4    -2000.00 示范学院计算机学院党委 冲销 1；金额有误
    3 2026-11-20 2026Q4     9000.00 示范学院计算机学院党委















第 3 笔上缴：9000.00 元，所属 2026Q4，交示范学院计算机学院党委，2026-11-20。
Esc返回 a新增 x冲销 F1帮助 q退出
SCREEN
check "the larger remittance recorded once, after the question" test "$(sqlite3 "$ZHIBU_DB" "SELECT group_concat(amount) FROM dues_remittances WHERE reverses IS NULL")" = "200000,900000"
