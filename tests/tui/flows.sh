# 流动 and 失联 (issue 18): the 党籍 to-dos on 首页, Enter on one opens the
# member's page, which lists the time away, the contacts and the searches.
roster
{ zhibu member status 赵六 --to 流动 --date 2026-03-15 --reason 外出务工 --destination 广东省深圳市 \
	--card-no LD202600017 --host-org 深圳市南山区流动党员党支部 &&
  zhibu member contact 赵六 --date 2026-06-01 --way 电话 --note 近况良好 &&
  zhibu member status 孙丽 --to 流动 --date 2026-01-10 --reason 外出 --destination 上海市 &&
  zhibu member status 孙丽 --to 失联 --date 2026-04-01 --reason 电话停机 &&
  zhibu member search 孙丽 --date 2026-04-20 --way 走访 --result 住址无人 --by 王书记; } >/dev/null 2>&1 ||
	{ echo "recording the statuses failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
dump home
key Enter
dump away
key Esc j j Enter
dump lost
key Esc
dump back
SCRIPT
expect home <<'SCREEN'
 待办事项：超期 3 项，30 天内到期 16 项                                    1/19
! 2026-09-01 党籍 2026-03  赵六 流动在外，3个月未联系                       超期
! 2026-09-15 党籍 2026-03  赵六 外出满6个月，应转移组织关系或说明原因       超期
! 2026-10-01 党籍 2026-04  孙丽 失联满6个月：查找未果的研究停止党籍         超期
› 2026-11-20 党费 2026     为 10 名党员核定 2026 年度月交党费（zhibu…   即将到期
› 2026-11-30 会议 2026-11  主题党日 (0/1)                               即将到期
› 2026-11-30 会议 2026-11  支部委员会 (0/1)                             即将到期
› 2026-11-30 会议 2026-11  第一党小组 党小组会 (0/1)                    即将到期
› 2026-11-30 会议 2026-11  第三党小组 党小组会 (0/1)                    即将到期
› 2026-11-30 会议 2026-11  第二党小组 党小组会 (0/1)                    即将到期
› 2026-12-31 谈话 2026     吴婷 未与支委谈心谈话                        即将到期

 支部概况
 党员       在册 10 人：正式 9 · 预备 1
 发展       申请人 0 · 积极分子 0 · 发展对象 0 · 预备党员 0
 党费       4季度至11月：尚无应交党费
 会议       2026年4季度  支部党员大会 ○  支部委员会 10月— 11月○ 12月○
            党小组会 10月— 11月○ 12月○  党课 ○  主题党日 10月— 11月○ 12月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 11月没有


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect away <<'SCREEN'
 赵六：正式党员，流动
 姓名            赵六
 性别            男
 民族            满族
 出生日期        1968-08-08
 公民身份号码    2101**********111X
 学历            高中
 人员类别        在职
 工作单位及职务  后勤保障处 职工
 党员类别        正式
 入党日期        1995-12-01
 转正日期        1996-12-01
 党小组          第一党小组
 联系电话        137****0002
 党籍状态        流动  2026-03-15  外出务工
 备注            外出务工

 流动、联系和查找
 外出            2026-03-15  广东省深圳市  活动证 LD202600017
                 深圳市南山区流动党员党支部
 联系            2026-06-01  电话  近况良好

Esc返回 e修改 c状态 t谈话 i显示号码 F1帮助 q退出
SCREEN
expect lost <<'SCREEN'
 孙丽：正式党员，失联
 姓名            孙丽
 性别            女
 民族            汉族
 出生日期        1988-02-29
 公民身份号码    3201**********1647
 学历            大学本科
 人员类别        在职
 工作单位及职务  图书馆 馆员
 党员类别        正式
 入党日期        2012-12-12
 转正日期        2013-12-12
 党小组          第二党小组
 联系电话        135****2222
 党籍状态        失联  2026-04-01  电话停机
 备注            2026年4月起联系不上

 流动、联系和查找
 外出            2026-01-10  上海市
 外出结束        2026-04-01  上海市
 查找            2026-04-20  走访  住址无人  王书记

Esc返回 e修改 c状态 t谈话 i显示号码 F1帮助 q退出
SCREEN
check "Esc goes back to 首页" grep -q 待办事项 back
# 停止党籍 from the status form without a search since 失联: asked first.
app <<'SCRIPT'
key 2 /
type 赵六
key Enter Enter c Right Right Tab ^U
type 2026-11-01
key Tab
type 查找未果
key F2
dump ask
key n
dump not_saved
SCRIPT
expect ask <<'SCREEN'
 变更 赵六 的党籍状态（目前：流动）

 党籍状态 *  停止党籍
 日期 *      2026-11-01
 原因 *      查找未果

             [ 保存 F2 ]  [ 取消 Esc ]

          ┌─ 请确认 ─────────────────────────────────────────────────┐
          │ 自失联以来没有查找记录。仍要登记停止党籍吗（请在原因中写 │
          │ 明）？                                                   │
          │                                                          │
          │                  [ 是 (y) ]  [ 否 (n) ]                  │
          └──────────────────────────────────────────────────────────┘








y是 n否 F1帮助
SCREEN
check "not saved when the answer is no" sh -c '[ "$(sqlite3 "$ZHIBU_DB" "SELECT status FROM members WHERE name = '\''赵六'\''")" = 流动 ]'
