# A choice field narrows as one types: the first choice with the text typed
# so far in its name or at the start of its pinyin initials (yj finds
# 研究生, 专 finds 大学专科); a character that finds nothing starts again.
roster
app <<'SCRIPT'
key 2 a Tab Tab Tab Tab Tab
type yj
dump initials
type 专
dump chinese
SCRIPT
expect initials <<'SCREEN'
 新增党员

 姓名 *                                               必填
 性别 *          （请选择）                           必填
 民族
 出生日期
 公民身份号码 *                                       必填
 学历            研究生
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
expect chinese <<'SCREEN'
 新增党员

 姓名 *                                               必填
 性别 *          （请选择）                           必填
 民族
 出生日期
 公民身份号码 *                                       必填
 学历            大学专科
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
