# The first start on a new database: a short form for the branch and its
# higher committee; the name is required.  Esc leaves with status 1 and no
# database behind (and one that existed before stays).
# Saved, the app opens on 首页 (nothing yet but the meetings of the month).
cat > script <<'SCRIPT'
dump welcome
key F2
dump required
key Esc
SCRIPT
ZHIBU_SCRIPT=script zhibu 2>err
check "Esc: exit 1" test $? = 1
check "Esc: says so" grep -q "未命名支部" err
check "Esc: no database left" test ! -e "$ZHIBU_DB"
check "Esc: no side files left" test -z "$(ls "$ZHIBU_DB"* 2>/dev/null)"
app <<'SCRIPT'
type 示范学院计算机学院教工第一党支部
key Tab
type 示范学院计算机学院党委
key F2
dump started
key 2
dump members
SCRIPT
expect welcome <<'SCREEN'
 欢迎使用 zhibu。请填写党支部名称和上级党委：

 支部名称 *
 上级党委

             [ 保存 F2 ]  [ 取消 Esc ]
















F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect required <<'SCREEN'
 欢迎使用 zhibu。请填写党支部名称和上级党委：

 支部名称 *                                           必填
 上级党委

             [ 保存 F2 ]  [ 取消 Esc ]















支部名称: 必填
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect members <<'SCREEN'
 在册党员 0 人（正式 0，预备 0）                                   按花名册顺序
 显示 0 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态

   还没有党员：按 a 新增；按 I 从文件导入花名册。

















F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect started <<'SCREEN'
 待办事项：超期 0 项，30 天内到期 2 项
› 2026-11-30 会议 2026-11  主题党日 (0/1)                               即将到期
› 2026-11-30 会议 2026-11  支部委员会 (0/1)                             即将到期









 支部概况
 党员       在册 0 人：正式 0 · 预备 0
 发展       申请人 0 · 积极分子 0 · 发展对象 0 · 预备党员 0
 党费       4季度至11月：尚无应交党费
 会议       2026年4季度  支部党员大会 ○  支部委员会 10月— 11月○ 12月○
            党小组会 10月— 11月— 12月—  党课 ○  主题党日 10月— 11月○ 12月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 11月没有


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
check "the branch is saved" test "$(sqlite3 "$ZHIBU_DB" "SELECT name || '/' || higher_committee || '/' || created_on FROM branch")" = "示范学院计算机学院教工第一党支部/示范学院计算机学院党委/2026-11-20"
