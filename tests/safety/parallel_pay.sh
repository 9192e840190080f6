# Two writers at once never pay a month twice (issue 11): mark-paid reads
# what is missing under the write lock that records it, and `dues pay` of a
# month paid in full is refused.  4 runs at once, 5 times each; the rows of
# the month must then be what one run writes.  Members who have left owe
# nothing after the month they left.
zhibu demo --members 40 --seed 5 >/dev/null 2>&1
count() { sqlite3 "$ZHIBU_DB" "SELECT count(*) || ' ' || sum(amount) FROM dues_payments WHERE month = '$1' AND voluntary = 0"; }
missing() {
	sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members m JOIN dues_fixings f ON f.member_id = m.id AND f.year = 2026
		WHERE f.amount > coalesce((SELECT sum(p.amount) FROM dues_payments p WHERE p.member_id = m.id
		AND p.month = '$1' AND p.voluntary = 0), 0) AND substr(m.join_date, 1, 7) <= '$1'
		AND (m.status NOT IN ('转出', '去世', '出党') OR substr(m.status_date, 1, 7) >= '$1')"
}
for month in 2026-12 2026-10; do
	cp "$ZHIBU_DB" base.db
	zhibu dues mark-paid --month $month >/dev/null
	once=$(count $month)
	for round in 1 2 3 4 5; do
		cp base.db "$ZHIBU_DB"; rm -f "$ZHIBU_DB-wal" "$ZHIBU_DB-shm"
		for i in 1 2 3 4; do zhibu dues mark-paid --month $month >out.$i 2>&1 & done
		wait
		[ "$(count $month)" = "$once" ] || { echo "parallel mark-paid $month: $(count $month), one run: $once"; cat out.*; exit 1; }
		[ "$(missing $month)" -eq 0 ] || { echo "mark-paid left $month unpaid"; exit 1; }
	done
	cp base.db "$ZHIBU_DB"; rm -f "$ZHIBU_DB-wal" "$ZHIBU_DB-shm"
done
# One member's unpaid month, paid by 4 runs at once: one payment.
who=$(sqlite3 "$ZHIBU_DB" "SELECT m.id_number FROM members m JOIN dues_fixings f ON f.member_id = m.id AND f.year = 2026
	AND f.amount > 0 WHERE NOT EXISTS (SELECT 1 FROM dues_payments p WHERE p.member_id = m.id AND p.month = '2026-12')
	AND m.status = '正常' LIMIT 1")
[ -n "$who" ] || { echo "no member owes 2026-12"; exit 1; }
for round in 1 2 3 4 5; do
	cp base.db "$ZHIBU_DB"; rm -f "$ZHIBU_DB-wal" "$ZHIBU_DB-shm"
	ok=0
	for i in 1 2 3 4; do zhibu dues pay --member "$who" --month 2026-12 >out.$i 2>&1 & done
	wait
	rows=$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM dues_payments p JOIN members m ON m.id = p.member_id
		WHERE m.id_number = '$who' AND p.month = '2026-12'")
	[ "$rows" = 1 ] || { echo "parallel pay: $rows payments of one month"; cat out.*; exit 1; }
	[ "$(grep -c 'already paid in full\|已交足' out.*| awk -F: '{s+=$2} END {print s}')" = 3 ] ||
		{ echo "parallel pay: the runs that came second were not refused"; cat out.*; exit 1; }
done
echo "parallel: mark-paid and pay at once, every month paid once"
