# The real binary in a real terminal, tmux (send-keys, capture-pane): the
# screen with Chinese text, resizing at once (and the message when too
# small), and the terminal restored after q, ^C, SIGTERM and a crash
# (SIGSEGV): the same stty settings, the alternate screen left, the cursor
# shown, the shell's text back.
if ! command -v tmux >/dev/null 2>&1; then
	echo "tmux is missing: scripts/deps.sh installs it"
	tui_failures=$((tui_failures + 1))
	return 0
fi
roster
unset NO_COLOR
printf 'set -g default-terminal screen\nset -g status off\n' > tmux.conf
T() { tmux -u -S "$PWD/tmux.sock" -f "$PWD/tmux.conf" "$@"; }
# The server in the foreground (-D), in the background of this test: it
# needs no daemon(3), and stops with kill-server at the end.
tmux -u -D -S "$PWD/tmux.sock" -f "$PWD/tmux.conf" </dev/null >/dev/null 2>&1 &
trap 'T kill-server 2>/dev/null; wait' EXIT
n=0
while [ ! -S tmux.sock ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done

# The pane: remember the terminal, run the app, remember it again.
cat > pane.sh <<'PANE'
trap ':' INT
stty -g > stty.before
echo BEFORE-APP
sh -c 'echo $$ > app.pid; exec zhibu'
echo "exit $?" > status
stty -g > stty.after
echo AFTER-APP
sleep 60
PANE

screen_has() { T capture-pane -p -t "$1" | grep -q "$2"; }
wait_for() { # wait_for SESSION PATTERN: up to 10 s
	n=0
	while ! screen_has "$1" "$2"; do
		n=$((n + 1))
		[ $n -gt 100 ] && { echo "timed out waiting for '$2' in $1:"; T capture-pane -p -t "$1"; return 1; }
		sleep 0.1
	done
}
wait_file() {
	n=0
	while [ ! -s "$1" ]; do
		n=$((n + 1))
		[ $n -gt 100 ] && { echo "timed out waiting for $1"; return 1; }
		sleep 0.1
	done
}
restored() { # restored SESSION STATUS
	wait_file status || return 1
	wait_for "$1" AFTER-APP || return 1
	st=$(cat status)
	[ "$st" = "exit $2" ] || { echo "$1: $st, not exit $2"; return 1; }
	cmp -s stty.before stty.after || { echo "$1: stty settings changed:"; diff stty.before stty.after; return 1; }
	[ "$(T display -p -t "$1" '#{alternate_on}')" = 0 ] || { echo "$1: still on the alternate screen"; return 1; }
	[ "$(T display -p -t "$1" '#{cursor_flag}')" = 1 ] || { echo "$1: cursor hidden"; return 1; }
	screen_has "$1" BEFORE-APP || { echo "$1: the shell's text is not back"; return 1; }
	! screen_has "$1" "在册党员" || { echo "$1: the app's screen is still there"; return 1; }
}
start() { # start SESSION
	rm -f status stty.before stty.after app.pid
	T new-session -d -s "$1" -x 100 -y 30 "sh '$PWD/pane.sh'"
	wait_for "$1" "待办事项" || return 1   # 首页 first; 2 goes to the members
	T send-keys -t "$1" 2
	wait_for "$1" "在册党员"
}

# q, with a resize on the way.
if start quit; then
	check "the list in a real terminal" screen_has quit "阿卜杜热合曼·买买提… 男"
	T resize-window -t quit -x 70 -y 20
	check "too small at 70x20" wait_for quit "窗口太小（当前 70x20）"
	T resize-window -t quit -x 120 -y 40
	check "drawn again at 120x40" wait_for quit "阿卜杜热合曼·买买提艾力 *男"
	T capture-pane -p -t quit > screen_120x40
	check "the title line fills 120 columns" grep -q "7台账 *$" screen_120x40
	T send-keys -t quit q
	check "restored after q" restored quit 0
else
	tui_failures=$((tui_failures + 1))
fi

# ^C: a key, not a signal (issue 11).  In a form with typed input it asks
# like Esc and n keeps the input; in a list with nothing pending it quits.
if start ctrlc; then
	T send-keys -t ctrlc a
	wait_for ctrlc "新增党员"
	T send-keys -t ctrlc 刘洋 C-c
	check "^C in a form asks first" wait_for ctrlc "放弃所做的修改吗"
	T send-keys -t ctrlc n
	check "n keeps the typed input" wait_for ctrlc "姓名 \* *刘洋"
	T send-keys -t ctrlc Escape y
	wait_for ctrlc "在册党员"
	T send-keys -t ctrlc C-c
	check "restored after ^C" restored ctrlc 0
else
	tui_failures=$((tui_failures + 1))
fi

# SIGTERM, and a crash
for sig in TERM SEGV; do
	if start "sig$sig"; then
		kill -s "$sig" "$(cat app.pid)"
		case $sig in TERM) code=143 ;; SEGV) code=139 ;; esac
		check "restored after SIG$sig" restored "sig$sig" "$code"
	else
		tui_failures=$((tui_failures + 1))
	fi
done
