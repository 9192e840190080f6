#!/bin/sh
# Full-screen tests.  Each tests/tui/NAME.sh runs in a fresh folder with a
# pinned today and Chinese messages.  It drives the app with a script
# (ZHIBU_SCRIPT: key names, typed text, dumps of the screen, at a fixed size)
# and compares the dumps with the screens it expects, kept inline; or it
# drives the real binary in tmux.  See tests/tui/README.
#   sh tests/tui/run.sh BUILD_DIR [NAME...]
# SHOW=1 prints every dumped screen (to write the expected ones).
set -u
build=$(cd "${1:-build}" && pwd); shift
top=$(cd "$(dirname "$0")/../.." && pwd)
pass=0; fail=0; failed=""
if [ $# -gt 0 ]; then cases="$*"; else cases=$(cd "$top/tests/tui" && ls *.sh | grep -v '^run\.sh$\|^lib\.sh$\|^update\.sh$' | sed 's/\.sh$//'); fi

for name in $cases; do
	work=$(mktemp -d)
	(
		cd "$work" || exit 1
		export PATH="$build:$PATH" ZHIBU_TODAY=2026-11-20 LANG=zh_CN.UTF-8 LC_ALL= LANGUAGE= \
			ZHIBU_DB="$work/zhibu.db" TUI="$top/tests/tui" TZ=Asia/Shanghai HOME="$work" \
			XDG_DATA_HOME="$work/xdg" NO_COLOR= ZHIBU_SIZE=80x24 TERM=xterm-256color
		unset ZHIBU_SCRIPT TMUX
		. "$top/tests/tui/lib.sh"
		. "$top/tests/tui/$name.sh"
		[ "$tui_failures" -eq 0 ]
	) >"$work/.log" 2>&1
	status=$?
	if [ $status -eq 0 ]; then
		pass=$((pass + 1))
		[ "${SHOW:-0}" = 1 ] && cat "$work/.log"
	else
		fail=$((fail + 1)); failed="$failed $name"
		echo "FAIL: tui/$name"
		if [ "${SHOW:-0}" = 1 ]; then cat "$work/.log"; else head -80 "$work/.log"; fi
	fi
	rm -rf "$work"
done
[ -n "$failed" ] && echo "failed:$failed"
echo "tui: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
