# 年度计划 (台账): the year's 党建工作计划 in the plan's order with each item's
# status; an item bound to an indicator shows its progress computed from the
# records (主题党日 1/12); overdue items red.  a adds an item (a bad 完成时限
# is refused beside the field), A records the plan adopted with the minute
# picked from the records, d marks an item done, x cancels one with a
# reason.  On 2027-01-05 the to-do of 首页 for the plan of 2027 not adopted
# shows that year here, an item's to-do its year with the item selected.
roster
zhibu meeting add --kind 主题党日 --date 2026-03-02 --title 主题党日 >/dev/null 2>&1
zhibu meeting add --kind 支部党员大会 --date 2026-01-20 --title 审议年度计划 >/dev/null 2>&1
zhibu plan add --year 2026 --area 组织建设 --task 按月开展主题党日 --owner 张三 --due 2026-12-31 --indicator 主题党日 --target 12 >/dev/null
zhibu plan add --year 2026 --area 思想建设 --task 制定学习计划 --owner 李四 --due 2026-03-31 >/dev/null
zhibu plan add --year 2026 --area 作风建设 --task 走访慰问 --owner 王芳 --due 2026-12-31 >/dev/null
app <<'SCRIPT'
key 7 Home j j j j j j Enter
dump-title list
key d
dump refused
key j d
key Tab
type 学习计划文件
key F2
key j x
type 并入其他工作
key F2
key a
key Tab
type 发展党员
key Tab Tab
type 赵六
key Tab
type 13月
key F2
dump add_refused
key ^U
type 12月
key Tab Right
key Tab
type 2
key F2
key A
dump pick
key j j Enter
key F2
dump after
SCRIPT
check "计划#4 bound to 接收预备党员, target 2, due 2026-12-31" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT indicator, target, due FROM plan_items WHERE id = 4" | grep -qx "接收预备党员|2|2026-12-31"'
check "the plan adopted with 会议#2 on its date" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT adopted_on, adopted_meeting_id FROM plans WHERE year = 2026" | grep -qx "2026-01-20|2"'
ZHIBU_TODAY=2027-01-05; export ZHIBU_TODAY
app <<'SCRIPT'
key End
dump home
key Enter
dump from_home
key Esc k k k k k k k k k Enter
dump from_item
SCRIPT
ZHIBU_TODAY=2026-11-20; export ZHIBU_TODAY
expect list <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 2026 年党建工作计划（[ ] 换年度）：共 3 项，尚未通过
 序号 类别     工作任务            完成时限   责任人  进度               状态
    1 组织建设 按月开展主题党日    2026-12-31 张三    主题党日 1/12      进行中
    2 思想建设 制定学习计划        2026-03-31 李四                       未开始
    3 作风建设 走访慰问            2026-12-31 王芳                       未开始

















Esc返回 a新增 A通过 d完成 x取消任务 PgUp上一年 F1帮助
SCREEN
expect refused <<'SCREEN'
 2026 年党建工作计划（[ ] 换年度）：共 3 项，尚未通过
 序号 类别     工作任务            完成时限   责任人  进度               状态
    1 组织建设 按月开展主题党日    2026-12-31 张三    主题党日 1/12      进行中
    2 思想建设 制定学习计划        2026-03-31 李四                       未开始
    3 作风建设 走访慰问            2026-12-31 王芳                       未开始
















计划#1 由“主题党日”自动统计：记录达到 12 即为完成
Esc返回 a新增 A通过 d完成 x取消任务 PgUp上一年 F1帮助
SCREEN
expect add_refused <<'SCREEN'
 为 2026 年党建工作计划新增一项

 类别 *      政治建设
 工作任务 *  发展党员
 具体措施
 责任人 *    赵六
 完成时限 *  13月                                     不是日期（请用 YYYY-MM-D…
 指标        （无：手动标记完成）
 目标

             [ 保存 F2 ]  [ 取消 Esc ]










完成时限: 不是日期（请用 YYYY-MM-DD 格式）
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect pick <<'SCREEN'
 2026 年党建工作计划（[ ] 换年度）：共 4 项，尚未通过
 序号 类别     工作任务            完成时限   责任人  进度               状态
    1 组织建设 按月开展主题党日    2026-12-31 张三    主题党日 1/12      进行中
    2 思想建设 制定学习计划        2026-03-31 李四    2026-11-20         已完成
    3 作风建设 走访慰问            2026-12-31 王芳                       取消
    4 政治建设 发展党员            2026-12-31 赵六    接收预备党员 1/2   进行中


               ┌─ 审议通过计划的会议记录 ──────────────────────┐
               │ （未记录会议）                                │
               │ 会议#1 2026-03-02 主题党日 主题党日           │
               │ 会议#2 2026-01-20 支部党员大会 审议年度计划   │
               └───────────────────────────────────────────────┘









Enter确定 Esc取消 F1帮助
SCREEN
expect after <<'SCREEN'
 2026 年党建工作计划（[ ] 换年度）：共 4 项，2026-01-20 通过（会议#2）
 序号 类别     工作任务            完成时限   责任人  进度               状态
    1 组织建设 按月开展主题党日    2026-12-31 张三    主题党日 1/12      进行中
    2 思想建设 制定学习计划        2026-03-31 李四    2026-11-20         已完成
    3 作风建设 走访慰问            2026-12-31 王芳                       取消
    4 政治建设 发展党员            2026-12-31 赵六    接收预备党员 1/2   进行中















2026 年党建工作计划已于 2026-01-20 通过。
Esc返回 a新增 A通过 d完成 x取消任务 PgUp上一年 F1帮助
SCREEN
expect home <<'SCREEN'
 待办事项：超期 73 项，30 天内到期 9 项                                   82/82
! 2026-12-31 计划 2026     计划#4 发展党员                                  超期
› 2027-01-15 报送 2027     党内统计年报                                 即将到期
› 2027-01-31 会议 2027-01  主题党日 (0/1)                               即将到期
› 2027-01-31 会议 2027-01  支部委员会 (0/1)                             即将到期
› 2027-01-31 会议 2027-01  第一党小组 党小组会 (0/1)                    即将到期
› 2027-01-31 会议 2027-01  第三党小组 党小组会 (0/1)                    即将到期
› 2027-01-31 会议 2027-01  第二党小组 党小组会 (0/1)                    即将到期
› 2027-01-31 党费 2027     为 10 名党员核定 2027 年度月交党费（zhibu…   即将到期
› 2027-01-31 报送 2027     年度工作总结和书记述职                       即将到期
› 2027-01-31 计划 2027     2027年党建工作计划未通过                     即将到期

 支部概况
 党员       在册 10 人：正式 9 · 预备 1
 发展       申请人 0 · 积极分子 0 · 发展对象 0 · 预备党员 0
 党费       1季度至1月：尚无应交党费
 会议       2027年1季度  支部党员大会 ○  支部委员会 1月○ 2月○ 3月○
            党小组会 1月○ 2月○ 3月○  党课 ○  主题党日 1月○ 2月○ 3月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 1月没有


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect from_home <<'SCREEN'
 2027 年党建工作计划（[ ] 换年度）：共 0 项，尚未通过
 序号 类别     工作任务            完成时限   责任人  进度               状态

   本年度还没有计划：按 a 新增一项；按 I 从文件导入计划（plan --year）。


















Esc返回 a新增 A通过 d完成 x取消任务 PgUp上一年 F1帮助
SCREEN
expect from_item <<'SCREEN'
 2026 年党建工作计划（[ ] 换年度）：共 4 项，2026-01-20 通过（会议#2）
 序号 类别     工作任务            完成时限   责任人  进度               状态
    1 组织建设 按月开展主题党日    2026-12-31 张三    主题党日 1/12      进行中
    2 思想建设 制定学习计划        2026-03-31 李四    2026-11-20         已完成
    3 作风建设 走访慰问            2026-12-31 王芳                       取消
    4 政治建设 发展党员            2026-12-31 赵六    接收预备党员 1/2   进行中
















Esc返回 a新增 A通过 d完成 x取消任务 PgUp上一年 F1帮助
SCREEN
