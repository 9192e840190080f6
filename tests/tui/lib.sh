# Helpers for the full-screen tests, sourced by run.sh in each test's folder.
#   roster                 a branch and the members of tests/tui/data/members.csv
#   app [ARGS] <<EOF ...   run zhibu with the script on standard input
#   expect DUMP <<EOF ...  the dumped screen DUMP must be the text given
tui_failures=0

roster() {
	zhibu init --branch "示范学院计算机学院教工第一党支部" --higher "示范学院计算机学院党委" >/dev/null 2>&1 &&
		zhibu import members "$TUI/data/members.csv" >/dev/null 2>&1 ||
		{ echo "roster: setting up the database failed"; tui_failures=$((tui_failures + 1)); }
}

app() {
	cat > script
	ZHIBU_SCRIPT=script zhibu "$@"
	st=$?
	[ $st -eq 0 ] || { echo "app: exit $st"; tui_failures=$((tui_failures + 1)); }
}

expect() {
	cat > "$1.expected"
	if [ ! -f "$1" ]; then
		echo "expect: no dump $1"
		tui_failures=$((tui_failures + 1))
	elif ! cmp -s "$1.expected" "$1"; then
		echo "expect: screen $1 differs (--- expected, +++ actual):"
		diff -u "$1.expected" "$1" | tail -n +3
		tui_failures=$((tui_failures + 1))
	fi
	if [ -n "${TUI_SAVE:-}" ] && [ -f "$1" ]; then # tests/tui/update.sh
		cp "$1" "$TUI_SAVE/$1"
	fi
	if [ "${SHOW:-0}" = 1 ] && [ -f "$1" ]; then
		echo "=== $1"
		cat "$1"
	fi
}

# check WHAT COMMAND...: a condition that must hold.
check() {
	what=$1; shift
	if ! "$@"; then
		echo "check failed: $what"
		tui_failures=$((tui_failures + 1))
	fi
}
