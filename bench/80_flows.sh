# 流动, 失联, 停止党籍: `zhibu report flows` and `zhibu check` (its 党籍 rows among every part's)
# with the demo's 500 members away (one in forty), their contacts and the searches, beside
# sqlite3 reading the same rows.
measure base_flows sqlite3 "$DB" "SELECT m.id, f.out_on, (SELECT max(c.date) FROM flow_contacts c WHERE c.member_id = m.id), (SELECT count(*) FROM lost_searches s WHERE s.member_id = m.id) FROM members m LEFT JOIN flows f ON f.member_id = m.id AND f.back_on IS NULL WHERE m.status IN ('流动', '失联', '停止党籍')"
nflows=$(sqlite3 "$DB" "SELECT count(*) FROM members WHERE status = '流动'")
measure freport "$ZHIBU" --db "$DB" report flows --format csv -o "$WORK/flows.csv"
row "report flows ($nflows 流动)" "$freport_s" "$freport_kb" 0.2 "sqlite3 the same rows" "$base_flows_s"
"$ZHIBU" --db "$DB" check >/dev/null 2>&1
measure fcheck "$ZHIBU" --db "$DB" check
row "check, every part ($nflows 流动)" "$fcheck_s" "$fcheck_kb" 0.2 "sqlite3 the same rows" "$base_flows_s"
