#!/bin/sh
# make fuzz: run each libFuzzer target for a bounded time.  New inputs go to
# BUILD/corpus/NAME (make fuzz-merge keeps the useful ones in
# tests/fuzz/corpus/NAME), crashes to BUILD/crashes/; each session is added
# to tests/fuzz/record.txt: the date, the target, seconds, runs, the result.
#   sh tests/fuzz/run.sh BUILD SECONDS NAME...
set -u
build=$1 seconds=$2
shift 2
top=$(cd "$(dirname "$0")/../.." && pwd)
record="$top/tests/fuzz/record.txt"
status=0
for name in "$@"; do
	mkdir -p "$build/corpus/$name" "$build/crashes" "$top/tests/fuzz/corpus/$name"
	log="$build/$name.log"
	"$build/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$build/crashes/$name-" "$build/corpus/$name" "$top/tests/fuzz/corpus/$name" \
		>"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
	if [ "$rc" -eq 0 ]; then
		result=ok
	else
		result=CRASH
		status=1
		grep -m 5 -E 'ERROR|SUMMARY|property failed|Test unit written' "$log"
	fi
	line="$(date -u +%Y-%m-%dT%H:%MZ) $name ${secs:-$seconds}s ${runs:-?} runs $result"
	echo "fuzz: $line"
	echo "$line" >> "$record"
done
total=$(awk '{ sub(/s$/, "", $3); t += $3 } END { print t + 0 }' "$record")
echo "fuzz: $total seconds of fuzzing recorded in tests/fuzz/record.txt"
exit $status
