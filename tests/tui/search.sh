# / searches as you type: by pinyin initials (zs -> 张三), by part of a name,
# by the last digits of an ID number, by phone digits.  Enter keeps the
# search, Esc in the list clears it; Esc while typing goes back to the
# search before.
roster
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
key /
type z
dump initial
type s
dump initials
key Enter
dump kept
key Esc /
type 欧阳
dump name
key ^U
type 0239
dump id_digits
key ^U
type 5678
dump phone
key Esc
dump cancelled
key / Backspace Backspace
type zzq
key Enter
dump surname
SCRIPT
expect initial <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 4 人 · 搜索：z
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常
 周杰       男   正式     1998-03-01 第三党小组 离退休   133****1111   正常
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常














搜索（姓名、拼音、身份证号或电话号码）：z
Enter确定 Esc取消 F1帮助
SCREEN
expect initials <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 1 人 · 搜索：zs
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常

















搜索（姓名、拼音、身份证号或电话号码）：zs
Enter确定 Esc取消 F1帮助
SCREEN
expect kept <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 1 人 · 搜索：zs
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常


















F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect name <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 1 人 · 搜索：欧阳
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常

















搜索（姓名、拼音、身份证号或电话号码）：欧阳
Enter确定 Esc取消 F1帮助
SCREEN
expect id_digits <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 1 人 · 搜索：0239
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常

















搜索（姓名、拼音、身份证号或电话号码）：0239
Enter确定 Esc取消 F1帮助
SCREEN
expect phone <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 2 人 · 搜索：5678
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 李四       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常
















搜索（姓名、拼音、身份证号或电话号码）：5678
Enter确定 Esc取消 F1帮助
SCREEN
expect cancelled <<'SCREEN'
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
expect surname <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 1 人 · 搜索：zzq
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常


















F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
