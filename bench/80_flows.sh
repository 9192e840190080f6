# 流动, 失联, 停止党籍: `zhibu report flows` and `zhibu check` after a contact with a member away
# with the demo's 500 members away (one in forty), their contacts and the searches, beside
# sqlite3 reading the same rows.
measure base_flows sqlite3 "$DB" "SELECT m.id, f.out_on, (SELECT max(c.date) FROM flow_contacts c WHERE c.member_id = m.id), (SELECT count(*) FROM lost_searches s WHERE s.member_id = m.id) FROM members m LEFT JOIN flows f ON f.member_id = m.id AND f.back_on IS NULL WHERE m.status IN ('流动', '失联', '停止党籍')"
nflows=$(sqlite3 "$DB" "SELECT count(*) FROM members WHERE status = '流动'")
measure freport "$ZHIBU" --db "$DB" report flows --format csv -o "$WORK/flows.csv"
row "report flows ($nflows 流动)" "$freport_s" "$freport_kb" 0.2 "sqlite3 the same rows" "$base_flows_s"
away=$(sqlite3 "$DB" "SELECT id_number FROM members WHERE status = '流动' ORDER BY id LIMIT 1")
contact_away() { "$ZHIBU" --db "$DB" member contact "$away" --date "$ZHIBU_TODAY" --way 电话 --note "联系$1"; }
check_after fcheck contact_away
row "check after a contact ($nflows 流动)" "$fcheck_s" "$fcheck_kb" 0.2 "sqlite3 the same rows" "$base_flows_s"
