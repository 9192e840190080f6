# zhibu check lists every 发展 deadline overdue or due within the window,
# at pinned dates; recording what was due clears it.  (Only the rows of
# 类别 发展: the other parts of zhibu have their own tests.)
zhibu init --branch 示范学院计算机学院教工第一党支部 2>/dev/null
zhibu import members "$DATA/pipeline-members.csv" 2>/dev/null
zhibu import candidates "$DATA/pipeline-candidates.csv" 2>/dev/null
pipeline_check() { zhibu check --format csv "$@" | grep '^发展,'; }
echo "--- today (2026-11-20), within 30 days"
pipeline_check; echo "exit $?"
echo "--- a week earlier, within 7 days"
pipeline_check --as-of 2026-11-13 --within 7
echo "--- recording what was due"
zhibu candidate step 陈晨 2 --date 2026-11-18 --who 张三 2>&1; echo "exit $?"
zhibu candidate assess 周敏 --date 2026-11-19 --result 较好 --note 学习认真; echo "exit $?"
zhibu candidate assess 孙磊 --date 2026-07-10 --result 好; echo "exit $?"
zhibu candidate assess 孙磊 --date 2026-07-10 --result 好; echo "exit $?"
zhibu candidate approve 郑丽 --date 2026-09-30 --number 党委〔2026〕21号 --override 上级党委派人谈话未单独记录; echo "exit $?"
pipeline_check
echo "--- 思想汇报 each quarter (周敏 was entered on 2026-11-20: from 2026Q4)"
ZHIBU_TODAY=2027-01-10 pipeline_check | grep 思想汇报
zhibu candidate thought-report 周敏 --date 2026-12-20; echo "exit $?"
zhibu candidate thought-report 周敏 --date 2026-11-19; echo "exit $?"
ZHIBU_TODAY=2027-01-10 pipeline_check | grep -c 周敏：思想汇报
echo "--- the setting off: no 思想汇报 items"
zhibu candidate settings --thought-reports off; echo "exit $?"
ZHIBU_TODAY=2027-04-10 pipeline_check | grep -c 思想汇报
