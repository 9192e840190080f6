#!/bin/sh
# make bench: the speed goals, each beside a baseline from the same run.
#   sh bench/bench.sh BUILD_DIR
set -eu
build=$(cd "${1:-build}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
ZHIBU="$build/zhibu"
RUNSTAT="$build/tools/runstat"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export ZHIBU_TODAY=${ZHIBU_TODAY:-2026-11-20} LANG=C.UTF-8
# No 首页 cache unless a row asks for one (70_home): the check rows measure
# collecting the to-dos, as the first check after a change does.  A folder
# under a plain file can be made by nobody, root included.
: > "$WORK/no-cache"
export XDG_CACHE_HOME="$WORK/no-cache/cache"
MEMBERS=${BENCH_MEMBERS:-20000}
. "$top/bench/lib.sh"

echo "zhibu bench: $MEMBERS members, best of $BENCH_RUNS runs; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "Creating the demo database..."
DB="$WORK/demo.db"
"$ZHIBU" --db "$DB" demo --members "$MEMBERS" --seed 7 2>/dev/null
echo
for part in "$top"/bench/[0-9]*.sh; do
	. "$part"
done
echo
if [ "$misses" -eq 0 ]; then echo "bench: every goal met"; else echo "bench: $misses goal(s) missed"; fi
