# The tabs: Tab, Shift-Tab and 1-6 switch screens.  首页 counts the real
# records; the screens that later versions fill say so, with no made-up data;
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

  示范学院计算机学院教工第一党支部
  上级党委：示范学院计算机学院党委

  在册党员                            10
    正式党员                           9
    预备党员                           1
  流动党员                             1
  失联党员                             1
  党小组                               3

  按 2 查看党员。党费、会议和近期待办事项将在以后的版本中显示在这里。










F1帮助 Tab切换界面 q退出
SCREEN
expect dues <<'SCREEN'
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表

  党费

  将在 zhibu 以后的版本中提供。
  每月应交党费、缴纳记录、欠交情况和季度报表。

















F1帮助 Tab切换界面 q退出
SCREEN
expect meetings <<'SCREEN'
 示范学院计算机学院教工第一党支部      1首页  2党员  3党费  4会议  5发展  6报表

  会议

  将在 zhibu 以后的版本中提供。
  三会一课等会议的记录，以及每月、每季度还缺哪些会议。

















F1帮助 Tab切换界面 q退出
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

  报表

  将在 zhibu 以后的版本中提供。
  各类名册和报表；目前请使用 zhibu export 和 zhibu report。

















F1帮助 Tab切换界面 q退出
SCREEN
check "back on the members after going round" grep -q "在册党员 10 人" members
