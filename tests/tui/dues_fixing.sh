# 党费: the yearly fixing table (F) and its form.  Enter on 张三: the title
# says what the rules give for the category and base (5000.00 × 1% = 50.00);
# another amount without a reason and an approval is refused, with them it
# is saved and the table says 调整.  N fixes 2027 from the roster and the
# latest bases, marked 待复核; 郑国华, who left, gets none.  e on the grid
# fixes the selected member's amount too.
roster
zhibu import dues "$TUI/data/dues.csv" >/dev/null 2>&1 &&
	zhibu import payments "$TUI/data/dues-payments.csv" >/dev/null 2>&1 ||
	{ echo "importing the dues fixture failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 3 F j j Enter
dump form
key Tab Tab
type 30
key F2
dump refused
type 家庭困难，经支部讨论
key Tab
type 上级党委2026-11-18批复同意
key F2
dump saved
key N
dump question
key y
dump result
key Enter
dump next_year
key Esc j e
dump from_grid
SCRIPT
expect form <<'SCREEN'
 核定 张三 2026 年的月应交党费：按规定 5000.00 × 1% = 50.00

 人员类别 *        在职
 计算基数（税后）  5000.00
 调整后月应交
 调整原因
 审批情况
 备注

                   [ 保存 F2 ]  [ 取消 Esc ]











左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect refused <<'SCREEN'
 核定 张三 2026 年的月应交党费：按规定 5000.00 × 1% = 50.00

 人员类别 *        在职
 计算基数（税后）  5000.00
 调整后月应交      30
 调整原因                                             月应交与按规定计算的金额…
 审批情况                                             月应交与按规定计算的金额…
 备注

                   [ 保存 F2 ]  [ 取消 Esc ]











调整原因: 月应交与按规定计算的金额不同，须写明原因和审批情况（少交、免交须经上…
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect saved <<'SCREEN'
 党费年度核定表                                            2026 年 · [ ] 换年份
 2026 年：党员 11 人 · 未核定 0 人 · 待复核 0 人
 姓名          人员类别      基数 比例  按规定  月应交 状态   调整原因及审批，…
 赵六          在职       3000.00 0.5%   15.00   15.00
 李四          在职      12000.00   2%  240.00  240.00
 张三          在职       5000.00   1%   50.00   30.00 调整   家庭困难，经支部…
 吴婷          在职       6000.00 1.5%   90.00   90.00
 欧阳建国      离退休     6000.00   1%   60.00   60.00        基本养老金
 郑国华        离退休     5000.00 0.5%   25.00   25.00
 孙丽          在职       4500.00   1%   45.00   45.00
 王芳          学生                       0.20    0.20        预备党员
 周杰          离退休     4000.00 0.5%   20.00   20.00
 阿卜杜热合曼… 在职      10000.01   2%  200.00  200.00
 曾志强        在职       4000.00   1%   40.00   40.00







张三，2026 年月应交 30.00。
Esc返回 Enter修改 /搜索 N核定下一年 F1帮助 q退出
SCREEN
expect question <<'SCREEN'
 党费年度核定表                                            2026 年 · [ ] 换年份
 2026 年：党员 11 人 · 未核定 0 人 · 待复核 0 人
 姓名          人员类别      基数 比例  按规定  月应交 状态   调整原因及审批，…
 赵六          在职       3000.00 0.5%   15.00   15.00
 李四          在职      12000.00   2%  240.00  240.00
 张三          在职       5000.00   1%   50.00   30.00 调整   家庭困难，经支部…
 吴婷          在职       6000.00 1.5%   90.00   90.00
 欧阳建国 ┌─ 请确认 ─────────────────────────────────────────────────┐金
 郑国华   │ 核定2027年党费：按名册的人员类别和最近一次的计算基数，由 │
 孙丽     │ 规定算出每名党员的月应交，标为待复核；2027年已核定的保持 │
 王芳     │ 不变。继续吗？                                           │
 周杰     │                                                          │
 阿卜杜热 │                  [ 是 (y) ]  [ 否 (n) ]                  │
 曾志强   └──────────────────────────────────────────────────────────┘








y是 n否 F1帮助
SCREEN
expect result <<'SCREEN'
 党费年度核定表                                            2026 年 · [ ] 换年份
 2026 年：党员 11 人 · 未核定 0 人 · 待复核 0 人
 姓名          人员类别      基数 比例  按规定  月应交 状态   调整原因及审批，…
 赵六          在职       3000.00 0.5%   15.00   15.00
 李四          在职      12000.00   2%  240.00  240.00
 张三          在职       5000.00   1%   50.00   30.00 调整   家庭困难，经支部…
 吴婷          在职       6000.00 1.5%   90.00   90.00
 欧阳建国      离退休     6000.00   1%   60.00   60.00        基本养老金
 郑国华   ┌─ 核定下一年 ─────────────────────────────────────────────┐
 孙丽     │ 2027年：新核定10人，待复核，其中9人沿用以前的计算基数；0 │
 王芳     │ 人须先填写计算基数，按回车逐人核定；0人原已核定。        │
 周杰     │                                                          │
 阿卜杜热 └──────────────────────────────────────────────────────────┘
 曾志强        在职       4000.00   1%   40.00   40.00








Enter确定
SCREEN
expect next_year <<'SCREEN'
 党费年度核定表                                            2027 年 · [ ] 换年份
 2027 年：党员 10 人 · 未核定 0 人 · 待复核 10 人
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









Esc返回 Enter修改 /搜索 N核定下一年 F1帮助 q退出
SCREEN
expect from_grid <<'SCREEN'
 核定 李四 2026 年的月应交党费：按规定 12000.00 × 2% = 240.00

 人员类别 *        在职
 计算基数（税后）  12000.00
 调整后月应交
 调整原因
 审批情况
 备注

                   [ 保存 F2 ]  [ 取消 Esc ]











左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
check "the override is stored with its reason and approval" \
	test "$(sqlite3 "$ZHIBU_DB" "SELECT amount || ' ' || reason || ' ' || approval FROM dues_fixings f JOIN members m ON m.id = f.member_id WHERE m.name = '张三' AND year = 2026")" = "3000 家庭困难，经支部讨论 上级党委2026-11-18批复同意"
