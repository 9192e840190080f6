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
echo "--- the member transferred in owes the months since she reported; a committee member transferred out is no 学时 or 谈话 to-do"
arrived=$(sqlite3 -separator ' ' "$ZHIBU_DB" "SELECT name, report_date FROM transfers WHERE direction = '转入' AND report_date IS NOT NULL LIMIT 1")
echo "$arrived"
zhibu report hours --year 2026 --as-of 2026-12-05 --format csv | awk -F, -v who="${arrived%% *}" '$2 == who { print $12 "/" $13 }'
left=$(sqlite3 "$ZHIBU_DB" "SELECT t.name || ' ' || t.issued FROM transfers t JOIN branch_roles r ON r.member_id = t.member_id WHERE t.direction = '转出' LIMIT 1")
echo "$left"
grep -cE "^(学时|谈话),.*${left%% *}" c.csv
