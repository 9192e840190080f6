# Shared by the benchmark parts (bench/NN_what.sh, sourced by bench/bench.sh).
# Every figure is printed beside a baseline measured in the same run, so
# that the ratio means something on a noisy machine.
#   measure VAR CMD...     run CMD (best of $BENCH_RUNS), set VAR_s and VAR_kb
#   row LABEL SECS KB GOAL_S BASE_LABEL BASE_S [MAX_RATIO] [MAX_MB]
#                          print a result row and record a miss of a goal
#                          (memory: 30 MB unless MAX_MB says)

BENCH_RUNS=${BENCH_RUNS:-3}
misses=0

measure() {
	var=$1; shift
	best=""; kb=0
	n=0
	while [ $n -lt "$BENCH_RUNS" ]; do
		line=$("$RUNSTAT" "$@" 2>&1 >/dev/null | tail -n 1)
		s=${line% *}; k=${line#* }
		if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
		[ "$k" -gt "$kb" ] && kb=$k
		n=$((n + 1))
	done
	eval "${var}_s=$best; ${var}_kb=$kb"
}

# measure_to VAR OUTFILE CMD...: like measure, standard output into OUTFILE.
measure_to() {
	var=$1; outf=$2; shift 2
	best=""; kb=0; n=0
	while [ $n -lt "$BENCH_RUNS" ]; do
		line=$("$RUNSTAT" -o "$outf" "$@" 2>&1 | tail -n 1)
		s=${line% *}; k=${line#* }
		if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
		[ "$k" -gt "$kb" ] && kb=$k
		n=$((n + 1))
	done
	eval "${var}_s=$best; ${var}_kb=$kb"
}

row() {
	label=$1 secs=$2 kb=$3 goal=$4 base_label=$5 base=$6 max_ratio=${7:-} max_mb=${8:-30}
	mb=$(awk "BEGIN{printf \"%.1f\", $kb/1024}")
	ratio=$(awk "BEGIN{ if ($base > 0) printf \"%.2f\", $secs/$base; else print \"-\" }")
	verdict=ok
	awk "BEGIN{exit !($secs > $goal)}" && verdict=SLOW
	[ -n "$max_ratio" ] && [ "$ratio" != "-" ] && awk "BEGIN{exit !($ratio > $max_ratio)}" && verdict=SLOW
	awk "BEGIN{exit !($kb > $max_mb*1024)}" && verdict=MEMORY
	[ "$verdict" = ok ] || misses=$((misses + 1))
	printf '%-38s %8.3fs %7s MB  goal %-6s | %-30s %8.3fs  ratio %5s  %s\n' \
		"$label" "$secs" "$mb" "${goal}s" "$base_label" "$base" "$ratio" "$verdict"
}
