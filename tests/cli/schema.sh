# Every migration applied to an empty file gives this schema.  A new
# migration changes this snapshot: regenerate it and read the diff.
zhibu init 2>/dev/null; echo "exit $?"
sqlite3 "$ZHIBU_DB" "PRAGMA application_id" "PRAGMA user_version" "PRAGMA journal_mode"
sqlite3 "$ZHIBU_DB" .schema
echo "--- a file from a newer zhibu is refused"
sqlite3 "$ZHIBU_DB" "PRAGMA user_version = 999"
zhibu export roster; echo "exit $?"
echo "--- a file that is not a zhibu database is refused"
sqlite3 other.db "CREATE TABLE t(x)"
zhibu --db other.db export roster; echo "exit $?"
printf 'not a database at all, just text\n' > text.db
zhibu --db text.db export roster; echo "exit $?"
echo "--- folder 0700, file 0600"
zhibu --db "new/dir/z.db" init >/dev/null 2>&1
ls -ld "new/dir" | cut -c1-10; ls -l "new/dir/z.db" | cut -c1-10
