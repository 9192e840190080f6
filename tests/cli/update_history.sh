# --update changes members in place, and every change lands in the change log.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv"; echo "exit $?"
sed 's/13800138000/13900000000/; s/第一党小组,13912345678/第三党小组,13912345678/' "$DATA/members.csv" > changed.csv
zhibu import members changed.csv --update; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT at, tbl, row_id, field, coalesce(old_value, '-'), coalesce(new_value, '-') FROM change_log ORDER BY id"
echo "--- rows are never deleted"
sqlite3 "$ZHIBU_DB" "DELETE FROM members WHERE id = 1" ; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members"
sqlite3 "$ZHIBU_DB" "DELETE FROM party_groups WHERE id = 1" ; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM party_groups"
