# Shared by the disclose_*.sh golden tests: the meetings branch (eleven
# members, two called 王芳), 国庆 2026 as holidays with its two worked
# weekend days, the disclosures of 2025Q3 .. 2026Q3 and five opinions.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/meetings-roster.csv" 2>/dev/null
zhibu meeting role 书记 张三 --from 2024-01-01 2>/dev/null
zhibu meeting role 组织委员 李四 --from 2024-01-01 2>/dev/null
zhibu candidate holiday 2026-10-01 --to 2026-10-07 --name 国庆 2>/dev/null
zhibu candidate holiday 2026-09-27 --working --name 国庆调休 2>/dev/null
zhibu candidate holiday 2026-10-10 --working --name 国庆调休 2>/dev/null
zhibu import disclosures "$DATA/disclosures-2026.csv"
zhibu import feedback "$DATA/feedback-2026.csv"
