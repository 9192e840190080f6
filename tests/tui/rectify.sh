# 整改台账 (台账): every item, the overdue first (red), then the open ones by
# deadline, then those closed or voided (dim).  Enter shows an item with its
# progress; p appends progress; c closes it (销号) with the evidence picked
# from the minutes (会议#…); x voids it with a reason; s records the batch's
# report sent.  On 首页 the overdue item's to-do opens its page here.
roster
zhibu meeting add --kind 支部委员会 --date 2026-06-15 --title 研究整改 >/dev/null 2>&1
zhibu rectify batch --title 2026年巡察整改 --source 巡察 --feedback 2026-03-10 >/dev/null
zhibu rectify add --batch 2026年巡察整改 --problem 三会一课落实不到位 --measures 建立会议台账 --person 李四 --deadline 2026-12-31 >/dev/null
zhibu rectify add --batch 2026年巡察整改 --problem 党费收缴不及时 --person 王芳 --deadline 2026-06-30 >/dev/null
zhibu rectify add --batch 2026年巡察整改 --problem 理论学习不够深入 --long-term >/dev/null
zhibu rectify add --batch 2026年巡察整改 --problem 重复登记 --deadline 2026-12-31 >/dev/null
zhibu rectify progress 2 --date 2026-05-01 --text 已通知各党小组 >/dev/null
app <<'SCRIPT'
key 7 Home j j j j j Enter
dump-title list
key Enter
dump item
key p
type 已全部补交
key F2
dump progressed
key c
dump evidence_pick
key j Enter
key Tab
type 张三
key F2
dump closed
key Esc
key Home j x
type 重复登记
key F2
key Home s
key F2
dump list_after
SCRIPT
check "整改#2 closed with the minute as evidence" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT status, closed_on, verifier, evidence FROM rectify_items WHERE id = 2" | grep -qx "已销号|2026-11-20|张三|会议#1 2026-06-15 支部委员会 研究整改"'
check "整改#4 voided with its reason" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT status, void_reason FROM rectify_items WHERE id = 4" | grep -qx "作废|重复登记"'
check "the batch's report sent" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT report_sent_on FROM rectify_batches WHERE id = 1" | grep -qx "2026-11-20"'
zhibu rectify progress 1 --date 2026-11-01 --text 已建立台账 >/dev/null
ZHIBU_TODAY=2027-01-05; export ZHIBU_TODAY
app <<'SCRIPT'
key Home
dump home
key Enter
dump from_home
key Esc j Enter
dump from_batch
SCRIPT
ZHIBU_TODAY=2026-11-20; export ZHIBU_TODAY
expect list <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 整改台账（超期的在前）：共 4 项，超期 1 项，完成率 0.0%
 事项      批次           存在问题             整改时限   状态   最新进展
 整改#2    2026年巡察整…  党费收缴不及时       2026-06-30 整改中 已通知各党小组
 整改#1    2026年巡察整…  三会一课落实不到位   2026-12-31 未启动
 整改#4    2026年巡察整…  重复登记             2026-12-31 未启动
 整改#3    2026年巡察整…  理论学习不够深入     长期坚持   未启动
















Esc返回 Enter打开 a新增问题 p落实 c销号 x作废 F1帮助
SCREEN
expect item <<'SCREEN'
 整改#2  2026年巡察整改  2
 存在问题    党费收缴不及时
 整改措施
 责任领导
 责任单位
 责任人      王芳
 整改时限    2026-06-30
 状态        整改中（超期）
 整改报告    整改批#1：应于 2026-05-10 前报送，尚未报送

 整改进展
 2026-05-01  已通知各党小组  [整改中]










Esc返回 p落实 c销号 x作废 s报告已报送 F1帮助
SCREEN
expect progressed <<'SCREEN'
 整改#2  2026年巡察整改  2
 存在问题    党费收缴不及时
 整改措施
 责任领导
 责任单位
 责任人      王芳
 整改时限    2026-06-30
 状态        整改中（超期）
 整改报告    整改批#1：应于 2026-05-10 前报送，尚未报送

 整改进展
 2026-05-01  已通知各党小组  [整改中]
 2026-11-20  已全部补交  [整改中]








已记录 整改#2 的整改进展。
Esc返回 p落实 c销号 x作废 s报告已报送 F1帮助
SCREEN
expect evidence_pick <<'SCREEN'
 整改#2  2026年巡察整改  2
 存在问题    党费收缴不及时
 整改措施
 责任领导
 责任单位
 责任人      王芳
 整改时限    2026-06-30
 状态        整改中（超期）
 整改报告    整改批#1：应于 2026-05-10 前报送，尚未报送
                  ┌─ 佐证材料：近一年的会议记录，或直接填写 ─┐
 整改进展         │ （直接填写佐证材料）                     │
 2026-05-01  已通 │ 会议#1 2026-06-15 支部委员会 研究整改    │
 2026-11-20  已全 └──────────────────────────────────────────┘









Enter确定 Esc取消 F1帮助
SCREEN
expect closed <<'SCREEN'
 整改#2  2026年巡察整改  2
 存在问题    党费收缴不及时
 整改措施
 责任领导
 责任单位
 责任人      王芳
 整改时限    2026-06-30
 状态        已销号
 销号日期    2026-11-20
 验收人      张三
 佐证材料    会议#1 2026-06-15 支部委员会 研究整改
 整改报告    整改批#1：应于 2026-05-10 前报送，尚未报送

 整改进展
 2026-05-01  已通知各党小组  [整改中]
 2026-11-20  已全部补交  [整改中]
 2026-11-20  销号  [已销号]




整改#2 已销号。
Esc返回 p落实 c销号 x作废 s报告已报送 F1帮助
SCREEN
expect list_after <<'SCREEN'
 整改台账（超期的在前）：共 4 项，超期 0 项，完成率 33.3%
 事项      批次           存在问题             整改时限   状态   最新进展
 整改#1    2026年巡察整…  三会一课落实不到位   2026-12-31 未启动
 整改#3    2026年巡察整…  理论学习不够深入     长期坚持   未启动
 整改#2    2026年巡察整…  党费收缴不及时       2026-06-30 已销号 销号
 整改#4    2026年巡察整…  重复登记             2026-12-31 作废















整改批#1 的整改情况报告已于 2026-11-20 报送。
Esc返回 Enter打开 a新增问题 p落实 c销号 x作废 F1帮助
SCREEN
expect home <<'SCREEN'
 待办事项：超期 48 项，30 天内到期 8 项                                    1/56
! 2026-03-31 整改 2026Q1   整改#3 理论学习不够深入（长期坚持）：2026Q1…     超期
! 2026-06-30 会议 2026-06  主题党日 (0/1)                                   超期
! 2026-06-30 会议 2026Q2   党课 (0/1)                                       超期
! 2026-06-30 会议 2026Q2   支部党员大会 (0/1)                               超期
! 2026-06-30 会议 2026-06  第一党小组 党小组会 (0/1)                        超期
! 2026-06-30 会议 2026-06  第三党小组 党小组会 (0/1)                        超期
! 2026-06-30 会议 2026-06  第二党小组 党小组会 (0/1)                        超期
! 2026-06-30 整改 2026Q2   整改#3 理论学习不够深入（长期坚持）：2026Q2…     超期
! 2026-07-31 会议 2026-07  主题党日 (0/1)                                   超期
! 2026-07-31 会议 2026-07  支部委员会 (0/1)                                 超期

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
 整改#3  2026年巡察整改  3
 存在问题    理论学习不够深入
 整改措施
 责任领导
 责任单位
 责任人
 整改时限    长期坚持
 状态        未启动
 整改报告    整改批#1：应于 2026-05-10 前报送，2026-11-20 已报送

 整改进展











Esc返回 p落实 c销号 x作废 s报告已报送 F1帮助
SCREEN
expect from_batch <<'SCREEN'
 2026 年会议 · 自 2026-06-15 起计                      缺 31 项 · 本期待开 0 项
              一季度         二季度         三季度         四季度
 类型         1月  2月  3月  4月  5月  6月  7月  8月  9月  10月 11月 12月
 支部党员大会 — 不作要求     ✗ 0/1 缺       ✗ 0/1 缺       ✗ 0/1 缺
 支部委员会   —    —    —    —    —    ✓1/1 ✗0/1 ✗0/1 ✗0/1 ✗0/1 ✗0/1 ✗0/1
 党小组会     —    —    —    —    —    ✗0/3 ✗0/3 ✗0/3 ✗0/3 ✗0/3 ✗0/3 ✗0/3
 党课         — 不作要求     ✗ 0/1 缺       ✗ 0/1 缺       ✗ 0/1 缺
 主题党日     —    —    —    —    —    ✗0/1 ✗0/1 ✗0/1 ✗0/1 ✗0/1 ✗0/1 ✗0/1
 组织生活会   ✗ 0/1 缺
 民主生活会   — 不作要求
 民主评议党员 ✗ 0/1 缺
 谈心谈话     ✗ 0/1 缺
 其他         — 不作要求
 党建工作专题 ✗ 0/1 缺                      ✗ 0/1 缺

 ✓ 已开够  ✗ 缺  ○ 待开  — 不作要求    数字：已开/应开

 主题党日 · 2026年6月 · ✗ 缺
 要求：每月 1 次；已开 0 次。
 回车查看这些会议，a 记录一次会议。


F1帮助 Enter打开 a记录 PgUp上一年 PgDn下一年 m全部 c支委 p评议 q退出
SCREEN
