# Bad input is refused whole, with FILE:LINE: 列名: problem, and changes nothing.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" 2>/dev/null
snapshot() { sqlite3 "$ZHIBU_DB" .dump | md5sum; }
before=$(snapshot)
for f in members-bad.csv members-broken.csv members-columns.csv members-binary.csv no-such-file.csv; do
	echo "--- $f"
	zhibu import members "$DATA/$f"; echo "exit $?"
done
echo "--- the same people again, without --update"
zhibu import members "$DATA/members.csv"; echo "exit $?"
echo "--- GBK read as UTF-8 when told so"
zhibu import members "$DATA/members-gbk.csv" --encoding utf-8; echo "exit $?"
echo "--- usage errors"
zhibu import members; echo "exit $?"
zhibu import members a.csv --encoding latin1; echo "exit $?"
zhibu import people a.csv; echo "exit $?"
zhibu export roster --format docx; echo "exit $?"
zhibu --db nowhere.db export roster; echo "exit $?"
ZHIBU_TODAY=2026-02-30 zhibu export roster; echo "exit $?"
[ "$(snapshot)" = "$before" ] && echo "database unchanged"
echo "--- --dry-run checks and writes nothing"
zhibu --db dry.db import members "$DATA/members.csv" --dry-run; echo "exit $?"
zhibu --db dry.db export roster --format csv | wc -l
echo "--- the same person twice in one file: one message, on the second line"
head -2 "$DATA/members.csv" > twice.csv
sed -n 2p "$DATA/members.csv" >> twice.csv
zhibu --db twice.db import members twice.csv; echo "exit $?"
echo "--- ID numbers and dates typed in full width are read"
sed '2s/110105198005120116/１１０１０５１９８００５１２０１１６/; 2s/2005-06-30/２００５－０６－３０/' "$DATA/members.csv" > wide.csv
zhibu --db wide.db import members wide.csv; echo "exit $?"
zhibu --db wide.db export roster --format csv --full-id | grep 张三
