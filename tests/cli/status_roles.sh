# A roster update that ends a member's membership (党籍状态 转出) ends her
# committee offices the same day, and the command says so; a dry run says
# nothing of it and changes nothing.
zhibu init --branch "测试党支部" --higher "测试学院党委" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" 2>&1; echo "exit $?"
zhibu meeting role 宣传委员 李四 --from 2026-01-01 2>&1; echo "exit $?"
sed '/^李四,/s/,正常,党小组长/,转出,党小组长/' "$DATA/members.csv" > moved.csv
grep -c 转出 moved.csv
zhibu import members moved.csv --update --dry-run 2>&1; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT role, coalesce(end_date, '-') FROM branch_roles"
zhibu import members moved.csv --update 2>&1; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT role, coalesce(end_date, '-') FROM branch_roles"
echo "--- importing again changes no office"
zhibu import members moved.csv --update 2>&1; echo "exit $?"
