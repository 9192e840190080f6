# Navigation (issue 20): Esc returns where the user came from (a to-do of
# 首页 opens a person's page in 发展: Esc comes back to 首页, not to the
# board); the tab keys work on a page without unsaved input (a member's
# details: 3 goes to 党费) and never in a form (2 is typed into the field).
# 台账 › 党小组: Enter on a group shows its members in 党员, Esc comes back.
# A name typed on the list without / first searches (issue 11: letters typed
# as a search must not act as keys).
roster
zhibu import candidates "$TUI/data/candidates.csv" >/dev/null 2>&1 ||
	{ echo "importing the candidates failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key Enter
key Esc
dump back_home
key 2 Enter
key 3
dump tab_from_page
key 2 e
key End 2 Esc
dump form_keeps_digit
key y 7 Down Down Enter Down Enter
dump group_members
key Esc
dump back_to_groups
key 2 Esc
type oy
dump typed_search
SCRIPT
expect back_home <<'SCREEN'
 待办事项：超期 5 项，30 天内到期 9 项                                     1/14
! 2024-09-01 发展 发展对象 吴刚：培养教育考察                               超期
! 2026-03-15 发展 积极分子 周敏：培养教育考察                               超期
! 2026-07-15 发展 预备党员 孙磊：继续教育考察                               超期
! 2026-10-01 发展 发展对象 郑丽：上级党委审批                               超期
! 2026-11-01 发展 申请人   陈晨：党组织派人谈话                             超期
› 2026-11-20 党费 2026     为 11 名党员核定 2026 年度月交党费（zhibu…   即将到期
› 2026-11-30 会议 2026-11  主题党日 (0/1)                               即将到期
› 2026-11-30 会议 2026-11  支部委员会 (0/1)                             即将到期
› 2026-11-30 会议 2026-11  第一党小组 党小组会 (0/1)                    即将到期
› 2026-11-30 会议 2026-11  第三党小组 党小组会 (0/1)                    即将到期

 支部概况
 党员       在册 11 人：正式 9 · 预备 2
 发展       申请人 3 · 积极分子 2 · 发展对象 2 · 预备党员 1
 党费       4季度至11月：尚无应交党费
 会议       2026年4季度  支部党员大会 ○  支部委员会 10月— 11月○ 12月○
            党小组会 10月— 11月○ 12月○  党课 ○  主题党日 10月— 11月○ 12月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 11月没有


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect tab_from_page <<'SCREEN'
 2026 年党费 · 11 人                                                 [ ] 换年份
 姓名        1  2  3  4  5  6  7  8  9 10 11 12      实交     欠交 欠月 交至
 孙磊        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 赵六        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 李四        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 张三        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 吴婷        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 欧阳建国    ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 孙丽        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 王芳        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 周杰        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 阿卜杜热…   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 曾志强      ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定




 收缴率%      -  -  -  -  -  -  -  -  -  -  -  - 1-11月 -
 2026 年还没有核定月应交：按 F 打开核定表。

 孙磊 2026-11：本年未核定月应交（按 e 核定）

F1帮助 /搜索 f筛选 a交费 m记已交 M全部记已交 Enter打开 F核定 R上缴记录 q退出
SCREEN
expect form_keeps_digit <<'SCREEN'
 修改党员 孙磊

 姓名 *          孙磊2
 性别 *          男
 民族
 出生日期        1994-05-09
 公民身份号码 *  1101**********0352
 学历            （无）
 人员类别 ┌─ 请确认 ─────────────────────────────────────────────────┐
 工作单位 │ 放弃所做的修改吗？                                       │
 党员类别 │                                                          │
 入党日期 │                  [ 是 (y) ]  [ 否 (n) ]                  │
 转正日期 └──────────────────────────────────────────────────────────┘
 党小组          （无）
 联系电话
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]




y是 n否 F1帮助
SCREEN
expect group_members <<'SCREEN'
 在册党员 11 人（正式 9，预备 2）                                  按花名册顺序
 显示 3 人 · 筛选：第二党小组
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常
 孙丽       女   正式     2012-12-12 第二党小组 在职     135****2222   失联
 王芳       女   预备     2026-05-20 第二党小组 学生     150****0001   正常
















F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect back_to_groups <<'SCREEN'
 党小组：3 个
 党小组                                       组长                         人数
 第一党小组                                                                   4
 第二党小组                                                                   3
 第三党小组                                                                   3

















Esc返回 a新增 e重命名 L组长 Enter打开 F1帮助
SCREEN
expect typed_search <<'SCREEN'
 在册党员 11 人（正式 9，预备 2）                                  按花名册顺序
 显示 1 人 · 搜索：oy · 筛选：第二党小组
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常

















搜索（姓名、拼音、身份证号或电话号码）：oy
Enter确定 Esc取消 F1帮助
SCREEN
