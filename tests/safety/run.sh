#!/bin/sh
# Safety tests (make safety-tests): kills at random moments, the source
# checks, the change log's coverage.  Each tests/safety/NAME.sh runs in a
# fresh folder with zhibu and the test tools on PATH, prints what it found
# and exits 0 when it passed.  (Exact messages are checked by the golden
# tests in tests/cli, which also run under the sanitizers.)
#   sh tests/safety/run.sh BUILD_DIR [NAME...]
set -u
build=$(cd "${1:-build}" && pwd); shift
top=$(cd "$(dirname "$0")/../.." && pwd)
pass=0; fail=0; failed=""
if [ $# -gt 0 ]; then cases="$*"; else
	cases=$(cd "$top/tests/safety" && ls *.sh | grep -v '^run\.sh$\|^valgrind\.sh$' | sed 's/\.sh$//')
fi
for name in $cases; do
	work=$(mktemp -d)
	if (
		cd "$work" || exit 1
		export TOP="$top" BUILD="$build" PATH="$build:$build/tools:$PATH" ZHIBU_TODAY=2026-11-20 \
			LANG=C.UTF-8 LC_ALL= LANGUAGE= ZHIBU_DB="$work/zhibu.db" HOME="$work" \
			XDG_DATA_HOME= TZ=Asia/Shanghai
		sh -eu "$top/tests/safety/$name.sh"
	); then
		pass=$((pass + 1))
	else
		fail=$((fail + 1)); failed="$failed $name"
		echo "FAIL: safety/$name"
	fi
	rm -rf "$work"
done
[ -n "$failed" ] && echo "failed:$failed"
echo "safety: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
