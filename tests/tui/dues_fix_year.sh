# 党费 → F: N names and fixes the year shown while members of it have no
# amount (2027 opened with ]), not the year after it; the status line says
# which year N fixes.  x withdraws one member's amount made by mistake and X
# the whole year's, each with a reason (required), kept in
# dues_fixings_withdrawn; refused while payments of the year depend on it.
roster
zhibu import dues "$TUI/data/dues.csv" >/dev/null 2>&1 &&
	zhibu import payments "$TUI/data/dues-payments.csv" >/dev/null 2>&1 ||
	{ echo "importing the dues fixture failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 3 F ]
dump empty_year
key N
dump question
key y Enter
dump fixed
key x
type 误核定
key F2
key Enter
dump one_withdrawn
key X F2
dump reason_required
type 误按核定，整年撤销
key F2
key Enter
dump year_withdrawn
key [ X
type 试一下
key F2
dump refused
SCRIPT
expect empty_year <<'SCREEN'
 党费年度核定表                                            2027 年 · [ ] 换年份
 2027 年：党员 10 人 · 未核定 10 人 · 待复核 0 人 · N核定2027年
 姓名          人员类别      基数 比例  按规定  月应交 状态   调整原因及审批，…
 赵六          在职                                    未核定
 李四          在职                                    未核定
 张三          在职                                    未核定
 吴婷          在职                                    未核定
 欧阳建国      离退休                                  未核定
 孙丽          在职                                    未核定
 王芳          学生                                    未核定
 周杰          离退休                                  未核定
 阿卜杜热合曼… 在职                                    未核定
 曾志强        在职                                    未核定









Esc返回 Enter修改 /搜索 N核定年度 x撤销核定 F1帮助 q退出
SCREEN
expect question <<'SCREEN'
 党费年度核定表                                            2027 年 · [ ] 换年份
 2027 年：党员 10 人 · 未核定 10 人 · 待复核 0 人 · N核定2027年
 姓名          人员类别      基数 比例  按规定  月应交 状态   调整原因及审批，…
 赵六          在职                                    未核定
 李四          在职                                    未核定
 张三          在职                                    未核定
 吴婷          在职                                    未核定
 欧阳建国 ┌─ 请确认 ─────────────────────────────────────────────────┐
 孙丽     │ 核定2027年党费：按名册的人员类别和最近一次的计算基数，由 │
 王芳     │ 规定算出每名党员的月应交，标为待复核；2027年已核定的保持 │
 周杰     │ 不变。继续吗？                                           │
 阿卜杜热 │                                                          │
 曾志强   │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘








y是 n否 F1帮助
SCREEN
expect fixed <<'SCREEN'
 党费年度核定表                                            2027 年 · [ ] 换年份
 2027 年：党员 10 人 · 未核定 0 人 · 待复核 10 人 · N核定2028年
 姓名          人员类别      基数 比例  按规定  月应交 状态   调整原因及审批，…
 赵六          在职       3000.00 0.5%   15.00   15.00 待复核
 李四          在职      12000.00   2%  240.00  240.00 待复核
 张三          在职       5000.00   1%   50.00   50.00 待复核
 吴婷          在职       6000.00 1.5%   90.00   90.00 待复核
 欧阳建国      离退休     6000.00   1%   60.00   60.00 待复核
 孙丽          在职       4500.00   1%   45.00   45.00 待复核
 王芳          学生                       0.20    0.20 待复核
 周杰          离退休     4000.00 0.5%   20.00   20.00 待复核
 阿卜杜热合曼… 在职      10000.01   2%  200.00  200.00 待复核
 曾志强        在职       4000.00   1%   40.00   40.00 待复核









Esc返回 Enter修改 /搜索 N核定年度 x撤销核定 F1帮助 q退出
SCREEN
expect one_withdrawn <<'SCREEN'
 党费年度核定表                                            2027 年 · [ ] 换年份
 2027 年：党员 10 人 · 未核定 1 人 · 待复核 9 人 · N核定2027年
 姓名          人员类别      基数 比例  按规定  月应交 状态   调整原因及审批，…
 赵六          在职                                    未核定
 李四          在职      12000.00   2%  240.00  240.00 待复核
 张三          在职       5000.00   1%   50.00   50.00 待复核
 吴婷          在职       6000.00 1.5%   90.00   90.00 待复核
 欧阳建国      离退休     6000.00   1%   60.00   60.00 待复核
 孙丽          在职       4500.00   1%   45.00   45.00 待复核
 王芳          学生                       0.20    0.20 待复核
 周杰          离退休     4000.00 0.5%   20.00   20.00 待复核
 阿卜杜热合曼… 在职      10000.01   2%  200.00  200.00 待复核
 曾志强        在职       4000.00   1%   40.00   40.00 待复核









Esc返回 Enter修改 /搜索 N核定年度 x撤销核定 F1帮助 q退出
SCREEN
expect reason_required <<'SCREEN'
 撤销 2027 年误核定的全部金额？

 原因 *                                               必填

         [ 保存 F2 ]  [ 取消 Esc ]
















原因: 必填
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect year_withdrawn <<'SCREEN'
 党费年度核定表                                            2027 年 · [ ] 换年份
 2027 年：党员 10 人 · 未核定 10 人 · 待复核 0 人 · N核定2027年
 姓名          人员类别      基数 比例  按规定  月应交 状态   调整原因及审批，…
 赵六          在职                                    未核定
 李四          在职                                    未核定
 张三          在职                                    未核定
 吴婷          在职                                    未核定
 欧阳建国      离退休                                  未核定
 孙丽          在职                                    未核定
 王芳          学生                                    未核定
 周杰          离退休                                  未核定
 阿卜杜热合曼… 在职                                    未核定
 曾志强        在职                                    未核定









Esc返回 Enter修改 /搜索 N核定年度 x撤销核定 F1帮助 q退出
SCREEN
expect refused <<'SCREEN'
 撤销 2026 年误核定的全部金额？

 原因 *  试一下                                       张三 2026年已有缴费记录…

         [ 保存 F2 ]  [ 取消 Esc ]
















原因: 张三 2026年已有缴费记录依据此核定金额，不能撤销（请先冲正这些缴费）
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
check "2027 withdrawn: 1 + 9 kept apart with their reasons" test "$(sqlite3 "$ZHIBU_DB" "SELECT group_concat(n, '/') FROM (SELECT count(*) AS n FROM dues_fixings_withdrawn WHERE year = 2027 GROUP BY why ORDER BY why)")" = "9/1"
check "2028 not fixed" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM dues_fixings WHERE year >= 2027")" = 0
check "2026 kept" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM dues_fixings WHERE year = 2026")" -gt 0
