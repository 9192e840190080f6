# Unsaved edits are never dropped without a question: q is text in a form,
# F10 and Esc ask; "no" keeps the form as it was.  Without edits, Esc
# closes the form at once and q quits at once.
roster
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
key a
type q李
dump typed
key F10
dump asked_quit
key n
dump kept
key Esc
dump asked_cancel
key Enter
dump kept2
key Esc y
dump list
SCRIPT
expect typed <<'SCREEN'
 新增党员

 姓名 *          q李
 性别 *          （请选择）
 民族
 出生日期
 公民身份号码 *
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




F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect asked_quit <<'SCREEN'
 新增党员

 姓名 *          q李
 性别 *          （请选择）
 民族
 出生日期
 公民身份号码 *
 学历            （无）
 人员类别 ┌─ 请确认 ─────────────────────────────────────────────────┐
 工作单位 │ 退出并放弃未保存的修改吗？                               │
 党员类别 │                                                          │
 入党日期 │                  [ 是 (y) ]  [ 否 (n) ]                  │
 转正日期 └──────────────────────────────────────────────────────────┘
 党小组          （无）
 联系电话
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]




y是 n否 F1帮助
SCREEN
expect kept <<'SCREEN'
 新增党员

 姓名 *          q李
 性别 *          （请选择）
 民族
 出生日期
 公民身份号码 *
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




F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect asked_cancel <<'SCREEN'
 新增党员

 姓名 *          q李
 性别 *          （请选择）
 民族
 出生日期
 公民身份号码 *
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
expect kept2 <<'SCREEN'
 新增党员

 姓名 *          q李
 性别 *          （请选择）
 民族
 出生日期
 公民身份号码 *
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




F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect list <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 10 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
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
check "nothing was saved" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members")" = 11
# F10 then y quits from inside the form; the script ends with keys left.
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
key e End
type 改
key F10 y
dump never
SCRIPT
check "quit before the dump" test ! -f never
check "the edit was not saved" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members WHERE name LIKE '%改'")" = 0
