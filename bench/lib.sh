# Shared by the benchmark parts (bench/NN_what.sh, sourced by bench/bench.sh).
# Every figure is printed beside a baseline measured in the same run, so
# that the ratio means something on a noisy machine.
#   measure VAR CMD...     run CMD (best of $BENCH_RUNS), set VAR_s and VAR_kb
#   measure_after VAR SETUP CMD...   the same, SETUP N run before run N
#   check_after VAR SETUP [DATE] [DB]  `zhibu check` after SETUP's change
#   row LABEL SECS KB GOAL_S BASE_LABEL BASE_S [MAX_RATIO] [MAX_MB]
#                          print a result row and record a miss of a goal
#                          (memory: 30 MB unless MAX_MB says)

BENCH_RUNS=${BENCH_RUNS:-3}
misses=0

measure() {
	var=$1; shift
	measure_after "$var" true "$@"
}

# measure_after VAR SETUP CMD...: like measure, with the command SETUP N run
# (untimed) before run N: a change for the measured command to find.  A
# failing SETUP is a miss: the figure would measure nothing.
measure_after() {
	var=$1; setup=$2; shift 2
	best=""; kb=0
	n=0
	while [ $n -lt "$BENCH_RUNS" ]; do
		$setup $n >/dev/null 2>&1 || { echo "bench: $setup $n failed" >&2; misses=$((misses + 1)); }
		line=$("$RUNSTAT" "$@" 2>&1 >/dev/null | tail -n 1)
		s=${line% *}; k=${line#* }
		if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
		[ "$k" -gt "$kb" ] && kb=$k
		n=$((n + 1))
	done
	eval "${var}_s=$best; ${var}_kb=$kb"
}

# check_after VAR SETUP [DATE] [DB]: `zhibu check` as the day's second and
# later ones run: each part's to-dos kept from the run before (its own
# cache folder), SETUP N writing before run N, so that the parts that read
# what it wrote are collected again and the others read back.
check_after() {
	var=$1; setup=$2; day=${3:-$ZHIBU_TODAY}; cdb=${4:-$DB}
	env XDG_CACHE_HOME="$WORK/check-cache" ZHIBU_TODAY="$day" "$ZHIBU" --db "$cdb" check >/dev/null 2>&1
	measure_after "$var" "$setup" env XDG_CACHE_HOME="$WORK/check-cache" ZHIBU_TODAY="$day" \
		"$ZHIBU" --db "$cdb" check
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
