# 年度计划: s starts an item (未开始 -> 进行中), as `zhibu plan start`; an item
# bound to an indicator, or one already started, is refused on the status line.
roster
zhibu plan add --year 2026 --area 组织建设 --task 按月开展主题党日 --owner 张三 --due 2026-12-31 --indicator 主题党日 --target 12 >/dev/null
zhibu plan add --year 2026 --area 思想建设 --task 制定学习计划 --owner 李四 --due 2026-12-31 >/dev/null
app <<'SCRIPT'
key 7 Home j j j j j j Enter
key s
dump refused
key j s
dump started
key s
dump again
SCRIPT
check "计划#2 进行中" sh -c 'sqlite3 "$ZHIBU_DB" "SELECT status FROM plan_items WHERE id = 2" | grep -qx 进行中'
expect refused <<'SCREEN'
 2026 年党建工作计划（[ ] 换年度）：共 2 项，尚未通过
 序号 类别     工作任务            完成时限   责任人  进度               状态
    1 组织建设 按月开展主题党日    2026-12-31 张三    主题党日 0/12      未开始
    2 思想建设 制定学习计划        2026-12-31 李四                       未开始

















计划#1 由“主题党日”自动统计：记录达到 12 即为完成
Esc返回 a新增 A通过 d完成 x取消任务 PgUp上一年 F1帮助
SCREEN
expect started <<'SCREEN'
 2026 年党建工作计划（[ ] 换年度）：共 2 项，尚未通过
 序号 类别     工作任务            完成时限   责任人  进度               状态
    1 组织建设 按月开展主题党日    2026-12-31 张三    主题党日 0/12      未开始
    2 思想建设 制定学习计划        2026-12-31 李四                       进行中

















计划#2 已开始。
Esc返回 a新增 A通过 d完成 x取消任务 PgUp上一年 F1帮助
SCREEN
expect again <<'SCREEN'
 2026 年党建工作计划（[ ] 换年度）：共 2 项，尚未通过
 序号 类别     工作任务            完成时限   责任人  进度               状态
    1 组织建设 按月开展主题党日    2026-12-31 张三    主题党日 0/12      未开始
    2 思想建设 制定学习计划        2026-12-31 李四                       进行中

















计划#2 为进行中
Esc返回 a新增 A通过 d完成 x取消任务 PgUp上一年 F1帮助
SCREEN
