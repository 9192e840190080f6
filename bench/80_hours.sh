# 学时, 谈话: `zhibu report hours --year` over the demo's ten years of minutes (the year's
# attendance read once, not once per member) beside sqlite3 reading the same rows, and
# `zhibu check` on 12-05, when the 学时 and 谈话 rows are computed for every member, after a
# minute of the year is cancelled (those parts read the minutes again).
year=${ZHIBU_TODAY%%-*}
measure base_hours sqlite3 "$DB" "SELECT a.member_id, t.id, t.kind, t.title, t.date, t.start_time, t.end_time FROM meetings t JOIN meeting_attendance a ON a.meeting_id = t.id WHERE t.date BETWEEN '$year-01-01' AND '$year-12-31' AND t.cancelled = 0 AND a.present = 1"
measure hreport "$ZHIBU" --db "$DB" report hours --year "$year" --format csv -o "$WORK/hours.csv"
row "report hours --year ($MEMBERS members)" "$hreport_s" "$hreport_kb" 0.5 "sqlite3 the year's attendance" "$base_hours_s"
# The first run of a new day makes the day's backup copy: make it outside the measure.
ZHIBU_TODAY=$year-12-05 "$ZHIBU" --db "$DB" check >/dev/null 2>&1
year_minutes=$(sqlite3 "$DB" "SELECT group_concat(id, ' ') FROM (SELECT id FROM meetings WHERE cancelled = 0 AND date <= '$year-12-05' AND kind <> '支部委员会' ORDER BY date DESC, id DESC LIMIT 20 OFFSET 10)")
cancel_year_minute() { "$ZHIBU" --db "$DB" meeting cancel --id "$(echo "$year_minutes" | cut -d' ' -f$(($1 + 1)))" --reason 测试; }
check_after hcheck cancel_year_minute "$year-12-05"
row "check on $year-12-05 after a minute cancelled" "$hcheck_s" "$hcheck_kb" 0.2 "sqlite3 the year's attendance" "$base_hours_s"
