# The tabs: Tab, Shift-Tab and 1-6 switch screens.  首页 shows the to-dos
# and the branch at a glance from the real records; 报表 lists every report;
# 会议 with no minute yet counts from today (nothing was required before);
# 发展 with nobody in the pipeline says how to add or import people.
roster
app <<'SCRIPT'
key 1
dump home
key Tab Tab
dump dues
key 4
dump meetings
key Tab
dump pipeline
key BackTab BackTab BackTab BackTab BackTab
dump reports
key Tab Tab
dump members
SCRIPT
expect home <<'SCREEN'
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表
 待办事项：超期 0 项，30 天内到期 5 项
› 2026-11-30 会议 2026-11  主题党日 (0/1)                               即将到期
› 2026-11-30 会议 2026-11  支部委员会 (0/1)                             即将到期
› 2026-11-30 会议 2026-11  第一党小组 党小组会 (0/1)                    即将到期
› 2026-11-30 会议 2026-11  第三党小组 党小组会 (0/1)                    即将到期
› 2026-11-30 会议 2026-11  第二党小组 党小组会 (0/1)                    即将到期






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
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表
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
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表
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
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表
 2026 年度发展计划：未设定（按 t 设定）            超期 0 人 · 30 天内到期 0 人
  申请人 0           积极分子 0         发展对象 0         预备党员 0

  发展名单中还没有人：按 a 新增入党申请人；zhibu import candidates 文件
  可导入已在发展中的人员。

















F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
expect reports <<'SCREEN'
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表
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
  待办事项（超期与即将到期）  zhibu check
  党务公开登记表              zhibu report disclosures
  党务公开目录                zhibu report disclosure-catalog
  意见建议办理登记表          zhibu report feedback
  意见建议办理情况公示        zhibu report feedback-notice

 与命令行的报表相同；按 s 以条形图查看党员统计。

F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
check "back on the members after going round" grep -q "在册党员 10 人" members
