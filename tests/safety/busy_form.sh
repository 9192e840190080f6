# Two copies on one file, in the full-screen app: a member typed into the
# form while another zhibu holds the write lock is not saved, the app waits
# (3 s), then says which zhibu is writing, and the form keeps what was
# typed; saved again once the lock is free, it is there once.
export LANG=zh_CN.UTF-8 TERM=xterm-256color
zhibu demo --members 20 --seed 3 2>/dev/null
zhibu --db other.db demo --members 30 --seed 9 2>/dev/null
zhibu --db other.db export roster --full-id --format csv -o more.csv
cat > form.keys <<'KEYS'
key 2 a
type 刘洋
key Tab Right Tab
type 汉族
key Tab
type 1990/3/1
key Tab
type 110105199003010014
key Tab Tab Tab Tab Tab
type 2020.7.1
key F2
dump refused
key Esc
dump kept
KEYS
cp form.keys again.keys
printf 'key F2\ndump saved\n' >> again.keys
ZHIBU_TODAY=2027-12-31 ZHIBU_TEST_HOLD_MS=6000 zhibu import members more.csv 2>/dev/null &
writer=$!
i=0
while [ ! -f "$ZHIBU_DB-writer" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
ZHIBU_SCRIPT=form.keys zhibu
grep -q "数据库正忙：zhibu（.*进程 $writer）" refused || { echo "busy-form: no message naming process $writer:"; cat refused; exit 1; }
grep -q '刘洋' kept && grep -q '110105199003010014' kept || { echo "busy-form: the typed member was lost:"; cat kept; exit 1; }
wait $writer
[ "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members WHERE name = '刘洋'")" -eq 0 ] || { echo "busy-form: saved while locked"; exit 1; }
ZHIBU_SCRIPT=again.keys zhibu
[ "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members WHERE name = '刘洋'")" -eq 1 ] || { echo "busy-form: not saved once free"; exit 1; }
[ "$(sqlite3 "$ZHIBU_DB" "PRAGMA integrity_check")" = ok ] || { echo "busy-form: damaged"; exit 1; }
echo "busy-form: the form waited, named the writer (process $writer), kept what was typed, and saved it once free"
