# 民主测评 (台账): the year's review of the branch committee: 应参评, 实参评,
# 参评率, 有效票, 无效票, each area's average and the result.  a adds the
# year's 测评 (实参评 more than 应参评 refused beside the field); t records
# the totals counted on paper (a sum above 100 × 有效票 refused); an area
# below the threshold is red and the result says 按规定由上级党委谈话.  On
# 12-10 the 测评 to-do of 首页 (report the result upward) shows the year.
roster
app <<'SCRIPT'
key 7 Home j j j j j j j Enter
dump-title empty
key a
key Tab
type 10
key Tab
type 11
key F2
dump add_refused
key ^U
type 8
key F2
dump added
key t
type 7
key Tab
type 560
key Tab
type 700
key Tab
type 800
key Tab
type 490
key Tab
type 630
key Tab
type 420
key F2
dump totals_refused
key ^U
type 560
key F2
dump result
key t
dump again
SCRIPT
check "the totals stored: 7 valid ballots per area" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT group_concat(total || \"/\" || n, \",\") FROM review_totals WHERE review_id = 1 ORDER BY area_idx" | grep -qx "560/7,700/7,560/7,490/7,630/7,420/7"'
ZHIBU_TODAY=2026-12-10; export ZHIBU_TODAY
app <<'SCRIPT'
key Home
dump home
key j Enter
dump from_home
SCRIPT
ZHIBU_TODAY=2026-11-20; export ZHIBU_TODAY
expect empty <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 2026 年支委班子民主测评（[ ] 换年度）
 本年度还没有民主测评：按 a 登记。




















Esc返回 a新增 t汇总数 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect add_refused <<'SCREEN'
 2026 年民主测评

 测评日期 *  2026-11-20
 应参评 *    10
 实参评 *    11                                       超过应参评人数 10

             [ 保存 F2 ]  [ 取消 Esc ]














实参评: 超过应参评人数 10
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect added <<'SCREEN'
 2026 年支委班子民主测评（[ ] 换年度）
 记录            测评#1
 测评日期        2026-11-20
 应参评          10
 实参评          8
 参评率          80.0%
 有效票          0
 无效票          0
 计票依据        尚无：导入选票，或按 t 登记汇总数

 领导班子建设
 队伍建设
 工作机制
 工作业绩
 作风形象
 发展思路
 总平均分
 结果            没有有效票

 报上级备案      尚未登记
 在党员大会反馈  尚未登记
已登记 2026 年民主测评。
Esc返回 a新增 t汇总数 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect totals_refused <<'SCREEN'
 测评#1 纸质计票汇总：各项目有效票的得分合计

 有效票 *        7
 领导班子建设 *  560
 队伍建设 *      700
 工作机制 *      800                                  得分合计应为 0 到 100 × …
 工作业绩 *      490
 作风形象 *      630
 发展思路 *      420

                 [ 保存 F2 ]  [ 取消 Esc ]










工作机制: 得分合计应为 0 到 100 × 有效票数之间的整数
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect result <<'SCREEN'
 2026 年支委班子民主测评（[ ] 换年度）
 记录            测评#1
 测评日期        2026-11-20
 应参评          10
 实参评          8
 参评率          80.0%
 有效票          7
 无效票          1
 计票依据        纸质计票的汇总数

 领导班子建设    80.00
 队伍建设        100.00
 工作机制        80.00
 工作业绩        70.00
 作风形象        90.00
 发展思路        60.00
 总平均分        80.00
 结果            达到要求

 报上级备案      尚未登记
 在党员大会反馈  尚未登记
已登记 测评#1 的汇总数。
Esc返回 a新增 t汇总数 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect again <<'SCREEN'
 2026 年支委班子民主测评（[ ] 换年度）
 记录            测评#1
 测评日期        2026-11-20
 应参评          10
 实参评          8
 参评率          80.0%
 有效票          7
 无效票          1
 计票依据        纸质计票的汇总数

 领导班子建设    80.00
 队伍建设        100.00
 工作机制        80.00
 工作业绩        70.00
 作风形象        90.00
 发展思路        60.00
 总平均分        80.00
 结果            达到要求

 报上级备案      尚未登记
 在党员大会反馈  尚未登记
该测评已有选票或汇总数，不予覆盖
Esc返回 a新增 t汇总数 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect home <<'SCREEN'
 待办事项：超期 2 项，30 天内到期 28 项                                    1/30
! 2026-11-20 党费 2026     为 10 名党员核定 2026 年度月交党费（zhibu…       超期
! 2026-12-05 测评 2026     支委班子民主测评结果报上级备案                   超期
› 2026-12-31 会议 2026-12  主题党日 (0/1)                               即将到期
› 2026-12-31 会议 2026Q4   党课 (0/1)                                   即将到期
› 2026-12-31 会议 2026Q4   支部党员大会 (0/1)                           即将到期
› 2026-12-31 会议 2026-12  支部委员会 (0/1)                             即将到期
› 2026-12-31 会议 2026     民主评议党员 (0/1)                           即将到期
› 2026-12-31 会议 2026-12  第一党小组 党小组会 (0/1)                    即将到期
› 2026-12-31 会议 2026-12  第三党小组 党小组会 (0/1)                    即将到期
› 2026-12-31 会议 2026-12  第二党小组 党小组会 (0/1)                    即将到期

 支部概况
 党员       在册 10 人：正式 9 · 预备 1
 发展       申请人 0 · 积极分子 0 · 发展对象 0 · 预备党员 0
 党费       4季度至12月：尚无应交党费
 会议       2026年4季度  支部党员大会 ○  支部委员会 10月— 11月— 12月○
            党小组会 10月— 11月— 12月○  党课 ○  主题党日 10月— 11月— 12月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 12月共 2 人： 赵六 12-01（31周年）  孙丽 12-12（14周年）


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect from_home <<'SCREEN'
 2026 年支委班子民主测评（[ ] 换年度）
 记录            测评#1
 测评日期        2026-11-20
 应参评          10
 实参评          8
 参评率          80.0%
 有效票          7
 无效票          1
 计票依据        纸质计票的汇总数

 领导班子建设    80.00
 队伍建设        100.00
 工作机制        80.00
 工作业绩        70.00
 作风形象        90.00
 发展思路        60.00
 总平均分        80.00
 结果            达到要求

 报上级备案      尚未登记
 在党员大会反馈  尚未登记

Esc返回 a新增 t汇总数 PgUp上一年 PgDn下一年 F1帮助
SCREEN
