# Editing a member: the form holds the stored values; Esc without a change
# closes at once; a change is saved in one transaction, and the history
# shows it with the phone number masked until i.  The form shows the ID and
# phone numbers masked too: keys cannot change a masked number unseen, i
# shows them.
roster
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
key /
type 李四
key Enter Enter e
dump form
key Esc
dump untouched
key e Down Down Down Down Down Down Down Down Down Down Down Down ^U
type 0
dump phone_masked
key i ^U
type 13912340000
dump phone_typed
key F2
dump saved
key i
dump revealed
SCRIPT
expect form <<'SCREEN'
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
 备注            党小组长

                 [ 保存 F2 ]  [ 取消 Esc ]




F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect untouched <<'SCREEN'
 李四：正式党员，正常
 姓名            李四
 性别            女
 民族            回族
 出生日期        1975-11-03
 公民身份号码    3101**********0443
 学历            研究生
 人员类别        在职
 工作单位及职务  教务处 副处长
 党员类别        正式
 入党日期        2001-07-01
 转正日期        2002-07-01
 党小组          第一党小组
 联系电话        139****5678
 党籍状态        正常
 备注            党小组长

 变更记录
 2026-11-20 00:00:00  建立记录：李四

 本年度（2026）

Esc返回 e修改 c状态 t谈话 i显示号码 F1帮助 q退出
SCREEN
expect phone_masked <<'SCREEN'
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
 备注            党小组长

                 [ 保存 F2 ]  [ 取消 Esc ]



号码已隐藏：按 i 显示号码后才能查看或修改
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect phone_typed <<'SCREEN'
 修改党员 李四

 姓名 *          李四
 性别 *          女
 民族            回族
 出生日期        1975-11-03
 公民身份号码 *  310104197511030443
 学历            研究生
 人员类别 *      在职
 工作单位及职务  教务处 副处长
 党员类别 *      正式
 入党日期 *      2001-07-01
 转正日期        2002-07-01
 党小组          第一党小组
 联系电话        13912340000
 备注            党小组长

                 [ 保存 F2 ]  [ 取消 Esc ]




F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect saved <<'SCREEN'
 李四：正式党员，正常
 姓名            李四
 性别            女
 民族            回族
 出生日期        1975-11-03
 公民身份号码    3101**********0443
 学历            研究生
 人员类别        在职
 工作单位及职务  教务处 副处长
 党员类别        正式
 入党日期        2001-07-01
 转正日期        2002-07-01
 党小组          第一党小组
 联系电话        139****0000
 党籍状态        正常
 备注            党小组长

 变更记录
 2026-11-20 00:00:00  建立记录：李四
 2026-11-20 00:00:00  联系电话：139****5678 改为 139****0000

已保存 李四。
Esc返回 e修改 c状态 t谈话 i显示号码 F1帮助 q退出
SCREEN
expect revealed <<'SCREEN'
 李四：正式党员，正常
 姓名            李四
 性别            女
 民族            回族
 出生日期        1975-11-03
 公民身份号码    310104197511030443
 学历            研究生
 人员类别        在职
 工作单位及职务  教务处 副处长
 党员类别        正式
 入党日期        2001-07-01
 转正日期        2002-07-01
 党小组          第一党小组
 联系电话        13912340000
 党籍状态        正常
 备注            党小组长

 变更记录
 2026-11-20 00:00:00  建立记录：李四
 2026-11-20 00:00:00  联系电话：13912345678 改为 13912340000


Esc返回 e修改 c状态 t谈话 i显示号码 F1帮助 q退出
SCREEN
check "the change is in the change log" test "$(sqlite3 "$ZHIBU_DB" "SELECT old_value || '>' || new_value FROM change_log WHERE field = 'phone'")" = "13912345678>13912340000"
