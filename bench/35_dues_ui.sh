# 党费 in the full-screen app on the demo branch (ten years of payments),
# driven by the scripted mode: the year grid's first screen (key 3 from the
# members list: a page of members with every cell and standing, and the
# count), page-downs that read a new page, and the whole run with the totals
# row and collection rates, which are added up while the screen waits for
# the next key.  Beside sqlite3's CLI running the grid's bare queries on the
# same file: the count and one page of members in roster order with their
# fixing and payments; and the year's totals by month.
year=${ZHIBU_TODAY%%-*}
today=$ZHIBU_TODAY
cat > "$WORK/dues-ui.script" <<SCRIPT
timing $WORK/dues-ui-times.txt
key 3
key PgDn
key PgDn
key PgDn
dump $WORK/dues-ui.txt
SCRIPT
: > "$WORK/dues-ui-times.all"
n=0
while [ $n -lt "$BENCH_RUNS" ]; do
	ZHIBU_SCRIPT="$WORK/dues-ui.script" "$ZHIBU" --db "$DB"
	awk '{ print NR, $1, $2, $3 }' "$WORK/dues-ui-times.txt" >> "$WORK/dues-ui-times.all"
	n=$((n + 1))
done
grep -q "✓" "$WORK/dues-ui.txt" 2>/dev/null ||
	{ echo "35_dues_ui: the dues grid was not drawn" >&2; misses=$((misses + 1)); }
# dues_key N COLUMN: the best of the runs for the Nth key of the script, in
# seconds (column 3: wall clock, 4: processor time).
dues_key() {
	awk -v k="$1" -v c="$2" '$1 == k { if (best == "" || $c < best) best = $c }
		END { printf "%.6f\n", best / 1000 }' "$WORK/dues-ui-times.all"
}
first_cpu=$(dues_key 1 4); first_wall=$(dues_key 1 3)
# The slowest of the page-downs (the first one stays in the page read with
# the first screen; the others read new pages).
pgdn_cpu=$(for k in 2 3 4; do dues_key $k 4; done | sort -n | tail -n 1)
pgdn_wall=$(for k in 2 3 4; do dues_key $k 3; done | sort -n | tail -n 1)
measure dues_ui env ZHIBU_SCRIPT="$WORK/dues-ui.script" "$ZHIBU" --db "$DB"

grid_where="substr(m.join_date, 1, 7) <= '$year-12' AND (m.status NOT IN ('转出', '去世', '出党')
  OR substr(m.status_date, 1, 7) >= '$year-01' OR m.status_date IS NULL)"
grid_page="SELECT m.id, m.name, m.status, g.name, f.amount,
  (SELECT group_concat(p.month || ' ' || p.amount) FROM dues_payments p
   WHERE p.member_id = m.id AND p.paid_on <= '$today')
FROM members m LEFT JOIN party_groups g ON g.id = m.group_id
LEFT JOIN dues_fixings f ON f.member_id = m.id AND f.year = $year
WHERE $grid_where ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id LIMIT 32"
grid_count="SELECT count(*) FROM members m WHERE $grid_where"
measure base_grid sqlite3 "$DB" "$grid_count" "$grid_page"
measure base_page sqlite3 "$DB" "$grid_page"
grid_totals="SELECT p.month, sum(p.amount) FROM dues_payments p
WHERE p.month BETWEEN '$year-01' AND '$year-12' AND p.paid_on <= '$today' GROUP BY p.month"
measure base_totals sqlite3 "$DB" "$grid_count" "$grid_page" "$grid_totals"

row "tui dues: first screen (key 3)" "$first_cpu" "$dues_ui_kb" 0.05 "sqlite3 count + page of 32" "$base_grid_s"
row "tui dues: page down, slowest of 3" "$pgdn_cpu" "$dues_ui_kb" 0.05 "sqlite3 page of 32" "$base_page_s"
printf '%-38s %8.3fs first screen, %.3fs page down (wall clock, this machine as busy as it is)\n' \
	"tui dues" "$first_wall" "$pgdn_wall"
row "tui dues: run with totals and rates" "$dues_ui_s" "$dues_ui_kb" 0.5 "sqlite3 + the year by month" "$base_totals_s"
