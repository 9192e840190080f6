# 发展: people already on their way moved in from a sheet; the pipeline
# report at pinned dates in TXT, CSV and XLSX; those the higher committee
# approved are in the roster, 预备 or 正式, linked to their record.
zhibu init --branch 示范学院计算机学院教工第一党支部 2>/dev/null
zhibu import members "$DATA/pipeline-members.csv" 2>/dev/null
zhibu import candidates "$DATA/pipeline-candidates.csv"; echo "exit $?"
echo "--- today (2026-11-20)"
zhibu report pipeline; echo "exit $?"
echo "--- as of 2026-10-15, in CSV"
zhibu report pipeline --as-of 2026-10-15 --format csv; echo "exit $?"
echo "--- XLSX, read back"
zhibu report pipeline --format xlsx -o pipeline.xlsx; echo "exit $?"
xlsx-cells pipeline.xlsx
echo "--- approved: in the roster (孙磊 预备, 黄婷 正式; 王芳 was there already)"
zhibu export roster --format csv | grep -E '孙磊|黄婷|王芳' | cut -d, -f1,9-11
sqlite3 "$ZHIBU_DB" "SELECT c.name, m.kind, m.join_date, coalesce(m.full_date, '-') FROM candidates c JOIN members m ON m.id = c.member_id ORDER BY c.id"
echo "--- the same file again: every row is refused"
zhibu import candidates "$DATA/pipeline-candidates.csv"; echo "exit $?"
echo "--- bad options"
zhibu report pipeline --as-of 2026-02-30; echo "exit $?"
zhibu report pipeline --bogus; echo "exit $?"
