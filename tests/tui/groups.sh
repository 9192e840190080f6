# Party groups: the list with leaders and sizes; add one (a name that exists
# is refused beside the field), rename it, set a leader with the member
# picker (search by pinyin initials), and Enter shows a group's members.
roster
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
key p
dump groups
key a
type 第一党小组
key F2
dump exists
key ^U
type 第四党小组
key F2
dump added
key End e ^U
type 离退休党小组
key Enter Enter
key Home L
dump leader_form
key Enter
dump picker
type ls
dump picker_search
key Enter
dump leader_chosen
key F2
dump leader_saved
key Enter
dump members_of_group
SCRIPT
expect groups <<'SCREEN'
 党小组：3 个
 党小组                                       组长                         人数
 第一党小组                                                                   4
 第二党小组                                                                   3
 第三党小组                                                                   3

















Esc返回 a新增 e重命名 L组长 Enter打开 F1帮助
SCREEN
expect exists <<'SCREEN'
 新增党小组

 党小组 *  第一党小组                                 已有同名的党小组

           [ 保存 F2 ]  [ 取消 Esc ]
















党小组: 已有同名的党小组
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect added <<'SCREEN'
 党小组：4 个
 党小组                                       组长                         人数
 第一党小组                                                                   4
 第二党小组                                                                   3
 第三党小组                                                                   3
 第四党小组                                                                   0















已添加 第四党小组。
Esc返回 a新增 e重命名 L组长 Enter打开 F1帮助
SCREEN
expect leader_form <<'SCREEN'
 第一党小组的组长

 组长    （无）

         [ 保存 F2 ]  [ 取消 Esc ]
















F3 或回车键选择党员；Delete 键清空
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect picker <<'SCREEN'
 第一党小组的组长

 组长     ┌─ 组长 ───────────────────────────────────────────────────┐
          │ 搜索：                                                   │
         [│ 姓名                       党小组               人员类别 │
          │ 赵六                       第一党小组           在职     │
          │ 李四                       第一党小组           在职     │
          │ 张三                       第一党小组           在职     │
          │ 吴婷                       第一党小组           在职     │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          └──────────────────────────────────────────────────────────┘

F3 或回车键选择党员；Delete 键清空
Enter确定 Esc取消 F1帮助
SCREEN
expect picker_search <<'SCREEN'
 第一党小组的组长

 组长     ┌─ 组长 ───────────────────────────────────────────────────┐
          │ 搜索： ls                                                │
         [│ 姓名                       党小组               人员类别 │
          │ 李四                       第一党小组           在职     │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          └──────────────────────────────────────────────────────────┘

F3 或回车键选择党员；Delete 键清空
Enter确定 Esc取消 F1帮助
SCREEN
expect leader_chosen <<'SCREEN'
 第一党小组的组长

 组长    李四

         [ 保存 F2 ]  [ 取消 Esc ]
















F3 或回车键选择党员；Delete 键清空
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect leader_saved <<'SCREEN'
 党小组：4 个
 党小组                                       组长                         人数
 第一党小组                                   李四                            4
 第二党小组                                                                   3
 第三党小组                                                                   3
 离退休党小组                                                                 0















已保存。
Esc返回 a新增 e重命名 L组长 Enter打开 F1帮助
SCREEN
expect members_of_group <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 4 人 · 筛选：第一党小组
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 李四       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常
 吴婷       女   正式     2019-05-04 第一党小组 在职     138****0000   正常















F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
check "the changes are in the change log" test "$(sqlite3 "$ZHIBU_DB" "SELECT group_concat(c, ' ') FROM (SELECT field || ':' || coalesce(old_value, '-') || '>' || new_value AS c FROM change_log WHERE tbl = 'party_groups' AND NOT (field = '*' AND row_id <= 3) ORDER BY id)")" = "*:->第四党小组 name:第四党小组>离退休党小组 leader:->李四"
