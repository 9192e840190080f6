# 发展: the year's development plan, and an admission.  t sets the target of
# 2026 (kept in the settings as pipeline.plan.2026); the board's header shows
# it beside those admitted this year (孙磊).  郑丽's branch vote was on
# 2026-07-01: a vote corrected to 4 of 10 present is refused, and no reason
# can set that aside (no quorum).  The higher committee's approval today is
# refused twice (step 16 not recorded, more than 3 months after the vote);
# recorded as an exception with its reason, 郑丽 becomes a 预备党员: she moves
# to that column, counts as admitted, and the members list (党员) shows her
# as 预备 with 入党日期 2026-07-01, the date of the vote.
roster
zhibu import candidates "$TUI/data/candidates.csv" >/dev/null 2>&1 ||
	{ echo "import candidates failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 5 t
dump plan_form
key Tab
type 三
key F2
dump plan_error
key ^U
type 3
key F2
dump planned
key l l j Enter Up Up Enter Tab
type 10
key Tab
type 4
key Tab
type 4
key Tab
type 0
key Tab
type 0
key F2
dump not_quorate
key Enter Esc y Down Down Enter Tab
type 院党委〔2026〕12号
key F2
dump refused
key y
type 上级党委集中审批，时间延后
key F2
dump admitted
key Esc
dump board
key 2
dump members
SCRIPT
expect plan_form <<'SCREEN'
 年度发展计划

 年度 *          2026
 计划发展人数 *

                 [ 保存 F2 ]  [ 取消 Esc ]
















F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect plan_error <<'SCREEN'
 年度发展计划

 年度 *          2026
 计划发展人数 *  三                                   应为人数：0 或更大的整数

                 [ 保存 F2 ]  [ 取消 Esc ]















计划发展人数: 应为人数：0 或更大的整数
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect planned <<'SCREEN'
 2026 年度发展计划：3 人，已接收 1 人              超期 5 人 · 30 天内到期 2 人
  申请人 3           积极分子 2         发展对象 2         预备党员 1
  陈晨               周敏               吴刚               孙磊
  党组织派人谈话     培养教育考察       培养教育考察       继续教育考察
  2026-11-01 超期    2026-03-15 超期    2024-09-01 超期    2026-07-15 超期
  刘洋               田野               郑丽
  党组织派人谈话     培养教育考察       上级党委审批
  2026-12-10 将到期  2026-12-01 将到期  2026-10-01 超期
  迪丽热巴·买买提江
  确定入党积极分子
  现在可办










2026 年度发展计划：3 人。
F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
expect not_quorate <<'SCREEN'
 郑丽：第 15 步 支部党员大会讨论表决

 日期 *        2026-07-01
 应到正式党员  10
 实到正式党员  4
 赞成          4
 反对          0
 弃权     ┌─ 未记录 ─────────────────────────────────────────────────┐
 会议记录 │ · 第 15 步（支部党员大会讨论表决）：须先记录第 14        │
 备注     │ 步（填写入党志愿书）                                     │
          │ · 第 15 步（支部党员大会讨论表决）：未达法定人数：到会的 │
          │ 有表决权党员未超过应到的半数                             │
          │ 其中有的规定不能作为例外处理。                           │
          │                                                          │
          └──────────────────────────────────────────────────────────┘







Enter确定
SCREEN
expect refused <<'SCREEN'
 郑丽：第 17 步 上级党委审批

 日期 *  2026-11-20
 文号    院党委〔2026〕12号
 备注

         [┌─ 请确认 ─────────────────────────────────────────────────┐
          │ 未记录：                                                 │
          │ · 第 17 步（上级党委审批）：须先记录第 16                │
          │ 步（上级党委派人谈话）                                   │
          │ · 第 17 步（上级党委审批）：距支部党员大会表决           │
          │ （2026-07-01）已超过3个月：应于 2026-10-01 前审批        │
          │ 仍要记录吗？将作为例外，并记下原因。                     │
          │                                                          │
          │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘






y是 n否 F1帮助
SCREEN
expect admitted <<'SCREEN'
 郑丽 · 预备党员 · 女 · 1992-02-14 · 外国语学院 讲师 · 已列入花名册
 下一步：报上级党委组织部门备案  现在可办
 步骤                      状态     日期       截止日期   记录
  4 报上级党委备案         缺                             缺：未记录，但其后的…
  5 指定培养联系人         已完成   2023-03-01            张三、欧阳建国
  6 培养教育考察           缺                             缺：未记录，但其后的…
  7 确定发展对象           已完成   2024-04-01
  8 报上级党委备案         缺                             缺：未记录，但其后的…
  9 确定入党介绍人         已完成   2024-04-01            李四、欧阳建国
 10 政治审查               已完成   2024-05-10            缺：政审结论
 11 集中培训               已完成   2024-06-01            至 2024-06-05
 12 支部委员会审查         缺                             缺：未记录，但其后的…
 13 上级党委预审           缺                             缺：未记录，但其后的…
 14 填写入党志愿书         缺                             缺：未记录，但其后的…
 15 支部党员大会讨论表决   已完成   2026-07-01            缺：表决票数
 16 上级党委派人谈话       缺                             缺：未记录，但其后的…
 17 上级党委审批           已完成   2026-11-20            院党委〔2026〕12号
 第 17 步：上级党委审批（预备党员的接收）
 记录：院党委〔2026〕12号


郑丽：已记录第 17 步 上级党委审批。（例外：2 项规定，已记下原因）
Esc返回 Enter记录 e修改 F1帮助 q退出
SCREEN
expect board <<'SCREEN'
 2026 年度发展计划：3 人，已接收 2 人              超期 4 人 · 30 天内到期 2 人
  申请人 3           积极分子 2         发展对象 1         预备党员 2
  陈晨               周敏               吴刚               孙磊
  党组织派人谈话     培养教育考察       培养教育考察       继续教育考察
  2026-11-01 超期    2026-03-15 超期    2024-09-01 超期    2026-07-15 超期
  刘洋               田野                                  郑丽
  党组织派人谈话     培养教育考察                          报上级党委组织部…
  2026-12-10 将到期  2026-12-01 将到期                     现在可办
  迪丽热巴·买买提江
  确定入党积极分子
  现在可办











F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
expect members <<'SCREEN'
 在册党员 12 人（正式 9，预备 3）                                  按花名册顺序
 显示 12 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 孙磊       男   预备     2026-01-15            在职                   正常
 郑丽       女   预备     2026-07-01            在职                   正常
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 李四       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常
 吴婷       女   正式     2019-05-04 第一党小组 在职     138****0000   正常
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常
 孙丽       女   正式     2012-12-12 第二党小组 在职     135****2222   失联
 王芳       女   预备     2026-05-20 第二党小组 学生     150****0001   正常
 周杰       男   正式     1998-03-01 第三党小组 离退休   133****1111   正常
 阿卜杜热…  男   正式     2010-07-01 第三党小组 在职     189****0001   正常
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常







F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
check "the target is kept in the settings" \
	test "$(sqlite3 "$ZHIBU_DB" "SELECT value FROM settings WHERE key = 'pipeline.plan.2026'")" = 3
check "郑丽 is in the roster as 预备, linked to her record" \
	test "$(sqlite3 "$ZHIBU_DB" "SELECT m.kind || ' ' || m.join_date FROM members m JOIN candidates c ON c.member_id = m.id WHERE c.name = '郑丽'")" = "预备 2026-07-01"
