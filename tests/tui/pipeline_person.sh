# 发展: one person's page, and recording a step through the form that asks
# only what the step needs.  周敏 (积极分子) is late with her half-yearly
# assessment (step 6): the checklist shows it 超期 with its deadline; the
# form asks the date, the result and a note, and once saved the step is done
# with the next one due in six months.  田野's 培养联系人 are chosen among the
# full members in good standing only (no 王芳 预备, 赵六 流动, 孙丽 失联).
# 田野 became 积极分子 on 2026-06-01: 发展对象 today is refused with the
# reason (less than a year); answered no, nothing is written; asked again and
# answered yes, the reason of the exception is asked and kept, and 田野 moves
# to the 发展对象 column.
roster
zhibu import candidates "$TUI/data/candidates.csv" >/dev/null 2>&1 ||
	{ echo "import candidates failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 5 l Enter
dump page
key Enter
dump assess_form
key Tab
type 良好
key Tab
type 学习认真，按时参加组织生活
key F2
dump assessed
key Esc k Enter Up Enter
dump contacts_form
key Tab Enter
dump picker
key Esc Esc Down Down Enter
dump step7_form
key F2
dump refused
key n
dump not_written
key F2 y
dump reason_form
type 经上级党委组织部同意，提前列为发展对象
key F2
dump recorded
key Esc
dump board
SCRIPT
expect page <<'SCREEN'
 周敏 · 积极分子 · 女 · 1995-07-21 · 图书馆 馆员
 下一步：培养教育考察  2026-03-15 超期
 步骤                      状态     日期       截止日期   记录
  1 递交入党申请书         已完成   2025-03-01
  2 党组织派人谈话         已完成   2025-03-20            缺：谈话人
  3 确定入党积极分子       已完成   2025-09-15
  4 报上级党委备案         缺                             缺：未记录，但其后的…
  5 指定培养联系人         已完成   2025-09-15            张三
  6 培养教育考察           超期                2026-03-15
  7 确定发展对象           待办
  8 报上级党委备案         未到
  9 确定入党介绍人         未到
 10 政治审查               未到
 11 集中培训               未到
 12 支部委员会审查         未到
 13 上级党委预审           未到
 14 填写入党志愿书         未到
 第 6 步：培养教育考察（入党积极分子的确定和教育培养）
 记录：（无）

 截止：2026-03-15（超期）

Esc返回 Enter记录 e修改 F1帮助 q退出
SCREEN
expect assess_form <<'SCREEN'
 周敏：第 6 步 培养教育考察

 日期 *      2026-11-20
 考察结果 *
 备注

             [ 保存 F2 ]  [ 取消 Esc ]














日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect assessed <<'SCREEN'
 周敏 · 积极分子 · 女 · 1995-07-21 · 图书馆 馆员
 下一步：报上级党委备案  现在可办
 步骤                      状态     日期       截止日期   记录
  1 递交入党申请书         已完成   2025-03-01
  2 党组织派人谈话         已完成   2025-03-20            缺：谈话人
  3 确定入党积极分子       已完成   2025-09-15
  4 报上级党委备案         缺                             缺：未记录，但其后的…
  5 指定培养联系人         已完成   2025-09-15            张三
  6 培养教育考察           已完成   2026-11-20 2027-05-20 已考察 1 次，最近一…
  7 确定发展对象           待办
  8 报上级党委备案         未到
  9 确定入党介绍人         未到
 10 政治审查               未到
 11 集中培训               未到
 12 支部委员会审查         未到
 13 上级党委预审           未到
 14 填写入党志愿书         未到
 第 6 步：培养教育考察（入党积极分子的确定和教育培养）
 记录：已考察 1 次，最近一次：良好

 截止：2027-05-20（正常）
周敏：已记录第 6 步 培养教育考察。
Esc返回 Enter记录 e修改 F1帮助 q退出
SCREEN
expect contacts_form <<'SCREEN'
 田野：第 5 步 指定培养联系人

 日期 *         2026-06-01
 培养联系人1 *  李四
 培养联系人2    （请选择）
 备注

                [ 保存 F2 ]  [ 取消 Esc ]













日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect picker <<'SCREEN'
 田野：第 5 步 指定培养联系人

 日期 *   ┌─ 培养联系人1 ────────────────────────────────────────────┐
 培养联系 │ 搜索：                                                   │
 培养联系 │ 姓名                       党小组               人员类别 │
 备注     │ 李四                       第一党小组           在职     │
          │ 张三                       第一党小组           在职     │
          │ 吴婷                       第一党小组           在职     │
          │ 欧阳建国                   第二党小组           离退休   │
          │ 周杰                       第三党小组           离退休   │
          │ 阿卜杜热合曼·买买提艾力    第三党小组           在职     │
          │ 曾志强                     第三党小组           在职     │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          └──────────────────────────────────────────────────────────┘

F3 或回车键选择党员；Delete 键清空
Enter确定 Esc取消 F1帮助
SCREEN
expect step7_form <<'SCREEN'
 田野：第 7 步 确定发展对象

 日期 *    2026-11-20
 会议记录  （无）
 备注

           [ 保存 F2 ]  [ 取消 Esc ]














日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect refused <<'SCREEN'
 田野：第 7 步 确定发展对象

 日期 *    2026-11-20
 会议记录  （无）
 备注

           [ 保存 F2 ]  [ 取消 Esc ]
          ┌─ 请确认 ─────────────────────────────────────────────────┐
          │ 未记录：                                                 │
          │ · 第 7 步（确定发展对象）：确定为积极分子（2026-06-01）  │
          │ 未满一年：最早可于 2027-06-01 确定为发展对象             │
          │ 仍要记录吗？将作为例外，并记下原因。                     │
          │                                                          │
          │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘






日期，如 2026-03-01、2026/3/1 或 2026年3月1日
y是 n否 F1帮助
SCREEN
expect not_written <<'SCREEN'
 田野：第 7 步 确定发展对象

 日期 *    2026-11-20
 会议记录  （无）
 备注

           [ 保存 F2 ]  [ 取消 Esc ]














日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect reason_form <<'SCREEN'
 例外的原因（与记录一并保存）

 原因 *

         [ 保存 F2 ]  [ 取消 Esc ]

















F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect recorded <<'SCREEN'
 田野 · 发展对象 · 男 · 2001-03-15 · 计算机学院 研究生
 下一步：培养教育考察  2026-12-01 将到期
 步骤                      状态     日期       截止日期   记录
  1 递交入党申请书         已完成   2026-01-05
  2 党组织派人谈话         已完成   2026-01-20            缺：谈话人
  3 确定入党积极分子       已完成   2026-06-01
  4 报上级党委备案         缺                             缺：未记录，但其后的…
  5 指定培养联系人         已完成   2026-06-01            李四
  6 培养教育考察           即将到期            2026-12-01
  7 确定发展对象           已完成   2026-11-20
  8 报上级党委备案         待办
  9 确定入党介绍人         待办
 10 政治审查               待办
 11 集中培训               待办
 12 支部委员会审查         待办
 13 上级党委预审           待办
 14 填写入党志愿书         待办
 第 7 步：确定发展对象（发展对象的确定和考察）
 记录：（无）


田野：已记录第 7 步 确定发展对象。（例外：1 项规定，已记下原因）
Esc返回 Enter记录 e修改 F1帮助 q退出
SCREEN
expect board <<'SCREEN'
 2026 年度发展计划：未设定（按 t 设定）            超期 4 人 · 30 天内到期 2 人
  申请人 3           积极分子 1         发展对象 3         预备党员 1
  陈晨               周敏               吴刚               孙磊
  党组织派人谈话     报上级党委备案     培养教育考察       继续教育考察
  2026-11-01 超期    现在可办           2024-09-01 超期    2026-07-15 超期
  刘洋                                  郑丽
  党组织派人谈话                        上级党委审批
  2026-12-10 将到期                     2026-10-01 超期
  迪丽热巴·买买提江                     田野
  确定入党积极分子                      培养教育考察
  现在可办                              2026-12-01 将到期











F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
check "the exception is kept with its reason" \
	test "$(sqlite3 "$ZHIBU_DB" "SELECT o.step || ' ' || o.rule || ' ' || o.reason FROM pipeline_overrides o JOIN candidates c ON c.id = o.candidate_id WHERE c.name = '田野'")" = "7 one-year 经上级党委组织部同意，提前列为发展对象"
