# The tabs: Tab, Shift-Tab and 1-7 switch screens, and each screen's title
# line is checked here once (the other tests leave it out of their dumps).
# 首页 shows the to-dos and the branch at a glance from the real records;
# 报表 lists every report; 会议 with no minute yet counts from today (nothing
# was required before); 发展 with nobody in the pipeline says how to add or
# import people; 台账 lists the ledgers of the registry, Enter opens one and
# Esc comes back to 台账.
roster
app <<'SCRIPT'
key 1
dump-title home
key Tab Tab
dump-title dues
key 4
dump-title meetings
key Tab
dump-title pipeline
key BackTab BackTab BackTab BackTab BackTab BackTab
dump-title reports
key Tab
dump-title ledgers
key Home j j j Enter
dump-title ledger_stats
key Esc
dump-title ledgers_again
key Tab Tab
dump-title members
SCRIPT
expect home <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 待办事项：超期 0 项，30 天内到期 16 项                                    1/16
› 2026-11-20 党费 2026     为 10 名党员核定 2026 年度月交党费（zhibu d… 即将到期
› 2026-11-30 会议 2026-11  主题党日 (0/1)                               即将到期
› 2026-11-30 会议 2026-11  支部委员会 (0/1)                             即将到期
› 2026-11-30 会议 2026-11  第一党小组 党小组会 (0/1)                    即将到期
› 2026-11-30 会议 2026-11  第三党小组 党小组会 (0/1)                    即将到期
› 2026-11-30 会议 2026-11  第二党小组 党小组会 (0/1)                    即将到期
› 2026-12-31 谈话 2026     吴婷 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     周杰 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     孙丽 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     张三 未与支委谈心谈话                        即将到期

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
expect dues <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 2026 年党费 · 10 人                                                 [ ] 换年份
 姓名        1  2  3  4  5  6  7  8  9 10 11 12      实交     欠交 欠月 交至
 赵六        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 李四        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 张三        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 吴婷        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 欧阳建国    ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 孙丽        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 王芳        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 周杰        ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 阿卜杜热…   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定
 曾志强      ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·                         未核定





 收缴率%      -  -  -  -  -  -  -  -  -  -  -  - 1-11月 -
 2026 年还没有核定月应交：按 F 打开核定表。

 赵六 2026-11：本年未核定月应交（按 e 核定）

F1帮助 /搜索 f筛选 a交费 m记已交 M全部记已交 Enter打开 F核定 R上缴记录 q退出
SCREEN
expect meetings <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 2026 年会议 · 自 2026-11-20 起计                       缺 0 项 · 本期待开 8 项
              一季度         二季度         三季度         四季度
 类型         1月  2月  3月  4月  5月  6月  7月  8月  9月  10月 11月 12月
 支部党员大会 — 不作要求     — 不作要求     — 不作要求     ○ 0/1 待开
 支部委员会   —    —    —    —    —    —    —    —    —    —    ○0/1 ○0/1
 党小组会     —    —    —    —    —    —    —    —    —    —    ○0/3 ○0/3
 党课         — 不作要求     — 不作要求     — 不作要求     ○ 0/1 待开
 主题党日     —    —    —    —    —    —    —    —    —    —    ○0/1 ○0/1
 组织生活会   ○ 0/1 待开
 民主生活会   — 不作要求
 民主评议党员 ○ 0/1 待开
 谈心谈话     ○ 0/1 待开
 其他         — 不作要求

 ✓ 已开够  ✗ 缺  ○ 待开  — 不作要求    数字：已开/应开

 支部党员大会 · 2026年四季度 · ○ 待开
 要求：每季度 1 次；已开 0 次。
 10月 0 · 11月 0 · 12月 0
 回车查看这些会议，a 记录一次会议。


F1帮助 Enter打开 a记录 PgUp上一年 PgDn下一年 m全部 c支委 p评议 q退出
SCREEN
expect pipeline <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 2026 年度发展计划：未设定（按 t 设定）            超期 0 人 · 30 天内到期 0 人
  申请人 0           积极分子 0         发展对象 0         预备党员 0

  发展名单中还没有人：按 a 新增入党申请人；zhibu import candidates 文件
  可导入已在发展中的人员。

















F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
expect reports <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 报表和名册：按 Enter 选择期间、格式和保存位置
  党员花名册                  zhibu export roster
  党费季报                    zhibu report dues --quarter
  党费年报                    zhibu report dues --year
  党费收缴公示                zhibu report dues-notice
  欠交党费名单                zhibu report arrears
  组织生活情况（按年度要求）  zhibu report meetings
  会议记录                    zhibu export minutes --year
  发展党员情况                zhibu report pipeline
  发展党员公示                zhibu report notice
  入党积极分子名册            zhibu export activists
  发展对象名册                zhibu export candidates
  新党员名册                  zhibu export new-members
  党员统计表                  zhibu report stats
  党员教育培训学时登记表      zhibu report hours
  谈心谈话覆盖情况            zhibu report talks
  志愿服务、承诺践诺与先锋岗  zhibu report service
  待办事项（超期与即将到期）  zhibu check
  花名册导入模板              zhibu export template members

 与命令行的报表相同；按 s 以条形图查看党员统计。

F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
check "back on the members after going round" grep -q "在册党员 10 人" members
expect ledgers <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 台账：按 Enter 打开，按 Esc 返回此处
  支委           支部委员会：谁自何时起担任何职（书记、组织委员等）
  民主评议党员   本年度民主评议党员的等次：优秀不超过参评人数的三分之一
  党小组         党小组及其组长和人数；按 Enter 列出该组的党员
  党员统计       以条形图显示党员统计：性别、民族、学历、年龄等，可指定截至日期
  学时           每名党员本年度的学时，不足的在前；按 Enter 查看计入的会议和培…
  整改台账       各批次的整改事项，超期的在前；回车查看事项及其整改进展
  年度计划       本年度党建工作计划：各项的状态，绑定指标的任务自动统计进度
  民主测评       本年度支委班子民主测评：参评率、有效票、各项目平均分和结果













F1帮助 Enter打开 Tab切换界面 q退出
SCREEN
expect ledger_stats <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 党员统计    截至 2026-11-20    在册党员 10 人                              36%

性别
 男         ████████████████████████████████                         6  60.0%
 女         ██████████████████████                                   4  40.0%

民族
 汉族       ████████████████████████████████                         6  60.0%
 少数民族   ██████████████████████                                   4  40.0%

学历
 大专及以上 █████████████████████████████████████████████████        9  90.0%
 研究生     ████████████████                                         3  30.0%
 大学本科   ██████████████████████                                   4  40.0%
 大学专科   ███████████                                              2  20.0%
 中专                                                                0   0.0%
 高中       █████                                                    1  10.0%
 初中                                                                0   0.0%
 小学及以下                                                          0   0.0%

年龄

Esc返回 d日期 PgDn下页 PgUp上页 F1帮助 q退出
SCREEN
expect ledgers_again <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 台账：按 Enter 打开，按 Esc 返回此处
  支委           支部委员会：谁自何时起担任何职（书记、组织委员等）
  民主评议党员   本年度民主评议党员的等次：优秀不超过参评人数的三分之一
  党小组         党小组及其组长和人数；按 Enter 列出该组的党员
  党员统计       以条形图显示党员统计：性别、民族、学历、年龄等，可指定截至日期
  学时           每名党员本年度的学时，不足的在前；按 Enter 查看计入的会议和培…
  整改台账       各批次的整改事项，超期的在前；回车查看事项及其整改进展
  年度计划       本年度党建工作计划：各项的状态，绑定指标的任务自动统计进度
  民主测评       本年度支委班子民主测评：参评率、有效票、各项目平均分和结果













F1帮助 Enter打开 Tab切换界面 q退出
SCREEN
expect members <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 10 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 李四       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常
 吴婷       女   正式     2019-05-04 第一党小组 在职     138****0000   正常
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常
 孙丽       女   正式     2012-12-12 第二党小组 在职     135****2222   失联
 王芳       女   预备     2026-05-20 第二党小组 学生     150****0001   正常
 周杰       男   正式     1998-03-01 第三党小组 离退休   133****1111   正常
 阿卜杜热…  男   正式     2010-07-01 第三党小组 在职     189****0001   正常
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常









F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
