# The yearly registers: 入党积极分子名册 (became 积极分子 that year), 发展对象
# 名册 (became 发展对象), 新党员名册 (joined that year: the roster's 入党日期,
# with what the pipeline recorded).
zhibu init --branch 示范学院计算机学院教工第一党支部 2>/dev/null
zhibu import members "$DATA/pipeline-members.csv" 2>/dev/null
zhibu import candidates "$DATA/pipeline-candidates.csv" 2>/dev/null
echo "--- activists of 2025"
zhibu export activists --year 2025; echo "exit $?"
echo "--- development targets of 2025 and 2024"
zhibu export candidates --year 2025; echo "exit $?"
zhibu export candidates --year 2024 --format csv --full-id; echo "exit $?"
echo "--- new members of 2026 (王芳 was in the roster before her record came in)"
zhibu export new-members --year 2026; echo "exit $?"
zhibu export new-members --year 2026 --format xlsx -o new.xlsx; echo "exit $?"
xlsx-cells new.xlsx
echo "--- an empty year; a bad year"
zhibu export activists --year 2019 --format csv; echo "exit $?"
zhibu export activists --year 19; echo "exit $?"
