# A status change that ends membership (转出) of a member on the committee:
# the app asks first, naming her offices; yes ends them on the day she
# leaves, in the same transaction; no keeps them and the status line says
# she still holds them.
roster
zhibu meeting role 宣传委员 李四 --from 2026-01-01 >/dev/null 2>&1 &&
	zhibu meeting role 组织委员 张三 --from 2026-01-01 >/dev/null 2>&1 ||
	{ echo "giving the offices failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 2 /
type 李四
key Enter c
key Right Right Right Right Tab ^U
type 2026-11-02
key Tab
type 调往市委组织部
key F2
dump asked
key y
dump ended
key Esc / ^U
type 张三
key Enter c
key Right Right Right Right Tab ^U
type 2026-11-03
key Tab
type 调往外单位
key F2 n
dump kept
SCRIPT
expect asked <<'SCREEN'
 变更 李四 的党籍状态（目前：正常）

 党籍状态 *  转出
 日期 *      2026-11-02
 原因 *      调往市委组织部

             [ 保存 F2 ]  [ 取消 Esc ]

          ┌─ 请确认 ─────────────────────────────────────────────────┐
          │ 李四 任支部委员会宣传委员。是否在其党籍状态变更之日      │
          │ （2026-11-02）同时结束其支委职务？                       │
          │                                                          │
          │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘








y是 n否 F1帮助
SCREEN
expect ended <<'SCREEN'
 在册党员 9 人（正式 8，预备 1）                                   按花名册顺序
 显示 0 人 · 搜索：李四
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态

   没有符合条件的党员。Esc 清除搜索；f 修改筛选。
















李四：党籍状态自 2026-11-02 起为转出；宣传委员职务同日结束。
F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect kept <<'SCREEN'
 在册党员 8 人（正式 7，预备 1）                                   按花名册顺序
 显示 0 人 · 搜索：张三
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态

   没有符合条件的党员。Esc 清除搜索；f 修改筛选。
















张三：党籍状态自 2026-11-03 起为转出；仍在支委会任组织委员。
F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
check "李四's office ended on the day she left" test "$(sqlite3 "$ZHIBU_DB" "SELECT role || ' ' || end_date FROM branch_roles r JOIN members m ON m.id = r.member_id WHERE m.name = '李四'")" = "宣传委员 2026-11-02"
check "张三 still holds his" test "$(sqlite3 "$ZHIBU_DB" "SELECT role || ' ' || coalesce(end_date, '-') FROM branch_roles r JOIN members m ON m.id = r.member_id WHERE m.name = '张三'")" = "组织委员 -"
check "both left" test "$(sqlite3 "$ZHIBU_DB" "SELECT group_concat(status) FROM members WHERE name IN ('李四', '张三')")" = "转出,转出"
