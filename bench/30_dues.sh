# 党费: the quarterly report of the demo branch (every member's history read
# for 交至年月 and arrears) beside one SQL query in sqlite3's CLI that
# computes the same totals on the same file; both totals are printed, and
# must agree.  Also the report as XLSX and the arrears list.
month=${ZHIBU_TODAY#*-}; month=${month%-*}; month=${month#0}
year=${ZHIBU_TODAY%%-*}
q=$(( (month - 1) / 3 ))                  # the last full quarter
if [ "$q" -eq 0 ]; then q=4; year=$((year - 1)); fi
first=$(printf '%04d-%02d' "$year" $((q * 3 - 2)))
last=$(printf '%04d-%02d' "$year" $((q * 3)))
npay=$(sqlite3 "$DB" "SELECT count(*) FROM dues_payments")
dues_sql="WITH mon(m) AS (SELECT '$first' UNION ALL SELECT strftime('%Y-%m', m || '-01', '+1 month') FROM mon WHERE m < '$last'),
mem AS (SELECT m.id, substr(m.join_date, 1, 7) AS j,
  CASE WHEN m.status IN ('转出', '去世', '出党') THEN coalesce(substr(m.status_date, 1, 7),
    (SELECT max(p.month) FROM dues_payments p WHERE p.member_id = m.id AND p.voluntary = 0 AND p.reverses IS NULL
     AND NOT EXISTS (SELECT 1 FROM dues_payments r WHERE r.reverses = p.id)))
  ELSE '9999-12' END AS l FROM members m),
sel AS (SELECT * FROM mem WHERE j <= '$last' AND l >= '$first'),
owed AS (SELECT s.id, sum(f.amount) AS o FROM sel s JOIN mon ON mon.m BETWEEN s.j AND s.l
  JOIN dues_fixings f ON f.member_id = s.id AND f.year = $year GROUP BY s.id),
paid AS (SELECT p.member_id AS id, sum(p.amount) AS p FROM sel s JOIN dues_payments p ON p.member_id = s.id
  WHERE p.month BETWEEN '$first' AND '$last' AND p.voluntary = 0 AND p.paid_on <= '$ZHIBU_TODAY' GROUP BY p.member_id)
SELECT count(*), printf('%.2f', total(coalesce(o, 0)) / 100), printf('%.2f', total(coalesce(p, 0)) / 100),
  printf('%.2f', total(max(coalesce(o, 0) - coalesce(p, 0), 0)) / 100)
FROM sel LEFT JOIN owed USING (id) LEFT JOIN paid USING (id)"
measure base_dues sqlite3 "$DB" "$dues_sql"
measure dues "$ZHIBU" --db "$DB" report dues --quarter "${year}Q$q" --format csv -o "$WORK/dues.csv"
row "report dues ${year}Q$q ($npay payments)" "$dues_s" "$dues_kb" 0.5 "sqlite3 the quarter's totals" "$base_dues_s"
ours=$(tr -d '\r' < "$WORK/dues.csv" | awk -F, 'NR > 1 && $2 != "合计" { n++ } $2 == "合计" { t = $10 " " $11 " " $12 } END { print n, t }')
theirs=$(sqlite3 -separator ' ' "$DB" "$dues_sql")
verdict="agree"; [ "$ours" = "$theirs" ] || { verdict="DIFFER"; misses=$((misses + 1)); }
printf '  %-36s members owed paid short: zhibu %s | sqlite3 %s  %s\n' "totals ${year}Q$q" "$ours" "$theirs" "$verdict"
measure duesx "$ZHIBU" --db "$DB" report dues --quarter "${year}Q$q" -o "$WORK/dues.xlsx"
row "report dues ${year}Q$q xlsx" "$duesx_s" "$duesx_kb" 2 "sqlite3 the quarter's totals" "$base_dues_s"
measure base_hist sqlite3 "$DB" "SELECT member_id, month, total(amount) FROM dues_payments WHERE voluntary = 0 AND paid_on <= '$ZHIBU_TODAY' GROUP BY member_id, month"
measure arrears "$ZHIBU" --db "$DB" report arrears --format csv -o "$WORK/arrears.csv"
row "report arrears (whole history)" "$arrears_s" "$arrears_kb" 0.5 "sqlite3 sum by member, month" "$base_hist_s"
