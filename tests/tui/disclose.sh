# 党务公开 (台账): the catalogue × the year's periods; Enter on a cell opens
# its disclosure with the steps, n records the next one, p publishes and is
# refused without 审核 and 审批 (第十五条); a proposes a disclosure for the
# cell (the 党费 summary filled from the dues); o lists the 意见建议 (overdue
# first), r replies, z turns one into a 整改 item; b shows the box openings.
# On 首页 the to-dos of 公开 and 意见 open their records here: a period still
# to disclose opens the calendar on its row and period (2026Q1 组织生活 below).
roster
zhibu disclose add --catalog 8 --period 2026Q1 --summary 一季度党费 --proposed 2026-04-10 --by 李四 >/dev/null
zhibu disclose review 1 --date 2026-04-11 --by 王芳 --secrecy ok >/dev/null
zhibu disclose approve 1 --date 2026-04-12 --by 张三 >/dev/null
zhibu disclose publish 1 --date 2026-04-15 >/dev/null
zhibu disclose add --catalog 8 --period 2026Q2 --summary 二季度党费 --proposed 2026-08-10 --by 李四 >/dev/null
zhibu disclose review 2 --date 2026-08-11 --by 王芳 --secrecy ok >/dev/null
zhibu disclose approve 2 --date 2026-08-12 --by 张三 >/dev/null
zhibu disclose publish 2 --date 2026-08-15 >/dev/null
zhibu disclose add --catalog 4 --period 2026Q3 --summary 三季度组织生活 --proposed 2026-10-05 --by 李四 >/dev/null
zhibu feedback add --date 2026-10-09 --channel 意见箱 --content 希望公开栏按时更新 --handler 李四 >/dev/null
zhibu feedback add --date 2026-11-16 --channel 当面 --content 建议公开党费使用明细 --handler 王芳 >/dev/null
zhibu feedback box add 一号意见箱 --place 党员活动室 --since 2026-09-01 >/dev/null
zhibu feedback box open 一号意见箱 --date 2026-09-30 --by 张三 --found 2 >/dev/null
zhibu rectify batch --title 2026年意见整改 --source 意见建议 --feedback 2026-11-01 >/dev/null
app <<'SCRIPT'
key 1
dump home
key Enter
dump home_disclosures
key Esc j j j Enter
dump home_feedback
key Esc j j Enter
dump home_disclosure
key Esc j Enter
dump home_box
SCRIPT
app <<'SCRIPT'
key 7 End Up Up Enter
dump-title calendar
key Enter
dump empty_cell
key Esc
key j j j j j j j l
key a
dump propose
key Tab Tab Tab Tab Tab Tab
type 李四
key F2
dump proposed
key Enter
dump page
key p
key F2
dump refused
key Enter Esc
key n
key Tab
type 王芳
key F2
dump reviewed
key Esc
key o
dump opinions
key Enter
dump opinion
key r
key Tab Right Tab
type 已安排每月更新
key F2
dump replied
key z
key Enter
type 2026-12-31
key F2
dump rectified
key Esc Esc
key b
dump boxes
SCRIPT
expect calendar <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 党务公开 2026 年：✓ 按时 1，! 逾期公开 1，✗ 缺 5，○ 待公开 7（— 不适用）
 事项                  1月 2月 3月 4月 5月 6月 7月 8月 9月 10月11月12月
 支部学习计划及落实情… H1 ✗缺                  H2 ○待公开
 年度党建工作计划、工… ○待公开
 支委分工及职责        —
 组织生活（三会一课）… Q1 ✗缺      Q2 ✗缺      Q3 ✗待审    Q4 ○待公开
 党组织选举（换届）情… —
 发展党员情况（接收、… —
 民主评议党员结果      ○待公开
 党费收缴、使用、管理… Q1 ✓已公开  Q2 !逾期公… Q3 ✗缺      Q4 ○待公开
 组织生活会征求意见、… —
 民主测评结果          ○待公开
 党员领导干部廉洁自律… ○待公开
 党内制度规定的办事程… —
 为群众办实事进展情况  —





 支部学习计划及落实情况 2026H2  截止 2027-01-30  尚未提出（按 a 提出）

Esc返回 Enter打开 a提出 n下一步 o意见 b意见箱 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect empty_cell <<'SCREEN'
 提出公开：支部学习计划及落实情况

 标题 *      支部学习计划及落实情况
 期间 *      2026H2
 内容摘要 *
 公开范围    党内
 公开形式 *  党员大会、公开栏
 提出日期 *  2026-11-20
 提出人 *

             [ 保存 F2 ]  [ 取消 Esc ]











F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect propose <<'SCREEN'
 提出公开：党费收缴、使用、管理情况

 标题 *      党费收缴、使用、管理情况
 期间 *      2026Q4
 内容摘要 *  2026Q4（2026-10-01至2026-12-31）应交党费0.00元，实交0.00元，收缴…
 公开范围    党内
 公开形式 *  党员大会、公开栏
 提出日期 *  2026-11-20
 提出人 *

             [ 保存 F2 ]  [ 取消 Esc ]











F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect proposed <<'SCREEN'
 党务公开 2026 年：✓ 按时 1，! 逾期公开 1，✗ 缺 5，○ 待公开 7（— 不适用）
 事项                  1月 2月 3月 4月 5月 6月 7月 8月 9月 10月11月12月
 支部学习计划及落实情… H1 ✗缺                  H2 ○待公开
 年度党建工作计划、工… ○待公开
 支委分工及职责        —
 组织生活（三会一课）… Q1 ✗缺      Q2 ✗缺      Q3 ✗待审    Q4 ○待公开
 党组织选举（换届）情… —
 发展党员情况（接收、… —
 民主评议党员结果      ○待公开
 党费收缴、使用、管理… Q1 ✓已公开  Q2 !逾期公… Q3 ✗缺      Q4 ○待审
 组织生活会征求意见、… —
 民主测评结果          ○待公开
 党员领导干部廉洁自律… ○待公开
 党内制度规定的办事程… —
 为群众办实事进展情况  —





 党费收缴、使用、管理情况 2026Q4  截止 2027-01-30  公开#4 拟稿
公开#4 已提出：党费收缴、使用、管理情况
Esc返回 Enter打开 a提出 n下一步 o意见 b意见箱 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect page <<'SCREEN'
 公开#4  党费收缴、使用、管理情况  [拟稿]
 公开事项      期间 2026Q4
 公开范围      党内
 公开形式      党员大会、公开栏
 内容摘要      2026Q4（2026-10-01至2026-12-31）应交党费0.00元，实交0.00元，收缴
               率—；期内收到党费0.00元（含补交、预交），上缴上级党委0.00元。

 提出          2026-11-20 李四
 审核          —    ← 下一步：n
 审批          —
 公开（党内）  —
 公开期至      —
 撤下          —
 归档          —








Esc返回 n下一步 p公开 x作废 F1帮助
SCREEN
expect refused <<'SCREEN'
 公开 公开#4 党费收缴、使用、管理情况（党内）

 公开日期 *  2026-11-20                               未经审核（含保密审查）和…

             [ 保存 F2 ]  [ 取消 Esc ]



          ┌─ 未保存 ─────────────────────────────────────────────────┐
          │ 未经审核（含保密审查）和审批，不得公开（中国共产党党务公 │
          │ 开条例（试行）第十五条）                                 │
          │                                                          │
          └──────────────────────────────────────────────────────────┘








公开日期: 未经审核（含保密审查）和审批，不得公开（中国共产党党务公开条例（试行…
Enter确定
SCREEN
expect reviewed <<'SCREEN'
 公开#4  党费收缴、使用、管理情况  [已审核]
 公开事项      期间 2026Q4
 公开范围      党内
 公开形式      党员大会、公开栏
 内容摘要      2026Q4（2026-10-01至2026-12-31）应交党费0.00元，实交0.00元，收缴
               率—；期内收到党费0.00元（含补交、预交），上缴上级党委0.00元。

 提出          2026-11-20 李四
 审核          2026-11-20 王芳  保密审查：已审查
 审批          —    ← 下一步：n
 公开（党内）  —
 公开期至      —
 撤下          —
 归档          —







公开#4：已登记。
Esc返回 n下一步 p公开 x作废 F1帮助
SCREEN
expect opinions <<'SCREEN'
 意见建议（超期的在前）：共 2 条，超期未答复 1 条，待答复 1 条，已答复 0 条
 意见     收到日期   渠道   内容                  承办人    办理期限   状态
 意见#1   2026-10-09 意见箱 希望公开栏按时更新    李四      2026-10-23 超期未…
 意见#2   2026-11-16 当面   建议公开党费使用明细  王芳      2026-11-30 待答复


















Esc返回 Enter打开 r答复 z整改 F1帮助
SCREEN
expect opinion <<'SCREEN'
 意见#1  2026-10-09  [待办]
 收到日期  2026-10-09
 渠道      意见箱
 反映人    匿名
 内容      希望公开栏按时更新
 承办人    李四
 办理期限  2026-10-23（超期）
 答复日期  —
 处理结果
 答复内容












Esc返回 r答复 z整改 F1帮助
SCREEN
expect replied <<'SCREEN'
 意见#1  2026-10-09  [已答复]
 收到日期  2026-10-09
 渠道      意见箱
 反映人    匿名
 内容      希望公开栏按时更新
 承办人    李四
 办理期限  2026-10-23
 答复日期  2026-11-20
 处理结果  采纳
 答复内容  已安排每月更新











意见#1 已答复。
Esc返回 r答复 z整改 F1帮助
SCREEN
expect rectified <<'SCREEN'
 意见#1  2026-10-09  [已答复]
 收到日期  2026-10-09
 渠道      意见箱
 反映人    匿名
 内容      希望公开栏按时更新
 承办人    李四
 办理期限  2026-10-23
 答复日期  2026-11-20
 处理结果  采纳
 答复内容  已安排每月更新
 整改      整改#1










意见#1 已转为整改#1。
Esc返回 r答复 z整改 F1帮助
SCREEN
expect boxes <<'SCREEN'
 意见箱及开箱记录
 意见箱
 2026-09-01  一号意见箱  党员活动室

 开箱记录（按日期）
 2026-09-30  一号意见箱  张三  收到 2
















Esc返回 F1帮助
SCREEN
expect home <<'SCREEN'
 待办事项：超期 7 项，30 天内到期 18 项                                    1/25
! 2026-04-30 公开 2026Q1   组织生活（三会一课）开展情况 应公开              超期
! 2026-07-30 公开 2026H1   支部学习计划及落实情况 应公开                    超期
! 2026-07-30 公开 2026Q2   组织生活（三会一课）开展情况 应公开              超期
! 2026-10-23 意见 2026-10  意见#1（意见箱）待答复                           超期
! 2026-10-30 公开 2026Q3   党费收缴、使用、管理情况 应公开                  超期
! 2026-10-30 公开 2026Q3   组织生活（三会一课）开展情况 应公开              超期
! 2026-10-31 意见 2026-10  一号意见箱未开箱                                 超期
› 2026-11-20 党费 2026     为 10 名党员核定 2026 年度月交党费（zhibu…   即将到期
› 2026-11-30 会议 2026-11  主题党日 (0/1)                               即将到期
› 2026-11-30 会议 2026-11  支部委员会 (0/1)                             即将到期

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
expect home_disclosures <<'SCREEN'
 党务公开 2026 年：✓ 按时 1，! 逾期公开 1，✗ 缺 5，○ 待公开 7（— 不适用）
 事项                  1月 2月 3月 4月 5月 6月 7月 8月 9月 10月11月12月
 支部学习计划及落实情… H1 ✗缺                  H2 ○待公开
 年度党建工作计划、工… ○待公开
 支委分工及职责        —
 组织生活（三会一课）… Q1 ✗缺      Q2 ✗缺      Q3 ✗待审    Q4 ○待公开
 党组织选举（换届）情… —
 发展党员情况（接收、… —
 民主评议党员结果      ○待公开
 党费收缴、使用、管理… Q1 ✓已公开  Q2 !逾期公… Q3 ✗缺      Q4 ○待公开
 组织生活会征求意见、… —
 民主测评结果          ○待公开
 党员领导干部廉洁自律… ○待公开
 党内制度规定的办事程… —
 为群众办实事进展情况  —





 组织生活（三会一课）开展情况 2026Q1  截止 2026-04-30  尚未提出（按 a 提出）

Esc返回 Enter打开 a提出 n下一步 o意见 b意见箱 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect home_feedback <<'SCREEN'
 意见#1  2026-10-09  [待办]
 收到日期  2026-10-09
 渠道      意见箱
 反映人    匿名
 内容      希望公开栏按时更新
 承办人    李四
 办理期限  2026-10-23（超期）
 答复日期  —
 处理结果
 答复内容












Esc返回 r答复 z整改 F1帮助
SCREEN
expect home_disclosure <<'SCREEN'
 公开#3  组织生活（三会一课）开展情况  [拟稿]
 公开事项      期间 2026Q3
 公开范围      党内
 公开形式      党员大会
 内容摘要      三季度组织生活

 提出          2026-10-05 李四
 审核          —    ← 下一步：n
 审批          —
 公开（党内）  —
 公开期至      —
 撤下          —
 归档          —









Esc返回 n下一步 p公开 x作废 F1帮助
SCREEN
expect home_box <<'SCREEN'
 意见箱及开箱记录
 意见箱
 2026-09-01  一号意见箱  党员活动室

 开箱记录（按日期）
 2026-09-30  一号意见箱  张三  收到 2
















Esc返回 F1帮助
SCREEN
check "the opinion answered and turned into 整改#1, marked with its number" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT f.result, i.problem FROM feedback f, rectify_items i WHERE f.id = 1 AND i.id = 1" | grep -qx "采纳|希望公开栏按时更新（意见#1）"'
check "公开#4 proposed, reviewed with the secrecy check, not published" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT status, reviewer, secrecy_checked, coalesce(published_on, \"-\") FROM disclosures WHERE id = 4" | grep -qx "已审核|王芳|1|-"'
