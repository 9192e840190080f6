# Privacy.  ID numbers and phone numbers are masked in every export and
# report unless --full-id asks for them; the files that hold them are
# readable by their owner only, whatever the umask of the shell (zhibu sets
# its own).  The exports and reports are those of the dispatch tables in
# src/cli/cmd_export.c and cmd_report.c, so that each new one is checked.
umask 022
zhibu demo --members 80 --seed 4 2>/dev/null
db=$ZHIBU_DB

# Every ID number and phone number in the database, from any table.
for t in $(sqlite3 "$db" "SELECT name FROM sqlite_schema WHERE type = 'table'"); do
	for c in $(sqlite3 "$db" "SELECT name FROM pragma_table_info('$t') WHERE name IN ('id_number', 'phone')"); do
		sqlite3 "$db" "SELECT \"$c\" FROM \"$t\" WHERE length(\"$c\") >= 7"
	done
done | sort -u > secrets
[ "$(wc -l < secrets)" -gt 80 ] || { echo "privacy: too few numbers to look for"; exit 1; }
leaks() { grep -F -c -f secrets "$@" || true; }

kinds() { grep -o '{ "[a-z0-9_-]*", [a-z_0-9]* }' "$TOP/src/cli/$1" | cut -d'"' -f2; }
checked=""
skipped=""
failed=0
year=${ZHIBU_TODAY%%-*}
for cmd in export report; do
	for k in $(kinds cmd_$cmd.c); do
		# Without options, or for the year (reports that need a period).
		extra=""
		zhibu $cmd $k --format csv > /dev/null 2>&1 || extra="--year $year"
		if ! zhibu $cmd $k $extra --format csv > /dev/null 2>&1; then
			skipped="$skipped $cmd-$k"
			continue
		fi
		for f in txt csv; do
			zhibu $cmd $k $extra --format $f > out 2>/dev/null || continue
			checked="$checked $cmd-$k.$f"
			n=$(leaks out)
			[ "$n" -eq 0 ] || { echo "privacy: zhibu $cmd $k --format $f shows $n numbers in full"; failed=1; }
		done
		if zhibu $cmd $k $extra -o out.xlsx 2>/dev/null; then
			checked="$checked $cmd-$k.xlsx"
			n=$(unzip -p out.xlsx | leaks)
			[ "$n" -eq 0 ] || { echo "privacy: zhibu $cmd $k (xlsx) shows $n numbers in full"; failed=1; }
		fi
	done
done
[ -z "$skipped" ] || echo "privacy: note: not run (they need more options):$skipped"
[ -n "$checked" ] || { echo "privacy: no export or report ran"; exit 1; }
# Without a command, the app (or its stand-in) shows the same masks.
zhibu < /dev/null > out 2>&1 || true
[ "$(leaks out)" -eq 0 ] || { echo "privacy: zhibu without a command shows numbers in full"; failed=1; }

# --full-id shows them: the check above would see them.
zhibu export roster --format csv --full-id -o full.csv
[ "$(leaks full.csv)" -gt 50 ] || { echo "privacy: --full-id does not show the numbers"; failed=1; }

# Owner only: files with full numbers, the database and what SQLite keeps
# beside it while a write is under way, the backups.
zhibu export roster --full-id -o full.xlsx
zhibu export roster --full-id --format txt -o full.txt
zhibu backup copy.db 2>/dev/null
ZHIBU_TEST_HOLD_MS=1500 zhibu import members full.csv --update 2>/dev/null &
i=0
while [ ! -f "$db-writer" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
modes=$(stat -c '%a %n' full.csv full.xlsx full.txt copy.db "$db" "$db-wal" "$db-shm" "$db-writer" backups/*.db)
wait
dirs=$(stat -c '%a %n' backups)
echo "$modes" | grep -v '^600 ' && { echo "privacy: files others can read"; failed=1; }
echo "$dirs" | grep -v '^700 ' && { echo "privacy: a folder others can enter"; failed=1; }
[ "$failed" -eq 0 ] || exit 1
echo "privacy: masked in$checked and the app; $(echo "$modes" | wc -l) files 0600, backups/ 0700 under umask 022"
