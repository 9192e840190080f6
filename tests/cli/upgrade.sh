# A database written by an earlier zhibu (schema 1) is upgraded on open:
# a copy is kept in backups/ first, and every record is still there.
cp "$DATA/zhibu-v1.db" old.db
sqlite3 old.db "PRAGMA user_version"
zhibu --db old.db export roster --format csv --full-id; echo "exit $?"
ls backups | sed 's/-[0-9]\{8\}-[0-9]\{6\}\.db$/-DATE.db/'
sqlite3 backups/*.db "PRAGMA user_version" "SELECT count(*) FROM members"
[ "$(sqlite3 old.db 'PRAGMA user_version')" -gt 1 ] && echo "upgraded"
sqlite3 old.db "PRAGMA integrity_check" "PRAGMA foreign_key_check"
sqlite3 old.db "SELECT at, field, new_value FROM change_log ORDER BY id"
