# import members --update (issue 11): an empty cell keeps what is stored
# (phone, note, 党籍状态 流动 are not lost); （清空） clears a value on
# purpose; --dry-run lists every field that would change, member by member,
# and writes nothing.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" 2>/dev/null
zhibu export roster --full-id --format csv | awk -F, 'NR == 1 || $1 == "赵六" || $1 == "李四"' | tr -d '\r' > up.csv
sed -i 's/,13700000002,流动,,外出务工，持流动党员活动证$/,,,,（清空）/; s/,13912345678,正常,,党小组长$/,13800000001,,,/; s/示范学院教务处 副处长/图书馆/' up.csv
sed -n 2,3p up.csv
before=$(sqlite3 zhibu.db .dump | md5sum)
echo "--- --dry-run: what would change"
zhibu import members up.csv --update --dry-run 2>err; echo "exit $?"; cat err
[ "$(sqlite3 zhibu.db .dump | md5sum)" = "$before" ] && echo "database unchanged"
echo "--- the update: empty cells keep, （清空） clears"
zhibu import members up.csv --update; echo "exit $?"
sqlite3 zhibu.db "SELECT name, phone, status, work_unit, note FROM members WHERE name IN ('赵六', '李四') ORDER BY name"
echo "--- the same file again: nothing to change"
zhibu import members up.csv --update --dry-run 2>err; echo "exit $?"; cat err
