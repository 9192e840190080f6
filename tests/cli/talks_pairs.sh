# 谈心谈话 between every two members (talks.member_pairs = 1, issue 17): the
# 党员之间 coverage with the pairs still missing in `zhibu report talks`, one
# summarised `zhibu check` row from 11-01, and the 组织生活会's warning counts
# them; a big branch is not counted and the report says why.
. "$DATA/meetings-setup.sh"
zhibu import talks "$DATA/talks.csv" >/dev/null 2>&1
zhibu talk add --date 2026-09-01 --talker 周八 --with 吴九、郑十 >/dev/null 2>&1
echo "--- off (the default): no 党员之间 sheet, no pairs in check"
zhibu report talks --year 2026 --format csv | grep -c 党员之间
zhibu check | grep -c 党员之间
sqlite3 "$ZHIBU_DB" "INSERT INTO settings VALUES ('talks.member_pairs', '1')"
echo "--- on: the pairs still missing"
zhibu report talks --year 2026 --as-of 2026-10-31 | sed -n '/^谈心谈话覆盖情况：党员之间/,/^谈心谈话登记表/p'; echo "exit $?"
echo "--- check: nothing before 11-01, one row for all the pairs from 11-01"
ZHIBU_TODAY=2026-10-31 zhibu check | grep 党员之间; echo "exit $?"
zhibu check | grep 谈话; echo "exit $?"
echo "--- the 组织生活会 asks for the pairs of members too (a warning)"
zhibu meeting add --kind 组织生活会 --date 2026-11-19 --title "2026年度组织生活会" --start 14:30 --end 17:00; echo "exit $?"
echo "--- a branch of more than 200: not counted, the report says why, check is quiet"
export ZHIBU_DB="$PWD/big.db"
zhibu demo --members 240 >/dev/null 2>&1; echo "exit $?"
sqlite3 "$ZHIBU_DB" "INSERT INTO settings VALUES ('talks.member_pairs', '1')"
zhibu report talks --year 2026 | sed -n '/^谈心谈话覆盖情况：党员之间/,/^谈心谈话登记表/p'; echo "exit $?"
zhibu check | grep -c 党员之间
echo "--- a branch of 40: the first 100 missing pairs listed, the count of all"
export ZHIBU_DB="$PWD/forty.db"
zhibu demo --members 40 >/dev/null 2>&1; echo "exit $?"
sqlite3 "$ZHIBU_DB" "INSERT INTO settings VALUES ('talks.member_pairs', '1')"
zhibu report talks --year 2026 | sed -n '/^谈心谈话覆盖情况：党员之间/,/^谈心谈话登记表/p' > pairs.txt
grep -c ' 未谈$' pairs.txt
grep '^党员之间\|^未谈的' pairs.txt
zhibu check | grep 党员之间 | sed 's/  */ /g'
