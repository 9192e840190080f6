# 会议: `zhibu check` over ten years of minutes of the demo branch after a minute of the
# month is cancelled (the parts that read the minutes are collected again, the others
# read back from the run before), and the
# year's calendar with every member's attendance (`zhibu report meetings
# --year`), each beside sqlite3 running the bare query it starts from on the
# same file: the meetings counted by kind, group and month; the year's
# attendance rows counted by member.
nmeet=$(sqlite3 "$DB" "SELECT count(*) FROM meetings")
natt=$(sqlite3 "$DB" "SELECT count(*) FROM meeting_attendance")
year=${ZHIBU_TODAY%%-*}
measure base_count sqlite3 "$DB" "SELECT kind, coalesce(group_id, 0), substr(date, 1, 7), count(*) FROM meetings WHERE date BETWEEN '$((year - 1))-01-01' AND '$year-12-31' AND cancelled = 0 GROUP BY kind, group_id, substr(date, 1, 7)"
recent=$(sqlite3 "$DB" "SELECT group_concat(id, ' ') FROM (SELECT id FROM meetings WHERE cancelled = 0 AND date <= '$ZHIBU_TODAY' ORDER BY date DESC, id DESC LIMIT 20)")
cancel_minute() { "$ZHIBU" --db "$DB" meeting cancel --id "$(echo "$recent" | cut -d' ' -f$(($1 + 1)))" --reason 测试; }
check_after mcheck cancel_minute
row "check after a minute is cancelled" "$mcheck_s" "$mcheck_kb" 0.2 "sqlite3 count kind/group/month" "$base_count_s"
measure base_att sqlite3 "$DB" "SELECT a.member_id, count(*), sum(a.present) FROM meetings t JOIN meeting_attendance a ON a.meeting_id = t.id WHERE t.date BETWEEN '$year-01-01' AND '$year-12-31' AND t.cancelled = 0 GROUP BY a.member_id"
measure mreport "$ZHIBU" --db "$DB" report meetings --year "$year" --format csv -o "$WORK/meetings.csv"
row "report meetings --year ($natt rows)" "$mreport_s" "$mreport_kb" 0.2 "sqlite3 attendance by member" "$base_att_s" 2
