# A database of the first full version (schema 6: members, ten years of dues
# and meetings, candidates) is upgraded on open to every later migration: a
# copy is kept in backups/ first, nothing is lost, the file stays sound, and
# the new parts start empty (their to-dos as for a new branch).
cp "$DATA/zhibu-v6.db" old.db && chmod 600 old.db   # as zhibu makes its files
sqlite3 old.db "PRAGMA user_version" "SELECT count(*) FROM members" "SELECT count(*) FROM dues_payments" \
	"SELECT count(*) FROM meetings" "SELECT count(*) FROM candidates" "SELECT count(*) FROM change_log"
zhibu --db old.db report stats --as-of 2026-11-20 --format csv | head -4; echo "exit $?"
ls backups | sed 's/-[0-9]\{8\}-[0-9]\{6\}\.db$/-DATE.db/'
sqlite3 backups/zhibu-v6-*.db "PRAGMA user_version" "SELECT count(*) FROM members"
[ "$(sqlite3 old.db 'PRAGMA user_version')" -gt 6 ] && echo "upgraded"
sqlite3 old.db "PRAGMA integrity_check" "PRAGMA foreign_key_check" "SELECT count(*) FROM members" \
	"SELECT count(*) FROM dues_payments" "SELECT count(*) FROM meetings" "SELECT count(*) FROM candidates"
zhibu --db old.db report dues --quarter 2026Q3 --format csv | tail -1; echo "exit $?"
zhibu --db old.db report disclosure-catalog --format csv | head -3; echo "exit $?"
zhibu --db old.db report rectify-summary --format csv | head -2; echo "exit $?"
zhibu --db old.db report hours --year 2026 --format csv | head -2; echo "exit $?"
zhibu --db old.db doctor >/dev/null 2>&1; echo "doctor exit $?"
