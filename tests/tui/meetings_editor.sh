# The minute's text handed to $EDITOR in a real terminal (tmux): while the
# editor runs, the app has left the screen (no alternate screen, the
# terminal's settings as the user had them); when it closes, the app draws
# itself again with the edited text; and after quitting the terminal is as
# it was.
if ! command -v tmux >/dev/null 2>&1; then
	echo "tmux is missing: scripts/deps.sh installs it"
	tui_failures=$((tui_failures + 1))
	return 0
fi
DATA=$TUI/../data
. "$DATA/meetings-setup.sh"
cat > editor.sh <<'EDITOR'
#!/bin/sh
stty -g > editor.stty
echo EDITOR-RUNNING
while [ ! -f editor.go ]; do sleep 0.1; done
printf '会后整理学习材料。\n' >> "$1"
EDITOR
chmod +x editor.sh
export EDITOR="$PWD/editor.sh" VISUAL=
unset NO_COLOR
printf 'set -g default-terminal screen\nset -g status off\n' > tmux.conf
T() { tmux -u -S "$PWD/tmux.sock" -f "$PWD/tmux.conf" "$@"; }
tmux -u -D -S "$PWD/tmux.sock" -f "$PWD/tmux.conf" </dev/null >/dev/null 2>&1 &
trap 'T kill-server 2>/dev/null; wait' EXIT
n=0
while [ ! -S tmux.sock ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done

cat > pane.sh <<'PANE'
stty -g > stty.before
echo BEFORE-APP
zhibu
echo "exit $?" > status
stty -g > stty.after
echo AFTER-APP
sleep 60
PANE

screen_has() { T capture-pane -p -t ed | grep -q "$1"; }
wait_for() { # wait_for PATTERN: up to 10 s
	n=0
	while ! screen_has "$1"; do
		n=$((n + 1))
		[ $n -gt 100 ] && { echo "timed out waiting for '$1':"; T capture-pane -p -t ed; return 1; }
		sleep 0.1
	done
}
alternate() { [ "$(T display -p -t ed '#{alternate_on}')" = "$1" ]; }

T new-session -d -s ed -x 100 -y 30 "sh '$PWD/pane.sh'"
if wait_for "待办事项"; then
	# 党小组会 of 2026-10, its minute, the agenda (the 12th field).
	T send-keys -t ed 4 Down Down Left Enter
	wait_for "共 1 次会议"
	T send-keys -t ed Enter
	wait_for "第 101 号会议记录"
	T send-keys -t ed Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
	wait_for "F8编辑器"
	T send-keys -t ed F8
	check "the editor runs on the shell's screen" wait_for EDITOR-RUNNING
	check "the app left the alternate screen" alternate 0
	check "the editor has the terminal as the user had it" cmp -s stty.before editor.stty
	touch editor.go
	check "the app is drawn again with the edited text" wait_for "议题 *会后整理学习材料"
	check "back on the alternate screen" alternate 1
	check "the page says the text came back" screen_has "已取回编辑器中修改的文字"
	T send-keys -t ed F10
	wait_for "放弃未保存的修改"
	T send-keys -t ed y
	n=0
	while [ ! -s status ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
	check "zhibu exits 0" test "$(cat status 2>/dev/null)" = "exit 0"
	check "the terminal's settings restored" cmp -s stty.before stty.after
	check "the alternate screen left" alternate 0
	check "the shell's text back" wait_for AFTER-APP
else
	tui_failures=$((tui_failures + 1))
fi
