# The member form fills 性别 and 出生日期 from a valid ID number as the
# cursor leaves it (a value already chosen stays); a message such as 必填
# goes as soon as the field is filled, not only when the cursor leaves it;
# Enter in a choice list chooses and stays on the field, so Tab goes to the
# next one.
roster
app <<'SCRIPT'
key 2 a
type 刘洋
key Tab Tab Tab Tab
type 110105199003010014
key Tab
dump filled
key F2
dump required
type 2020-07-01
dump typed
key Up Up Up Up Up Up Up Up Enter
dump list
key Down Enter
dump chosen
key Tab
dump next
SCRIPT
expect filled <<'SCREEN'
 新增党员

 姓名 *          刘洋
 性别 *          男
 民族
 出生日期        1990-03-01
 公民身份号码 *  110105199003010014
 学历            （无）
 人员类别 *      在职
 工作单位及职务
 党员类别 *      正式
 入党日期 *
 转正日期
 党小组          （无）
 联系电话
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]



左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect required <<'SCREEN'
 新增党员

 姓名 *          刘洋
 性别 *          男
 民族
 出生日期        1990-03-01
 公民身份号码 *  110105199003010014
 学历            （无）
 人员类别 *      在职
 工作单位及职务
 党员类别 *      正式
 入党日期 *                                           必填
 转正日期
 党小组          （无）
 联系电话
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]



入党日期: 必填
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect typed <<'SCREEN'
 新增党员

 姓名 *          刘洋
 性别 *          男
 民族
 出生日期        1990-03-01
 公民身份号码 *  110105199003010014
 学历            （无）
 人员类别 *      在职
 工作单位及职务
 党员类别 *      正式
 入党日期 *      2020-07-01
 转正日期
 党小组          （无）
 联系电话
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]



日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect list <<'SCREEN'
 新增党员

 姓名 *          刘洋
 性别 *          男
 民族
 出生日期        1990-03-01
 公民身份号码 *  110105199003010014
 学历            （无）
 人员类别 *      在职
 工作单位及职务             ┌─ 性别 ───────────────┐
 党员类别 *      正式       │ 男                   │
 入党日期 *      2020-07-01 │ 女                   │
 转正日期                   └──────────────────────┘
 党小组          （无）
 联系电话
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]



左右方向键切换选项；F3 或回车键显示列表
Enter确定 Esc取消 F1帮助
SCREEN
expect chosen <<'SCREEN'
 新增党员

 姓名 *          刘洋
 性别 *          女
 民族
 出生日期        1990-03-01
 公民身份号码 *  110105199003010014
 学历            （无）
 人员类别 *      在职
 工作单位及职务
 党员类别 *      正式
 入党日期 *      2020-07-01
 转正日期
 党小组          （无）
 联系电话
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]



左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect next <<'SCREEN'
 新增党员

 姓名 *          刘洋
 性别 *          女
 民族
 出生日期        1990-03-01
 公民身份号码 *  110105199003010014
 学历            （无）
 人员类别 *      在职
 工作单位及职务
 党员类别 *      正式
 入党日期 *      2020-07-01
 转正日期
 党小组          （无）
 联系电话
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]




F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
