# Roster: import of a 20,000-row CSV beside sqlite3's own .import of the same
# file; export to XLSX and CSV beside sqlite3 writing the same rows as CSV.
"$ZHIBU" --db "$DB" export roster --full-id --format csv -o "$WORK/roster.csv"
tail -n +2 "$WORK/roster.csv" | sed '1s/^\xef\xbb\xbf//' > "$WORK/rows.csv"

measure imp sh -c "rm -f '$WORK/imp.db'*; '$ZHIBU' --db '$WORK/imp.db' import members '$WORK/roster.csv'"
measure base_imp sh -c "rm -f '$WORK/base.db'; sqlite3 '$WORK/base.db' 'CREATE TABLE t(a,b,c,d,e,f,g,h,i,j,k,l,m,n,o);' '.mode csv' \".import '$WORK/rows.csv' t\""
row "import members ($MEMBERS rows)" "$imp_s" "$imp_kb" 1 "sqlite3 .import" "$base_imp_s" 3
"$ZHIBU" --db "$DB" export roster --full-id --format xlsx -o "$WORK/roster-in.xlsx"
measure impx sh -c "rm -f '$WORK/impx.db'*; '$ZHIBU' --db '$WORK/impx.db' import members '$WORK/roster-in.xlsx'"
row "import members .xlsx ($MEMBERS rows)" "$impx_s" "$impx_kb" 2 "import members .csv" "$imp_s" 2

measure base_csv sh -c "sqlite3 -csv '$DB' 'SELECT m.*, g.name FROM members m LEFT JOIN party_groups g ON g.id = m.group_id ORDER BY g.sort_key, m.join_date, m.name' > '$WORK/base.csv'"
measure xlsx "$ZHIBU" --db "$DB" export roster --format xlsx -o "$WORK/roster.xlsx"
row "export roster xlsx" "$xlsx_s" "$xlsx_kb" 2 "sqlite3 -csv of the rows" "$base_csv_s"
measure csv "$ZHIBU" --db "$DB" export roster --format csv -o "$WORK/roster2.csv"
row "export roster csv" "$csv_s" "$csv_kb" 1 "sqlite3 -csv of the rows" "$base_csv_s"
measure gbk "$ZHIBU" --db "$DB" export roster --format csv --encoding gb18030 -o "$WORK/roster3.csv"
row "export roster csv gb18030" "$gbk_s" "$gbk_kb" 1 "sqlite3 -csv of the rows" "$base_csv_s"
