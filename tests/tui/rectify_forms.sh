# 整改台账: b adds a batch (its report due 2 months after the feedback for
# 巡视 and 巡察, or as typed), a adds an item to a batch (the batch of the
# item under the cursor; 整改时限 a date or 长期), through the same writes as
# `zhibu rectify batch` and `add`.  A batch name taken is said beside it.
roster
zhibu rectify batch --title 2026年巡察整改 --source 巡察 --feedback 2026-03-10 >/dev/null
zhibu rectify add --batch 2026年巡察整改 --problem 三会一课落实不到位 --deadline 2026-12-31 >/dev/null
app <<'SCRIPT'
key 7 Home j j j j j Enter
key b
type 2026年巡察整改
key Tab
type 巡视
key Tab ^U
type 2026-11-02
key F2
dump batch_taken
key End ^U
type 2026年巡视反馈问题
key F2
dump batch_added
key a
dump item_form
key Tab
type 制度执行不严格
key Tab
type 修订议事规则
key Tab Tab Tab
type 李四
key Tab
type 明年
key F2
dump item_bad_deadline
key ^U
type 长期
key F2
dump item_added
SCRIPT
check "the batch, its report due 2 months after the feedback" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT title, source, feedback_on, report_due FROM rectify_batches WHERE id = 2" | grep -qx "2026年巡视反馈问题|巡视|2026-11-02|2027-01-02"'
check "the item, in the batch under the cursor, 长期坚持" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT batch_id, seq, problem, measures, person, long_term FROM rectify_items WHERE id = 2" | grep -qx "1|2|制度执行不严格|修订议事规则|李四|1"'
expect batch_taken <<'SCREEN'
 新增整改批次

 批次 *        2026年巡察整改                         已有名为“2026年巡察整改”…
 问题来源 *    巡视
 反馈日期 *    2026-11-02
 报告报送期限  （按来源：巡视、巡察为反馈后 2 个月）

               [ 保存 F2 ]  [ 取消 Esc ]













批次: 已有名为“2026年巡察整改”的批次（整改批#1）
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect batch_added <<'SCREEN'
 整改台账（超期的在前）：共 1 项，超期 0 项，完成率 0.0%
 事项      批次           存在问题             整改时限   状态   最新进展
 整改#1    2026年巡察整…  三会一课落实不到位   2026-12-31 未启动


















已新增整改批#2，整改报告须于 2027-01-02 前报送。
Esc返回 Enter打开 a新增问题 p落实 c销号 x作废 F1帮助
SCREEN
expect item_form <<'SCREEN'
 新增整改问题

 批次 *      2026年巡察整改
 存在问题 *
 整改措施
 责任领导
 责任单位
 责任人
 整改时限 *

             [ 保存 F2 ]  [ 取消 Esc ]










左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect item_bad_deadline <<'SCREEN'
 新增整改问题

 批次 *      2026年巡察整改
 存在问题 *  制度执行不严格
 整改措施    修订议事规则
 责任领导
 责任单位
 责任人      李四
 整改时限 *  明年                                     不是日期（请用 YYYY-MM-D…

             [ 保存 F2 ]  [ 取消 Esc ]










整改时限: 不是日期（请用 YYYY-MM-DD 格式）
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect item_added <<'SCREEN'
 整改台账（超期的在前）：共 2 项，超期 0 项，完成率 0.0%
 事项      批次           存在问题             整改时限   状态   最新进展
 整改#1    2026年巡察整…  三会一课落实不到位   2026-12-31 未启动
 整改#2    2026年巡察整…  制度执行不严格       长期坚持   未启动

















已新增整改#2（2026年巡察整改）。
Esc返回 Enter打开 a新增问题 p落实 c销号 x作废 F1帮助
SCREEN
