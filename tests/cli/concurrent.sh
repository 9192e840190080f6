# Two copies of zhibu on one file.  While one writes, another reads the
# data as it was; a second writer waits a moment (the busy timeout, 3 s),
# then says which zhibu holds the lock; nothing is corrupted or lost, and
# the refused write goes through once the first has finished.
# ZHIBU_TEST_HOLD_MS (test only) keeps the first writer's transaction open.
zhibu --db gen.db demo --members 120 --seed 11 2>/dev/null
zhibu --db gen.db export roster --full-id --format csv -o all.csv
head -n 101 all.csv > first.csv
{ head -n 1 all.csv; tail -n +102 all.csv; } > second.csv
export ZHIBU_TODAY=2027-12-31
zhibu init --branch "测试党支部" 2>/dev/null
zhibu import members "$DATA/members.csv" 2>/dev/null
echo "--- the first zhibu imports, and holds its transaction for 5 s"
ZHIBU_TEST_HOLD_MS=5000 zhibu import members first.csv 2>first.err &
first=$!
i=0
while [ ! -f zhibu.db-writer ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
sed 's/^[0-9]*$/PID/; s/^[0-9-]* [0-9:]*$/TIME/' zhibu.db-writer | sed "2s/.*/HOST/"
ls -l zhibu.db-writer | cut -c1-10
echo "--- a second zhibu reads meanwhile: the roster as it was"
zhibu export roster --format csv | tail -n +3 | wc -l
echo "--- a second writer waits, then says who holds the lock"
t0=$(date +%s)
zhibu import members second.csv 2>second.err; echo "exit $?"
t1=$(date +%s)
sed "s/$first/PID/; s/$(hostname)/HOST/; s/[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\} [0-9:]\{8\}/TIME/" second.err
[ $((t1 - t0)) -ge 2 ] && echo "it waited for the lock"
wait $first; echo "first: exit $?"
cat first.err
[ -f zhibu.db-writer ] || echo "the lock note is gone"
echo "--- afterwards: nothing lost, nothing damaged; the second import goes through"
sqlite3 zhibu.db "SELECT count(*) FROM members" "PRAGMA integrity_check"
zhibu import members second.csv; echo "exit $?"
sqlite3 zhibu.db "SELECT count(*) FROM members" "SELECT count(*) FROM change_log" "PRAGMA integrity_check"
echo "--- a lock note left by a process that was killed names nobody"
printf '999999\n%s\n2026-11-20 10:00:00\n' "$(hostname)" > zhibu.db-writer
sqlite3 zhibu.db "BEGIN IMMEDIATE" ".shell sleep 4" "COMMIT" &
holder=$!
sleep 0.5
zhibu import members "$DATA/members.csv" --update; echo "exit $?"
wait $holder
