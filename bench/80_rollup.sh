# The committee (zhibu rollup): 200 branches of 50 members with ten years of
# dues and meetings, each a demo branch of its own name; the quarter's dues
# report and check over all of them, beside sqlite3's CLI reading each
# file's quarter of payments in one process (ATTACH, one query, DETACH).
# Then 100 and 1,000 small branches (10 members: copies of 20 demo files,
# renamed), to show that the time grows linearly and the memory does not
# (2,000 branches of 50 members would be 12 GB of files to make).
rollup_make() { # rollup_make DIR FROM TO MEMBERS SEEDS: branches FROM..TO in DIR
	mkdir -p "$1"
	i=$2
	while [ "$i" -le "$3" ]; do
		seed="$WORK/rollup-seed/m$4-b$((i % $5)).db"
		if [ ! -f "$seed" ]; then
			mkdir -p "$WORK/rollup-seed"
			"$ZHIBU" --db "$seed" demo --members "$4" --seed "$((i % $5))" 2>/dev/null
		fi
		cp "$seed" "$1/b$i.db"
		"$ZHIBU" --db "$1/b$i.db" init --branch "第${i}党支部" --higher "示范县教育局党委" >/dev/null 2>&1
		i=$((i + 1))
	done
}
year=${ZHIBU_TODAY%%-*}
rollup_make "$WORK/r200" 1 200 50 200
for f in "$WORK"/r200/*.db; do
	printf "ATTACH '%s' AS b; SELECT sum(amount) FROM b.dues_payments WHERE month BETWEEN '%s-07' AND '%s-09'; DETACH b;\n" \
		"$f" "$year" "$year"
done > "$WORK/rollup-base.sql"
measure base_rollup sh -c 'sqlite3 < "$1"' sh "$WORK/rollup-base.sql"
measure rollup_dues "$ZHIBU" rollup "$WORK/r200" report dues --quarter "${year}Q3" -o "$WORK/rollup.txt"
grep -Eq "共 200 个|200 of 200" "$WORK/rollup.txt" ||
	{ echo "80_rollup: not every branch was reported" >&2; misses=$((misses + 1)); }
measure rollup_check "$ZHIBU" rollup "$WORK/r200" check -o "$WORK/rollup-check.txt"
row "rollup report dues, 200 branches" "$rollup_dues_s" "$rollup_dues_kb" 2 "sqlite3 each file's quarter" "$base_rollup_s"
row "rollup check, 200 branches" "$rollup_check_s" "$rollup_check_kb" 3 "sqlite3 each file's quarter" "$base_rollup_s"

rm -rf "$WORK/r200"
rollup_make "$WORK/r100" 1 100 10 20
rollup_make "$WORK/r1000" 1 1000 10 20
measure rollup_100 "$ZHIBU" rollup "$WORK/r100" report dues --quarter "${year}Q3" -o "$WORK/rollup100.txt"
runs=$BENCH_RUNS; BENCH_RUNS=1
measure rollup_1000 "$ZHIBU" rollup "$WORK/r1000" report dues --quarter "${year}Q3" -o "$WORK/rollup1000.txt"
BENCH_RUNS=$runs
row "rollup report dues, 1,000 small branches" "$rollup_1000_s" "$rollup_1000_kb" 20 "100 small branches × 10" \
	"$(awk "BEGIN{print $rollup_100_s * 10}")" 1.3
rm -rf "$WORK/r100" "$WORK/r1000" "$WORK/rollup-seed"
