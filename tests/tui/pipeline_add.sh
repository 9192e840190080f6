# 发展: a new applicant (入党申请人) through the form: the ID number is checked
# as for members (a wrong check digit is refused beside the field, one that
# is in the pipeline already too); the sex and birth date come from it when
# left blank.  Saved, 小明 shows on the board with his talk due within a
# month of the application, and his page shows step 1 done.  e corrects the
# personal record (no application date then).  An applicant under 18 is
# refused with the reason, and added as an exception with a reason.
roster
zhibu import candidates "$TUI/data/candidates.csv" >/dev/null 2>&1 ||
	{ echo "import candidates failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 5 a
dump form
type 小明
key Tab Tab Tab
type 110105199901010019
key Tab Tab
type 13912340000
key Tab ^U
type 2026/11/18
key F2
dump bad_id
key ^U
type 110105199803120115
key F2
dump duplicate
key ^U
type 110105199901010016
key F2
dump added
key Enter
dump page
key e
dump edit_form
key Esc Esc a
type 少年
key Tab Tab Tab
type 110105201001010010
key F2
dump young_refused
key y
type 经上级党委同意，先行登记
key F2
dump young_added
SCRIPT
expect form <<'SCREEN'
 新增入党申请人

 姓名 *
 性别            （按身份证号码）
 出生日期        （按身份证号码）
 公民身份号码 *
 工作单位及职务
 联系电话
 申请日期 *      2026-11-20

                 [ 保存 F2 ]  [ 取消 Esc ]











F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect bad_id <<'SCREEN'
 新增入党申请人

 姓名 *          小明
 性别            （按身份证号码）
 出生日期        （按身份证号码）
 公民身份号码 *  110105199901010019                   公民身份号码校验码错误
 工作单位及职务
 联系电话        13912340000
 申请日期 *      2026-11-18

                 [ 保存 F2 ]  [ 取消 Esc ]










公民身份号码: 公民身份号码校验码错误
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect duplicate <<'SCREEN'
 新增入党申请人

 姓名 *          小明
 性别            （按身份证号码）
 出生日期        （按身份证号码）
 公民身份号码 *  110105199803120115                   已在发展名单中
 工作单位及职务
 联系电话        13912340000
 申请日期 *      2026-11-18

                 [ 保存 F2 ]  [ 取消 Esc ]










公民身份号码: 已在发展名单中
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect added <<'SCREEN'
 2026 年度发展计划：未设定（按 t 设定）            超期 5 人 · 30 天内到期 3 人
  申请人 4           积极分子 2         发展对象 2         预备党员 1
  陈晨               周敏               吴刚               孙磊
  党组织派人谈话     培养教育考察       培养教育考察       继续教育考察
  2026-11-01 超期    2026-03-15 超期    2024-09-01 超期    2026-07-15 超期
  刘洋               田野               郑丽
  党组织派人谈话     培养教育考察       上级党委审批
  2026-12-10 将到期  2026-12-01 将到期  2026-10-01 超期
  小明
  党组织派人谈话
  2026-12-18 将到期
  迪丽热巴·买买提江
  确定入党积极分子
  现在可办







已添加 小明。
F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
expect page <<'SCREEN'
 小明 · 申请人 · 男 · 1999-01-01
 下一步：党组织派人谈话  2026-12-18 将到期
 步骤                      状态     日期       截止日期   记录
  1 递交入党申请书         已完成   2026-11-18
  2 党组织派人谈话         即将到期            2026-12-18
  3 确定入党积极分子       待办
  4 报上级党委备案         未到
  5 指定培养联系人         未到
  6 培养教育考察           未到
  7 确定发展对象           未到
  8 报上级党委备案         未到
  9 确定入党介绍人         未到
 10 政治审查               未到
 11 集中培训               未到
 12 支部委员会审查         未到
 13 上级党委预审           未到
 14 填写入党志愿书         未到
 第 2 步：党组织派人谈话（申请入党）
 记录：（无）

 最早：2026-11-18    截止：2026-12-18（即将到期）

Esc返回 Enter记录 e修改 F1帮助 q退出
SCREEN
expect edit_form <<'SCREEN'
 修改 小明 的个人信息

 姓名 *          小明
 性别            男
 出生日期        1999-01-01
 公民身份号码 *  1101**********0016
 工作单位及职务
 联系电话        139****0000

                 [ 保存 F2 ]  [ 取消 Esc ]












F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect young_refused <<'SCREEN'
 新增入党申请人

 姓名 *          少年
 性别            （按身份证号码）
 出生日期        （按身份证号码）
 公民身份号码 *  110105201001010010
 工作单位及职务
 联系电话 ┌─ 请确认 ─────────────────────────────────────────────────┐
 申请日期 │ 未记录：                                                 │
          │ · 第 1 步（递交入党申请书）：申请人在 2026-11-20         │
          │ 未满18周岁（出生于 2010-01-01）：2028-01-01 起年满18周岁 │
          │ 仍要记录吗？将作为例外，并记下原因。                     │
          │                                                          │
          │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘







y是 n否 F1帮助
SCREEN
expect young_added <<'SCREEN'
 2026 年度发展计划：未设定（按 t 设定）            超期 5 人 · 30 天内到期 4 人
  申请人 5           积极分子 2         发展对象 2         预备党员 1
  陈晨               周敏               吴刚               孙磊
  党组织派人谈话     培养教育考察       培养教育考察       继续教育考察
  2026-11-01 超期    2026-03-15 超期    2024-09-01 超期    2026-07-15 超期
  刘洋               田野               郑丽
  党组织派人谈话     培养教育考察       上级党委审批
  2026-12-10 将到期  2026-12-01 将到期  2026-10-01 超期
  小明
  党组织派人谈话
  2026-12-18 将到期
  少年
  党组织派人谈话
  2026-12-20 将到期
  迪丽热巴·买买提江
  确定入党积极分子
  现在可办




已添加 少年（例外：1 项规定，已记下原因）。
F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
