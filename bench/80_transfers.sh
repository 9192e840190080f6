# 转接: `zhibu check` after a 回执 comes back, on the demo with its transfers (1,000 on
# 20,000 members): the open letters are read once, with the 转入谈话 and 党小组 of each,
# beside sqlite3 reading them.
ntr=$(sqlite3 "$DB" "SELECT count(*) FROM transfers")
measure base_tr sqlite3 "$DB" "SELECT t.id, t.issued, t.valid_days, t.receipt_date, m.group_id FROM transfers t LEFT JOIN members m ON m.id = t.member_id WHERE t.status = '有效'"
waiting=$(sqlite3 "$DB" "SELECT group_concat(id, ' ') FROM (SELECT id FROM transfers WHERE direction = '转出' AND status = '有效' AND receipt_date IS NULL ORDER BY id LIMIT 20)")
receipt_back() { "$ZHIBU" --db "$DB" transfer receipt "$(echo "$waiting" | cut -d' ' -f$(($1 + 1)))" --date "$ZHIBU_TODAY"; }
check_after trcheck receipt_back
row "check after a 回执 ($ntr transfers)" "$trcheck_s" "$trcheck_kb" 0.2 "sqlite3 the transfers" "$base_tr_s"
measure trreport "$ZHIBU" --db "$DB" report transfers --year "${ZHIBU_TODAY%%-*}" --format csv -o "$WORK/transfers.csv"
row "report transfers --year ($ntr transfers)" "$trreport_s" "$trreport_kb" 0.5 "sqlite3 the transfers" "$base_tr_s"
