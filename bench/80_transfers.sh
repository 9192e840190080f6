# 转接: `zhibu check` on the demo with its transfers (1,000 on 20,000 members): the open
# letters are read once, with the 转入谈话 and 党小组 of each, beside sqlite3 reading them.
ntr=$(sqlite3 "$DB" "SELECT count(*) FROM transfers")
measure base_tr sqlite3 "$DB" "SELECT t.id, t.issued, t.valid_days, t.receipt_date, m.group_id FROM transfers t LEFT JOIN members m ON m.id = t.member_id WHERE t.status = '有效'"
measure trcheck "$ZHIBU" --db "$DB" check
row "check, every part ($ntr transfers)" "$trcheck_s" "$trcheck_kb" 0.2 "sqlite3 the transfers" "$base_tr_s"
measure trreport "$ZHIBU" --db "$DB" report transfers --year "${ZHIBU_TODAY%%-*}" --format csv -o "$WORK/transfers.csv"
row "report transfers --year ($ntr transfers)" "$trreport_s" "$trreport_kb" 0.5 "sqlite3 the transfers" "$base_tr_s"
