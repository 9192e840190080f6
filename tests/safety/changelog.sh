# The change log covers every table with personal data, through triggers
# that no write path of the program can go around.  In a database with every
# migration applied, each table that refers to members (a foreign key, or a
# member_id column) or holds personal columns, or whose rows belong to such
# a table, must
#   - log its updates: an AFTER UPDATE trigger writing to change_log;
#   - log its inserts: an AFTER INSERT trigger writing to change_log, unless
#     its rows are never deleted (a BEFORE DELETE trigger that raises), so
#     that each row is itself the lasting record of its insertion;
# and members are never deleted.  Tables whose deletes are neither refused
# nor logged are named (not a failure: the rule asks for inserts and
# updates).
# Known gaps, named here so that every run shows them; anything else that
# escapes the log fails the test.
#   (none: schema/0006 closed the last ones)
known=""

zhibu init --branch "测试党支部" 2>/dev/null
db=$ZHIBU_DB
personal="'member_id','id_number','phone','birth_date','address','id_card','mobile'"
tables=$(sqlite3 "$db" "
	SELECT DISTINCT t.name FROM sqlite_schema t
	WHERE t.type = 'table' AND t.name NOT IN ('change_log', 'settings') AND t.name NOT LIKE 'sqlite_%'
	AND (t.name = 'members'
	     OR EXISTS (SELECT 1 FROM pragma_foreign_key_list(t.name) f WHERE f.\"table\" = 'members')
	     OR EXISTS (SELECT 1 FROM pragma_table_info(t.name) c WHERE c.name IN ($personal)))
	ORDER BY t.name")
# ... and the tables whose rows belong to one of those (a foreign key to it),
# until there are no more: a candidate's steps are as personal as the
# candidate.
while :; do
	list=$(echo "$tables" | sed "s/.*/'&'/" | paste -sd, -)
	more=$(sqlite3 "$db" "
		SELECT DISTINCT t.name FROM sqlite_schema t
		WHERE t.type = 'table' AND t.name NOT IN ($list, 'change_log', 'settings') AND t.name NOT LIKE 'sqlite_%'
		AND EXISTS (SELECT 1 FROM pragma_foreign_key_list(t.name) f WHERE f.\"table\" IN ($list))")
	[ -n "$more" ] || break
	tables=$(printf '%s\n%s\n' "$tables" "$more" | sort -u)
done
[ -n "$tables" ] || { echo "changelog: no table with personal data found"; exit 1; }
missing=""
unlogged_delete=""
n=0
trigger() { # trigger TABLE PATTERN...: how many triggers of TABLE match all patterns
	t=$1; shift
	where=""
	for p in "$@"; do where="$where AND upper(sql) LIKE '%$p%'"; done
	sqlite3 "$db" "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = '$t' $where"
}
for t in $tables; do
	n=$((n + 1))
	refuses_delete=$(trigger "$t" 'BEFORE DELETE ON' 'RAISE(')
	[ "$(trigger "$t" 'AFTER UPDATE' 'INSERT INTO CHANGE_LOG')" -gt 0 ] || missing="$missing $t(update)"
	[ "$(trigger "$t" 'AFTER INSERT ON' 'INSERT INTO CHANGE_LOG')" -gt 0 ] || [ "$refuses_delete" -gt 0 ] ||
		missing="$missing $t(insert)"
	[ "$refuses_delete" -gt 0 ] || [ "$(trigger "$t" 'AFTER DELETE ON' 'INSERT INTO CHANGE_LOG')" -gt 0 ] ||
		unlogged_delete="$unlogged_delete $t"
done
unexpected=""
missing_all=$(echo $missing)
for m in $missing; do
	case " $known " in *" $m "*) echo "changelog: note: known gap, not logged: $m" ;; *) unexpected="$unexpected $m" ;; esac
done
missing=$unexpected
for k in $known; do
	case " $missing_all " in *" $k "*) ;; *) echo "changelog: note: known gap $k is closed: take it off the list" ;; esac
done
if [ -n "$missing" ]; then
	echo "changelog: tables with personal data whose changes escape the change log:$missing"
	exit 1
fi
echo "$tables" | grep -qx members || { echo "changelog: members not among the personal tables"; exit 1; }

# The triggers work for the program's own write paths: an import and an
# update each leave their rows in the log.
printf '%s\n' '姓名,性别,公民身份号码,人员类别,党员类别,入党日期,联系电话' \
	'张三,男,110105198005120116,在职,正式,2005-06-30,13800138000' > one.csv
zhibu import members one.csv 2>/dev/null
printf '%s\n' '姓名,性别,公民身份号码,人员类别,党员类别,入党日期,联系电话' \
	'张三,男,110105198005120116,在职,正式,2005-06-30,13900139000' > two.csv
zhibu import members two.csv --update 2>/dev/null
logged=$(sqlite3 "$db" "SELECT count(*) FROM change_log WHERE tbl = 'members'")
[ "$logged" -eq 2 ] || { echo "changelog: $logged log rows for an insert and an update, expected 2"; exit 1; }

# DELETE on members is refused, by the database itself.
if sqlite3 "$db" "DELETE FROM members" 2>err; then
	echo "changelog: DELETE FROM members was allowed"; exit 1
fi
grep -q 'members are never deleted' err || { echo "changelog: DELETE refused for another reason: $(cat err)"; exit 1; }
[ "$(sqlite3 "$db" "SELECT count(*) FROM members")" -eq 1 ] || { echo "changelog: a member was deleted"; exit 1; }
[ -z "$unlogged_delete" ] || echo "changelog: note: deletes neither refused nor logged in:$unlogged_delete"
echo "changelog: $n tables with personal data ($(echo $tables | tr ' ' ',')), inserts and updates logged; DELETE on members refused"
