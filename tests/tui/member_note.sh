# The member form at 80 columns: a 备注 longer than its field runs on over
# the column of messages, so that the whole note shows (issue 20).
roster
app <<'SCRIPT'
key 2 /
type 李四
key Enter Enter e
key Down Down Down Down Down Down Down Down Down Down Down Down Down ^U
type 党小组长，负责第一党小组的学习安排和党费收缴，2026-05-22 起
key Up
dump note
SCRIPT
expect note <<'SCREEN'
 修改党员 李四

 姓名 *          李四
 性别 *          女
 民族            回族
 出生日期        1975-11-03
 公民身份号码 *  3101**********0443
 学历            研究生
 人员类别 *      在职
 工作单位及职务  教务处 副处长
 党员类别 *      正式
 入党日期 *      2001-07-01
 转正日期        2002-07-01
 党小组          第一党小组
 联系电话        139****5678
 备注            党小组长，负责第一党小组的学习安排和党费收缴，2026-05-22 起

                 [ 保存 F2 ]  [ 取消 Esc ]



号码已隐藏：按 i 显示号码后才能查看或修改
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
