# A damaged file (issue 11): bytes flipped in the members table's root page.
# The members screen says it cannot read them (or, with the db layer's
# damage flag, that the file is damaged and what to do) and never shows a
# count read from the failure ("在册党员 -1 人").
roster
sqlite3 "$ZHIBU_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
root=$(sqlite3 "$ZHIBU_DB" "SELECT rootpage FROM sqlite_schema WHERE name = 'members'")
size=$(sqlite3 "$ZHIBU_DB" "PRAGMA page_size")
printf '\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377' |
	dd of="$ZHIBU_DB" bs=1 seek=$(( (root - 1) * size )) conv=notrunc 2>/dev/null
app <<'SCRIPT'
key 2
dump members
SCRIPT
check "no figure read from a failure" sh -c '! grep -q -- "-1" members'
check "says that it cannot read the members" grep -q "无法从数据库读取党员\|数据库文件已损坏" members
