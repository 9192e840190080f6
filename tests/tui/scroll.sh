# Scrolling a long list fetched a page at a time: after PgDn and End the
# rows shown are the rows the database has at that place, in the same order.
zhibu demo --members 300 --seed 3 >/dev/null 2>&1
rows() { # rows OFFSET: names of 18 rows from OFFSET, roster order
	sqlite3 "$ZHIBU_DB" "SELECT m.name FROM members m LEFT JOIN party_groups g ON g.id = m.group_id
		WHERE m.status NOT IN ('转出', '去世', '出党')
		ORDER BY g.sort_key, g.name, m.join_date, m.name, m.id LIMIT 18 OFFSET $1"
}
shown() { # shown DUMP: the names in the list's rows (a long name ends in …)
	sed -n '4,21p' "$1" | cut -c2- | awk '{ print $1 }'
}
total=$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members WHERE status NOT IN ('转出', '去世', '出党')")
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
dump top
key PgDn PgDn PgDn PgDn
dump page4
key End
dump end
key Home
dump home
SCRIPT
check "the count of current members" grep -q "显示 $total 人" top
rows 0 > want.top; shown top > got.top
check "the first page" cmp -s want.top got.top
# A page moves by 17 rows (one line of overlap): 4 pages down start at row 68.
rows 68 > want.page4; shown page4 > got.page4
check "four pages down" cmp -s want.page4 got.page4
rows $((total - 18)) > want.end; shown end > got.end
check "the last page" cmp -s want.end got.end
check "Home is the top again" cmp -s top home
[ "$tui_failures" -eq 0 ] || { diff want.page4 got.page4; diff want.end got.end; }
