# The roster column 状态日期 (issue 18): a moved-in roster with 流动, 失联 and
# 停止党籍 since given days computes their deadlines; --update takes a new
# status with its date, and a new status without one keeps no old date.
zhibu init --branch "测试党支部" >/dev/null 2>&1
echo "--- bad 状态日期: in the future, before 入党日期, not a date (nothing written)"
zhibu import members "$DATA/flows-members-bad.csv"; echo "exit $?"
zhibu import members "$DATA/flows-members.csv"; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT name, status, coalesce(status_date, '-') FROM members ORDER BY id"
echo "--- exported with the column"
zhibu export roster --format csv | cut -d, -f1,14,15
echo "--- the deadlines on 2027-03-01 (2026-08-31 + 6 months = 2027-02-28)"
zhibu check --as-of 2027-03-01 2>/dev/null | grep -e 党籍 -e 类别; echo "exit $?"
echo "--- update: a new status with its date; without one the old date goes"
zhibu import members --update --dry-run "$DATA/flows-members-update.csv"; echo "exit $?"
zhibu import members --update "$DATA/flows-members-update.csv"; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT name, status, coalesce(status_date, '-') FROM members ORDER BY id"
