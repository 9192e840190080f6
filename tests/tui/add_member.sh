# Adding a member through the form.  The same rules as the importer: a
# message beside each field that is wrong, the whole message in the status
# line, nothing saved.  Then corrected and saved: the list shows the new
# member, the details show the record created in the change log.
roster
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
key a
dump empty
type 刘洋
key Tab Right Tab
type 汉
key Tab
type 1990-02-30
key Tab
type 110105199003010015
key Tab Tab Tab Tab Tab
type 2020.7.1
key Tab Tab Right Tab
type 139123
key F2
dump errors
key Home ^K
type 汉族
key Tab ^U
type 1990/3/1
key Tab Backspace
type 4
key Tab Tab Tab Tab Tab Tab Tab Tab
type 0000
key F2
dump saved
key / 
type ly
key Enter Enter
dump details
SCRIPT
expect empty <<'SCREEN'
 新增党员

 姓名 *
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
expect errors <<'SCREEN'
 新增党员

 姓名 *          刘洋
 性别 *          男
 民族            汉                                   民族应以“族”结尾（如 汉…
 出生日期        1990-02-30                           日期不存在
 公民身份号码 *  110105199003010015                   公民身份号码校验码错误
 学历            （无）
 人员类别 *      在职
 工作单位及职务
 党员类别 *      正式
 入党日期 *      2020-07-01
 转正日期
 党小组          第一党小组
 联系电话        139123                               电话号码应为 7 到 15 位…
 备注

                 [ 保存 F2 ]  [ 取消 Esc ]



民族: 民族应以“族”结尾（如 汉族）
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect saved <<'SCREEN'
 在册党员 11 人（正式 10，预备 1）                                 按花名册顺序
 显示 11 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 李四       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常
 吴婷       女   正式     2019-05-04 第一党小组 在职     138****0000   正常
 刘洋       男   正式     2020-07-01 第一党小组 在职     139***0000    正常
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常
 孙丽       女   正式     2012-12-12 第二党小组 在职     135****2222   失联
 王芳       女   预备     2026-05-20 第二党小组 学生     150****0001   正常
 周杰       男   正式     1998-03-01 第三党小组 离退休   133****1111   正常
 阿卜杜热…  男   正式     2010-07-01 第三党小组 在职     189****0001   正常
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常







已添加 刘洋。
F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect details <<'SCREEN'
 刘洋：正式党员，正常
 姓名            刘洋
 性别            男
 民族            汉族
 出生日期        1990-03-01
 公民身份号码    1101**********0014
 学历
 人员类别        在职
 工作单位及职务
 党员类别        正式
 入党日期        2020-07-01
 转正日期
 党小组          第一党小组
 联系电话        139***0000
 党籍状态        正常
 备注

 变更记录
 2026-11-20 00:00:00  建立记录：刘洋

 本年度（2026）

Esc返回 e修改 c状态 t谈话 i显示号码 F1帮助 q退出
SCREEN
check "one row more in the database" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) || ' ' || initials FROM members WHERE name = '刘洋'")" = "1 ly"
check "the insert is in the change log" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM change_log WHERE tbl = 'members' AND new_value = '刘洋'")" = 1
