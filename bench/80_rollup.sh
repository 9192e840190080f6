# The committee (zhibu rollup): 200 branches of 50 members with ten years of
# dues and meetings, each a demo branch of its own name; the quarter's dues
# report and check over all of them, beside sqlite3's CLI reading each
# file's quarter of payments in one process (ATTACH, one query, DETACH).
# Then 2,000 branches (the 200 copied ten times, renamed), to show that the
# time grows linearly and the memory does not grow.
rollup_make() { # rollup_make DIR FROM TO: branches FROM..TO in DIR
	mkdir -p "$1"
	i=$2
	while [ "$i" -le "$3" ]; do
		if [ ! -f "$WORK/rollup-seed/b$((i % 200)).db" ]; then
			mkdir -p "$WORK/rollup-seed"
			"$ZHIBU" --db "$WORK/rollup-seed/b$((i % 200)).db" demo --members 50 --seed "$((i % 200))" 2>/dev/null
		fi
		cp "$WORK/rollup-seed/b$((i % 200)).db" "$1/b$i.db"
		"$ZHIBU" --db "$1/b$i.db" init --branch "第${i}党支部" --higher "示范县教育局党委" >/dev/null 2>&1
		i=$((i + 1))
	done
}
year=${ZHIBU_TODAY%%-*}
rollup_make "$WORK/r200" 1 200
for f in "$WORK"/r200/*.db; do
	printf "ATTACH '%s' AS b; SELECT sum(amount) FROM b.dues_payments WHERE month BETWEEN '%s-07' AND '%s-09'; DETACH b;\n" \
		"$f" "$year" "$year"
done > "$WORK/rollup-base.sql"
measure base_rollup sh -c 'sqlite3 < "$1"' sh "$WORK/rollup-base.sql"
measure rollup_dues "$ZHIBU" rollup "$WORK/r200" report dues --quarter "${year}Q3" -o "$WORK/rollup.txt"
grep -q "200 of 200" "$WORK/rollup.txt" ||
	{ echo "80_rollup: not every branch was reported" >&2; misses=$((misses + 1)); }
measure rollup_check "$ZHIBU" rollup "$WORK/r200" check -o "$WORK/rollup-check.txt"
row "rollup report dues, 200 branches" "$rollup_dues_s" "$rollup_dues_kb" 2 "sqlite3 each file's quarter" "$base_rollup_s"
row "rollup check, 200 branches" "$rollup_check_s" "$rollup_check_kb" 3 "sqlite3 each file's quarter" "$base_rollup_s"

rollup_make "$WORK/r2000" 1 2000
runs=$BENCH_RUNS; BENCH_RUNS=1
measure rollup_2000 "$ZHIBU" rollup "$WORK/r2000" report dues --quarter "${year}Q3" -o "$WORK/rollup2000.txt"
BENCH_RUNS=$runs
row "rollup report dues, 2,000 branches" "$rollup_2000_s" "$rollup_2000_kb" 20 "200 branches × 10" \
	"$(awk "BEGIN{print $rollup_dues_s * 10}")" 1.3
rm -rf "$WORK/r200" "$WORK/r2000" "$WORK/rollup-seed"
