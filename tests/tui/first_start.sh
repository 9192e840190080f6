# The first start on a new database: a short form for the branch and its
# higher committee; the name is required.  Cancelling leaves no branch.
app <<'SCRIPT'
dump welcome
key F2
dump required
key Esc
SCRIPT
check "cancelled: no branch" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM branch")" = 0
app <<'SCRIPT'
type 示范学院计算机学院教工第一党支部
key Tab
type 示范学院计算机学院党委
key F2
dump started
key 1
dump home
SCRIPT
expect welcome <<'SCREEN'
 zhibu
 欢迎使用 zhibu。请填写党支部名称和上级党委：

 支部名称 *
 上级党委

             [ 保存 F2 ]  [ 取消 Esc ]
















F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect required <<'SCREEN'
 zhibu
 欢迎使用 zhibu。请填写党支部名称和上级党委：

 支部名称 *                                           必填
 上级党委

             [ 保存 F2 ]  [ 取消 Esc ]















支部名称: 必填
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect started <<'SCREEN'
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表
 在册党员 0 人（正式 0，预备 0）                                   按花名册顺序
 显示 0 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态

   还没有党员：按 a 新增，或用 zhibu import members 文件 导入花名册。

















F1帮助 /搜索 l筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect home <<'SCREEN'
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表

  示范学院计算机学院教工第一党支部
  上级党委：示范学院计算机学院党委

  在册党员                             0
    正式党员                           0
    预备党员                           0
  流动党员                             0
  失联党员                             0
  党小组                               0

  按 2 查看党员。党费、会议和近期待办事项将在以后的版本中显示在这里。










F1帮助 Tab切换界面 q退出
SCREEN
check "the branch is saved" test "$(sqlite3 "$ZHIBU_DB" "SELECT name || '/' || higher_committee || '/' || created_on FROM branch")" = "示范学院计算机学院教工第一党支部/示范学院计算机学院党委/2026-11-20"
