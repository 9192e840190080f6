# zhibu import disclosures and zhibu import feedback: all or nothing, each
# problem as FILE:LINE: 列名: problem (publishing without 审核 and 审批, 党外
# before 党内, a routine item without its period, values not in the lists,
# a reply without a result); --dry-run writes nothing.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/meetings-roster.csv" 2>/dev/null
echo "--- bad rows: nothing imported"
zhibu import disclosures "$DATA/disclosures-bad.csv"; echo "exit $?"
zhibu import feedback "$DATA/feedback-bad.csv"; echo "exit $?"
sqlite3 zhibu.db "SELECT count(*) FROM disclosures; SELECT count(*) FROM feedback"
echo "--- dry run"
zhibu import disclosures "$DATA/disclosures-2026.csv" --dry-run; echo "exit $?"
sqlite3 zhibu.db "SELECT count(*) FROM disclosures"
echo "--- good files"
zhibu import disclosures "$DATA/disclosures-2026.csv"; echo "exit $?"
zhibu import feedback "$DATA/feedback-2026.csv"; echo "exit $?"
sqlite3 zhibu.db "SELECT id, coalesce(catalog_id, '目录外'), period, status, coalesce(until, '') FROM disclosures"
sqlite3 zhibu.db "SELECT id, received_on, channel, from_kind, coalesce(from_member_id, ''), due_on, status FROM feedback"
echo "--- the same file again: the rows are there already"
zhibu import disclosures "$DATA/disclosures-2026.csv" 2>&1 | tail -3
zhibu import feedback "$DATA/feedback-2026.csv" 2>&1 | tail -2
echo "--- missing columns"
printf '公开事项,期间\n党费收缴、使用、管理情况,2026Q4\n' > short.csv
zhibu import disclosures short.csv; echo "exit $?"
