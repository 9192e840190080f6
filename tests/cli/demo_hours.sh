# The demo records trainings, talks, pledges and volunteering: in December
# `zhibu check` shows a few 学时, 谈话 and 承诺 rows, not one per member.
zhibu demo 2>/dev/null; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT kind, count(*) > 0 FROM trainings GROUP BY kind" \
	"SELECT count(*) > 30 FROM talks" "SELECT count(*) > 30 FROM pledges" "SELECT count(*) >= 6 FROM services"
echo "--- check on 2026-12-05"
ZHIBU_TODAY=2026-12-05 zhibu check --format csv > c.csv; echo "exit $?"
for k in 学时 谈话 承诺; do printf '%s %s\n' "$k" "$(grep -c "^$k," c.csv)"; done
grep -E '^(学时|谈话),' c.csv | cut -d, -f1,3
echo "--- the register: everyone has the hours but the committee member who missed the 集中培训"
zhibu report hours --year 2026 --as-of 2026-12-05 --format csv | awk -F, '$1 ~ /^[0-9]+$/ && NF == 15 { n++; if ($14 ~ /^\047?-/) print $2, $3, $12 "/" $13 } END { print n " members" }'
zhibu report service --year 2026 --format csv | head -3; echo "exit $?"
echo "--- 韩秀芳, transferred in on 11-08, owes two months' hours; 罗鹏国, transferred out in September, is no to-do"
zhibu report hours --year 2026 --as-of 2026-12-05 --format csv | awk -F, '$2 == "韩秀芳" || $2 == "罗鹏国" { print $2, $12 "/" $13 }'
grep -cE "^(学时|谈话),.*罗鹏国" c.csv
