# 组织 (issue 18): the 转出 waiting for their 回执 with 有效期至, 回执期限 and
# the state (回执超期 when late), the members 流动 and 失联 with the dates of
# the flows report; Down moves between those lines, Enter opens the member,
# v records the 回执 of the transfer under the cursor (the form chooses it).
# The 转入 still open follow the 转出: 介绍信已过期 (not reported, nothing to
# open: Enter does nothing) and 回执超期 (reported: Enter opens the new member).
roster
{ zhibu transfer out --member 吴婷 --to 中共某区委组织部 --letter-no 测2025-01 --issued 2025-01-10 --dues-to 2024-12 &&
  zhibu transfer out --member 王芳 --to 中共某县委组织部 --letter-no 测2026-07 --issued 2026-11-02 --dues-to 2026-11 &&
  zhibu member status 赵六 --to 流动 --date 2026-03-15 --reason 外出务工 --destination 广东省深圳市 &&
  zhibu member status 孙丽 --to 正常 --date 2026-03-01 --reason 取得联系 &&
  zhibu member status 孙丽 --to 失联 --date 2026-04-01 --reason 电话停机 &&
  zhibu transfer in --name 陈静 --id-number 440106199007010022 --kind 正式 --from 中共乙镇委员会 --letter-no 乙2026-3 --issued 2026-09-01 --dues-to 2026-08 &&
  zhibu transfer in --name 李平 --id-number 440106197811200055 --kind 正式 --from 中共丙镇委员会 --letter-no 丙2026-9 --issued 2026-09-01 --dues-to 2026-08 --reported 2026-10-15 --sex 男 --birth 1978-11-20 --joined 2000-07-01 --full 2001-07-01 --group 第一党小组; } >/dev/null 2>&1 ||
	{ echo "setting up failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 7 End Up Up Up Enter
dump org
key Enter
dump first_member
key Esc Down
key v
dump receipt_form
key Tab ^U
type 2026-11-18
key Tab
type 李明
key F2
dump received
key Down Down Down Down Enter
dump lost_member
key Esc Up Up Enter
dump incoming_member
SCRIPT
check "the 回执 recorded for 转接#2, not 转接#1" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT id, receipt_date, receipt_by FROM transfers WHERE receipt_date IS NOT NULL" | grep -qx "2|2026-11-18|李明"'
check "Enter on 转接#1 opens 吴婷's page" grep -q "^ 吴婷：正式党员，转出" first_member
check "Enter on the 失联 line opens 孙丽's page" grep -q "^ 孙丽：正式党员，失联" lost_member
check "Enter on the 转入 回执超期 line opens 李平's page" grep -q "^ 李平：正式党员" incoming_member
expect org <<'SCREEN'
 支部委员会届次（换届）
 尚未记录届次：zhibu term add --elected 日期

 待办的转接（转出待回执，转入待报到、待寄回执）
 转接#1    吴婷 → 中共某区委组织部  有效期至 2025-02-08  回执期限 2025-03-08
           回执超期
 转接#2    王芳 → 中共某县委组织部  有效期至 2026-12-01  回执期限 2027-01-01
           待回执
 转接#3    陈静 ← 中共乙镇委员会  有效期至 2026-09-30  介绍信已过期
 转接#4    李平 ← 中共丙镇委员会  回执期限 2026-11-15  回执超期

 流动、失联和停止党籍的党员
 流动      赵六  状态日期 2026-03-15  广东省深圳市  满6个月日期 2026-09-15 超期
           应联系日期 2026-06-15 超期
 失联      孙丽  状态日期 2026-04-01  满6个月日期 2026-10-01 超期

 2026年文件材料目录，按件号（[ ] 换年度）
 本年度尚无文件材料。

 尚未报送的事项（报送）
 没有待报送的事项。

Esc返回 Enter打开 v回执 a登记文件 s已报送 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect receipt_form <<'SCREEN'
 登记转接回执

 转接 *      转接#2 王芳 → 中共某县委组织部
 回执日期 *  2026-11-20
 回执经办人

             [ 保存 F2 ]  [ 取消 Esc ]














左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect received <<'SCREEN'
 支部委员会届次（换届）
 尚未记录届次：zhibu term add --elected 日期

 待办的转接（转出待回执，转入待报到、待寄回执）
 转接#1    吴婷 → 中共某区委组织部  有效期至 2025-02-08  回执期限 2025-03-08
           回执超期
 转接#3    陈静 ← 中共乙镇委员会  有效期至 2026-09-30  介绍信已过期
 转接#4    李平 ← 中共丙镇委员会  回执期限 2026-11-15  回执超期

 流动、失联和停止党籍的党员
 流动      赵六  状态日期 2026-03-15  广东省深圳市  满6个月日期 2026-09-15 超期
           应联系日期 2026-06-15 超期
 失联      孙丽  状态日期 2026-04-01  满6个月日期 2026-10-01 超期

 2026年文件材料目录，按件号（[ ] 换年度）
 本年度尚无文件材料。

 尚未报送的事项（报送）
 没有待报送的事项。


已登记 转接#2 的回执。
Esc返回 Enter打开 v回执 a登记文件 s已报送 PgUp上一年 PgDn下一年 F1帮助
SCREEN
