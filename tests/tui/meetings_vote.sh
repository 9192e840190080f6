# 会议: a vote at a 支部党员大会 that is not quorate.  Ten should attend,
# five attend; but one of them (王芳 of 第二党小组) is a probationary member,
# who has no vote and does not count: four of the nine voting members are
# there, not more than half.  A vote counts the attendance as saved, so the
# minute is saved first (asked); the result and its reason are shown before
# the vote is recorded, and stay on the minute.  More votes than voting
# members present cannot be recorded at all.  The attendance list is in
# roster order (party group, then join date).
DATA=$TUI/../data
. "$DATA/meetings-setup.sh"
app <<'SCRIPT'
key 4 a
type 2026年第四季度支部党员大会
key Tab Tab
type 15:00
key Tab
type 17:00
key Tab
type 党员活动室
key Tab
type 张三
key Tab
type 李四
key Tab Tab Enter
key Down Space Down Down Down Space Down Space Down Space Down Space Up Up Up Up Up Up Enter
type 外出务工
key F2
dump attendance
key Esc Tab Tab Tab Tab
dump votes_item
key Enter
dump save_first
key y
dump vote_form
type 关于召开组织生活会的决定
key Tab
type 4
key Tab
type 0
key Tab
type 0
key F2
dump result
key y
dump recorded
key Enter
type 关于表彰优秀党员的决定
key Tab
type 5
key F2
dump too_many
key Esc y
dump after
SCRIPT
expect attendance <<'SCREEN'
 出席情况：应到 10 人，实到 5 人，缺席 5 人
 出席情况 姓名            党小组          党员类别 缺席原因
 ✓ 出席   王芳            第一党小组      正式
 ✗ 缺席   赵六            第一党小组      正式     外出务工
 ✓ 出席   李四            第一党小组      正式
 ✓ 出席   张三            第一党小组      正式
 ✗ 缺席   吴九            第一党小组      正式
 ✗ 缺席   欧阳建国        第二党小组      正式
 ✗ 缺席   周八            第二党小组      正式
 ✗ 缺席   孙七            第二党小组      正式
 ✓ 出席   郑十            第二党小组      正式
 ✓ 出席   王芳            第二党小组      预备










Esc返回 Space出席/缺席 Enter原因 a新增 Delete移除 F1帮助
SCREEN
expect votes_item <<'SCREEN'
 新会议记录 · 未保存                                                          ↑

 主持人    张三
 记录人    李四
 列席
 出席情况  应到 10 人，实到 5 人；缺席：欧阳建国、赵六（外出务工）、孙七、周八…
 议题


 会议内容





 决议


 表决情况  （无：按回车记录一项议案的表决）

           [ 保存 F2 ]  [ 取消 Esc ]
回车记录一项议案的表决：赞成、反对、弃权
F2保存 Esc取消 F3选择 Tab下一栏 F9打印 F1帮助
SCREEN
expect save_first <<'SCREEN'
 新会议记录 · 未保存                                                          ↑

 主持人    张三
 记录人    李四
 列席
 出席情况  应到 10 人，实到 5 人；缺席：欧阳建国、赵六（外出务工）、孙七、周八…
 议题

          ┌─ 请确认 ─────────────────────────────────────────────────┐
 会议内容 │ 表决按已保存的出席情况计算。先保存会议记录吗？           │
          │                                                          │
          │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘


 决议


 表决情况  （无：按回车记录一项议案的表决）

           [ 保存 F2 ]  [ 取消 Esc ]
回车记录一项议案的表决：赞成、反对、弃权
y是 n否 F1帮助
SCREEN
expect vote_form <<'SCREEN'
 第 104 号会议的表决：有表决权的党员应到 9 人，实到 4 人

 议案 *
 赞成 *
 反对
 弃权

         [ 保存 F2 ]  [ 取消 Esc ]













已记录第 104 号会议：应到 10 人，实到 5 人。
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect result <<'SCREEN'
 第 104 号会议的表决：有表决权的党员应到 9 人，实到 4 人

 议案 *  关于召开组织生活会的决定
 赞成 *  4
 反对    0
 弃权    0
          ┌─ 请确认 ─────────────────────────────────────────────────┐
         [│ 有表决权的党员应到 9 人，实到 4 人。                     │
          │ 赞成 4 票，反对 0 票，弃权 0 票。                        │
          │ 结果：不足法定人数。未达法定人数：到会的有表决权党员未超 │
          │ 过应到的半数                                             │
          │ 记录这次表决吗？                                         │
          │                                                          │
          │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘







y是 n否 F1帮助
SCREEN
expect recorded <<'SCREEN'
 第 104 号会议记录 · 支部党员大会 · 2026-11-20                                ↑

 出席情况  应到 10 人，实到 5 人；缺席：赵六（外出务工）、吴九、欧阳建国、周八…
 议题


 会议内容





 决议


 表决情况  已表决 1 项议案；按回车再记录一项
           1. 关于召开组织生活会的决定
              赞成 4，反对 0，弃权 0：不足法定人数（应到 9 人，实到 4 人）
              未达法定人数：到会的有表决权党员未超过应到的半数

           [ 保存 F2 ]  [ 取消 Esc ]
表决已记录：不足法定人数。未达法定人数：到会的有表决权党员未超过应到的半数
F2保存 Esc取消 F3选择 Tab下一栏 F9打印 F1帮助
SCREEN
expect too_many <<'SCREEN'
 第 104 号会议的表决：有表决权的党员应到 9 人，实到 4 人

 议案 *  关于表彰优秀党员的决定
 赞成 *  5                                            票数多于到会的有表决权党…
 反对
 弃权

         [ 保存 F2 ]  [ 取消 Esc ]













赞成: 票数多于到会的有表决权党员
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect after <<'SCREEN'
 第 104 号会议记录 · 支部党员大会 · 2026-11-20                                ↑

 出席情况  应到 10 人，实到 5 人；缺席：赵六（外出务工）、吴九、欧阳建国、周八…
 议题


 会议内容





 决议


 表决情况  已表决 1 项议案；按回车再记录一项
           1. 关于召开组织生活会的决定
              赞成 4，反对 0，弃权 0：不足法定人数（应到 9 人，实到 4 人）
              未达法定人数：到会的有表决权党员未超过应到的半数

           [ 保存 F2 ]  [ 取消 Esc ]
回车记录一项议案的表决：赞成、反对、弃权
F2保存 Esc取消 F3选择 Tab下一栏 F9打印 F1帮助
SCREEN
zhibu export minutes --id 104 -o minute.txt >/dev/null 2>&1
check "the vote is on the printed minute" grep -q "关于召开组织生活会的决定" minute.txt
check "one vote recorded, not two" test "$(grep -c "关于表彰优秀党员的决定" minute.txt)" = 0
