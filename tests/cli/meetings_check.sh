# zhibu check on two years of minutes with deliberate gaps: a quarter
# without its 支部党员大会, a month without 支委会 and 主题党日, a party
# group without its 党小组会; the current month's open items are due soon.
. "$DATA/meetings-setup.sh"
zhibu meeting list --period 2026-09; echo "exit $?"
zhibu meeting list --year 2026 --kind 党员大会; echo "exit $?"
echo "--- check (today 2026-11-20, due soon within 30 days)"
zhibu check; echo "exit $?"
echo "--- within 60 days: the quarter's and the year's meetings too"
zhibu check --within 60 --format csv; echo "exit $?"
echo "--- as of 2026-07-05: the 2026Q2 gap is new, later gaps not yet there"
zhibu check --as-of 2026-07-05 --within 0; echo "exit $?"
echo "--- a cancelled meeting counts for nothing"
zhibu meeting cancel --id 98 --reason "会议室停电"; echo "exit $?"
zhibu check --within 0 | grep 2026Q3
echo "--- a branch without a committee needs no 支委会"
zhibu meeting require 支部委员会 --count 0; echo "exit $?"
zhibu check | grep -c 支部委员会
echo "--- 党课 monthly instead of quarterly"
zhibu meeting require 党课 --period 月; echo "exit $?"
zhibu check --as-of 2026-03-10 | grep 党课
zhibu meeting require 党课 --period 季度 2>/dev/null
echo "--- counted only from meetings.since"
zhibu meeting require --since 2026-10-01; echo "exit $?"
zhibu check
zhibu meeting require
zhibu meeting require --since none; echo "exit $?"
echo "--- a group with no members left needs no 党小组会"
sed 's/第二党小组/第一党小组/' "$DATA/meetings-roster.csv" > moved.csv
zhibu import members moved.csv --update 2>/dev/null; echo "exit $?"
zhibu check
echo "--- nothing recorded yet: only the current periods"
zhibu --db empty.db init --branch "新支部" 2>/dev/null
zhibu --db empty.db import members "$DATA/meetings-roster.csv" 2>/dev/null
zhibu --db empty.db check --within 45
echo "--- usage"
zhibu meeting require 茶话会 --count 1; echo "exit $?"
zhibu meeting require 党课; echo "exit $?"
zhibu meeting require --count 2; echo "exit $?"
zhibu meeting require 党课 --period 周; echo "exit $?"
zhibu meeting list --year 2026-09; echo "exit $?"
