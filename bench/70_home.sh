# 首页 on the demo branch, driven by the scripted mode: the first screen
# drawn (a dump before any key), with the summary read back from its cache
# (the database unchanged since the last start today) and with nothing
# cached (the to-dos of every part, the quarter's dues, meetings and
# candidates counted, then cached).  Beside sqlite3's CLI running the
# fingerprint that decides whether the cache is current, and the bare
# queries behind the summary.  Then 党员统计 (report stats) beside the one
# query it reads.
year=${ZHIBU_TODAY%%-*}
month=${ZHIBU_TODAY#*-}; month=${month%-*}
cache="$WORK/home-cache"
cat > "$WORK/home.script" <<SCRIPT
dump $WORK/home.txt
SCRIPT
XDG_CACHE_HOME=$cache ZHIBU_SCRIPT="$WORK/home.script" "$ZHIBU" --db "$DB"   # fills the cache
grep -q "!" "$WORK/home.txt" 2>/dev/null ||
	{ echo "70_home: the home screen shows no to-do" >&2; misses=$((misses + 1)); }
measure home_warm env XDG_CACHE_HOME="$cache" ZHIBU_SCRIPT="$WORK/home.script" "$ZHIBU" --db "$DB"
measure home_cold sh -c 'rm -rf "$1"; XDG_CACHE_HOME="$1" ZHIBU_SCRIPT="$2" exec "$3" --db "$4"' sh \
	"$cache" "$WORK/home.script" "$ZHIBU" "$DB"
ls "$cache"/zhibu/home-*.cache >/dev/null 2>&1 ||
	{ echo "70_home: no summary was cached" >&2; misses=$((misses + 1)); }

fingerprint="SELECT (SELECT max(id) FROM change_log), (SELECT max(id) FROM dues_payments),
  (SELECT max(id) FROM pipeline_overrides), (SELECT count(*) FROM party_groups),
  (SELECT group_concat(quote(key) || quote(value)) FROM settings),
  (SELECT group_concat(quote(date) || quote(name)) FROM holidays)"
measure base_fp sqlite3 "$DB" "$fingerprint"
left="status NOT IN ('转出', '去世', '出党')"
measure base_summary sqlite3 "$DB" \
	"SELECT kind, count(*) FROM members WHERE $left GROUP BY kind" \
	"SELECT id, name, join_date FROM members WHERE $left AND substr(join_date, 6, 2) = '$month' ORDER BY substr(join_date, 9, 2), name" \
	"SELECT member_id, month, sum(amount) FROM dues_payments WHERE month BETWEEN '$((year - 1))-$month' AND '$year-$month' GROUP BY member_id, month" \
	"SELECT candidate_id, step, date FROM candidate_steps" \
	"SELECT kind, coalesce(group_id, 0), substr(date, 1, 7), count(*) FROM meetings WHERE date >= '$((year - 1))-01-01' AND cancelled = 0 GROUP BY 1, 2, 3"
row "home: first screen, summary cached" "$home_warm_s" "$home_warm_kb" 0.05 "sqlite3 the fingerprint" "$base_fp_s"
row "home: first screen, nothing cached" "$home_cold_s" "$home_cold_kb" 1.0 "sqlite3 the summary's queries" "$base_summary_s"
# `zhibu check` of today reads 首页's cache while nothing has changed (the
# other check rows of the bench are the first check after a change).
XDG_CACHE_HOME=$cache ZHIBU_SCRIPT="$WORK/home.script" "$ZHIBU" --db "$DB"
measure check_cached env XDG_CACHE_HOME="$cache" "$ZHIBU" --db "$DB" check
row "check, 首页's summary cached" "$check_cached_s" "$check_cached_kb" 0.2 "sqlite3 the fingerprint" "$base_fp_s"
# `zhibu check` after a payment: the dues part is collected again, the others
# are read back from the run before.  And after a member's status changed,
# which nearly every part reads (the name and status of each member): every
# part is collected, as on the first check of a day.
base_members="SELECT id, name, status, status_date, join_date FROM members"
measure base_m sqlite3 "$DB" "$base_members"
payer=$(sqlite3 "$DB" "SELECT id_number FROM members WHERE status = '正常' ORDER BY id LIMIT 1")
pay_voluntary() { "$ZHIBU" --db "$DB" dues pay --member "$payer" --month "${ZHIBU_TODAY%-*}" --amount "1.0$1" --voluntary --date "$ZHIBU_TODAY"; }
check_after pcheck pay_voluntary
row "check after a payment" "$pcheck_s" "$pcheck_kb" 0.2 "sqlite3 the members" "$base_m_s"
leaving=$(sqlite3 "$DB" "SELECT group_concat(id_number, ' ') FROM (SELECT id_number FROM members WHERE status = '正常' ORDER BY id DESC LIMIT 20)")
member_died() { "$ZHIBU" --db "$DB" member status "$(echo "$leaving" | cut -d' ' -f$(($1 + 1)))" --to 去世 --date "$ZHIBU_TODAY" --reason 病故; }
check_after scheck member_died
row "check after a member's status (all parts)" "$scheck_s" "$scheck_kb" 0.2 "sqlite3 the members" "$base_m_s"

measure base_stats sqlite3 "$DB" "SELECT sex, ethnicity, education, category, kind, status, birth_date, join_date, full_date, status_date, group_id FROM members WHERE join_date <= '$ZHIBU_TODAY'"
measure stats "$ZHIBU" --db "$DB" report stats -o "$WORK/stats.txt"
row "report stats (one pass over members)" "$stats_s" "$stats_kb" 0.2 "sqlite3 the members' columns" "$base_stats_s" 3
