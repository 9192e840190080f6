# 会议: a new minute of a 党小组会, typed in the full-screen app.  The kind
# comes from the calendar's cell; choosing the party group fills the
# attendance with its members, all present; one is marked absent with a
# reason.  The agenda, the discussion and the decisions are typed in the
# multi-line editor in Chinese: a line break, a join of two lines with
# Backspace at the start of the second, and the decisions handed to $EDITOR
# (a script here: the app gives the terminal over and takes the text back).
# Saved, the calendar's cell is done; the minute reads back as saved; an
# unsaved edit is never dropped without a question.
DATA=$TUI/../data
. "$DATA/meetings-setup.sh"
cat > editor.sh <<'EDITOR'
#!/bin/sh
printf '由组长负责督促落实。\n' >> "$1"
EDITOR
chmod +x editor.sh
export EDITOR="$PWD/editor.sh" VISUAL=
app <<'SCRIPT'
key 4 Down Down a
dump new
type 学习《中国共产党章程》
key Tab Tab
type 12:30
key Tab
type 1330
key Tab
type 党员活动室
key Tab Enter
dump groups
key Down Down Enter Tab
type 欧阳建国
key Tab Enter
type zb
key Enter Tab
type 学院党委组织员 刘明
key Tab
dump before_attendance
key Enter
dump attendance
key Down Down Down Space Enter
type 病假
key F2
dump absent
key Esc Tab
type 一、学习党章第一章
key Enter
type 二、交流学习体会
key Tab
type 组长领学党章。
key Enter
type 党员逐一发言，
key Enter
type 结合本职工作谈体会。
key Up Up End Down Home Backspace
dump texts
key Tab
type 按时完成学习笔记。
key F8
dump editor
key F2
dump error
key ^U
type 13:30
key F2
dump saved
key Esc
dump calendar
key Enter
dump cell
key Enter
dump reopened
key Tab
type 修改
key Esc
dump question
key n
dump kept
key Esc y
dump dropped
SCRIPT
expect new <<'SCREEN'
 新会议记录
                                                                              ↓
 类型 *    党小组会
 主题
 日期 *    2026-11-20
 开始时间
 结束时间
 地点
 党小组    （无）
 主持人
 记录人
 列席
 出席情况  应到 0 人，实到 0 人
 议题


 会议内容



           [ 保存 F2 ]  [ 取消 Esc ]

F2保存 Esc取消 F3选择 Tab下一栏 F9打印 F1帮助
SCREEN
expect groups <<'SCREEN'
 新会议记录 · 未保存
                                                                              ↓
 类型 *    党小组会
 主题      学习《中国共产党章程》
 日期 *    2026-11-20
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    （无）           ┌─ 党小组 ─────────────┐
 主持人                     │ （无）               │
 记录人                     │ 第一党小组           │
 列席                       │ 第二党小组           │
 出席情况  应到 0 人，实到 0└──────────────────────┘
 议题


 会议内容



           [ 保存 F2 ]  [ 取消 Esc ]
左右方向键切换选项；F3 或回车键显示列表
Enter确定 Esc取消 F1帮助
SCREEN
expect before_attendance <<'SCREEN'
 新会议记录 · 未保存
                                                                              ↓
 类型 *    党小组会
 主题      学习《中国共产党章程》
 日期 *    2026-11-20
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第二党小组
 主持人    欧阳建国
 记录人    周八
 列席      学院党委组织员 刘明
 出席情况  应到 5 人，实到 5 人
 议题


 会议内容



           [ 保存 F2 ]  [ 取消 Esc ]
回车：谁出席、谁缺席以及缺席原因
F2保存 Esc取消 F3选择 Tab下一栏 F9打印 F1帮助
SCREEN
expect attendance <<'SCREEN'
 出席情况：应到 5 人，实到 5 人，缺席 0 人
 出席情况 姓名            党小组          党员类别 缺席原因
 ✓ 出席   欧阳建国        第二党小组      正式
 ✓ 出席   周八            第二党小组      正式
 ✓ 出席   孙七            第二党小组      正式
 ✓ 出席   郑十            第二党小组      正式
 ✓ 出席   王芳            第二党小组      预备















Esc返回 Space出席/缺席 Enter原因 a新增 Delete移除 F1帮助
SCREEN
expect absent <<'SCREEN'
 出席情况：应到 5 人，实到 4 人，缺席 1 人
 出席情况 姓名            党小组          党员类别 缺席原因
 ✓ 出席   欧阳建国        第二党小组      正式
 ✓ 出席   周八            第二党小组      正式
 ✓ 出席   孙七            第二党小组      正式
 ✗ 缺席   郑十            第二党小组      正式     病假
 ✓ 出席   王芳            第二党小组      预备















Esc返回 Space出席/缺席 Enter原因 a新增 Delete移除 F1帮助
SCREEN
expect texts <<'SCREEN'
 新会议记录 · 未保存                                                          ↑
                                                                              ↓
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第二党小组
 主持人    欧阳建国
 记录人    周八
 列席      学院党委组织员 刘明
 出席情况  应到 5 人，实到 4 人；缺席：郑十（病假）
 议题      一、学习党章第一章
           二、交流学习体会

 会议内容  组长领学党章。党员逐一发言，
           结合本职工作谈体会。





           [ 保存 F2 ]  [ 取消 Esc ]
回车换行，Tab 到下一栏，F8 用自己的编辑器编辑
F2保存 Esc取消 Tab下一栏 F8编辑器 F1帮助
SCREEN
expect editor <<'SCREEN'
 新会议记录 · 未保存                                                          ↑

 党小组    第二党小组
 主持人    欧阳建国
 记录人    周八
 列席      学院党委组织员 刘明
 出席情况  应到 5 人，实到 4 人；缺席：郑十（病假）
 议题      一、学习党章第一章
           二、交流学习体会

 会议内容  组长领学党章。党员逐一发言，
           结合本职工作谈体会。




 决议      按时完成学习笔记。
           由组长负责督促落实。


           [ 保存 F2 ]  [ 取消 Esc ]
已取回编辑器中修改的文字。
F2保存 Esc取消 Tab下一栏 F8编辑器 F1帮助
SCREEN
expect error <<'SCREEN'
 第 104 号会议记录 · 党小组会 · 2026-11-20                                    ↑

 党小组    第二党小组
 主持人    欧阳建国
 记录人    周八
 列席      学院党委组织员 刘明
 出席情况  应到 5 人，实到 4 人；缺席：郑十（病假）
 议题      一、学习党章第一章
           二、交流学习体会

 会议内容  组长领学党章。党员逐一发言，
           结合本职工作谈体会。




 决议      按时完成学习笔记。
           由组长负责督促落实。


           [ 保存 F2 ]  [ 取消 Esc ]
已记录第 104 号会议：应到 5 人，实到 4 人。
F2保存 Esc取消 Tab下一栏 F8编辑器 F1帮助
SCREEN
expect saved <<'SCREEN'
 第 104 号会议记录 · 党小组会 · 2026-11-20                                    ↑

 党小组    第二党小组
 主持人    欧阳建国
 记录人    周八
 列席      学院党委组织员 刘明
 出席情况  应到 5 人，实到 4 人；缺席：郑十（病假）
 议题      一、学习党章第一章
           二、交流学习体会

 会议内容  组长领学党章。党员逐一发言，
           结合本职工作谈体会。




 决议      13:30按时完成学习笔记。
           由组长负责督促落实。


           [ 保存 F2 ]  [ 取消 Esc ]
已保存第 104 号会议：应到 5 人，实到 4 人。
F2保存 Esc取消 Tab下一栏 F8编辑器 F1帮助
SCREEN
expect calendar <<'SCREEN'
 2026 年会议 · 自 2025-01-06 起计                       缺 5 项 · 本期待开 7 项
              一季度         二季度         三季度         四季度
 类型         1月  2月  3月  4月  5月  6月  7月  8月  9月  10月 11月 12月
 支部党员大会 ✓ 1/1 已完成   ✗ 0/1 缺       ✓ 1/1 已完成   ○ 0/1 待开
 支部委员会   ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✗0/1 ✓1/1 ○0/1 ○0/1
 党小组会     ✓2/2 ✓2/2 ✓2/2 ✓2/2 ✓2/2 ✓2/2 ✓2/2 ✓2/2 ✓2/2 ✗1/2 ✓2/2 ○0/2
 党课         ✓ 1/1 已完成   ✓ 1/1 已完成   ✓ 1/1 已完成   ○ 0/1 待开
 主题党日     ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✓1/1 ✗0/1 ✓1/1 ✓1/1 ○0/1
 组织生活会   ○ 0/1 待开
 民主生活会   — 不作要求
 民主评议党员 ○ 0/1 待开
 谈心谈话     ○ 0/1 待开
 其他         — 不作要求
 党建工作专题 ✗ 0/1 缺                      ○ 0/1 待开

 ✓ 已开够  ✗ 缺  ○ 待开  — 不作要求    数字：已开/应开

 党小组会 · 2026年11月 · ✓ 已完成
 要求：每月 1 次，各党小组分别召开；已开 2 次。
 回车查看这些会议，a 记录一次会议。


F1帮助 Enter打开 a记录 PgUp上一年 PgDn下一年 m全部 c支委 p评议 q退出
SCREEN
expect cell <<'SCREEN'
 党小组会 · 2026年11月：共 2 次会议
 日期       类型         主题                        党小组           应到 实到
 2026-11-20 党小组会     学习《中国共产党章程》      第二党小组          5    4
 2026-11-16 党小组会     交流学习体会                第一党小组          5    5


















Esc返回 Enter打开 a记录 /搜索 f筛选 F6排序 F1帮助 q退出
SCREEN
expect reopened <<'SCREEN'
 第 104 号会议记录 · 党小组会 · 2026-11-20
                                                                              ↓
 类型 *    党小组会
 主题      学习《中国共产党章程》
 日期 *    2026-11-20
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第二党小组
 主持人    欧阳建国
 记录人    周八
 列席      学院党委组织员 刘明
 出席情况  应到 5 人，实到 4 人；缺席：郑十（病假）
 议题      一、学习党章第一章
           二、交流学习体会

 会议内容  组长领学党章。党员逐一发言，
           结合本职工作谈体会。


           [ 保存 F2 ]  [ 取消 Esc ]
左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F9打印 F1帮助
SCREEN
expect question <<'SCREEN'
 第 104 号会议记录 · 党小组会 · 2026-11-20 · 未保存
                                                                              ↓
 类型 *    党小组会
 主题      学习《中国共产党章程》修改
 日期 *    2026-11-20
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组   ┌─ 请确认 ─────────────────────────────────────────────────┐
 主持人   │ 放弃所做的修改吗？                                       │
 记录人   │                                                          │
 列席     │                  [ 是 (y) ]  [ 否 (n) ]                  │
 出席情况 └──────────────────────────────────────────────────────────┘
 议题      一、学习党章第一章
           二、交流学习体会

 会议内容  组长领学党章。党员逐一发言，
           结合本职工作谈体会。


           [ 保存 F2 ]  [ 取消 Esc ]

y是 n否 F1帮助
SCREEN
expect kept <<'SCREEN'
 第 104 号会议记录 · 党小组会 · 2026-11-20 · 未保存
                                                                              ↓
 类型 *    党小组会
 主题      学习《中国共产党章程》修改
 日期 *    2026-11-20
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第二党小组
 主持人    欧阳建国
 记录人    周八
 列席      学院党委组织员 刘明
 出席情况  应到 5 人，实到 4 人；缺席：郑十（病假）
 议题      一、学习党章第一章
           二、交流学习体会

 会议内容  组长领学党章。党员逐一发言，
           结合本职工作谈体会。


           [ 保存 F2 ]  [ 取消 Esc ]

F2保存 Esc取消 F3选择 Tab下一栏 F9打印 F1帮助
SCREEN
expect dropped <<'SCREEN'
 党小组会 · 2026年11月：共 2 次会议
 日期       类型         主题                        党小组           应到 实到
 2026-11-20 党小组会     学习《中国共产党章程》      第二党小组          5    4
 2026-11-16 党小组会     交流学习体会                第一党小组          5    5


















Esc返回 Enter打开 a记录 /搜索 f筛选 F6排序 F1帮助 q退出
SCREEN
check "the minute is stored with its texts" sh -c 'zhibu export minutes --id 104 -o minute.txt 2>/dev/null; grep -q "组长领学党章。党员逐一发言，" minute.txt && grep -q "由组长负责督促落实" minute.txt'
