# 述职数据表 of the demo year: every indicator over the whole branch (members at
# the year's end, the year's minutes with their attendance, the dues of every
# member, the 整改, plan and 测评 records), the three sheets and the data
# fingerprint.  Beside sqlite3's CLI running the bare queries behind it.  Then
# `zhibu check` with the 整改, plan and 测评 to-dos in it, after an item's progress.
year=${ZHIBU_TODAY%%-*}
YDB="$WORK/yearbook.db"
cp "$DB" "$YDB"
{
	echo "批次,来源,反馈日期,序号,存在问题,整改措施,责任领导,责任单位,责任人,整改时限,状态,销号日期,验收人,佐证材料"
	i=1
	while [ $i -le 300 ]; do
		if [ $((i % 3)) -eq 0 ]; then st=已销号; on=$year-06-30; who=验收人; ev="会议#$i"; else st=整改中; on=; who=; ev=; fi
		dl=$year-0$((i % 9 + 1))-15; [ $((i % 10)) -eq 0 ] && dl=长期
		echo "$year年巡察整改$((i % 5)),巡察,$year-02-01,$i,问题$((i % 40)),措施,领导,单位,责任人,$dl,$st,$on,$who,$ev"
		i=$((i + 1))
	done
} > "$WORK/ledger.csv"
"$ZHIBU" --db "$YDB" import rectify "$WORK/ledger.csv" 2>/dev/null
printf '序号,类别,工作任务,具体措施,完成时限,责任人,指标,目标\n1,组织建设,党员大会,,%s-12,书记,支部党员大会,4\n2,思想建设,主题党日,,%s-12,书记,主题党日,12\n3,组织建设,发展党员,,%s-12,书记,接收预备党员,20\n4,其他,制度,,%s-06,书记,,\n' \
	"$year" "$year" "$year" "$year" > "$WORK/plan.csv"
"$ZHIBU" --db "$YDB" import plan "$WORK/plan.csv" --year "$year" 2>/dev/null
"$ZHIBU" --db "$YDB" plan adopt --year "$year" --date "$year-01-20" >/dev/null 2>&1
"$ZHIBU" --db "$YDB" review add --year "$year" --held "$year-11-10" --expected "$MEMBERS" --returned 2000 >/dev/null 2>&1
awk 'BEGIN { print "票号,领导班子建设,队伍建设,工作机制,工作业绩,作风形象,发展思路";
	for (i = 1; i <= 2000; i++) print i "," 70 + i % 31 "," 75 + i % 26 "," 80 + i % 21 "," 85 + i % 16 "," 60 + i % 41 "," 90 + i % 11 }' > "$WORK/ballots.csv"
"$ZHIBU" --db "$YDB" import review-ballots "$WORK/ballots.csv" --review 1 2>/dev/null

measure base_yearbook sqlite3 "$YDB" \
	"SELECT id, name, kind, join_date, status FROM members WHERE join_date <= '$year-12-31'" \
	"SELECT m.id, m.kind, m.date, (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id), (SELECT sum(present) FROM meeting_attendance a WHERE a.meeting_id = m.id) FROM meetings m WHERE m.date BETWEEN '$year-01-01' AND '$year-12-31'" \
	"SELECT member_id, month, sum(amount) FROM dues_payments WHERE month BETWEEN '$year-01' AND '$year-12' GROUP BY member_id, month" \
	"SELECT i.id, i.status, p.on_date FROM rectify_items i LEFT JOIN rectify_progress p ON p.item_id = i.id"
measure yearbook "$ZHIBU" --db "$YDB" report yearbook --year "$year" -o "$WORK/yearbook.txt"
grep -q 数据指纹 "$WORK/yearbook.txt" 2>/dev/null || grep -q 'fingerprint' "$WORK/yearbook.txt" ||
	{ echo "80_yearbook: no yearbook was written" >&2; misses=$((misses + 1)); }
row "report yearbook (述职数据表, 3 sheets)" "$yearbook_s" "$yearbook_kb" 1.0 "sqlite3 the bare queries" "$base_yearbook_s"
rectify_progress() { "$ZHIBU" --db "$YDB" rectify progress "整改#$(($1 + 1))" --date "$ZHIBU_TODAY" --text "进展$1"; }
check_after ycheck rectify_progress "$ZHIBU_TODAY" "$YDB"
measure base_ycheck sqlite3 "$YDB" "SELECT i.id, i.deadline, i.status, b.report_due FROM rectify_items i JOIN rectify_batches b ON b.id = i.batch_id"
row "check after 整改 progress (300 items)" "$ycheck_s" "$ycheck_kb" 0.2 "sqlite3 the 整改 items" "$base_ycheck_s"
