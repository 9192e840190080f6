# A form and a command on the same member (issue 11), in the real binary
# under tmux: while 李四's edit form is open with a changed 工作单位, a
# command changes her phone and 党籍状态.  Saving the form is refused with a
# message naming what changed, the typed text stays in the form, and the
# command's change survives.  A save with no other writer in between writes
# only the field the user changed.
if ! command -v tmux >/dev/null 2>&1; then echo "form-conflict: tmux is missing"; exit 1; fi
zhibu init --branch 测试党支部 >/dev/null 2>&1
zhibu import members "$TOP/tests/data/members.csv" >/dev/null 2>&1
printf 'set -g default-terminal screen\nset -g status off\n' > tmux.conf
T() { tmux -u -S "$PWD/tmux.sock" -f "$PWD/tmux.conf" "$@"; }
tmux -u -D -S "$PWD/tmux.sock" -f "$PWD/tmux.conf" </dev/null >/dev/null 2>&1 &
trap 'T kill-server 2>/dev/null; wait' EXIT
n=0
while [ ! -S tmux.sock ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
wait_for() { # wait_for PATTERN: up to 10 s
	n=0
	while ! T capture-pane -p -t app | grep -q "$1"; do
		n=$((n + 1))
		[ $n -gt 100 ] && { echo "form-conflict: timed out waiting for '$1':"; T capture-pane -p -t app; return 1; }
		sleep 0.1
	done
}
field() { sqlite3 "$ZHIBU_DB" "SELECT $1 FROM members WHERE name = '李四'"; }
T new-session -d -s app -x 100 -y 30 "env ZHIBU_DB='$ZHIBU_DB' ZHIBU_TODAY=$ZHIBU_TODAY LANG=C.UTF-8 LANGUAGE=en zhibu; sleep 60"
wait_for "Members"
T send-keys -t app 2 /
T send-keys -t app -l 李四
T send-keys -t app Enter Enter e
wait_for "Edit member"
T send-keys -t app Down Down Down Down Down Down Down C-u
T send-keys -t app -l 新的工作单位
wait_for 新的工作单位
# The command: 李四's phone and status change while the form is open.
zhibu export roster --full-id --format csv | awk -F, 'NR == 1 || $1 == "李四"' |
	sed 's/,13912345678,正常,/,13800000001,流动,/' > change.csv
zhibu import members change.csv --update >/dev/null 2>&1 || { echo "form-conflict: the import failed"; exit 1; }
T send-keys -t app F2
wait_for "Not saved"
T capture-pane -p -t app > refused.txt
grep -q "another zhibu changed this record" refused.txt || { echo "form-conflict: no refusal:"; cat refused.txt; exit 1; }
grep -q "Phone, Status" refused.txt || { echo "form-conflict: the message does not name what changed:"; cat refused.txt; exit 1; }
[ "$(field phone)/$(field status)" = "13800000001/流动" ] || { echo "form-conflict: the command's change was undone: $(field phone)/$(field status)"; exit 1; }
[ "$(field work_unit)" = "示范学院教务处 副处长" ] || { echo "form-conflict: the refused form wrote $(field work_unit)"; exit 1; }
T send-keys -t app Enter
sleep 0.3
T capture-pane -p -t app | grep -q 新的工作单位 || { echo "form-conflict: the typed text is gone:"; T capture-pane -p -t app; exit 1; }
# Close the form, open it again: the save writes the one field changed.
T send-keys -t app Escape
sleep 0.3
T send-keys -t app y Escape
sleep 0.3
T send-keys -t app e
wait_for "Edit member"
T send-keys -t app Down Down Down Down Down Down Down C-u
T send-keys -t app -l 新的工作单位
wait_for 新的工作单位
before=$(sqlite3 "$ZHIBU_DB" "SELECT max(rowid) FROM change_log")
T send-keys -t app F2
n=0
while [ "$(field work_unit)" != 新的工作单位 ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
[ "$(field work_unit)/$(field phone)/$(field status)" = "新的工作单位/13800000001/流动" ] ||
	{ echo "form-conflict: second save: $(field work_unit)/$(field phone)/$(field status)"; T capture-pane -p -t app; exit 1; }
logged=$(sqlite3 "$ZHIBU_DB" "SELECT group_concat(field) FROM change_log WHERE rowid > $before")
[ "$logged" = work_unit ] || { echo "form-conflict: the second save changed: $logged"; exit 1; }
echo "form-conflict: the save was refused naming Phone, Status; the command's change kept; then saved one field"
