# The 党务公开登记表, the 目录, the 意见建议办理登记表 and `zhibu check` at
# pinned dates: 2026Q1 党费 due 2026-04-30 (period end + 30 days), 2026Q2
# published late, 2026Q3 approved but not posted, 组织生活 2026Q2 missing,
# 2025's disclosures not archived by 2026-06-30; opinions answered on time,
# late, overdue across 国庆, a 依申请公开 request extended once.
. "$DATA/disclose-setup.sh"
echo "--- the catalogue"
zhibu report disclosure-catalog; echo "exit $?"
echo "--- the register of 2026, today"
zhibu report disclosures --year 2026; echo "exit $?"
echo "--- as of 2026-05-01: 2026Q2 not due yet, 2026Q1 党费 on time"
zhibu report disclosures --year 2026 --as-of 2026-05-01 --format csv; echo "exit $?"
echo "--- 2025: the routine rows counted from 2025-01-01 (the first disclosure's year)"
zhibu report disclosures --year 2025 --format csv | cut -d, -f2-9; echo "exit $?"
echo "--- XLSX"
zhibu report disclosures --year 2026 --format xlsx -o reg.xlsx; echo "exit $?"
xlsx-cells reg.xlsx | head -12
echo "--- opinions"
zhibu report feedback --year 2026; echo "exit $?"
zhibu report feedback --year 2026 --as-of 2026-05-22 --format csv; echo "exit $?"
echo "--- check today, and on 2026-07-31"
zhibu check; echo "exit $?"
zhibu check --as-of 2026-07-31 --within 0; echo "exit $?"
echo "--- the request extended once (3 -> 10 working days), the box opened in November only"
zhibu feedback extend 意见#4 --reason "需调取2025年账目"; echo "exit $?"
zhibu feedback box add 一楼意见箱 --since 2026-09-01 --place 一楼大厅; echo "exit $?"
zhibu feedback box open 一楼意见箱 --date 2026-11-02 --by 李四、孙七 --found 0; echo "exit $?"
zhibu check | grep 意见; echo "exit $?"
echo "--- a change of offices raises 应公开, due 15 days later"
zhibu meeting role 宣传委员 孙七 --from 2026-11-10 2>/dev/null
zhibu check | grep 支委分工; echo "exit $?"
echo "--- disclosure.outside_days: 先党内后党外 items not yet outside become to-dos"
zhibu disclose add --catalog 3 --summary 支委分工调整 --proposed 2026-11-11 --by 张三 >/dev/null
zhibu disclose review 12 --date 2026-11-11 --by 李四 --secrecy ok >/dev/null
zhibu disclose approve 12 --date 2026-11-12 --by 张三 >/dev/null
zhibu disclose publish 12 --date 2026-11-13 >/dev/null
zhibu disclose settings disclosure.outside_days 5 >/dev/null; echo "exit $?"
zhibu check | grep -e 党外 -e 支委分工
echo "--- 民主评议 grades saved raise 应公开 for its row, due 15 days later"
zhibu meeting grade --year 2026 张三=合格 李四=合格 >/dev/null 2>&1; echo "exit $?"
zhibu check | grep 民主评议
echo "--- archived: the 2025 to-do goes"
zhibu disclose archive --year 2025 --date 2026-11-20 --ref 2025-党务公开; echo "exit $?"
zhibu check --within 0 | grep -c 未归档
echo "--- the 公开栏 texts"
zhibu report disclosure-notice 公开#2; echo "exit $?"
zhibu report disclosure-notice 11; echo "exit $?"
zhibu report feedback-notice --year 2026; echo "exit $?"
zhibu report disclosure-notice; echo "exit $?"
