# A file of candidates with problems is refused whole, each problem with its
# line and column; the database is left as it was.
zhibu init --branch 测试支部 2>/dev/null
zhibu import members "$DATA/pipeline-members.csv" 2>/dev/null
zhibu export roster --format csv --full-id -o before.csv
zhibu import candidates "$DATA/pipeline-candidates-bad.csv"; echo "exit $?"
echo "--- nothing was written"
sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM candidates" "SELECT count(*) FROM candidate_steps" \
	"SELECT count(*) FROM change_log WHERE tbl = 'candidates'"
zhibu export roster --format csv --full-id -o after.csv
cmp before.csv after.csv && echo "roster unchanged"
echo "--- a reason in 例外说明 sets a rule aside for its row; a row without one is refused"
zhibu import candidates "$DATA/pipeline-candidates-override.csv"; echo "exit $?"
echo "--- without the second row it goes in, and the reason is kept"
head -n 2 "$DATA/pipeline-candidates-override.csv" > one.csv
zhibu import candidates one.csv; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT c.name, o.step, o.rule, o.reason, o.recorded_on FROM pipeline_overrides o JOIN candidates c ON c.id = o.candidate_id"
echo "--- columns"
printf '姓名,性别,年龄\n张三,男,30\n' > cols.csv
zhibu import candidates cols.csv; echo "exit $?"
echo "--- --dry-run checks and writes nothing"
zhibu import candidates --dry-run "$DATA/pipeline-candidates.csv"; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM candidates"
