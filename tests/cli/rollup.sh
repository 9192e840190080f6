# The committee above: packages and databases of several branches, read
# read-only one at a time; bad inputs named and skipped; the same branch
# twice keeps the newer copy; people on two rolls listed; every committee
# total equal to the sum of the branches' own reports.
branch() { # branch FILE NAME SEED: a demo branch of 8 members, renamed
	zhibu --db "$1" demo --members 8 --seed "$3" 2>/dev/null
	zhibu --db "$1" init --branch "$2" --higher "示范县教育局党委" >/dev/null 2>&1
}
mkdir in
branch one.db 第一中学党支部 1
branch two.db 第二中学党支部 2
branch three.db 实验小学党支部 3

echo "== a package: masked, self-contained, read back"
zhibu --db one.db export package --masked -o in/one.db; echo "exit $?"
sqlite3 in/one.db "PRAGMA journal_mode" "SELECT key, value FROM package_manifest WHERE key NOT IN ('fingerprint', 'made_at') ORDER BY key"
ls -l in/one.db | cut -c1-10
# Every ID or phone column of every table is masked, and the change log
# keeps none of the old values (a new personal column fails here).
for t in $(sqlite3 in/one.db "SELECT name FROM sqlite_schema WHERE type = 'table'"); do
	for col in $(sqlite3 in/one.db "SELECT name FROM pragma_table_info('$t') WHERE name IN ('id_number', 'phone', 'mobile', 'id_card')"); do
		echo "$t.$col unmasked: $(sqlite3 in/one.db "SELECT count(*) FROM \"$t\" WHERE \"$col\" <> '' AND instr(\"$col\", '*') = 0")"
	done
done
echo "change log numbers left: $(sqlite3 in/one.db "SELECT count(*) FROM change_log WHERE field IN ('id_number', 'phone') AND (old_value <> '' OR new_value <> '')")"
echo "source still full: $(sqlite3 one.db "SELECT count(*) FROM members WHERE instr(id_number, '*') = 0")"
zhibu --db two.db export package -o in/two.db; echo "exit $?"
echo "unmasked package keeps numbers: $(sqlite3 in/two.db "SELECT count(*) FROM members WHERE instr(id_number, '*') = 0")"

echo "== inputs of every kind"
cp three.db in/three.db                     # a branch's own database
touch -d "2026-11-19 08:00:00" in/three.db
cp one.db in/one-old.db                     # the same branch, an older copy
touch -d '2026-01-01 00:00:00' in/one-old.db
cp "$DATA/zhibu-v1.db" in/old-schema.db     # written by zhibu schema 1

cp "$DATA/zhibu-v1.db" in/old-schema.db
sqlite3 in/foreign.db "CREATE TABLE t(x); INSERT INTO t VALUES (1)"
cp two.db in/damaged.db
sqlite3 in/damaged.db "PRAGMA journal_mode = DELETE" >/dev/null
printf 'garbage' | dd of=in/damaged.db bs=1 seek=4096 conv=notrunc 2>/dev/null
sqlite3 in/damaged.db "UPDATE branch SET name = '损坏的党支部'" 2>/dev/null
printf 'not a database\n' > in/readme.txt
sha_before=$(cat in/* | sha256sum)
ls in

echo "== dues, a quarter"
zhibu rollup in report dues --quarter 2026Q3; echo "exit $?"
echo "== inputs unchanged, nothing left beside them"
[ "$(cat in/* | sha256sum)" = "$sha_before" ] && echo "inputs unchanged"
ls in

echo "== committee totals = the sum of the branches' own reports"
zhibu rollup in/one.db in/two.db in/three.db report dues --year 2026 --format csv >all.csv; echo "exit $?"
# Each branch's own 合计 row, the columns found by their names.
col() { head -1 "$1" | tr -d '\357\273\277' | tr ',' '\n' | grep -nx "$2" | cut -d: -f1; }
for f in one two three; do
	zhibu --db $f.db report dues --year 2026 --format csv > $f.csv
	grep '^,合计,' $f.csv | awk -F, -v a=$(col $f.csv 本年应交) -v b=$(col $f.csv 本年实交) -v c=$(col $f.csv 欠交) \
		'{ print $a, $b, $c }'
done >own.txt
own=$(awk '{ a += $1; b += $2; c += $3 } END { printf "%.2f %.2f %.2f\n", a, b, c }' own.txt)
committee=$(grep '^,合计,' all.csv | awk -F, -v a=$(col all.csv 应交) -v b=$(col all.csv 实交) -v c=$(col all.csv 欠交) \
	'{ print $a, $b, $c }')
echo "own: $own committee: $committee"
[ "$own" = "$committee" ] && echo "dues totals agree"
zhibu rollup in/one.db in/two.db in/three.db report stats --format csv 2>&1 | grep -E '^党员总数|^,合计' | head -2
for f in one two three; do zhibu --db $f.db report stats --format csv | grep '^党员总数'; done

echo "== stats, meetings, pipeline, compliance, check"
zhibu rollup in/one.db in/two.db in/three.db report stats 2>&1 | tail -8
zhibu rollup in/one.db in/two.db in/three.db report meetings --year 2026 2>&1 | head -12
zhibu rollup in/one.db in/two.db in/three.db report pipeline
zhibu rollup in/one.db in/two.db in/three.db report compliance --year 2026 2>&1 | head -16
zhibu rollup in/one.db in/two.db in/three.db check --within 10 2>&1 | head -12
zhibu rollup in/one.db in/two.db in/three.db report branches 2>&1

echo "== a person on two rolls"
sqlite3 -csv one.db "SELECT name, sex, id_number, '在职', '正式', join_date FROM members WHERE status = '正常' ORDER BY id LIMIT 1" |
	{ echo '姓名,性别,公民身份号码,人员类别,党员类别,入党日期'; cat; } > moved.csv
zhibu --db two.db import members moved.csv; echo "exit $?"
zhibu rollup one.db two.db report pipeline --format csv 2>&1 | tail -6

zhibu --db one.db export package --masked -o one-masked.db 2>/dev/null
zhibu --db two.db export package --masked -o two-masked.db 2>/dev/null
zhibu rollup one-masked.db two-masked.db report pipeline --format csv 2>&1 | tail -3

echo "== the workbook: summary, conflicts, each branch's own sheet"
zhibu rollup one.db two.db three.db report dues --quarter 2026Q3 -o committee.xlsx; echo "exit $?"
unzip -p committee.xlsx xl/workbook.xml | grep -o 'sheet name="[^"]*"'

echo "== refusals"
zhibu rollup in/foreign.db in/readme.txt report dues --year 2026; echo "exit $?"
zhibu rollup report dues --year 2026; echo "exit $?"
zhibu rollup in; echo "exit $?"
zhibu rollup in report dues; echo "exit $?"
zhibu rollup in report roster; echo "exit $?"

echo "== a file's quick_check is remembered until the file changes"
XDG_CACHE_HOME=$PWD/cache zhibu rollup in report pipeline >/dev/null 2>&1
echo "remembered: $(wc -l < cache/zhibu/checked-inputs)"
XDG_CACHE_HOME=$PWD/cache zhibu rollup in report pipeline >/dev/null 2>&1
echo "remembered after a second run: $(wc -l < cache/zhibu/checked-inputs)"
printf 'garbage' | dd of=in/three.db bs=1 seek=8192 conv=notrunc 2>/dev/null
XDG_CACHE_HOME=$PWD/cache zhibu rollup in report pipeline 2>&1 | grep three.db
