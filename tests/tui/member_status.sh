# A member's details: every field, the ID number masked until i; the change
# history.  A status change (转出) with date and reason: one transaction,
# logged; the member leaves the list and the counts, and shows again with
# the limit "include those who left", dimmed.
roster
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
key / 
type 张三
key Enter Enter
dump details
key i
dump revealed
key c
dump status_form
key Right Right Right Right Tab ^U
type 2026-12-01
key Tab
dump future
key Up ^U
type 2026/11/2
key Tab
type 调往市委组织部
key F2
dump after
key Esc Esc
dump list
key f Tab Tab Tab Tab Right F2
dump with_left
SCRIPT
expect details <<'SCREEN'
 张三：正式党员，正常
 姓名            张三
 性别            男
 民族            汉族
 出生日期        1980-05-12
 公民身份号码    1101**********0239
 学历            大学本科
 人员类别        在职
 工作单位及职务  计算机学院 教师
 党员类别        正式
 入党日期        2005-06-30
 转正日期        2006-06-30
 党小组          第一党小组
 联系电话        138****8000
 党籍状态        正常
 备注

 变更记录
 2026-11-20 00:00:00  建立记录：张三



Esc返回 e修改 c状态 i显示号码 F1帮助 q退出
SCREEN
expect revealed <<'SCREEN'
 张三：正式党员，正常
 姓名            张三
 性别            男
 民族            汉族
 出生日期        1980-05-12
 公民身份号码    110105198005120239
 学历            大学本科
 人员类别        在职
 工作单位及职务  计算机学院 教师
 党员类别        正式
 入党日期        2005-06-30
 转正日期        2006-06-30
 党小组          第一党小组
 联系电话        13800138000
 党籍状态        正常
 备注

 变更记录
 2026-11-20 00:00:00  建立记录：张三



Esc返回 e修改 c状态 i显示号码 F1帮助 q退出
SCREEN
expect status_form <<'SCREEN'
 变更 张三 的党籍状态（目前：正常）

 党籍状态 *  正常
 日期 *      2026-11-20
 原因 *

             [ 保存 F2 ]  [ 取消 Esc ]














左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect future <<'SCREEN'
 变更 张三 的党籍状态（目前：正常）

 党籍状态 *  转出
 日期 *      2026-12-01                               晚于今天
 原因 *

             [ 保存 F2 ]  [ 取消 Esc ]















F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect after <<'SCREEN'
 张三：正式党员，转出
 姓名            张三
 性别            男
 民族            汉族
 出生日期        1980-05-12
 公民身份号码    110105198005120239
 学历            大学本科
 人员类别        在职
 工作单位及职务  计算机学院 教师
 党员类别        正式
 入党日期        2005-06-30
 转正日期        2006-06-30
 党小组          第一党小组
 联系电话        13800138000
 党籍状态        转出  2026-11-02  调往市委组织部
 备注

 变更记录
 2026-11-20 00:00:00  建立记录：张三
 2026-11-20 00:00:00  党籍状态：正常 改为 转出
 2026-11-20 00:00:00  党籍状态日期：（空） 改为 2026-11-02
张三：党籍状态自 2026-11-02 起为转出。
Esc返回 e修改 c状态 i显示号码 F1帮助 q退出
SCREEN
expect list <<'SCREEN'
 在册党员 9 人（正式 8，预备 1）                                   按花名册顺序
 显示 9 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 李四       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
 吴婷       女   正式     2019-05-04 第一党小组 在职     138****0000   正常
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常
 孙丽       女   正式     2012-12-12 第二党小组 在职     135****2222   失联
 王芳       女   预备     2026-05-20 第二党小组 学生     150****0001   正常
 周杰       男   正式     1998-03-01 第三党小组 离退休   133****1111   正常
 阿卜杜热…  男   正式     2010-07-01 第三党小组 在职     189****0001   正常
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常










F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect with_left <<'SCREEN'
 在册党员 9 人（正式 8，预备 1）                                   按花名册顺序
 显示 11 人 · 筛选：含已离开的党员
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 李四       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   转出
 吴婷       女   正式     2019-05-04 第一党小组 在职     138****0000   正常
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常
 郑国华     男   正式     1985-07-01 第二党小组 离退休   132****7777   转出
 孙丽       女   正式     2012-12-12 第二党小组 在职     135****2222   失联
 王芳       女   预备     2026-05-20 第二党小组 学生     150****0001   正常
 周杰       男   正式     1998-03-01 第三党小组 离退休   133****1111   正常
 阿卜杜热…  男   正式     2010-07-01 第三党小组 在职     189****0001   正常
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常








F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
check "one transaction wrote the status" test "$(sqlite3 "$ZHIBU_DB" "SELECT status, status_date, status_reason FROM members WHERE name = '张三'")" = "转出|2026-11-02|调往市委组织部"
