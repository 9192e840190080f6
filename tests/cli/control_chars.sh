# Control characters already in the database (written before the import
# refused them, or by another program) never reach the terminal or a file
# raw (issue 11): every sheet and every message strips ESC, BEL, OSC and
# C1 controls; TAB and newline stay.  show marks any that got through.
show() { LC_ALL=C sed 's/\x1b/<ESC>/g; s/\x07/<BEL>/g; s/\xc2\x9b/<CSI>/g; s/\r$//'; }
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" 2>/dev/null
# Written behind zhibu's back (its change log trigger needs zhibu itself).
trigger=$(sqlite3 zhibu.db "SELECT sql FROM sqlite_schema WHERE name = 'members_log_update'")
sqlite3 zhibu.db "DROP TRIGGER members_log_update;
	UPDATE members SET note = '备注' || char(27) || ']0;owned' || char(7) || char(27) || '[2J' || char(155) || '31m尾' WHERE name = '李四';
	UPDATE members SET work_unit = '单位' || char(27) || '[31m红' WHERE name = '张三';
	$trigger;"
sqlite3 zhibu.db "SELECT note FROM members WHERE name = '李四'" | show
echo "--- export roster (TXT, CSV, a file)"
zhibu export roster | grep -E '李四|张三' | show
zhibu export roster --format csv | grep -E '李四|张三' | show
zhibu export roster --format csv -o out.csv; grep -c "$(printf '\033')" out.csv
echo "--- a message quoting what was typed"
zhibu dues pay --member "$(printf '王\033[2J五')" --month 2026-10 2>&1 | show
