# Shared by the meetings_*.sh golden tests: a branch of eleven (two 王芳, a
# probationary member, one who died), a committee of three, and the minutes
# of 2025-01 .. 2026-11 with deliberate gaps: 2026Q2 has no 支部党员大会,
# 2026-09 no 支部委员会 and no 主题党日, 2026-10 no 党小组会 of 第二党小组.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/meetings-roster.csv" 2>/dev/null
zhibu meeting role 书记 张三 --from 2024-01-01 2>/dev/null
zhibu meeting role 组织委员 李四 --from 2024-01-01 2>/dev/null
zhibu meeting role 宣传委员 孙七 --from 2024-01-01 2>/dev/null
zhibu import meetings "$DATA/meetings-2025-2026.csv" 2>/dev/null
