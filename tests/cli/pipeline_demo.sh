# The demo has people at every stage of 发展, a few of them late, with the
# probationary members of the demo roster linked to their records.
zhibu demo --members 400 2>/dev/null; echo "exit $?"
zhibu report pipeline --format csv > p.csv; echo "exit $?"
for s in 申请人 积极分子 发展对象 预备党员; do grep -q ",$s," p.csv && echo "$s: yes"; done
grep -q ',超期' p.csv && echo "some are overdue"
sqlite3 "$ZHIBU_DB" "SELECT count(*) BETWEEN 30 AND 50 FROM candidates" \
	"SELECT count(*) = 0 FROM candidates c JOIN members m ON m.id = c.member_id WHERE m.join_date <> (SELECT date FROM candidate_steps WHERE candidate_id = c.id AND step = 15)"
zhibu check --format csv | grep -q '^发展,' && echo "check lists them"
