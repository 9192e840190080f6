#!/bin/sh
# Command golden tests.  Each tests/cli/NAME.sh runs in a fresh folder with a
# pinned today, Chinese messages and its own database; what it prints
# (standard output and error together) must equal tests/cli/NAME.out.
#   sh tests/cli/run.sh BUILD_DIR [NAME...]     UPDATE=1 rewrites the .out files
set -u
build=$(cd "${1:-build}" && pwd); shift
top=$(cd "$(dirname "$0")/../.." && pwd)
pass=0; fail=0; failed=""
if [ $# -gt 0 ]; then cases="$*"; else cases=$(cd "$top/tests/cli" && ls *.sh | grep -v '^run\.sh$' | sed 's/\.sh$//'); fi
for name in $cases; do
	work=$(mktemp -d)
	actual="$work/.actual"
	(
		cd "$work" || exit 1
		# Relative paths only, so that messages are the same in any clone.
		cp -R "$top/tests/data" data
		export PATH="$build:$top/tests/cli/bin:$PATH" ZHIBU_TODAY=2026-11-20 LANG=zh_CN.UTF-8 \
			LC_ALL= LANGUAGE= ZHIBU_DB=zhibu.db DATA=data TZ=Asia/Shanghai \
			HOME=home XDG_DATA_HOME=
		mkdir -p home
		sh -u "$top/tests/cli/$name.sh"
	) >"$actual" 2>&1
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$actual" "$top/tests/cli/$name.out"
	fi
	if cmp -s "$actual" "$top/tests/cli/$name.out"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1)); failed="$failed $name"
		echo "FAIL: cli/$name"
		diff -u "$top/tests/cli/$name.out" "$actual" | head -40
	fi
	rm -rf "$work"
done
[ -n "$failed" ] && echo "failed:$failed"
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
