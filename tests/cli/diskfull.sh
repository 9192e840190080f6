# A write that fails because the disk is full says so and leaves nothing
# half-written.  The full disk is simulated with ZHIBU_TEST_MAX_PAGES (test
# only: SQLite's max_page_count on zhibu's connection).
snapshot() { sqlite3 zhibu.db .dump | md5sum; }
check() {
	[ "$(snapshot)" = "$before" ] && echo "database unchanged"
	sqlite3 zhibu.db "PRAGMA integrity_check"
}
zhibu --db gen.db demo --members 300 --seed 9 2>/dev/null
zhibu --db gen.db export roster --full-id --format csv -o more.csv
export ZHIBU_TODAY=2027-12-31
zhibu init --branch "测试党支部" 2>/dev/null
zhibu import members "$DATA/members.csv" 2>/dev/null
before=$(snapshot)
echo "--- no room at all"
ZHIBU_TEST_MAX_PAGES=1 zhibu import members more.csv; echo "exit $?"
check
echo "--- room for a few pages: the disk fills in the middle of the import"
pages=$(sqlite3 zhibu.db "PRAGMA page_count")
ZHIBU_TEST_MAX_PAGES=$((pages + 4)) zhibu import members more.csv; echo "exit $?"
check
echo "--- with room, the same import goes through whole"
zhibu import members more.csv; echo "exit $?"
sqlite3 zhibu.db "SELECT count(*) FROM members" "PRAGMA integrity_check"
echo "--- a demo into a full disk"
ZHIBU_TEST_MAX_PAGES=1 zhibu --db demo.db demo --members 50; echo "exit $?"
sqlite3 demo.db "SELECT count(*) FROM members" "SELECT count(*) FROM change_log" "PRAGMA integrity_check"
