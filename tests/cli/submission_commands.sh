# 报送 (issue 18): submissions upward with their due dates, sent on a day
# and a way; the yearly ones (党内统计年报 01-15, 年度工作总结和书记述职
# 01-31) from the rules table until a submission of the year records them;
# late and near ones in `zhibu check`.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu submission add --item "2026年党员教育培训情况" --to 上级党委组织部 --due 2026-11-30; echo "exit $?"
zhibu submission add --item "主题党日活动总结" --to 上级党委 --due 2026-11-10 --note 电子版; echo "exit $?"
echo "--- check: one late, one due soon; the yearly ones from the first day of their month"
zhibu check | grep 报送; echo "exit $?"
ZHIBU_TODAY=2026-12-20 zhibu check | grep 报送; echo "exit $?"
echo "--- sent"
zhibu submission sent 报送#2 --date 2026-11-19 --how 系统; echo "exit $?"
zhibu submission sent 2 --date 2026-11-19 --how 传真; echo "exit $?"
zhibu submission sent 9 --date 2026-11-19 --how 纸质; echo "exit $?"
zhibu check | grep 报送; echo "exit $?"
echo "--- the yearly 党内统计年报 recorded for 2027 replaces the rule's line"
zhibu submission add --item 党内统计年报 --to 上级党委组织部 --due 2027-01-12; echo "exit $?"
zhibu submission list --as-of 2026-12-20; echo "exit $?"
echo "--- the yearly 年度工作总结和书记述职: not on 12-31, from 01-01 on (the list of 2027 shows it)"
ZHIBU_TODAY=2026-12-31 zhibu check | grep 述职; echo "exit $?"
ZHIBU_TODAY=2027-01-01 zhibu check | grep 述职; echo "exit $?"
zhibu submission list --as-of 2027-01-01 --format csv; echo "exit $?"
ZHIBU_TODAY=2027-02-01 zhibu check | grep 报送; echo "exit $?"
echo "--- usage"
zhibu submission add --item x --due 2026-12-01; echo "exit $?"
zhibu submission sent --date 2026-11-19 --how 纸质; echo "exit $?"
zhibu submission; echo "exit $?"
