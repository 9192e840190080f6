# zhibu dues: fixing a new year, setting one member's amount, payments,
# marking a month paid, reversals, remittances; every write a new row.
zhibu init --branch "测试党支部" --higher "测试学院党委" >/dev/null 2>&1
zhibu import members "$DATA/dues-members.csv" 2>/dev/null
zhibu import dues "$DATA/dues-fixings.csv" 2>/dev/null
zhibu import payments "$DATA/dues-payments.csv" 2>/dev/null
echo "--- fix 2027: last year's bases copied for review"
zhibu dues fix --year 2027; echo "exit $?"
zhibu dues fix --year 2027; echo "exit $?"
zhibu dues fixings --year 2027 --format csv; echo "exit $?"
echo "--- set: confirm a base, an override needs its approval"
zhibu dues set --year 2027 --member 郑凯 --base 5000.01; echo "exit $?"
zhibu dues set --year 2027 --member 张伟 --amount 5.00; echo "exit $?"
zhibu dues set --year 2027 --member 张伟 --amount 5.00 --reason 家庭困难 --approval "上级党委2026-12-01同意"; echo "exit $?"
zhibu dues set --year 2027 --member 张伟 --note 已复核; echo "exit $?"
zhibu dues set --year 2027 --member 王芳 --base 6000; echo "exit $?"
zhibu dues set --year 2027 --member 11010519920303028X --category 退休 --base 4000; echo "exit $?"
echo "--- pay: one month, a range, refusals"
zhibu dues pay --member 张伟 --month 2026-11 --collector 李文静; echo "exit $?"
zhibu dues pay --member 赵磊 --month 2026-08..2026-09 --amount 380.00 --date 2026-11-18; echo "exit $?"
zhibu dues pay --member 赵磊 --month 2026-08 --amount 140 --date 2026-11-18 --note 补齐; echo "exit $?"
zhibu dues pay --member 郑凯 --month 2026-11; echo "exit $?"
zhibu dues pay --member 周强 --month 2026-11 --amount 1000 --voluntary; echo "exit $?"
zhibu dues pay --member 张伟 --month 2026-12 --date 2026-12-01; echo "exit $?"
echo "--- mark November paid for everyone who still owes it"
zhibu dues mark-paid --month 2026-11 --collector 李文静; echo "exit $?"
zhibu dues mark-paid --month 2026-11; echo "exit $?"
echo "--- reverse a payment: a new row, once"
zhibu dues history --member 赵磊 --format csv | tail -3
id=$(zhibu dues history --member 赵磊 --format csv | tail -1 | cut -d, -f1)
zhibu dues reverse --payment "$id" --note 录入错误; echo "exit $?"
zhibu dues reverse --payment "$id"; echo "exit $?"
zhibu dues history --member 赵磊 --format csv | tail -3
echo "--- remittances"
zhibu dues remit --period 2026Q3 --amount 1200 --date 2026-09-08; echo "exit $?"
zhibu dues remit --period 2026Q4 --amount 800 --to 另一个党委 --note 先缴一部分; echo "exit $?"
zhibu dues reverse --remittance 2 --note 缴错单位; echo "exit $?"
zhibu dues remittances --year 2026; echo "exit $?"
echo "--- nothing is ever deleted"
sqlite3 "$ZHIBU_DB" "DELETE FROM dues_payments WHERE id = 1" 2>&1; echo "exit $?"
echo "--- usage"
zhibu dues; echo "exit $?"
zhibu dues pay --member 张伟; echo "exit $?"
zhibu dues pay --member 王芳 --month 2026-11; echo "exit $?"
zhibu dues pay --member 张伟 --month 2026-11 --bogus; echo "exit $?"
zhibu dues remit --period 2026Q9 --amount 1; echo "exit $?"
zhibu dues frobnicate; echo "exit $?"
