# Dues imports: the yearly fixings (核定) and the payments, members found by
# ID number or by a name only one member has; bad files refused whole with
# FILE:LINE: 列名: messages and the database unchanged.
zhibu init --branch "测试党支部" --higher "测试学院党委" >/dev/null 2>&1
zhibu import members "$DATA/dues-members.csv"; echo "exit $?"
echo "--- fixings: computed, an alias category, an override with its approval"
zhibu import dues "$DATA/dues-fixings.csv"; echo "exit $?"
zhibu dues fixings --year 2026; echo "exit $?"
echo "--- payments: ranges at the fixed amounts, part payments, 补交, advance, voluntary"
zhibu import payments "$DATA/dues-payments.csv"; echo "exit $?"
snapshot() { sqlite3 "$ZHIBU_DB" "SELECT count(*), sum(amount) FROM dues_payments" \
	"SELECT count(*), sum(amount) FROM dues_fixings" "SELECT count(*) FROM change_log"; }
snapshot > before
echo "--- bad fixings: every problem reported, nothing written"
zhibu import dues "$DATA/dues-fixings-bad.csv"; echo "exit $?"
echo "--- bad payments: every problem reported, nothing written"
zhibu import payments "$DATA/dues-payments-bad.csv"; echo "exit $?"
snapshot > after
cmp before after && echo "database unchanged"
echo "--- the same file twice is refused"
zhibu import payments "$DATA/dues-payments.csv" 2>err; echo "exit $?"
tail -2 err
echo "--- --dry-run checks and writes nothing; --update replaces a fixing"
zhibu import dues "$DATA/dues-fixings-update.csv"; echo "exit $?"
zhibu import dues "$DATA/dues-fixings-update.csv" --update --dry-run; echo "exit $?"
zhibu dues fixings --year 2026 --format csv | grep 张伟
zhibu import dues "$DATA/dues-fixings-update.csv" --update; echo "exit $?"
zhibu dues fixings --year 2026 --format csv | grep 张伟
echo "--- a file without a member column"
printf '年度,计算基数\n2026,3000\n' > nomember.csv
zhibu import dues nomember.csv; echo "exit $?"
echo "--- the history of one member"
zhibu dues history --member 110105195501010422; echo "exit $?"
