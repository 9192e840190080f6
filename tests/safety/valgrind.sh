#!/bin/sh
# A scripted full-screen session under valgrind (make valgrind-tests, part of
# make check): no memory errors and no definite leaks.  The session is
# tests/safety/session.keys, played through ZHIBU_SCRIPT (the keys read from
# a file on a virtual screen; see src/ui).  Until the app reads ZHIBU_SCRIPT
# and the session exists, this says so and passes.
#   sh tests/safety/valgrind.sh BUILD_DIR
set -u
build=$(cd "${1:-build}" && pwd)
top=$(cd "$(dirname "$0")/../.." && pwd)
session="$top/tests/safety/session.keys"
if ! grep -qs ZHIBU_SCRIPT "$top"/src/ui/*.c || [ ! -f "$session" ]; then
	echo "valgrind: skipped (no scripted full-screen session yet)"
	exit 0
fi
if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind: not installed (scripts/deps.sh installs it)"
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export ZHIBU_TODAY=2026-11-20 LANG=zh_CN.UTF-8 LC_ALL= LANGUAGE= TZ=Asia/Shanghai HOME="$work" \
	XDG_DATA_HOME= ZHIBU_DB="$work/zhibu.db" TERM=xterm-256color ZHIBU_SIZE=100x30
"$build/zhibu" demo --members 60 --seed 3 2>/dev/null
if ZHIBU_SCRIPT="$session" valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite --track-origins=yes \
	--log-file="$work/valgrind.log" "$build/zhibu" >"$work/screen.out" 2>&1; then
	echo "valgrind: a scripted session of $(grep -c . "$session") keys, no errors, no definite leaks"
	exit 0
fi
echo "valgrind: errors or definite leaks in the scripted session:"
head -60 "$work/valgrind.log"
tail -5 "$work/screen.out"
exit 1
