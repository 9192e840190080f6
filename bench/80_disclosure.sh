# 公开 and 意见: `zhibu check` after an opinion is received, with ten years of
# disclosures, opinions and box openings on the demo branch, beside sqlite3
# reading the same rows (the catalogue, every disclosure, every opinion and
# opening); then the year's 党务公开登记表.
ndis=$(sqlite3 "$DB" "SELECT count(*) FROM disclosures")
nfb=$(sqlite3 "$DB" "SELECT count(*) FROM feedback")
year=${ZHIBU_TODAY%%-*}
measure base_dis sqlite3 "$DB" "SELECT * FROM disclosure_catalog; SELECT * FROM disclosures WHERE status <> '作废'; SELECT * FROM feedback WHERE status <> '作废'; SELECT * FROM feedback_box_openings"
add_opinion() { "$ZHIBU" --db "$DB" feedback add --date "$ZHIBU_TODAY" --channel 意见箱 --content "意见$1" --handler 书记; }
check_after dcheck add_opinion
row "check after an opinion ($ndis 公开, $nfb 意见)" "$dcheck_s" "$dcheck_kb" 0.2 "sqlite3 read the rows" "$base_dis_s"
measure dreport "$ZHIBU" --db "$DB" report disclosures --year "$year" --format csv -o "$WORK/disclosures.csv"
row "report disclosures --year" "$dreport_s" "$dreport_kb" 0.2 "sqlite3 read the rows" "$base_dis_s"
