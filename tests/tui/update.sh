#!/bin/sh
# Write what the scripted tests NAME... show now into their expectations:
#   sh tests/tui/update.sh BUILD_DIR NAME...
# then READ `git diff tests/tui`: every new screen must be right.
set -u
build=$1; shift
top=$(cd "$(dirname "$0")/../.." && pwd)
for name in "$@"; do
	save=$(mktemp -d)
	TUI_SAVE=$save sh "$top/tests/tui/run.sh" "$build" "$name" >/dev/null
	python3 "$top/tests/tui/update.py" "$name" "$save"
	rm -rf "$save"
done
